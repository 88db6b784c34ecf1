import path from 'node:path';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { Chapter } from '../model.js';
import { fragmentTarget, isFileLink, notInPublication, percentDecode, splitFileLink, unlink } from '../hast/links.js';
import { chapterId, chapterPrefix } from './assemble-collection.js';

/** An article of a book as links to it see it. */
export interface LinkTarget {
  /** Its Markdown file, as an absolute path. */
  readonly path: string;
  /** The id of its start in the book (`c2`). */
  readonly start: string;
  /** The prefix its ids carry in the book (`c2-`). */
  readonly prefix: string;
  /** Every id of its chapter, prefixed. */
  readonly ids: ReadonlySet<string>;
}

/** Where a link to a file leads in the book: an in-book `#id`, or the reason it leads nowhere. */
export type ArticleLink = { readonly href: string } | { readonly reason: string };

/** The link targets of a book's chapters, in order; their ids carry the chapter's prefix already (`prefixIds`). */
function linkTargets(chapters: readonly Chapter[]): LinkTarget[] {
  return chapters.map((chapter, index) => {
    const ids = new Set<string>();
    visit(chapter.hast, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id === 'string') ids.add(id);
    });
    return { path: path.resolve(chapter.file.cwd, chapter.file.path), start: chapterId(index), prefix: chapterPrefix(index), ids };
  });
}

/**
 * Resolve a link to a file (`interview.md`, `./week-1/study.md#methods`,
 * `week%201/notes.md`), written in the article whose Markdown file is
 * `from`: its path is read relative to that file's folder and
 * percent-decoded. A link to an article of the book leads to that
 * article's start, or with a `#fragment` to the element with that id
 * (which the article's chapter carries with its prefix); a link to the
 * article itself is a link within it. Any other file, or a fragment the
 * article has no id for, leads nowhere. Pure.
 */
export function resolveArticleLink(href: string, from: string, targets: readonly LinkTarget[]): ArticleLink {
  const { address, fragment } = splitFileLink(href);
  // `/notes.md` and `//host/notes.md` name no file beside the article.
  const file = address.startsWith('/') ? undefined : path.resolve(path.dirname(from), percentDecode(address));
  const target = targets.find((candidate) => candidate.path === file);
  if (target === undefined) return { reason: notInPublication(href) };
  if (fragment === '') return { href: `#${target.start}` };
  const ids = { has: (id: string): boolean => target.ids.has(target.prefix + id) };
  if (fragmentTarget(fragment, ids) !== undefined) return { href: `#${target.prefix}${fragment}` };
  return {
    reason: `link to \`${href}\` goes nowhere: \`${address}\` has no heading or element with the id \`${percentDecode(fragment)}\``,
  };
}

/**
 * A book's chapters (their ids prefixed) with every link to a file resolved
 * against the book's articles (`resolveArticleLink`): a link that leads
 * into the book becomes an in-book `#id`, which the print edition follows
 * as it is and the EPUB points at the article's file (`linkFiles`); a link
 * that leads nowhere gets a warning on its article's file, at its line,
 * and loses its `href`, as `rehype-dead-links` does for a lone document.
 */
export function linkArticles(chapters: readonly Chapter[]): Chapter[] {
  const targets = linkTargets(chapters);
  return chapters.map((chapter, index) => {
    const hast = structuredClone(chapter.hast);
    const from = targets[index]?.path ?? '';
    visit(hast, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string' || !isFileLink(href)) return;
      const link = resolveArticleLink(href, from, targets);
      if ('href' in link) node.properties['href'] = link.href;
      else unlink(node, chapter.file, link.reason);
    });
    return { ...chapter, hast };
  });
}
