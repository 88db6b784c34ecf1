import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Browser } from '../../browser/browser.js';
import { BrowserError, RenderError } from '../../errors.js';
import { cacheKey, noCache, type Cache } from '../../fs/cache.js';
import type { Asset, Meta, Publication } from '../../model.js';
import { sniffImageType } from '../../assets/image-types.js';
import { stringify } from '../../hast/stringify.js';
import { coverLayout } from './cover-layout.js';
import { formatAuthors } from '../../locale/format.js';
import { fillTemplate } from '../../theme/fill-template.js';
import { siteOrigin, themeAsset, themeUrlPrefix, type Theme } from '../../theme/theme.js';

/** Size of the generated cover in pixels: the 1 : 1.6 shape e-reader stores recommend. */
const coverSize = { width: 1600, height: 2560 } as const;

const coverPath = `${themeUrlPrefix}epub-cover.html`;

/**
 * The cover image of the e-reader edition: the front matter `cover` (read by
 * the load stage), else a typographic cover (title, subtitle, byline)
 * rendered from the theme's `epub/cover.html` by the shared Chromium. A
 * cover that comes out empty or not as a PNG is an error, never an empty file.
 */
export async function coverImage(
  publication: Publication,
  theme: Theme,
  browser: () => Promise<Browser>,
  cache: Cache = noCache,
): Promise<Asset> {
  const { meta, assets } = publication;
  if (meta.cover !== undefined) {
    const given = assets.get(meta.cover);
    if (!given) throw new RenderError(`The cover \`${meta.cover}\` was not loaded before the EPUB was written`);
    return given;
  }
  const page = coverPage(meta, theme);
  const html: Asset = { bytes: new TextEncoder().encode(stringify(page)), type: 'text/html; charset=utf-8' };
  // The drawing depends only on the page and the theme's fonts: draw it once, not at every build.
  const key = cacheKey('epub-cover-v1', html.bytes, themeFingerprint(theme), `${coverSize.width}x${coverSize.height}`);
  const cached = await cache.read(key);
  if (cached && sniffImageType(cached) === 'image/png') return { bytes: cached, type: 'image/png' };
  const png = await drawCover(html, layoutKey(page, theme), theme, browser);
  await cache.write(key, png);
  return { bytes: png, type: 'image/png' };
}

/**
 * Render the cover page in the shared Chromium and capture it as a PNG. A
 * canvas that drew a cover of the same `layout` (`coverLayout`: the same
 * styles, and text that needs the same fonts) before is refilled with this
 * one's text rather than loaded again: that is half the work of a cover, in
 * a batch of many documents (issue 13).
 */
async function drawCover(html: Asset, layout: string | undefined, theme: Theme, browser: () => Promise<Browser>): Promise<Uint8Array> {
  let shared: Browser;
  try {
    shared = await browser();
  } catch (error) {
    if (!(error instanceof BrowserError)) throw error;
    throw new RenderError(
      `The EPUB's generated cover is drawn by Chrome or Chromium: ${error.message}. Or give the document a \`cover:\` image`,
      { cause: error },
    );
  }
  await using page = await shared.newCanvas(
    {
      origin: siteOrigin,
      serve: (url) => (url.pathname === coverPath ? html : themeAsset(theme, url)),
    },
    coverSize,
  );
  if (layout !== undefined && page.layout === layout) await page.refill(new TextDecoder().decode(html.bytes));
  else await page.open(siteOrigin + coverPath, undefined, layout);
  const png = await page.screenshot();
  if (png.byteLength === 0 || sniffImageType(png) !== 'image/png')
    throw new RenderError('The generated cover came out empty; no EPUB was written');
  return png;
}

/** The cover's `coverLayout` and its theme's files, or `undefined` when it is never to be refilled. */
function layoutKey(page: Root, theme: Theme): string | undefined {
  const layout = coverLayout(page);
  return layout === undefined ? undefined : cacheKey('epub-cover-layout-v1', layout, themeFingerprint(theme));
}

const fingerprints = new WeakMap<Theme, string>();

/** A hash of every file of the theme a page can load (fonts, stylesheet), computed once per theme. */
function themeFingerprint(theme: Theme): string {
  let fingerprint = fingerprints.get(theme);
  if (fingerprint === undefined) {
    const parts = [...theme.assets.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([url, asset]) => [url, asset.bytes]);
    fingerprint = cacheKey(...parts);
    fingerprints.set(theme, fingerprint);
  }
  return fingerprint;
}

/** The theme's cover page filled with the document's title, subtitle and authors. */
export function coverPage(meta: Meta, theme: Theme): Root {
  const authors = formatAuthors(meta.authors, meta.lang);
  const tree = fillTemplate(structuredClone(theme.epub.cover), {
    title: { text: meta.title },
    headline: { text: meta.title, properties: { dataLength: titleLength(meta.title) } },
    subtitle: meta.subtitle === undefined ? undefined : { text: meta.subtitle },
    author: authors === undefined ? undefined : { text: authors },
  });
  const html = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  if (html) Object.assign(html.properties, { lang: meta.lang, dir: meta.dir === 'rtl' ? 'rtl' : undefined });
  return tree;
}

/** How long a title is, so that the cover can size it to fit. */
function titleLength(title: string): string {
  if (title.length <= 24) return 'short';
  if (title.length <= 70) return 'medium';
  return title.length <= 120 ? 'long' : 'very-long';
}

/** The XHTML body of the book's first page, showing the cover image. */
export function coverBody(href: string, meta: Meta, label: string): Root {
  return {
    type: 'root',
    children: [h('section.cover', { 'epub:type': 'cover' }, [h('img', { src: href, alt: `${label}: ${meta.title}`, role: 'doc-cover' })])],
  };
}
