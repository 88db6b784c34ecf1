import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { qpdfCheck, readPdfUa, type PdfUa } from '../helpers/pdf-ua.js';
import type { Element } from '../helpers/pdf-ua-structure.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { pdfOutline } from '../helpers/tools.js';

// A document with what PDF/UA has rules for: lists (one nested), a figure with a caption, links (external,
// internal, one wrapped over two lines, link notes), a table, a quotation, emphasis, and a running header on
// an A5 document of several pages. Built once, with its 2-up handout.
const fixture = 'test/fixtures/pdf-ua/input.md';
const epoch = 1_700_000_000;
let dir: string;
let pdf: PdfUa;

beforeAll(async () => {
  dir = await tempFolder('folio-pdf-ua-');
  const result = await build({
    inputs: [fixture],
    outDir: dir,
    formats: ['pdf'],
    sourceDateEpoch: epoch,
    printOverrides: { layout: '2up' },
  });
  expect(result.outputs.map((output) => output.error?.message)).toEqual([undefined, undefined]);
  pdf = await readPdfUa(path.join(dir, 'input.pdf'));
});

const byRole = (role: string): Element[] => pdf.structure.elements.filter((element) => element.role === role);

describe('the PDF of a document with lists, a figure, links, a table and a running header', () => {
  it('has nothing a PDF/UA-1 machine check reports, and qpdf finds it clean', async () => {
    expect(pdf.problems).toEqual([]);
    expect(await qpdfCheck(path.join(dir, 'input.pdf'))).toBe('clean');
    expect(pdf.header).toBe('%PDF-1.7');
  });

  it('says what it is in XMP: title, authors, description, subjects, language, dates, producer, and PDF/UA-1', () => {
    expect(pdf.xmp).toMatchObject({ type: 'Metadata', subtype: 'XML', filter: undefined });
    expect(pdf.xmp?.properties).toMatchObject({
      'dc:title': 'Reading Aloud from Paper: a Test of Tagged Print',
      'dc:creator': ['Ada Lovelace', 'Grace Hopper'],
      'dc:description': 'A test document for tagged PDF with lists, a figure, links, a table, a quotation and a running header.',
      'dc:subject': ['accessibility', 'tagged PDF', 'screen readers'],
      'dc:language': ['en-GB'],
      'xmp:CreateDate': '2023-11-14T22:13:20Z',
      'xmp:ModifyDate': '2023-11-14T22:13:20Z',
      'pdf:Producer': 'Folio',
      'pdfuaid:part': '1',
    });
    expect(pdf.info).toMatchObject({ Title: 'Reading Aloud from Paper: a Test of Tagged Print', Author: 'Ada Lovelace, Grace Hopper' });
    expect(pdf.lang).toBe('en-GB');
  });

  it('marks the running header, the page numbers and the decorations as artifacts, and reads only the text', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pdf.pages) {
      expect(page.untagged, `page ${page.page}`).toEqual([]);
      const furniture = page.artifacts.map((artifact) => artifact.text.trim()).join(' | ');
      expect(furniture, `page ${page.page}`).toContain(`${page.page} of ${pdf.pages.length}`);
      if (page.page > 1) expect(furniture, `page ${page.page}`).toContain('Reading Aloud from Paper');
      expect(page.tagged, `page ${page.page}`).not.toMatch(/Reading Aloud from Paper\s*$|\d of \d/m);
      expect(page.pagination['Footer'], `page ${page.page}`).toBeGreaterThanOrEqual(1);
      if (page.page > 1) expect(page.pagination['Header'], `page ${page.page}`).toBeGreaterThanOrEqual(1);
    }
    expect(pdf.pages[0]?.tagged).toContain('A printed page is read aloud');
  });

  it('role-maps the PDF 2.0 types Chromium writes for emphasis and strong importance', () => {
    expect(pdf.structure.roleMap).toMatchObject({ Em: 'Span', Strong: 'Span' });
    expect(pdf.structure.elements.filter((element) => element.role === undefined)).toEqual([]);
  });

  it('gives every list item a label and a body, the nested list inside its item’s body', () => {
    const items = byRole('LI');
    // The contents (5), the bullets (3 + 2 nested), the numbered list (3), the link notes (2).
    expect(items).toHaveLength(15);
    for (const item of items) expect(item.kids.map((kid) => kid.role).filter((role) => role !== 'Lbl')).toEqual(['LBody']);
    const nested = byRole('L').filter((list) => list.parent?.role === 'LBody');
    expect(nested).toHaveLength(1);
    expect(nested[0]?.kids).toHaveLength(2);
  });

  it('describes the image of the figure with its alt text, and reads the caption as text, not as a second figure', () => {
    const figures = byRole('Figure');
    expect(figures.map((figure) => figure.alt)).toEqual(['A bar chart of three bars, each taller than the one before']);
    expect(figures[0]?.parent?.role).toBe('Div');
    expect(figures[0]?.parent?.kids.map((kid) => kid.role)).toEqual(['Figure', 'Caption']);
  });

  it('describes every link annotation with its text, a wrapped link’s two annotations with the whole text', () => {
    const contents = pdf.links.map((link) => link.contents);
    expect(contents).toContain('external link to the guidelines');
    expect(contents).toContain('a link to the table');
    expect(contents).toContain('back to the lists');
    expect(contents).toContain('Lists 1');
    // The link notes' references (a superscript number, which Chromium tags NonStruct) are read as their number.
    expect(pdf.links.filter((link) => link.uri === undefined && /^\d+$/.test(link.contents ?? ''))).toHaveLength(2);
    expect(contents.filter((text) => text?.startsWith('#'))).toEqual([]);
    // The link in the text wraps: two annotations, one Link element (the list of addresses at the end links there too).
    const [first, ...rest] = pdf.links.filter((link) => link.uri === 'https://example.org/wrapped-link-address');
    const wrapped = [first, ...rest.filter((link) => link.ownerRef === first?.ownerRef)];
    expect(wrapped).toHaveLength(2);
    for (const link of wrapped) {
      expect(link?.contents).toBe('a link whose words run from the end of one line onto the start of the next one in this paragraph');
    }
    expect(pdf.links.every((link) => link.owner === 'Link')).toBe(true);
  });

  it('keeps the table and the quotation as Table > TR > TH/TD and BlockQuote', () => {
    const table = byRole('Table')[0];
    expect(table?.kids.flatMap((row) => row.kids.map((cell) => cell.role)).slice(0, 4)).toEqual(['TH', 'TH', 'TD', 'TD']);
    expect(byRole('BlockQuote')).toHaveLength(1);
  });
});

describe('its 2-up handout', () => {
  let handout: PdfUa;
  beforeAll(async () => {
    handout = await readPdfUa(path.join(dir, 'input.2up.pdf'));
  });

  it('is tagged as the document is, with nothing a PDF/UA-1 machine check reports, and qpdf finds it clean', async () => {
    expect(handout.problems).toEqual([]);
    expect(await qpdfCheck(path.join(dir, 'input.2up.pdf'))).toBe('clean');
    expect(handout.pages.length).toBe(Math.ceil(pdf.pages.length / 2));
    expect(handout.structure.elements.map((element) => element.role)).toEqual(pdf.structure.elements.map((element) => element.role));
  });

  it('keeps the links, their descriptions, the outline and the metadata', async () => {
    expect(handout.links.map((link) => link.contents)).toEqual(pdf.links.map((link) => link.contents));
    expect(await pdfOutline(path.join(dir, 'input.2up.pdf'))).toEqual(await pdfOutline(path.join(dir, 'input.pdf')));
    expect(handout.xmp?.properties).toEqual(pdf.xmp?.properties);
    expect(handout.info).toEqual(pdf.info);
  });
});

describe('its booklet, where the pages are reordered on the sheets', () => {
  it('is tagged as the document is, its links described and its outline kept, and qpdf finds it clean', async () => {
    const folder = await tempFolder('folio-pdf-ua-booklet-');
    const result = await build({ inputs: [fixture], outDir: folder, formats: ['pdf'], printOverrides: { layout: 'booklet' } });
    expect(result.outputs.map((output) => output.error?.message)).toEqual([undefined, undefined]);
    const file = path.join(folder, 'input.booklet.pdf');
    const booklet = await readPdfUa(file);
    expect(booklet.problems).toEqual([]);
    expect(await qpdfCheck(file)).toBe('clean');
    expect(booklet.structure.elements.map((element) => element.role)).toEqual(pdf.structure.elements.map((element) => element.role));
    const described = (links: readonly { contents: string | undefined }[]) => links.map((link) => link.contents).sort();
    expect(described(booklet.links)).toEqual(described(pdf.links));
    expect(await pdfOutline(file)).toEqual(await pdfOutline(path.join(dir, 'input.pdf')));
  });
});

describe('the PDF of a document with an image that has no text alternative', () => {
  it('warns, and does not claim PDF/UA-1; an image marked as decoration (`alt=""`) is not a Figure', async () => {
    const folder = await tempFolder('folio-pdf-ua-alt-');
    await copyFile('test/fixtures/pdf-ua/chart.svg', path.join(folder, 'chart.svg'));
    const source = '---\ntitle: Images\n---\n\nA decoration:\n\n![](chart.svg)\n\nAn image:\n\n<img src="chart.svg">\n';
    await writeFile(path.join(folder, 'images.md'), source);
    const result = await build({ inputs: [path.join(folder, 'images.md')], outDir: path.join(folder, 'out'), formats: ['pdf'] });
    expect(result.messages.filter((message) => message.ruleId === 'pdf-ua-image-alt').map((message) => message.reason)).toEqual([
      expect.stringMatching(/^1 image has no text alternative, .* does not claim PDF\/UA-1/),
    ]);
    const images = await readPdfUa(path.join(folder, 'out/images.pdf'));
    expect(images.xmp?.properties['pdfuaid:part']).toBeUndefined();
    expect(images.problems).toEqual(['5: XMP has no pdfuaid:part 1', '7.3-1: Figure has no /Alt']);
  });
});
