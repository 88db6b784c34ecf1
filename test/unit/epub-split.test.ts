import type { Root } from 'hast';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeEpubFootnotes from '../../src/plugins/rehype-epub-footnotes.js';
import { render } from '../../src/pipeline/render.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { splitSections } from '../../src/writers/epub/epub-split.js';
import { toXhtml } from '../../src/writers/epub/epub-xhtml.js';
import { prepare } from '../helpers/pipeline.js';

const theme = await loadTheme('default');
const filler = 'Words that make the document long enough to split. '.repeat(45);

async function ereader(markdown: string): Promise<Root> {
  const tree = render(await prepare(markdown), theme).ereader[0]!;
  return unified().use(rehypeEpubFootnotes, { label: 'Notes' }).runSync(tree);
}

describe('splitSections', () => {
  const markdown = `---\ntitle: Book\n---\n\nIntro[^a] and [two](#two).\n\n## One\n\n${filler}\n\n### One.a\n\nSee [one](#one).\n\n## Two\n\n${filler}[^b]\n\n[^a]: Note a.\n[^b]: Note b.\n`;

  it('makes one file per h2 of a long document, the title block in the first only', async () => {
    const sections = splitSections(await ereader(markdown), { title: 'Book' });
    expect(sections.map((section) => [section.filename, section.title])).toEqual([
      ['chapter-1.xhtml', 'Book'],
      ['chapter-2.xhtml', 'One'],
      ['chapter-3.xhtml', 'Two'],
    ]);
    expect(toXhtml(sections[0]!.tree)).toContain('class="headline"');
    expect(toXhtml(sections[1]!.tree)).not.toContain('class="headline"');
    expect(toXhtml(sections[1]!.tree)).toContain('<h3 id="onea">One.a</h3>');
  });

  it('points links at the file that holds their target, and keeps links within a file as they are', async () => {
    const [first, one] = splitSections(await ereader(markdown), { title: 'Book' }).map((section) => toXhtml(section.tree));
    expect(first).toContain('<a href="chapter-3.xhtml#two">two</a>');
    expect(one).toContain('<a href="#one">one</a>');
  });

  it('puts each note at the end of the file of its reference, as an EPUB footnote', async () => {
    const [first, , two] = splitSections(await ereader(markdown), { title: 'Book' }).map((section) => toXhtml(section.tree));
    expect(first).toMatch(
      /<aside id="user-content-fn-a" epub:type="footnote" role="doc-footnote"><p><a class="footnote-number" href="#user-content-fnref-a" role="doc-backlink"[^>]*>1\.<\/a> Note a\.<\/p>/,
    );
    expect(first).not.toContain('Note b.');
    expect(two).toContain('Note b.');
    expect(first).toMatch(/<a href="#user-content-fn-a" id="user-content-fnref-a" epub:type="noteref" role="doc-noteref">1<\/a>/);
  });

  it('splits a book whose chapters are `#` headings at each of them', async () => {
    const book = `---\ntitle: Book\n---\n\n# One\n\n${filler}\n\n## One.a\n\nText.\n\n# Two\n\n${filler}\n\n# Three\n\nEnd.\n`;
    const sections = splitSections(await ereader(book), { title: 'Book' });
    expect(sections.map((section) => section.title)).toEqual(['One', 'Two', 'Three']);
    expect(toXhtml(sections[0]!.tree)).toContain('<h2 id="onea">One.a</h2>');
  });

  it('splits at headings that an inline element left open wraps, copying the wrapper into each file', async () => {
    const wrapped = `---\ntitle: Book\n---\n\nIntro.\n\n<span id="start">\n\n## One\n\n${filler}\n\n## Two\n\n${filler}\n\n## Three\n\nEnd.\n`;
    const sections = splitSections(await ereader(wrapped), { title: 'Book' });
    expect(sections.map((section) => section.title)).toEqual(['Book', 'One', 'Two', 'Three']);
    const files = sections.map((section) => toXhtml(section.tree));
    expect(files[1]).toMatch(/<div id="start">\s*<h2 id="one">One<\/h2>/);
    expect(files[2]).toMatch(/<div>\s*<h2 id="two">Two<\/h2>/);
    expect(files.join('').match(/id="start"/g)).toHaveLength(1);
  });

  it('keeps a short document in one file', async () => {
    const sections = splitSections(await ereader('---\ntitle: Short\n---\n\n## One\n\nA.\n\n## Two\n\nB.\n'), { title: 'Short' });
    expect(sections.map((section) => section.filename)).toEqual(['chapter-1.xhtml']);
  });
});

describe('toXhtml', () => {
  it('writes well-formed XHTML: boolean attributes with values, only void elements self-closed, alignment as classes', async () => {
    const xhtml = toXhtml(await ereader('---\ntitle: T\n---\n\n- [x] done\n\n| a | b |\n| :- | -: |\n| 1 | |\n\nline  \nbreak\n'));
    expect(xhtml).toContain('<input type="checkbox" checked="" disabled="" />');
    expect(xhtml).toContain('<br />');
    expect(xhtml).toContain('<td class="align-right"></td>');
    expect(xhtml).not.toContain('align="');
  });
});
