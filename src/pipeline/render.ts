import type { Element, ElementContent, Root } from 'hast';
import { unified } from 'unified';
import { isElementContent } from '../hast/content-model.js';
import { withoutDocumentLinks } from '../hast/document-links.js';
import { resolvePrintSettings, type PrintSettings } from '../config/print-settings.js';
import type { Edition, Meta, Publication } from '../model.js';
import rehypePrintLinkNotes from '../plugins/rehype-print-link-notes.js';
import rehypePullQuotes from '../plugins/rehype-pull-quotes.js';
import { fillTemplate, type Slots } from '../theme/fill-template.js';
import { pageStyle } from '../theme/page-style.js';
import { formatAuthors, formatDate } from '../locale/format.js';
import { labelsFor, pageLabel } from '../locale/labels.js';
import { formatPageNumber } from '../locale/numbering.js';
import { namesSection, sectionsOf, sectionsStyle } from '../theme/running-sections.js';
import { tableOfContents, type ListedHeading } from '../theme/table-of-contents.js';
import type { Theme } from '../theme/theme.js';
import { cloneTree } from '../hast/clone-tree.js';

/** A publication rendered for both editions, ready for the format writers. */
export interface Rendered {
  readonly publication: Publication;
  /** The print edition: a whole HTML document. */
  readonly print: Root;
  /**
   * The e-reader edition: one tree for a document, which the EPUB writer
   * splits into files by section; one tree per article for a collection,
   * each a file of its own. Its body shares nodes with the publication's
   * chapters: copy it before changing it.
   */
  readonly ereader: readonly Root[];
  /** Paper, layout, table of contents and running title of the print edition. */
  readonly printSettings: PrintSettings;
}

/**
 * Render a publication into both editions' templates. Pure: the theme and
 * publication are not changed. `printSettings` default to the front matter's.
 */
export function render(publication: Publication, theme: Theme, printSettings = resolvePrintSettings(publication.meta)): Rendered {
  return {
    publication,
    print: renderEdition(publication, theme, 'print', printSettings),
    ereader: [renderEdition(publication, theme, 'ereader')],
    printSettings,
  };
}

/** Fill one edition's template with the publication's metadata and body. */
export function renderEdition(
  publication: Publication,
  theme: Theme,
  edition: Edition,
  printSettings = resolvePrintSettings(publication.meta),
): Root {
  const { meta } = publication;
  const children = publication.chapters.flatMap((chapter) => chapter.hast.children);
  // The EPUB is one document: links to other documents' HTML keep their text only. The e-reader
  // edition shares every other node with the chapters (copy on write, issue 13): nothing changes
  // it in place. The print edition's plugins do: they get a copy.
  let body: Root = edition === 'ereader' ? withoutDocumentLinks({ type: 'root', children }) : cloneTree<Root>({ type: 'root', children });
  let slots = slotsFor(meta, body.children.filter(isElementContent));
  // The sections a running header or footer names with `{section}`.
  let sections: ListedHeading[] | undefined;
  if (edition === 'print') {
    body = printBody(body, meta);
    if (namesSection(printSettings.header) || namesSection(printSettings.footer)) sections = sectionsOf(body);
    slots = { ...slotsFor(meta, body.children.filter(isElementContent)), ...printSlots(body, meta, printSettings, sections ?? []) };
  }
  const tree = fillTemplate(cloneTree(theme[edition].tree), slots);
  const html = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  // Left to right is HTML's default: only the other direction needs saying.
  if (html) Object.assign(html.properties, { lang: meta.lang, dir: meta.dir === 'rtl' ? 'rtl' : undefined });
  if (edition === 'print' && html) {
    if (sections) addToHead(html, sectionsStyle(sections));
    for (const css of printSettings.stylesheets ?? []) addToHead(html, userStylesheet(css));
  }
  return tree;
}

/** Add an element at the end of the head: after the theme's stylesheets, so its rules win at equal specificity. */
function addToHead(html: Element, element: Element): void {
  const head = html.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head');
  head?.children.push(element);
}

/**
 * One of the user's stylesheets (`css`) as a `<style>`. `<` is written as a
 * CSS escape: a stylesheet saying `</style>` cannot end the element and go on
 * as HTML.
 */
function userStylesheet(css: string): Element {
  return {
    type: 'element',
    tagName: 'style',
    properties: { dataFolio: 'css' },
    children: [{ type: 'text', value: css.replaceAll('<', '\\3c ') }],
  };
}

/**
 * What only paper needs: link addresses as notes, pull quotes. (Words are
 * hyphenated by Chromium as it prints, `hyphens: auto` in the theme: the text
 * itself carries no soft hyphens, so the PDF's and the HTML's can be searched
 * and copied.)
 */
function printBody(body: Root, meta: Meta): Root {
  return unified()
    .use(rehypePrintLinkNotes, { title: labelsFor(meta.lang).links })
    .use(rehypePullQuotes)
    .runSync(body);
}

/** The print template's own slots: page rules, the margin boxes' text, table of contents. */
function printSlots(body: Root, meta: Meta, settings: PrintSettings, sections: readonly ListedHeading[]): Slots {
  const toc = tableOfContents(body, settings.toc);
  const digits = formatPageNumber(1234567890, meta.lang);
  return {
    pageStyle: { text: pageStyle(settings, meta.lang, meta.date === undefined ? '' : formatDate(meta.date, meta.lang)) },
    // Chromium 156 loads a web font that only margin boxes use too late and prints it as a Type 3
    // font: the page itself shows, invisibly, every character of the running header and the folio.
    marginText: {
      text: [settings.runningTitle, pageLabel(labelsFor(meta.lang), digits, digits), ...sections.map((section) => section.text)].join(' '),
    },
    // Between author and date, only when both are given.
    bylineSeparator: meta.authors.length > 0 && meta.date !== undefined ? { text: ' · ' } : undefined,
    toc: toc && { nodes: toc },
    tocTitle: toc && { text: labelsFor(meta.lang).contents },
  };
}

function slotsFor(meta: Meta, body: ElementContent[]): Slots {
  const authors = formatAuthors(meta.authors, meta.lang);
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
