import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { labelsFor, type Labels } from '../../locale/labels.js';
import type { EditionFile, Meta } from '../../model.js';
import { xmlSafe } from './epub-xhtml.js';

/** One entry of the EPUB navigation, with its sub-entries. */
export interface TocEntry {
  readonly title: string;
  readonly href: string;
  readonly children: TocEntry[];
}

/** A file of the package besides the XHTML (an image), as the manifest lists it. */
export interface EpubItem {
  readonly id: string;
  readonly href: string;
  readonly type: string;
}

/** The manifest entry of an XHTML file, with the properties EPUB requires of its content (`mathml`, `svg`). */
export interface EpubSpineItem {
  readonly id: string;
  readonly href: string;
  readonly properties: string | undefined;
}

/** What the package holds besides the text: the cover page and image, and the other images. */
export interface EpubExtras {
  /** The cover page (first in the spine) and the id of the cover image among `items`. */
  readonly cover?: { readonly page: EditionFile; readonly imageId: string } | undefined;
  readonly items: readonly EpubItem[];
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
  /** Each set of access modes that is enough to read the whole book (`textual` alone when every image has a text alternative). */
  readonly accessModesSufficient: readonly string[];
  readonly accessibilityFeatures: readonly string[];
  /**
   * `dcterms:conformsTo`: EPUB Accessibility 1.1 at WCAG 2.1 AA, claimed only when
   * nothing Folio knows of stands against it (every image has a text alternative).
   */
  readonly conformsTo: string | undefined;
  readonly accessibilitySummary: string;
  readonly toc: readonly TocEntry[];
  readonly tocDepth: number;
  readonly landmarks: readonly { type: string; href: string; title: string }[];
  readonly labels: Labels;
  /** XHTML files in reading order, the cover page first. */
  readonly spine: readonly EpubSpineItem[];
  /** Images, each with `properties` (`cover-image` for the cover). */
  readonly items: readonly (EpubItem & { readonly properties: string | undefined })[];
  /** Manifest id of the cover image (also named the EPUB 2 way for older readers). */
  readonly coverImageId: string | undefined;
}

/**
 * Describe the EPUB package of a document split into `chapters` (the text;
 * the cover page comes in `extras`). Pure.
 */
export function epubPackage(meta: Meta, chapters: readonly EditionFile[], extras: EpubExtras = { items: [] }): EpubPackage {
  const { cover } = extras;
  // One walk of each file for all the questions below (issue 13).
  const contents = new Map([...(cover ? [cover.page] : []), ...chapters].map((file) => [file, contentsOf(file.tree)]));
  const contentOf = (file: EditionFile): Contents => contents.get(file) ?? contentsOf(file.tree);
  const toc = chapters.flatMap((chapter) => tocOf(chapter, contentOf(chapter).headings));
  // Accessibility claims are about the content: the cover image is not counted.
  const images = chapters.flatMap((chapter) => contentOf(chapter).images);
  const allAlt = images.every((image) => typeof image.properties['alt'] === 'string' && image.properties['alt'] !== '');
  const first = chapters[0]?.filename ?? '';
  const label = labelsFor(meta.lang);
  const spine = [...(cover ? [cover.page] : []), ...chapters].map((chapter) => ({
    id: manifestId(chapter),
    href: chapter.filename,
    properties: contentProperties(contentOf(chapter)),
  }));
  return {
    // Front matter text goes into XML files: drop the characters XML cannot hold.
    id: xmlSafe(meta.id),
    title: xmlSafe(meta.title),
    subtitle: optional(meta.subtitle),
    lang: meta.lang,
    dir: meta.dir,
    authors: meta.authors.map(xmlSafe),
    description: optional(meta.description),
    subjects: meta.keywordList.map(xmlSafe),
    publisher: optional(meta.publisher),
    date: meta.date,
    rights: optional(meta.rights),
    modified: meta.modified.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    accessModes: images.length > 0 ? ['textual', 'visual'] : ['textual'],
    accessModesSufficient: images.length === 0 ? ['textual'] : allAlt ? ['textual', 'textual,visual'] : ['textual,visual'],
    accessibilityFeatures: [
      'structuralNavigation',
      'tableOfContents',
      'readingOrder',
      ...(images.length > 0 && allAlt ? ['alternativeText'] : []),
      ...(chapters.some((chapter) => contentOf(chapter).math) ? ['MathML'] : []),
    ],
    conformsTo: allAlt ? 'EPUB Accessibility 1.1 - WCAG 2.1 Level AA' : undefined,
    accessibilitySummary: summary(images.length, allAlt),
    toc,
    tocDepth: depth(toc),
    // Only spine items may be landmarks (EPUBCheck RSC-011), and the nav is not in the spine.
    landmarks: [
      ...(cover ? [{ type: 'cover', href: cover.page.filename, title: label.cover }] : []),
      { type: 'bodymatter', href: first, title: label.start },
    ],
    labels: label,
    spine,
    items: extras.items.map((item) => ({ ...item, properties: item.id === cover?.imageId ? 'cover-image' : undefined })),
    coverImageId: cover?.imageId,
  };
}

/** The manifest id of an XHTML file: its name without the extension (`chapter-2`, `cover`). */
export function manifestId(file: EditionFile): string {
  return file.filename.replace(/\.xhtml$/, '');
}

/** The manifest properties an XHTML file needs for what it contains (EPUBCheck OPF-014 otherwise). */
function contentProperties({ math, svg }: Contents): string | undefined {
  const properties = [math ? 'mathml' : '', svg ? 'svg' : ''].filter(Boolean);
  return properties.length > 0 ? properties.join(' ') : undefined;
}

function summary(images: number, allAlt: boolean): string {
  const base = 'Text with structured headings, a table of contents and a logical reading order.';
  if (images === 0) return `${base} It contains no images.`;
  return allAlt ? `${base} Every image has a text alternative.` : `${base} Some images have no text alternative.`;
}

/** The chapter's headings as a nested list (h1 at the top, then h2, h3...). */
function tocOf(chapter: EditionFile, headings: readonly Element[]): TocEntry[] {
  const root: TocEntry[] = [];
  const stack: { level: number; children: TocEntry[] }[] = [{ level: 0, children: root }];
  for (const [index, heading] of headings.entries()) {
    const level = Number(heading.tagName.slice(1));
    const id = heading.properties['id'];
    const title = toString(heading).replace(/\s+/g, ' ').trim();
    // The first heading opens the file; any later one needs its own id, or its entry would point
    // back to the start of the file, out of reading order (EPUBCheck NAV-011). A nav link needs
    // text (RSC-005), so an empty heading has no entry.
    if (title === '' || (index > 0 && typeof id !== 'string')) continue;
    const entry: TocEntry = {
      title,
      href: index === 0 ? chapter.filename : `${chapter.filename}#${id}`,
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

/** What the package says about a file's elements, in document order. */
interface Contents {
  readonly images: Element[];
  readonly headings: Element[];
  readonly math: boolean;
  readonly svg: boolean;
}

/** The file's images, headings, maths and SVG, found in one walk. */
function contentsOf(tree: Root): Contents {
  const found = { images: [] as Element[], headings: [] as Element[], math: false, svg: false };
  const walk = (node: RootContent): void => {
    if (node.type !== 'element') return;
    if (node.tagName === 'img') found.images.push(node);
    else if (/^h[1-6]$/.test(node.tagName)) found.headings.push(node);
    else if (node.tagName === 'math') found.math = true;
    else if (node.tagName === 'svg') found.svg = true;
    node.children.forEach(walk);
  };
  tree.children.forEach(walk);
  return found;
}

function optional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : xmlSafe(text);
}
