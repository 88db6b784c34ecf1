import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { Browser } from '../../src/browser/browser.js';
import { stringify } from '../../src/hast/stringify.js';
import type { Asset } from '../../src/model.js';
import { render } from '../../src/pipeline/render.js';
import { fontFaceRules, printStylesheet } from '../../src/theme/font-faces.js';
import { instancedFont } from '../../src/theme/instanced-font.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { siteOrigin, themeAsset } from '../../src/theme/theme.js';
import { codePointsOf } from '../../src/theme/unicode-range.js';
import { prepare } from '../helpers/pipeline.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { pdfFonts, pdfText } from '../helpers/tools.js';

const theme = await loadTheme('default');

/**
 * A page of many scripts and of characters the browser generates rather than
 * the text holds: nested list markers, `<q>` quotation marks in two
 * languages, roman numbering, a disclosure, emoji.
 */
const markdown = [
  '---\ntitle: Scripts and markers\nheader: "{section} · {page}"\n---\n',
  '## Lists\n\n- One\n  - Two\n    - Three\n\n<ol type="i"><li>First</li><li>Second</li></ol>\n',
  'She said <q>hello</q>, and <span lang="ja"><q>こんにちは</q></span>, and <span lang="fr"><q>bonjour</q></span>.\n',
  '<details><summary>More</summary>Hidden text.</details>\n',
  '## Scripts\n\nΕλληνικά, русский, tiếng Việt. 幹細胞から育てたマウス。汉字和简体。한국어 문장. العربية. עברית. 👍🏽 ❤️ 1️⃣\n',
].join('\n');

/** The font names of a PDF without their subset tags, sorted. */
async function fontNames(file: string): Promise<string[]> {
  return [...new Set((await pdfFonts(file)).map((font) => `${font.name.replace(/^[A-Z]{6}\+/, '')} ${font.type}`))].sort();
}

describe("the print edition's stylesheet", () => {
  it('leaves out only @font-face rules of characters the page cannot show, and the page prints with the same fonts and text', async () => {
    const publication = await prepare(markdown);
    const print = render(publication, theme).print;
    const codePoints = codePointsOf(toString(print));
    const trimmed = printStylesheet(theme, codePoints);
    const css = new TextDecoder().decode(trimmed.bytes);
    const kept = fontFaceRules(theme).filter((rule) => css.includes(rule.text));
    // Most CJK slices go; the Latin, Greek, Cyrillic, Arabic, Hebrew and emoji faces stay.
    expect(kept.length).toBeLessThan(fontFaceRules(theme).length / 2);
    expect(css.replace(/@font-face\s*\{[^}]*\}/g, '')).toBe(theme.print.css.replace(/@font-face\s*\{[^}]*\}/g, ''));

    const dir = await tempFolder();
    const html: Asset = { bytes: new TextEncoder().encode(stringify(print)), type: 'text/html; charset=utf-8' };
    await using browser = await Browser.launch();
    const files = [];
    for (const [name, stylesheet] of [
      ['whole', undefined],
      ['trimmed', trimmed],
    ] as const) {
      await using page = await browser.newPage({
        origin: siteOrigin,
        fetched: new Map(),
        serve(url) {
          if (url.pathname === '/doc.html') return html;
          if (stylesheet && url.pathname.endsWith('/print.css')) return stylesheet;
          return themeAsset(theme, url) ?? instancedFont(theme, url, codePoints);
        },
      });
      await page.open(`${siteOrigin}/doc.html`);
      const file = path.join(dir, `${name}.pdf`);
      await writeFile(file, await page.pdf({ tagged: true, outline: true }));
      files.push(file);
    }
    const [whole = '', cut = ''] = files;
    const fonts = await fontNames(whole);
    expect(fonts.join('\n')).not.toMatch(/Type 3/);
    expect(await fontNames(cut)).toEqual(fonts);
    expect(await pdfText(cut)).toBe(await pdfText(whole));
  });
});
