import type { Element, Root } from 'hast';
import type { Options } from 'rehype-highlight';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { lazyTransformer, type Transformer } from './lazy-transformer.js';
import type { Plugin } from 'unified';

// Only blocks that name their language are highlighted: guessing colours prose and shell output.
const options: Options = { detect: false };

/**
 * Highlight fenced code that names its language, at build time, as classed
 * spans (highlight.js grammars, through rehype-highlight) that the themes
 * colour; nothing runs in the output. The grammars load only when needed.
 *
 * The language is the info string's first word, as mdBook, pandoc and
 * Docusaurus write it: `rust,editable` is Rust, `{.python .numberLines}`
 * Python, `Rust` too. A language highlight.js does not know prints as plain
 * code, without a warning: there is nothing for the author to fix.
 */
const rehypeCode: Plugin<[], Root> = function () {
  const highlight = lazyTransformer(hasLanguageCode, async () => {
    const highlighter = (await import('rehype-highlight')).default(options) as Transformer;
    return (tree, file) => {
      const before = file.messages.length;
      highlighter(tree, file);
      dropUnknownLanguageWarnings(file, before);
    };
  });
  return async (tree: Root, file: VFile): Promise<undefined> => {
    normaliseLanguages(tree);
    await highlight(tree, file);
  };
};

export default rehypeCode;

/** `language-rust,editable` → `language-rust`, `language-{.python}` → `language-python`, `language-Rust` → `language-rust`. */
function normaliseLanguages(tree: Root): void {
  visit(tree, 'element', (node: Element, _index, parent) => {
    const className = node.properties['className'];
    if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre' || !Array.isArray(className)) return;
    node.properties['className'] = className.flatMap((name) => {
      if (!name.startsWith('language-') || name === 'language-math') return [name];
      const language =
        name
          .slice('language-'.length)
          .replace(/^\{\s*/, '')
          .split(/[\s,}]/)[0]
          ?.replace(/^\./, '')
          .toLowerCase() ?? '';
      return language === '' ? [] : [`language-${language}`];
    });
  });
}

function dropUnknownLanguageWarnings(file: VFile, from: number): void {
  const added = file.messages.splice(from);
  file.messages.push(...added.filter((message) => !(message.source === 'rehype-highlight' && message.ruleId === 'missing-language')));
}

function hasLanguageCode(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (node: Element, _index, parent) => {
    const className = node.properties['className'];
    if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre' || !Array.isArray(className)) return undefined;
    found = className.some((name) => name.startsWith('language-') && name !== 'language-math');
    return found ? EXIT : undefined;
  });
  return found;
}
