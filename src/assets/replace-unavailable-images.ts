import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Publication } from '../model.js';
import type { UnavailableImage } from '../pipeline/assets.js';

/** At most this many line numbers in one warning; the rest are counted. */
const maxLines = 10;

const askForNetwork = 'Folio fetches nothing from the network unless asked (build with `--allow-network`)';

/**
 * The publication with each remote image Folio did not embed (listed by
 * `loadAssets`: the network was not allowed, or the fetch failed) shown as
 * its alt text, and a remote `cover` that was not embedded left out (the
 * EPUB then draws its own). Warns once per file for the images left out
 * because the network was not allowed, once for those that failed, and once
 * for the cover, each at the first place with the lines of the others. Pure
 * but for the messages: the trees are copies, and afterwards every `<img>`
 * left has its `src` among `publication.assets`.
 */
export function replaceUnavailableImages(publication: Publication, unavailable: readonly UnavailableImage[]): Publication {
  if (unavailable.length === 0) return publication;
  const urls = new Set(unavailable.map((reference) => reference.url));
  const chapters = publication.chapters.map((chapter) => ({ ...chapter, hast: withPlaceholders(chapter.hast, urls) }));
  for (const file of new Set(unavailable.map((reference) => reference.file))) {
    warn(
      file,
      unavailable.filter((reference) => reference.file === file),
    );
  }
  const { cover, ...rest } = publication.meta;
  const coverLeftOut = cover !== undefined && unavailable.some((reference) => reference.cover && reference.url === cover);
  return { ...publication, chapters, meta: coverLeftOut ? rest : publication.meta };
}

/** A copy of `tree` with every `<img>` whose `src` is one of `urls` replaced by its placeholder. */
function withPlaceholders(tree: Root, urls: ReadonlySet<string>): Root {
  const copy = structuredClone(tree);
  visit(copy, 'element', (node: Element, index, parent) => {
    const src = node.properties['src'];
    if (node.tagName !== 'img' || typeof src !== 'string' || !urls.has(src) || !parent || index === undefined) return undefined;
    parent.children[index] = imagePlaceholder(node, src);
    return SKIP;
  });
  return copy;
}

/**
 * What stands in for an image that is not there: its alt text (else the
 * file name of its URL, else its host) in a `span.image-placeholder` with
 * `role="img"`, valid wherever the `<img>` was (phrasing content, so an
 * enclosing link stays). The themes draw it: print as a small framed box,
 * e-readers as plain text. The image's `id` is kept for links to it.
 */
function imagePlaceholder(image: Element, url: string): Element {
  const alt = image.properties['alt'];
  const label = (typeof alt === 'string' ? alt.trim() : '') || nameInUrl(url);
  const id = image.properties['id'];
  const placeholder = h('span.image-placeholder', { role: 'img', ariaLabel: label, id: typeof id === 'string' ? id : undefined }, label);
  return image.position ? { ...placeholder, position: image.position } : placeholder;
}

/** The last segment of the URL's path, decoded (`build%20status.svg` → `build status.svg`), else its host. */
function nameInUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const last = parsed.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .at(-1);
  if (last === undefined) return parsed.hostname;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The file's warnings: the images not fetched because not asked, those that failed, and the cover. */
function warn(file: VFile, references: readonly UnavailableImage[]): void {
  const sorted = [...references].sort((a, b) => (a.place?.line ?? Infinity) - (b.place?.line ?? Infinity));
  const images = sorted.filter((reference) => !reference.cover);
  const notAsked = images.filter((reference) => reference.failure === undefined);
  const failed = images.filter((reference) => reference.failure !== undefined);
  if (notAsked[0]) {
    const reason =
      notAsked.length === 1
        ? `remote image \`${notAsked[0].url}\` is shown as its alt text: ${askForNetwork}`
        : `${notAsked.length} remote images are shown as their alt text: ${askForNetwork}; ${lines(notAsked)}`;
    say(file, notAsked, reason);
  }
  if (failed[0]) {
    const reason =
      failed.length === 1
        ? `remote image \`${failed[0].url}\` could not be fetched and is shown as its alt text: ${failed[0].failure}`
        : `${failed.length} remote images could not be fetched and are shown as their alt text: ${byReason(failed)}`;
    say(file, failed, reason);
  }
  for (const cover of sorted.filter((reference) => reference.cover)) {
    const reason =
      cover.failure === undefined
        ? `remote cover \`${cover.url}\` is left out, so the EPUB gets a generated cover: ${askForNetwork}`
        : `remote cover \`${cover.url}\` could not be fetched (${cover.failure}), so the EPUB gets a generated cover`;
    say(file, [cover], reason);
  }
}

/** `the server answered 404 (lines 3, 9); no answer within 30 s (line 12)`. */
function byReason(failed: readonly UnavailableImage[]): string {
  const reasons = new Map<string, UnavailableImage[]>();
  for (const reference of failed) {
    const reason = reference.failure ?? '';
    reasons.set(reason, [...(reasons.get(reason) ?? []), reference]);
  }
  return [...reasons].map(([reason, list]) => `${reason} (${lines(list)})`).join('; ');
}

function say(file: VFile, references: readonly UnavailableImage[], reason: string): void {
  file.message(reason, { place: references[0]?.place, ruleId: 'remote-image', source: 'folio' });
}

/** `line 12` or `lines 12, 14, 621` (at most `maxLines`, then how many more). */
function lines(references: readonly UnavailableImage[]): string {
  const numbers = [...new Set(references.flatMap((reference) => (reference.place ? [reference.place.line] : [])))];
  if (numbers.length === 0) return 'no line known';
  const shown = numbers.slice(0, maxLines).join(', ');
  const more = numbers.length > maxLines ? ` and ${numbers.length - maxLines} more` : '';
  return `${numbers.length === 1 ? 'line' : 'lines'} ${shown}${more}`;
}
