import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';
import { project } from '../helpers/project.js';

const cli = path.resolve('dist/cli.js');

/** `folio build --serve` in `cwd`, with its output collected as it comes. */
function serve(cwd: string): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [cli, 'build', '--serve', '--port', '0', '--format', 'html'], { cwd });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      resolve(code);
    }),
  );
  return { child, output: () => output, exited };
}

describe('folio build --serve', () => {
  it('shows the print edition page by page in Chromium, redraws it after an edit, and stops with 130 on Ctrl-C', async () => {
    const dir = await project(
      { 'content/article.md': '---\ntitle: Preview Article\n---\n\nOriginal paragraph of the preview.\n' },
      'folio-preview-',
    );
    const article = path.join(dir, 'content/article.md');
    const folio = serve(dir);
    try {
      await expect.poll(folio.output, { timeout: 60_000, interval: 100 }).toMatch(/preview at (http:\S+)/);
      const url = /preview at (http:\S+)/.exec(folio.output())?.[1] ?? '';
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      // The PDF is built for the preview although `--format html` leaves it out.
      await expect.poll(folio.output, { timeout: 60_000, interval: 100 }).toMatch(/built content\/article\.md/);
      expect(folio.output()).toMatch(/^out\/article\.pdf /m);

      await using browser = await launch();
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
      await page.goto(url, { waitUntil: 'load' });
      expect(page.url()).toBe(`${url}view/article`);
      const pagesText = (): Promise<string> => page.$eval('#pages', (element) => element.textContent.replace(/\s+/g, ' '));
      // Drawn once, and listening for rebuilds.
      await page.waitForSelector('#pages[data-renders="1"][data-live]', { timeout: 60_000 });
      expect(await pagesText()).toContain('Original paragraph of the preview.');
      expect(await page.$$eval('#pages .page canvas', (canvases) => canvases.length)).toBeGreaterThanOrEqual(1);
      // A4 at 96 px to the inch, as it prints.
      const size = await page.$eval('#pages .page', (element) => [element.clientWidth, element.clientHeight]);
      expect(size[0]).toBeCloseTo(794, -1);
      expect(size[1]).toBeCloseTo(1123, -1);

      await writeFile(article, '---\ntitle: Preview Article\n---\n\nEdited paragraph, seen without reloading by hand.\n');
      await page.waitForSelector('#pages[data-renders="2"]', { timeout: 60_000 });
      expect(await pagesText()).toContain('Edited paragraph, seen without reloading by hand.');

      await writeFile(article, '---\ntitle: Preview Article\ntoc: soon\n---\n\nBroken.\n');
      await page.waitForSelector('#problems:not([hidden])', { timeout: 60_000 });
      expect(await page.$eval('#problems', (element) => element.textContent)).toContain('content/article.md:3:6: error:');
      expect(await pagesText()).toContain('Edited paragraph');
      expect(problems).toEqual([]);
    } finally {
      folio.child.kill('SIGINT');
    }
    expect(await folio.exited).toBe(130);
    expect(folio.output()).toContain('stopped watching');
  });
});

/** Chromium through Puppeteer directly: the preview page runs Folio's script, unlike Folio's locked pages. */
async function launch(): Promise<AsyncDisposable & puppeteer.Browser> {
  const browser = await puppeteer.launch({
    executablePath: await findBrowser(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  return Object.assign(browser, { [Symbol.asyncDispose]: () => browser.close() });
}
