import path from 'node:path';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Site } from '../../browser/browser.js';
import type { Asset } from '../../model.js';
import { withoutDocumentLinks } from '../../hast/document-links.js';
import { stringify } from '../../hast/stringify.js';
import { instancedFont } from '../../theme/instanced-font.js';
import { codePointsOf } from '../../theme/unicode-range.js';
import { printStylesheet } from '../../theme/font-faces.js';
import { siteOrigin, themeAsset, themeUrlPrefix } from '../../theme/theme.js';
import { finishPdf } from './pdf-finish.js';
import { headingsOf } from './pdf-outline.js';
import { pageReferencesOf, printWithPages } from './print-with-pages.js';
import { printedPagesKey, readPrintedPages, writePrintedPages } from './printed-pages.js';
import { noCache } from '../../fs/cache.js';
import type { Writer } from '../writer.js';

/**
 * The print edition through Chromium: a locked-down page that loads only the
 * document, the theme and its fonts, printed as a tagged PDF with an outline,
 * then finished (outline titles, metadata, handout variant: `pdf-finish.ts`).
 * A table of contents and a running `{section}` take two prints
 * (`print-with-pages.ts`), or one when the headings fall where they fell
 * when the document was last printed (kept in the build's cache).
 */
export const writePdf: Writer = async (document, { theme, browser, signal, cache = noCache }) => {
  const name = document.publication.chapters[0]?.file.data.outputName ?? 'document';
  const pagePath = `/${encodeURI(name)}.html`;
  // One document per PDF: links to other documents' HTML keep their text only.
  const print = withoutDocumentLinks(document.print);
  const html = htmlAsset(print);
  // The document's images, at the paths its relative `src` resolve to from the page; remote
  // ones (fetched by the load stage when the network is allowed) at their own URLs.
  const images = new Map<string, Asset>();
  const fetched = new Map<string, Asset>();
  for (const [src, asset] of document.publication.assets) {
    const url = new URL(src, siteOrigin + pagePath);
    if (url.origin === siteOrigin) images.set(url.pathname, asset);
    else fetched.set(url.href, asset);
  }
  // The theme's variable fonts are instanced for the characters the page can show.
  const codePoints = codePointsOf(toString(print));
  // The theme's stylesheet without the @font-face rules of characters the page cannot show.
  const stylesheet = printStylesheet(theme, codePoints);
  const stylesheetPath = `${themeUrlPrefix}print.css`;
  const site: Site = {
    origin: siteOrigin,
    fetched,
    serve(url) {
      if (url.pathname === pagePath) return html;
      if (url.pathname === stylesheetPath) return stylesheet;
      if (images.has(url.pathname)) return images.get(url.pathname);
      return themeAsset(theme, url) ?? instancedFont(theme, url, codePoints);
    },
  };
  await using page = await (await browser()).newPage(site);
  await page.open(siteOrigin + pagePath, signal);
  const headings = headingsOf(print);
  const references = pageReferencesOf(print, headings, document.publication.meta.lang);
  // Where the headings fell when this document was last printed: a first guess that spares a print.
  const sources = document.publication.chapters.map(({ file }) => path.resolve(file.cwd, file.path));
  const key = references && printedPagesKey(sources, document.printSettings, references.ids);
  const earlier = key === undefined ? undefined : await readPrintedPages(cache, key);
  const { pdf, printed } = await printWithPages(page, references, headings, earlier);
  if (key !== undefined && printed !== undefined) await writePrintedPages(cache, key, printed);
  const warnings = [...new Set(page.refused)].map((url) => ({
    reason: `refused to load \`${url}\` in the print edition: only the document's own files, the theme and its fonts load`,
    ruleId: 'refused-request',
  }));
  const finished = await finishPdf(pdf, document, headings);
  return { artifacts: finished.artifacts, warnings: [...warnings, ...finished.warnings] };
};

function htmlAsset(tree: Root): Asset {
  return { bytes: new TextEncoder().encode(stringify(tree)), type: 'text/html; charset=utf-8' };
}
