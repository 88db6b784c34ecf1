import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Elements whose content may only be phrasing (inline) content. */
const phrasingOnly = new Set([
  'p', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark',
  'small', 'sub', 'sup', 'code', 'kbd', 'samp', 'var', 'abbr', 'cite', 'q', 'dfn', 'time', 'label', 'dt', 'summary', 'figcaption', 'caption',
]);

/** Flow elements that cannot stand inside phrasing content. */
const flowOnly = new Set([
  'p', 'div', 'pre', 'ul', 'ol', 'dl', 'li', 'dd', 'dt', 'table', 'blockquote', 'section', 'article', 'aside', 'header', 'footer',
  'nav', 'figure', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'address', 'form', 'fieldset', 'main',
]);

/**
 * Unwrap block elements that raw HTML put inside inline-only ones (a `<p>`
 * inside a `<pre>`, as browsers parse CommonMark example 148), keeping their
 * content. Browsers tolerate such trees; EPUB readers parse XHTML, and
 * EPUBCheck rejects them (RSC-005).
 */
export default function rehypeContentModel() {
  return (tree: Root): undefined => {
    visit(tree, 'element', (node: Element) => {
      if (!phrasingOnly.has(node.tagName) || !node.children.some(isFlow)) return;
      node.children = unwrapFlow(node.children);
    });
  };
}

function isFlow(node: ElementContent): boolean {
  return node.type === 'element' && flowOnly.has(node.tagName);
}

function unwrapFlow(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child) => (child.type === 'element' && flowOnly.has(child.tagName) ? unwrapFlow(child.children) : [child]));
}
