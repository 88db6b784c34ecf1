import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { build, ConfigError } from '../../src/index.js';
import { Browser } from '../../src/browser/browser.js';
import { BrowserSession } from '../../src/browser/browser-session.js';
import { findBrowser } from '../../src/browser/find-browser.js';
import { project } from '../helpers/project.js';

const doc = '---\ntitle: Doc\n---\n\nText.\n';
const run = promisify(execFile);

/** Process ids of the children of `parent` whose command name contains `name`. */
async function children(parent: number, name: string): Promise<number[]> {
  const { stdout } = await run('ps', ['-o', 'pid=,comm=', '--ppid', String(parent)]);
  return stdout
    .split('\n')
    .filter((line) => line.includes(name))
    .map((line) => Number.parseInt(line, 10));
}

/** Whether process `pid` is running: it exists and is not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('faults', () => {
  it('starts a new browser when the one in use has gone away, and closes it once', async () => {
    const session = new BrowserSession({});
    const first = await session.get();
    await first.close();
    const second = await session.get();
    expect(second).not.toBe(first);
    expect(second.connected).toBe(true);
    await session.close();
    await session.close();
    expect(second.connected).toBe(false);
  });

  it('starts the browser once more when its launch at the start of the build failed', async () => {
    // A browser whose first start fails, as one starved by a long parse beside it would.
    const dir = await project({});
    const marker = path.join(dir, 'failed-once');
    const wrapper = path.join(dir, 'chromium');
    await writeFile(
      wrapper,
      `#!/bin/sh\nif [ ! -e '${marker}' ]; then touch '${marker}'; exit 1; fi\nexec '${await findBrowser()}' "$@"\n`,
      {
        mode: 0o755,
      },
    );
    const session = new BrowserSession({ executablePath: wrapper });
    session.start();
    const browser = await session.get();
    expect(existsSync(marker)).toBe(true);
    expect(browser.connected).toBe(true);
    await session.close();
  });

  it('stops Chromium with every process it started, at once, and removes its profile', async () => {
    const browser = await Browser.launch();
    await using page = await browser.newPage({
      origin: 'https://folio.invalid',
      serve: () => ({ bytes: new TextEncoder().encode('<p>x</p>'), type: 'text/html' }),
    });
    await page.open('https://folio.invalid/');
    // `chromium` (Debian) or `chrome` (Chrome, or Puppeteer's download).
    const [main] = await children(process.pid, 'chrom');
    const group = (await run('ps', ['-o', 'pid=', '-g', String(main)])).stdout.split('\n').map(Number).filter(Boolean);
    const profile = /--user-data-dir=(\S+)/.exec(
      await readFile(`/proc/${main}/cmdline`, 'utf8').then((line) => line.replaceAll('\0', ' ')),
    )?.[1];
    expect(group.length).toBeGreaterThan(2);
    expect(profile).toMatch(/folio-chromium-/);
    await browser.close();
    // One SIGKILL reaches the whole group at once; the kernel may take a moment to end the last process of it.
    await expect.poll(() => group.filter(alive), { timeout: 2000 }).toEqual([]);
    expect(existsSync(profile!)).toBe(false);
  });

  it('turns a page that takes too long into one clear error naming the document, and writes nothing for it', async () => {
    const dir = await project({ 'content/slow.md': doc });
    const result = await build({ cwd: dir, formats: ['pdf'], timeout: 1 });
    expect(result.outputs).toHaveLength(1);
    expect(result.outputs[0]?.source).toBe('content/slow.md');
    expect(result.outputs[0]?.error?.message).toMatch(/^The page took longer than 0\.001 s to load or print; raise the time limit/);
    expect(await readdir(path.join(dir, 'out'))).toEqual([]);
  });

  it('refuses an output folder that cannot be written before doing any work', async () => {
    const dir = await project({ 'content/doc.md': doc, blocker: 'a file where the folder should be' });
    const building = build({ cwd: dir, outDir: 'blocker/out', formats: ['html'] });
    await expect(building).rejects.toBeInstanceOf(ConfigError);
    await expect(building).rejects.toThrow(/The output folder `.*blocker\/out` cannot be written \(ENOTDIR\)/);
    expect(await readFile(path.join(dir, 'blocker'), 'utf8')).toBe('a file where the folder should be');
  });

  it('names an unknown theme as a mistake in how Folio was called (a ConfigError), with the themes there are', async () => {
    const dir = await project({ 'content/doc.md': doc });
    const refused = build({ cwd: dir, theme: 'no-such-theme', formats: ['html'] });
    await expect(refused).rejects.toBeInstanceOf(ConfigError);
    await expect(refused).rejects.toThrow(/Theme `no-such-theme` does not exist in `.+`: the themes there are `default`/);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('on %s closes the browser, leaves no temporary file and exits %i', async (signal, exitCode) => {
    // Enough documents that work always remains when the first one is written.
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`content/doc-${String(index).padStart(2, '0')}.md`, doc]));
    const dir = await project(files);
    // The child's own temporary folder: Chromium's profile lands there, so a leaked browser would show.
    const tmp = path.join(dir, 'tmp');
    await mkdir(tmp);
    const child = spawn(process.execPath, [path.resolve('dist/cli.js'), 'build', '--format', 'pdf', '--concurrency', '1'], {
      cwd: dir,
      env: { ...process.env, TMPDIR: tmp },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // Interrupt once the first output is on disk: the browser is up and work remains.
      if (stdout.includes('.pdf')) child.kill(signal);
    });
    // 'close', not 'exit': it waits for the output streams to end.
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(exitCode);
    expect(stderr).toContain('interrupted');
    const written = await readdir(path.join(dir, 'out'));
    expect(written.length).toBeLessThan(40);
    // Only whole outputs: no temporary file of the atomic writer.
    expect(written.every((name) => /^doc-\d\d\.pdf$/.test(name))).toBe(true);
    // Folio removes the browser's profile folder once the browser has exited.
    expect(await readdir(tmp)).toEqual([]);
  });
});
