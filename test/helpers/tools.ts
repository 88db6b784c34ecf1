import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

/**
 * `pdftotext` (poppler) of a PDF, in reading order; with `raw`, in the order
 * the PDF draws its text (which keeps a line of text whole where inline
 * maths, a fraction, makes the layout reading interleave two lines).
 */
export async function pdfText(file: string, options: { raw?: boolean } = {}): Promise<string> {
  return (await run('pdftotext', ['-enc', 'UTF-8', ...(options.raw ? ['-raw'] : []), file, '-'], { maxBuffer: 64 << 20 })).stdout;
}

/** The text of one page (1-based); with `layout`, each line as it stands on the page (a right-to-left line's parts too). */
export async function pdfPageText(file: string, page: number, options: { layout?: boolean } = {}): Promise<string> {
  const layout = options.layout ? ['-layout'] : [];
  return (await run('pdftotext', ['-enc', 'UTF-8', ...layout, '-f', String(page), '-l', String(page), file, '-'])).stdout;
}

/** The images a PDF draws (`pdfimages -list`, poppler): page and pixel size of each. */
export async function pdfImages(file: string): Promise<{ page: number; width: number; height: number }[]> {
  const { stdout } = await run('pdfimages', ['-list', file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [page = '0', , , width = '0', height = '0'] = line.trim().split(/\s+/);
      return { page: Number(page), width: Number(width), height: Number(height) };
    });
}

/** `pdfinfo` fields by name. */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', ['-isodates', file]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

/** The size of a PDF's first page in points, from `pdfinfo`. */
export async function pdfPageSize(file: string): Promise<{ width: number; height: number }> {
  const [width = Number.NaN, height = Number.NaN] =
    /^([\d.]+) x ([\d.]+) pts/
      .exec((await pdfInfo(file))['Page size'] ?? '')
      ?.slice(1)
      .map(Number) ?? [];
  return { width, height };
}

/** A paper in millimetres as PDF points, which a page size should match to 0.1 pt. */
export function paperPoints(widthMm: number, heightMm: number): { width: number; height: number } {
  return { width: (widthMm * 72) / 25.4, height: (heightMm * 72) / 25.4 };
}

/** `pdffonts` rows: font name, type (`CID TrueType`, `Type 3`...), whether embedded, whether subset. */
export async function pdfFonts(file: string): Promise<{ name: string; type: string; embedded: boolean; subset: boolean }[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type... encoding emb sub uni object ID: the flags are the 5th, 4th and 3rd from the end.
      // The type may be two words; the encoding, one, comes after it.
      const type = columns.slice(1, -6).join(' ');
      return { name: columns[0] ?? '', type, embedded: columns.at(-5) === 'yes', subset: columns.at(-4) === 'yes' };
    });
}

/** Open an EPUB (zip) for inspection. */
export async function openEpub(file: string): Promise<JSZip> {
  return JSZip.loadAsync(await readFile(file));
}

/**
 * How each entry of a zip is stored, read from its central directory:
 * `stored` (method 0) or `deflated` (method 8), by entry name.
 */
export function zipMethods(bytes: Buffer): Map<string, 'stored' | 'deflated' | number> {
  const methods = new Map<string, 'stored' | 'deflated' | number>();
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  for (let count = bytes.readUInt16LE(end + 10); count > 0; count -= 1) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`no central directory entry at ${at}`);
    const method = bytes.readUInt16LE(at + 10);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    methods.set(name, method === 0 ? 'stored' : method === 8 ? 'deflated' : method);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return methods;
}

/**
 * The first entry of a zip as its local header gives it: its name, how it
 * is stored, and its bytes as text (meaningful when stored). An EPUB must
 * start with `mimetype`, stored, holding `application/epub+zip`.
 */
export function firstZipEntry(bytes: Buffer): { name: string; method: 'stored' | 'deflated' | number; text: string } {
  if (bytes.readUInt32LE(0) !== 0x04034b50) throw new Error('no zip local header at the start');
  const method = bytes.readUInt16LE(8);
  const nameEnd = 30 + bytes.readUInt16LE(26);
  const dataStart = nameEnd + bytes.readUInt16LE(28);
  return {
    name: bytes.subarray(30, nameEnd).toString('utf8'),
    method: method === 0 ? 'stored' : method === 8 ? 'deflated' : method,
    text: bytes.subarray(dataStart, dataStart + bytes.readUInt32LE(18)).toString('latin1'),
  };
}

/** Text of an entry of a zip. */
export async function entryText(zip: JSZip, name: string): Promise<string> {
  const entry = zip.file(name);
  if (!entry) throw new Error(`no ${name} in the EPUB (has ${Object.keys(zip.files).join(', ')})`);
  return entry.async('string');
}

/** What poppler complains of while reading a PDF's pages, links and outline (`pdfinfo -dests`): its error and warning lines. */
export async function pdfComplaints(file: string): Promise<string[]> {
  const { stderr } = await run('pdfinfo', ['-dests', file], { maxBuffer: 64 << 20 });
  return stderr.split('\n').filter((line) => line.trim() !== '');
}

/** A PDF's outline (bookmarks) as nested titles, in document order. */
export interface OutlineNode {
  readonly title: string;
  readonly children: OutlineNode[];
}

/** Read the outline of a PDF with pdf-lib. */
export async function pdfOutline(file: string): Promise<OutlineNode[]> {
  const { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } = await import('pdf-lib');
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const walk = (first: unknown): OutlineNode[] => {
    const nodes: OutlineNode[] = [];
    for (let ref = first; ref instanceof PDFRef;) {
      const dict = doc.context.lookup(ref, PDFDict);
      const title = dict.lookup(PDFName.of('Title'));
      const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '';
      nodes.push({ title: text, children: walk(dict.get(PDFName.of('First'))) });
      ref = dict.get(PDFName.of('Next'));
    }
    return nodes;
  };
  return walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.get(PDFName.of('First')));
}

/** A link annotation of a PDF: where it sits and where it leads. */
export interface PdfLink {
  /** The page it is on (1-based). */
  readonly page: number;
  /** For a link within the document: the named destination, and the page (1-based) it resolves to. */
  readonly dest?: string;
  readonly destPage?: number;
  /** For a link out of the document: its address. */
  readonly uri?: string;
}

/** The link annotations of a PDF, page by page, read with pdf-lib: named destinations (as Chromium writes them) resolved through the catalog's `Dests`. */
export async function pdfLinks(file: string): Promise<PdfLink[]> {
  const { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } = await import('pdf-lib');
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const pages = doc.getPages().map((page) => page.ref);
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const pageOf = (name: string): number | undefined => {
    const target = dests?.lookup(PDFName.of(name));
    const array = target instanceof PDFDict ? target.lookup(PDFName.of('D')) : target;
    const ref = array instanceof PDFArray ? array.get(0) : undefined;
    return ref instanceof PDFRef ? pages.findIndex((page) => page === ref) + 1 : undefined;
  };
  const text = (value: unknown): string | undefined =>
    value instanceof PDFName
      ? value.decodeText()
      : value instanceof PDFString || value instanceof PDFHexString
        ? value.decodeText()
        : undefined;
  return doc.getPages().flatMap((page, index) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return (annots?.asArray() ?? [])
      .map((ref) => doc.context.lookup(ref, PDFDict))
      .filter((annot) => annot.get(PDFName.of('Subtype')) === PDFName.of('Link'))
      .map((annot): PdfLink => {
        const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
        const uri = text(action?.lookup(PDFName.of('URI')));
        const dest = text(annot.lookup(PDFName.of('Dest')) ?? action?.lookup(PDFName.of('D')));
        const destPage = dest === undefined ? undefined : pageOf(dest);
        return {
          page: index + 1,
          ...(dest !== undefined && { dest }),
          ...(destPage !== undefined && { destPage }),
          ...(uri !== undefined && { uri }),
        };
      });
  });
}

/**
 * The horizontal rules each page of a PDF draws, counted on the page as
 * printed (`pdftoppm`, grey, 150 dpi): a rule is a row of pixels holding an
 * unbroken run of ink at least 80 % as long as the longest run on any page
 * (a rule across the column; no line of text is unbroken for that long),
 * adjacent rows counting as one rule.
 */
export async function pdfHorizontalRules(file: string): Promise<number[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-raster-'));
  try {
    await run('pdftoppm', ['-r', '150', '-gray', file, path.join(dir, 'page')]);
    const names = (await readdir(dir)).sort((a, b) => pageNumber(a) - pageNumber(b));
    const pages = await Promise.all(names.map(async (name) => longestRuns(await readFile(path.join(dir, name)))));
    const longest = Math.max(...pages.flat());
    return pages.map((rows) => rows.filter((run, y) => run >= 0.8 * longest && (rows[y - 1] ?? 0) < 0.8 * longest).length);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const pageNumber = (name: string): number => Number(/-(\d+)\.pgm$/.exec(name)?.[1]);

/** For each row of a binary greymap (PGM `P5`, 8-bit), the longest run of pixels darker than near-white. */
function longestRuns(pgm: Buffer): number[] {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 64));
  if (!header) throw new Error('not an 8-bit PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  return Array.from({ length: height }, (_, y) => {
    let longest = 0;
    let current = 0;
    for (let x = 0; x < width; x += 1) {
      current = (pixels[y * width + x] ?? 255) < 235 ? current + 1 : 0;
      longest = Math.max(longest, current);
    }
    return longest;
  });
}
