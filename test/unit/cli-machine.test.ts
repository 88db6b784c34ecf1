import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { githubAnnotations } from '../../src/cli/annotations.js';
import { jsonReport } from '../../src/cli/json-report.js';
import { Reporter } from '../../src/cli/report.js';
import { inShard } from '../../src/build/shard.js';
import { BrowserError, problemAt } from '../../src/errors.js';
import type { OutputResult } from '../../src/pipeline/write.js';

const written: OutputResult = { source: 'content/a.md', format: 'pdf', path: '/project/out/a.pdf', size: 12_345, ms: 812.4 };

function messages(): VFile['messages'] {
  const file = new VFile({ path: 'content/a.md' });
  file.message('raw HTML `<script>` is not allowed, 100% removed', { place: { line: 7, column: 3 }, ruleId: 'raw-html', source: 'folio' });
  const error = file.message('front matter `toc` must be `true`', {
    place: { line: 3, column: 6 },
    ruleId: 'front-matter',
    source: 'folio',
  });
  error.fatal = true;
  return file.messages;
}

describe('machine-readable reports', () => {
  it('gives every output and message as JSON: path, bytes and time; file, line, column, severity and rule', () => {
    const failed: OutputResult = { source: 'content/b.md', format: 'epub', ms: 5, error: new Error('zip exploded') };
    const report = jsonReport(
      { outputs: [written, failed], messages: [...messages(), problemAt('does not exist', { file: 'x.md' }, 'missing-input')] },
      '/project',
    );
    expect(JSON.parse(JSON.stringify(report))).toEqual({
      ok: false,
      outputs: [
        { source: 'content/a.md', format: 'pdf', path: 'out/a.pdf', bytes: 12_345, ms: 812, error: null },
        { source: 'content/b.md', format: 'epub', path: null, bytes: null, ms: 5, error: 'zip exploded' },
      ],
      messages: [
        {
          file: 'content/a.md',
          line: 7,
          column: 3,
          severity: 'warning',
          rule: 'folio:raw-html',
          message: 'raw HTML `<script>` is not allowed, 100% removed',
        },
        {
          file: 'content/a.md',
          line: 3,
          column: 6,
          severity: 'error',
          rule: 'folio:front-matter',
          message: 'front matter `toc` must be `true`',
        },
        { file: 'x.md', line: null, column: null, severity: 'error', rule: 'folio:missing-input', message: 'does not exist' },
      ],
    });
  });

  it('writes GitHub Actions annotations, escaped as the runner reads them', () => {
    expect(githubAnnotations([...messages(), problemAt('line one\nline two', {}, 'usage')]).split('\n')).toEqual([
      '::warning file=content/a.md,line=7,col=3,title=folio%3Araw-html::raw HTML `<script>` is not allowed, 100%25 removed',
      '::error file=content/a.md,line=3,col=6,title=folio%3Afront-matter::front matter `toc` must be `true`',
      '::error title=folio%3Ausage::line one%0Aline two',
      '',
    ]);
  });

  it("names an annotation's file from the repository's root when run from a subfolder", () => {
    const [message] = messages();
    expect(githubAnnotations(message ? [message] : [], { cwd: '/repo/site', workspace: '/repo' })).toMatch(
      /^::warning file=site\/content\/a\.md,line=7,/,
    );
  });

  it('prints a failure shared by many outputs once (a browser that cannot start), and lists every output it failed', () => {
    const err: string[] = [];
    const reporter = new Reporter(
      { stdout: { write: () => true }, stderr: { write: (text: string) => err.push(text) }, env: {}, cwd: '/project' },
      'normal',
    );
    const error = new BrowserError('Chrome at `/no/chrome` cannot be started');
    const outputs = ['a', 'b', 'c'].map((name): OutputResult => ({ source: `content/${name}.md`, format: 'pdf', ms: 1, error }));
    for (const output of outputs) reporter.output(output);
    expect(reporter.finish({ outputs, messages: [] })).toBe(1);
    const text = err.join('');
    expect(text.match(/cannot be started/g)).toHaveLength(1);
    expect(text).toContain('folio: 3 of 3 outputs failed\n  content/a.md: pdf\n  content/b.md: pdf\n  content/c.md: pdf\n');
  });
});

describe('inShard', () => {
  it('deals a batch out in the order of its keys: every item in exactly one part, parts within one of each other in size', () => {
    const items = ['e', 'b', 'collection book', 'a', 'd', 'c', 'f'];
    const parts = [1, 2, 3].map((index) => inShard(items, (item) => item, { index, count: 3 }));
    expect(parts).toEqual([
      ['a', 'collection book', 'f'],
      ['b', 'd'],
      ['c', 'e'],
    ]);
    expect(inShard([...items].reverse(), (item) => item, { index: 2, count: 3 })).toEqual(['b', 'd']);
    expect(inShard(items, (item) => item, undefined)).toEqual(items);
  });
});
