import type { Element, Root } from 'hast';
import type { Options } from 'rehype-katex';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { lazyTransformer, type Transformer } from './lazy-transformer.js';

const options: Options = {
  // MathML only: Chromium and EPUB 3 readers render it natively, and it needs no script, CSS or fonts.
  output: 'mathml',
  strict: 'ignore',
};

/**
 * Render `$...$` and `$$...$$` (remark-math) to MathML at build time with
 * KaTeX. KaTeX is loaded only for documents that contain maths.
 */
export default function rehypeMath() {
  return lazyTransformer(hasMath, async () => {
    const katex = (await import('rehype-katex')).default(options) as Transformer;
    return (tree, file) => {
      katex(tree, file);
      dropEmptyAttributes(tree);
    };
  });
}

/**
 * KaTeX writes some MathML attributes empty (`columnspacing=""` for a
 * one-column `aligned`), which MathML does not allow (EPUBCheck RSC-005);
 * an empty one means the default, so it goes.
 */
function dropEmptyAttributes(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'math') return;
    visit(node, 'element', (inner: Element) => {
      for (const [name, value] of Object.entries(inner.properties)) if (value === '') delete inner.properties[name];
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
