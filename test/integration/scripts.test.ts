import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/index.js';
import { epubContentDocuments } from '../helpers/epub-documents.js';
import { expectEpubcheckPasses } from '../helpers/epubcheck.js';
import { missingWords, pdfWords } from '../helpers/pdf-words.js';
import { project } from '../helpers/project.js';
import { referenceWords } from '../helpers/reference-text.js';
import {
  entryText,
  openEpub,
  pdfComplaints,
  pdfFonts,
  pdfInfo,
  pdfLinks,
  pdfOutline,
  pdfPageText,
  pdfText,
  type OutlineNode,
} from '../helpers/tools.js';

/** The fixtures, built together into all three formats, with the language and direction each declares or implies. */
const fixtures = [
  { name: 'rtl-arabic', lang: 'ar', dir: 'rtl' },
  { name: 'rtl-hebrew', lang: 'he', dir: 'rtl' },
  { name: 'cjk-japanese', lang: 'ja', dir: 'ltr' },
  { name: 'cjk-chinese-simplified', lang: 'zh-CN', dir: 'ltr' },
  { name: 'cjk-chinese-traditional', lang: 'zh-TW', dir: 'ltr' },
  { name: 'cjk-korean', lang: 'ko', dir: 'ltr' },
] as const;

/**
 * What a reader of each of the other fixtures checks: the bundled face its language chooses (and no
 * other face for its script), and Folio's words in its language.
 */
const languages = [
  {
    name: 'rtl-hebrew',
    face: 'NotoSerifHebrew',
    others: /DejaVu|Liberation|CJK|NotoSerif(JP|SC|TC|KR)/,
    words: ['תוכן העניינים', 'הערה', 'קישורים'],
    folio: /2\s*מתוך\s*\d/,
  },
  {
    name: 'cjk-chinese-simplified',
    face: 'NotoSerifSC',
    others: /CJK|NotoSerif(JP|TC|KR)/,
    words: ['目录', '警告', '链接'],
    folio: /第 2 页，共 \d 页/,
  },
  {
    name: 'cjk-chinese-traditional',
    face: 'NotoSerifTC',
    others: /CJK|NotoSerif(JP|SC|KR)/,
    words: ['目錄', '警告', '連結'],
    folio: /第 2 頁，共 \d 頁/,
  },
  { name: 'cjk-korean', face: 'NotoSerifKR', others: /CJK|NotoSerif(JP|SC|TC)/, words: ['목차', '참고', '링크'], folio: /2\s*\/\s*\d/ },
] as const;
/** Greek and Cyrillic, which the theme's Latin-script faces set in subsets of their own, built with the fixtures. */
const greekCyrillic = `---
title: "Ελληνικά και кириллица"
lang: el
---

Η γλώσσα είναι **ελληνική** και *πλάγια*: αλφάβητο, λέξεις, τόνοι.

Русский текст: **жирный**, *курсив* и \`код\`. Українська: ґанок, їжак. Старе письмо: вѣра.
`;
/** Emoji of every kind: a skin tone, a ZWJ sequence, a flag, a keycap, VS16 after a text-default character. */
const emoji = ['👍🏽', '👩‍💻', '🇫🇷', '✅', '❤️', '1️⃣', '🏳️‍🌈'];
const emojiDocument = `---\ntitle: "Emoji 🎉"\n---\n\nIn a sentence: ${emoji.join(' and ')}.\n\n**Bold 🚀** and \`code 🐛\`.\n`;
let out: string;
let result: BuildResult;
const markdown = new Map<string, string>();

beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const { name } of fixtures) {
    const source = await readFile(path.resolve(`test/fixtures/${name}/input.md`), 'utf8');
    markdown.set(name, source);
    files[`content/${name}.md`] = source;
  }
  files['content/greek-cyrillic.md'] = greekCyrillic;
  files['content/emoji.md'] = emojiDocument;
  const dir = await project(files, 'folio-scripts-');
  out = path.join(dir, 'out');
  result = await build({ cwd: dir, inputs: ['content'], outDir: 'out' });
});

const file = (name: string, extension: string): string => path.join(out, `${name}.${extension}`);

/**
 * Poppler's reading, without the bidi marks it puts around right-to-left runs and numbers, and each
 * lam-alef in one order: drawn as one ligature glyph, it reads back as alef-lam.
 */
const readable = (text: string): string =>
  text.replace(/[\u202A-\u202E\u200E\u200F]/g, '').replace(/\u0644([\u0622\u0623\u0625\u0627])/g, '$1\u0644');

/** The title and the `##` headings of a fixture that have text, as written. */
function headings(name: string): string[] {
  const source = markdown.get(name) ?? '';
  const title = /^title: "(.+)"$/m.exec(source)?.[1] ?? '';
  return [title, ...[...source.matchAll(/^## (.+)$/gm)].map((match) => match[1] ?? '')];
}

function titles(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap((node) => [node.title, ...titles(node.children)]);
}

describe('scripts of every direction, built into PDF, EPUB and HTML', () => {
  it('builds every format of every document', () => {
    expect(result.outputs.map((output) => output.error?.message)).toEqual(result.outputs.map(() => undefined));
    expect(result.outputs).toHaveLength(3 * (fixtures.length + 2));
  });

  describe.each(fixtures)('$name', ({ name, lang, dir }) => {
    it('titles the PDF bookmarks with the headings that have text, their words in reading order', async () => {
      expect(titles(await pdfOutline(file(name, 'pdf')))).toEqual(headings(name));
    });

    it('lists each heading in the contents, and gives each entry the page its heading starts on', async () => {
      const html = await readFile(file(name, 'html'), 'utf8');
      const entries = [...html.matchAll(/<span class="toc-text">([^<]*)<\/span>/g)].map((match) => match[1]);
      expect(entries).toEqual(headings(name).slice(1));
      const pdf = file(name, 'pdf');
      const pages = Number((await pdfInfo(pdf))['Pages']);
      expect(pages).toBeGreaterThan(2);
      const contents = readable(await pdfPageText(pdf, 1, { layout: true })).split('\n');
      const numbers = headings(name)
        .slice(1)
        .map((heading) => {
          const line = contents.find((text) => text.includes(heading)) ?? '';
          return Number(/(\d+)/.exec(line.replace(heading, ''))?.[1]);
        });
      expect(
        numbers.every((page) => page >= 1 && page <= pages),
        numbers.join(' '),
      ).toBe(true);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      // Each entry leads to that page.
      const links = (await pdfLinks(pdf)).filter((link) => link.page === 1 && link.dest !== undefined);
      expect(links.map((link) => link.destPage)).toEqual(numbers);
      // Each heading is printed on the page its entry gives.
      for (const [index, heading] of headings(name).slice(1).entries()) {
        expect(readable(await pdfPageText(pdf, numbers[index] ?? 0)).replace(/\n/g, ''), heading).toContain(readable(heading));
      }
    });

    it('writes a PDF that poppler reads without a complaint, its links to headings included', async () => {
      expect(await pdfComplaints(file(name, 'pdf'))).toEqual([]);
    });

    it('prints every word of its text in the PDF', async () => {
      const pdf = file(name, 'pdf');
      const missing = missingWords(referenceWords(markdown.get(name) ?? ''), pdfWords(await pdfText(pdf)));
      expect(missing).toEqual([]);
    });

    it('embeds every font of the PDF as a subset, none of them Type 3', async () => {
      const fonts = await pdfFonts(file(name, 'pdf'));
      expect(fonts.length).toBeGreaterThan(1);
      expect(fonts.filter((font) => font.type === 'Type 3' || !font.embedded || !font.subset)).toEqual([]);
    });

    it(`says lang="${lang}"${dir === 'rtl' ? ' dir="rtl"' : ''} on <html> in the HTML and every EPUB XHTML file`, async () => {
      const html = await readFile(file(name, 'html'), 'utf8');
      expect(/<html [^>]*>/.exec(html)?.[0]).toBe(dir === 'rtl' ? `<html lang="${lang}" dir="rtl">` : `<html lang="${lang}">`);
      const zip = await openEpub(file(name, 'epub'));
      const xhtml = [
        ...(await epubContentDocuments(zip)),
        await entryText(zip, 'OEBPS/toc.xhtml'),
        await entryText(zip, 'OEBPS/cover.xhtml'),
      ];
      for (const document of xhtml) expect(/<html [^>]*>/.exec(document)?.[0]).toContain(` lang="${lang}" dir="${dir}"`);
      expect(await entryText(zip, 'OEBPS/content.opf')).toContain(`page-progression-direction="${dir}"`);
    });

    it('makes an EPUB that EPUBCheck passes with nothing reported', async () => {
      await expectEpubcheckPasses(file(name, 'epub'));
    });
  });

  describe('Arabic', () => {
    it('prints its words in Arabic: the contents, callout and links titles, the folio', async () => {
      const text = readable(await pdfText(file('rtl-arabic', 'pdf')));
      expect(text).toContain('المحتويات');
      expect(text).toContain(readable('ملاحظة'));
      expect(text).toContain('الروابط');
      expect(text).toMatch(/2\s*من\s*\d/);
      expect(text).not.toMatch(/Contents|Note|Links|\d of \d/);
      expect(await entryText(await openEpub(file('rtl-arabic', 'epub')), 'OEBPS/toc.xhtml')).toContain('<h1>المحتويات</h1>');
    });

    it('sets Arabic in the bundled Vazirmatn, never a system fallback such as DejaVu', async () => {
      const fonts = (await pdfFonts(file('rtl-arabic', 'pdf'))).map((font) => font.name);
      expect(fonts.some((name) => name.includes('+Vazirmatn-Regular'))).toBe(true);
      expect(fonts.some((name) => name.includes('+Vazirmatn-Bold'))).toBe(true);
      expect(fonts.filter((name) => /DejaVu|Liberation|\[none\]/.test(name))).toEqual([]);
    });

    it('quotes with the Arabic marks', async () => {
      expect(await readFile(file('rtl-arabic', 'html'), 'utf8')).toContain('”الكتاب خير جليس“');
      expect(readable(await pdfText(file('rtl-arabic', 'pdf'))).replace(/\n/g, ' ')).toContain('”الكتاب خير جليس“');
    });
  });

  describe('Japanese', () => {
    it('sets the text in the bundled Japanese face, as subset TrueType, and no other CJK face', async () => {
      const fonts = await pdfFonts(file('cjk-japanese', 'pdf'));
      expect(fonts.filter((font) => font.type !== 'CID TrueType')).toEqual([]);
      expect(fonts.filter((font) => font.name.includes('+NotoSerifJP-')).length).toBeGreaterThan(1);
      expect(fonts.filter((font) => /CJK|NotoSerif(SC|TC|KR)/.test(font.name))).toEqual([]);
      // Each instance of the variable face is named for its weight, as a preflight's font list shows it.
      const weights = new Set(fonts.map((font) => /\+NotoSerifJP-(\w+)$/.exec(font.name)?.[1]).filter((weight) => weight !== undefined));
      expect([...weights].sort()).toEqual(['Bold', 'Regular']);
    });

    it('starts no line with closing punctuation, a small kana, a long vowel mark or an iteration mark (line-break: strict)', async () => {
      const lines = (await pdfText(file('cjk-japanese', 'pdf'))).split('\n').filter((line) => line.trim() !== '');
      expect(lines.length).toBeGreaterThan(30);
      expect(
        lines.filter((line) =>
          /^\s*[、。，．・：；？！」』）〕］｝〉》】ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰ-ㇿーゝゞヽヾ々〻]/.test(line),
        ),
      ).toEqual([]);
    });

    it('reads back each sentence of the text whole (up to its full stop), so search finds it', async () => {
      const html = await readFile(file('cjk-japanese', 'html'), 'utf8');
      const body = html.slice(html.indexOf('<div class="body">'));
      const paragraphs = [...body.matchAll(/<p>(.*?)<\/p>/gs)].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, ''));
      const sentences = paragraphs.flatMap((paragraph) => paragraph.split('。')).filter((sentence) => sentence.length > 3);
      expect(sentences.length).toBeGreaterThan(15);
      // The page's furniture (running title, folio) left out, and a link's note number read with its word.
      const text = (await pdfText(file('cjk-japanese', 'pdf')))
        .replace(/\f/g, '')
        .split('\n')
        .filter((line) => line !== headings('cjk-japanese')[0] && !/^\d+ ?\/ ?\d+$/.test(line))
        .join('')
        .replace(/ ?(\d+) ?/g, '$1');
      expect(sentences.filter((sentence) => !text.includes(sentence))).toEqual([]);
    });

    it('prints its words in Japanese and its quotation marks', async () => {
      const text = await pdfText(file('cjk-japanese', 'pdf'));
      expect(text).toContain('目次');
      expect(text).toContain('警告');
      expect(text).toContain('リンク');
      expect(text).toMatch(/2\s*\/\s*\d/);
      expect(text).not.toMatch(/Contents|Warning|Links|\d of \d/i);
      expect(text.replace(/\n/g, '')).toContain('「引用符」');
      expect(await entryText(await openEpub(file('cjk-japanese', 'epub')), 'OEBPS/toc.xhtml')).toContain('<h1>目次</h1>');
    });

    it('embeds in the HTML only the Japanese face, only the slices its text uses', async () => {
      const html = await readFile(file('cjk-japanese', 'html'), 'utf8');
      const families = new Set([...html.matchAll(/@font-face \{ font-family: "([^"]+)"/g)].map((match) => match[1]));
      expect(families.has('Noto Serif JP')).toBe(true);
      expect([...families].filter((family) => /Noto Serif (SC|TC|KR)/.test(family ?? ''))).toEqual([]);
      expect([...html.matchAll(/font-family: "Noto Serif JP"/g)].length).toBeLessThan(100);
    });
  });
});

describe.each(languages)('$name', ({ name, face, others, words, folio }) => {
  it(`sets its text in the bundled ${face}, as subset TrueType, and in no other face for its script`, async () => {
    const fonts = await pdfFonts(file(name, 'pdf'));
    expect(fonts.filter((font) => font.type !== 'CID TrueType')).toEqual([]);
    expect(fonts.filter((font) => font.name.includes(`+${face}-`)).length).toBeGreaterThan(1);
    expect(fonts.filter((font) => others.test(font.name))).toEqual([]);
  });

  it('prints its words in its language: the contents, callout and links titles, the folio', async () => {
    const text = readable(await pdfText(file(name, 'pdf')));
    for (const word of words) expect(text).toContain(word);
    expect(text).toMatch(folio);
    expect(text).not.toMatch(/Contents|Note|Warning|Links|\d of \d/);
    expect(await entryText(await openEpub(file(name, 'epub')), 'OEBPS/toc.xhtml')).toContain(`<h1>${words[0]}</h1>`);
  });
});

describe('Greek and Cyrillic', () => {
  it("are set in the theme's own faces (their Greek and Cyrillic subsets), as subset TrueType, never a fallback", async () => {
    const pdf = file('greek-cyrillic', 'pdf');
    const fonts = await pdfFonts(pdf);
    expect(fonts.filter((font) => font.type !== 'CID TrueType' || !/\+(SourceSerif4|SourceSans3|SourceCodePro)/.test(font.name))).toEqual(
      [],
    );
    for (const face of ['SourceSerif4-Regular', 'SourceSerif4-Bold', 'SourceSerif4-Italic', 'SourceSans3', 'SourceCodePro']) {
      expect(fonts.some((font) => font.name.includes(face))).toBe(true);
    }
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    for (const words of ['Η γλώσσα είναι ελληνική και πλάγια', 'Русский текст: жирный, курсив и код', 'ґанок, їжак']) {
      expect(text).toContain(words);
    }
  });

  it('embeds in the HTML the Greek and Cyrillic subsets of the text face', async () => {
    const html = await readFile(file('greek-cyrillic', 'html'), 'utf8');
    // The ranges of the theme's rules for those subsets, each found on an embedded face.
    const theme = await readFile(path.resolve('templates/default/print.css'), 'utf8');
    for (const subset of ['greek', 'cyrillic', 'cyrillic-ext']) {
      const rule = new RegExp(`source-serif-4-${subset}-400-normal[^}]*unicode-range: ([^;]+);`).exec(theme);
      expect(rule, subset).not.toBeNull();
      expect(html, subset).toContain(`format("woff2"); unicode-range: ${rule?.[1] ?? ''};`);
    }
  });
});

describe('emoji in print', () => {
  it('are set in the bundled monochrome Noto Emoji, as subset TrueType, never a Type 3 colour bitmap', async () => {
    const fonts = await pdfFonts(file('emoji', 'pdf'));
    expect(fonts.filter((font) => font.type !== 'CID TrueType')).toEqual([]);
    expect(fonts.filter((font) => font.name.includes('+NotoEmoji-')).length).toBeGreaterThan(1);
    expect(new Set(fonts.map((font) => /\+NotoEmoji-(\w+)$/.exec(font.name)?.[1]).filter((weight) => weight !== undefined))).toEqual(
      new Set(['Regular', 'Bold']),
    );
  });

  it('read back from the PDF as the code points written, in order', async () => {
    const text = (await pdfText(file('emoji', 'pdf'))).replace(/\s+/g, ' ');
    expect(text).toContain(`In a sentence: ${emoji.join(' and ')}.`);
    expect(text).toContain('Bold 🚀 and code 🐛');
  });
});

describe('a Korean word in a Japanese document', () => {
  it('is set in the bundled Korean face, as subset TrueType, and the Japanese text stays in the Japanese face', async () => {
    const dir = await project({
      'content/doc.md': '---\ntitle: 韓国語の言葉\nlang: ja\n---\n\n日本語の文の中に、韓国語の「한국어」という言葉があります。\n',
    });
    const built = await build({ cwd: dir, formats: ['pdf'] });
    expect(built.ok).toBe(true);
    const pdf = path.join(dir, 'out/doc.pdf');
    const fonts = await pdfFonts(pdf);
    // Before, Hangul fell through to the system's Noto CJK collection, which Chromium embeds as Type 3.
    expect(fonts.filter((font) => font.type !== 'CID TrueType')).toEqual([]);
    expect(fonts.filter((font) => font.name.includes('+NotoSerifKR-')).length).toBeGreaterThan(0);
    expect(fonts.filter((font) => font.name.includes('+NotoSerifJP-')).length).toBeGreaterThan(0);
    expect(await pdfText(pdf)).toContain('한국어');
  });
});
