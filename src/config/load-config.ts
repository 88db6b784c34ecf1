import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import createDebug from 'debug';
import * as v from 'valibot';
import { ConfigError, problemLine } from '../errors.js';
import { describeIssues } from './config-issues.js';
import { Config } from './config.js';
import { findConfig } from './find-config.js';
import { importConfig, importTypescript, type LoadTypescript } from './import-config.js';
import type { LocateKey } from './key-places.js';
import { readJsonConfig } from './read-json-config.js';
import type { BuildOptions } from './schema.js';

export type { TypeScript } from './import-config.js';

const debug = createDebug('folio:config');

/** Where to look for a config file. */
export interface LoadConfigOptions {
  /** Folder the search for `folio.config.*` starts from (then its parents, up to the project's root). Default the current one. */
  readonly cwd?: string;
  /** A config file to use instead of searching (`--config`), relative to `cwd`. */
  readonly path?: string | undefined;
  /** How to load `typescript` for a `.ts` config on a Node.js without type stripping; tests replace it. */
  readonly loadTypescript?: LoadTypescript;
}

/** A config file found, read and validated. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  readonly path: string;
  /** Its options, as build options with `cwd` set to the file's folder (relative paths in it start there). */
  readonly options: BuildOptions;
}

/**
 * Find (`folio.config.{ts,mts,mjs,js,cjs,json}` in `cwd` or the nearest
 * folder above it, up to the project's root: see `findConfig`) or take the
 * given config file, load and validate it. `undefined` when there is none.
 * Throws `ConfigError` with a message for every problem, each naming the
 * file, the line and column, and the key.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig | undefined> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const file = options.path === undefined ? await findConfig(cwd) : path.resolve(cwd, options.path);
  if (file === undefined) return undefined;
  if (!(await stat(file).catch(() => undefined))?.isFile()) throw new ConfigError(`Config file \`${options.path ?? file}\` does not exist`);
  const shown = path.relative(cwd, file) || file;
  debug('reading %s', file);
  const { raw, locate } = await read(file, shown, options.loadTypescript ?? importTypescript);
  // The input as written, once known to be valid: `resolveConfig` validates it once more, into its output types.
  return { path: file, options: { ...validConfig(raw, shown, locate), cwd: path.dirname(file) } };
}

/** `raw` when it is a valid config, else a `ConfigError` with a message for each problem. */
function validConfig(raw: unknown, shown: string, locate: LocateKey): Config {
  const messages = describeIssues(Config, raw, shown, locate);
  if (messages.length === 0 && v.is(Config, raw)) return raw;
  throw new ConfigError(`Invalid config:\n${messages.map(problemLine).join('\n')}`, { messages });
}

async function read(file: string, shown: string, loadTypescript: LoadTypescript): Promise<{ raw: unknown; locate: LocateKey }> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.json') return readJsonConfig(await readFile(file, 'utf8'), shown);
  if (['.js', '.mjs', '.cjs', '.ts', '.mts'].includes(extension)) return importConfig(file, shown, loadTypescript);
  throw new ConfigError(`Config file \`${shown}\` must end in .js, .mjs, .cjs, .ts, .mts or .json`);
}
