import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { linkFiles } from '../pipeline/link-files.js';

/** One XHTML file of the e-reader edition, before it is serialised. */
export interface EpubSection {
  readonly filename: string;
  readonly title: string;
  readonly tree: Root;
}

/** Options of `splitSections`. */
export interface SplitOptions {
  /** Title of the first file (the document's title). */
  readonly title: string;
  /** Documents with less text than this (in characters, about three e-reader screens) stay in one file. Default 4000. */
  readonly minLength?: number;
}

/**
 * Split the e-reader edition into one XHTML file per top-level (`h2`)
 * section of its `.body`, when the document is long enough for that to help
 * e-readers (smaller files open faster, and progress follows the sections).
 * The first file keeps the title block and whatever precedes the first
 * `h2`; every file keeps the edition's wrapper. Each footnote moves to the
 * end of the file of its first reference, and links between files are
 * rewritten to `file.xhtml#id`. Pure: `tree` is not changed.
 */
export function splitSections(tree: Root, options: SplitOptions): EpubSection[] {
  const source = structuredClone(tree);
  const body = findBody(source);
  const notes = body ? takeFootnotes(body) : undefined;
  const groups = body ? groupByH2(body.children) : [];
  const long = toString(tree).length >= (options.minLength ?? 4000);
  const sections: EpubSection[] = [];
  if (!body || !long || groups.length < 2) {
    sections.push({ filename: 'chapter-1.xhtml', title: options.title, tree: source });
  } else {
    groups.forEach((children, index) => {
      const copy = index === 0 ? source : structuredClone(source);
      const copyBody = findBody(copy) as Element;
      copyBody.children = children;
      if (index > 0) removeTitleBlock(copy);
      const heading = children.find((child): child is Element => child.type === 'element' && child.tagName === 'h2');
      const title = index === 0 || !heading ? options.title : toString(heading).replace(/\s+/g, ' ').trim();
      sections.push({ filename: `chapter-${index + 1}.xhtml`, title, tree: copy });
    });
  }
  if (notes) placeFootnotes(sections, notes);
  linkFiles(sections);
  return sections;
}

function findBody(tree: Root): Element | undefined {
  let body: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (body === undefined && classes(node).includes('body')) body = node;
  });
  return body;
}

/** Top-level children grouped so that each group but the first starts with an `h2`. */
function groupByH2(children: ElementContent[]): ElementContent[][] {
  const groups: ElementContent[][] = [[]];
  for (const child of children) {
    if (child.type === 'element' && child.tagName === 'h2') groups.push([]);
    groups.at(-1)?.push(child);
  }
  const [first, ...rest] = groups;
  // No content before the first h2 (beyond white space): that section starts the book after the title.
  if (first && rest.length > 0 && first.every((child) => child.type === 'text' && child.value.trim() === '')) {
    rest[0]?.unshift(...first);
    return rest;
  }
  return groups;
}

function removeTitleBlock(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (classes(node).includes('title-block') && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index] as const;
    }
    return undefined;
  });
}

/** Remove the notes section (made by rehype-epub-footnotes) and return it. */
function takeFootnotes(body: Element): Element | undefined {
  const index = body.children.findIndex((child) => child.type === 'element' && classes(child).includes('footnotes'));
  if (index === -1) return undefined;
  return body.children.splice(index, 1)[0] as Element;
}

/** Give each file a notes section with the notes first referenced in it. */
function placeFootnotes(sections: readonly EpubSection[], notes: Element): void {
  const asides = notes.children.filter((child): child is Element => child.type === 'element');
  const placed = new Set<Element>();
  sections.forEach((section, index) => {
    const referenced = new Set(hrefs(section.tree).map((href) => href.slice(1)));
    const mine = asides.filter((aside) => !placed.has(aside) && (referenced.has(String(aside.properties['id'])) || index === sections.length - 1));
    if (mine.length === 0) return;
    for (const aside of mine) placed.add(aside);
    const body = findBody(section.tree);
    body?.children.push({ ...notes, children: mine });
  });
}

function hrefs(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const href = node.properties['href'];
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) found.push(href);
  });
  return found;
}

function classes(node: RootContent | Element): string[] {
  if (node.type !== 'element') return [];
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}
