import type { Root } from 'hast';
import { toXast } from 'hast-util-to-xast';
import { SKIP, visit } from 'unist-util-visit';
import { toXml } from 'xast-util-to-xml';
import { escapeCdataEnds } from '../../hast/escape-cdata-ends.js';

/** HTML's void elements: the only ones written self-closed. */
const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Serialise an HTML syntax tree as XHTML for an EPUB: well-formed XML
 * (`checked=""`, text escaped as the XML specification says, MathML and SVG in their namespaces) in which
 * only void elements self-close (`<br />`, never `<p />`), so that readers
 * parsing it as HTML see the same document.
 */
export function toXhtml(tree: Root): string {
  const xast = toXast(tree, { space: 'html' });
  visit(xast, (node) => {
    if (node.type === 'text') node.value = xmlSafe(node.value);
    if (node.type === 'element') {
      for (const [name, value] of Object.entries(node.attributes)) if (typeof value === 'string') node.attributes[name] = xmlSafe(value);
    }
  });
  escapeCdataEnds(xast);
  visit(xast, 'element', (node, index, parent) => {
    if (!voids.has(node.name) || node.children.length > 0 || !parent || index === undefined) return undefined;
    // Serialised on its own (self-closed) and kept as a raw string: the only raw nodes in the tree.
    parent.children[index] = { type: 'raw', value: toXml(node, { closeEmptyElements: true }) };
    return SKIP;
  });
  return toXml(xast, { allowDangerousXml: true });
}

/** Characters XML 1.0 forbids: C0 controls other than tab and line ends, U+FFFE, U+FFFF and lone surrogates. */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text with the characters XML cannot hold removed: a reader would refuse the whole file for one of them. */
export function xmlSafe(text: string): string {
  return text.replace(notXml, '');
}
