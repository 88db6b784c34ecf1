import { describe, expect, it } from 'vitest';
import { parsePaper, resolvePrintSettings } from '../../src/config/print-settings.js';
import { render } from '../../src/pipeline/render.js';
import { stringify } from '../../src/hast/stringify.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { cssString } from '../../src/theme/css-string.js';
import { marginsFor } from '../../src/theme/page-style.js';
import { prepare } from '../helpers/pipeline.js';

const theme = await loadTheme('default');

async function print(frontMatter: string, body = 'Text.', config = {}) {
  const publication = await prepare(`---\n${frontMatter}\n---\n\n${body}\n`);
  const rendered = render(publication, theme, resolvePrintSettings(publication.meta, config));
  return { print: stringify(rendered.print), ereader: stringify(rendered.ereader[0]!) };
}

const sections = (count: number): string =>
  Array.from({ length: count }, (_, index) => `## Section ${index + 1}\n\nText of section ${index + 1}.`).join('\n\n');

describe('the print edition', () => {
  it('sizes the page from the paper, a column of about 66 characters with the wider margin outside, mirrored on left pages', async () => {
    const { print: a5 } = await print('title: T\npaper: a5');
    expect(a5).toContain('size: 148mm 210mm;');
    const { print: letter } = await print('title: T', 'Text.', { paper: parsePaper('letter') });
    expect(letter).toContain('size: 215.9mm 279.4mm;');
    const margins = marginsFor({ name: 'A4', width: 210, height: 297 });
    expect(margins.outside).toBeGreaterThan(margins.inside);
    // 66 characters of 11 pt text at half an em each, give or take: 115 to 135 mm.
    expect(210 - margins.inside - margins.outside).toBeGreaterThan(115);
    expect(210 - margins.inside - margins.outside).toBeLessThan(135);
    expect(marginsFor({ name: 'A5', width: 148, height: 210 }).inside).toBeLessThan(margins.inside);
    expect(a5).toMatch(/@page :left \{ margin-left: [\d.]+mm; margin-right: [\d.]+mm; \}/);
  });

  it('puts the short title in the running header as an escaped CSS string that cannot end the style element', async () => {
    const { print: html } = await print(
      'title: "A </style><script>x()</script> \\"quoted\\" title"\nshortTitle: "Short </style> \\"title\\""',
    );
    expect(html).toContain(`--folio-running-title: ${cssString('Short </style> "title"')};`);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toContain('<script>');
    expect(cssString('a"b\\c<d\ne')).toBe('"a\\22 b\\5c c\\3c d\\a e"');
  });

  it('writes the folio in the words, word order and digits of the document language', async () => {
    expect((await print('title: T')).print).toContain('--folio-page-number: counter(page) " of " counter(pages);');
    expect((await print('title: T\nlang: fr')).print).toContain('--folio-page-number: counter(page) " sur " counter(pages);');
    expect((await print('title: T\nlang: ja')).print).toContain(`--folio-page-number: counter(page) ${cssString(' / ')} counter(pages);`);
    expect((await print('title: T\nlang: ur')).print).toContain(
      `--folio-page-number: counter(pages) ${cssString(' میں سے ')} counter(page);`,
    );
    // CLDR: Arabic as written in Egypt counts in Arabic-Indic digits, Persian in Persian ones, Arabic at large in 0-9.
    expect((await print('title: T\nlang: ar-EG')).print).toContain(
      `--folio-page-number: counter(page, arabic-indic) ${cssString(' من ')} counter(pages, arabic-indic);`,
    );
    expect((await print('title: T\nlang: fa')).print).toContain('counter(page, persian)');
    expect((await print('title: T\nlang: ar')).print).toContain(`--folio-page-number: counter(page) ${cssString(' من ')} counter(pages);`);
  });

  it('shows, invisibly, every character of the margin boxes, so their fonts load with the page', async () => {
    const { print: html } = await print('title: مقالة\nlang: fa');
    expect(html).toContain('<span class="margin-fonts" aria-hidden="true">مقالة ۱۲۳۴۵۶۷۸۹۰ از ۱۲۳۴۵۶۷۸۹۰</span>');
  });

  it('sets dir="rtl" on <html> for a right-to-left language or front matter `dir`, and nothing for left to right', async () => {
    expect((await print('title: T\nlang: he')).print).toContain('<html lang="he" dir="rtl">');
    expect((await print('title: T\nlang: en\ndir: rtl')).print).toContain('<html lang="en" dir="rtl">');
    expect((await print('title: T\nlang: ar\ndir: ltr')).print).toContain('<html lang="ar">');
    expect((await print('title: T\nlang: ja')).print).toContain('<html lang="ja">');
  });

  it('leaves words whole (no soft hyphens) and gives the print edition the language’s hyphenation minimums', async () => {
    const { print: html, ereader } = await print('title: T\nlang: de-CH', 'Typographers hyphenate extraordinarily long words.');
    expect(html).toContain('Typographers hyphenate extraordinarily long words.');
    for (const edition of [html, ereader]) expect(edition).not.toContain('\u00AD');
    expect(html).toContain('--folio-hyphenate-limit-chars: auto 2 3;');
  });

  it('numbers external links and lists their addresses at the end, once each; a link showing its address is never hyphenated', async () => {
    const body =
      'Read [the extraordinarily good guide](https://example.org/hyphenation-guide), [again](https://example.org/hyphenation-guide), ' +
      '[the spec](https://www.w3.org/TR/css-page-3/), <https://example.com/shown> and [a section](#below).\n\n## Below';
    const { print: html, ereader } = await print('title: T', body);
    expect(html).toContain('<sup class="link-note-ref"><a href="#link-note-1" role="doc-noteref">1</a></sup>');
    expect(html.match(/href="#link-note-1"/g)).toHaveLength(2);
    expect(html).toContain(
      '<li id="link-note-2"><a class="link-note-url" href="https://www.w3.org/TR/css-page-3/">https://www.w3.org/TR/css-page-3/</a></li>',
    );
    expect(html).toContain(
      '<li id="link-note-1"><a class="link-note-url" href="https://example.org/hyphenation-guide">https://example.org/hyphenation-guide</a></li>',
    );
    expect(html).not.toContain('link-note-3');
    expect(html).toContain('<a href="#below">a section</a>.');
    expect(html).toContain('<a href="https://example.com/shown" class="link-address">https://example.com/shown</a> and');
    expect(ereader).not.toContain('link-note');
  });

  it('sets a blockquote that quotes a person as a pull quote, and no other', async () => {
    const { print: html } = await print('title: T', '> "Words," said someone.\n\nText.\n\n> An excerpt without quotation marks.');
    expect(html).toContain('<blockquote class="pull-quote">');
    expect(html.match(/<blockquote>/g)).toHaveLength(1);
  });

  it('adds a table of contents with page-number slots when asked or when there are 5 sections, else none', async () => {
    expect((await print('title: T', sections(4))).print).not.toContain('class="toc"');
    const { print: auto } = await print('title: T', sections(5));
    expect(auto).toContain('<nav class="toc"><p class="toc-title">Contents</p>');
    expect(auto).toContain(
      '<li class="toc-level-1"><a href="#section-1"><span class="toc-text">Section 1</span><span class="toc-leader" aria-hidden="true"></span><span class="toc-page" data-toc-page="section-1"></span></a></li>',
    );
    expect((await print('title: T\ntoc: true', sections(1))).print).toContain('class="toc"');
    expect((await print('title: T\ntoc: false', sections(8))).print).not.toContain('class="toc"');
  });

  it("writes a footer's page numbers in the language's digits, as the folio's", async () => {
    const { print: html } = await print('title: T\nlang: fa\nfooter: "{page} / {pages}"');
    expect(html).toMatch(/@page :right \{ @bottom-right \{ content: counter\(page, persian\) "[^"]+" counter\(pages, persian\); \} \}/);
  });

  it('lists no contents entry for a heading with no text, which has no page to give', async () => {
    const { print: html } = await print('title: T\ntoc: true', `${sections(2)}\n\n##\n\n## ![](missing.png)\n\nText.`);
    expect(html.match(/<li class="toc-level-1">/g)).toHaveLength(2);
    expect(html).not.toContain('<span class="toc-text"></span>');
  });
});

describe('the print byline', () => {
  it('separates author and date with a dot only when both are given', async () => {
    expect((await print('title: T\nauthor: Ada\ndate: 2024-02-25')).print).toContain(
      '<span class="author">Ada</span><span class="sep"> · </span><time',
    );
    expect((await print('title: T\ndate: 2024-02-25')).print).toContain('<p class="byline"><time datetime="2024-02-25">');
  });
});
