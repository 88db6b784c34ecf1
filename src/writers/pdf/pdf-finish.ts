import { PDFDocument } from 'pdf-lib';
import type { PaperSize } from '../../config/print-settings.js';
import type { Rendered } from '../../pipeline/render.js';
import { impose, type SheetSize } from './impose.js';
import { stampMetadata, setPdfMetadata } from './pdf-metadata.js';
import { fixOutlineTitles, type Heading } from './pdf-outline.js';
import type { Artifact } from '../writer.js';

const pointsPerMillimetre = 72 / 25.4;

/**
 * Finish Chromium's PDF in one pdf-lib pass: outline titles repaired,
 * metadata stamped. Then the handout the layout asks for, as a variant
 * (`booklet` or `2up`) on landscape sheets (`printSettings.sheet`).
 */
export async function finishPdf(bytes: Uint8Array, document: Rendered, headings: readonly Heading[]): Promise<Artifact[]> {
  const { meta } = document.publication;
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  exactPaper(pdf, document.printSettings.paper);
  fixOutlineTitles(pdf, headings);
  stampMetadata(pdf, meta);
  const main = await pdf.save({ updateFieldAppearances: false });
  const { layout, sheet } = document.printSettings;
  if (layout === 'none') return [{ bytes: main }];
  const handout = await impose(main, layout, landscapeSheet(sheet));
  return [{ bytes: main }, { variant: layout, bytes: await setPdfMetadata(handout, meta) }];
}

/**
 * Every page at the paper's exact size: Chromium rounds the `@page` size to
 * whole device pixels (A4 comes out 594.96 × 841.92 pt, not 595.28 ×
 * 841.89), which print shops' preflight and duplex printers notice. The
 * content stays as printed: it moves by the rounding, a few hundredths of a
 * point.
 */
function exactPaper(pdf: PDFDocument, paper: PaperSize): void {
  const width = paper.width * pointsPerMillimetre;
  const height = paper.height * pointsPerMillimetre;
  for (const page of pdf.getPages()) {
    page.setMediaBox(0, 0, width, height);
    page.setCropBox(0, 0, width, height);
  }
}

/** A paper turned landscape, in PDF points: the sheet two pages share. */
function landscapeSheet(paper: PaperSize): SheetSize {
  const long = Math.max(paper.width, paper.height) * pointsPerMillimetre;
  const short = Math.min(paper.width, paper.height) * pointsPerMillimetre;
  return { width: long, height: short };
}
