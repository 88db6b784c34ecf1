import { constants } from 'node:fs';
import { access, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { ResolvedConfig } from '../config/resolve.js';
import type { Format } from '../model.js';
import { ConfigError, errorCode, toError } from '../errors.js';
import { outputNameOf } from '../fs/markdown-files.js';
import { defaultCacheDir, diskCache } from '../fs/cache.js';
import { loadTheme } from '../theme/load-theme.js';
import type { Theme } from '../theme/theme.js';
import { browserFormats, type WriterContext } from '../writers/index.js';
import { BrowserSession, type BrowserUse } from '../browser/browser-session.js';
import { buildCollection } from './build-collection.js';
import { buildDocument } from './build-document.js';
import { hyphenationMessage } from './hyphenation-message.js';
import { inShard } from './shard.js';
import type { OutputResult } from '../pipeline/write.js';
import { refuseCollectionClashes, type CollectionSources } from '../collection/find-collections.js';
import type { Source } from '../pipeline/load.js';

/** The outcome of a build. */
export interface BuildResult {
  /** One entry per document and format, in the order they finished. */
  readonly outputs: readonly OutputResult[];
  /**
   * Warnings and errors about the content, with file, line and column; and
   * at most one about the build itself, placed at the browser's executable
   * (the PDF printed without hyphenation, `folio:no-hyphenation`).
   */
  readonly messages: readonly VFileMessage[];
  /** Whether every output was written. */
  readonly ok: boolean;
  /** The browsers the build used and how much work each did (several with `browserEndpoints`). */
  readonly browsers: readonly BrowserUse[];
}

/** Hooks a caller (such as the CLI) can use to follow a build. */
export interface BuildHooks {
  readonly signal?: AbortSignal;
  /** Called once the sources are known, before any is built (the CLI sizes its progress line). */
  readonly onStart?: (plan: BuildPlan) => void;
  /** Called as soon as each output is written or has failed. */
  readonly onOutput?: (result: OutputResult) => void;
}

/** What a build is about to do. */
export interface BuildPlan {
  /** Documents and collections to build. */
  readonly documents: number;
  readonly formats: readonly Format[];
}

/**
 * A long-lived build session: the theme, the loaded writers and the browser
 * stay warm between builds, so that watch mode rebuilds one document in a
 * fraction of a cold build. One build at a time; close it when done.
 */
export interface Builder extends AsyncDisposable {
  readonly config: ResolvedConfig;
  /**
   * Build `sources`, and each of `collections` as one book, into every
   * configured format. A failing document never stops the others.
   */
  buildDocuments(sources: readonly Source[], hooks?: BuildHooks, collections?: readonly CollectionSources[]): Promise<BuildResult>;
  /** Read the theme again (after its templates changed); on failure the previous theme stays in use. */
  reloadTheme(): Promise<void>;
  /** Close the browser if one was started; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Start a build session for `config`. It owns the build's browsers, the one
 * place they start and close: when a format always needs one, it starts now
 * (Chromium takes longest to start, so it boots while the theme and the
 * first documents are read); else on first use (an EPUB without a `cover:`
 * draws its cover with it). The theme is read now.
 */
export async function createBuilder(config: ResolvedConfig): Promise<Builder> {
  const browser = new BrowserSession({
    executablePath: config.executablePath,
    timeout: config.timeout,
    endpoints: config.browserEndpoints,
  });
  if (config.formats.some((format) => browserFormats.has(format))) browser.start();
  let theme: Theme;
  try {
    theme = await loadTheme(config.theme, config.themesDir);
  } catch (error) {
    // The browser may be starting already: a missing theme must not leave it (and the process) running.
    await browser.close();
    throw error;
  }
  // Drawn covers are kept on disk between builds, keyed by what they are drawn from (src/fs/cache.ts).
  const cache = diskCache(defaultCacheDir(config.cwd));
  return {
    config,
    async buildDocuments(sources, hooks = {}, collections = []) {
      refuseOverlaps(sources);
      refuseCollectionClashes(collections, sources);
      await checkWritable(config.outDir);
      await refuseOutputInContent(config.outDir, sources, collections);
      const outputs: OutputResult[] = [];
      const messages: VFileMessage[] = [];
      const context: WriterContext = {
        theme,
        signal: hooks.signal,
        browser: () => browser.get(hooks.signal),
        browserCount: browser.size,
        cache,
      };
      const now = new Date();
      const documents = new Map(sources.map((source) => [source.path, outputNameOf(source.path, source.root)]));
      const planned = new Map([
        ...sources.map(
          (source) => [outputNameOf(source.path, source.root), path.relative(config.cwd, source.path) || source.path] as const,
        ),
        ...collections.map(({ collection }) => [collection.name, `collection ${collection.name}`] as const),
      ]);
      const report = (result: OutputResult): void => {
        outputs.push(result);
        hooks.onOutput?.(result);
      };
      // Links to every document of the batch still lead to its HTML (`documents`), though another machine builds it.
      const items = inShard<Source | CollectionSources>([...sources, ...collections], unitKey(config.cwd), config.shard);
      hooks.onStart?.({ documents: items.length, formats: config.formats });
      await eachLimited(items, config.concurrency, async (item) => {
        hooks.signal?.throwIfAborted();
        const shared = { config, theme, context, now, planned };
        messages.push(
          ...(await ('articles' in item
            ? buildCollection({ sources: item, ...shared }, report)
            : buildDocument({ source: item, documents, ...shared }, report))),
        );
      });
      // Once a build, whatever the number of documents: they all print with the same browser.
      const hyphenation = config.formats.includes('pdf') ? hyphenationMessage(await browser.hyphenation()) : undefined;
      if (hyphenation) messages.push(hyphenation);
      return { outputs, messages, ok: outputs.every((output) => !output.error), browsers: browser.uses() };
    },
    async reloadTheme() {
      theme = await loadTheme(config.theme, config.themesDir);
    },
    close: () => browser.close(),
    [Symbol.asyncDispose]: () => browser.close(),
  };
}

/** What a shard is dealt by: a document's path from the working folder, a collection's name. */
function unitKey(cwd: string): (item: Source | CollectionSources) => string {
  return (item) => ('articles' in item ? `collection ${item.collection.name}` : path.relative(cwd, item.path).split(path.sep).join('/'));
}

/** Fail before any work when the output folder cannot be created or written. */
async function checkWritable(outDir: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
    await access(outDir, constants.W_OK);
  } catch (error) {
    const reason = errorCode(error) ?? toError(error).message;
    throw new ConfigError(`The output folder \`${outDir}\` cannot be written (${reason}): choose another with \`--out\``, { cause: error });
  }
}

/** Refuse builds that would write one output twice. */
function refuseOverlaps(sources: readonly Source[]): void {
  const names = new Map<string, string>();
  for (const source of sources) {
    const name = outputNameOf(source.path, source.root);
    const other = names.get(name);
    if (other)
      throw new ConfigError(`\`${other}\` and \`${source.path}\` would both write \`${name}.*\`: build them into different output folders`);
    names.set(name, source.path);
  }
}

/**
 * Refuse an output folder that is a content folder once symbolic links are
 * followed (an `--out` linked to `content/`): outputs would land beside the
 * sources and overwrite any file there with an output's name (`doc.html`).
 */
async function refuseOutputInContent(outDir: string, sources: readonly Source[], collections: readonly CollectionSources[]): Promise<void> {
  const out = await realpath(outDir);
  const roots = new Set([...sources, ...collections.flatMap((item) => item.articles)].map((source) => source.root));
  for (const root of roots) {
    if (out !== (await realpath(root).catch(() => root))) continue;
    const resolved = out === path.resolve(outDir) ? '' : ` (\`${out}\`)`;
    throw new ConfigError(`The output folder \`${outDir}\`${resolved} is the content folder \`${root}\`: choose another \`--out\``);
  }
}

async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  // One iterator shared by the workers: each takes the next item when it is free.
  const queue = items.values();
  const worker = async (): Promise<void> => {
    for (const item of queue) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
