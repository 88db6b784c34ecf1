import path from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { Browser } from '../browser.js';
import { resolveConfig, type ResolvedConfig } from '../config/resolve.js';
import { BrowserError, ConfigError } from '../errors.js';
import { loadTheme } from '../theme/load-theme.js';
import { browserFormats } from '../writers/index.js';
import { buildDocument, type OutputResult } from './build-document.js';
import { findSources, type Source } from './load.js';

/** The outcome of a build. */
export interface BuildResult {
  /** One entry per document and format, in the order they finished. */
  readonly outputs: readonly OutputResult[];
  /** Warnings and errors about the content, with file, line and column. */
  readonly messages: readonly VFileMessage[];
  /** Whether every output was written. */
  readonly ok: boolean;
}

/** Hooks a caller (such as the CLI) can use to follow a build. */
export interface BuildHooks {
  readonly signal?: AbortSignal;
  /** Called as soon as each output is written or has failed. */
  readonly onOutput?: (result: OutputResult) => void;
}

/**
 * Build every Markdown document of `options.inputs` into each format, with
 * one browser for the whole run, started while the documents are parsed.
 * A failing document never stops the others.
 */
export async function build(options: unknown = {}, hooks: BuildHooks = {}): Promise<BuildResult> {
  const config = resolveConfig(options);
  const [sources, theme] = await Promise.all([findSources(config.inputs, config.cwd), loadTheme(config.theme, config.themesDir)]);
  refuseOverlaps(config, sources);
  const needsBrowser = sources.length > 0 && config.formats.some((format) => browserFormats.has(format));
  // Start Chromium now: it boots while the first documents are parsed.
  const launching = needsBrowser ? launch(config) : undefined;
  launching?.catch(() => undefined);
  const outputs: OutputResult[] = [];
  const messages: VFileMessage[] = [];
  const context = {
    theme,
    signal: hooks.signal,
    browser: () => launching ?? Promise.reject(new BrowserError('This build starts no browser: no format that needs one was asked for')),
  };
  const now = new Date();
  try {
    await eachLimited(sources, config.concurrency, async (source) => {
      hooks.signal?.throwIfAborted();
      const job = { source, config, theme, context, now };
      messages.push(
        ...(await buildDocument(job, (result) => {
          outputs.push(result);
          hooks.onOutput?.(result);
        })),
      );
    });
  } finally {
    await launching?.then((browser) => browser.close(), () => undefined);
  }
  return { outputs, messages, ok: outputs.every((output) => !output.error) };
}

/** Start the browser; its module (Puppeteer) loads only for builds that print. */
async function launch(config: ResolvedConfig): Promise<Browser> {
  const { Browser } = await import('../browser.js');
  return Browser.launch({ executablePath: config.executablePath, timeout: config.timeout });
}

/** Refuse builds that would overwrite sources or write one output twice. */
function refuseOverlaps(config: ResolvedConfig, sources: readonly Source[]): void {
  const names = new Map<string, string>();
  for (const source of sources) {
    if (source.root === config.outDir) throw new ConfigError(`The output folder \`${config.outDir}\` is also a content folder: choose another \`--out\``);
    const name = path.relative(source.root, source.path).replace(/\.md$/i, '');
    const other = names.get(name);
    if (other) throw new ConfigError(`\`${other}\` and \`${source.path}\` would both write \`${name}.*\`: build them into different output folders`);
    names.set(name, source.path);
  }
}

async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
