import type { Root } from 'hast';
import type { Asset } from '../model.js';
import type { UnicodeRange } from './unicode-range.js';

/** The EJS templates epub-gen-memory renders for Folio (its `contentOPF`, `tocXHTML`, `tocNCX`, `chapterXHTML`). */
export interface EpubTemplates {
  readonly contentOpf: string;
  readonly nav: string;
  readonly ncx: string;
  readonly chapter: string;
  /** The generated cover (`epub/cover.html`), a page rendered to an image when the document names no `cover`. */
  readonly cover: Root;
}

/** One edition's template (parsed once) and stylesheet. */
export interface EditionTemplate {
  readonly tree: Root;
  readonly css: string;
}

/**
 * A theme, loaded once per run from `templates/<name>/`: both editions'
 * templates, the EPUB package templates, and every asset the print
 * stylesheet refers to, keyed by its URL relative to the theme.
 */
export interface Theme {
  readonly name: string;
  readonly print: EditionTemplate;
  readonly ereader: EditionTemplate;
  readonly epub: EpubTemplates;
  readonly assets: ReadonlyMap<string, Asset>;
  /** Fonts made on demand from the variable fonts of theme.json `variableFonts`, keyed by URL as `assets` (`fonts/<file>?wght=400`). */
  readonly fontInstances: ReadonlyMap<string, FontInstance>;
  /** Font families only some elements use, and a selector for those elements (from theme.json). */
  readonly fontConditions: Readonly<Record<string, string>>;
}

/**
 * A static font made on demand from a variable one, pinned at one weight.
 * Chromium 156 prints a variable font as Type 3 glyph drawings, which print
 * shops' preflight rejects, and a static TrueType font as a subset CID font.
 */
export interface FontInstance {
  /** The variable font's bytes, read from its package when first needed. */
  readonly read: () => Promise<Uint8Array>;
  /** The `wght` axis position. */
  readonly weight: number;
  /** The code points its `@font-face` rule serves. */
  readonly range: UnicodeRange;
  /** A monochrome emoji face, made to serve emoji presentation too (`withEmojiPresentation`). */
  readonly emoji: boolean;
}

/** URL path under which the printed page finds the theme's files. */
export const themeUrlPrefix = '/_folio/theme/';

/** The origin pages are served from: `.invalid` never resolves, so nothing can leak to a real host. */
export const siteOrigin = 'https://folio.invalid';

/** The theme file a page asked for at `url` (under `themeUrlPrefix`), if the theme has it. */
export function themeAsset(theme: Theme, url: URL): Asset | undefined {
  if (!url.pathname.startsWith(themeUrlPrefix)) return undefined;
  return theme.assets.get(decodeURI(url.pathname.slice(themeUrlPrefix.length)));
}
