import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Find links that lead nowhere: to `#fragments` that no element of the
 * document has as its id, or to relative files (`notes.html`, `/url`), which
 * are not part of the publication. Each gets a warning with file and line,
 * and loses its `href`, keeping its text: a dead link is an error in an EPUB
 * (EPUBCheck RSC-012, RSC-007) and a surprise on paper.
 */
export default function rehypeDeadLinks() {
  return (tree: Root, file: VFile): undefined => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id === 'string') ids.add(id);
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      const reason = deadLink(href, ids);
      if (reason === undefined) return;
      file.message(reason, {
        ...(node.position && { place: node.position.start }),
        ruleId: 'dead-link',
        source: 'folio',
      });
      delete node.properties['href'];
    });
  };
}

/** Why a link leads nowhere, or `undefined` when it leads somewhere. */
function deadLink(href: string, ids: ReadonlySet<string>): string | undefined {
  if (href.startsWith('#')) return ids.has(decode(href.slice(1))) ? undefined : `link to \`${href}\` goes nowhere: no heading or element has that id`;
  if (!/^[a-z][a-z\d+.-]*:/i.test(href)) {
    return `link to \`${href}\` goes nowhere: it names a file that is not part of the publication (use a full https:// address)`;
  }
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

function decode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
