import { execFile } from 'node:child_process';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.js';
import { pdfText } from '../helpers/tools.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** What `npm install folio` may bring into an empty project (issue 14: it was 230 MB). */
const maxInstallMb = 80;

/** One file of `npm pack --json`'s list. */
interface PackedFile {
  readonly path: string;
}

// issue 14: the package as a user installs it. dist/ must be compiled (`npm run compile`, as before any
// integration test); the tarball is packed from it without running `prepack` again.
describe('the npm package', () => {
  let tarball: string;
  let files: readonly string[];
  let projectDir: string;

  beforeAll(async () => {
    const packDir = await tempFolder('folio-pack-');
    const { stdout } = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir]);
    const [packed] = JSON.parse(stdout) as [{ filename: string; files: PackedFile[] }];
    tarball = path.join(packDir, packed.filename);
    files = packed.files.map((file) => file.path);
    projectDir = await tempFolder('folio-installed-');
    await writeFile(path.join(projectDir, 'package.json'), JSON.stringify({ name: 'reader', private: true }));
    // From npm's cache when it holds the dependencies (a machine that ran `npm ci`), so it works offline.
    await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: projectDir });
  });

  it('carries a LICENSE, and no source maps or build state', () => {
    expect(files).toContain('LICENSE');
    expect(files.filter((file) => file.endsWith('.map') || file.endsWith('.tsbuildinfo'))).toEqual([]);
  });

  it('carries every doc its messages point at', async () => {
    const sources = (await readdir('src', { recursive: true })).filter((file) => file.endsWith('.ts'));
    const linked = new Set<string>();
    for (const file of sources)
      for (const match of (await readFile(path.join('src', file), 'utf8')).matchAll(/(?<![\w/])docs\/[\w-]+\.md\b/g)) linked.add(match[0]);
    expect(linked.size).toBeGreaterThan(0);
    expect([...linked].filter((doc) => !files.includes(doc))).toEqual([]);
  });

  it('says where it comes from, and builds before publishing with prepack, not prepare', async () => {
    const manifest = JSON.parse(await readFile(path.join(projectDir, 'node_modules/folio/package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest['license']).toBe('MIT');
    expect(manifest['repository']).toEqual({ type: 'git', url: 'git+https://github.com/folio-press/folio.git' });
    expect(manifest['homepage']).toBe('https://github.com/folio-press/folio#readme');
    expect(manifest['bugs']).toEqual({ url: 'https://github.com/folio-press/folio/issues' });
    expect(manifest['scripts']).toHaveProperty('prepack');
    expect(manifest['scripts']).not.toHaveProperty('prepare');
  });

  it(`installs into an empty project in at most ${maxInstallMb} MB of node_modules`, async () => {
    const { stdout } = await run('du', ['-sm', path.join(projectDir, 'node_modules')]);
    const megabytes = Number.parseInt(stdout, 10);
    console.log(`npm install of the packed folio: ${megabytes} MB of node_modules`);
    expect(megabytes).toBeLessThanOrEqual(maxInstallMb);
  });

  it('builds a PDF there with `npx folio build`', async () => {
    await mkdir(path.join(projectDir, 'content'));
    await writeFile(path.join(projectDir, 'content/hello.md'), '# Hello from a package\n\nBuilt by the installed Folio.\n');
    await run('npx', ['--no-install', 'folio', 'build', '--format', 'pdf,html'], { cwd: projectDir });
    expect(await pdfText(path.join(projectDir, 'out/hello.pdf'))).toContain('Hello from a package');
  });

  it('scaffolds a project with `npx folio init`, which `npm run build` then builds', async () => {
    await run('npx', ['--no-install', 'folio', 'init'], { cwd: projectDir });
    await run(npm, ['run', 'build', '--', '--format', 'pdf'], { cwd: projectDir });
    expect(await pdfText(path.join(projectDir, 'out/article.pdf'))).toContain('A First Article');
  });

  it('serves the preview its pdf.js from the package', async () => {
    const pdfjs = path.join(projectDir, 'node_modules/folio/dist/pdfjs');
    expect(await readdir(path.join(pdfjs, 'build'))).toEqual(expect.arrayContaining(['pdf.min.mjs', 'pdf.worker.min.mjs']));
  });
});
