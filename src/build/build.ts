import { resolveConfig } from '../config/resolve.js';
import { createBuilder, type BuildHooks, type BuildResult } from './builder.js';
import { findCollections } from '../collection/find-collections.js';
import { findSources } from '../pipeline/load.js';

export type { BuildHooks, BuildPlan, BuildResult } from './builder.js';

/**
 * Build every Markdown document of `options.inputs`, and each of
 * `options.collections` as one book, into each format, with
 * one browser for the whole run, started while the documents are parsed.
 * A failing document never stops the others.
 */
export async function build(options: unknown = {}, hooks: BuildHooks = {}): Promise<BuildResult> {
  let config;
  try {
    config = resolveConfig(options);
  } catch (error) {
    // A browser handed over by the caller is the build's to close, whatever happens.
    await hooks.browser?.then((browser) => browser.close(), () => undefined);
    throw error;
  }
  // The builder may start Chromium at once: close it when the sources cannot be found, or the process would stay up.
  const starting = createBuilder(config, hooks.browser);
  // Handled now (it is awaited below): a missing theme can fail it while the sources are still being found.
  starting.catch(() => undefined);
  let sources, collections;
  try {
    [sources, collections] = await Promise.all([findSources(config.inputs, config.cwd), findCollections(config.collections, config.cwd)]);
  } catch (error) {
    await starting.then((builder) => builder.close(), () => undefined);
    throw error;
  }
  await using session = await starting;
  // `return await`: the session must stay open until the build is done, then close.
  return await session.buildDocuments(sources, hooks, collections);
}
