import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { epubChapters } from '../helpers/epub-documents.js';
import { expectEpubcheckPasses } from '../helpers/epubcheck.js';
import { readHtml, readPdfText } from '../helpers/read-output.js';
import { normalise, positionsInOrder } from '../helpers/text.js';
import { entryText, openEpub, pdfInfo, pdfLinks, pdfOutline, pdfPageText } from '../helpers/tools.js';
import { folio, project } from '../helpers/project.js';

const fixture = path.resolve('test/fixtures/collection');
const titles = ['Keepers of the Light', 'How Tides Work', 'Harbours and Their Walls'];

/** Folio's CLI with a fixed SOURCE_DATE_EPOCH, so dates in the outputs are stable. */
const run = (args: string[], cwd: string) => folio(args, cwd, { ...process.env, SOURCE_DATE_EPOCH: '1700000000' });

/** A project whose content/ holds the three collection fixtures, configured by `config`. */
async function collectionProject(config: unknown): Promise<string> {
  const dir = await project({ 'folio.config.json': JSON.stringify(config, null, 2) }, 'folio-collection-');
  await cp(fixture, path.join(dir, 'content'), { recursive: true });
  return dir;
}

describe('a collection of three articles', () => {
  let dir: string;
  let result: Awaited<ReturnType<typeof folio>>;

  beforeAll(async () => {
    dir = await collectionProject({
      inputs: [],
      formats: ['pdf', 'epub', 'html'],
      collections: [
        {
          name: 'sea-pack',
          title: 'The Sea Pack',
          author: 'The Editors',
          files: ['content/2-lighthouses.md', 'content/1-tides.md', 'content/10-harbours.md'],
        },
      ],
    });
    result = await run(['build'], dir);
  });

  it('is written to out/<name>.pdf, .epub and .html, one line each, with no warning about the links between the articles', async () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').sort()).toEqual([
      expect.stringMatching(/^out\/sea-pack\.epub /),
      expect.stringMatching(/^out\/sea-pack\.html /),
      expect.stringMatching(/^out\/sea-pack\.pdf /),
    ]);
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual(['sea-pack.epub', 'sea-pack.html', 'sea-pack.pdf']);
  });

  it('prints a PDF whose outline and table of contents list the three titles in order, each article from a new page', async () => {
    const pdf = path.join(dir, 'out/sea-pack.pdf');
    expect((await pdfInfo(pdf))['Title']).toBe('The Sea Pack');
    const outline = await pdfOutline(pdf);
    expect(outline.map((node) => node.title)).toEqual(['The Sea Pack']);
    expect(outline[0]?.children.map((node) => node.title)).toEqual(titles);
    expect(outline[0]?.children[1]?.children.map((node) => node.title)).toContain('The pull of the moon');
    const first = normalise(await pdfPageText(pdf, 1));
    // The table of contents, with the page each article starts on.
    expect(first).toMatch(/contents/i);
    expect(first).toMatch(/Keepers of the Light 2 .*How Tides Work 3 .*Harbours and Their Walls 4/);
    for (const [index, title] of titles.entries()) {
      const page = normalise(await pdfPageText(pdf, index + 2));
      // The running header comes first, then the chapter's own title.
      expect(page.replace(/^The Sea Pack /, '')).toMatch(new RegExp(`^${title}`));
    }
    expect(await readPdfText(pdf)).toContain('Before radar, a coast was read by its lights.');
  });

  it('makes an EPUB that passes EPUBCheck, one XHTML file per article, its navigation in order', async () => {
    const epub = path.join(dir, 'out/sea-pack.epub');
    await expectEpubcheckPasses(epub);
    const zip = await openEpub(epub);
    const chapters = epubChapters(zip);
    expect(chapters).toEqual(['OEBPS/chapter-1.xhtml', 'OEBPS/chapter-2.xhtml', 'OEBPS/chapter-3.xhtml']);
    for (const [index, title] of titles.entries()) expect(await entryText(zip, chapters[index]!)).toContain(`>${title}</h1>`);
    const nav = await entryText(zip, 'OEBPS/toc.xhtml');
    expect(positionsInOrder(nav, titles).every((at) => at >= 0)).toBe(true);
    expect(await entryText(zip, 'OEBPS/content.opf')).toContain('<dc:title id="title">The Sea Pack</dc:title>');
  });

  // 2-lighthouses.md (chapter 1) links to `1-tides.md` (chapter 2) and to `./10-harbours.md#the-pull-of-the-moon`
  // (chapter 3, whose heading tides.md has too); 10-harbours.md links back to `2-lighthouses.md#automation`.
  it("makes links between the articles in-book links: a page in the PDF, an article's file in the EPUB, an anchor in the HTML", async () => {
    const links = await pdfLinks(path.join(dir, 'out/sea-pack.pdf'));
    const tides = links.find((link) => link.dest === 'c2');
    const harbour = links.find((link) => link.dest === 'c3-the-pull-of-the-moon' && link.page === 2);
    const keepers = links.find((link) => link.dest === 'c1-automation' && link.page === 4);
    // Chapters start on pages 2, 3 and 4; the links go there, not out of the document.
    expect(tides).toMatchObject({ page: 2, destPage: 3 });
    expect(harbour).toMatchObject({ destPage: 4 });
    expect(keepers).toMatchObject({ destPage: 2 });
    expect(links.filter((link) => link.uri !== undefined)).toEqual([]);

    const zip = await openEpub(path.join(dir, 'out/sea-pack.epub'));
    const lighthouses = await entryText(zip, 'OEBPS/chapter-1.xhtml');
    expect(lighthouses).toContain('<a href="chapter-2.xhtml#c2">the tides</a>');
    expect(lighthouses).toContain('<a href="chapter-3.xhtml#c3-the-pull-of-the-moon">the moon over the harbour</a>');
    expect(await entryText(zip, 'OEBPS/chapter-2.xhtml')).toMatch(/<section [^>]*id="c2"/);
    expect(await entryText(zip, 'OEBPS/chapter-3.xhtml')).toContain('id="c3-the-pull-of-the-moon"');
    expect(await entryText(zip, 'OEBPS/chapter-3.xhtml')).toContain('<a href="chapter-1.xhtml#c1-automation">the keepers</a>');

    const html = await readHtml(path.join(dir, 'out/sea-pack.html'));
    expect(html).toContain('<a href="#c2">the tides</a>');
    expect(html).toContain('<a href="#c3-the-pull-of-the-moon">the moon over the harbour</a>');
    expect(html).toContain('<a href="#c1-automation">the keepers</a>');
    expect(html).toMatch(/<section class="chapter" id="c2"/);
    expect(html).toContain('<h3 id="c3-the-pull-of-the-moon">');
    expect(html).toContain('<h3 id="c1-automation">');
  });
});

describe('collections from the command line', () => {
  it('builds the articles one by one as well, unless paths are given, and stops a collection with a bad article', async () => {
    const dir = await collectionProject({ formats: ['html'], collections: [{ name: 'pack', title: 'Pack', folder: 'content' }] });
    const all = await run(['build'], dir);
    expect(all.code).toBe(0);
    // Built one by one in the same run, an article's link to another leads to that article's HTML.
    expect(all.stderr).not.toContain('goes nowhere');
    expect(await readFile(path.join(dir, 'out/10-harbours.html'), 'utf8')).toContain('href="2-lighthouses.html#automation"');
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual(['1-tides.html', '10-harbours.html', '2-lighthouses.html', 'pack.html']);
    const one = await folio(['build', 'content/1-tides.md', '--out', 'only'], dir);
    expect(one.code).toBe(0);
    expect(await readdir(path.join(dir, 'only'))).toEqual(['1-tides.html']);
    await writeFile(path.join(dir, 'content/2-lighthouses.md'), '---\ntitle: Broken\ntoc: someday\n---\n\nText.\n');
    const bad = await folio(['build', '--out', 'bad'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('content/2-lighthouses.md:3:6: error: front matter `toc` must be `true`, `false` or `auto`');
    expect(bad.stderr).toContain('collection pack: html');
    expect((await readdir(path.join(dir, 'bad'))).sort()).toEqual(['1-tides.html', '10-harbours.html']);
    expect(await readFile(path.join(dir, 'out/pack.html'), 'utf8')).toContain('Keepers of the Light');
  });
});
