import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { folio, plainEnv, project } from '../helpers/project.js';
import { pdfInfo, pdfPageText } from '../helpers/tools.js';

/** A page's text as laid out (a contents entry on one line with its number), soft hyphens and runs of white space out. */
async function pageText(file: string, page: number): Promise<string> {
  return (await pdfPageText(file, page, { layout: true })).replaceAll('\u00AD', '').replace(/\s+/g, ' ');
}

/** A document of sections with these names, each on a page of its own. */
function sections(frontMatter: string, names: readonly string[]): string {
  return [`---\n${frontMatter}\n---\n\nIntro.\n`, ...names.map((name) => `\\newpage\n\n## ${name}\n\nAbout ${name}.\n`)].join('\n');
}

const russian = ['Гавань', 'Маяк', 'Приливы', 'Корабли', 'Погода'];
const many = Array.from({ length: 16 }, (_, index) => `Section ${String.fromCharCode(65 + index)}`);

let dir: string;

beforeAll(async () => {
  dir = await project({
    // Ids outside ASCII: Chromium names their destinations percent-encoded.
    'content/russian.md': sections('title: Отчёт\nlang: ru\ntoc: true', russian),
    // Page numbers that take room of their own: once filled in, the contents runs onto a second page
    // and every section moves one page on, so the numbers of the first layout would all be wrong.
    'content/moving.md': sections('title: Moving\ntoc: true\ncss: big-numbers.css', many),
    // No contents, so no link leads to the sections: their pages come from a first print's outline.
    'content/running.md': sections('title: Running\ntoc: false\nheader: "{section}"', russian),
    'content/big-numbers.css': '.toc-page { font-size: 40pt; line-height: 1.2; }\n',
  });
  const run = await folio(['build', '--format', 'pdf'], dir);
  expect(run.code, run.stderr).toBe(0);
});

/** The page each section's contents entry gives, and the page it is on, checked against each other. */
async function expectListedPages(file: string, names: readonly string[], contentsPages: number): Promise<number[]> {
  const contents = (await Promise.all(Array.from({ length: contentsPages }, (_, index) => pageText(file, index + 1)))).join(' ');
  const listed = names.map((name) => Number(new RegExp(`${name} (\\d+)`).exec(contents)?.[1]));
  for (const [index, name] of names.entries()) {
    const page = listed[index] ?? Number.NaN;
    expect(page, name).toBeGreaterThan(contentsPages);
    expect(await pageText(file, page), `${name} on page ${page}`).toMatch(new RegExp(`^(?:(?!About).)*${name} About ${name}\\.`));
  }
  return listed;
}

describe('the page numbers of the table of contents', () => {
  it('are those of the sections, whose ids are not ASCII', async () => {
    const pdf = path.join(dir, 'out/russian.pdf');
    expect(await expectListedPages(pdf, russian, 1)).toEqual([2, 3, 4, 5, 6]);
  });

  it('stay right when filling them in moves the sections: the pages are printed again until they agree', async () => {
    const pdf = path.join(dir, 'out/moving.pdf');
    expect(Number((await pdfInfo(pdf))['Pages'])).toBe(18);
    expect(await expectListedPages(pdf, many, 2)).toEqual(many.map((_, index) => index + 3));
  });
});

describe('a document printed again', () => {
  it('prints once when its headings fall where they fell last time, and gets the numbers right when they do not', async () => {
    const build = (file: string) => folio(['build', '--format', 'pdf', file], dir, { ...plainEnv(), DEBUG: 'folio:pdf' });
    const again = await build('content/russian.md');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/page references: 1 prints done .*from an earlier print/);
    const pdf = path.join(dir, 'out/russian.pdf');
    expect(await expectListedPages(pdf, russian, 1)).toEqual([2, 3, 4, 5, 6]);

    // A page break before the third section moves it and the two after it a page on.
    const source = path.join(dir, 'content/russian.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace(`## ${russian[2]}`, `Filler.\n\n\\newpage\n\n## ${russian[2]}`));
    const moved = await build('content/russian.md');
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stderr).toMatch(/page references: 2 prints done .*from an earlier print/);
    expect(await expectListedPages(pdf, russian, 1)).toEqual([2, 3, 5, 6, 7]);
  });
});

describe('a running `{section}` with no table of contents', () => {
  it("names each page's section in the header", async () => {
    const pdf = path.join(dir, 'out/running.pdf');
    for (const [index, name] of russian.entries())
      expect((await pageText(pdf, index + 2)).trim(), name).toMatch(new RegExp(`^${name} ${name} About`));
  });
});
