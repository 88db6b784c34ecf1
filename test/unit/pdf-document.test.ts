import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadPdf, savePdf } from '../../src/writers/pdf/pdf-document.js';

/** A PDF of `pages` pages with text and links: thousands of objects, so pdf-lib's default pace yields many times. */
async function manyObjects(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let index = 1; index <= pages; index++) {
    const page = pdf.addPage([420, 595]);
    for (let line = 0; line < 5; line++) page.drawText(`page ${index}, line ${line}`, { x: 50, y: 500 - line * 20, font });
    page.node.set(pdf.context.obj('Dummy'), pdf.context.register(pdf.context.obj({ Index: index })));
  }
  return pdf.save();
}

describe('loading and saving a PDF in one go (issue 13)', () => {
  it('gives the same bytes as pdf-lib at its default pace, with and without object streams', async () => {
    const bytes = await manyObjects(400);
    for (const useObjectStreams of [true, false]) {
      const slow = await (
        await PDFDocument.load(bytes, { updateMetadata: false })
      ).save({ updateFieldAppearances: false, useObjectStreams });
      const fast = await savePdf(await loadPdf(bytes), { updateFieldAppearances: false, useObjectStreams });
      expect(fast.length).toBeGreaterThan(10_000);
      expect(Buffer.from(fast).equals(Buffer.from(slow))).toBe(true);
    }
  });

  it('keeps every page and the document information as they were', async () => {
    const source = await PDFDocument.load(await manyObjects(3));
    source.setTitle('A title');
    const loaded = await loadPdf(await savePdf(source));
    expect(loaded.getPageCount()).toBe(3);
    expect(loaded.getTitle()).toBe('A title');
  });
});
