import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { impose, sheetSides } from '../../src/writers/pdf/impose.js';

/** 1-based page numbers per sheet side, `-` for a blank. */
function order(pages: number, layout: '2up' | 'booklet'): string[] {
  return sheetSides(pages, layout).map((side) => side.map((page) => (page === undefined ? '-' : String(page + 1))).join(','));
}

describe('imposition', () => {
  it('orders a 6-page booklet 8,1 / 2,7 / 6,3 / 4,5 with pages 7 and 8 blank', () => {
    expect(order(6, 'booklet')).toEqual(['-,1', '2,-', '6,3', '4,5']);
  });

  it('pads a booklet to a multiple of 4 and keeps 8 pages on 2 sheets', () => {
    expect(order(8, 'booklet')).toEqual(['8,1', '2,7', '6,3', '4,5']);
    expect(order(1, 'booklet')).toEqual(['-,1', '-,-']);
    expect(order(9, 'booklet')).toHaveLength(6);
  });

  it('puts two pages a side in reading order for 2up, the last one alone when odd', () => {
    expect(order(5, '2up')).toEqual(['1,2', '3,4', '5,-']);
  });

  it('writes one landscape sheet side per pair, with the pages drawn on it', async () => {
    const source = await PDFDocument.create();
    const font = await source.embedFont(StandardFonts.Helvetica);
    for (let page = 1; page <= 6; page++) source.addPage([420, 595]).drawText(`page ${page}`, { x: 50, y: 500, font });
    const imposed = await PDFDocument.load(await impose(await source.save(), 'booklet', { width: 595, height: 420 }));
    expect(imposed.getPageCount()).toBe(4);
    expect(imposed.getPages().map((page) => [page.getWidth(), page.getHeight()])).toEqual(Array(4).fill([595, 420]));
  });
});
