import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { cssString } from './css-string.js';
import { listedHeadings, type ListedHeading } from './table-of-contents.js';

/**
 * The counter style whose symbol for page N is the section page N is in:
 * `{section}` in a running header or footer is `counter(page, folio-section)`.
 * Chromium 156 has no `string-set` or running elements, but it draws a page
 * counter in any counter style in a margin box, and a `fixed` counter style
 * is a list of strings, one a page.
 */
export const sectionCounterStyle = 'folio-section';

/** The counter style for pages with no section (before the first, or past the list): nothing. */
const noSectionStyle = 'folio-no-section';

/** Property of the `<style>` the PDF writer fills: the ids of the section headings (`data-folio-sections`). */
const sectionsProperty = 'dataFolioSections';

/** Whether header or footer text names the section. */
export function namesSection(text: string | undefined): boolean {
  return text?.includes('{section}') ?? false;
}

/**
 * The sections of a body: its headings of the highest level it uses (the
 * contents' first level), with an id and text.
 */
export function sectionsOf(body: Root): ListedHeading[] {
  const headings = listedHeadings(body);
  const top = Math.min(...headings.map((heading) => heading.rank));
  return headings.filter((heading) => heading.rank === top);
}

/**
 * The `<style>` that defines `folio-section`, empty on every page until the
 * PDF writer knows on which page each section starts; it carries the
 * sections' ids for that.
 */
export function sectionsStyle(sections: readonly ListedHeading[]): Element {
  return h('style', { [sectionsProperty]: sections.map((section) => section.id) }, counterStyles([]));
}

/** The attribute of the sections style, which the PDF writer fills: it names the section headings' ids. */
export const sectionsAttribute = 'data-folio-sections';

/** The ids of the section headings a rendered tree's sections style names, in order; `undefined` when it has none. */
export function sectionIds(tree: Root): string[] | undefined {
  const style = sectionsStyleOf(tree);
  return style && [style.properties[sectionsProperty] ?? []].flat().map(String);
}

/**
 * The text of the sections style once the pages are known: `folio-section`
 * giving each of `pageCount` pages its section's text, from `pages` (heading
 * id → page on which it starts) and `texts` (heading id → text), for the
 * sections `ids`.
 */
export function sectionsCss(
  ids: readonly string[],
  pages: ReadonlyMap<string, number>,
  texts: ReadonlyMap<string, string>,
  pageCount: number,
): string {
  const starts = ids.flatMap((id) => {
    const page = pages.get(id);
    const text = texts.get(id);
    return page === undefined || text === undefined ? [] : [{ page, text }];
  });
  return counterStyles(sectionOfEachPage(starts, pageCount));
}

/**
 * The text of the section of each page, 1 to `pageCount`, from the pages
 * on which sections start (in document order): the first section that
 * starts on the page, else the last one that started before it, as CSS's
 * `string(name, first)` would give; `''` before the first section.
 */
export function sectionOfEachPage(starts: readonly { readonly page: number; readonly text: string }[], pageCount: number): string[] {
  return Array.from({ length: pageCount }, (_, index) => {
    const page = index + 1;
    const here = starts.find((start) => start.page === page);
    if (here) return here.text;
    return starts.findLast((start) => start.page < page)?.text ?? '';
  });
}

/** The two counter styles: `folio-section` with one string a page, and the empty one it falls back to. */
function counterStyles(sections: readonly string[]): string {
  const none = `@counter-style ${noSectionStyle} { system: cyclic; symbols: ""; }`;
  const symbols = sections.map((text) => cssString(text)).join(' ');
  const section =
    sections.length === 0
      ? `@counter-style ${sectionCounterStyle} { system: cyclic; symbols: ""; }`
      : `@counter-style ${sectionCounterStyle} { system: fixed 1; symbols: ${symbols}; fallback: ${noSectionStyle}; }`;
  return `${none}\n${section}\n`;
}

/** The sections style, where `render` puts it: in the head. */
function sectionsStyleOf(tree: Root): Element | undefined {
  const html = childElement(tree.children, (node) => node.tagName === 'html');
  const head = html && childElement(html.children, (node) => node.tagName === 'head');
  return head && childElement(head.children, (node) => node.tagName === 'style' && node.properties[sectionsProperty] !== undefined);
}

function childElement(nodes: readonly (Root | Element)['children'][number][], test: (node: Element) => boolean): Element | undefined {
  return nodes.find((node): node is Element => node.type === 'element' && test(node));
}
