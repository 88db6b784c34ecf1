import type { Element, Root } from 'hast';
import { rewriteElements } from './rewrite-elements.js';

/** Property marking a link to another document's HTML edition (`data-folio-document`). */
const marker = 'dataFolioDocument';

/** Point a link at another document's HTML edition, marked so each writer can decide what to do with it. */
export function markDocumentLink(link: Element, href: string): void {
  link.properties['href'] = href;
  link.properties[marker] = true;
}

/**
 * `tree` with links to other documents keeping their text but losing their
 * link: the PDF and the EPUB are one document each, and the other
 * document's HTML is not beside them. Copy on write (`rewriteElements`):
 * the result shares every other node with `tree`, so neither may be changed
 * in place.
 */
export function withoutDocumentLinks(tree: Root): Root {
  return rewriteElements(tree, (element) => unmarked(element, false));
}

/**
 * `tree` with its links to other documents leading to their HTML editions,
 * unmarked: for the HTML edition. Copy on write, as `withoutDocumentLinks`.
 */
export function withDocumentLinks(tree: Root): Root {
  return rewriteElements(tree, (element) => unmarked(element, true));
}

/** A copy of a marked link without its mark (and without its `href` unless `keepHref`); `undefined` for any other element. */
function unmarked(element: Element, keepHref: boolean): Element | undefined {
  if (element.properties[marker] === undefined) return undefined;
  const { [marker]: _marked, ...properties } = element.properties;
  if (!keepHref) delete properties['href'];
  return { ...element, properties };
}
