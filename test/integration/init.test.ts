import { execFile } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { folio, project } from '../helpers/project.js';
import { pdfInfo, pdfText } from '../helpers/tools.js';

const run = promisify(execFile);

/** Make the compiled CLI the project's `folio`, as `npm install folio` would. */
async function linkFolio(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'node_modules/.bin'), { recursive: true });
  await symlink(path.resolve('dist/cli.js'), path.join(dir, 'node_modules/.bin/folio'));
}

// issue 14: `folio init` scaffolds a project a new user can build at once.
describe('folio init', () => {
  it('scaffolds a config, a sample article and npm scripts, and `npm run build` then builds it', async () => {
    const dir = await project({});
    const init = await folio(['init'], dir);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('created folio.config.mjs');
    expect(init.stdout).toContain('npm run build');
    await linkFolio(dir);
    await run('npm', ['run', 'build'], { cwd: dir });
    const pdf = path.join(dir, 'out/article.pdf');
    // The sample shows `\newpage`: two pages.
    expect((await pdfInfo(pdf))['Pages']).toBe('2');
    expect(await pdfText(pdf)).toContain('A First Article');
    expect((await readFile(path.join(dir, 'out/article.html'), 'utf8')).length).toBeGreaterThan(0);
  });

  it('keeps what a project already has: its files, and its own scripts of the same name', async () => {
    const dir = await project({
      'package.json': JSON.stringify({ name: 'mine', scripts: { build: 'make book', test: 'vitest' } }),
      'content/article.md': '# Mine\n',
    });
    const init = await folio(['init'], dir);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('kept content/article.md');
    expect(await readFile(path.join(dir, 'content/article.md'), 'utf8')).toBe('# Mine\n');
    const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as {
      name: string;
      scripts: Record<string, string>;
    };
    expect(manifest.name).toBe('mine');
    expect(manifest.scripts).toEqual({
      build: 'make book',
      test: 'vitest',
      'build:pdf': 'folio build --format pdf',
      dev: 'folio build --watch --serve',
    });
  });

  it('scaffolds into a folder named on the command line', async () => {
    const dir = await project({});
    await writeFile(path.join(dir, 'keep.txt'), '');
    const init = await folio(['init', 'book'], dir);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('cd book');
    expect(await readFile(path.join(dir, 'book/folio.config.mjs'), 'utf8')).toContain('export default');
  });
});
