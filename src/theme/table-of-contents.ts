import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Toc } from '../config/print-settings.js';
import { formatPageNumber } from '../locale/numbering.js';

/** With `toc: auto`, a document gets a table of contents from this many sections (headings of its top level) on. */
const autoTocSections = 5;

/** Property of the element the PDF writer fills with a heading's page number (`data-toc-page`). */
const tocPageProperty = 'dataTocPage';

/**
 * The entries (`<li>`) of the print table of contents of a body: its
 * headings of the two highest levels it uses (`#` and `##` in a book whose
 * chapters are `#`, `##` and `###` in an article), not the footnotes'
 * label, as links, each followed by an empty page-number slot
 * (`data-toc-page="<id>"`) that the PDF writer fills once it knows the
 * pages. Entries are classed `toc-level-1` and `toc-level-2`. `undefined`
 * when the settings or the document ask for none.
 */
export function tableOfContents(body: Root, toc: Toc): ElementContent[] | undefined {
  const headings = listedHeadings(body);
  const levels = [...new Set(headings.map((heading) => heading.rank))].sort().slice(0, 2);
  const listed = headings.filter((heading) => levels.includes(heading.rank));
  const sections = listed.filter((heading) => heading.rank === levels[0]).length;
  if (toc === false || listed.length === 0 || (toc === 'auto' && sections < autoTocSections)) return undefined;
  return listed.map(({ id, text, rank }) =>
    h(`li.toc-level-${levels.indexOf(rank) + 1}`, [
      h('a', { href: `#${id}` }, [
        h('span.toc-text', text),
        h('span.toc-leader', { ariaHidden: 'true' }),
        h('span.toc-page', { [tocPageProperty]: id }),
      ]),
    ]),
  );
}

/** A heading a contents or a running header can name: it has an id and shows text. */
export interface ListedHeading {
  readonly id: string;
  readonly text: string;
  /** 1 for `h1` ... 6 for `h6`. */
  readonly rank: number;
}

/**
 * The headings of a body that have an id and text, in document order, not
 * the footnotes' label. A heading with no text (`##` alone, an image) has
 * nothing to list, and no PDF bookmark to give its page.
 */
export function listedHeadings(body: Root): ListedHeading[] {
  const headings: ListedHeading[] = [];
  visit(body, 'element', (node: Element) => {
    if (node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined) return SKIP;
    const rank = headingRank(node);
    const id = node.properties['id'];
    const text = rank === undefined ? '' : headingText(node);
    if (rank !== undefined && typeof id === 'string' && text !== '') headings.push({ id, text, rank });
    return undefined;
  });
  return headings;
}

/** A heading's text as the contents lists it: no soft hyphens, white space collapsed. */
function headingText(node: Element): string {
  return toString(node)
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 1 for `h1` ... 6 for `h6`; `undefined` for any other element. */
function headingRank(node: Element): number | undefined {
  const match = /^h([1-6])$/.exec(node.tagName);
  return match ? Number(match[1]) : undefined;
}

/** The attribute of the page-number slots of the table of contents, naming the heading each shows the page of. */
export const tocPageAttribute = 'data-toc-page';

/** The ids of the headings whose pages a rendered tree's table of contents shows, in order: none when it has no contents. */
export function tocPageIds(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const id = node.properties[tocPageProperty];
    if (typeof id === 'string') ids.push(id);
  });
  return ids;
}

/** Each heading's page as its table-of-contents entry shows it, in the digits of `lang` (as the folio's), by heading id. */
export function tocPageTexts(pages: ReadonlyMap<string, number>, lang = 'en'): Map<string, string> {
  return new Map([...pages].map(([id, page]) => [id, formatPageNumber(page, lang)]));
}
