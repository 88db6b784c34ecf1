import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, problemAt, problemLine, toError } from '../errors.js';
import { errorPlace } from './error-place.js';
import { placeOfOffset, scriptKeyPlaces, type LocateKey } from './key-places.js';

/** The part of the `typescript` package used to load a `.ts` config. */
export interface TypeScript {
  transpileModule(
    input: string,
    options: { compilerOptions: Record<string, unknown>; fileName: string; reportDiagnostics?: boolean },
  ): { outputText: string; diagnostics?: readonly TypeScriptDiagnostic[] };
}

/** A syntax error TypeScript found, as much of it as Folio reads. */
export interface TypeScriptDiagnostic {
  readonly start?: number;
  readonly category: number;
  readonly messageText: string | { readonly messageText: string };
}

/** How to load `typescript` for a `.ts` config; tests replace it. */
export type LoadTypescript = (configFile: string) => Promise<TypeScript | undefined>;

/** Node.js's words for a `.js` in a `"type": "module"` package that uses CommonJS. */
const commonJsInEsm = /\b(module|exports|require) is not defined in ES module scope/;

/**
 * The default export of a JavaScript or TypeScript config, with a way to
 * find its keys' lines. `.cjs` and a `.js` written as CommonJS
 * (`module.exports = { ... }`) are loaded as CommonJS, whatever the
 * package's `type`. A failure to load is a `ConfigError` placed at the line
 * it happened on.
 */
export async function importConfig(
  file: string,
  shown: string,
  loadTypescript: LoadTypescript,
): Promise<{ raw: unknown; locate: LocateKey }> {
  const source = await readFile(file, 'utf8');
  const extension = path.extname(file).toLowerCase();
  const raw =
    extension === '.ts' || extension === '.mts'
      ? await importTs(file, source, shown, loadTypescript)
      : await importScript(file, source, shown, extension === '.cjs' ? 'script' : 'module');
  return { raw, locate: scriptKeyPlaces(source) };
}

async function importScript(file: string, source: string, shown: string, sourceType: 'module' | 'script'): Promise<unknown> {
  try {
    return await importDefault(file, shown);
  } catch (error) {
    if (!(path.extname(file) === '.js' && commonJsInEsm.test(toError(error).message))) throw failed(error, file, source, shown, sourceType);
  }
  // A `.js` in a `"type": "module"` package, written as CommonJS: load a `.cjs` copy of it, beside it so its `require`s resolve.
  return importCopy(file, source, shown, '.cjs', source, 'script');
}

/**
 * A `.ts` config: imported as is where Node.js strips types itself (22.18+);
 * on Node.js 20, compiled with the project's own `typescript` (a TypeScript
 * user has it) into a `.mjs` beside it, so that its imports resolve as they
 * would from the config, and removed after. Without `typescript`, refused
 * with what to do instead.
 */
async function importTs(file: string, source: string, shown: string, loadTypescript: LoadTypescript): Promise<unknown> {
  // `process.features.typescript` is newer than Node.js 20's types.
  if ('typescript' in process.features && process.features.typescript) return importScript(file, source, shown, 'module');
  const ts = await loadTypescript(file);
  if (!ts) {
    throw new ConfigError(
      `Config file \`${shown}\` is TypeScript, which Node.js ${process.versions.node} cannot load by itself: ` +
        'install `typescript` in the project (`npm install -D typescript`), or rename it to `folio.config.js` ' +
        "and type it with a JSDoc comment: `/** @type {import('folio').Config} */`",
    );
  }
  const { outputText, diagnostics = [] } = ts.transpileModule(source, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { module: 99 /* ESNext */, target: 9 /* ES2022 */, sourceMap: false, inlineSourceMap: false },
  });
  // Category 1 is an error: the syntax errors transpiling finds, each at its place in the `.ts`.
  const messages = diagnostics
    .filter((diagnostic) => diagnostic.category === 1)
    .map((diagnostic) => {
      const text = typeof diagnostic.messageText === 'string' ? diagnostic.messageText : diagnostic.messageText.messageText;
      const place = diagnostic.start === undefined ? {} : placeOfOffset(source, diagnostic.start);
      return problemAt(`cannot be loaded: ${text}`, { file: shown, ...place }, 'config-syntax');
    });
  if (messages.length > 0)
    throw new ConfigError(`Config file \`${shown}\` cannot be loaded: ${messages.map((m) => m.reason).join('; ')}`, { messages });
  // The compiled file's lines are not the source's: a failure is named without a place.
  return importCopy(file, outputText, shown, '.mjs', undefined, 'module');
}

/** Import `text` written to a file beside `file` with `extension`, removed after; errors are placed in `source` when given. */
async function importCopy(
  file: string,
  text: string,
  shown: string,
  extension: string,
  source: string | undefined,
  sourceType: 'module' | 'script',
): Promise<unknown> {
  const copy = `${file}.timestamp-${Date.now()}-${process.pid}${extension}`;
  await writeFile(copy, text);
  try {
    return await importDefault(copy, shown);
  } catch (error) {
    throw source === undefined ? failed(error, undefined, '', shown, sourceType) : failed(error, copy, source, shown, sourceType);
  } finally {
    await unlink(copy).catch(() => undefined);
  }
}

/** A module's default export; the URL changes with the file's time so a changed config is read again (watch mode). */
async function importDefault(file: string, shown: string): Promise<unknown> {
  const url = pathToFileURL(file);
  url.search = `?t=${(await stat(file)).mtimeMs}`;
  const module: unknown = await import(url.href);
  const exported = defaultExport(module);
  if (exported === undefined) {
    throw new ConfigError(
      `Config file \`${shown}\` has no default export: write \`export default defineConfig({ ... })\` (or \`module.exports = { ... }\`)`,
    );
  }
  return exported;
}

/** Why a config could not be loaded, placed at the line it happened on when the error or a parse says. */
function failed(error: unknown, file: string | undefined, source: string, shown: string, sourceType: 'module' | 'script'): Error {
  if (error instanceof ConfigError) return error;
  const { name, message } = toError(error);
  const place = file === undefined ? undefined : errorPlace(error, file, source, sourceType);
  const reason = `cannot be loaded: ${message.split('\n', 1)[0] ?? message} (${name})`;
  const problem = problemAt(reason, { file: shown, ...place }, 'config-load');
  return new ConfigError(problemLine(problem), { cause: error, messages: [problem] });
}

/** A module namespace's `default`, if it has one. */
function defaultExport(module: unknown): unknown {
  return typeof module === 'object' && module !== null && 'default' in module ? module.default : undefined;
}

/** `typescript` as the config's project resolves it, else as Folio's own install does. */
export async function importTypescript(configFile: string): Promise<TypeScript | undefined> {
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
