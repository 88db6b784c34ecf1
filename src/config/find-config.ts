import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';

/** The names a config file may have, looked for in this order. */
export const configFileNames = [
  'folio.config.ts',
  'folio.config.mts',
  'folio.config.mjs',
  'folio.config.js',
  'folio.config.cjs',
  'folio.config.json',
] as const;

/** What marks a project's root folder, where the search for a config stops: a Node.js package or a Git work tree. */
const rootMarkers = ['package.json', '.git'] as const;

/**
 * The config file for a run in `cwd`: `folio.config.*` in `cwd`, else in the
 * nearest folder above it that has one, as ESLint, Prettier and Vite find
 * theirs. The search stops at the project's root (the first folder with a
 * `package.json` or a `.git`), so a config of an enclosing project is never
 * picked up, and at the file system's root. Two config files in one folder
 * are an error. `undefined` when there is none.
 */
export async function findConfig(cwd: string): Promise<string | undefined> {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const found = await existing(folder, configFileNames);
    if (found.length > 1)
      throw new ConfigError(
        `Found ${found.map((name) => `\`${path.relative(cwd, path.join(folder, name)) || name}\``).join(' and ')}: keep one config file, or choose one with \`--config\``,
      );
    if (found[0] !== undefined) return path.join(folder, found[0]);
    if ((await existing(folder, rootMarkers)).length > 0 || path.dirname(folder) === folder) return undefined;
  }
}

async function existing(folder: string, names: readonly string[]): Promise<string[]> {
  const found = await Promise.all(
    names.map((name) =>
      stat(path.join(folder, name)).then(
        () => name,
        () => undefined,
      ),
    ),
  );
  return found.filter((name) => name !== undefined);
}
