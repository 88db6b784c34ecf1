import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Options } from 'rehype-katex';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { lazyTransformer, type Transformer } from './lazy-transformer.js';
import type { Plugin } from 'unified';

const options: Options = {
  // MathML only: Chromium and EPUB 3 readers render it natively, and it needs no script, CSS or fonts.
  output: 'mathml',
  strict: 'ignore',
};

/**
 * Render `$...$` and `$$...$$` (remark-math) to MathML at build time with
 * KaTeX. KaTeX is loaded only for documents that contain maths.
 */
const rehypeMath: Plugin<[], Root> = function () {
  return lazyTransformer(hasMath, async () => {
    const katex = (await import('rehype-katex')).default(options) as Transformer;
    return (tree, file) => {
      katex(tree, file);
      validMathml(tree);
    };
  });
};

export default rehypeMath;

/** MathML's token elements: their content is text (and `mglyph`, `malignmark`). */
const tokens = new Set(['mi', 'mn', 'mo', 'ms', 'mtext']);

/**
 * KaTeX's MathML made valid MathML 3 (EPUBCheck RSC-005): it writes some
 * attributes empty (`columnspacing=""` for a one-column `aligned`), where
 * empty means the default, so they go; and it puts elements inside tokens
 * (`\bmod` is an `mo` holding an `mrow` of letters), where a token holds
 * text, so such a token holds its text.
 */
function validMathml(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'math') return;
    visit(node, 'element', (inner: Element) => {
      inner.properties = Object.fromEntries(Object.entries(inner.properties).filter(([, value]) => value !== ''));
      if (
        tokens.has(inner.tagName) &&
        inner.children.some((child) => child.type === 'element' && child.tagName !== 'mglyph' && child.tagName !== 'malignmark')
      ) {
        inner.children = [{ type: 'text', value: toString(inner) }];
      }
    });
    return SKIP;
  });
}
function hasMath(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (node: Element) => {
    const className = node.properties['className'];
    found = Array.isArray(className) && (className.includes('math-inline') || className.includes('math-display'));
    return found ? EXIT : undefined;
  });
  return found;
}
