import type { Element, Root } from 'hast';
import type { Options } from 'rehype-katex';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

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
  return async (tree: Root, file: VFile): Promise<undefined> => {
    if (!hasMath(tree)) return;
    const { default: rehypeKatex } = await import('rehype-katex');
    const transform = rehypeKatex(options) as unknown as (tree: Root, file: VFile) => void;
    transform(tree, file);
  };
}

function hasMath(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (node: Element) => {
    const className = node.properties['className'];
    if (Array.isArray(className) && (className.includes('math-inline') || className.includes('math-display'))) found = true;
  });
  return found;
}
