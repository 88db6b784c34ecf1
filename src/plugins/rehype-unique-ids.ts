import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { percentDecode } from '../hast/links.js';
import type { Plugin } from 'unified';

/**
 * Make every id unique: the first element keeps it, as the one a browser
 * scrolls to, and later ones get `-1`, `-2`... (an XHTML file with a
 * duplicate id is invalid: EPUBCheck RSC-005). A raw `<a id="setup">` and a
 * heading "Setup" both want `setup`; so do two headings an author gave one
 * `{#id}`. An empty id (the slug of a heading of punctuation) becomes
 * `section`; a percent-encoded one is decoded (`rehype-dead-links` points
 * the links at it). Pure.
 */
const rehypeUniqueIds: Plugin<[], Root> = function () {
  return (tree: Root): undefined => {
    const taken = new Set<string>();
    const duplicates: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      // A heading of punctuation alone (`# ?`) gets an empty slug, which is no id at all; GFM
      // percent-encodes footnote labels (`fn-%E2%80%A0`), which EPUB readers decode before they look.
      const wanted = id === '' ? 'section' : percentDecode(id);
      node.properties['id'] = wanted;
      if (taken.has(wanted)) duplicates.push(node);
      else taken.add(wanted);
    });
    for (const node of duplicates) {
      const id = String(node.properties['id']);
      let suffix = 1;
      while (taken.has(`${id}-${suffix}`)) suffix += 1;
      node.properties['id'] = `${id}-${suffix}`;
      taken.add(`${id}-${suffix}`);
    }
  };
};

export default rehypeUniqueIds;
