import type { ElementContent, RootContent } from 'hast';

/**
 * HTML's content categories, as far as Folio's trees need them: which
 * elements are phrasing (inline) content, which may hold only phrasing
 * content, and which take their content model from their parent. EPUB
 * readers parse XHTML against these rules (EPUBCheck RSC-005); browsers
 * tolerate trees that break them. See the HTML standard, "Kinds of content".
 */

/** Elements that are phrasing content (text-level), besides the transparent ones. */
const phrasingElements = new Set([
  'abbr',
  'audio',
  'b',
  'bdi',
  'bdo',
  'br',
  'button',
  'canvas',
  'cite',
  'code',
  'data',
  'datalist',
  'dfn',
  'em',
  'embed',
  'i',
  'iframe',
  'img',
  'input',
  'kbd',
  'label',
  'math',
  'meter',
  'noscript',
  'object',
  'output',
  'picture',
  'progress',
  'q',
  'ruby',
  's',
  'samp',
  'script',
  'select',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'svg',
  'template',
  'textarea',
  'time',
  'u',
  'var',
  'video',
  'wbr',
  'mark',
]);

/** Elements that are phrasing content when everything inside them is (their content model is their parent's). */
const transparentElements: ReadonlySet<string> = new Set(['a', 'ins', 'del', 'map']);

/** Elements whose content must be phrasing content. */
export const phrasingContainers: ReadonlySet<string> = new Set([
  'p',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'mark',
  'small',
  'sub',
  'sup',
  'code',
  'kbd',
  'samp',
  'var',
  'abbr',
  'cite',
  'q',
  'dfn',
  'time',
  'data',
  'bdi',
  'bdo',
  'label',
  'summary',
  'legend',
  'rt',
  'rp',
  'ruby',
  'button',
  'output',
]);

/** Headings, which a table of contents and the EPUB's navigation are made of. */
export const headingElements: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Phrasing containers that mark up the text they hold (emphasis, code,
 * quotation...): when blocks end up inside one, its markup is carried into
 * each block instead of the blocks being lost. All phrasing containers but
 * paragraphs, `pre`, headings, `span`, `summary` and `legend`, which are
 * repaired in ways of their own.
 */
export const formattingElements: ReadonlySet<string> = new Set(
  [...phrasingContainers].filter((name) => !['p', 'pre', 'span', 'summary', 'legend'].includes(name) && !headingElements.has(name)),
);

/** Flow containers with no meaning of their own beyond a box: inside a heading, one can become a `span` shown as a block. */
export const plainBlocks: ReadonlySet<string> = new Set([
  'div',
  'p',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'address',
  'main',
  'nav',
  'hgroup',
]);

/** Whether a node may stand inside an element: anything but a doctype. */
export function isElementContent(node: RootContent): node is ElementContent {
  return node.type !== 'doctype';
}

/** Whether a node may stand where only phrasing content is allowed. */
export function isPhrasing(node: RootContent | ElementContent): boolean {
  if (node.type !== 'element') return node.type !== 'doctype';
  if (transparentElements.has(node.tagName)) return node.children.every(isPhrasing);
  return phrasingElements.has(node.tagName);
}

/** Whether a node is text with something other than white space in it. */
export function isVisibleText(node: RootContent | ElementContent): boolean {
  return node.type === 'text' && node.value.trim() !== '';
}
