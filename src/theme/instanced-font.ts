import createDebug from 'debug';
import subsetFont from 'subset-font';
import type { Asset } from '../model.js';
import { withEmojiPresentation } from './emoji-presentation.js';
import { withInstanceNames } from './instance-names.js';
import { themeUrlPrefix, type Theme } from './theme.js';
import { inUnicodeRange } from './unicode-range.js';

const debug = createDebug('folio:fonts');

/** Fonts already made, by theme, URL and characters: a batch of documents makes each once. */
const made = new WeakMap<Theme, Map<string, Promise<Asset | undefined>>>();

/**
 * The font a page of the theme's site asks for at `url` when it is one of
 * the theme's variable fonts pinned at a weight (`fonts/<file>?wght=700`):
 * a static TrueType font with the glyphs of the characters in `codePoints`
 * (the document's) that its `unicode-range` covers, or all of its glyphs when
 * there are none. `undefined` for any other URL; a promise of `undefined`
 * when the font cannot be made (the page then falls back to the next font).
 */
export function instancedFont(theme: Theme, url: URL, codePoints: ReadonlySet<number>): Promise<Asset | undefined> | undefined {
  if (!url.pathname.startsWith(themeUrlPrefix)) return undefined;
  const key = decodeURI(url.pathname.slice(themeUrlPrefix.length)) + url.search;
  const instance = theme.fontInstances.get(key);
  if (instance === undefined) return undefined;
  const text = String.fromCodePoint(...[...codePoints].filter((point) => inUnicodeRange(instance.range, point)).sort((a, b) => a - b));
  let cache = made.get(theme);
  if (!cache) made.set(theme, (cache = new Map<string, Promise<Asset | undefined>>()));
  const cacheKey = `${key} ${text}`;
  let font = cache.get(cacheKey);
  if (font === undefined) {
    font = instance
      .read()
      .then((variable) =>
        subsetFont(variable, text, { targetFormat: 'truetype', variationAxes: { wght: instance.weight }, keepAllGlyphs: text === '' }),
      )
      .then((bytes) => withInstanceNames(bytes, instance.weight))
      .then((bytes): Asset => ({ bytes: instance.emoji ? withEmojiPresentation(bytes) : bytes, type: 'font/ttf' }))
      .catch((error: unknown) => {
        debug('could not make %s: %O', key, error);
        return undefined;
      });
    cache.set(cacheKey, font);
  }
  return font;
}
