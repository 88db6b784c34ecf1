import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Make every id unique: the first element keeps it, as the one a browser
 * scrolls to, and later ones get `-1`, `-2`... (an XHTML file with a
 * duplicate id is invalid: EPUBCheck RSC-005). A raw `<a id="setup">` and a
 * heading "Setup" both want `setup`; so do two headings an author gave one
 * `{#id}`. Pure.
 */
export default function rehypeUniqueIds() {
  return (tree: Root): undefined => {
    const taken = new Set<string>();
    const duplicates: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      if (taken.has(id)) duplicates.push(node);
      else taken.add(id);
    });
    for (const node of duplicates) {
      const id = String(node.properties['id']);
      let suffix = 1;
      while (taken.has(`${id}-${suffix}`)) suffix += 1;
      node.properties['id'] = `${id}-${suffix}`;
      taken.add(`${id}-${suffix}`);
    }
  };
}
