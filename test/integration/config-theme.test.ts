import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../helpers/read-output.js';
import { paperPoints, pdfInfo, pdfPageSize } from '../helpers/tools.js';
import { folio, project } from '../helpers/project.js';

const article = '---\ntitle: Quiet Harbours\n---\n\nThe water is still.\n';

describe('a copied theme', () => {
  it('shows its changed CSS in the PDF and the HTML once the config points at it', async () => {
    const dir = await project({ 'content/harbour.md': article, 'folio.config.json': '{ "themesDir": "themes", "theme": "mine" }' });
    // What the README tells a user to do: copy the default theme and edit it.
    await cp(path.resolve('templates/default'), path.join(dir, 'themes/mine'), { recursive: true });
    const css = path.join(dir, 'themes/mine/print.css');
    await writeFile(css, `${await readFile(css, 'utf8')}\n.headline { text-transform: uppercase; }\n`);
    const { code, stderr } = await folio(['build', '--format', 'pdf,html'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(await readPdfText(path.join(dir, 'out/harbour.pdf'))).toMatch(/^QUIET HARBOURS/);
    expect(await readFile(path.join(dir, 'out/harbour.html'), 'utf8')).toContain('.headline { text-transform: uppercase; }');
    // Without the config, the default theme keeps the title as written.
    await writeFile(path.join(dir, 'folio.config.json'), '{}');
    expect((await folio(['build', '--format', 'pdf', '--out', 'plain'], dir)).code).toBe(0);
    expect(await readPdfText(path.join(dir, 'plain/harbour.pdf'))).toMatch(/^Quiet Harbours/);
  });

  it('names the theme and folder it looked in when the theme does not exist, or a file the theme lacks', async () => {
    const dir = await project({ 'content/harbour.md': article, 'folio.config.json': '{ "themesDir": "themes", "theme": "missing" }' });
    const { code, stderr } = await folio(['build', '--format', 'html'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(`Theme \`missing\` does not exist in \`${path.join(dir, 'themes')}\`: it holds no theme`);
    const broken = await project({
      'content/harbour.md': article,
      'themes/mine/print.css': '',
      'folio.config.json': '{ "themesDir": "themes", "theme": "mine" }',
    });
    const lacking = await folio(['build', '--format', 'html'], broken);
    expect(lacking.code).toBe(1);
    expect(lacking.stderr).toContain(`Theme \`mine\` is missing \`theme.json\` (looked in \`${path.join(broken, 'themes/mine')}\`)`);
  });
});

describe('the config file from the command line', () => {
  it('takes outDir, formats and paper from the config, and lets flags win', async () => {
    const dir = await project({
      'content/harbour.md': article,
      'folio.config.json': '{ "outDir": "print", "formats": ["pdf"], "print": { "paper": "a5" } }',
    });
    const fromConfig = await folio(['build'], dir);
    expect(fromConfig.code).toBe(0);
    expect(await readdir(path.join(dir, 'print'))).toEqual(['harbour.pdf']);
    expect((await pdfPageSize(path.join(dir, 'print/harbour.pdf'))).width).toBeCloseTo(paperPoints(148, 210).width, 1);
    const flags = await folio(['build', '--out', 'letter', '--paper', 'letter', '-f', 'pdf,html'], dir);
    expect(flags.code).toBe(0);
    expect((await readdir(path.join(dir, 'letter'))).sort()).toEqual(['harbour.html', 'harbour.pdf']);
    expect((await pdfInfo(path.join(dir, 'letter/harbour.pdf')))['Page size']).toMatch(/^612 x 792 pts/);
  });

  it('exits 2 naming the file, line and key of a bad config', async () => {
    const dir = await project({ 'content/harbour.md': article, 'my.json': '{\n  "formats": ["pdf"],\n  "outdir": "x"\n}\n' });
    const { code, stderr, stdout } = await folio(['build', '--config', 'my.json'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('my.json:3:3: `outdir` is not an option Folio knows (did you mean `outDir`?)');
  });

  it('expands a quoted glob, and prints nothing but errors with --quiet', async () => {
    const dir = await project({
      'content/news/a.md': article,
      'content/news/b.md': article.replace('Quiet Harbours', 'Busy Docks'),
      'content/drafts/c.md': article,
    });
    const { code, stdout, stderr } = await folio(['build', 'content/news/*.md', '--format', 'html', '--quiet'], dir);
    expect(code).toBe(0);
    expect(stdout + stderr).toBe('');
    // Named below `content/`, as a build of everything names them.
    expect(await readdir(path.join(dir, 'out'))).toEqual(['news']);
    expect((await readdir(path.join(dir, 'out/news'))).sort()).toEqual(['a.html', 'b.html']);
    const none = await folio(['build', 'content/*.txt', '--quiet'], dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('content/*.txt: error: matches no Markdown file');
  });
});
