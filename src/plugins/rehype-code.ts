import type { Element, Root } from 'hast';
import type { Options } from 'rehype-highlight';
import { EXIT, visit } from 'unist-util-visit';
import { lazyTransformer, type Transformer } from './lazy-transformer.js';

// Only blocks that name their language are highlighted: guessing colours prose and shell output.
const options: Options = { detect: false };

/**
 * Highlight fenced code that names its language, at build time, as classed
 * spans (highlight.js grammars, through rehype-highlight) that the themes
 * colour; nothing runs in the output. The grammars load only when needed.
 */
export default function rehypeCode() {
  return lazyTransformer(hasLanguageCode, async () => (await import('rehype-highlight')).default(options) as Transformer);
}

function hasLanguageCode(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (node: Element, _index, parent) => {
    const className = node.properties['className'];
    if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre' || !Array.isArray(className)) return undefined;
    found = className.some((name) => String(name).startsWith('language-') && name !== 'language-math');
    return found ? EXIT : undefined;
  });
  return found;
}
