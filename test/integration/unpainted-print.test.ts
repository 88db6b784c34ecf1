import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Browser, type Site } from '../../src/browser/browser.js';
import { destinationPages } from '../../src/writers/pdf/pdf-destinations.js';
import { loadPdf } from '../../src/writers/pdf/pdf-document.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { pdfText } from '../helpers/tools.js';

const encoder = new TextEncoder();

/** Eight sections of uneven length, an image, a table and a contents list linking to each. */
function book(): string {
  const sections = Array.from({ length: 8 }, (_, index) => {
    const paragraphs = Array.from(
      { length: 3 + ((index * 5) % 9) },
      (_, n) => `<p>Section ${index + 1}, paragraph ${n + 1}. ${'Words fill the line and wrap. '.repeat(12)}</p>`,
    );
    const extra =
      index === 3
        ? '<svg width="300" height="400" style="display:block"><rect width="300" height="400"/></svg><table><tr><td>cell</td></tr></table>'
        : '';
    return `<h2 id="s${index + 1}">Heading ${index + 1}</h2>${extra}${paragraphs.join('')}`;
  });
  const toc = Array.from({ length: 8 }, (_, index) => `<li><a href="#s${index + 1}">Heading ${index + 1}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><title>Book</title><style>@page { size: A5; margin: 20mm; @bottom-center { content: counter(page); } } h2 { break-before: auto; }</style></head><body><ol class="toc">${toc}</ol>${sections.join('')}</body></html>`;
}

describe('an unpainted print', () => {
  it('falls into the same pages as the painted one, with no text, and leaves the page painted afterwards', async () => {
    const site: Site = {
      origin: 'https://folio.invalid',
      serve: (url) => (url.pathname === '/book.html' ? { bytes: encoder.encode(book()), type: 'text/html' } : undefined),
    };
    await using browser = await Browser.launch();
    await using page = await browser.newPage(site);
    await page.open('https://folio.invalid/book.html');
    const painted = await page.pdf({ tagged: false, outline: false });
    const unpainted = await page.pdf({ tagged: false, outline: false, unpainted: true });
    const again = await page.pdf({ tagged: false, outline: false });

    const [paintedPdf, unpaintedPdf] = await Promise.all([loadPdf(painted), loadPdf(unpainted)]);
    expect(paintedPdf.getPageCount()).toBeGreaterThan(4);
    expect(unpaintedPdf.getPageCount()).toBe(paintedPdf.getPageCount());
    const pages = destinationPages(paintedPdf);
    expect([...pages.keys()].sort()).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']);
    expect(new Set(pages.values()).size).toBeGreaterThan(2);
    expect(destinationPages(unpaintedPdf)).toEqual(pages);

    const folder = await tempFolder('folio-unpainted-');
    const text = async (bytes: Uint8Array, name: string): Promise<string> => {
      const file = path.join(folder, name);
      await writeFile(file, bytes);
      return pdfText(file);
    };
    // The page numbers are the page's margin boxes, not the document: they are there either way.
    expect(await text(unpainted, 'unpainted.pdf')).not.toMatch(/Heading|paragraph/);
    const paintedText = await text(painted, 'painted.pdf');
    expect(paintedText).toMatch(/Heading 8/);
    expect(await text(again, 'again.pdf')).toBe(paintedText);
  });
});
