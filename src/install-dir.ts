import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Folio's installation folder (the one holding its `package.json`,
 * `templates/` and `preview/`): the nearest folder above this module with a
 * `package.json`. Found by walking up, not by a fixed `../..`, because the
 * same code runs from `src/` (tests), from `dist/` (the bundle) and from an
 * installed package.
 */
export const installDir: string = findInstallDir(path.dirname(fileURLToPath(import.meta.url)));

function findInstallDir(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`Folio's package.json was not found above ${from}`);
  }
}
