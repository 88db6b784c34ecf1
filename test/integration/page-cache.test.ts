import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Browser, type Site } from '../../src/browser/browser.js';
import type { Asset } from '../../src/model.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { siteOrigin, themeAsset, themeUrlPrefix } from '../../src/theme/theme.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { pdfFonts, pdfText } from '../helpers/tools.js';

const theme = await loadTheme('default');
const encoder = new TextEncoder();
const font = `${themeUrlPrefix}fonts/source-serif-4-latin-400-normal.woff2`;

/** A document set in a font of the theme, at its own address, with a stylesheet of its own. */
function document(text: string): Asset {
  return {
    bytes: encoder.encode(
      `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><link rel="stylesheet" href="own.css"></head><body><p>${text}</p></body></html>`,
    ),
    type: 'text/html',
  };
}
const stylesheet: Asset = {
  bytes: encoder.encode(`@font-face { font-family: T; src: url("${font}"); } p { font-family: T; font-size: 20pt; }`),
  type: 'text/css',
};

describe('a page printing one document after another', () => {
  it('keeps the theme’s package fonts between loads, and asks again for everything else', async () => {
    expect(themeAsset(theme, new URL(font, siteOrigin))?.immutable).toBe(true);
    const asked: string[] = [];
    const site = (name: string, text: string): Site => ({
      origin: siteOrigin,
      serve(url) {
        asked.push(`${name} ${url.pathname}`);
        if (url.pathname === `/${name}.html`) return document(text);
        if (url.pathname === '/own.css') return stylesheet;
        return themeAsset(theme, url);
      },
    });
    const folder = await tempFolder('folio-page-cache-');
    await using browser = await Browser.launch();
    const files: string[] = [];
    for (const [name, text] of [
      ['first', 'The first document.'],
      ['second', 'The second document.'],
      ['third', 'The third document.'],
    ] as const) {
      // The page goes back to the pool when closed, and the next document gets it.
      await using page = await browser.newPage(site(name, text));
      await page.open(`${siteOrigin}/${name}.html`);
      const file = path.join(folder, `${name}.pdf`);
      await writeFile(file, await page.pdf({ tagged: false, outline: false }));
      files.push(file);
    }
    expect(asked).toEqual([
      'first /first.html',
      'first /own.css',
      `first ${font}`,
      'second /second.html',
      'second /own.css',
      'third /third.html',
      'third /own.css',
    ]);
    for (const [index, file] of files.entries()) {
      expect(await pdfText(file)).toContain(['The first document.', 'The second document.', 'The third document.'][index]);
      expect((await pdfFonts(file)).map((entry) => entry.name).join()).toMatch(/SourceSerif4/);
    }
  });
});
