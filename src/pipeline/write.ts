import path from 'node:path';
import createDebug from 'debug';
import type { VFile } from 'vfile';
import type { ResolvedConfig } from '../config/resolve.js';
import { BrowserError, ContentError, OutputError, toError } from '../errors.js';
import { writeAtomic } from '../fs/write-atomic.js';
import type { Format } from '../model.js';
import { writers, type WriterContext, type WriterWarning } from '../writers/index.js';
import type { Rendered } from './render.js';
import { stageTimer, type StageTimes } from './stage-timer.js';

const debug = createDebug('folio:write');

/** What became of one format of one document. */
export interface OutputResult {
  /** The Markdown file, relative to the working folder (or `collection <name>`). */
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
  /** The document's (or collection's) title, when it was written: the preview lists documents by it. */
  readonly title?: string;
  /** The local files (absolute) it was made from besides its Markdown, when it was written: images, stylesheets. */
  readonly uses?: readonly string[];
}

/** Where and how the write stage writes one rendered publication. */
export interface WriteJob {
  /** The source as reported (a Markdown file, or a collection's name). */
  readonly name: string;
  /** Output path without extension, relative to `config.outDir`. */
  readonly outputName: string;
  readonly config: ResolvedConfig;
  readonly context: WriterContext;
  /** The local files the publication read besides its Markdown (`OutputResult.uses`). */
  readonly uses?: readonly string[];
  /** Times of the stages before writing, reported with each output. */
  readonly stages: StageTimes;
  /** Milliseconds since the source was first read. */
  readonly elapsed: () => number;
  /**
   * The output names of every document and collection of the build, each
   * with its source as reported: a handout (`<name>.2up.pdf`) must not land
   * on another document's output (`<name>.2up.md` writes it too).
   */
  readonly planned?: ReadonlyMap<string, string> | undefined;
}

/**
 * The write stage, the only one that touches the output folder: run the
 * writers of every configured format side by side (Chromium prints while
 * Node zips the EPUB) and write their files atomically, reporting each
 * output as soon as it is on disk. A document whose file carries a fatal
 * message writes nothing; a writer's warnings become messages on the
 * document's (first) file, and with `strict` they fail that format.
 */
export async function write(rendered: Rendered, job: WriteJob, report: (result: OutputResult) => void): Promise<void> {
  const { config, name, elapsed } = job;
  const files = rendered.publication.chapters.map((chapter) => chapter.file);
  const refused = files.find((file) => file.messages.some((message) => message.fatal));
  await Promise.all(
    config.formats.map(async (format) => {
      const timer = stageTimer();
      try {
        if (refused) throw new ContentError(refused);
        const writer = await writers[format]();
        const output = await timer.time(format, () =>
          retryOnLostBrowser(() => writer(rendered, job.context), job.context.browserCount ?? 1),
        );
        const [first] = files;
        if (first && warn(first, output.warnings) && config.strict) throw new ContentError(strictly(first));
        // Every file of the format is made before any is written: a failure leaves out/ as it was.
        for (const { variant } of output.artifacts) if (variant) refuseClash(job, `${job.outputName}.${variant}`, format);
        for (const { variant, bytes } of output.artifacts) {
          const file = path.join(config.outDir, `${job.outputName}${variant ? `.${variant}` : ''}.${format}`);
          await timer.time('write', () => writeAtomic(file, bytes, { signal: job.context.signal }));
          const title = rendered.publication.meta.title;
          report({
            source: name,
            format,
            path: file,
            size: bytes.byteLength,
            ms: elapsed(),
            stages: { ...job.stages, ...timer.stages },
            title,
            ...(job.uses && { uses: job.uses }),
          });
        }
      } catch (error) {
        report({ source: name, format, ms: elapsed(), error: toError(error) });
      }
    }),
  );
}

/** Refuse a handout whose file another document of the build writes as its own output. */
function refuseClash(job: WriteJob, outputName: string, format: Format): void {
  const other = job.planned?.get(outputName);
  if (other === undefined) return;
  throw new OutputError(
    `\`${job.name}\` and \`${other}\` would both write \`${outputName}.${format}\`: rename one of them, or give \`${job.name}\` another \`layout\``,
  );
}

/** Put a writer's warnings on the document's file; whether there were any. */
function warn(file: VFile, warnings: readonly WriterWarning[]): boolean {
  for (const { reason, ruleId } of warnings) file.message(reason, { ruleId, source: 'folio' });
  return warnings.length > 0;
}

/** The file with its warnings made errors (`strict`). */
function strictly(file: VFile): VFile {
  for (const message of file.messages) message.fatal = true;
  return file;
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
