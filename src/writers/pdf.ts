import type { Site } from '../browser.js';
import { stringify } from '../pipeline/stringify.js';
import { themeUrlPrefix, type Asset } from '../theme/theme.js';
import { setPdfMetadata } from './pdf-metadata.js';
import type { Writer } from './writer.js';

/** The origin the printed page is served from: `.invalid` never resolves, so nothing can leak to a real host. */
export const siteOrigin = 'https://folio.invalid';

/**
 * The print edition through Chromium: a locked-down page that loads only the
 * document, the theme and its fonts, printed as a tagged PDF with an outline,
 * then stamped with the document's metadata.
 */
export const writePdf: Writer = async (document, { theme, browser, signal }) => {
  const name = document.publication.chapters[0]?.file.data.outputName ?? 'document';
  const pagePath = `/${encodeURI(name)}.html`;
  const html: Asset = { bytes: new TextEncoder().encode(stringify(document.print)), type: 'text/html; charset=utf-8' };
  const site: Site = {
    origin: siteOrigin,
    serve(url) {
      if (url.pathname === pagePath) return html;
      if (url.pathname.startsWith(themeUrlPrefix)) return theme.assets.get(decodeURI(url.pathname.slice(themeUrlPrefix.length)));
      return undefined;
    },
  };
  await using page = await (await browser()).newPage(site);
  await page.open(siteOrigin + pagePath, signal);
  const pdf = await page.pdf({ tagged: true, outline: true });
  const file = document.publication.chapters[0]?.file;
  for (const url of new Set(page.refused)) {
    file?.message(`refused to load \`${url}\` in the print edition: only the document's own files, the theme and its fonts load`, {
      ruleId: 'refused-request',
      source: 'folio',
    });
  }
  return [{ bytes: await setPdfMetadata(pdf, document.publication.meta) }];
};
