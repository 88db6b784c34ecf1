import path from 'node:path';
import createDebug from 'debug';
import type { VFileMessage } from 'vfile-message';
import { resolvePrintSettings } from '../config/print-settings.js';
import { BrowserError } from '../errors.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { writeAtomic } from '../fs/write-atomic.js';
import type { Format, Publication } from '../model.js';
import type { Theme } from '../theme/theme.js';
import { writers, type WriterContext } from '../writers/index.js';
import { load, type Source } from '../pipeline/load.js';
import { loadAssets } from '../pipeline/assets.js';
import { parse } from '../pipeline/parse.js';
import { replaceUnavailableImages } from '../assets/replace-unavailable-images.js';
import { render, type Rendered } from '../pipeline/render.js';
import { resolveMeta } from '../pipeline/meta.js';
import { stageTimer, type StageTimes } from './stage-timer.js';
import { failOnWarnings } from './strict.js';
import { transform } from '../pipeline/transform.js';

const debug = createDebug('folio:build');

/** What became of one format of one document. */
export interface OutputResult {
  /** The Markdown file, relative to the working folder. */
  readonly source: string;
  readonly format: Format;
  /** The file written (absolute), when it succeeded. */
  readonly path?: string;
  /** Its size in bytes. */
  readonly size?: number;
  /** Milliseconds from reading the source to this output being on disk. */
  readonly ms: number;
  /** Why it failed, when it did. Nothing was written then. */
  readonly error?: Error;
  /** Milliseconds of each stage (`load`, `parse`, ..., then the format's writer and `write`). */
  readonly stages?: StageTimes;
}

/** Everything one document's build needs. */
export interface DocumentJob {
  readonly source: Source;
  readonly config: ResolvedConfig;
  readonly theme: Theme;
  readonly context: WriterContext;
  readonly now: Date;
  /** Every Markdown file of the run (absolute path → output name): links to them lead to their HTML. */
  readonly documents: ReadonlyMap<string, string>;
}

/**
 * Build one document into every configured format: load, parse, transform
 * and render once, then run the writers side by side (Chromium prints while
 * Node zips the EPUB). Each output is reported as soon as it is on disk; a
 * document whose content fails writes nothing. Returns the file's messages.
 */
export async function buildDocument(job: DocumentJob, report: (result: OutputResult) => void): Promise<VFileMessage[]> {
  const { config, source } = job;
  const started = performance.now();
  const name = path.relative(config.cwd, source.path) || source.path;
  const elapsed = (): number => performance.now() - started;
  const timer = stageTimer();
  let publication: Publication;
  let rendered;
  try {
    const file = await timer.time('load', () => load(source, config.cwd));
    const mdast = await timer.time('parse', () => parse(file, { lang: config.lang }));
    const hast = await timer.time('transform', () => transform(mdast, file, { documents: job.documents }));
    const meta = resolveMeta(file.data.matter ?? { title: name, lang: config.lang }, {
      source: String(file.value),
      sourceDateEpoch: config.sourceDateEpoch,
      now: job.now,
    });
    const chapters = [{ file, mdast, hast }];
    const loaded = await timer.time('assets', () => loadAssets(chapters, { allowNetwork: config.allowNetwork, signal: job.context.signal }));
    publication = replaceUnavailableImages({ meta, chapters, assets: loaded.assets }, loaded.unavailable);
    rendered = await timer.time('render', () => render(publication, job.theme, resolvePrintSettings(publication.meta, config.print, config.printOverrides)));
    if (config.strict) failOnWarnings(publication.chapters.map((chapter) => chapter.file));
    debug('%s prepared in %d ms', name, Math.round(elapsed()));
  } catch (error) {
    for (const format of config.formats) report({ source: name, format, ms: elapsed(), error: error as Error });
    return (error as { file?: { messages: VFileMessage[] } }).file?.messages ?? [];
  }
  const outputName = publication.chapters[0]?.file.data.outputName ?? 'document';
  await writeOutputs(rendered, { name, outputName, config, context: job.context, stages: timer.stages, elapsed }, report);
  return publication.chapters.flatMap((chapter) => chapter.file.messages);
}

/** Where and how `writeOutputs` writes one rendered publication. */
export interface OutputJob {
  /** The source as reported (a Markdown file, or a collection's name). */
  readonly name: string;
  /** Output path without extension, relative to `config.outDir`. */
  readonly outputName: string;
  readonly config: ResolvedConfig;
  readonly context: WriterContext;
  /** Times of the stages before writing, reported with each output. */
  readonly stages: StageTimes;
  /** Milliseconds since the source was first read. */
  readonly elapsed: () => number;
}

/**
 * Run the writers of every configured format side by side (Chromium prints
 * while Node zips the EPUB) and write their files atomically, reporting
 * each output as soon as it is on disk.
 */
export async function writeOutputs(rendered: Rendered, job: OutputJob, report: (result: OutputResult) => void): Promise<void> {
  const { config, name, elapsed } = job;
  await Promise.all(
    config.formats.map(async (format) => {
      const timer = stageTimer();
      try {
        const write = await writers[format]();
        const artifacts = await timer.time(format, () => retryOnLostBrowser(() => write(rendered, job.context), job.context.browserCount ?? 1));
        // A writer's own warnings (a request the print page refused) fail its output too with `strict`.
        if (config.strict) failOnWarnings(rendered.publication.chapters.map((chapter) => chapter.file));
        // Every file of the format is made before any is written: a failure leaves out/ as it was.
        for (const { variant, bytes } of artifacts) {
          const file = path.join(config.outDir, `${job.outputName}${variant ? `.${variant}` : ''}.${format}`);
          await timer.time('write', () => writeAtomic(file, bytes));
          report({ source: name, format, path: file, size: bytes.byteLength, ms: elapsed(), stages: { ...job.stages, ...timer.stages } });
        }
      } catch (error) {
        report({ source: name, format, ms: elapsed(), error: error as Error });
      }
    }),
  );
}

/**
 * Run a writer again when the browser it used went away (a crash, or a lost
 * remote endpoint): the next try gets a relaunched browser or another endpoint.
 */
async function retryOnLostBrowser<T>(work: () => Promise<T>, browsers: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof BrowserError && error.lost) || attempt > browsers) throw error;
      debug('browser lost (%s); trying again', error.message);
    }
  }
}
