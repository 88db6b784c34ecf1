import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folio, project } from '../helpers/project.js';

const run = promisify(execFile);

/**
 * A real full disk: a 100 kB tmpfs as the output folder. Mounting needs root
 * and the right to mount (CI runs as root); elsewhere the injected disks of
 * test/unit/write-atomic.test.ts cover the same writer.
 */
let dir: string;
let out: string;
let mounted = false;

beforeAll(async () => {
  dir = await project({
    'content/doc.md': `---\ntitle: Full disk\n---\n\n${'A paragraph long enough to fill a small disk. '.repeat(4000)}\n`,
  });
  out = path.join(dir, 'out');
  await mkdir(out);
  mounted = await run('mount', ['-t', 'tmpfs', '-o', 'size=100k', 'tmpfs', out]).then(
    () => true,
    () => false,
  );
});

afterAll(async () => {
  if (mounted) await run('umount', [out]);
});

describe('a full disk', () => {
  it('is one clear error for the output that did not fit, exit 1, and the old file stays whole', async (context) => {
    if (!mounted) context.skip();
    await writeFile(path.join(out, 'doc.html'), 'the old edition');
    const result = await folio(['build', 'content/doc.md', '--format', 'html'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /could not write .*doc\.html: the disk is full \(ENOSPC\); nothing was written over the earlier file, if there was one/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(path.join(out, 'doc.html'), 'utf8')).toBe('the old edition');
    expect(await readdir(out)).toEqual(['doc.html']);
  });
});
