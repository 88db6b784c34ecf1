// @ts-check
// Folio against md-to-pdf, in one run on this machine (issue 13's goals):
// the article, the corpus's mdBook book, and 50 articles in one command, each
// a cold process with nothing cached. Folio writes PDF, EPUB and HTML;
// md-to-pdf writes the PDF only. The runs are interleaved (one round runs every
// case once) so that a noisy machine slows both tools alike; figures are the
// medians of BENCH_RUNS rounds (default 3). Memory is the peak PSS of the whole
// process tree, Node plus Chromium (bench/tree-memory.js), in runs of its own
// after the timed rounds: sampling it slows what it samples.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleBody, writeArticles, writeRepeatedBook } from './corpus.js';
import { mdToPdf } from './md-to-pdf.js';
import { stagesOf } from './stages.js';
import { runCommand } from './tree-memory.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.env['BENCH_RUNS'] ?? 3);
const bookSource = path.resolve(root, process.env['BENCH_BOOK'] ?? '../shared/corpus/book-rust-by-example/rust-by-example.md');

// One project folder, so that Folio's cover cache (node_modules/.cache/folio) can be emptied before each run.
const work = mkdtempSync(path.join(os.tmpdir(), 'folio-bench-'));
const cache = path.join(work, 'node_modules/.cache');
mkdirSync(path.join(work, 'node_modules'));
// A page may take 60 s to load or print by default: the book 4x (about 600 pages) on a busy machine takes longer.
writeFileSync(path.join(work, 'folio.config.json'), JSON.stringify({ timeout: 600_000 }));
const article = path.join(work, 'article.md');
copyFileSync(path.join(root, 'content/article.md'), article);
const book = path.join(work, 'book.md');
copyFileSync(bookSource, book);
const book4 = path.join(work, 'book-4x.md');
writeRepeatedBook(bookSource, book4, 4);
const batch = path.join(work, 'batch');
writeArticles(batch, 50, articleBody(root));

const folio =
  (input, ...flags) =>
  (sample = false) => {
    rmSync(cache, { recursive: true, force: true });
    const args = [path.join(root, 'dist/cli.js'), 'build', input, '--out', path.join(work, 'out'), ...flags];
    return runCommand(process.execPath, args, { cwd: work, sample });
  };
const other =
  (input) =>
  (sample = false) => {
    const { command, args, env } = mdToPdf(root, input);
    return runCommand(command, args, { cwd: work, env, sample });
  };

/** Each case, in the order one round runs them: Folio and md-to-pdf alternate. */
const cases = {
  'folio article': folio(article, '--quiet'),
  'md-to-pdf article': other(article),
  'folio book': folio(book, '--verbose'),
  'md-to-pdf book': other(book),
  'folio 50 articles': folio(batch, '--quiet'),
  'folio book 4x': folio(book4, '--quiet'),
};

/** The cases whose memory is reported: each is run once more, sampled, after the timed rounds. */
const sampledCases = ['folio book', 'md-to-pdf book', 'folio book 4x'];

/** @type {Record<string, Array<{ ms: number, stdout: string, peakPssMb: number, peakRssMb: number }>>} */
const results = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
/** @type {Record<string, { peakPssMb: number, peakRssMb: number }>} */
const memory = {};
console.log(
  `Folio vs md-to-pdf, ${new Date().toISOString()}: ${os.cpus().length} cores, node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}`,
);
for (let round = 1; round <= rounds; round++) {
  for (const [name, run] of Object.entries(cases)) {
    const result = await run();
    results[name]?.push(result);
    console.error(`round ${round}/${rounds}: ${name} ${(result.ms / 1000).toFixed(1)} s`);
  }
}
for (const name of sampledCases) {
  const result = await cases[name]?.(true);
  if (result) memory[name] = result;
  console.error(`memory: ${name} ${result?.peakPssMb.toFixed(0)} MB`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2
    ? (sorted[(sorted.length - 1) / 2] ?? 0)
    : ((sorted[sorted.length / 2 - 1] ?? 0) + (sorted[sorted.length / 2] ?? 0)) / 2;
};
const ms = (name) => median((results[name] ?? []).map((result) => result.ms));
const peak = (name, key) => memory[name]?.[key] ?? 0;
const s = (value) => (value / 1000).toFixed(1);
const table = (title, header, rows) => {
  console.log(`\n### ${title}\n\n| ${header.join(' | ')} |\n| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
};

table(
  `Folio ÷ md-to-pdf (medians of ${rounds} interleaved rounds, load ${os.loadavg()[0]?.toFixed(1)} at the end)`,
  ['work', 'Folio s', 'md-to-pdf s', 'ratio', 'goal'],
  [
    [
      'the article',
      s(ms('folio article')),
      s(ms('md-to-pdf article')),
      (ms('folio article') / ms('md-to-pdf article')).toFixed(2),
      '≤ 0.5',
    ],
    ['the book', s(ms('folio book')), s(ms('md-to-pdf book')), (ms('folio book') / ms('md-to-pdf book')).toFixed(2), '≤ 1.0'],
    [
      '50 articles, one command (vs its one article)',
      s(ms('folio 50 articles')),
      s(ms('md-to-pdf article')),
      (ms('folio 50 articles') / ms('md-to-pdf article')).toFixed(2),
      '≤ 4',
    ],
  ],
);

const stageRuns = (results['folio book'] ?? []).map((result) => stagesOf(result.stdout));
table(
  `The book's stages in Folio (--verbose; median ms of ${rounds})`,
  ['stage', 'ms'],
  Object.keys(stageRuns[0] ?? {}).map((stage) => [stage, median(stageRuns.map((stages) => stages[stage] ?? 0)).toFixed(0)]),
);

table(
  'Peak memory of the whole process tree (Node + Chromium), in a sampled run of its own',
  ['work', 'PSS MB', 'RSS sum MB', 'goal'],
  [
    ['Folio, the book', peak('folio book', 'peakPssMb').toFixed(0), peak('folio book', 'peakRssMb').toFixed(0), '≤ 700 (PSS)'],
    ['Folio, the book 4x', peak('folio book 4x', 'peakPssMb').toFixed(0), peak('folio book 4x', 'peakRssMb').toFixed(0), 'bounded'],
    ['md-to-pdf, the book', peak('md-to-pdf book', 'peakPssMb').toFixed(0), peak('md-to-pdf book', 'peakRssMb').toFixed(0), ''],
  ],
);

table(
  'Scaling: the book repeated 4x vs once (Folio)',
  ['size', 'wall s', 'growth', 'goal'],
  [
    ['1x', s(ms('folio book')), '1.00', ''],
    ['4x', s(ms('folio book 4x')), (ms('folio book 4x') / ms('folio book')).toFixed(2), '< 4.5'],
  ],
);

rmSync(work, { recursive: true, force: true });
