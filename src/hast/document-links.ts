import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Property marking a link to another document's HTML edition (`data-folio-document`). */
const marker = 'dataFolioDocument';

/** Point a link at another document's HTML edition, marked so each writer can decide what to do with it. */
export function markDocumentLink(link: Element, href: string): void {
  link.properties['href'] = href;
  link.properties[marker] = true;
}

/**
 * A copy of `tree` in which links to other documents keep their text but
 * lose their link: the PDF and the EPUB are one document each, and the
 * other document's HTML is not beside them.
 */
export function withoutDocumentLinks(tree: Root): Root {
  return rewrite(tree, (link) => {
    delete link.properties['href'];
  });
}

/** A copy of `tree` whose links to other documents lead to their HTML editions, unmarked: for the HTML edition. */
export function withDocumentLinks(tree: Root): Root {
  return rewrite(tree, () => undefined);
}

function rewrite(tree: Root, change: (link: Element) => void): Root {
  const copy = structuredClone(tree);
  visit(copy, 'element', (node: Element) => {
    if (node.properties[marker] === undefined) return;
    const { [marker]: _marked, ...properties } = node.properties;
    node.properties = properties;
    change(node);
  });
  return copy;
}
