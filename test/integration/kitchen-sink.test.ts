import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/index.js';
import { epubXhtml } from '../helpers/epub-documents.js';
import { expectAcePasses } from '../helpers/ace.js';
import { expectEpubcheckPasses } from '../helpers/epubcheck.js';
import { readPdfText } from '../helpers/read-output.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { entryText, openEpub, pdfFonts } from '../helpers/tools.js';

const fixture = path.resolve('test/fixtures/kitchen-sink/input.md');
let out: string;
let result: BuildResult;

beforeAll(async () => {
  out = await tempFolder('folio-kitchen-');
  result = await build({ inputs: [fixture], outDir: out, formats: ['pdf', 'epub'] });
});

/** Text each construct must show in print, in document order. */
const printed = [
  'Paragraph with emphasis, strong, strikethrough, inline code',
  '"Quotes" and \'single\' -- with dashes --- and dots...',
  'First',
  'Third, after a gap',
  'Task done',
  'Meiosis',
  'Left Centre Right',
  'mice 2 to 8 1.5',
  'Figure 1: a cell, drawn as a rectangle.',
  'function double(value: number): number {',
  'return value * 2; // twice',
  'Energy',
  'A note for the reader.',
  '"A quotation," said a scientist.',
  'Marked text and raw HTML.',
  'The footnote text.',
];

describe('the kitchen sink: one of every construct', () => {
  it('builds both editions without errors', () => {
    expect(result.outputs.map((output) => output.error?.message)).toEqual([undefined, undefined]);
  });

  it('prints every construct, in order, with no script text', async () => {
    const text = await readPdfText(path.join(out, 'input.pdf'));
    let from = 0;
    for (const snippet of printed) {
      const at = text.indexOf(snippet, from);
      expect(at, `"${snippet}" after offset ${from}`).toBeGreaterThanOrEqual(0);
      from = at + snippet.length;
    }
    expect(text).not.toContain('alert(');
    // The CJK fallback font is a Type 3 font, which pdftotext reads out of line order; it must be there.
    expect(text).toContain('日本語のテキスト');
  });

  it('embeds its fonts: bundled ones for Latin text, code, maths, Japanese and emoji, none of them Type 3', async () => {
    const fonts = await pdfFonts(path.join(out, 'input.pdf'));
    expect(fonts.every((font) => font.embedded && font.type !== 'Type 3')).toBe(true);
    const named = fonts.map((font) => font.name);
    expect(
      named.every((name) => /\+(SourceSerif4|SourceSans3|SourceCodePro|STIXTwoMath|NotoSerifSC|NotoEmoji)/.test(name)),
      named.join(', '),
    ).toBe(true);
    expect(named.some((name) => name.includes('SourceCodePro'))).toBe(true);
    expect(named.some((name) => name.includes('STIXTwoMath'))).toBe(true);
    // The kitchen sink is in English: its Japanese words are set in the bundled face of the default, Simplified Chinese.
    expect(named.some((name) => name.includes('NotoSerifSC'))).toBe(true);
    expect(named.some((name) => name.includes('NotoEmoji'))).toBe(true);
  });

  it('makes an EPUB that passes EPUBCheck with nothing reported, maths as MathML', async () => {
    await expectEpubcheckPasses(path.join(out, 'input.epub'));
    const xhtml = await epubXhtml(await openEpub(path.join(out, 'input.epub')));
    expect(xhtml).toContain('<math');
    expect(xhtml).not.toContain('<script');
  });

  it('makes an EPUB that DAISY Ace finds no accessibility violation in, and says so in its package', async () => {
    const epub = path.join(out, 'input.epub');
    await expectAcePasses(epub);
    const opf = await entryText(await openEpub(epub), 'OEBPS/content.opf');
    expect(opf).toContain('<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityFeature">MathML</meta>');
    expect(opf).toContain('<meta property="schema:accessModeSufficient">textual</meta>');
  });
});
