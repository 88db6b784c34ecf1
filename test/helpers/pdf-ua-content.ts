import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFDocument } from 'pdf-lib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a page draws, as a screen reader and a PDF/UA checker see it (read with pdf.js, independently of Folio's code). */
export interface PageContent {
  /** 1-based. */
  readonly page: number;
  /** Painting operators outside both tagged content and artifacts (ISO 14289-1 7.1-3), with their text if any. */
  readonly untagged: readonly string[];
  /** Artifacts nested in tagged content or the other way round (7.1-1, 7.1-2). */
  readonly nesting: readonly string[];
  /** Text inside artifacts, each run with its baseline (PDF points from the bottom). */
  readonly artifacts: readonly { readonly text: string; readonly y: number }[];
  /** Text inside tagged content, in drawing order. */
  readonly tagged: string;
  /** Pagination artifacts (`/Artifact <</Type /Pagination …>> BDC`) by subtype (`Header`, `Footer`, or `''`). */
  readonly pagination: Readonly<Record<string, number>>;
}

const paintingOperators = new Set<number>([
  ...[OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText],
  ...[OPS.fill, OPS.eoFill, OPS.stroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeStroke, OPS.closeFillStroke, OPS.closeEOFillStroke],
  ...[OPS.rawFillPath, OPS.shadingFill, OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject],
  ...[OPS.paintImageMaskXObjectGroup, OPS.paintInlineImageXObjectGroup, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat],
  OPS.paintSolidColorImageMask,
]);
const operatorNames = new Map<number, string>(Object.entries(OPS).map(([name, code]) => [code, name]));

/** Read every page's marked content with pdf.js: untagged painting, nesting, and the text of artifacts and of tagged content. */
export async function readContent(bytes: Uint8Array, pdf: PDFDocument): Promise<PageContent[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
  const pages: PageContent[] = [];
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const { fnArray, argsArray } = await page.getOperatorList();
      const untagged: string[] = [];
      const nesting: string[] = [];
      const stack: { artifact: boolean; tagged: boolean }[] = [];
      fnArray.forEach((code, index) => {
        const args: unknown[] = Array.isArray(argsArray[index]) ? (argsArray[index] as unknown[]) : [];
        if (code === OPS.beginMarkedContent || code === OPS.beginMarkedContentProps) {
          // pdf.js gives a BDC's tag as a string, a BMC's as its Name object.
          const tag = args[0] && typeof args[0] === 'object' && 'name' in args[0] ? args[0].name : args[0];
          const artifact = tag === 'Artifact';
          const tagged = typeof args[1] === 'number';
          if (artifact && stack.some((mark) => mark.tagged)) nesting.push('an artifact inside tagged content');
          if (tagged && stack.some((mark) => mark.artifact)) nesting.push(`MCID ${String(args[1])} inside an artifact`);
          stack.push({ artifact, tagged });
        } else if (code === OPS.endMarkedContent) stack.pop();
        else if (paints(code, args) && !stack.some((mark) => mark.artifact || mark.tagged)) untagged.push(describe(code, args));
      });
      const { artifacts, tagged } = await texts(page);
      pages.push({ page: number, untagged, nesting, artifacts, tagged, pagination: paginationMarks(pdf, number - 1) });
    }
  } finally {
    await document.destroy();
  }
  return pages;
}

/** Whether an operator of pdf.js's list puts marks on the page (a path ended with `n` does not). */
function paints(code: number, args: unknown[]): boolean {
  return paintingOperators.has(code) || (code === OPS.constructPath && args[0] !== OPS.endPath);
}

function describe(code: number, args: unknown[]): string {
  const glyphs = Array.isArray(args[0]) ? (args[0] as unknown[]) : [];
  const text = glyphs.map((glyph) => (glyph && typeof glyph === 'object' && 'unicode' in glyph ? String(glyph.unicode) : '')).join('');
  return `${operatorNames.get(code) ?? code}${text ? ` "${text}"` : ''}`;
}

/** The text of artifacts (with baselines) and of tagged content, from pdf.js's text content with its marked content. */
async function texts(page: { getTextContent(options: { includeMarkedContent: boolean }): Promise<{ items: unknown[] }> }): Promise<{
  artifacts: { text: string; y: number }[];
  tagged: string;
}> {
  const { items } = await page.getTextContent({ includeMarkedContent: true });
  const stack: { artifact: boolean; tagged: boolean }[] = [];
  const artifacts: { text: string; y: number }[] = [];
  let tagged = '';
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    if ('type' in item) {
      if (item.type === 'endMarkedContent') stack.pop();
      else stack.push({ artifact: 'tag' in item && item.tag === 'Artifact', tagged: 'id' in item && typeof item.id === 'string' });
      continue;
    }
    const text = 'str' in item ? String(item.str) : '';
    const y = 'transform' in item && Array.isArray(item.transform) ? Number(item.transform[5]) : Number.NaN;
    if (stack.some((mark) => mark.artifact)) {
      if (text.trim()) artifacts.push({ text, y });
    } else if (stack.some((mark) => mark.tagged)) tagged += text + ('hasEOL' in item && item.hasEOL ? '\n' : '');
  }
  return { artifacts, tagged };
}

/** Count the pagination artifacts of a page's content and of the forms it paints, by subtype, straight from the bytes. */
function paginationMarks(pdf: PDFDocument, index: number): Record<string, number> {
  const page = pdf.getPage(index).node;
  const streams = [page.get(PDFName.of('Contents'))].flatMap((value) => {
    const found = value instanceof PDFRef ? pdf.context.lookup(value) : value;
    return found instanceof PDFArray ? found.asArray().map((item) => pdf.context.lookup(item)) : [found];
  });
  const xobjects = page.Resources()?.lookup(PDFName.of('XObject'));
  if (xobjects instanceof PDFDict) for (const [, ref] of xobjects.entries()) streams.push(pdf.context.lookup(ref));
  const counts: Record<string, number> = {};
  for (const stream of streams) {
    if (
      !(stream instanceof PDFRawStream) ||
      (stream instanceof PDFStream && stream.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
    )
      continue;
    const text = new TextDecoder('latin1').decode(stream.dict.has(PDFName.of('Filter')) ? inflateSync(stream.contents) : stream.contents);
    for (const match of text.matchAll(/\/Artifact\s*<<([^>]*\/Type\s*\/Pagination[^>]*)>>\s*BDC/g)) {
      const subtype = /\/Subtype\s*\/(\w+)/.exec(match[1] ?? '')?.[1] ?? '';
      counts[subtype] = (counts[subtype] ?? 0) + 1;
    }
  }
  return counts;
}
