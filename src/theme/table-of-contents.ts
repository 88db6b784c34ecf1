import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import type { Toc } from '../config/print-settings.js';

/** With `toc: auto`, a document gets a table of contents from this many `##` sections on. */
export const autoTocSections = 5;

/** Property of the element the PDF writer fills with a heading's page number (`data-toc-page`). */
export const tocPageProperty = 'dataTocPage';

/**
 * The entries (`<li>`) of the print table of contents of a body: its `h2`
 * and `h3` headings (not the footnotes' label) as links, each followed by
 * an empty page-number slot (`data-toc-page="<id>"`) that the PDF writer
 * fills once it knows the pages. `undefined` when the
 * settings or the document ask for none.
 */
export function tableOfContents(body: Root, toc: Toc): ElementContent[] | undefined {
  const headings: Element[] = [];
  visit(body, 'element', (node: Element) => {
    if (node.tagName === 'section' && node.properties['dataFootnotes'] !== undefined) return SKIP;
    if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties['id'] === 'string') headings.push(node);
    return undefined;
  });
  const sections = headings.filter((heading) => heading.tagName === 'h2').length;
  if (toc === false || headings.length === 0 || (toc === 'auto' && sections < autoTocSections)) return undefined;
  return headings.map((heading) => {
    const id = String(heading.properties['id']);
    const text = toString(heading).replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();
    return h(`li.toc-${heading.tagName}`, [
      h('a', { href: `#${id}` }, [h('span.toc-text', text), h('span.toc-leader', { ariaHidden: 'true' }), h('span.toc-page', { [tocPageProperty]: id })]),
    ]);
  });
}

/** Whether a rendered tree has page-number slots to fill. */
export function hasTocPages(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (node: Element) => {
    if (node.properties[tocPageProperty] !== undefined) found = true;
    return found ? EXIT : undefined;
  });
  return found;
}

/** A copy of `tree` with each table-of-contents entry's page number filled in from `pages` (heading id → page). */
export function fillTocPages(tree: Root, pages: ReadonlyMap<string, number>): Root {
  const copy = structuredClone(tree);
  visit(copy, 'element', (node: Element) => {
    const id = node.properties[tocPageProperty];
    const page = typeof id === 'string' ? pages.get(id) : undefined;
    if (page !== undefined) node.children = [{ type: 'text', value: String(page) }];
  });
  return copy;
}
