import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import createDebug from 'debug';
import * as v from 'valibot';
import { ConfigError, toError } from '../errors.js';
import { describeIssues } from './config-issues.js';
import { Config, configKeys } from './config.js';
import type { BuildOptions } from './schema.js';

const debug = createDebug('folio:config');

/** The names a config file may have, looked for in this order in the working folder. */
const configFileNames = ['folio.config.ts', 'folio.config.mts', 'folio.config.mjs', 'folio.config.js', 'folio.config.json'] as const;

/** Where to look for a config file. */
export interface LoadConfigOptions {
  /** Folder searched for `folio.config.*`. Default the current one. */
  readonly cwd?: string;
  /** A config file to use instead of searching (`--config`), relative to `cwd`. */
  readonly path?: string | undefined;
  /** How to load `typescript` for a `.ts` config on a Node.js without type stripping; tests replace it. */
  readonly loadTypescript?: (configFile: string) => Promise<TypeScript | undefined>;
}

/** A config file found, read and validated. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  readonly path: string;
  /** Its options, as build options with `cwd` set to the file's folder (relative paths in it start there). */
  readonly options: BuildOptions;
}

/** The part of the `typescript` package used to load a `.ts` config. */
export interface TypeScript {
  transpileModule(input: string, options: { compilerOptions: Record<string, unknown>; fileName: string }): { outputText: string };
}

/**
 * Find (`folio.config.{ts,mts,mjs,js,json}` in `cwd`) or take the given
 * config file, load and validate it. `undefined` when there is none.
 * Throws `ConfigError` naming the file, the key and, for JSON, the line.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig | undefined> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const file = options.path === undefined ? await findConfig(cwd) : path.resolve(cwd, options.path);
  if (file === undefined) return undefined;
  if (!(await stat(file).catch(() => undefined))?.isFile()) throw new ConfigError(`Config file \`${options.path ?? file}\` does not exist`);
  const shown = path.relative(cwd, file) || file;
  debug('reading %s', file);
  const { raw, json } = await read(file, shown, options.loadTypescript ?? importTypescript);
  // The input as written, once known to be valid: `resolveConfig` validates it once more, into its output types.
  return { path: file, options: { ...validConfig(raw, shown, json), cwd: path.dirname(file) } };
}

/** `raw` when it is a valid config, else a `ConfigError` with a line for each problem. */
function validConfig(raw: unknown, shown: string, json: string | undefined): Config {
  if (v.is(Config, raw)) return raw;
  const lines = describeIssues(v.safeParse(Config, raw).issues ?? [], shown, json, configKeys);
  throw new ConfigError(`Invalid config:\n${lines.join('\n')}`);
}

async function findConfig(cwd: string): Promise<string | undefined> {
  const found: string[] = [];
  for (const name of configFileNames) if ((await stat(path.join(cwd, name)).catch(() => undefined))?.isFile()) found.push(name);
  if (found.length > 1)
    throw new ConfigError(
      `Found ${found.map((name) => `\`${name}\``).join(' and ')}: keep one config file, or choose one with \`--config\``,
    );
  return found[0] === undefined ? undefined : path.join(cwd, found[0]);
}

async function read(
  file: string,
  shown: string,
  loadTypescript: NonNullable<LoadConfigOptions['loadTypescript']>,
): Promise<{ raw: unknown; json?: string }> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.json') {
    const json = await readFile(file, 'utf8');
    try {
      return { raw: JSON.parse(json), json };
    } catch (error) {
      throw new ConfigError(`${shown}${jsonErrorPlace(json, toError(error))}: not valid JSON: ${toError(error).message}`, { cause: error });
    }
  }
  if (extension === '.ts' || extension === '.mts') return { raw: await importTs(file, shown, loadTypescript) };
  if (extension === '.js' || extension === '.mjs') return { raw: await importDefault(file, shown) };
  throw new ConfigError(`Config file \`${shown}\` must end in .js, .mjs, .ts, .mts or .json`);
}

/** A module's default export; the URL changes with the file's time so a changed config is read again (watch mode). */
async function importDefault(file: string, shown: string, url = pathToFileURL(file)): Promise<unknown> {
  const { mtimeMs } = await stat(file);
  url.search = `?t=${mtimeMs}`;
  let module: unknown;
  try {
    module = await import(url.href);
  } catch (error) {
    throw new ConfigError(`Config file \`${shown}\` failed to load: ${toError(error).message}`, { cause: error });
  }
  const exported = defaultExport(module);
  if (exported === undefined)
    throw new ConfigError(`Config file \`${shown}\` has no default export: write \`export default defineConfig({ ... })\``);
  return exported;
}

/** A module namespace's `default`, if it has one. */
function defaultExport(module: unknown): unknown {
  return typeof module === 'object' && module !== null && 'default' in module ? module.default : undefined;
}

/**
 * A `.ts` config: imported as is where Node.js strips types itself (22.18+);
 * on Node.js 20, compiled with the project's own `typescript` (a TypeScript
 * user has it) into a `.mjs` beside it, so that its imports resolve as they
 * would from the config, and removed after. Without `typescript`, refused
 * with what to do instead.
 */
async function importTs(file: string, shown: string, loadTypescript: NonNullable<LoadConfigOptions['loadTypescript']>): Promise<unknown> {
  // `process.features.typescript` is newer than Node.js 20's types.
  if ('typescript' in process.features && process.features.typescript) return importDefault(file, shown);
  const ts = await loadTypescript(file);
  if (!ts) {
    throw new ConfigError(
      `Config file \`${shown}\` is TypeScript, which Node.js ${process.versions.node} cannot load by itself: ` +
        'install `typescript` in the project (`npm install -D typescript`), or rename it to `folio.config.js` ' +
        "and type it with a JSDoc comment: `/** @type {import('folio').Config} */`",
    );
  }
  const source = await readFile(file, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: { module: 99 /* ESNext */, target: 9 /* ES2022 */, sourceMap: false, inlineSourceMap: false },
  });
  const compiled = `${file}.timestamp-${Date.now()}-${process.pid}.mjs`;
  await writeFile(compiled, outputText);
  try {
    return await importDefault(compiled, shown);
  } finally {
    await unlink(compiled).catch(() => undefined);
  }
}

/** `typescript` as the config's project resolves it, else as Folio's own install does. */
async function importTypescript(configFile: string): Promise<TypeScript | undefined> {
  for (const from of [configFile, import.meta.filename]) {
    try {
      const resolved = createRequire(from).resolve('typescript');
      const module: unknown = await import(pathToFileURL(resolved).href);
      const ts = [defaultExport(module), module].find(isTypeScript);
      if (ts) return ts;
    } catch {
      // Not installed there: try the next place.
    }
  }
  return undefined;
}

/** Whether a module is (enough of) the `typescript` package: it has `transpileModule`. */
function isTypeScript(module: unknown): module is TypeScript {
  return typeof module === 'object' && module !== null && 'transpileModule' in module && typeof module.transpileModule === 'function';
}

/** `:line:column` of a JSON syntax error, from the offset V8 puts in its message. */
function jsonErrorPlace(json: string, error: Error): string {
  const offset = /position (\d+)/.exec(error.message)?.[1];
  if (offset === undefined) return '';
  const before = json.slice(0, Number(offset));
  const line = before.split('\n').length;
  return `:${line}:${before.length - before.lastIndexOf('\n')}`;
}
