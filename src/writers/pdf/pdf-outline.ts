import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';

/** One heading of the printed document, in document order. */
export interface Heading {
  readonly id: string | undefined;
  /** Its text as a reader sees it: white space collapsed, no soft hyphens. */
  readonly text: string;
  /**
   * Whether Chromium gives it an outline entry: it does for a heading that
   * paints text, and not for an empty one, one of only white space or
   * images, or one hidden (`hidden`, `aria-hidden`) or made no heading
   * (`role="presentation"`), as Chromium 156 was seen to do.
   */
  readonly listed: boolean;
}

/** The `h1`–`h6` of a document, in document order: the order of Chromium's outline. */
export function headingsOf(tree: Root): Heading[] {
  const headings: Heading[] = [];
  const walk = (nodes: readonly RootContent[], hidden: boolean): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const hiddenHere = hidden || node.properties['hidden'] === true || String(node.properties['ariaHidden']) === 'true';
      if (/^h[1-6]$/.test(node.tagName)) headings.push(heading(node, hiddenHere));
      else walk(node.children, hiddenHere);
    }
  };
  walk(tree.children, false);
  return headings;
}

function heading(node: Element, hidden: boolean): Heading {
  const id = node.properties['id'];
  const text = toString(node)
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const roles = [node.properties['role']].flat();
  const heading = !roles.includes('presentation') && !roles.includes('none');
  return { id: typeof id === 'string' ? id : undefined, text, listed: heading && !hidden && text !== '' };
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
  const entries = outlineEntries(pdf);
  pairOutline(
    entries.map((entry) => entry.title),
    headings,
  ).forEach((heading, index) => {
    const page = entries[index]?.page;
    if (heading?.id !== undefined && page !== undefined) pages.set(heading.id, page + 1);
  });
  return pages;
}

/**
 * Give each outline entry its heading's text. Chromium 156 writes a title
 * from the text it painted, in the order it painted it: the words of a
 * right-to-left heading come out reversed ("العنوان الرئيسي" becomes
 * "الرئيسي العنوان"), the space where a heading wraps is lost
 * ("Stem\nCells" becomes "StemCells"), and a heading pushed to the next
 * page is repeated ("AA").
 */
export function fixOutlineTitles(pdf: PDFDocument, headings: readonly Heading[]): void {
  const entries = outlineEntries(pdf);
  pairOutline(
    entries.map((entry) => entry.title),
    headings,
  ).forEach((heading, index) => {
    const entry = entries[index];
    if (heading && entry && entry.title !== heading.text) entry.dict.set(PDFName.of('Title'), PDFHexString.fromText(heading.text));
  });
}

/**
 * The heading of each outline entry (given by its title, in pre-order),
 * `undefined` for an entry whose heading is unknown. Chromium writes one
 * entry per listed heading, in document order, so entries and listed
 * headings pair by position. Should their numbers differ (a heading Chromium
 * skipped or listed against expectation), order still holds: each entry
 * pairs with the next heading of the same characters in any order (which is
 * what Chromium's reordering, lost spaces and repeats keep).
 */
export function pairOutline(titles: readonly string[], headings: readonly Heading[]): (Heading | undefined)[] {
  const listed = headings.filter((heading) => heading.listed);
  if (listed.length === titles.length) return listed;
  let next = 0;
  return titles.map((title) => {
    const at = headings.findIndex((heading, index) => index >= next && sameCharacters(title, heading.text));
    if (at === -1) return undefined;
    next = at + 1;
    return headings[at];
  });
}

/** Brackets and guillemets a right-to-left line paints mirrored, each as one of its pair. */
const mirrored: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{', '>': '<', '»': '«', '›': '‹' };

/**
 * Whether a title holds the characters of a heading's text, in any order,
 * once or repeated, ignoring white space, hyphens (soft or painted at a line
 * break) and which way a bracket faces.
 */
function sameCharacters(title: string, text: string): boolean {
  const counts = (value: string): Map<string, number> => {
    const map = new Map<string, number>();
    for (const char of value.normalize('NFC').replace(/[\s\u00AD\u2010-]+/g, '')) {
      const key = mirrored[char] ?? char;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
    return map;
  };
  const inTitle = counts(title);
  const inText = counts(text);
  if (inText.size === 0 || inTitle.size !== inText.size) return false;
  const [first = ''] = inText.keys();
  const times = (inTitle.get(first) ?? 0) / (inText.get(first) ?? 1);
  return Number.isInteger(times) && times >= 1 && [...inText].every(([char, count]) => inTitle.get(char) === count * times);
}
