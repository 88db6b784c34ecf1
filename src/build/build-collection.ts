import createDebug from 'debug';
import type { VFileMessage } from 'vfile-message';
import { resolvePrintSettings } from '../config/print-settings.js';
import type { ResolvedConfig } from '../config/resolve.js';
import type { Chapter, ContentAsset, Meta, Publication } from '../model.js';
import type { Theme } from '../theme/theme.js';
import type { WriterContext } from '../writers/index.js';
import { chapterPrefix, prefixIds, renameAssets } from '../collection/assemble-collection.js';
import { writeOutputs, type OutputResult } from './build-document.js';
import type { CollectionSources } from '../collection/find-collections.js';
import { linkArticles } from '../collection/link-articles.js';
import { load, type Source } from '../pipeline/load.js';
import { loadAssets } from '../pipeline/assets.js';
import { parse } from '../pipeline/parse.js';
import { replaceUnavailableImages } from '../assets/replace-unavailable-images.js';
import { renderCollection } from '../collection/render-collection.js';
import { resolveMeta } from '../pipeline/meta.js';
import { stageTimer, type StageTimer } from './stage-timer.js';
import { failOnWarnings } from './strict.js';
import { transform } from '../pipeline/transform.js';

const debug = createDebug('folio:build');

/** Everything one collection's build needs. */
export interface CollectionJob {
  readonly sources: CollectionSources;
  readonly config: ResolvedConfig;
  readonly theme: Theme;
  readonly context: WriterContext;
  readonly now: Date;
}

/** One article read, parsed and transformed, with its own metadata and images. */
interface Article {
  readonly chapter: Chapter;
  readonly meta: Meta;
  readonly assets: ReadonlyMap<string, ContentAsset>;
}

/**
 * Build a collection into every configured format as one book: each article
 * goes through load, parse and transform as a document would, becomes one
 * chapter (its ids and images given names of their own in the book, its
 * links to the other articles made links within the book), and
 * the book, with the collection's metadata and a table of contents, is
 * rendered and written to `<outDir>/<name>.<format>`. When any article
 * fails, nothing is written. Returns the articles' messages.
 */
export async function buildCollection(job: CollectionJob, report: (result: OutputResult) => void): Promise<VFileMessage[]> {
  const { config, sources } = job;
  const { collection } = sources;
  const name = `collection ${collection.name}`;
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  const timer = stageTimer();
  const settled = await Promise.allSettled(sources.articles.map((source, index) => prepareArticle(source, index, job, timer)));
  // Read after linking, which warns about links between articles on the articles' files.
  const messages = (): VFileMessage[] =>
    settled.flatMap((result) => (result.status === 'fulfilled' ? result.value.chapter.file.messages : messagesOf(result.reason)));
  const failure = settled.find((result) => result.status === 'rejected');
  if (failure) {
    for (const format of config.formats) report({ source: name, format, ms: elapsed(), error: failure.reason as Error });
    return messages();
  }
  const articles = settled.map((result) => (result as PromiseFulfilledResult<Article>).value);
  const chapters = linkArticles(articles.map((article) => article.chapter));
  const { name: _name, files: _files, folder: _folder, ...matter } = collection;
  const meta = resolveMeta({ ...matter, lang: matter.lang ?? config.lang }, {
    source: [collection.name, ...articles.map((article) => String(article.chapter.file.value))].join('\n'),
    sourceDateEpoch: config.sourceDateEpoch,
    now: job.now,
  });
  const publication: Publication = {
    meta,
    chapters,
    assets: new Map(articles.flatMap((article) => [...article.assets])),
  };
  // A book has a table of contents unless the config or the collection says otherwise.
  const settings = resolvePrintSettings(meta, { toc: true, ...config.print }, config.printOverrides);
  const rendered = await timer.time('render', () =>
    renderCollection(
      publication,
      articles.map((article) => article.meta),
      job.theme,
      settings,
    ),
  );
  debug('%s prepared in %d ms', name, Math.round(elapsed()));
  if (config.strict) {
    try {
      failOnWarnings(chapters.map((chapter) => chapter.file));
    } catch (error) {
      for (const format of config.formats) report({ source: name, format, ms: elapsed(), error: error as Error });
      return messages();
    }
  }
  await writeOutputs(rendered, { name, outputName: collection.name, config, context: job.context, stages: timer.stages, elapsed }, report);
  return messages();
}

async function prepareArticle(source: Source, index: number, job: CollectionJob, timer: StageTimer): Promise<Article> {
  const { config } = job;
  const file = await timer.time('load', () => load(source, config.cwd));
  const mdast = await timer.time('parse', () => parse(file, { lang: config.lang }));
  // Its links to other articles are resolved once every article is ready (`linkArticles`).
  const hast = await timer.time('transform', () => transform(mdast, file, { inCollection: true }));
  const meta = resolveMeta(file.data.matter ?? { title: file.stem ?? String(index + 1), lang: config.lang }, {
    source: String(file.value),
    sourceDateEpoch: config.sourceDateEpoch,
    now: job.now,
  });
  const prefix = chapterPrefix(index);
  const loaded = await timer.time('assets', () => loadAssets([{ file, mdast, hast }], { allowNetwork: config.allowNetwork, signal: job.context.signal }));
  // Placeholders first: `renameAssets` then sees only the images that were loaded.
  const article = replaceUnavailableImages({ meta, chapters: [{ file, mdast, hast }], assets: loaded.assets }, loaded.unavailable);
  const renamed = renameAssets(prefixIds(article.chapters[0]?.hast ?? hast, prefix), article.assets, prefix);
  return { chapter: { file, mdast, hast: renamed.tree }, meta: article.meta, assets: renamed.assets };
}

function messagesOf(error: unknown): VFileMessage[] {
  return (error as { file?: { messages: VFileMessage[] } }).file?.messages ?? [];
}
