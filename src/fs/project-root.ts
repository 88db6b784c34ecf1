import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from './inside.js';

/** Files whose presence makes a folder a project: a Folio config, a Node.js package, a Git work tree. */
const projectMarkers = [
  'folio.config.js',
  'folio.config.mjs',
  'folio.config.cjs',
  'folio.config.ts',
  'folio.config.mts',
  'folio.config.json',
  'package.json',
  '.git',
];

/**
 * The project a Markdown file belongs to, the folder its images must stay
 * inside: the nearest folder at or above the file's own that holds a
 * `folio.config.*`, a `package.json` or a `.git`; else the working folder
 * `cwd`, when the file is inside it; else the file's own folder. It depends
 * only on the file and `cwd`, so a file finds the same project whether it is
 * built alone, with its folder or through a glob. Reads the disk.
 */
export async function findProjectRoot(markdown: string, cwd: string): Promise<string> {
  const file = path.resolve(cwd, markdown);
  const own = path.dirname(file);
  for (let folder = own; ; folder = path.dirname(folder)) {
    if (await holdsMarker(folder)) return folder;
    if (path.dirname(folder) === folder) break;
  }
  return isInside(file, cwd) ? path.resolve(cwd) : own;
}

async function holdsMarker(folder: string): Promise<boolean> {
  const found = await Promise.all(
    projectMarkers.map((name) =>
      stat(path.join(folder, name)).then(
        () => true,
        () => false,
      ),
    ),
  );
  return found.includes(true);
}
