import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { shows } from './shows.js';
import { words } from './words.js';

/** What the corpus test counts in a document, in the order its tables print them. */
export const categories = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'paragraphs',
  'code',
  'tables',
  'images',
  'listItems',
  'blockquotes',
  'footnotes',
] as const;

/** One of the kinds of block counted. */
export type Category = (typeof categories)[number];

/** How many blocks of each kind a document has. */
export type Counts = Record<Category, number>;

/** The counts of a document, and the texts that decide whether its title block's headline counts as its first `h1`. */
export interface Structure {
  readonly counts: Counts;
  /** Text of the first `h1` of the body, if any. */
  readonly firstH1?: string | undefined;
  /** Text of the `h1` of Folio's title block (outputs only). */
  readonly headline?: string | undefined;
}

/** Options of `countStructure`. */
export interface CountOptions {
  /** Paragraphs not to count (the reference's, where Folio changes the count by design). */
  readonly skipParagraph?: (paragraph: Element) => boolean;
  /** Skip what Folio adds around a document: its title block, table of contents and list of link addresses. */
  readonly folio?: boolean;
}

/** Zero of everything. */
export function noCounts(): Counts {
  return Object.fromEntries(categories.map((category) => [category, 0])) as Counts;
}

/**
 * Count the blocks under `tree`: headings by level (not the hidden heading of
 * the notes section), `p` (not a callout's title), `pre`, `table`, `img` (an
 * image placeholder counts as one), `li` (not the items of GFM's notes
 * section), `blockquote` and `aside.callout`, and footnotes (GFM's notes
 * items, or the EPUB's `aside[epub:type=footnote]`).
 */
export function countStructure(tree: Root | Element, options: CountOptions = {}): Counts {
  const counts = noCounts();
  const walk = (node: Root | RootContent, inNotes: boolean): void => {
    if (node.type !== 'root' && node.type !== 'element') return;
    if (node.type === 'element') {
      if (options.folio && isFolioAddition(node)) return;
      if (isNotesSection(node)) {
        countNotes(node);
        return;
      }
      if (hasClass(node, 'image-placeholder')) {
        // A remote image Folio could not fetch: it stands in for the image, whatever it holds.
        counts.images += 1;
        return;
      }
      countElement(node, inNotes);
    }
    for (const child of node.children) walk(child, inNotes);
  };
  const countElement = (node: Element, inNotes: boolean): void => {
    const heading = /^h([1-6])$/.exec(node.tagName)?.[1];
    // The notes section's own heading (GFM's hidden "Footnotes" label) is not the document's; a heading
    // with nothing in it (`<h3>` left open before a blank line) shows nothing, and Folio leaves it out.
    if (heading !== undefined && !inNotes && shows(node)) counts[`h${heading}` as Category] += 1;
    if (node.tagName === 'p' && !hasClass(node, 'callout-title') && !options.skipParagraph?.(node)) counts.paragraphs += 1;
    if (node.tagName === 'pre') counts.code += 1;
    if (node.tagName === 'table') counts.tables += 1;
    if (node.tagName === 'img') counts.images += 1;
    if (node.tagName === 'li') counts.listItems += 1;
    if (node.tagName === 'blockquote' || (node.tagName === 'aside' && hasClass(node, 'callout'))) counts.blockquotes += 1;
    if (node.tagName === 'aside' && epubType(node) === 'footnote') counts.footnotes += 1;
  };
  // GFM writes notes as `section[data-footnotes] > ol > li`: each of those items is a footnote, not a list item.
  // The EPUB's `section.footnotes` holds `aside[epub:type=footnote]` instead, counted by `countElement`.
  const countNotes = (section: Element): void => {
    for (const child of section.children) {
      if (child.type === 'element' && child.tagName === 'ol') {
        for (const item of child.children) {
          if (item.type !== 'element' || item.tagName !== 'li') continue;
          counts.footnotes += 1;
          for (const content of item.children) walk(content, true);
        }
      } else {
        walk(child, true);
      }
    }
  };
  walk(tree, false);
  return counts;
}

/** Folio's standalone HTML: what its article's `.body` holds, and its title block's headline. */
export function htmlStructure(html: string): Structure {
  const tree = fromHtml(html);
  const body = select('article.folio > .body', tree);
  if (!body) throw new Error('no `article.folio > .body` in the HTML');
  return {
    counts: countStructure(body, { folio: true }),
    firstH1: firstText(body, 'h1'),
    headline: firstText(tree, 'header.title-block h1'),
  };
}

/**
 * Folio's EPUB: the `.body` of each content document, summed. Each XHTML file
 * is read with the HTML parser, as Folio writes it to be read (only void
 * elements self-close), and EPUBCheck vouches that it is well-formed XML.
 */
export function epubStructure(documents: readonly string[]): Structure {
  const counts = noCounts();
  let firstH1: string | undefined;
  let headline: string | undefined;
  for (const xhtml of documents) {
    const tree = fromHtml(xhtml);
    const body = select('.folio > .body', tree);
    if (!body) continue;
    const found = countStructure(body, { folio: true });
    for (const category of categories) counts[category] += found[category];
    firstH1 ??= firstText(body, 'h1');
    headline ??= firstText(tree, 'header.title-block h1');
  }
  return { counts, firstH1, headline };
}

/**
 * An output's counts, its headline counted as an `h1` when the title came from
 * the document's first `#` heading: the headline reads as the reference's
 * first `h1`, and that heading is no longer the first `h1` of the body (Folio
 * moved it into the title block rather than printing it twice).
 */
export function withHeadline(output: Structure, reference: Structure): Counts {
  const same = (a: string | undefined, b: string | undefined): boolean =>
    a !== undefined && b !== undefined && words(a).join(' ') === words(b).join(' ');
  const moved = same(output.headline, reference.firstH1) && !same(output.firstH1, reference.firstH1);
  return { ...output.counts, h1: output.counts.h1 + (moved ? 1 : 0) };
}

/** Whether an element of an output is one of Folio's additions rather than the document's content. */
function isFolioAddition(node: Element): boolean {
  return (
    (node.tagName === 'nav' && hasClass(node, 'toc')) ||
    (node.tagName === 'section' && hasClass(node, 'link-notes')) ||
    (node.tagName === 'header' && hasClass(node, 'title-block'))
  );
}

function isNotesSection(node: Element): boolean {
  return node.tagName === 'section' && (node.properties['dataFootnotes'] !== undefined || hasClass(node, 'footnotes'));
}

/** Whether an element has a class. */
function hasClass(node: Element, name: string): boolean {
  const value = node.properties['className'];
  return Array.isArray(value) && value.map(String).includes(name);
}

function epubType(node: Element): string | undefined {
  const value = node.properties['epub:type'] ?? node.properties['epubType'] ?? node.properties['epubtype'];
  return value === undefined ? undefined : String(value);
}

function firstText(tree: Root | Element, selector: string): string | undefined {
  const found = select(selector, tree);
  return found ? toString(found) : undefined;
}

/** Children of an element, typed for walks that only look at elements. */
export function elements(children: readonly (ElementContent | RootContent)[]): Element[] {
  return children.filter((child): child is Element => child.type === 'element');
}
