import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/index.js';
import { expectEpubcheckPasses } from '../helpers/epubcheck.js';
import { readPdfText } from '../helpers/read-output.js';
import { seedParagraphs } from '../helpers/seed.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { normalise, positionsInOrder } from '../helpers/text.js';
import { entryText, firstZipEntry, openEpub, pdfFonts, pdfInfo, pdfPageSize, pdfText } from '../helpers/tools.js';

const paragraphs = seedParagraphs.map(normalise);
let out: string;
let result: BuildResult;

beforeAll(async () => {
  out = await tempFolder('folio-article-');
  result = await build({ inputs: ['content'], outDir: out });
});

describe('the article, built from content/ into all three formats', () => {
  it('writes out/article.pdf, .epub and .html and reports each', () => {
    expect(result.ok).toBe(true);
    expect(result.outputs.map((output) => path.relative(out, output.path ?? '')).sort()).toEqual([
      'article.epub',
      'article.html',
      'article.pdf',
    ]);
    expect(result.outputs.every((output) => (output.size ?? 0) > 1000)).toBe(true);
  });

  describe('PDF', () => {
    it('holds every paragraph of the article, in order', async () => {
      const text = await readPdfText(path.join(out, 'article.pdf'));
      expect(positionsInOrder(text, paragraphs)).not.toContain(-1);
    });

    it('sets the text in lines of 60 to 75 characters, comfortable to read, on exact A4', async () => {
      const size = await pdfPageSize(path.join(out, 'article.pdf'));
      expect([size.width, size.height].map((points) => Math.round(points * 10) / 10)).toEqual([595.3, 841.9]);
      // Full lines of the body: not the last line of a paragraph, the headline or the folio.
      const lines = (await pdfText(path.join(out, 'article.pdf')))
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 40);
      const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
      const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
      expect(median).toBeGreaterThanOrEqual(60);
      expect(median).toBeLessThanOrEqual(75);
    });

    it('is a tagged A4 PDF whose Title, Subject, Keywords and Creator come from the front matter', async () => {
      const info = await pdfInfo(path.join(out, 'article.pdf'));
      expect(info['Title']).toBe('Mouse Sperm Grown from Stem Cells Produce Fertile Offspring');
      expect(info['Subject']).toMatch(/^Scientists at Nanjing Medical University/);
      expect(info['Keywords']).toContain('stem cells');
      expect(info['Creator']).toBe('Folio');
      expect(info['Tagged']).toBe('yes');
      expect(info['Page size']).toMatch(/\(A4\)/);
      expect(Number(info['Pages'])).toBeGreaterThanOrEqual(1);
    });

    it('embeds every font, all of them the bundled ones', async () => {
      const fonts = await pdfFonts(path.join(out, 'article.pdf'));
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font).toMatchObject({ embedded: true, subset: true });
        expect(font.name).toMatch(/\+Source(Serif4|Sans3)/);
      }
    });
  });

  describe('EPUB', () => {
    it('passes EPUBCheck with 0 fatals, 0 errors and 0 warnings', async () => {
      await expectEpubcheckPasses(path.join(out, 'article.epub'));
    });

    it('has the title and dc:language en in its OPF, and mimetype first and stored', async () => {
      const zip = await openEpub(path.join(out, 'article.epub'));
      const opf = await entryText(zip, 'OEBPS/content.opf');
      expect(opf).toContain('<dc:title id="title">Mouse Sperm Grown from Stem Cells Produce Fertile Offspring</dc:title>');
      expect(opf).toContain('<dc:language>en</dc:language>');
      expect(opf).toMatch(/<dc:identifier id="pub-id">urn:uuid:[0-9a-f-]{36}<\/dc:identifier>/);
      expect(firstZipEntry(await readFile(path.join(out, 'article.epub')))).toMatchObject({ name: 'mimetype', method: 'stored' });
    });

    it('holds every paragraph in its XHTML, in order, with lang on the document', async () => {
      const zip = await openEpub(path.join(out, 'article.epub'));
      const xhtml = await entryText(zip, 'OEBPS/chapter-1.xhtml');
      expect(xhtml).toContain('xml:lang="en" lang="en"');
      const text = normalise(
        xhtml.replace(/<[^>]+>/g, ' ').replace(/&#x([0-9A-F]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))),
      );
      expect(positionsInOrder(text, paragraphs)).not.toContain(-1);
    });
  });

  describe('HTML', () => {
    it('is one standalone file: stylesheet inlined, fonts embedded, no script, no outside references', async () => {
      const html = await readFile(path.join(out, 'article.html'), 'utf8');
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain('<style>');
      expect(html).toContain('url("data:font/woff2;base64,');
      expect(html).not.toMatch(/<script|<link rel="stylesheet"|src="http/);
      const text = normalise(html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' '));
      expect(positionsInOrder(text, paragraphs)).not.toContain(-1);
    });
  });
});
