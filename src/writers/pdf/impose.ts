import { PDFDocument, type PDFEmbeddedPage } from 'pdf-lib';

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
 * each scaled to fit its half and centred in it. Pure: bytes in, bytes out;
 * the result carries no dates or other metadata (the caller stamps them).
 */
export async function impose(bytes: Uint8Array, layout: Imposition, sheet: SheetSize): Promise<Uint8Array> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  const output = await PDFDocument.create({ updateMetadata: false });
  const embedded = await output.embedPages(source.getPages());
  for (const side of sheetSides(embedded.length, layout)) {
    const target = output.addPage([sheet.width, sheet.height]);
    side.forEach((index, slot) => {
      const page = index === undefined ? undefined : embedded[index];
      if (page) target.drawPage(page, placement(page, sheet, slot));
    });
  }
  return output.save();
}

/** Where a page goes in the left (`slot` 0) or right half of the sheet: scaled to fit, centred. */
function placement(page: PDFEmbeddedPage, sheet: SheetSize, slot: number): { x: number; y: number; xScale: number; yScale: number } {
  const half = sheet.width / 2;
  const scale = Math.min(half / page.width, sheet.height / page.height);
  const width = page.width * scale;
  const height = page.height * scale;
  return { x: slot * half + (half - width) / 2, y: (sheet.height - height) / 2, xScale: scale, yScale: scale };
}
