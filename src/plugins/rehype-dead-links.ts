import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Find links to `#fragments` that no element of the document has as its id.
 * Each gets a warning with file and line, and loses its `href`, keeping its
 * text: a dead link is an error in an EPUB (EPUBCheck RSC-012) and a
 * surprise on paper.
 */
export default function rehypeDeadLinks() {
  return (tree: Root, file: VFile): undefined => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id === 'string') ids.add(id);
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      if (ids.has(decode(href.slice(1)))) return;
      file.message(`link to \`${href}\` goes nowhere: no heading or element has that id`, {
        ...(node.position && { place: node.position.start }),
        ruleId: 'dead-link',
        source: 'folio',
      });
      delete node.properties['href'];
    });
  };
}

function decode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
