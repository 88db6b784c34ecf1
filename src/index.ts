/**
 * Folio: Markdown to a print-ready PDF, an EPUB 3 and a standalone HTML page.
 *
 * @example
 * import { build } from 'folio';
 * const result = await build({ inputs: ['content'], outDir: 'out', formats: ['pdf'] });
 */
export { build, type BuildHooks, type BuildPlan, type BuildResult } from './build/build.js';
export type { OutputResult } from './pipeline/write.js';
export { BuildOptions } from './config/schema.js';
export { Config, defineConfig } from './config/config.js';
export { loadConfig, type LoadConfigOptions, type LoadedConfig } from './config/load-config.js';
export { CollectionOptions } from './config/collection.js';
export { FrontMatter } from './front-matter/front-matter.js';
export { findBrowser, type FindBrowserOptions } from './browser/find-browser.js';
export type { BrowserOptions } from './browser/browser.js';
export { BrowserError, ConfigError, ContentError, FolioError, RenderError, TemplateError } from './errors.js';
export { formats, type Format, type Meta, type Publication, type Chapter } from './model.js';
