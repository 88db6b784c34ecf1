import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { isElementContent } from '../hast/content-model.js';
import type { Chapter, ContentAsset } from '../model.js';
import { formatAuthors, formatDate } from '../locale/format.js';

/** Properties that hold ids of other elements (footnote references name their label). */
const idListProperties = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor', 'headers'] as const;

/** The prefix of chapter `index`'s ids (0-based): `c1-`, `c2-`... */
export function chapterPrefix(index: number): string {
  return `c${index + 1}-`;
}

/** The id of chapter `index`'s start (0-based), in both editions: `c1`, `c2`... Links to an article without a `#fragment` lead there. */
export function chapterId(index: number): string {
  return `c${index + 1}`;
}

/**
 * A copy of a chapter's tree whose ids (and the `#` links and ARIA
 * references to them) carry `prefix`, so that the ids of several articles
 * (each has its `#introduction`, its footnote `fn-1`) stay unique in one book.
 */
export function prefixIds(tree: Root, prefix: string): Root {
  const copy = structuredClone(tree);
  visit(copy, 'element', (node: Element) => {
    const { properties } = node;
    if (typeof properties['id'] === 'string') properties['id'] = prefix + properties['id'];
    const href = properties['href'];
    if (typeof href === 'string' && href.startsWith('#') && href.length > 1) properties['href'] = `#${prefix}${href.slice(1)}`;
    for (const key of idListProperties) {
      const value: unknown = properties[key];
      if (Array.isArray(value)) properties[key] = value.map((id) => prefix + String(id));
      else if (typeof value === 'string') properties[key] = value.split(/\s+/).map((id) => prefix + id);
    }
  });
  return copy;
}

/**
 * Give a chapter's images names of their own in the book: two articles may
 * both say `images/figure-1.png` from different folders. Returns the tree
 * with `src` rewritten to `<prefix>/<src>` and the assets under those keys;
 * remote images keep their URL. Run it after `replaceUnavailableImages`, so
 * that every `<img>` left is among `assets`.
 */
export function renameAssets(
  tree: Root,
  assets: ReadonlyMap<string, ContentAsset>,
  prefix: string,
): { tree: Root; assets: Map<string, ContentAsset> } {
  const key = (src: string): string => (/^[a-z][a-z\d+.-]*:/i.test(src) ? src : `${prefix.replace(/-$/, '')}/${encodeURIComponent(src)}`);
  const copy = structuredClone(tree);
  visit(copy, 'element', (node: Element) => {
    const src = node.properties['src'];
    if (node.tagName === 'img' && typeof src === 'string' && assets.has(src)) node.properties['src'] = key(src);
  });
  return { tree: copy, assets: new Map([...assets].map(([src, asset]) => [key(src), asset])) };
}

/**
 * One article as a chapter of the printed book: a `section.chapter` that
 * starts on a new page, headed by the article's title block as an `h2`
 * (the book's title is the `h1`), its own headings below it (`demoteHeadings`).
 */
export function printChapter(chapter: Chapter, index: number): Element {
  const { meta } = chapter;
  const prefix = chapterPrefix(index);
  const byline = [formatAuthors(meta.authors, meta.lang), meta.date === undefined ? undefined : formatDate(meta.date, meta.lang)].filter(
    (part): part is string => part !== undefined,
  );
  const header = h('header.chapter-title-block', [
    h('h2.chapter-title', { id: `${prefix}title` }, meta.title),
    meta.subtitle ? h('p.chapter-subtitle', meta.subtitle) : undefined,
    meta.description ? h('p.chapter-standfirst', meta.description) : undefined,
    byline.length > 0 ? h('p.chapter-byline', byline.join(' · ')) : undefined,
  ]);
  const body = demoteHeadings(chapter.hast.children.filter(isElementContent));
  const lang = meta.lang;
  return h('section.chapter', { id: chapterId(index), lang, ariaLabelledBy: `${prefix}title` }, [header, ...body]);
}

/**
 * Headings moved down so that the article's highest level becomes `h3`,
 * under its title's `h2` (`##` sections one level down, `#` chapters two),
 * in a copy; nothing goes below `h6`.
 */
function demoteHeadings(children: ElementContent[]): ElementContent[] {
  // A wrapper to walk the copy with (an element: its children are element content, as given).
  const wrapper: Element = { type: 'element', tagName: 'div', properties: {}, children: structuredClone(children) };
  let top = 6;
  visit(wrapper, 'element', (node: Element) => {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level !== undefined) top = Math.min(top, Number(level));
  });
  const shift = Math.max(0, 3 - top);
  visit(wrapper, 'element', (node: Element) => {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level !== undefined) node.tagName = `h${Math.min(6, Number(level) + shift)}`;
  });
  return wrapper.children;
}
