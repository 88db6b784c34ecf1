import * as v from 'valibot';
import { PrintOptions } from './print-settings.js';
import { BuildOptions } from './schema.js';

/**
 * What a config file (`folio.config.js`, `.mjs`, `.cjs`, `.ts` or `.json`) may say:
 * the build options but `cwd`, `printOverrides` and `shard` (the config's
 * folder and the command line give those). Strict: a key Folio does not know is an
 * error naming it, since a typo would otherwise be ignored silently. Each
 * entry's description documents it (docs/configuration.md).
 */
export const Config = v.strictObject({
  ...v.omit(BuildOptions, ['cwd', 'printOverrides', 'print', 'shard']).entries,
  print: v.optional(
    v.pipe(
      v.strictObject(PrintOptions.entries),
      v.description(
        "Print settings for every document: `paper`, `layout` (front matter's `handout`), `sheet`, `toc`, as in docs/front-matter.md. Front matter overrides them, and the flags `--paper`, `--layout` and `--sheet` override both.",
      ),
    ),
  ),
});

/** A config file's contents, as written (paths relative to the config file). */
export type Config = v.InferInput<typeof Config>;

/**
 * Type a config file. Returns `config` unchanged: its use is the editor's
 * completion and type checking.
 *
 * @example
 * // folio.config.ts (or .js / .mjs)
 * import { defineConfig } from 'folio';
 * export default defineConfig({ outDir: 'dist', formats: ['pdf', 'epub'], print: { paper: 'a5' } });
 */
export function defineConfig(config: Config): Config {
  return config;
}
