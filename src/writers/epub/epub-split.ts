import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { linkFiles } from '../../hast/link-files.js';
import type { EditionFile } from '../../model.js';
import { cloneTree } from '../../hast/clone-tree.js';

/** The XHTML file of the text's `index`th part (0-based): `chapter-1.xhtml`... */
export function chapterFile(index: number): string {
  return `chapter-${index + 1}.xhtml`;
}

/** Options of `splitSections`. */
export interface SplitOptions {
  /** Title of the first file (the document's title). */
  readonly title: string;
  /** Documents with less text than this (in characters, about three e-reader screens) stay in one file. Default 4000. */
  readonly minLength?: number;
}

/**
 * Split the e-reader edition into one XHTML file per section of its
 * `.body` at the highest heading level it uses (`h2` in an article, `h1` in
 * a book whose chapters are `#`), when the document is long enough for that
 * to help e-readers (smaller files open faster, and progress follows the
 * sections). A heading inside a wrapper (a `div` an author's raw HTML left
 * around the rest of the document) splits it too: each file gets its own
 * copy of the wrapper, the id only in the first. The first file keeps the
 * title block and whatever precedes the first section; every file keeps the
 * edition's wrapper. Each footnote moves to the end of the file of its first
 * reference, and links between files are rewritten to `file.xhtml#id`.
 * Pure: `tree` is not changed.
 */
export function splitSections(tree: Root, options: SplitOptions): EditionFile[] {
  return splitSectionsInPlace(cloneTree(tree), options);
}

/**
 * `splitSections` taking `source` apart instead of a copy of it: for a tree
 * the caller made for this and uses no more (one copy of a book fewer, issue 13).
 */
export function splitSectionsInPlace(source: Root, options: SplitOptions): EditionFile[] {
  const long = toString(source).length >= (options.minLength ?? 4000);
  const body = findBody(source);
  const notes = body ? takeFootnotes(body) : undefined;
  const groups = body ? groupBySection(body.children) : [];
  const sections: EditionFile[] = [];
  if (!body || !long || groups.length < 2) {
    sections.push({ filename: chapterFile(0), title: options.title, tree: source });
  } else {
    // The edition around an empty body, cloned for each file but the first; cloned together, the
    // copy's `body` is the body inside the copy's `tree`.
    const all = body.children;
    body.children = [];
    const blank = structuredClone({ tree: source, body });
    body.children = all;
    groups.forEach(({ children, heading }, index) => {
      const copy = index === 0 ? { tree: source, body } : structuredClone(blank);
      copy.body.children = children;
      if (index > 0) removeTitleBlock(copy.tree);
      const title = heading ? toString(heading).replace(/\s+/g, ' ').trim() : options.title;
      sections.push({ filename: chapterFile(index), title, tree: copy.tree });
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

/** One file's share of the body: its children, and the heading that opens it (none for the first). */
interface Group {
  readonly children: ElementContent[];
  readonly heading: Element | undefined;
}

/**
 * The body's children in groups, each but the first opened by a heading of
 * the highest level used, wherever it sits: the elements around such a
 * heading are split, each part a copy holding what falls in its group.
 */
function groupBySection(children: ElementContent[]): Group[] {
  const level = highestLevel(children);
  if (level === undefined) return [{ children, heading: undefined }];
  const openers: Element[] = [];
  const holders = new Set<Element>();
  const find = (node: ElementContent, ancestors: Element[]): void => {
    if (node.type !== 'element') return;
    if (node.tagName === level) {
      openers.push(node);
      for (const ancestor of ancestors) holders.add(ancestor);
      return;
    }
    for (const child of node.children) find(child, [...ancestors, node]);
  };
  for (const child of children) find(child, []);
  let group = 0;
  const pieces = (node: ElementContent): [number, ElementContent][] => {
    if (node.type === 'element' && node.tagName === level) return [[++group, node]];
    if (node.type !== 'element' || !holders.has(node)) return [[group, node]];
    // A wrapper around a section heading: one copy of it per group it spans.
    const parts = withoutBlankParts(byGroup(node.children.flatMap(pieces)));
    return parts.map(([at, inner], index) => [
      at,
      { ...node, properties: index === 0 ? node.properties : withoutId(node), children: inner },
    ]);
  };
  const groups: Group[] = byGroup(children.flatMap(pieces)).map(([at, inner]) => ({
    children: inner,
    heading: at === 0 ? undefined : openers[at - 1],
  }));
  const [first, second] = groups;
  // No content before the first section (beyond white space): that section starts the book after the title.
  if (
    first &&
    second &&
    first.heading === undefined &&
    first.children.every((child) => child.type === 'text' && child.value.trim() === '')
  ) {
    return [{ children: [...first.children, ...second.children], heading: second.heading }, ...groups.slice(2)];
  }
  return groups;
}

/** Consecutive pieces of the same group, joined. */
function byGroup(pieces: [number, ElementContent][]): [number, ElementContent[]][] {
  const out: [number, ElementContent[]][] = [];
  for (const [at, node] of pieces) {
    const last = out.at(-1);
    if (last?.[0] === at) last[1].push(node);
    else out.push([at, [node]]);
  }
  return out;
}

/** Parts holding only white space joined to the next part, so that no file gets an empty copy of a wrapper. */
function withoutBlankParts(parts: [number, ElementContent[]][]): [number, ElementContent[]][] {
  const out: [number, ElementContent[]][] = [];
  let carried: ElementContent[] = [];
  parts.forEach(([at, nodes], index) => {
    const blank = nodes.every((node) => node.type === 'text' && node.value.trim() === '');
    if (blank && index < parts.length - 1) {
      carried.push(...nodes);
      return;
    }
    out.push([at, [...carried, ...nodes]]);
    carried = [];
  });
  return out;
}

/** The tag name of the highest-ranked heading among the nodes (`h1` before `h2`), if any. */
function highestLevel(nodes: readonly ElementContent[]): string | undefined {
  let best: string | undefined;
  const walk = (node: ElementContent): void => {
    if (node.type !== 'element') return;
    if (/^h[1-6]$/.test(node.tagName) && (best === undefined || node.tagName < best)) best = node.tagName;
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return best;
}

function withoutId(node: Element): Element['properties'] {
  const { id: _id, ...rest } = node.properties;
  return rest;
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
  const notes = body.children.find((child): child is Element => child.type === 'element' && classes(child).includes('footnotes'));
  if (notes) body.children.splice(body.children.indexOf(notes), 1);
  return notes;
}

/** Give each file a notes section with the notes first referenced in it. */
function placeFootnotes(sections: readonly EditionFile[], notes: Element): void {
  const asides = notes.children.filter((child): child is Element => child.type === 'element');
  const placed = new Set<Element>();
  sections.forEach((section, index) => {
    const referenced = new Set(hrefs(section.tree).map((href) => href.slice(1)));
    const mine = asides.filter(
      (aside) => !placed.has(aside) && (referenced.has(String(aside.properties['id'])) || index === sections.length - 1),
    );
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
