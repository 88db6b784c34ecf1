import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { build, type BuildOptions, type BuildResult } from '../../src/index.js';
import { project } from './project.js';

/** What building one document gave: its project folder, the build's result, and the names of the files written to `out/`. */
export interface BuiltDocument {
  readonly dir: string;
  readonly result: BuildResult;
  readonly written: string[];
}

/**
 * Build `content/doc.md` (text, or bytes as a file may hold them) in a fresh
 * project, into HTML and EPUB unless `options` say otherwise. `files` go
 * into the project beside it (paths relative to the project).
 */
export async function buildDocument(
  content: string | Uint8Array,
  options: Omit<BuildOptions, 'cwd'> = {},
  files: Record<string, string | Uint8Array> = {},
): Promise<BuiltDocument> {
  const dir = await project({ ...files, 'content/doc.md': content }, 'folio-document-');
  const result = await build({ formats: ['html', 'epub'], ...options, cwd: dir });
  const written = await readdir(path.join(dir, 'out')).catch(() => []);
  return { dir, result, written };
}
