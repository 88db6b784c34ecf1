import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

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
});
