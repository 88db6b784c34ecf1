import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const alignments = new Set(['left', 'center', 'right', 'justify']);

/**
 * Turn the obsolete `align` attribute (GFM table columns, raw HTML) into an
 * `align-<value>` class, which EPUB's XHTML allows and the e-reader
 * stylesheet maps to `text-align`. Other values are dropped.
 */
export default function rehypeAlignClasses() {
  return (tree: Root): undefined => {
    visit(tree, 'element', (node: Element) => {
      const align = node.properties['align'];
      if (align === undefined) return;
      delete node.properties['align'];
      const value = String(align).toLowerCase();
      if (!alignments.has(value)) return;
      const existing = node.properties['className'];
      node.properties['className'] = [...(Array.isArray(existing) ? existing : []), `align-${value}`];
    });
  };
}
