import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseCommandLine, UsageError } from '../../src/cli/args.js';
import { formatSize, Reporter } from '../../src/cli/report.js';
import type { Terminal } from '../../src/cli/terminal.js';
import type { OutputResult } from '../../src/pipeline/write.js';

function terminal(options: { tty?: boolean; env?: Record<string, string> } = {}): Terminal & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const isTTY = options.tty ?? false;
  return {
    out,
    err,
    stdout: { write: (text: string) => out.push(text), isTTY, columns: 80 },
    stderr: { write: (text: string) => err.push(text), isTTY },
    env: options.env ?? {},
    cwd: '/project',
  };
}

const written: OutputResult = {
  source: 'content/a.md',
  format: 'pdf',
  path: '/project/out/a.pdf',
  size: 12_345,
  ms: 812.4,
  stages: { parse: 10, pdf: 700 },
};
const failed: OutputResult = { source: 'content/b.md', format: 'epub', ms: 5, error: new Error('zip exploded') };

function warning(): VFile['messages'][number] {
  const file = new VFile({ path: 'content/a.md' });
  return file.message('raw HTML `<script>` is not allowed', { place: { line: 7, column: 1 }, ruleId: 'raw-html', source: 'folio' });
}

describe('parseCommandLine', () => {
  it('reads build flags into build options, print flags into printOverrides', () => {
    const command = parseCommandLine([
      'build',
      'content/*.md',
      '-f',
      'pdf,epub',
      '--paper',
      'a5',
      '--sheet',
      'a4',
      '--concurrency',
      '2',
      '--quiet',
      '-c',
      'my.json',
    ]);
    expect(command).toMatchObject({
      kind: 'build',
      configPath: 'my.json',
      verbosity: 'quiet',
      flags: { inputs: ['content/*.md'], formats: ['pdf', 'epub'], concurrency: 2, printOverrides: { paper: 'a5', sheet: 'a4' } },
    });
  });

  it('refuses wrong usage with a reason', () => {
    expect(() => parseCommandLine(['build', '--format', 'docx'])).toThrow(
      new UsageError('unknown format `docx`: choose from pdf, epub, html'),
    );
    expect(() => parseCommandLine(['build', '--paper', 'huge'])).toThrow(/`--paper` must be/);
    expect(() => parseCommandLine(['build', '--sheet', 'huge'])).toThrow(/`--sheet` must be/);
    expect(() => parseCommandLine(['build', '--concurrency', '0'])).toThrow('`--concurrency` takes a whole number');
    expect(() => parseCommandLine(['build', '--quiet', '--verbose'])).toThrow('cannot be used together');
    expect(() => parseCommandLine(['publish'])).toThrow('unknown command `publish`');
    expect(() => parseCommandLine(['build', '--colour'])).toThrow(UsageError);
  });

  /** The problems `argv` is refused with. */
  const problems = (argv: readonly string[]): readonly string[] => {
    try {
      parseCommandLine(argv);
    } catch (error) {
      if (error instanceof UsageError) return error.problems;
      throw error;
    }
    throw new Error(`\`${argv.join(' ')}\` was accepted`);
  };

  it('names the command, flag or format a typo meant', () => {
    expect(problems(['bild'])).toEqual(['unknown command `bild` (did you mean `build`?)']);
    expect(problems(['build', '--fromat', 'pdf'])).toEqual(['unknown option `--fromat` (did you mean `--format`?)']);
    expect(problems(['build', '--format', 'pfd'])).toEqual(['unknown format `pfd` (did you mean `pdf`?): choose from pdf, epub, html']);
    expect(problems(['build', '-x'])).toEqual(['unknown option `-x`']);
  });

  it('reads `-format pdf` as the `--format` meant, not as `-f ormat`, and says so', () => {
    expect(problems(['build', '-format', 'pdf'])).toEqual(['`-format` has one dash: write `--format`']);
    expect(problems(['build', '-fromat=pdf', '--out', 'x'])).toEqual(['`-fromat` has one dash: write `--format`']);
    expect(parseCommandLine(['build', '-fpdf'])).toMatchObject({ flags: { formats: ['pdf'] } });
  });

  it('reads format names without case', () => {
    expect(parseCommandLine(['build', '--format', 'PDF,Epub'])).toMatchObject({ flags: { formats: ['pdf', 'epub'] } });
  });

  it('lists every problem of a command line at once, in order', () => {
    expect(problems(['bild', '--format', 'pfd,docx', '--colour', '--strict=yes', '--concurrency', '0', '--out'])).toEqual([
      'unknown option `--colour`',
      '`--strict` takes no value',
      '`--out` needs a value',
      'unknown command `bild` (did you mean `build`?)',
      'unknown format `pfd` (did you mean `pdf`?): choose from pdf, epub, html',
      'unknown format `docx`: choose from pdf, epub, html',
      '`--concurrency` takes a whole number of 1 or more',
    ]);
  });

  it('reads `--json` and `--shard i/n`, and refuses a shard that is not one', () => {
    expect(parseCommandLine(['build', '--json', '--shard', '2/3'])).toMatchObject({ json: true, flags: { shard: { index: 2, count: 3 } } });
    expect(problems(['build', '--shard', '4/3'])).toEqual([
      '`--shard` takes a part and a count such as `2/4` (the second of four), not `4/3`',
    ]);
    expect(problems(['build', '--json', '--watch'])).toEqual(['`--json` reports one build: it cannot be used with `--watch` or `--serve`']);
  });
});

describe('Reporter', () => {
  it('prints a line per output (path, size, time) and the failures with their source', () => {
    const term = terminal();
    const reporter = new Reporter(term, 'normal');
    reporter.output(written);
    reporter.output(failed);
    expect(reporter.finish({ outputs: [written, failed], messages: [warning()] })).toBe(1);
    expect(term.out.join('')).toBe('out/a.pdf  12.3 kB  812 ms\n');
    const err = term.err.join('');
    expect(err).toContain('content/b.md: epub failed: ');
    expect(err).toContain('content/a.md:7:1: warning: raw HTML `<script>` is not allowed\n');
    expect(err).toContain('folio: 1 of 2 outputs failed\n  content/b.md: epub\n');
  });

  it('groups many warnings of one kind in one file into one line with a count and the next places; verbose prints each', () => {
    const file = new VFile({ path: 'content/book.md' });
    const links = [12, 40, 88, 90, 95, 101].map((line) =>
      file.message(`link to \`ch${line}.md\` goes nowhere`, { place: { line, column: 3 }, ruleId: 'dead-link', source: 'folio' }),
    );
    const other = file.message('one of a kind', { place: { line: 50, column: 1 }, ruleId: 'sanitize', source: 'folio' });
    const term = terminal();
    new Reporter(term, 'normal').finish({ outputs: [written], messages: [...links, other] });
    expect(term.err.join('').split('\n').filter(Boolean)).toEqual([
      'content/book.md:12:3: warning: link to `ch12.md` goes nowhere (and 5 more like it, at 40:3, 88:3, 90:3, 95:3, ...)',
      'content/book.md:50:1: warning: one of a kind',
    ]);
    const verbose = terminal();
    new Reporter(verbose, 'verbose').finish({ outputs: [written], messages: [...links, other] });
    expect(verbose.err.join('').split('\n').filter(Boolean)).toHaveLength(7);
  });

  it('prints only errors when quiet', () => {
    const term = terminal();
    const reporter = new Reporter(term, 'quiet');
    reporter.output(written);
    expect(reporter.finish({ outputs: [written], messages: [warning()] })).toBe(0);
    expect(term.out.join('') + term.err.join('')).toBe('');
  });

  it('labels sizes in decimal units, as kB and MB mean', () => {
    expect([999, 1000, 12_345, 1_000_000, 2_500_000].map(formatSize)).toEqual(['999 B', '1.0 kB', '12.3 kB', '1.0 MB', '2.5 MB']);
  });

  it('adds rule ids and stage times when verbose', () => {
    const term = terminal();
    const reporter = new Reporter(term, 'verbose');
    reporter.output(written);
    reporter.finish({ outputs: [written], messages: [warning()] });
    expect(term.out.join('')).toBe('out/a.pdf  12.3 kB  812 ms  (parse 10 ms, pdf 700 ms)\n');
    expect(term.err.join('')).toContain('is not allowed  folio:raw-html');
  });

  it('draws a progress line for a batch on a terminal only, in colour unless NO_COLOR is set', () => {
    const pipe = terminal();
    new Reporter(pipe, 'normal').start(3, 2);
    expect(pipe.out).toEqual([]);
    const tty = terminal({ tty: true });
    const reporter = new Reporter(tty, 'normal');
    reporter.start(3, 2);
    reporter.output(written);
    reporter.finish({ outputs: [written], messages: [] });
    const shown = tty.out.join('');
    expect(shown).toContain('1/6 outputs');
    expect(shown).toContain('\x1b[');
    const plain = terminal({ tty: true, env: { NO_COLOR: '1' } });
    const quiet = new Reporter(plain, 'normal');
    quiet.output(written);
    expect(plain.out.join('')).toBe('out/a.pdf  12.3 kB  812 ms\n');
    const single = terminal({ tty: true });
    new Reporter(single, 'normal').start(1, 3);
    expect(single.out).toEqual([]);
  });
});
