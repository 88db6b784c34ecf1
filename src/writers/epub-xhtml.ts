import type { Root } from 'hast';
import { toXast } from 'hast-util-to-xast';
import { SKIP, visit } from 'unist-util-visit';
import { toXml } from 'xast-util-to-xml';

/** HTML's void elements: the only ones written self-closed. */
const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Serialise an HTML syntax tree as XHTML for an EPUB: well-formed XML
 * (`checked=""`, escaped text, MathML and SVG in their namespaces) in which
 * only void elements self-close (`<br />`, never `<p />`), so that readers
 * parsing it as HTML see the same document.
 */
export function toXhtml(tree: Root): string {
  const xast = toXast(tree, { space: 'html' });
  visit(xast, 'element', (node, index, parent) => {
    if (!voids.has(node.name) || node.children.length > 0 || !parent || index === undefined) return undefined;
    // Serialised on its own (self-closed) and kept as a raw string: the only raw nodes in the tree.
    parent.children[index] = { type: 'raw', value: toXml(node, { closeEmptyElements: true }) };
    return SKIP;
  });
  return toXml(xast, { allowDangerousXml: true });
}
