import path from 'node:path';
import type { VFile } from 'vfile';
import { loadStylesheets } from '../assets/load-stylesheets.js';
import { replaceUnavailableImages } from '../assets/replace-unavailable-images.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { ContentError, isFolioError, toError } from '../errors.js';
import type { Chapter, ContentAsset } from '../model.js';
import { loadAssets } from '../pipeline/assets.js';
import { load, type Source } from '../pipeline/load.js';
import { resolveMeta } from '../pipeline/meta.js';
import { parse } from '../pipeline/parse.js';
import type { StageTimer } from '../pipeline/stage-timer.js';
import { transform, type TransformOptions } from '../pipeline/transform.js';

/** What preparing a document needs besides its source. */
export interface PrepareOptions {
  readonly config: ResolvedConfig;
  readonly timer: StageTimer;
  /** The clock of the build, for documents with neither `date` nor `SOURCE_DATE_EPOCH`. */
  readonly now: Date;
  readonly signal?: AbortSignal | undefined;
  /** Options of the transform stage: the documents built with this one, or that it is a collection's article. */
  readonly transform: TransformOptions;
}

/** A document ready to render: its chapter (trees and metadata), the images it uses and the stylesheets it adds. */
export interface PreparedDocument {
  readonly chapter: Chapter;
  readonly assets: ReadonlyMap<string, ContentAsset>;
  /** Text of the stylesheets added after the theme's (config `css`, then front matter `css`). */
  readonly stylesheets: readonly string[];
  /** The local files it read besides its Markdown (images, stylesheets), absolute: watch mode rebuilds it when one changes. */
  readonly uses: readonly string[];
}

/**
 * One Markdown source through the stages every document goes through, alone
 * or as an article of a collection: load, parse, transform, meta, assets
 * (remote images it may not fetch shown as their alt text). Any failure
 * becomes a fatal message on the source's file, thrown as a `ContentError`,
 * so that it is reported with the file's other messages and nothing is
 * written for it.
 */
export async function prepareDocument(source: Source, options: PrepareOptions): Promise<PreparedDocument> {
  const { config, timer } = options;
  const file = await timer.time('load', () => load(source, config.cwd, { maxSize: config.maxInputSize }));
  try {
    const mdast = await timer.time('parse', () => parse(file, { lang: config.lang }));
    const hast = await timer.time('transform', () => transform(mdast, file, options.transform));
    const meta = resolveMeta(file.data.matter ?? { title: file.stem ?? 'Untitled', lang: config.lang }, {
      source: String(file.value),
      sourceDateEpoch: config.sourceDateEpoch,
      now: options.now,
    });
    const chapter: Chapter = { file, mdast, hast, meta };
    const loaded = await timer.time('assets', () => loadAssets([chapter], { allowNetwork: config.allowNetwork, signal: options.signal }));
    const stylesheets = await timer.time('assets', () => loadStylesheets(file, config.css));
    const publication = replaceUnavailableImages({ meta, chapters: [chapter], assets: loaded.assets }, loaded.unavailable);
    // The placeholders step may leave out a remote cover: the chapter takes the publication's metadata.
    const root = path.resolve(file.cwd, file.data.projectRoot ?? '.');
    const uses = [
      ...[...loaded.assets.values()].filter((asset) => !/^https?:/i.test(asset.source)).map((asset) => path.resolve(root, asset.source)),
      ...stylesheets.map((sheet) => sheet.path),
    ];
    return {
      chapter: { ...(publication.chapters[0] ?? chapter), meta: publication.meta },
      assets: publication.assets,
      stylesheets: stylesheets.map((sheet) => sheet.text),
      uses,
    };
  } catch (error) {
    throw asContentError(file, error);
  }
}

/** A failure as a fatal message on the file it concerns (a `ContentError` already is one). */
function asContentError(file: VFile, error: unknown): ContentError {
  if (error instanceof ContentError) return error;
  const cause = toError(error);
  // A failure that is not Folio's own is a bug: say so, and keep the cause (`DEBUG=folio:*` shows its stack).
  const reason = isFolioError(cause) ? cause.message : `internal error while preparing the document: ${cause.message}`;
  const message = file.message(reason, { ruleId: 'prepare', source: 'folio', cause });
  message.fatal = true;
  return new ContentError(file, { cause });
}
