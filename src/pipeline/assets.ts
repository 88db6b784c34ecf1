import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { ContentError, errorCode, toError } from '../errors.js';
import { isInside } from '../fs/inside.js';
import { checkUrl, localTarget } from '../hast/check-url.js';
import { withoutOutsideReferences } from '../hast/svg-references.js';
import type { Chapter, ContentAsset } from '../model.js';
import { fetchImage } from '../assets/fetch-image.js';
import { imageProblem } from '../assets/check-image.js';
import { imageTypeName, imageTypesByExtension, sniffImageType } from '../assets/image-types.js';

/** How `loadAssets` may reach files. */
export interface LoadAssetsOptions {
  /** Fetch `http(s)://` images; when `false` none is fetched, and each is listed as unavailable. */
  readonly allowNetwork: boolean;
  readonly signal?: AbortSignal | undefined;
  /** Milliseconds a remote image may take. Default 30000. */
  readonly timeout?: number;
  /** Bytes a remote image may have. Default 20 MiB. */
  readonly maxBytes?: number;
}

/** One reference to a remote image that Folio did not embed, where the Markdown makes it, and why. */
export interface UnavailableImage {
  /** The reference as written. */
  readonly url: string;
  readonly file: VFile;
  readonly place: Point | undefined;
  /** Whether it is the front matter `cover` (else an `<img>` of the text). */
  readonly cover: boolean;
  /** Why the fetch failed, in a few words (`the server answered 404`); `undefined` when the network was not allowed. */
  readonly failure: string | undefined;
}

/** What `loadAssets` found. */
export interface LoadedAssets {
  /** Every image read or fetched, keyed by the reference as written, sorted by it. */
  readonly assets: Map<string, ContentAsset>;
  /** Each reference to a remote image that is not among `assets`, in the order of the chapters. */
  readonly unavailable: readonly UnavailableImage[];
}

/** One reference to a file, and where the Markdown makes it. */
interface Reference {
  readonly url: string;
  readonly file: VFile;
  readonly place: Point | undefined;
  readonly cover: boolean;
}

/**
 * What became of one reference: read (for an SVG image, with the URLs
 * outside it that were removed), a fatal problem, or a remote image left out.
 */
type Outcome =
  | { readonly asset: ContentAsset; readonly removed?: readonly string[] }
  | { readonly fatal: string }
  | { readonly failure: string | undefined };

/**
 * Read every image the chapters use (each `<img src>`, and the front matter
 * `cover`) into memory, keyed by the reference as written. Local files are
 * read relative to the Markdown file (or, for `/img/x.png`, its project
 * folder) and must stay inside its project (`file.data.projectRoot`).
 * Remote ones are fetched only when allowed; one not allowed or not fetched
 * is listed in `unavailable`, for `replaceUnavailableImages`. Every other
 * problem becomes a fatal message at the file, line and column of the
 * reference, and a `ContentError` is thrown once all of them are known.
 */
export async function loadAssets(chapters: readonly Chapter[], options: LoadAssetsOptions): Promise<LoadedAssets> {
  const references = chapters.flatMap(referencesOf);
  const byUrl = new Map<string, Reference>();
  for (const reference of references) if (!byUrl.has(reference.url)) byUrl.set(reference.url, reference);
  const outcomes = new Map<string, Outcome>();
  await Promise.all([...byUrl].map(async ([url, reference]) => outcomes.set(url, withSvgChecked(await loadOne(reference, options)))));
  const failed = new Set<VFile>();
  const assets = new Map<string, ContentAsset>();
  const unavailable: UnavailableImage[] = [];
  for (const reference of references) {
    const outcome = outcomes.get(reference.url);
    if (outcome === undefined) continue;
    if ('asset' in outcome) {
      assets.set(reference.url, outcome.asset);
      if (outcome.removed?.length && byUrl.get(reference.url) === reference) warnRemoved(reference, outcome.removed);
    } else if ('failure' in outcome) unavailable.push({ ...reference, failure: outcome.failure });
    else if (byUrl.get(reference.url) === reference) {
      // Only the first reference is reported: the same problem at each use would repeat itself.
      const message = reference.file.message(outcome.fatal, { place: reference.place, ruleId: 'image', source: 'folio' });
      message.fatal = true;
      failed.add(reference.file);
    }
  }
  const [file] = failed;
  if (file) throw new ContentError(file);
  // Sorted, so that every consumer sees the same order on every build.
  return { assets: new Map([...assets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), unavailable };
}

/** An SVG image without references outside it, which a reader of the output would fetch (`src/hast/svg-references.ts`). */
function withSvgChecked(outcome: Outcome): Outcome {
  if (!('asset' in outcome) || outcome.asset.type !== 'image/svg+xml') return outcome;
  const { bytes, removed } = withoutOutsideReferences(outcome.asset.bytes);
  return { asset: { ...outcome.asset, bytes }, removed };
}

/** At most this many URLs named in the warning about an SVG image's references; the rest are counted. */
const shownUrls = 5;

function warnRemoved(reference: Reference, removed: readonly string[]): void {
  const named = removed.slice(0, shownUrls).map((url) => `\`${url}\``);
  const more = removed.length > shownUrls ? ` and ${removed.length - shownUrls} more` : '';
  reference.file.message(
    `image \`${reference.url}\` refers to files outside it, which a reader would fetch; they were removed from it: ${named.join(', ')}${more} (put what it needs inside the SVG)`,
    { place: reference.place, ruleId: 'image', source: 'folio' },
  );
}

function referencesOf(chapter: Chapter): Reference[] {
  const { file } = chapter;
  const found: Reference[] = [];
  const cover = file.data.matter?.cover;
  if (cover !== undefined) found.push({ url: cover, file, place: coverPlace(chapter), cover: true });
  visit(chapter.hast, 'element', (node: Element) => {
    const src = node.properties['src'];
    if (node.tagName === 'img' && typeof src === 'string' && src !== '')
      found.push({ url: src, file, place: node.position?.start, cover: false });
  });
  return found;
}

/** The line of `cover:` (or TOML's `cover =`) in the front matter block. */
function coverPlace(chapter: Chapter): Point | undefined {
  const [block] = chapter.mdast.children;
  const start = block?.position?.start.line;
  if ((block?.type !== 'yaml' && block?.type !== 'toml') || start === undefined) return undefined;
  const index = block.value.split('\n').findIndex((line) => /^cover\s*[:=]/.test(line));
  return index === -1 ? undefined : { line: start + 1 + index, column: 1 };
}

async function loadOne(reference: Reference, options: LoadAssetsOptions): Promise<Outcome> {
  const { url } = reference;
  const verdict = checkUrl(url, 'image');
  if (verdict.kind === 'refused') return { fatal: `image \`${url}\` cannot be used: ${verdict.reason}` };
  if (verdict.kind === 'remote') {
    // Nothing leaves the machine unless asked (`--allow-network`).
    if (!options.allowNetwork) return { failure: undefined };
    const fetched = await fetchImage(verdict.url, options);
    return 'asset' in fetched ? fetched : { failure: fetched.why };
  }
  return readLocal(reference);
}

async function readLocal({ url, file }: Reference): Promise<Outcome> {
  const target = localTarget(url, file);
  if (target === undefined) return { fatal: `image \`${url}\` is not a valid URL path: escape \`%\` as \`%25\`` };
  const { root, siteAbsolute, fallbacks } = target;
  const markdown = path.resolve(file.cwd, file.path);
  const rootShown = path.relative(file.cwd, root) || '.';
  const shownOf = (absolute: string): string => path.relative(file.cwd, absolute) || absolute;
  if (!target.inside || !(await realInside(target.absolute, root, markdown))) {
    return {
      fatal:
        `image \`${url}\` is outside the project folder \`${rootShown}\`: copy it into the project ` +
        '(the nearest folder above the Markdown file with a `folio.config.*`, `package.json` or `.git`)',
    };
  }
  let absolute = target.absolute;
  let bytes = await readFile(absolute).catch((error: unknown) => toError(error));
  // A site-absolute path not at the project folder: where a static site generator would serve it from.
  for (const candidate of errorCode(bytes) === 'ENOENT' ? fallbacks : []) {
    if (!(await realInside(candidate, root, markdown))) continue;
    const found = await readFile(candidate).catch(() => undefined);
    if (found === undefined) continue;
    [absolute, bytes] = [candidate, found];
    break;
  }
  if (bytes instanceof Error) {
    const base = siteAbsolute
      ? `starts at the project folder \`${rootShown}\` (or, as static site generators serve it, a folder from the Markdown file's up to it, or its \`static/\` or \`public/\`)`
      : 'is relative to the Markdown file';
    const code = errorCode(bytes);
    return {
      fatal:
        code === 'ENOENT'
          ? `image \`${url}\` not found (looked for \`${shownOf(absolute)}\`): check the path, which ${base}`
          : `image \`${url}\` cannot be read (\`${shownOf(absolute)}\`: ${code ?? bytes.message})`,
    };
  }
  const relative = path.relative(root, absolute);
  const expected = imageTypesByExtension[path.extname(absolute).toLowerCase()];
  if (expected === undefined) {
    return {
      fatal: `image \`${url}\` has a type e-readers cannot show: use PNG, JPEG, GIF or SVG (\`.png\`, \`.jpg\`, \`.gif\`, \`.svg\`)`,
    };
  }
  if (bytes.byteLength === 0) return { fatal: `image \`${url}\` is an empty file` };
  const actual = sniffImageType(bytes);
  if (actual !== expected) {
    const what = actual === undefined ? 'its content is not an image Folio knows' : `its content is ${imageTypeName(actual)}`;
    return { fatal: `image \`${url}\` is not the ${imageTypeName(expected)} its name says (${what}): re-export it or fix the extension` };
  }
  const problem = imageProblem(bytes, actual);
  if (problem !== undefined) return { fatal: `image \`${url}\` cannot be used: ${problem}` };
  return { asset: { bytes, type: actual, source: relative.split(path.sep).join('/') } };
}

/**
 * Whether the file, its symbolic links followed, is still inside the
 * project: a link inside pointing out is refused. A Markdown file whose own
 * folder is a link (`content` → `/data/content`) may still use the images
 * beside it.
 */
async function realInside(absolute: string, root: string, markdown: string): Promise<boolean> {
  const real = await realpath(absolute).catch(() => undefined);
  if (real === undefined) return true; // missing: reported as not found
  const [realRoot, realFolder] = await Promise.all([
    realpath(root).catch(() => root),
    realpath(path.dirname(markdown)).catch(() => undefined),
  ]);
  return isInside(real, realRoot) || (realFolder !== undefined && isInside(real, realFolder));
}
