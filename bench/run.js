// @ts-check
// Folio's benchmark: wall times measured in one run on this machine, printed
// as a table. Each case is a cold process (`node dist/cli.js build ...`), as a
// user runs it; the median of several runs is reported, with ratios to the
// article's full build so that figures from a noisy machine stay comparable.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist/cli.js');
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const out = mkdtempSync(path.join(os.tmpdir(), 'folio-bench-'));

/** Median wall time in ms of running `args` with node, `runs` times. */
function time(args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    samples.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

const build = (formats) => [cli, 'build', 'content/article.md', '--out', out, '--format', formats];
const browserOnly = [
  '--input-type=module',
  '-e',
  `import { Browser } from ${JSON.stringify(path.join(root, 'dist/browser.js'))}; const b = await Browser.launch(); await b.close();`,
];
const cases = [
  ['node start (baseline)', ['-e', '']],
  ['Chromium start and close', browserOnly],
  ['article: html', build('html')],
  ['article: epub', build('epub')],
  ['article: pdf', build('pdf')],
  ['article: pdf + epub + html', build('pdf,epub,html')],
  // Issue 3: a 6-page A5 handout with a table of contents (two prints) and a booklet beside it.
  ['handout: pdf + booklet (toc, 6 pages)', [cli, 'build', 'test/fixtures/print-handout/input.md', '--out', out, '--format', 'pdf', '--layout', 'booklet']],
];

const results = cases.map(([name, args]) => /** @type {const} */ ([name, time(args)]));
const full = results.find(([name]) => name === 'article: pdf + epub + html')?.[1] ?? 1;
console.log(`Folio benchmark: median of ${runs} cold runs each, ${os.cpus().length} cores, node ${process.version}\n`);
console.log('| case | wall ms | ratio to full build |');
console.log('| --- | ---: | ---: |');
for (const [name, ms] of results) console.log(`| ${name} | ${ms.toFixed(0)} | ${(ms / full).toFixed(2)} |`);
rmSync(out, { recursive: true, force: true });
