import { stat } from 'node:fs/promises';
import path from 'node:path';
import createDebug from 'debug';
import { resolveConfig, type ResolvedConfig } from '../config/resolve.js';
import type { OutputResult } from '../pipeline/write.js';
import { createBuilder, type BuildResult } from '../build/builder.js';
import { findCollections, type CollectionSources } from '../collection/find-collections.js';
import { contentRoots, findSources, type Source } from '../pipeline/load.js';
import { classifyChanges, type ChangePlan } from './classify-changes.js';
import { watchTargets } from './watch-targets.js';
import { watchPaths } from './watch-paths.js';

const debug = createDebug('folio:watch');

/** Milliseconds of quiet after a change before building: editors save in a burst of events. */
const settle = 30;

/** Why a build ran. */
export type WatchReason = 'start' | 'content' | 'theme';

/** One build of a watch session, first or re-. */
export interface WatchBuild {
  readonly reason: WatchReason;
  /** The documents built. */
  readonly sources: readonly Source[];
  /** The collections built (from the config file's `collections`). */
  readonly collections: readonly CollectionSources[];
  /** The files whose change caused it (absolute; empty for the first build). */
  readonly changed: readonly string[];
  readonly result: BuildResult;
  /** Milliseconds from the first change seen (or the start) to the last output on disk. */
  readonly ms: number;
}

/** Hooks a caller (the CLI, the preview server) uses to follow a watch session. */
export interface WatchHooks {
  /** A build starts. */
  readonly onBuildStart?: (event: {
    readonly reason: WatchReason;
    readonly sources: readonly Source[];
    readonly collections: readonly CollectionSources[];
  }) => void;
  /** Called as soon as each output is written or has failed. */
  readonly onOutput?: (result: OutputResult) => void;
  /** A build ended; content problems are in `result.messages`. */
  readonly onBuild?: (build: WatchBuild) => void;
  /** A change could not be built (the theme is broken, `out/` cannot be written, ...): watching goes on. */
  readonly onError?: (error: unknown) => void;
}

/** A running watch session. Close it (or dispose of it) to stop watching and close the browser. */
export interface WatchSession extends AsyncDisposable {
  readonly config: ResolvedConfig;
  /** The Markdown sources known now. */
  readonly sources: () => readonly Source[];
  /** The collections known now. */
  readonly collections: () => readonly CollectionSources[];
  /** Resolves once no build is running or waiting. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Build every document of `options` (as `build()` takes them), then watch
 * the content and the theme and rebuild what changed with the theme, the
 * writers and the browser kept warm: a changed Markdown file rebuilds alone,
 * a theme change rebuilds everything. Builds run one at a time; changes made
 * during one are built right after it. Failures are reported and watching goes on.
 */
export async function watch(options: unknown, hooks: WatchHooks = {}): Promise<WatchSession> {
  const config = resolveConfig(options);
  const builder = await createBuilder(config);
  const controller = new AbortController();
  const themeDir = path.join(config.themesDir, config.theme);
  let sources: readonly Source[] = [];
  let collections: readonly CollectionSources[] = [];
  const find = async (): Promise<void> => {
    const roots = await contentRoots(config.contentRoots, config.cwd);
    [sources, collections] = await Promise.all([
      findSources(config.inputs, config.cwd, { roots }),
      findCollections(config.collections, config.cwd),
    ]);
  };
  /** The local files each source's last successful build read (source path → files), so a changed image rebuilds only its users. */
  const uses = new Map<string, ReadonlySet<string>>();
  let pending = new Set<string>();
  let firstChange = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const report = (error: unknown): void => {
    if (!controller.signal.aborted) hooks.onError?.(error);
  };

  const run = async (reason: WatchReason, plan: Omit<ChangePlan, 'theme'>, changed: readonly string[], since: number): Promise<void> => {
    if (reason === 'theme') await builder.reloadTheme();
    hooks.onBuildStart?.({ reason, sources: plan.sources, collections: plan.collections });
    const buildHooks = { signal: controller.signal, ...(hooks.onOutput && { onOutput: hooks.onOutput }) };
    const result = await builder.buildDocuments(plan.sources, buildHooks, plan.collections);
    noteUses(uses, plan.sources, result.outputs, config.cwd);
    hooks.onBuild?.({ reason, ...plan, changed, result, ms: performance.now() - since });
  };

  const flush = (): void => {
    timer = undefined;
    const changed = [...pending];
    const since = firstChange;
    pending = new Set();
    running = running.then(async () => {
      if (controller.signal.aborted) return;
      try {
        await find();
        // A folder created or renamed says nothing by itself: the files in it report their own changes.
        const files = await filterAsync(changed, async (file) => !(await stat(file).catch(() => undefined))?.isDirectory());
        const plan = classifyChanges(files, sources, { themeDir, outDir: config.outDir }, collections, uses);
        debug('changed %o: theme %s, %d documents, %d collections', changed, plan.theme, plan.sources.length, plan.collections.length);
        if (plan.theme || plan.sources.length + plan.collections.length > 0)
          await run(plan.theme ? 'theme' : 'content', plan, changed, since);
      } catch (error) {
        report(error);
      }
    });
  };

  const onChange = (file: string): void => {
    if (controller.signal.aborted) return;
    if (pending.size === 0) firstChange = performance.now();
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(flush, settle);
  };

  let stop: () => void = () => undefined;
  try {
    const started = performance.now();
    await find();
    stop = watchPaths(await watchTargets(config, sources, themeDir, collections), onChange, report);
    running = run('start', { sources, collections }, [], started).catch(report);
  } catch (error) {
    stop();
    await builder.close();
    throw error;
  }

  const close = async (): Promise<void> => {
    if (controller.signal.aborted) return;
    controller.abort(new Error('watching stopped'));
    clearTimeout(timer);
    stop();
    await running;
    await builder.close();
  };
  return {
    config,
    sources: () => sources,
    collections: () => collections,
    idle: async () => {
      // A build may queue another (changes seen while it ran): wait until the chain is still.
      let seen: Promise<void> | undefined;
      while (seen !== running || timer !== undefined) {
        seen = running;
        await (timer === undefined ? running : new Promise((resolve) => setTimeout(resolve, settle)));
      }
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

/** After a build: what each built source read, forgotten for one that wrote nothing (it may be waiting for a file). */
function noteUses(uses: Map<string, ReadonlySet<string>>, built: readonly Source[], outputs: readonly OutputResult[], cwd: string): void {
  // Outputs name their source as the build reports it: relative to the working folder.
  const byName = new Map(built.map((source) => [path.relative(cwd, source.path) || source.path, source.path]));
  for (const source of built) uses.delete(source.path);
  for (const output of outputs) {
    const source = byName.get(output.source);
    if (source !== undefined && output.uses) uses.set(source, new Set(output.uses));
  }
}

async function filterAsync<T>(items: readonly T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept = await Promise.all(items.map(keep));
  return items.filter((_item, index) => kept[index]);
}
