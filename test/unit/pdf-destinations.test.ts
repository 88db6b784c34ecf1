import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { destinationPages } from '../../src/writers/pdf/pdf-destinations.js';

describe('the pages of named destinations', () => {
  it('gives each id the 1-based page its destination leads to, percent-encoded names decoded', async () => {
    const pdf = await PDFDocument.create();
    const pages = [pdf.addPage(), pdf.addPage(), pdf.addPage()];
    const dests = pdf.context.obj({});
    const to = (page: number): ReturnType<typeof pdf.context.obj> => pdf.context.obj([pages[page]!.ref, 'XYZ', 0, 800, 0]);
    // As Chromium 156 names them: the id percent-encoded, then escaped as a PDF name.
    dests.set(PDFName.of('harbour'), to(0));
    dests.set(PDFName.of(encodeURIComponent('مقدمة')), to(1));
    dests.set(PDFName.of(encodeURIComponent('見出し')), pdf.context.register(to(2)));
    // A destination given as a dictionary with `/D`, as PDF also allows.
    dests.set(PDFName.of('tides'), pdf.context.obj({ D: to(1) }));
    // An id that only looks percent-encoded keeps its own page; one that is not valid encoding stays as written.
    dests.set(PDFName.of('a%41'), to(2));
    dests.set(PDFName.of('aA'), to(0));
    dests.set(PDFName.of('100%'), to(1));
    pdf.catalog.set(PDFName.of('Dests'), pdf.context.register(dests));
    const reread = await PDFDocument.load(await pdf.save());
    expect(Object.fromEntries(destinationPages(reread))).toEqual({
      harbour: 1,
      [encodeURIComponent('مقدمة')]: 2,
      مقدمة: 2,
      [encodeURIComponent('見出し')]: 3,
      見出し: 3,
      tides: 2,
      'a%41': 3,
      aA: 1,
      '100%': 2,
    });
  });

  it('gives nothing for a PDF with no named destinations', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    expect(destinationPages(pdf).size).toBe(0);
  });
});
