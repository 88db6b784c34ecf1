import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { percentDecode } from '../pipeline/link-files.js';

/**
 * Find links that lead nowhere: to `#fragments` that no element of the
 * document has as its id, or to relative files (`notes.html`, `/url`), which
 * are not part of the publication. Each gets a warning with file and line,
 * and loses its `href`, keeping its text: a dead link is an error in an EPUB
 * (EPUBCheck RSC-012, RSC-007) and a surprise on paper. In an article of
 * a collection (`file.data.collection`), links to files are left to
 * `link-articles`, which knows the book's other articles.
 */
export default function rehypeDeadLinks() {
  return (tree: Root, file: VFile): undefined => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id === 'string') ids.add(id);
    });
    const inBook = file.data.collection !== undefined;
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      if (inBook && isFileLink(href)) return;
      const reason = deadLink(href, ids);
      if (reason !== undefined) unlink(node, file, reason);
    });
  };
}

/** Warn about a dead link at its place, and take its `href` away (its text stays). */
export function unlink(node: Element, file: VFile, reason: string): void {
  file.message(reason, {
    ...(node.position && { place: node.position.start }),
    ruleId: 'dead-link',
    source: 'folio',
  });
  delete node.properties['href'];
}

/** Whether a link names a file by a relative or absolute path (no scheme, not just a `#fragment`). */
export function isFileLink(href: string): boolean {
  return !href.startsWith('#') && !/^[a-z][a-z\d+.-]*:/i.test(href);
}

/** The warning for a link to a file outside the publication. */
export function notInPublication(href: string): string {
  return `link to \`${href}\` goes nowhere: it names a file that is not part of the publication (use a full https:// address)`;
}

/** Why a link leads nowhere, or `undefined` when it leads somewhere. */
function deadLink(href: string, ids: ReadonlySet<string>): string | undefined {
  if (href.startsWith('#')) return ids.has(percentDecode(href.slice(1))) ? undefined : `link to \`${href}\` goes nowhere: no heading or element has that id`;
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
