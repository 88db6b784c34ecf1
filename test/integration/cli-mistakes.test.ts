import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/cli/json-report.js';
import { build } from '../../src/index.js';
import { folio, project } from '../helpers/project.js';

const article = '---\ntitle: Harbour\n---\n\nText.\n';

/** Every file below `dir`, relative to it, sorted. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('mistakes on the command line', () => {
  it('lists every mistake of a command line at once, with the name meant, and exits 2', async () => {
    const dir = await project({ 'content/a.md': article });
    const cases: [string[], string][] = [
      [['bild'], 'folio: unknown command `bild` (did you mean `build`?)'],
      [['build', '--fromat', 'pdf'], 'folio: unknown option `--fromat` (did you mean `--format`?)'],
      [['build', '-format', 'pdf'], 'folio: `-format` has one dash: write `--format`'],
      [['build', '--format', 'pfd'], 'folio: unknown format `pfd` (did you mean `pdf`?): choose from pdf, epub, html'],
      [['build', '--theme', 'defualt'], 'does not exist in'],
    ];
    for (const [argv, message] of cases) {
      const { code, stdout, stderr } = await folio(argv, dir);
      expect(code, argv.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
    const theme = await folio(['build', '--theme', 'defualt'], dir);
    expect(theme.stderr).toMatch(/Theme `defualt` does not exist in `.+` \(did you mean `default`\?\): the themes there are `default`/);
    const many = await folio(['bild', '--fromat', 'pdf', '--format', 'docx'], dir);
    expect(many.stderr.split('\n').filter(Boolean)).toEqual([
      'folio: unknown option `--fromat` (did you mean `--format`?)',
      'folio: unknown command `bild` (did you mean `build`?)',
      'folio: unknown format `docx`: choose from pdf, epub, html',
      'folio: Run `folio --help` for usage.',
    ]);
  });

  it('accepts format names in capitals', async () => {
    const dir = await project({ 'content/a.md': article });
    const { code } = await folio(['build', '--format', 'HTML', '--quiet'], dir);
    expect(code).toBe(0);
    expect(await filesIn(path.join(dir, 'out'))).toEqual(['a.html']);
  });
});

describe('mistakes in a config file', () => {
  it('gives the line of a syntax error in a JavaScript config, and exits 2', async () => {
    const dir = await project({
      'content/a.md': article,
      'folio.config.mjs': 'export default {\n  outDir: "out"\n  formats: ["html"],\n};\n',
    });
    const { code, stderr } = await folio(['build'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/folio\.config\.mjs:3:\d+: cannot be loaded: .*\(SyntaxError\)/);
  });

  it('says where `formats: "pdf"` is and what it must be', async () => {
    const dir = await project({ 'content/a.md': article, 'folio.config.js': 'export default {\n  formats: "pdf",\n};\n' });
    const { code, stderr } = await folio(['build'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('folio.config.js:2:3: `formats` must be a list of formats, such as `["pdf", "epub"]`, not `"pdf"`');
  });

  it('loads `module.exports` in a .js of a "type": "module" package, and finds the config from a subfolder', async () => {
    const dir = await project({
      'package.json': '{ "type": "module" }',
      'folio.config.js': 'module.exports = { outDir: "dist", formats: ["html"] };\n',
      'content/harbour/report.md': article,
    });
    const { code, stderr } = await folio(['build', 'report.md', '--quiet'], path.join(dir, 'content/harbour'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(await filesIn(path.join(dir, 'dist'))).toEqual(['harbour/report.html']);
  });
});

describe('mistakes in front matter', () => {
  it('names the key a typo meant at its line (`autor:`), as a warning that --strict makes an error', async () => {
    const dir = await project({ 'content/a.md': '---\ntitle: A\nautor: Ada Lovelace\n---\n\nText.\n' });
    const lenient = await folio(['build', '--format', 'html'], dir);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain(
      "content/a.md:3:1: warning: front matter key `autor` is not Folio's and is ignored: did you mean `author`?",
    );
    const strict = await folio(['build', '--format', 'html', '--strict'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("content/a.md:3:1: error: front matter key `autor` is not Folio's");
  });
});

describe('mistakes in a JSON or CommonJS config', () => {
  it('gives every JSON syntax error its line and column, and exits 2', async () => {
    const dir = await project({ 'content/a.md': article, 'folio.config.json': '{\n  "formats": [html],\n  "outDir": "out",\n}\n' });
    const { code, stderr } = await folio(['build'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('folio.config.json:2:15: not valid JSON: this is not a JSON value (text goes in double quotes)');
    expect(stderr).toContain('folio.config.json:4:1: not valid JSON: a key in double quotes was expected');
  });

  it('loads a .cjs config', async () => {
    const dir = await project({ 'content/a.md': article, 'folio.config.cjs': 'module.exports = { outDir: "cjs", formats: ["html"] };\n' });
    expect((await folio(['build', '--quiet'], dir)).code).toBe(0);
    expect(await filesIn(path.join(dir, 'cjs'))).toEqual(['a.html']);
  });
});

describe('one file, one output path', () => {
  it('writes a file to the same path built alone, with its folder, by a glob or with everything', async () => {
    const dir = await project({ 'content/harbour/report.md': article, 'content/intro.md': article });
    for (const argv of [['content/harbour/report.md'], ['content/harbour'], ['content/**/report.md'], []]) {
      const out = `out-${argv.length === 0 ? 'all' : argv[0]?.replace(/\W/g, '_')}`;
      const { code } = await folio(['build', ...argv, '--format', 'html', '--out', out, '--quiet'], dir);
      expect(code, argv.join(' ')).toBe(0);
      expect(await filesIn(path.join(dir, out))).toContain('harbour/report.html');
    }
  });

  it('names outputs the same way when `build()` is called from code with one file', async () => {
    const dir = await project({ 'content/harbour/report.md': article });
    const result = await build({ cwd: dir, inputs: ['content/harbour/report.md'], formats: ['html'], outDir: 'api-out' });
    expect(result.ok).toBe(true);
    expect(await filesIn(path.join(dir, 'api-out'))).toEqual(['harbour/report.html']);
  });
});

describe('for CI', () => {
  it('builds the rest of a batch when a path is not there, reporting it once, and exits 1', async () => {
    const dir = await project({ 'content/a.md': article });
    const { code, stderr } = await folio(['build', 'content/a.md', 'content/gone.md', '--format', 'html'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('content/gone.md: error: does not exist: give a Markdown file, a folder of them or a glob');
    expect(await filesIn(path.join(dir, 'out'))).toEqual(['a.html']);
  });

  it('prints a JSON report a program can read: outputs with path, bytes and time; messages with their place and rule', async () => {
    const dir = await project({ 'content/a.md': '---\ntitle: A\n---\n\nSee [nowhere](#missing).\n', 'content/b.md': article });
    const { code, stdout } = await folio(['build', 'content', 'content/gone.md', '--format', 'html', '--json'], dir);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.outputs.map((output) => [output.source, output.format, output.path, output.error])).toEqual(
      expect.arrayContaining([
        ['content/a.md', 'html', 'out/a.html', null],
        ['content/b.md', 'html', 'out/b.html', null],
      ]),
    );
    for (const output of report.outputs) {
      expect(output.bytes).toBeGreaterThan(0);
      expect(output.ms).toBeGreaterThanOrEqual(0);
    }
    expect(report.messages).toEqual(
      expect.arrayContaining([
        {
          file: 'content/a.md',
          line: 5,
          column: 5,
          severity: 'warning',
          rule: 'folio:dead-link',
          message: 'link to `#missing` goes nowhere: no heading or element has that id',
        },
        expect.objectContaining({ file: 'content/gone.md', severity: 'error', rule: 'folio:missing-input' }),
      ]),
    );
    const usage = await folio(['build', '--fromat', 'pdf', '--json'], dir);
    expect(usage.code).toBe(2);
    expect((JSON.parse(usage.stdout) as JsonReport).messages).toEqual([
      {
        file: null,
        line: null,
        column: null,
        severity: 'error',
        rule: 'folio:usage',
        message: 'unknown option `--fromat` (did you mean `--format`?)',
      },
    ]);
  });

  it('annotates each message for GitHub Actions when GITHUB_ACTIONS is set', async () => {
    // The project stands for the repository's checkout (GITHUB_WORKSPACE), whatever the job running these tests has.
    const { GITHUB_ACTIONS: _actions, GITHUB_WORKSPACE: _workspace, ...outside } = process.env;
    const bad = await project({ 'content/a.md': article, 'folio.config.json': '{\n  "outdir": "x"\n}\n' });
    const config = await folio(['build'], bad, { ...outside, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: bad });
    expect(config.code).toBe(2);
    expect(config.stdout).toBe(
      '::error file=folio.config.json,line=2,col=3,title=folio%3Aconfig-unknown-key::`outdir` is not an option Folio knows (did you mean `outDir`?)\n',
    );
    const dir = await project({ 'site/content/a.md': '---\ntitle: A\n---\n\nSee [nowhere](#missing).\n' });
    const site = path.join(dir, 'site');
    const content = await folio(['build', '--format', 'html'], site, { ...outside, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir });
    expect(content.code).toBe(0);
    // Run from a subfolder: the path is the repository's.
    expect(content.stdout).toMatch(
      /^::warning file=site\/content\/a\.md,line=5,col=5,title=folio%3A[\w-]+::link to `#missing` goes nowhere: no heading or element has that id$/m,
    );
    expect((await folio(['build', '--format', 'html'], site, outside)).stdout).not.toContain('::warning');
  });

  it('splits a batch into shards that build every document once, keeping a collection whole', async () => {
    const files = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((name) => [`content/${name}.md`, article]));
    const dir = await project({
      ...files,
      'book/one.md': article,
      'book/two.md': article,
      'folio.config.json': '{ "formats": ["html"], "collections": [{ "name": "book", "title": "Book", "folder": "book" }] }',
    });
    const built: string[][] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const out = `out-${shard.replace('/', '-')}`;
      const { code } = await folio(['build', '--shard', shard, '--out', out, '--quiet'], dir);
      expect(code, shard).toBe(0);
      built.push(await filesIn(path.join(dir, out)).catch(() => []));
    }
    expect(built.flat().sort()).toEqual(['a.html', 'b.html', 'book.html', 'c.html', 'd.html', 'e.html']);
    for (const part of built) expect(part.length).toBe(2);
  });
});
