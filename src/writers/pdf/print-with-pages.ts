import createDebug from 'debug';
import type { Root } from 'hast';
import type { PDFDocument } from 'pdf-lib';
import type { LockedPage, TextFill } from '../../browser/browser.js';
import { sectionIds, sectionsAttribute, sectionsCss } from '../../theme/running-sections.js';
import { tocPageAttribute, tocPageIds, tocPageTexts } from '../../theme/table-of-contents.js';
import { destinationPages } from './pdf-destinations.js';
import { loadPdf } from './pdf-document.js';
import { headingPages, type Heading } from './pdf-outline.js';
import type { PrintedPages } from './printed-pages.js';

const debug = createDebug('folio:pdf');

/**
 * Prints made at most with the page references filled in. Numbers that take
 * room of their own (a theme's or a user's stylesheet) can move the headings
 * they point at, so the pages are read again from each such print; the
 * default theme gives each number a box of a fixed width, so its first print
 * with the numbers is the one kept.
 */
const mostPrintsWithPages = 3;

/** Text of the print edition that says on which page headings start: the contents' page numbers, a running `{section}`. */
export interface PageReferences {
  /** The ids of the headings whose pages it shows. */
  readonly ids: readonly string[];
  /** Whether a link leads to each of them (the contents' links do): then a print with no tags and no outline still says where they are. */
  readonly linked: boolean;
  /** The text to set, from the page on which each heading starts and the page count. */
  fills(pages: ReadonlyMap<string, number>, pageCount: number): TextFill[];
}

/** The page references of a rendered print edition; `undefined` when it has none. */
export function pageReferencesOf(print: Root, headings: readonly Heading[], lang: string): PageReferences | undefined {
  const toc = tocPageIds(print);
  const sections = sectionIds(print);
  if (toc.length === 0 && sections === undefined) return undefined;
  const texts = new Map(headings.flatMap((heading) => (heading.id === undefined ? [] : [[heading.id, heading.text] as const])));
  return {
    ids: [...new Set([...toc, ...(sections ?? [])])],
    linked: (sections ?? []).every((id) => toc.includes(id)),
    fills: (pages, pageCount) => [
      ...[...tocPageTexts(pages, lang)].map(([value, text]) => ({ attribute: tocPageAttribute, value, text })),
      ...(sections ? [{ attribute: sectionsAttribute, text: sectionsCss(sections, pages, texts, pageCount) }] : []),
    ],
  };
}

/**
 * Print the open page as a tagged PDF with an outline, its page references
 * filled in. Chromium has no `target-counter()` or `string-set`, so they
 * take a first print to learn the pages. When links lead to every heading
 * referred to, that print has no tags and no outline (Chromium tags any PDF
 * it gives an outline), and nothing of the document painted (`unpainted`):
 * the named destinations of the links say where each heading is, in a
 * seventh of the bytes and a third less of Chromium's time than a painted
 * print (the corpus book). `earlier`, the pages of an earlier print of the
 * document, stands in for that first print. The text is then set in the
 * live page, with no second load, and the print that follows is kept once
 * the pages it gives the headings are those it shows. Returns that print
 * and its pages.
 */
export async function printWithPages(
  page: LockedPage,
  references: PageReferences | undefined,
  headings: readonly Heading[],
  earlier?: PrintedPages,
): Promise<{ readonly pdf: PDFDocument; readonly printed?: PrintedPages }> {
  const final = async (): Promise<PDFDocument> => loadPdf(await page.pdf({ tagged: true, outline: true }));
  if (!references) return { pdf: await final() };
  const started = performance.now();
  let shown: TextFill[];
  if (earlier) shown = references.fills(earlier.pages, earlier.pageCount);
  else {
    const first = references.linked ? await loadPdf(await page.pdf({ tagged: false, outline: false, unpainted: true })) : await final();
    shown = references.fills(pagesOf(first, references, headings), first.getPageCount());
  }
  const times = earlier ? [] : [performance.now() - started];
  for (let prints = 1; ; prints++) {
    await page.fillText(shown);
    const pdf = await final();
    const printed = { pages: pagesOf(pdf, references, headings), pageCount: pdf.getPageCount() };
    const fills = references.fills(printed.pages, printed.pageCount);
    times.push(performance.now() - started);
    if (JSON.stringify(fills) === JSON.stringify(shown) || prints === mostPrintsWithPages) {
      debug('page references: %d prints done at %o ms%s', times.length, times.map(Math.round), earlier ? ', from an earlier print' : '');
      return { pdf, printed };
    }
    shown = fills;
  }
}

/** The page on which each heading referred to starts, from the destinations of links to it or from the outline. */
function pagesOf(pdf: PDFDocument, references: PageReferences, headings: readonly Heading[]): Map<string, number> {
  const all = references.linked ? destinationPages(pdf) : headingPages(pdf, headings);
  return new Map(references.ids.flatMap((id) => [all.get(id)].flatMap((page) => (page === undefined ? [] : [[id, page] as const]))));
}
