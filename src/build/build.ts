import { findCollections } from '../collection/find-collections.js';
import { resolveConfig } from '../config/resolve.js';
import { findSources } from '../pipeline/load.js';
import { createBuilder, type BuildHooks, type BuildResult } from './builder.js';

export type { BuildHooks, BuildPlan, BuildResult } from './builder.js';

/**
 * Build every Markdown document of `options.inputs`, and each of
 * `options.collections` as one book, into each format: resolve the
 * options, open a build session (which starts the browser while the
 * sources are found and the theme read), then load, parse, transform,
 * render and write each document (`buildDocuments`). The session, and with
 * it the browser, closes when the build ends, however it ends. A failing
 * document never stops the others.
 */
export async function build(options: unknown = {}, hooks: BuildHooks = {}): Promise<BuildResult> {
  const config = resolveConfig(options);
  await using session = await createBuilder(config);
  const [sources, collections] = await Promise.all([
    findSources(config.inputs, config.cwd),
    findCollections(config.collections, config.cwd),
  ]);
  // `return await`: the session must stay open until the build is done, then close.
  return await session.buildDocuments(sources, hooks, collections);
}
