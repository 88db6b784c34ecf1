import path from 'node:path';
import createDebug from 'debug';
import type { VFileMessage } from 'vfile-message';
import { resolvePrintSettings } from '../config/print-settings.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { toError } from '../errors.js';
import type { Source } from '../pipeline/load.js';
import { render, type Rendered } from '../pipeline/render.js';
import { stageTimer } from '../pipeline/stage-timer.js';
import { write, type OutputResult } from '../pipeline/write.js';
import type { Theme } from '../theme/theme.js';
import type { WriterContext } from '../writers/index.js';
import { messagesOf } from './messages-of.js';
import { prepareDocument } from './prepare-document.js';
import { failOnWarnings } from './strict.js';

const debug = createDebug('folio:build');

/** Everything one document's build needs. */
export interface DocumentJob {
  readonly source: Source;
  readonly config: ResolvedConfig;
  readonly theme: Theme;
  readonly context: WriterContext;
  readonly now: Date;
  /** Every Markdown file of the run (absolute path → output name): links to them lead to their HTML. */
  readonly documents: ReadonlyMap<string, string>;
  /** Every output name of the build, with its source (see `WriteJob.planned`). */
  readonly planned?: ReadonlyMap<string, string>;
}

/**
 * Build one document into every configured format: prepare it (load,
 * parse, transform, meta, assets) and render it once, then write every
 * format (`write`). Each output is reported as soon as it is on disk; a
 * document whose content fails writes nothing. Returns the file's messages.
 */
export async function buildDocument(job: DocumentJob, report: (result: OutputResult) => void): Promise<VFileMessage[]> {
  const { config, source } = job;
  const started = performance.now();
  const name = path.relative(config.cwd, source.path) || source.path;
  const elapsed = (): number => performance.now() - started;
  const timer = stageTimer();
  let rendered: Rendered;
  let used: readonly string[] = [];
  try {
    const { chapter, assets, stylesheets, uses } = await prepareDocument(source, {
      config,
      timer,
      now: job.now,
      signal: job.context.signal,
      transform: { documents: job.documents },
    });
    const publication = { meta: chapter.meta, chapters: [chapter], assets };
    used = uses;
    rendered = await timer.time('render', () =>
      render(publication, job.theme, { ...resolvePrintSettings(chapter.meta, config.print, config.printOverrides), stylesheets }),
    );
    if (config.strict) failOnWarnings([chapter.file]);
    debug('%s prepared in %d ms', name, Math.round(elapsed()));
  } catch (error) {
    for (const format of config.formats) report({ source: name, format, ms: elapsed(), error: toError(error) });
    return messagesOf(error);
  }
  const outputName = rendered.publication.chapters[0]?.file.data.outputName ?? 'document';
  const where = { name, outputName, config, context: job.context, stages: timer.stages, elapsed, planned: job.planned, uses: used };
  await write(rendered, where, report);
  return rendered.publication.chapters.flatMap((chapter) => chapter.file.messages);
}
