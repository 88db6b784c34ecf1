import createDebug from 'debug';
import type { VFileMessage } from 'vfile-message';
import { chapterPrefix, prefixIds, renameAssets } from '../collection/assemble-collection.js';
import type { CollectionSources } from '../collection/find-collections.js';
import { linkArticles } from '../collection/link-articles.js';
import { renderCollection } from '../collection/render-collection.js';
import { resolvePrintSettings } from '../config/print-settings.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { toError } from '../errors.js';
import type { Chapter, ContentAsset, Publication } from '../model.js';
import { resolveMeta } from '../pipeline/meta.js';
import type { Rendered } from '../pipeline/render.js';
import { stageTimer } from '../pipeline/stage-timer.js';
import { write, type OutputResult } from '../pipeline/write.js';
import type { Theme } from '../theme/theme.js';
import type { WriterContext } from '../writers/index.js';
import { messagesOf } from './messages-of.js';
import { prepareDocument, type PreparedDocument } from './prepare-document.js';
import { failOnWarnings } from './strict.js';

const debug = createDebug('folio:build');

/** Everything one collection's build needs. */
export interface CollectionJob {
  readonly sources: CollectionSources;
  readonly config: ResolvedConfig;
  readonly theme: Theme;
  readonly context: WriterContext;
  readonly now: Date;
  /** Every output name of the build, with its source (see `WriteJob.planned`). */
  readonly planned?: ReadonlyMap<string, string>;
}

/**
 * Build a collection into every configured format as one book: each article
 * is prepared as a document would be (`prepareDocument`), becomes one
 * chapter (its ids and images given names of their own in the book, its
 * links to the other articles made links within the book), and the book,
 * with the collection's metadata and a table of contents, is rendered and
 * written to `<outDir>/<name>.<format>`. When any article fails, nothing is
 * written. Returns the articles' messages.
 */
export async function buildCollection(job: CollectionJob, report: (result: OutputResult) => void): Promise<VFileMessage[]> {
  const { config, sources } = job;
  const name = `collection ${sources.collection.name}`;
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  const timer = stageTimer();
  const options = { config, timer, now: job.now, signal: job.context.signal, transform: { inCollection: true } };
  const settled = await Promise.allSettled(sources.articles.map((source) => prepareDocument(source, options)));
  const articles = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  // Read once linking has run: it warns about links between articles on the articles' files.
  const messages = (): VFileMessage[] => [
    ...articles.flatMap((article) => article.chapter.file.messages),
    ...settled.flatMap((result) => (result.status === 'rejected' ? messagesOf(result.reason) : [])),
  ];
  let rendered: Rendered;
  try {
    const failure = settled.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
    const publication = assemble(articles, job);
    // The book takes the config's stylesheets and those its articles name, each once.
    const stylesheets = [...new Set(articles.flatMap((article) => article.stylesheets))];
    const settings = { ...resolvePrintSettings(publication.meta, { toc: true, ...config.print }, config.printOverrides), stylesheets };
    rendered = await timer.time('render', () => renderCollection(publication, job.theme, settings));
    if (config.strict) failOnWarnings(publication.chapters.map((chapter) => chapter.file));
    debug('%s prepared in %d ms', name, Math.round(elapsed()));
  } catch (error) {
    for (const format of config.formats) report({ source: name, format, ms: elapsed(), error: toError(error) });
    return messages();
  }
  await write(
    rendered,
    { name, outputName: sources.collection.name, config, context: job.context, stages: timer.stages, elapsed, planned: job.planned },
    report,
  );
  return messages();
}

/**
 * The book: the articles as chapters, their ids prefixed (`c2-`) and their
 * images renamed so that two articles never clash, their links to one
 * another resolved against the book; the collection's metadata (a book
 * has a table of contents unless the config or the collection says otherwise).
 */
function assemble(articles: readonly PreparedDocument[], job: CollectionJob): Publication {
  const { collection } = job.sources;
  const renamed = articles.map(({ chapter, assets }, index): { chapter: Chapter; assets: Map<string, ContentAsset> } => {
    const prefix = chapterPrefix(index);
    const named = renameAssets(prefixIds(chapter.hast, prefix), assets, prefix);
    return { chapter: { ...chapter, hast: named.tree }, assets: named.assets };
  });
  const chapters = linkArticles(renamed.map((article) => article.chapter));
  const { name: _name, files: _files, folder: _folder, ...matter } = collection;
  const meta = resolveMeta(
    { ...matter, lang: matter.lang ?? job.config.lang },
    {
      source: [collection.name, ...chapters.map((chapter) => String(chapter.file.value))].join('\n'),
      sourceDateEpoch: job.config.sourceDateEpoch,
      now: job.now,
    },
  );
  return { meta, chapters, assets: new Map(renamed.flatMap((article) => [...article.assets])) };
}
