import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { project } from '../helpers/project.js';
import { openEpub } from '../helpers/tools.js';

const run = promisify(execFile);

/** A checkout of the article in its own folder, built with SOURCE_DATE_EPOCH. */
async function checkout(name: string): Promise<string> {
  const article = await readFile(path.resolve('content/article.md'));
  const dir = path.join(await project({ [`${name}/deeper/content/article.md`]: article }, `folio-${name}-`), name, 'deeper');
  const result = await build({ cwd: dir, sourceDateEpoch: 1_700_000_000 });
  expect(result.ok).toBe(true);
  return dir;
}

/** Every byte an output carries, decompressed: PDF streams through qpdf, EPUB entries unzipped. */
async function contents(dir: string, file: string): Promise<string> {
  const full = path.join(dir, 'out', file);
  if (file.endsWith('.pdf')) {
    const { stdout } = await run('qpdf', ['--qdf', '--object-streams=disable', full, '-'], { encoding: 'latin1', maxBuffer: 64 << 20 });
    return stdout;
  }
  if (file.endsWith('.epub')) {
    const zip = await openEpub(full);
    return (await Promise.all(Object.values(zip.files).map((entry) => entry.async('string')))).join('\n');
  }
  return readFile(full, 'utf8');
}

describe('reproducible builds', () => {
  it('give byte-identical PDF, EPUB and HTML from two checkouts in different folders, with no build path inside', async () => {
    const [first, second] = await Promise.all([checkout('one'), checkout('two')]);
    for (const file of ['article.pdf', 'article.epub', 'article.html']) {
      const [a, b] = await Promise.all([readFile(path.join(first, 'out', file)), readFile(path.join(second, 'out', file))]);
      expect(a.equals(b), `${file} differs between checkouts`).toBe(true);
      const text = await contents(first, file);
      // With a trailing separator: the home folder `/root` is also the start of `</rootfiles>`.
      for (const leak of [first, os.tmpdir(), os.homedir(), process.cwd()])
        expect(text, `${file} holds ${leak}`).not.toContain(`${leak}${path.sep}`);
    }
  });
});
