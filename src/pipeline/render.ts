import type { Element, ElementContent, Root } from 'hast';
import { unified } from 'unified';
import type { Edition, Meta, Publication } from '../model.js';
import rehypeHyphenate from '../plugins/rehype-hyphenate.js';
import { fillTemplate, type Slots } from '../theme/fill-template.js';
import type { Theme } from '../theme/theme.js';

/** A publication rendered for both editions, ready for the format writers. */
export interface Rendered {
  readonly publication: Publication;
  /** The print edition: a whole HTML document. */
  readonly print: Root;
  /** The e-reader edition: the body fragment that becomes the EPUB chapter. */
  readonly ereader: Root;
}

/** Render a publication into both editions' templates. Pure: the theme and publication are not changed. */
export function render(publication: Publication, theme: Theme): Rendered {
  return {
    publication,
    print: renderEdition(publication, theme, 'print'),
    ereader: renderEdition(publication, theme, 'ereader'),
  };
}

/** Fill one edition's template with the publication's metadata and body. */
export function renderEdition(publication: Publication, theme: Theme, edition: Edition): Root {
  const { meta } = publication;
  let body: Root = { type: 'root', children: publication.chapters.flatMap((chapter) => structuredClone(chapter.hast.children)) };
  if (edition === 'print') {
    // Soft hyphens only in print: e-readers hyphenate themselves and search would trip on them.
    body = unified().use(rehypeHyphenate, { lang: meta.lang }).runSync(body) as Root;
  }
  const tree = fillTemplate(structuredClone(theme[edition].tree), slotsFor(meta, body.children as ElementContent[]));
  const html = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  if (html) html.properties['lang'] = meta.lang;
  return tree;
}

function slotsFor(meta: Meta, body: ElementContent[]): Slots {
  const authors = meta.authors.length > 0 ? new Intl.ListFormat(meta.lang, { type: 'conjunction' }).format(meta.authors) : undefined;
  return {
    title: { text: meta.title },
    subtitle: text(meta.subtitle),
    description: text(meta.description),
    author: text(authors),
    keywords: text(meta.keywordList.join(', ')),
    date: meta.date === undefined ? undefined : { text: formatDate(meta.date, meta.lang), properties: { dateTime: meta.date } },
    body: { nodes: body },
  };
}

function text(value: string | undefined): { text: string } | undefined {
  return value ? { text: value } : undefined;
}

/** A front matter date as readers of the language write it, e.g. `25 February 2024`. */
export function formatDate(date: string, lang: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(new Date(date));
}
