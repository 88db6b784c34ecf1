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
  fixOutlineTitles(pdf, headings);
  stampMetadata(pdf, meta);
  const main = await pdf.save({ updateFieldAppearances: false });
  const { layout, sheet } = document.printSettings;
  if (layout === 'none') return [{ bytes: main }];
  const handout = await impose(main, layout, landscapeSheet(sheet));
  return [{ bytes: main }, { variant: layout, bytes: await setPdfMetadata(handout, meta) }];
}

/** A paper turned landscape, in PDF points: the sheet two pages share. */
function landscapeSheet(paper: PaperSize): SheetSize {
  const long = Math.max(paper.width, paper.height) * pointsPerMillimetre;
  const short = Math.min(paper.width, paper.height) * pointsPerMillimetre;
  return { width: long, height: short };
}
