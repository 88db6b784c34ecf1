import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folio, project } from '../helpers/project.js';
import { readPdfText } from '../helpers/read-output.js';

describe('folio build', () => {
  it('builds content/ into out/, mirroring subfolders, one line per output', async () => {
    const dir = await project({
      'content/one.md': '---\ntitle: One\n---\n\nFirst document.\n',
      'content/desk/two.md': '---\ntitle: Two\n---\n\nSecond document.\n',
    });
    const { code, stdout } = await folio(['build', '--format', 'epub,html'], dir);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').sort();
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^out\/desk\/two\.epub {2}\d+\.\d kB {2}\d+ ms$/);
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual(['desk', 'one.epub', 'one.html']);
    expect((await readdir(path.join(dir, 'out/desk'))).sort()).toEqual(['two.epub', 'two.html']);
  });

  it('builds the rest of a batch when one document is bad, names its file and line, keeps its old output, and exits 1', async () => {
    const dir = await project({
      'content/good.md': '---\ntitle: Good\n---\n\nA good document.\n',
      'content/bad.md': '---\ntitle: Bad\ntoc: maybe\n---\n\nText.\n',
      'out/bad.pdf': 'previous build',
    });
    const { code, stdout, stderr } = await folio(['build', 'content', '--out', 'out', '--format', 'pdf'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('content/bad.md:3:6: error: front matter `toc` must be `true`, `false` or `auto`');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toMatch(/^out\/good\.pdf /m);
    expect(await readFile(path.join(dir, 'out/bad.pdf'), 'utf8')).toBe('previous build');
    expect(await readdir(path.join(dir, 'out'))).toEqual(['bad.pdf', 'good.pdf']);
    expect(await readPdfText(path.join(dir, 'out/good.pdf'))).toContain('A good document.');
  });

  it('fails a document with a warning under `--strict`, writing nothing for it, and builds it without', async () => {
    const dir = await project({
      'content/a.md': '---\ntitle: A\n---\n\nSee [nowhere](#missing).\n',
      'content/b.md': '---\ntitle: B\n---\n\nClean.\n',
    });
    const strict = await folio(['build', 'content', '--strict', '--format', 'html'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('content/a.md:5:5: error: link to `#missing` goes nowhere');
    expect(await readdir(path.join(dir, 'out'))).toEqual(['b.html']);
    const lenient = await folio(['build', 'content', '--format', 'html'], dir);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('content/a.md:5:5: warning: link to `#missing` goes nowhere');
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual(['a.html', 'b.html']);
  });

  it('builds Markdown without front matter in the language `--lang` gives', async () => {
    const dir = await project({
      'content/notes.md': '# Fractions continues\n\nUn « texte ».\n',
      'content/en.md': '---\nlang: en\n---\n\nText.\n',
    });
    const { code, stderr } = await folio(['build', '--lang', 'fr', '--format', 'html'], dir);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const html = await readFile(path.join(dir, 'out/notes.html'), 'utf8');
    expect(html).toMatch(/<html lang="fr"/);
    expect(html).toContain('<title>Fractions continues</title>');
    expect(await readFile(path.join(dir, 'out/en.html'), 'utf8')).toMatch(/<html lang="en"/);
    expect((await folio(['build', '--lang', 'french!'], dir)).code).toBe(2);
  });

  it('exits 2 with a hint on wrong usage, and 1 for a missing content folder', async () => {
    const dir = await project({});
    const usage = await folio(['build', '--format', 'docx'], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown format `docx`');
    const missing = await folio(['build'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('content: error: does not exist');
  });

  it('closes the browser it started early when the build cannot even begin', async () => {
    // The child's own temporary folder: Folio removes a browser's profile there once it has closed it.
    const dir = await project({ 'tmp/.keep': '', 'content/a.md': '---\ntitle: A\n---\n\nText.\n' });
    const env = { ...process.env, TMPDIR: path.join(dir, 'tmp') };
    expect((await folio(['build', 'nowhere'], dir, env)).stderr).toContain('nowhere: error: does not exist');
    expect((await folio(['build', '--theme', 'none'], dir, env)).stderr).toContain('Theme `none`');
    expect(await readdir(path.join(dir, 'tmp'))).toEqual(['.keep']);
  });

  it('prints help and version', async () => {
    const dir = await project({});
    expect((await folio(['--help'], dir)).stdout).toContain('Usage: folio build');
    expect((await folio(['--version'], dir)).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('untrusted content', () => {
  it('shows a remote image as its alt text without fetching it, strips script, and builds every document', async () => {
    const dir = await project({
      'content/hostile.md': '---\ntitle: Hostile\n---\n\nVisible text.\n\n<img src="https://example.com/tracker.png" alt="tracker">\n',
      'content/scripted.md': '---\ntitle: Scripted\n---\n\nVisible text.\n\n<script>document.body.textContent = "SCRIPT RAN"</script>\n',
    });
    const { code, stderr } = await folio(['build', '--format', 'pdf,html'], dir);
    expect(code).toBe(0);
    expect(stderr).toContain(
      'content/hostile.md:7:1: warning: remote image `https://example.com/tracker.png` is shown as its alt text: ' +
        'Folio fetches nothing from the network unless asked (build with `--allow-network`)',
    );
    expect(stderr).toContain('content/scripted.md:7:1: warning: raw HTML `<script>` is not allowed and was removed with its content');
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual(['hostile.html', 'hostile.pdf', 'scripted.html', 'scripted.pdf']);
    expect(await readPdfText(path.join(dir, 'out/hostile.pdf'))).toContain('tracker');
    expect(await readFile(path.join(dir, 'out/hostile.html'), 'utf8')).not.toContain('example.com');
    const text = await readPdfText(path.join(dir, 'out/scripted.pdf'));
    expect(text).toContain('Visible text.');
    expect(text).not.toContain('SCRIPT RAN');
    expect(await readFile(path.join(dir, 'out/scripted.html'), 'utf8')).not.toContain('<script');
  });
});
