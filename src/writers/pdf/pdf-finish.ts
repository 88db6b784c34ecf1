import createDebug from 'debug';
import type { PDFDocument } from 'pdf-lib';
import type { PaperSize } from '../../config/print-settings.js';
import type { Rendered } from '../../pipeline/render.js';
import { marginsFor } from '../../theme/page-style.js';
import { impose, type SheetSize } from './impose.js';
import { shortenDestinationNames } from './pdf-destinations.js';
import { savePdf } from './pdf-document.js';
import { stampMetadata } from './pdf-metadata.js';
import { fixOutlineTitles, type Heading } from './pdf-outline.js';
import type { Box } from './ua/content-pass.js';
import { makeAccessible } from './ua/make-accessible.js';
import type { WriterOutput, WriterWarning } from '../writer.js';

const debug = createDebug('folio:pdf');

const pointsPerMillimetre = 72 / 25.4;

/**
 * Finish Chromium's PDF (as pdf-lib loaded it) in one pass: outline titles repaired,
 * destination names PDF can hold, the tags brought to PDF/UA-1
 * (`ua/make-accessible.ts`), metadata stamped; the file claims PDF/UA-1
 * only when every image has a text alternative. Then the handout the
 * layout asks for, as a variant (`booklet` or `2up`) on landscape sheets
 * (`printSettings.sheet`).
 */
export async function finishPdf(pdf: PDFDocument, document: Rendered, headings: readonly Heading[]): Promise<WriterOutput> {
  const { meta } = document.publication;
  const { paper } = document.printSettings;
  const started = performance.now();
  exactPaper(pdf, paper);
  fixOutlineTitles(pdf, headings);
  shortenDestinationNames(pdf);
  const loaded = performance.now();
  const report = makeAccessible(pdf, { contentBox: pageBody(paper) });
  const accessible = performance.now();
  const warnings = report && report.figuresWithoutAlt > 0 ? [imagesWithoutAlt(report.figuresWithoutAlt)] : [];
  stampMetadata(pdf, meta, { pdfUa: report !== undefined && warnings.length === 0 });
  const main = await savePdf(pdf, { updateFieldAppearances: false });
  debug(
    'finished %d pages: outline and paper %d ms, PDF/UA %d ms, save %d ms; %o',
    pdf.getPageCount(),
    ...[loaded - started, accessible - loaded, performance.now() - accessible].map(Math.round),
    report,
  );
  const { layout, sheet } = document.printSettings;
  if (layout === 'none') return { artifacts: [{ bytes: main }], warnings };
  // Imposed inside the finished document, the handout keeps its tags and its metadata.
  return { artifacts: [{ bytes: main }, { variant: layout, bytes: await impose(main, layout, landscapeSheet(sheet)) }], warnings };
}

/** PDF/UA-1 (7.3-1) wants a text alternative on every image that is not decoration: say which are missing. */
function imagesWithoutAlt(count: number): WriterWarning {
  const [images, show] = count === 1 ? ['1 image has', 'it shows'] : [`${count} images have`, 'they show'];
  return {
    reason:
      `${images} no text alternative, so a screen reader cannot say what ${show} and the PDF does not claim PDF/UA-1: ` +
      'describe each (`![what it shows](image.png)`, or `alt` on an HTML `img`), or mark decoration with `alt=""`',
    ruleId: 'pdf-ua-image-alt',
  };
}

/**
 * Each page's body, from the margins the print edition sets
 * (`page-style.ts`): what lies outside it is page furniture. Margins are
 * mirrored: the first page is a right-hand page (as CSS Paged Media has it
 * for left-to-right documents), its inside margin on the left; a left-hand
 * page has it on the right.
 */
function pageBody(paper: PaperSize): (pageIndex: number) => Box {
  const margins = marginsFor(paper);
  const [width, height] = [paper.width * pointsPerMillimetre, paper.height * pointsPerMillimetre];
  return (pageIndex) => {
    const rightHand = pageIndex % 2 === 0;
    const left = (rightHand ? margins.inside : margins.outside) * pointsPerMillimetre;
    const right = (rightHand ? margins.outside : margins.inside) * pointsPerMillimetre;
    return [left, margins.bottom * pointsPerMillimetre, width - right, height - margins.top * pointsPerMillimetre];
  };
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
