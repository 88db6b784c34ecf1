import path from 'node:path';
import type { VFile } from 'vfile';
import { isInside } from '../fs/inside.js';

/**
 * What a URL is for, which decides where it may lead:
 *
 * - `link`: an `<a href>` a reader follows by choice: a `#fragment`, a path
 *   (left to the link checks), or a web, mail, IRC or XMPP address;
 * - `image`: an image Folio embeds (`<img src>`, a `srcset` candidate, the
 *   front matter `cover`): a path into the project, or an `http(s)://`
 *   address that only Folio fetches, and only with `--allow-network`;
 * - `citation`: an address that is named, never loaded (`cite`,
 *   `itemtype`): a full `http(s)://` address;
 * - `svg`: a reference inside an SVG image (`href`, `xlink:href`, CSS `url()`
 *   and `@import`): a `#fragment` of the image or an image in a `data:` URL,
 *   so that a reader of the output fetches nothing.
 */
export type UrlUse = 'link' | 'image' | 'citation' | 'svg';

/**
 * Where a URL leads, with the URL as a browser reads it (surrounding spaces,
 * tabs and line breaks removed, the scheme in lower case: `HTTP://x` is
 * `http://x`), or why it may not be used.
 */
export type UrlVerdict =
  | { readonly kind: 'fragment' | 'local' | 'remote' | 'address' | 'embedded'; readonly url: string }
  | { readonly kind: 'refused'; readonly reason: string };

/** Schemes a link may have: GitHub's list. */
const linkSchemes = new Set(['http', 'https', 'mailto', 'irc', 'ircs', 'xmpp']);

/** What each use accepts, for the reasons of refusals. */
const accepted: Readonly<Record<UrlUse, string>> = {
  link: 'a link may lead to an `https://`, `http://`, `mailto:`, `irc:`, `ircs:` or `xmpp:` address, a file or a `#heading`',
  image: 'give a path relative to the Markdown file (or an `https://` URL with `--allow-network`)',
  citation: 'give a full `https://` address',
  svg: 'an image may refer only to its own parts (`#id`) and to images inside it (`data:image/...`)',
};

/**
 * The one protocol check of Folio: every URL the sanitiser keeps, every
 * image reference and every reference inside an SVG image goes through it.
 * Reads the URL as a browser does (WHATWG URL: spaces around it and tabs
 * and line breaks in it do not count, nor the case of the scheme), so that
 * `java\tscript:` or ` HTTP://` mean what they mean to a reader. Pure.
 */
export function checkUrl(value: string, use: UrlUse): UrlVerdict {
  // eslint-disable-next-line no-control-regex -- the URL standard strips C0 controls and spaces around a URL.
  const url = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const refused = (what: string): UrlVerdict => ({ kind: 'refused', reason: `${what}: ${accepted[use]}` });
  if (url.startsWith('#')) return use === 'link' || use === 'svg' ? { kind: 'fragment', url } : refused('it names no file');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // `//host/x` and `\\host\x` name a host by the page's own scheme: on a reader's disk, a file share.
    if (/^[\\/]{2}/.test(url)) return refused('it names a host without a scheme');
    if (use === 'svg') return refused('it names a file outside the image');
    if (use === 'citation') return refused('it names a file that is not part of the publication');
    return { kind: 'local', url };
  }
  const normalised = `${scheme}${url.slice(scheme.length)}`;
  const web = scheme === 'http' || scheme === 'https';
  // A link's host is checked with the links (`rehype-dead-links`), which unlink it with their own warning.
  if (use === 'link' && linkSchemes.has(scheme)) return { kind: 'address', url: normalised };
  if (web && !URL.canParse(normalised)) return refused('it is not a valid address');
  if (use === 'image' && web) return { kind: 'remote', url: normalised };
  if (use === 'citation' && web) return { kind: 'address', url: normalised };
  if (use === 'svg' && /^data:image\//i.test(normalised)) return { kind: 'embedded', url: normalised };
  return refused(`\`${scheme}:\` is not allowed here`);
}

/** Where a local image reference leads, for the load stage to read it. */
export interface LocalTarget {
  /** The file, absolute. */
  readonly absolute: string;
  /** The project folder, absolute: the file must be inside it. */
  readonly root: string;
  /** Whether the reference starts at the project folder (`/img/x.png`) rather than the Markdown file's. */
  readonly siteAbsolute: boolean;
  /** Whether the path stays inside the project (symbolic links are the reader's to follow). */
  readonly inside: boolean;
  /**
   * For a site-absolute reference, where else a static site generator may
   * have it, to look in when `absolute` is not there, in order: each folder
   * from the Markdown file's up to the project folder, then its `static/`
   * (Docusaurus, Hugo) and `public/` (VitePress, Astro) folders. A
   * Docusaurus page in `docs/` names `/img/x.png` for `static/img/x.png`.
   * All inside the project; none for a relative reference.
   */
  readonly fallbacks: readonly string[];
}

/**
 * The place check of a local reference (`local` from `checkUrl`): the file
 * it names, relative to the Markdown file (or, for `/img/x.png`, its
 * project folder), its query and fragment left out and percent-escapes
 * decoded, and whether it stays inside the project
 * (`file.data.projectRoot`); `undefined` when the path is not valid
 * percent-encoding. Pure: the load stage follows symbolic links.
 */
export function localTarget(url: string, file: VFile): LocalTarget | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(url.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
  const root = path.resolve(file.cwd, file.data.projectRoot ?? '.');
  const markdown = path.resolve(file.cwd, file.history.at(-1) ?? '');
  const siteAbsolute = relative.startsWith('/');
  const absolute = siteAbsolute ? path.join(root, relative) : path.resolve(path.dirname(markdown), relative);
  const fallbacks = siteAbsolute
    ? [
        ...new Set(
          foldersUpTo(path.dirname(markdown), root).flatMap((dir) =>
            ['', 'static', 'public'].map((served) => path.join(dir, served, relative)),
          ),
        ),
      ]
    : [];
  return {
    absolute,
    root,
    siteAbsolute,
    inside: isInside(absolute, root),
    fallbacks: fallbacks.filter((candidate) => candidate !== absolute && isInside(candidate, root)),
  };
}

/** `folder` and each folder above it, up to `root` (included) when `folder` is inside it. */
function foldersUpTo(folder: string, root: string): string[] {
  const folders: string[] = [];
  for (let dir = folder; dir === root || isInside(dir, root); dir = path.dirname(dir)) {
    folders.push(dir);
    if (dir === root || path.dirname(dir) === dir) break;
  }
  return folders;
}
