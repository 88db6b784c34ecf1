import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { qpdfCheck, readPdfUa, type PdfUa } from '../helpers/pdf-ua.js';
import { tempFolder } from '../helpers/temp-folder.js';

// The sample article, as written (no author), built once with a booklet.
let dir: string;
let article: PdfUa;

beforeAll(async () => {
  dir = await tempFolder('folio-pdf-ua-article-');
  const result = await build({
    inputs: ['content/article.md'],
    outDir: dir,
    formats: ['pdf'],
    sourceDateEpoch: 1_700_000_000,
    printOverrides: { layout: 'booklet' },
  });
  expect(result.outputs.map((output) => output.error?.message)).toEqual([undefined, undefined]);
  article = await readPdfUa(path.join(dir, 'article.pdf'));
});

describe('the PDF of the article', () => {
  it('has nothing a PDF/UA-1 machine check reports, and qpdf finds it clean', async () => {
    expect(article.problems).toEqual([]);
    expect(await qpdfCheck(path.join(dir, 'article.pdf'))).toBe('clean');
  });

  it('has its title, description and subjects in XMP, and no author, since it names none', async () => {
    const title = /^title: (.+)$/m.exec(await readFile('content/article.md', 'utf8'))?.[1];
    expect(article.xmp?.properties['dc:title']).toBe(title);
    expect(article.xmp?.properties['dc:description']).toMatch(/^Scientists at Nanjing Medical University have made/);
    expect(article.xmp?.properties['dc:subject']).toContain('stem cells');
    expect(article.xmp?.properties['dc:creator']).toBeUndefined();
    expect(article.info['Author']).toBeUndefined();
  });

  it('reads its running header and page numbers as pagination artifacts, on every page, and not as text', () => {
    const title = String(article.xmp?.properties['dc:title']);
    for (const page of article.pages) {
      const furniture = page.artifacts.map((artifact) => artifact.text).join(' ');
      const folio = `${page.page} of ${article.pages.length}`;
      expect(furniture, `page ${page.page}`).toContain(folio);
      expect(page.tagged, `page ${page.page}`).not.toContain(folio);
      // The title block heads page 1: the running header starts on page 2.
      if (page.page > 1) {
        expect(furniture, `page ${page.page}`).toContain(title);
        expect(page.tagged, `page ${page.page}`).not.toContain(title);
      }
      expect(page.pagination, `page ${page.page}`).toEqual(page.page === 1 ? { Footer: 1 } : { Header: 1, Footer: 1 });
    }
  });
});

describe('its booklet', () => {
  it('is tagged too: its pages, reordered on the sheets, read in the order of the text', async () => {
    const booklet = await readPdfUa(path.join(dir, 'article.booklet.pdf'));
    expect(booklet.problems).toEqual([]);
    expect(await qpdfCheck(path.join(dir, 'article.booklet.pdf'))).toBe('clean');
    expect(booklet.structure.elements.map((element) => element.role)).toEqual(article.structure.elements.map((element) => element.role));
    expect(booklet.xmp?.properties).toEqual(article.xmp?.properties);
  });
});
