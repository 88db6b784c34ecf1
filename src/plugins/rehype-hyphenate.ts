import { createRequire } from 'node:module';
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Plugin } from 'unified';

/** Options of `rehypeHyphenate`. */
export interface RehypeHyphenateOptions {
  /** BCP 47 language of the text; decides the hyphenation patterns. */
  readonly lang: string;
}

type Hyphenate = (text: string) => string;

const require = createRequire(import.meta.url);
const loaded = new Map<string, Hyphenate | undefined>();
/** Elements whose text must never break inside a word: code, and headings (typographic convention). */
const skip = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title']);

/** Web and mail addresses in running text: a hyphen would change them, so they are left whole (split keeps them at odd indices). */
const addresses = /(\S*(?:\/\/|@|www\.)\S*)/;

/**
 * Insert soft hyphens (U+00AD) into the text at the breaks allowed by the
 * language's TeX patterns (the `hyphen` package). Chromium's print path
 * ignores `hyphens: auto`, so justified print text needs them at build time.
 * Addresses (`https://...`, `a@b.org`) are not hyphenated. Languages without patterns are left as they are.
 */
const rehypeHyphenate: Plugin<[RehypeHyphenateOptions], Root> = function (options) {
  const hyphenate = hyphenatorFor(options.lang);
  return (tree: Root): undefined => {
    if (!hyphenate) return;
    visit(tree, (node) => {
      if (node.type === 'element' && skip.has(node.tagName)) return SKIP;
      if (node.type === 'text')
        node.value = node.value
          .split(addresses)
          .map((part, index) => (index % 2 ? part : hyphenate(part)))
          .join('');
      return undefined;
    });
  };
};

export default rehypeHyphenate;

/** The hyphenator for a language tag, trying `en-gb` before `en`; `undefined` when there are no patterns. */
function hyphenatorFor(lang: string): Hyphenate | undefined {
  const tag = lang.toLowerCase();
  if (!loaded.has(tag)) {
    const candidates = [tag, tag.split('-')[0] ?? tag];
    let found: Hyphenate | undefined;
    for (const candidate of candidates) {
      if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(candidate)) continue;
      try {
        const module: unknown = require(`hyphen/${candidate}`);
        if (!isHyphenLanguage(module)) continue;
        found = (text) => module.hyphenateSync(text);
        break;
      } catch {
        // No patterns for this tag: try the next, shorter one.
      }
    }
    loaded.set(tag, found);
  }
  return loaded.get(tag);
}

/** Whether a module is one of `hyphen`'s languages, which the package (untyped) exports with `hyphenateSync`. */
function isHyphenLanguage(module: unknown): module is { hyphenateSync: Hyphenate } {
  return typeof module === 'object' && module !== null && 'hyphenateSync' in module && typeof module.hyphenateSync === 'function';
}
