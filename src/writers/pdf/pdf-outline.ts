import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';
import { visit } from 'unist-util-visit';

/** One heading of the printed document, in document order. */
export interface Heading {
  readonly id: string | undefined;
  /** Its text as a reader sees it: white space collapsed, no soft hyphens. */
  readonly text: string;
}

/** The `h1`–`h6` of a document, in the order Chromium's outline lists them. */
export function headingsOf(tree: Root): Heading[] {
  const headings: Heading[] = [];
  visit(tree, 'element', (node: Element) => {
    if (!/^h[1-6]$/.test(node.tagName)) return;
    const id = node.properties['id'];
    headings.push({
      id: typeof id === 'string' ? id : undefined,
      text: toString(node)
        .replace(/\u00AD/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    });
  });
  return headings;
}

/** One entry of a PDF's outline (bookmarks), in pre-order. */
interface OutlineEntry {
  readonly dict: PDFDict;
  readonly title: string;
  /** 0-based page the entry points at, when it points at one. */
  readonly page: number | undefined;
}

/** Every outline entry of the PDF, depth first, which is document order. */
function outlineEntries(pdf: PDFDocument): OutlineEntry[] {
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const pages = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index]));
  const entries: OutlineEntry[] = [];
  const walk = (first: unknown, depth: number): void => {
    // A malformed outline could loop; a document has far fewer levels than this.
    for (let ref = first, seen = 0; ref instanceof PDFRef && seen < 100_000 && depth < 64; seen++) {
      const dict = pdf.context.lookup(ref, PDFDict);
      const text = dict.lookup(PDFName.of('Title'));
      const title = text instanceof PDFString || text instanceof PDFHexString ? text.decodeText() : '';
      const dest = dict.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const page = dest ? pages.get(String(dest.get(0))) : undefined;
      entries.push({ dict, title, page });
      walk(dict.get(PDFName.of('First')), depth + 1);
      ref = dict.get(PDFName.of('Next'));
    }
  };
  walk(outlines?.get(PDFName.of('First')), 0);
  return entries;
}

/**
 * The 1-based page each heading with an id starts on, read from the outline
 * Chromium writes (one entry per heading, in document order).
 */
export function headingPages(pdf: PDFDocument, headings: readonly Heading[]): Map<string, number> {
  const pages = new Map<string, number>();
  matchOutline(pdf, headings, (entry, heading) => {
    if (heading.id !== undefined && entry.page !== undefined) pages.set(heading.id, entry.page + 1);
  });
  return pages;
}

/**
 * Give each outline entry its heading's text. Chromium 156 drops the space
 * where a heading wraps to a new line ("Stem\nCells" becomes "StemCells"),
 * and repeats the text of a heading pushed to the next page ("AA"), so
 * entries whose text equals a heading's (or repeats it) but for white space
 * get the heading's text.
 */
export function fixOutlineTitles(pdf: PDFDocument, headings: readonly Heading[]): void {
  matchOutline(pdf, headings, (entry, heading) => {
    if (entry.title !== heading.text) entry.dict.set(PDFName.of('Title'), PDFHexString.fromText(heading.text));
  });
}

/** Pair outline entries with headings in order, by their text without white space; unmatched ones are skipped. */
function matchOutline(pdf: PDFDocument, headings: readonly Heading[], pair: (entry: OutlineEntry, heading: Heading) => void): void {
  const squash = (text: string): string => text.replace(/[\s\u00AD]+/g, '');
  const matches = (title: string, heading: string): boolean =>
    heading !== '' && title.length % heading.length === 0 && heading.repeat(title.length / heading.length) === title;
  let next = 0;
  for (const entry of outlineEntries(pdf)) {
    const title = squash(entry.title);
    const at = headings.findIndex((heading, index) => index >= next && matches(title, squash(heading.text)));
    const heading = headings[at];
    if (heading === undefined) continue;
    pair(entry, heading);
    next = at + 1;
  }
}
