import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { folio, project } from '../helpers/project.js';

const run = promisify(execFile);
const dist = path.resolve('dist');

describe('the bundle in dist/', () => {
  it('loads every module and chunk, those no test build reaches included', async () => {
    // dist/cli.js runs the command line when loaded; the CLI tests load it.
    const modules = (await readdir(dist, { recursive: true }))
      // dist/pdfjs/ is pdf.js for the preview's browser page, not Folio's code.
      .filter((file) => file.endsWith('.js') && file !== 'cli.js' && !file.startsWith(`pdfjs${path.sep}`))
      .map((file) => path.join(dist, file));
    expect(modules.length).toBeGreaterThan(10);
    const script = `for (const file of ${JSON.stringify(modules)}) await import(file).catch((error) => { console.error(file, error.message); process.exitCode = 1; });`;
    const { stderr } = await run(process.execPath, ['--input-type=module', '-e', script]).catch((error: unknown) => ({
      stderr: (error as { stderr: string }).stderr,
    }));
    expect(stderr).toBe('');
  });

  it('finds its package.json from the bundle: `folio --version`', async () => {
    const { stdout } = await run(process.execPath, [path.join(dist, 'cli.js'), '--version']);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('builds what the source builds: the HTML of each fixture from dist/cli.js is the HTML of src/', async () => {
    // The bundle patches unist-util-visit-parents and remark-smartypants (scripts/bundle.js, issue 13):
    // every walk of the pipeline goes through the first, so a walk that went wrong would change some page.
    const fixtures = (await readdir('test/fixtures', { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map(({ name }) => name);
    const files: Record<string, string> = {};
    for (const name of fixtures)
      files[`content/${name}.md`] = await readFile(path.join('test/fixtures', name, 'input.md'), 'utf8').catch(() => '');
    // And what remark-smartypants' second parse changes (the bundle parses only text that may change), in
    // text nodes cut by emphasis, links and code.
    files['content/punctuation.md'] =
      "---\ntitle: Dashes -- and dots...\n---\n\nWait... no -- yes --- *maybe*-- . . . or.. ``quoted'' and ''closed'' a –- b.\n\n" +
      '- Say "hi" -*-*- [then ... go](https://example.com) `a--b` \'it\'s\' "--"\n- Plain text with no dash, dot pair or quote pair\n- An en dash and a hyphen: a –- b, a –-- b\n';
    const dir = await project(Object.fromEntries(Object.entries(files).filter(([, text]) => text !== '')));
    const bundled = await folio(['build', 'content', '--format', 'html', '--out', 'bundle-out', '--quiet'], dir);
    const source = await build({ cwd: dir, inputs: ['content'], formats: ['html'], outDir: 'src-out' });
    expect([bundled.code, source.ok]).toEqual([source.ok ? 0 : 1, source.ok]);
    const written = (await readdir(path.join(dir, 'src-out'))).filter((file) => file.endsWith('.html'));
    expect(written.length).toBeGreaterThan(10);
    for (const file of written) {
      const [fromBundle, fromSource] = await Promise.all(
        ['bundle-out', 'src-out'].map((out) => readFile(path.join(dir, out, file), 'utf8')),
      );
      expect([file, fromBundle]).toEqual([file, fromSource]);
    }
  });
});
