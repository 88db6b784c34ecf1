// @ts-check
// The watch rebuild (issue 6): `folio build --watch` on a copy of the article,
// its browser warm; each sample is the time from saving an edit to the CLI's
// `rebuilt` line, which it prints once every output is on disk.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Median milliseconds from a save to the rebuilt outputs, measured by this
 * process (`wallMs`) and by Folio itself from the first file event (`folioMs`).
 * @param {{ root: string, work: string, formats: string, runs: number }} options
 * @returns {Promise<{ wallMs: number, folioMs: number }>}
 */
export async function measureWatchRebuild({ root, work, formats, runs }) {
  const dir = path.join(work, 'watch');
  const article = path.join(dir, 'content/article.md');
  mkdirSync(path.dirname(article), { recursive: true });
  const text = readFileSync(path.join(root, 'content/article.md'), 'utf8');
  writeFileSync(article, text);
  const child = spawn(process.execPath, [path.join(root, 'dist/cli.js'), 'build', '--watch', '--format', formats], { cwd: dir });
  let output = '';
  /** @type {(() => void) | undefined} */
  let wake;
  child.stdout.on('data', (chunk) => {
    output += chunk.toString();
    wake?.();
  });
  child.stderr.on('data', (chunk) => (output += chunk.toString()));
  /** Wait for the `count`-th `built`/`rebuilt` line; its figure in ms. */
  const builtLine = async (/** @type {number} */ count) => {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const lines = [...output.matchAll(/^folio: (?:re)?built .* in (\d+) ms/gm)];
      const line = lines[count - 1];
      if (line) return Number(line[1]);
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`folio build --watch did not rebuild:\n${output}`);
      await new Promise((resolve) => {
        wake = () => resolve(undefined);
        setTimeout(resolve, 1000);
      });
    }
  };
  try {
    await builtLine(1);
    const wall = [];
    const folio = [];
    // One unmeasured edit first: the first rebuild still loads code paths the first build did not use.
    for (let i = 0; i <= runs; i++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const start = performance.now();
      writeFileSync(article, `${text}\nAn edit, number ${i}.\n`);
      const ms = await builtLine(i + 2);
      if (i > 0) {
        wall.push(performance.now() - start);
        folio.push(ms);
      }
    }
    return { wallMs: median(wall), folioMs: median(folio) };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    }
  }
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
