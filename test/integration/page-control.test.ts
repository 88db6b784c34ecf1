import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folio, project } from '../helpers/project.js';
import { pdfInfo, pdfPageText, pdfText } from '../helpers/tools.js';

/** A page's text without the soft hyphens Folio adds for justified print. */
async function pageText(file: string, page: number): Promise<string> {
  return (await pdfPageText(file, page)).replaceAll('\u00AD', '');
}

/** The number of pages of a PDF, from `pdfinfo`. */
async function pageCount(file: string): Promise<number> {
  return Number((await pdfInfo(file))['Pages']);
}

// issue 14: common page control without forking the theme.
describe('page control', () => {
  it('starts a new page at `\\newpage` alone on a line, and prints nothing for it', async () => {
    const dir = await project({
      'content/breaks.md': '# Breaks\n\nOn the first page.\n\n\\newpage\n\nOn the second page.\n\n\\pagebreak\n\nOn the third page.\n',
    });
    const run = await folio(['build', '--format', 'pdf'], dir);
    expect(run.code, run.stderr).toBe(0);
    const pdf = path.join(dir, 'out/breaks.pdf');
    expect(await pageCount(pdf)).toBe(3);
    expect(await pageText(pdf, 2)).toContain('On the second page.');
    expect(await pageText(pdf, 3)).toContain('On the third page.');
    expect(await pdfText(pdf)).not.toMatch(/newpage|pagebreak/);
  });

  it("adds the config's, the command line's and the front matter's stylesheets after the theme's, in that order", async () => {
    const dir = await project({
      'folio.config.json': JSON.stringify({ css: ['styles/house.css'] }),
      'styles/house.css': '.headline { text-transform: uppercase; }\n.body::after { content: "From the config"; }\n',
      'cli.css': '.body::before { content: "From the command line"; }\n',
      'content/sheet.css': '.body::after { content: "From the front matter"; }\n',
      'content/styled.md': '---\ntitle: Styled article\ncss: sheet.css\n---\n\nThe text.\n',
    });
    const run = await folio(['build', '--format', 'pdf,html', '--css', 'cli.css'], dir);
    expect(run.code, run.stderr).toBe(0);
    const text = await pdfText(path.join(dir, 'out/styled.pdf'));
    expect(text).toContain('STYLED ARTICLE');
    expect(text).toContain('From the command line');
    expect(text).toContain('From the front matter');
    expect(text).not.toContain('From the config');
    const html = await readFile(path.join(dir, 'out/styled.html'), 'utf8');
    expect(html.indexOf('From the front matter')).toBeGreaterThan(html.indexOf('From the command line'));
  });

  it('keeps a stylesheet inside its <style> element, and reports one that is missing', async () => {
    const dir = await project({
      'content/odd.md': '---\ntitle: Odd\ncss: odd.css\n---\n\nText.\n',
      'content/odd.css': '/* </style><p id="injected">x</p> */\n',
      'content/missing.md': '---\ntitle: Missing\ncss: nowhere.css\n---\n\nText.\n',
    });
    const run = await folio(['build', '--format', 'html'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('content/missing.md');
    expect(run.stderr).toContain('`nowhere.css` not found');
    expect(await readFile(path.join(dir, 'out/odd.html'), 'utf8')).not.toContain('<p id="injected">');
  });

  it('prints the header and footer front matter or config asks for, placeholders filled', async () => {
    const dir = await project({
      'folio.config.json': JSON.stringify({ print: { header: 'Config header', footer: 'Config footer {page}' } }),
      'content/running.md':
        '---\ntitle: Harbour Report\nshortTitle: Harbour\ndate: 2024-04-09\nheader: "{title} | {date}"\nfooter: "Sheet {page} of {pages}"\n---\n\nOne.\n\n\\newpage\n\nTwo.\n',
      'content/plain.md': '---\ntitle: Plain\n---\n\nOne.\n\n\\newpage\n\nTwo.\n',
    });
    const run = await folio(['build', '--format', 'pdf'], dir);
    expect(run.code, run.stderr).toBe(0);
    const running = path.join(dir, 'out/running.pdf');
    expect(await pdfPageText(running, 1)).toContain('Sheet 1 of 2');
    const second = await pdfPageText(running, 2);
    expect(second).toContain('Harbour | April 9, 2024');
    expect(second).toContain('Sheet 2 of 2');
    const plain = await pdfPageText(path.join(dir, 'out/plain.pdf'), 2);
    expect(plain).toContain('Config header');
    expect(plain).toContain('Config footer 2');
  });

  it('refuses a placeholder it does not know', async () => {
    const dir = await project({ 'folio.config.json': JSON.stringify({ print: { footer: '{chapter}' } }), 'content/a.md': '# A\n' });
    const run = await folio(['build', '--format', 'pdf'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('`{title}`, `{section}`, `{page}`, `{pages}`, `{date}`');
  });

  it('names in `{section}` the section each page is in: the first that starts on it, else the one going on', async () => {
    const dir = await project({
      'content/sections.md': [
        '---\ntitle: Harbour Report\ntoc: true\nheader: "{title} / {section}"\nfooter: "{section} · {page}"\n---\n\nIntro.\n',
        '\\newpage\n\n## Tides\n\nHigh water.\n\n\\newpage\n\nLow water.\n',
        '\\newpage\n\n## Ships\n\nSail.\n\n## Weather\n\nRain.\n',
      ].join('\n'),
    });
    const run = await folio(['build', '--format', 'pdf'], dir);
    expect(run.code, run.stderr).toBe(0);
    const pdf = path.join(dir, 'out/sections.pdf');
    expect(await pageCount(pdf)).toBe(4);
    const pages = await Promise.all([1, 2, 3, 4].map((page) => pageText(pdf, page)));
    // Page 1 has no header (only the title block), and no section yet.
    expect(pages[0]).not.toContain('Harbour Report /');
    expect(pages[0]).toMatch(/^\s*·\s*1\s*$/m);
    expect(pages[1]).toContain('Harbour Report / Tides');
    expect(pages[1]).toContain('Tides · 2');
    expect(pages[2]).toContain('Harbour Report / Tides');
    expect(pages[2]).toContain('Tides · 3');
    expect(pages[3]).toContain('Harbour Report / Ships');
    expect(pages[3]).toContain('Ships · 4');
    expect(pages[3]).not.toContain('/ Weather');
    // The same second print fills the contents' page numbers.
    expect(pages[0]).toMatch(/Tides\D*2[\s\S]*Ships\D*4[\s\S]*Weather\D*4/);
  });

  it('prints a table of contents with `--toc`, however few the sections', async () => {
    const dir = await project({ 'content/short.md': '# Short\n\n## Harbour\n\nText.\n\n## Lighthouse\n\nText.\n' });
    const without = await folio(['build', '--format', 'pdf'], dir);
    expect(without.code, without.stderr).toBe(0);
    expect(await pdfText(path.join(dir, 'out/short.pdf'))).not.toMatch(/contents/i);
    const run = await folio(['build', '--format', 'pdf', '--toc'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(await pdfText(path.join(dir, 'out/short.pdf'))).toMatch(/contents[\s\S]*harbour[\s\S]*lighthouse[\s\S]*harbour/i);
  });
});
