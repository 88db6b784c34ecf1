import { resolveConfig } from '../config/resolve.js';
import { createBuilder, type BuildHooks, type BuildResult } from './builder.js';
import { findSources } from './load.js';

export type { BuildHooks, BuildResult } from './builder.js';

/**
 * Build every Markdown document of `options.inputs` into each format, with
 * one browser for the whole run, started while the documents are parsed.
 * A failing document never stops the others.
 */
export async function build(options: unknown = {}, hooks: BuildHooks = {}): Promise<BuildResult> {
  const config = resolveConfig(options);
  const [sources, builder] = await Promise.all([findSources(config.inputs, config.cwd), createBuilder(config)]);
  await using session = builder;
  // `return await`: the session must stay open until the build is done, then close.
  return await session.buildDocuments(sources, hooks);
}
