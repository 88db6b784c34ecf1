import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { normalise } from '../helpers/text.js';
import { paperPoints, pdfFonts, pdfInfo, pdfOutline, pdfPageSize, pdfPageText, type OutlineNode } from '../helpers/tools.js';

const run = promisify(execFile);
const fixture = 'test/fixtures/print-handout/input.md';
const epoch = 1_700_000_000;
let out: string;
let pdf: string;
const pages = 6;

/** Build the handout fixture (A5, 6 pages, table of contents, links) with a layout. */
async function buildHandout(layout: '2up' | 'booklet', sourceDateEpoch = epoch): Promise<string> {
  const dir = await tempFolder('folio-print-');
  const result = await build({ inputs: [fixture], outDir: dir, formats: ['pdf'], sourceDateEpoch, printOverrides: { layout } });
  expect(result.outputs.map((output) => output.error?.message)).toEqual([undefined, undefined]);
  return dir;
}

/** Outline (bookmark) titles, depth first. */
async function outlineTitles(file: string): Promise<string[]> {
  const flatten = (nodes: OutlineNode[]): string[] => nodes.flatMap((node) => [node.title, ...flatten(node.children)]);
  return flatten(await pdfOutline(file));
}

/** `pdftotext` of one page with extra arguments (crop, layout). */
async function pageText(file: string, page: number, ...args: string[]): Promise<string> {
  return (await run('pdftotext', ['-f', String(page), '-l', String(page), ...args, file, '-'])).stdout;
}

/** Text in the left and the right half of a sheet side of an imposed PDF. */
async function halves(file: string, side: number, sheetWidth: number): Promise<[string, string]> {
  const half = Math.floor(sheetWidth / 2);
  const crop = (x: number): Promise<string> =>
    pageText(file, side, '-r', '72', '-x', String(x), '-y', '0', '-W', String(half), '-H', '2000');
  return [await crop(0), await crop(half)];
}

/** The box of the first word on a page of a PDF, in points (`pdftotext -bbox`). */
async function firstWordBox(file: string, page: number): Promise<{ word: string; height: number }> {
  const { stdout } = await run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  const [, yMin = '0', yMax = '0', word = ''] =
    /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)<\/word>/.exec(stdout) ?? [];
  return { word, height: Number(yMax) - Number(yMin) };
}

const folio = (text: string): string => /(\d+) of 6/.exec(text)?.[1] ?? 'blank';

beforeAll(async () => {
  out = await buildHandout('booklet');
  pdf = path.join(out, 'input.pdf');
});

describe('the print edition of a 6-page A5 handout', () => {
  it('is A5 to a tenth of a point, 6 pages, with "N of 6" at the foot of every page', async () => {
    const info = await pdfInfo(pdf);
    const size = await pdfPageSize(pdf);
    const a5 = paperPoints(148, 210);
    expect(Math.abs(size.width - a5.width)).toBeLessThan(0.1);
    expect(Math.abs(size.height - a5.height)).toBeLessThan(0.1);
    expect(Number(info['Pages'])).toBe(pages);
    for (let page = 1; page <= pages; page++) {
      const lines = (await pdfPageText(pdf, page)).trim().split('\n');
      expect(lines.at(-1)?.trim(), `page ${page}`).toMatch(new RegExp(` ?${page} of ${pages}$`));
    }
  });

  it('has the short title as running header from page 2 on, not above the title block of page 1', async () => {
    const first = (await pdfPageText(pdf, 1)).split('\n').map((line) => line.trim());
    expect(first).not.toContain('The Handout Nobody Throws Away');
    for (let page = 2; page <= pages; page++) {
      expect((await pdfPageText(pdf, page)).split('\n')[0]?.trim(), `page ${page}`).toBe('The Handout Nobody Throws Away');
    }
  });

  it('embeds every font, subset, all of them the bundled ones (no system fallback, no Type 3)', async () => {
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, subset: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+Source(Serif4|Sans3)/);
    }
  });

  it('has an outline equal to the headings, spaces intact where a heading wraps', async () => {
    const markdown = await readFile(fixture, 'utf8');
    const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(await outlineTitles(pdf)).toEqual(['The Handout Nobody Throws Away, or How to Print an Article Properly', ...sections]);
  });

  it('lists the sections in a table of contents on page 1, each with the page it starts on', async () => {
    const contents = await pageText(pdf, 1, '-layout');
    const markdown = await readFile(fixture, 'utf8');
    const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1] ?? '');
    let previous = 1;
    for (const heading of sections) {
      const listed = Number(new RegExp(`^\\s*${heading}\\s+(\\d+)\\s*$`, 'm').exec(contents)?.[1]);
      expect(listed, heading).toBeGreaterThanOrEqual(previous);
      expect(normalise(await pdfPageText(pdf, listed)), `${heading} on page ${listed}`).toContain(heading);
      previous = listed;
    }
    expect(previous).toBeGreaterThan(4);
  });

  it('prints the address of each external link as a numbered note at the end', async () => {
    const last = normalise(await pdfPageText(pdf, pages));
    expect(last).toContain(
      'LINKS 1. https://example.org/folio 2. https://en.wikipedia.org/wiki/The_Elements_of_Typographic_Style 3. https://www.w3.org/TR/css-page-3/',
    );
  });

  it('carries Title, Author, Subject, Keywords, Language, Creator, Producer and the dates of SOURCE_DATE_EPOCH', async () => {
    const info = await pdfInfo(pdf);
    expect(info).toMatchObject({
      Title: 'The Handout Nobody Throws Away, or How to Print an Article Properly',
      Author: 'Ada Lovelace, Grace Hopper',
      Subject: "A test article for Folio's print edition, long enough to fill six A5 pages.",
      Keywords: 'print, typography, handouts',
      Creator: 'Folio',
      Producer: 'Folio',
      Tagged: 'yes',
      CreationDate: '2023-11-14T22:13:20Z',
      ModDate: '2023-11-14T22:13:20Z',
    });
    const doc = await PDFDocument.load(await readFile(pdf));
    expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(en)');
  });

  it('writes a saddle-stitch booklet: 2 landscape A4 sheets (4 sides) with the A5 pages at full size, pages 8,1 / 2,7 / 6,3 / 4,5', async () => {
    const booklet = path.join(out, 'input.booklet.pdf');
    const info = await pdfInfo(booklet);
    expect(Number(info['Pages'])).toBe(4);
    const [width = 0, height = 0] = (info['Page size'] ?? '').split(/\s+x\s+|\s+/).map(Number);
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    // Page 1's first word has the same size on the sheet as on its own page: not shrunk.
    const [alone, onSheet] = await Promise.all([firstWordBox(pdf, 1), firstWordBox(booklet, 1)]);
    expect(onSheet.word).toBe(alone.word);
    expect(onSheet.height).toBeCloseTo(alone.height, 1);
    const order: string[] = [];
    for (let side = 1; side <= 4; side++) order.push((await halves(booklet, side, width)).map(folio).join(','));
    expect(order).toEqual(['blank,1', '2,blank', '6,3', '4,5']);
    expect(info['Title']).toBe('The Handout Nobody Throws Away, or How to Print an Article Properly');
  });

  it('writes 2up: two pages side by side on each landscape sheet, in reading order', async () => {
    const dir = await buildHandout('2up');
    const twoUp = path.join(dir, 'input.2up.pdf');
    const info = await pdfInfo(twoUp);
    const [width = 0] = (info['Page size'] ?? '').split(/\s+x\s+|\s+/).map(Number);
    const order: string[] = [];
    for (let side = 1; side <= 3; side++) order.push((await halves(twoUp, side, width)).map(folio).join(','));
    expect(order).toEqual(['1,2', '3,4', '5,6']);
  });

  it('is reproducible: two builds with the same SOURCE_DATE_EPOCH give byte-identical PDFs and booklets', async () => {
    const again = await buildHandout('booklet');
    for (const name of ['input.pdf', 'input.booklet.pdf']) {
      const [a, b] = await Promise.all([readFile(path.join(out, name)), readFile(path.join(again, name))]);
      expect(a.equals(b), name).toBe(true);
    }
  });
});
