import { spawn } from 'node:child_process';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { project } from '../helpers/project.js';

const cli = path.resolve('dist/cli.js');

// issue 14: the preview index lists documents by title, and `--open` opens it.
describe('folio build --serve --open', () => {
  it('opens the preview in the browser $BROWSER names, whose index lists each document by its title', async () => {
    const dir = await project(
      {
        'content/harbour.md': '---\ntitle: The Harbour Report\n---\n\nText.\n',
        'content/notes/lighthouse.md': '# Lighthouse Keeping\n\nText.\n',
      },
      'folio-preview-index-',
    );
    // A stand-in browser: it writes down the address it was asked to open.
    const opened = path.join(dir, 'opened.txt');
    const browser = path.join(dir, 'browser.sh');
    await writeFile(browser, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
    await chmod(browser, 0o755);
    const child = spawn(process.execPath, [cli, 'build', '--serve', '--port', '0', '--open', '--format', 'pdf'], {
      cwd: dir,
      env: { ...process.env, BROWSER: browser },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await expect.poll(() => output, { timeout: 60_000, interval: 100 }).toMatch(/built 2 documents|built content/);
      await expect.poll(() => output, { timeout: 60_000, interval: 100 }).toMatch(/preview at (http:\S+)/);
      const url = /preview at (http:\S+)/.exec(output)?.[1] ?? '';
      await expect.poll(() => readFile(opened, 'utf8').catch(() => ''), { timeout: 30_000, interval: 100 }).toBe(url);
      const index = await (await fetch(url)).text();
      expect(index).toMatch(/<a href="\/view\/harbour">The Harbour Report<\/a> <span class="source">content\/harbour\.md<\/span>/);
      expect(index).toMatch(/<a href="\/view\/notes\/lighthouse">Lighthouse Keeping<\/a>/);
      const viewer = await (await fetch(`${url}view/harbour`)).text();
      expect(viewer).toContain('<title>The Harbour Report · Folio preview</title>');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(130);
  });
});
