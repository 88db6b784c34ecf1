import { PDFDocument, PDFRawStream, PDFRef, type PDFPage } from 'pdf-lib';
import { compress, pageContent } from './ua/content-streams.js';
import { itemsOf, pdfName } from './ua/pdf-values.js';
import { loadPdf, savePdf } from './pdf-document.js';
import { moveToSheets, type Placement } from './handout-tags.js';

/** A handout imposition. */
export type Imposition = '2up' | 'booklet';

/** A sheet side in PDF points. */
export interface SheetSize {
  readonly width: number;
  readonly height: number;
}

/** Pages on each sheet side, left then right: 0-based page indices, `undefined` for a blank. */
export type SheetSides = readonly (readonly [number | undefined, number | undefined])[];

/**
 * Which page goes where. `2up`: pages in reading order, two a side.
 * `booklet` (saddle stitch): padded with blanks to a multiple of 4, each sheet
 * carries, front then back, [last, first] and [second, second to last] of
 * what is left, so a duplex print folded in half reads in order; for 6 pages:
 * 8,1 / 2,7 / 6,3 / 4,5 (7 and 8 blank).
 */
export function sheetSides(pageCount: number, layout: Imposition): SheetSides {
  const page = (index: number): number | undefined => (index < pageCount ? index : undefined);
  const sides: [number | undefined, number | undefined][] = [];
  if (layout === '2up') {
    for (let index = 0; index < pageCount; index += 2) sides.push([page(index), page(index + 1)]);
    return sides;
  }
  const padded = Math.max(4, Math.ceil(pageCount / 4) * 4);
  for (let sheet = 0; sheet < padded / 4; sheet++) {
    sides.push([page(padded - 1 - 2 * sheet), page(2 * sheet)]);
    sides.push([page(2 * sheet + 1), page(padded - 2 - 2 * sheet)]);
  }
  return sides;
}

/**
 * Impose a PDF for handouts: two pages side by side on each `sheet` side,
 * each scaled to fit its half and centred in it. The imposition happens
 * inside the document, so nothing of it is lost: each page becomes a form
 * XObject on its sheet that keeps its marked content, and the structure
 * tree, the link annotations, the destinations and the outline follow the
 * pages to their sheets (`handout-tags.ts`). A tagged PDF stays tagged, in
 * reading order whatever the order of the sheets. Pure: bytes in, bytes
 * out; the metadata is the source's (the caller stamps it again).
 */
export async function impose(bytes: Uint8Array, layout: Imposition, sheet: SheetSize): Promise<Uint8Array> {
  const pdf = await loadPdf(bytes);
  const pages = pdf.getPages();
  const placements = new Map<string, Placement>();
  for (const side of sheetSides(pages.length, layout)) {
    const target = pdf.addPage([sheet.width, sheet.height]);
    const drawn: string[] = [];
    const xobjects: Record<string, PDFRef> = {};
    side.forEach((index, slot) => {
      const page = index === undefined ? undefined : pages[index];
      if (!page) return;
      const form = pageForm(pdf, page);
      const matrix = placement(page, sheet, slot);
      xobjects[`Page${slot}`] = form;
      drawn.push(`q ${matrix.map(format).join(' ')} cm /Page${slot} Do Q`);
      placements.set(String(page.ref), { sheet: target.ref, form, matrix });
    });
    target.node.set(pdfName('Resources'), pdf.context.obj({ XObject: xobjects }));
    target.node.set(
      pdfName('Contents'),
      pdf.context.register(pdf.context.stream(compress(new TextEncoder().encode(drawn.join('\n'))), { Filter: 'FlateDecode' })),
    );
  }
  moveToSheets(pdf, placements);
  for (let index = pages.length - 1; index >= 0; index--) pdf.removePage(index);
  for (const page of pages) {
    for (const content of itemsOf(pdf.context, page.node.get(pdfName('Contents'))))
      if (content instanceof PDFRef) pdf.context.delete(content);
    pdf.context.delete(page.ref);
  }
  return savePdf(pdf, { updateFieldAppearances: false });
}

/** A page as a form XObject: its content (reused as compressed), resources, box and `/StructParents`, so its marked content keeps its owners. */
function pageForm(pdf: PDFDocument, page: PDFPage): PDFRef {
  const { context } = pdf;
  const { x, y, width, height } = page.getMediaBox();
  const contents = itemsOf(context, page.node.get(pdfName('Contents')));
  const only = contents.length === 1 ? context.lookup(contents[0]) : undefined;
  const reused = only instanceof PDFRawStream && !only.dict.has(pdfName('DecodeParms')) ? only : undefined;
  const form = context.stream(reused?.contents ?? compress(pageContent(context, page.node)), {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [x, y, x + width, y + height],
    Resources: page.node.Resources(),
    Filter: reused?.dict.get(pdfName('Filter')) ?? pdfName('FlateDecode'),
    StructParents: page.node.get(pdfName('StructParents')),
    Group: page.node.get(pdfName('Group')),
  });
  return context.register(form);
}

/** Where a page goes in the left (`slot` 0) or right half of the sheet: scaled to fit, centred, as a matrix. */
function placement(page: PDFPage, sheet: SheetSize, slot: number): [number, number, number, number, number, number] {
  const { x, y, width, height } = page.getMediaBox();
  const half = sheet.width / 2;
  const scale = Math.min(half / width, sheet.height / height);
  const left = slot * half + (half - width * scale) / 2;
  const bottom = (sheet.height - height * scale) / 2;
  return [scale, 0, 0, scale, left - x * scale, bottom - y * scale];
}

/** A number for a content stream: no exponent, a few decimals. */
function format(value: number): string {
  return String(Math.round(value * 1e5) / 1e5);
}
