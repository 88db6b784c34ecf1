// @ts-check
// Folio's benchmark: wall times measured in one run on this machine, printed
// as tables. Each case is a cold process (`node dist/cli.js build ...`), as a
// user runs it. Small cases report the median of several runs; ratios to the
// article's full build keep figures from a noisy machine comparable.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleBody, writeArticles, writeLongDocument } from './corpus.js';
import { measureWatchRebuild } from './watch-rebuild.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const peak = path.join(root, 'bench/peak.js');
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const work = mkdtempSync(path.join(os.tmpdir(), 'folio-bench-'));
const out = path.join(work, 'out');

/**
 * Wall time in ms (median of `times` runs) and the Node process's peak memory in MB, of `node args`
 * (in `cwd`, default the project; `before` runs before each run, untimed).
 */
function measure(command, times = runs) {
  const { args, cwd, before } = Array.isArray(command)
    ? { args: command, cwd: root, before: undefined }
    : { before: undefined, ...command };
  const samples = [];
  let peakMb = 0;
  for (let i = 0; i < times; i++) {
    before?.();
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
    samples.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
    const kb = /peak-rss-kb (\d+)/.exec(result.stderr)?.[1];
    if (kb) peakMb = Math.max(peakMb, Number(kb) / 1024);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)] ?? 0, peakMb };
}

const build = (input, formats, ...rest) => [peak, 'build', input, '--out', out, '--format', formats, ...rest];
const table = (title, header, rows) => {
  console.log(`\n### ${title}\n\n| ${header.join(' | ')} |\n| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
};

console.log(
  `Folio benchmark, ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores, node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}`,
);

// 1. The article, cold. Its EPUB cover is drawn once and then comes from the cache; one case
// builds the EPUB in a project whose cache is emptied before each run, so the cover is drawn.
const uncached = path.join(work, 'uncached');
mkdirSync(path.join(uncached, 'node_modules'), { recursive: true });
const coverDrawn = {
  args: build(path.join(root, 'content/article.md'), 'epub'),
  cwd: uncached,
  before: () => rmSync(path.join(uncached, 'node_modules/.cache'), { recursive: true, force: true }),
};
const browserOnly = [
  '--input-type=module',
  '-e',
  `import { Browser } from ${JSON.stringify(path.join(root, 'dist/browser/browser.js'))}; await (await Browser.launch()).close();`,
];
const article = [
  ['node start (baseline)', ['-e', '']],
  ['Chromium start and close', browserOnly],
  ['article: html', build('content/article.md', 'html')],
  ['article: epub', build('content/article.md', 'epub')],
  ['article: epub, cover not cached (Chromium draws it)', coverDrawn],
  ['article: pdf', build('content/article.md', 'pdf')],
  ['article: pdf + epub + html', build('content/article.md', 'pdf,epub,html')],
  ['handout: pdf + booklet (toc, 6 pages)', build('test/fixtures/print-handout/input.md', 'pdf', '--layout', 'booklet')],
].map(([name, args]) => [name, measure(args)]);
const full = article.find(([name]) => name === 'article: pdf + epub + html')?.[1].ms ?? 1;
table(
  `The article, cold process (median of ${runs})`,
  ['case', 'wall ms', 'ratio to full build'],
  article.map(([name, { ms }]) => [name, ms.toFixed(0), (ms / full).toFixed(2)]),
);

// 2. A desk's batch: 50 articles, all formats, one process (one browser), run in a project of its
// own so that its cover cache (node_modules/.cache/folio) starts empty: the first build draws 50
// EPUB covers, the rebuild finds them cached.
const body = articleBody(root);
const batchProject = path.join(work, 'desk');
const batchDir = path.join(batchProject, 'content');
writeArticles(batchDir, 50, body);
mkdirSync(path.join(batchProject, 'node_modules'));
const inDesk = (args) => ({ args, cwd: batchProject });
const first = measure(inDesk(build(batchDir, 'pdf,epub,html')), 1);
const again = measure(inDesk(build(batchDir, 'pdf,epub,html')), 1);
table(
  'A batch of 50 articles, all formats, one cold process',
  ['run', 'total s', 'per article ms', 'peak Node MB'],
  [
    ['first build (50 covers drawn)', (first.ms / 1000).toFixed(1), (first.ms / 50).toFixed(0), first.peakMb.toFixed(0)],
    ['rebuild (covers cached)', (again.ms / 1000).toFixed(1), (again.ms / 50).toFixed(0), again.peakMb.toFixed(0)],
  ],
);

// 3. How cost grows: a long document at 1x, 4x and 16x its size.
const sizes = [10, 40, 160];
const long = sizes.map((sections) => {
  const file = path.join(work, `long-${sections}.md`);
  writeLongDocument(file, sections, body);
  return [sections, measure(build(file, 'pdf,epub,html'), 1)];
});
const base = long[0]?.[1].ms ?? 1;
table(
  'A long document (the article repeated under section headings), all formats',
  ['size', 'sections', 'wall s', 'ms per section', 'growth vs size', 'peak Node MB'],
  long.map(([sections, { ms, peakMb }], index) => [
    `${4 ** index}x`,
    String(sections),
    (ms / 1000).toFixed(1),
    (ms / sections).toFixed(0),
    `${(ms / base).toFixed(1)}x for ${4 ** index}x`,
    peakMb.toFixed(0),
  ]),
);

// 4. The watch rebuild: `folio build --watch`, browser warm, an edit saved to the article.
const watched = await measureWatchRebuild({ root, work, formats: 'pdf,epub,html', runs });
table(
  `The watch rebuild (median of ${runs} edits)`,
  ['case', 'save to outputs ms', 'as Folio times it ms', 'ratio to cold full build'],
  [
    [
      'the watch rebuild: article, pdf + epub + html',
      watched.wallMs.toFixed(0),
      watched.folioMs.toFixed(0),
      (watched.wallMs / full).toFixed(2),
    ],
  ],
);

rmSync(work, { recursive: true, force: true });
