import { findCollections } from '../collection/find-collections.js';
import { resolveConfig } from '../config/resolve.js';
import type { VFileMessage } from 'vfile-message';
import { contentRoots, findSources } from '../pipeline/load.js';
import { createBuilder, type BuildHooks, type BuildResult } from './builder.js';

export type { BuildHooks, BuildPlan, BuildResult } from './builder.js';

/**
 * Build every Markdown document of `options.inputs`, and each of
 * `options.collections` as one book, into each format: resolve the
 * options, open a build session (which starts the browser while the
 * sources are found and the theme read), then load, parse, transform,
 * render and write each document (`buildDocuments`). The session, and with
 * it the browser, closes when the build ends, however it ends. A failing
 * document never stops the others, nor does a path that is not there.
 */
export async function build(options: unknown = {}, hooks: BuildHooks = {}): Promise<BuildResult> {
  const config = resolveConfig(options);
  await using session = await createBuilder(config);
  // A path that is not there is one error; the rest of the batch builds.
  const missing: VFileMessage[] = [];
  const roots = await contentRoots(config.contentRoots, config.cwd);
  const [sources, collections] = await Promise.all([
    findSources(config.inputs, config.cwd, { roots, missing }),
    findCollections(config.collections, config.cwd),
  ]);
  // `await`: the session must stay open until the build is done, then close.
  const result = await session.buildDocuments(sources, hooks, collections);
  return { ...result, messages: [...missing, ...result.messages], ok: result.ok && missing.length === 0 };
}
