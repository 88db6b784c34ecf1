import type { Element } from 'hast';
import type { VFile } from 'vfile';

/** Whether a link names a file by a relative or absolute path (no scheme, not just a `#fragment`). */
export function isFileLink(href: string): boolean {
  return !href.startsWith('#') && !/^[a-z][a-z\d+.-]*:/i.test(href);
}

/** The parts of a link to a file: its path (query removed) and its fragment, both as written. */
export function splitFileLink(href: string): { readonly address: string; readonly fragment: string } {
  const hash = href.indexOf('#');
  const address = (hash === -1 ? href : href.slice(0, hash)).replace(/\?.*$/, '');
  return { address, fragment: hash === -1 ? '' : href.slice(hash + 1) };
}

/**
 * The id a `#fragment` (without `#`) leads to among `ids`, as a browser
 * finds it: the fragment as written, else percent-decoded (GFM writes
 * footnote ids percent-encoded, `fn-%E2%80%A0`, and links to them so).
 */
export function fragmentTarget(fragment: string, ids: { has(id: string): boolean }): string | undefined {
  if (ids.has(fragment)) return fragment;
  const decoded = percentDecode(fragment);
  return ids.has(decoded) ? decoded : undefined;
}

/** A `#fragment` (without `#`) or a path percent-decoded, as a browser matches a fragment against ids; as written when it is not valid. */
export function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The warning for a link to a file outside the publication. */
export function notInPublication(href: string): string {
  return `link to \`${href}\` goes nowhere: it names a file that is not part of the publication (use a full https:// address)`;
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
