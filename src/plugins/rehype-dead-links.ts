import path from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isMarkdownFile } from '../fs/markdown-files.js';
import { markDocumentLink } from '../hast/document-links.js';
import { fragmentTarget, isFileLink, notInPublication, percentDecode, splitFileLink, unlink } from '../hast/links.js';
import type { Plugin } from 'unified';

/** Options of `rehypeDeadLinks`. */
export interface RehypeDeadLinksOptions {
  /**
   * The document is an article of a collection: its links to files are left
   * to `link-articles`, which knows the book's other articles.
   */
  readonly inCollection?: boolean;
  /**
   * The Markdown files built in the same run (absolute path → output name):
   * a link to one of them leads to its HTML edition.
   */
  readonly documents?: ReadonlyMap<string, string>;
}

/** At most this many places named in the grouped warning about links to Markdown files. */
const shownPlaces = 5;

/**
 * Find links that lead nowhere: to `#fragments` that no element of the
 * document has as its id, or to relative files (`notes.html`, `/url`), which
 * are not part of the publication. Each gets a warning with file and line,
 * and loses its `href`, keeping its text: a dead link is an error in an EPUB
 * (EPUBCheck RSC-012, RSC-007) and a surprise on paper.
 *
 * A link to another Markdown file (`other.md#intro`) built in the same run
 * leads to that file's HTML edition (`other.html#intro`, marked for the
 * writers: see `src/hast/document-links.ts`); one that is not built with it
 * keeps its text, and the document gets one warning naming them all.
 */
const rehypeDeadLinks: Plugin<[RehypeDeadLinksOptions?], Root> = function (options = {}) {
  const documents = options.documents ?? new Map<string, string>();
  return (tree: Root, file: VFile): undefined => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id === 'string') ids.add(id);
    });
    const unbuilt: { href: string; node: Element }[] = [];
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      if (isFileLink(href)) {
        if (options.inCollection) return;
        const { address, fragment } = splitFileLink(href);
        if (isMarkdownFile(percentDecode(address))) {
          const absolute = markdownTarget(address, file);
          // A link to the document itself is a link within it.
          if (absolute === path.resolve(file.cwd, pathOf(file))) {
            if (fragment === '') delete node.properties['href'];
            else node.properties['href'] = `#${fragment}`;
            const reason = fragment === '' ? undefined : deadLink(`#${fragment}`, ids);
            if (reason !== undefined) unlink(node, file, reason);
            return;
          }
          const target = documents.get(absolute);
          if (target === undefined) unbuilt.push({ href, node });
          else markDocumentLink(node, `${relativeOutput(file.data.outputName ?? '', target)}.html${fragment ? `#${fragment}` : ''}`);
          return;
        }
      }
      const reason = deadLink(href, ids);
      if (reason !== undefined) unlink(node, file, reason);
      // A link to a percent-encoded id leads to it as the id is written (`#fn-†`), which EPUB readers and EPUBCheck also find.
      else if (href.startsWith('#')) node.properties['href'] = `#${fragmentTarget(href.slice(1), ids) ?? href.slice(1)}`;
    });
    if (unbuilt.length > 0) warnUnbuilt(file, unbuilt);
  };
};

export default rehypeDeadLinks;

/** The file's path, '' when it has none: vfile types `path` as a string, but it is the last of `history`, which may be empty. */
function pathOf(file: VFile): string {
  return file.history.at(-1) ?? '';
}

/** The absolute path a link to a Markdown file names: relative to the file's folder, or to the project (`/docs/a.md`). */
function markdownTarget(address: string, file: VFile): string {
  const decoded = percentDecode(address);
  const from = path.resolve(file.cwd, pathOf(file));
  if (decoded.startsWith('/')) return path.join(path.resolve(file.cwd, file.data.projectRoot ?? '.'), decoded);
  return path.resolve(path.dirname(from), decoded);
}

/** The path from one output to another, both named relative to the output folder (`news/a` → `b` gives `../b`). */
function relativeOutput(from: string, to: string): string {
  const relative = path.posix.relative(path.posix.dirname(from), to);
  return encodeURI(relative);
}

/** One warning for every link to a Markdown file not built in this run; each keeps its text. */
function warnUnbuilt(file: VFile, links: readonly { href: string; node: Element }[]): void {
  const [first] = links;
  const places = links
    .slice(0, shownPlaces)
    .map(({ href, node }) => `\`${percentDecode(href)}\`${node.position ? ` (line ${node.position.start.line})` : ''}`);
  const more = links.length > shownPlaces ? ` and ${links.length - shownPlaces} more` : '';
  const what = links.length === 1 ? 'a link to a Markdown file that is' : `${links.length} links to Markdown files that are`;
  file.message(
    `${what} not built with this document keep their text but lose their link: ${places.join(', ')}${more}; build them together (a folder or a glob) to link their HTML`,
    {
      ...(first?.node.position && { place: first.node.position.start }),
      ruleId: 'markdown-link',
      source: 'folio',
    },
  );
  for (const { node } of links) delete node.properties['href'];
}

/** Why a link leads nowhere, or `undefined` when it leads somewhere. */
function deadLink(href: string, ids: ReadonlySet<string>): string | undefined {
  if (href.startsWith('#'))
    return fragmentTarget(href.slice(1), ids) !== undefined
      ? undefined
      : `link to \`${href}\` goes nowhere: no heading or element has that id`;
  if (isFileLink(href)) return notInPublication(href);
  if (/^https?:/i.test(href) && !hasHostName(href)) return `link to \`${href}\` goes nowhere: its address has no valid host name`;
  return undefined;
}

/** Whether a web address names a host readers can resolve: DNS labels, an IPv4 or a bracketed IPv6 address. */
function hasHostName(href: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(href).hostname;
  } catch {
    return false;
  }
  if (/^\[[\da-f:.]+\]$/i.test(hostname)) return true;
  return hostname.split('.').every((label) => /^[a-z\d](?:[a-z\d-]*[a-z\d])?$/i.test(label));
}
