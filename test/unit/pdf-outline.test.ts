import { fromHtml } from 'hast-util-from-html';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fixOutlineTitles, headingPages, headingsOf, pairOutline } from '../../src/writers/pdf/pdf-outline.js';

const headings = headingsOf(
  fromHtml(
    [
      '<h1 id="t">العنوان الرئيسي للمقال</h1>',
      '<h2 id="a">مقدمة (طويلة) جدا</h2>',
      '<h2 id="empty"></h2>',
      '<h2 id="picture"><img src="x.png" alt="صورة"></h2>',
      '<div hidden><h2 id="hidden">مخفي</h2></div>',
      '<h2 id="aria" aria-hidden="true">مخفي</h2>',
      '<h2 id="presentation" role="presentation">ليس عنوانا</h2>',
      '<h3 id="b">Stem\nCells</h3>',
      '<h2 id="c">AA</h2>',
    ].join(''),
  ),
);

describe('headings of the printed document', () => {
  it('are listed in the outline only when Chromium gives them an entry: painted text, not hidden', () => {
    expect(headings.map((heading) => [heading.id, heading.listed])).toEqual([
      ['t', true],
      ['a', true],
      ['empty', false],
      ['picture', false],
      ['hidden', false],
      ['aria', false],
      ['presentation', false],
      ['b', true],
      ['c', true],
    ]);
    expect(headings[7]?.text).toBe('Stem Cells');
  });
});

describe('pairing outline entries with headings', () => {
  // Chromium 156's titles: words of right-to-left headings in painted order, brackets mirrored,
  // the space at a line break lost, a heading pushed to the next page repeated.
  const titles = ['للمقال الرئيسي العنوان', 'جدا )طويلة( مقدمة', 'StemCells', 'AAAA'];

  it('goes by position, one entry per listed heading, whatever the titles say', () => {
    expect(pairOutline(titles, headings).map((heading) => heading?.id)).toEqual(['t', 'a', 'b', 'c']);
    expect(pairOutline(['x', 'y', 'z', 'w'], headings).map((heading) => heading?.id)).toEqual(['t', 'a', 'b', 'c']);
  });

  it('keeps order and resyncs on the characters when Chromium lists more or fewer headings than expected', () => {
    // The second heading unlisted against expectation, an entry for the hidden one, an entry of no heading.
    expect(pairOutline(['للمقال الرئيسي العنوان', 'مخفي', 'StemCells', '???', 'AA'], headings).map((heading) => heading?.id)).toEqual([
      't',
      'hidden',
      'b',
      undefined,
      'c',
    ]);
  });

  it("gives each entry its heading's text and each heading with an id its page", async () => {
    const pdf = await PDFDocument.create();
    const pages = [pdf.addPage(), pdf.addPage()];
    const root = pdf.context.obj({ Type: 'Outlines' });
    const rootRef = pdf.context.register(root);
    const refs = titles.map(() => pdf.context.nextRef());
    titles.forEach((title, index) => {
      const page = pages[index < 2 ? 0 : 1]!;
      const entry = pdf.context.obj({ Parent: rootRef, Dest: [page.ref, 'XYZ', 0, 0, 0] });
      entry.set(PDFName.of('Title'), index % 2 ? PDFString.of(title) : PDFHexString.fromText(title));
      if (index > 0) entry.set(PDFName.of('Prev'), refs[index - 1]!);
      if (index < titles.length - 1) entry.set(PDFName.of('Next'), refs[index + 1]!);
      pdf.context.assign(refs[index]!, entry);
    });
    root.set(PDFName.of('First'), refs[0]!);
    root.set(PDFName.of('Last'), refs.at(-1)!);
    pdf.catalog.set(PDFName.of('Outlines'), rootRef);
    expect(Object.fromEntries(headingPages(pdf, headings))).toEqual({ t: 1, a: 1, b: 2, c: 2 });
    fixOutlineTitles(pdf, headings);
    const reread = await PDFDocument.load(await pdf.save());
    expect(titlesOf(reread)).toEqual(['العنوان الرئيسي للمقال', 'مقدمة (طويلة) جدا', 'Stem Cells', 'AA']);
  });
});

/** The titles of a flat outline, in order. */
function titlesOf(pdf: PDFDocument): string[] {
  const titles: string[] = [];
  let ref = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('First'));
  while (ref instanceof PDFRef) {
    const entry = pdf.context.lookup(ref, PDFDict);
    const title = entry.lookup(PDFName.of('Title'));
    titles.push(title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '');
    ref = entry.get(PDFName.of('Next'));
  }
  return titles;
}
