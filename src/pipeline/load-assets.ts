import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { ContentError } from '../errors.js';
import type { Chapter, ContentAsset } from '../model.js';
import { imageTypeName, imageTypesByExtension, sniffImageType } from './image-types.js';

/** How `loadAssets` may reach files. */
export interface LoadAssetsOptions {
  /** Fetch `http(s)://` images; when `false` they are refused. */
  readonly allowNetwork: boolean;
  readonly signal?: AbortSignal | undefined;
  /** Milliseconds a remote image may take. Default 30000. */
  readonly timeout?: number;
}

/** One reference to a file, and where the Markdown makes it. */
interface Reference {
  readonly url: string;
  readonly file: VFile;
  readonly place: Point | undefined;
}

/**
 * Read every image the chapters use (each `<img src>`, and the front matter
 * `cover`) into memory, keyed by the reference as written. Local files are
 * read relative to the Markdown file and must stay inside its content root;
 * remote ones are fetched only when allowed. Every problem becomes a fatal
 * message at the file, line and column of the reference, and a
 * `ContentError` is thrown once all of them are known.
 */
export async function loadAssets(chapters: readonly Chapter[], options: LoadAssetsOptions): Promise<Map<string, ContentAsset>> {
  const references = new Map<string, Reference>();
  for (const chapter of chapters) {
    for (const reference of referencesOf(chapter)) if (!references.has(reference.url)) references.set(reference.url, reference);
  }
  const failed = new Set<VFile>();
  const assets = new Map<string, ContentAsset>();
  await Promise.all(
    [...references.values()].map(async (reference) => {
      const result = await loadOne(reference, options);
      if (typeof result === 'string') {
        const message = reference.file.message(result, { place: reference.place, ruleId: 'image', source: 'folio' });
        message.fatal = true;
        failed.add(reference.file);
      } else {
        assets.set(reference.url, result);
      }
    }),
  );
  const [file] = failed;
  if (file) throw new ContentError(file);
  // Insertion order follows completion; sort so that every consumer sees the same order on every build.
  return new Map([...assets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function referencesOf(chapter: Chapter): Reference[] {
  const { file } = chapter;
  const found: Reference[] = [];
  const cover = file.data.matter?.cover;
  if (cover !== undefined) found.push({ url: cover, file, place: coverPlace(chapter) });
  visit(chapter.hast, 'element', (node: Element) => {
    const src = node.properties['src'];
    if (node.tagName === 'img' && typeof src === 'string' && src !== '') found.push({ url: src, file, place: node.position?.start });
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

async function loadOne(reference: Reference, options: LoadAssetsOptions): Promise<ContentAsset | string> {
  const { url } = reference;
  if (/^https?:\/\//i.test(url)) {
    if (!options.allowNetwork) {
      return `remote image \`${url}\` is refused: Folio does not fetch from the network unless asked; save the image beside the Markdown file, or build with \`--allow-network\``;
    }
    return fetchOne(url, options);
  }
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) {
    return `image \`${url}\` cannot be used: give a path relative to the Markdown file (or an \`https://\` URL with \`--allow-network\`)`;
  }
  return readLocal(reference);
}

async function readLocal({ url, file }: Reference): Promise<ContentAsset | string> {
  let relative: string;
  try {
    relative = decodeURIComponent(url.replace(/[?#].*$/, ''));
  } catch {
    return `image \`${url}\` is not a valid URL path: escape \`%\` as \`%25\``;
  }
  const root = path.resolve(file.cwd, file.data.contentRoot ?? '.');
  const markdown = path.resolve(file.cwd, file.path);
  const absolute = relative.startsWith('/') ? path.join(root, relative) : path.resolve(path.dirname(markdown), relative);
  const shown = path.relative(file.cwd, absolute) || absolute;
  const real = await realpath(absolute).catch(() => undefined);
  const realRoot = await realpath(root).catch(() => root);
  if (!isInside(absolute, root) || (real !== undefined && !isInside(real, realRoot))) {
    return `image \`${url}\` is outside the content folder \`${path.relative(file.cwd, root) || '.'}\`: keep images inside it`;
  }
  const bytes = await readFile(absolute).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) {
    return bytes.code === 'ENOENT'
      ? `image \`${url}\` not found (looked for \`${shown}\`): check the path, which is relative to the Markdown file`
      : `image \`${url}\` cannot be read (\`${shown}\`: ${bytes.code ?? bytes.message})`;
  }
  const expected = imageTypesByExtension[path.extname(relative).toLowerCase()];
  if (expected === undefined) {
    return `image \`${url}\` has a type e-readers cannot show: use PNG, JPEG, GIF or SVG (\`.png\`, \`.jpg\`, \`.gif\`, \`.svg\`)`;
  }
  return checked(url, bytes, expected, path.relative(root, absolute).split(path.sep).join('/'));
}

async function fetchOne(url: string, options: LoadAssetsOptions): Promise<ContentAsset | string> {
  const timeout = AbortSignal.timeout(options.timeout ?? 30_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const response = await fetch(url, { signal, redirect: 'follow' });
    if (!response.ok) return `remote image \`${url}\` could not be fetched: the server answered ${response.status}`;
    const bytes = new Uint8Array(await response.arrayBuffer());
    return checked(url, bytes, sniffImageType(bytes) ?? response.headers.get('content-type') ?? 'unknown', url);
  } catch (error) {
    return `remote image \`${url}\` could not be fetched: ${(error as Error).message}`;
  }
}

function checked(url: string, bytes: Uint8Array, expected: string, source: string): ContentAsset | string {
  if (bytes.byteLength === 0) return `image \`${url}\` is an empty file`;
  const actual = sniffImageType(bytes);
  if (actual !== expected) {
    const what = actual === undefined ? 'its content is not an image Folio knows' : `its content is ${imageTypeName(actual)}`;
    return `image \`${url}\` is not the ${imageTypeName(expected)} its name says (${what}): re-export it or fix the extension`;
  }
  return { bytes, type: actual, source };
}

function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
