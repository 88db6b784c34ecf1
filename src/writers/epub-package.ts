import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Meta } from '../model.js';

/** One entry of the EPUB navigation, with its sub-entries. */
export interface TocEntry {
  readonly title: string;
  readonly href: string;
  readonly children: TocEntry[];
}

/** One XHTML file of the EPUB spine. */
export interface EpubChapter {
  readonly id: string;
  readonly filename: string;
  readonly title: string;
  readonly tree: Root;
}

/** Everything Folio's EPUB templates (`templates/<theme>/epub/*.ejs`) read, as `folio`. */
export interface EpubPackage {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string | undefined;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly authors: readonly string[];
  readonly description: string | undefined;
  readonly subjects: readonly string[];
  readonly publisher: string | undefined;
  readonly date: string | undefined;
  readonly rights: string | undefined;
  /** `dcterms:modified`: `YYYY-MM-DDThh:mm:ssZ`. */
  readonly modified: string;
  readonly accessModes: readonly string[];
  readonly accessibilityFeatures: readonly string[];
  readonly accessibilitySummary: string;
  readonly toc: readonly TocEntry[];
  readonly tocDepth: number;
  readonly landmarks: readonly { type: string; href: string; title: string }[];
  readonly labels: { readonly contents: string; readonly landmarks: string; readonly start: string };
}

const labels: Record<string, EpubPackage['labels']> = {
  en: { contents: 'Contents', landmarks: 'Guide', start: 'Start of content' },
  fr: { contents: 'Table des matières', landmarks: 'Repères', start: 'Début du texte' },
  de: { contents: 'Inhalt', landmarks: 'Orientierung', start: 'Textbeginn' },
  es: { contents: 'Índice', landmarks: 'Guía', start: 'Inicio del texto' },
  it: { contents: 'Indice', landmarks: 'Guida', start: 'Inizio del testo' },
};

const rtlLanguages = new Set(['ar', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Describe the EPUB package of a document split into `chapters`. Pure. */
export function epubPackage(meta: Meta, chapters: readonly EpubChapter[]): EpubPackage {
  const language = meta.lang.split('-')[0]?.toLowerCase() ?? 'en';
  const toc = chapters.flatMap((chapter) => tocOf(chapter));
  const images = chapters.flatMap((chapter) => elements(chapter.tree, 'img'));
  const allAlt = images.every((image) => typeof image.properties['alt'] === 'string' && image.properties['alt'] !== '');
  const first = chapters[0]?.filename ?? '';
  const label = labels[language] ?? (labels['en'] as EpubPackage['labels']);
  return {
    id: meta.id,
    title: meta.title,
    subtitle: meta.subtitle,
    lang: meta.lang,
    dir: rtlLanguages.has(language) ? 'rtl' : 'ltr',
    authors: meta.authors,
    description: meta.description,
    subjects: meta.keywordList,
    publisher: meta.publisher,
    date: meta.date,
    rights: meta.rights,
    modified: meta.modified.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    accessModes: images.length > 0 ? ['textual', 'visual'] : ['textual'],
    accessibilityFeatures: [
      'structuralNavigation',
      'tableOfContents',
      'readingOrder',
      ...(images.length > 0 && allAlt ? ['alternativeText'] : []),
    ],
    accessibilitySummary: summary(images.length, allAlt),
    toc,
    tocDepth: depth(toc),
    // Only spine items may be landmarks (EPUBCheck RSC-011), and the nav is not in the spine.
    landmarks: [{ type: 'bodymatter', href: first, title: label.start }],
    labels: label,
  };
}

function summary(images: number, allAlt: boolean): string {
  const base = 'Text with structured headings, a table of contents and a logical reading order.';
  if (images === 0) return `${base} It contains no images.`;
  return allAlt ? `${base} Every image has a text alternative.` : `${base} Some images have no text alternative.`;
}

/** The chapter's headings as a nested list (h1 at the top, then h2, h3...). */
function tocOf(chapter: EpubChapter): TocEntry[] {
  const root: TocEntry[] = [];
  const stack: { level: number; children: TocEntry[] }[] = [{ level: 0, children: root }];
  for (const heading of elements(chapter.tree, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6')) {
    const level = Number(heading.tagName.slice(1));
    const id = heading.properties['id'];
    const entry: TocEntry = {
      title: toString(heading).replace(/\s+/g, ' ').trim(),
      href: level === 1 || typeof id !== 'string' ? chapter.filename : `${chapter.filename}#${id}`,
      children: [],
    };
    while ((stack.at(-1)?.level ?? 0) >= level) stack.pop();
    (stack.at(-1) ?? stack[0])?.children.push(entry);
    stack.push({ level, children: entry.children });
  }
  return root;
}

function depth(entries: readonly TocEntry[]): number {
  return entries.reduce((deepest, entry) => Math.max(deepest, 1 + depth(entry.children)), 0);
}

function elements(tree: Root, ...names: string[]): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (names.includes(node.tagName)) found.push(node);
  });
  return found;
}
