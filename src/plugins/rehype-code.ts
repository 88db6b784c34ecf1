import type { Element, Root } from 'hast';
import type { Options } from 'rehype-highlight';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

// Only blocks that name their language are highlighted: guessing colours prose and shell output.
const options: Options = { detect: false };

/**
 * Highlight fenced code that names its language, at build time, as classed
 * spans (highlight.js grammars, through rehype-highlight) that the themes
 * colour; nothing runs in the output. The grammars load only when needed.
 */
export default function rehypeCode() {
  return async (tree: Root, file: VFile): Promise<undefined> => {
    if (!hasLanguageCode(tree)) return;
    const { default: rehypeHighlight } = await import('rehype-highlight');
    const transform = rehypeHighlight(options) as unknown as (tree: Root, file: VFile) => void;
    transform(tree, file);
  };
}

function hasLanguageCode(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (node: Element, _index, parent) => {
    const className = node.properties['className'];
    if (node.tagName === 'code' && parent?.type === 'element' && parent.tagName === 'pre' && Array.isArray(className)) {
      if (className.some((name) => String(name).startsWith('language-') && name !== 'language-math')) found = true;
    }
  });
  return found;
}
