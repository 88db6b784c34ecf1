import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Chapter } from '../../src/model.js';
import { linkArticles, resolveArticleLink, type LinkTarget } from '../../src/collection/link-articles.js';
import { parse } from '../../src/pipeline/parse.js';
import { editionFiles } from '../../src/writers/epub/edition-files.js';
import { labelsFor } from '../../src/locale/labels.js';
import { resolveMeta } from '../../src/pipeline/meta.js';
import { transform } from '../../src/pipeline/transform.js';
import { inBook, renderBook } from '../helpers/collection-book.js';

describe('resolveArticleLink', () => {
  const targets: LinkTarget[] = [
    { path: '/book/content/intro.md', start: 'c1', prefix: 'c1-', ids: new Set(['c1-aims']) },
    { path: '/book/content/interview.md', start: 'c2', prefix: 'c2-', ids: new Set(['c2-questions', 'c2-café']) },
    { path: '/book/content/week-1/study.md', start: 'c3', prefix: 'c3-', ids: new Set(['c3-methods', 'c3-methods-1']) },
    { path: '/book/content/week 2/notes.md', start: 'c4', prefix: 'c4-', ids: new Set() },
  ];
  const from = '/book/content/intro.md';

  it("leads a link to another article without a fragment to that article's start", () => {
    expect(resolveArticleLink('interview.md', from, targets)).toEqual({ href: '#c2' });
    expect(resolveArticleLink('./week-1/study.md', from, targets)).toEqual({ href: '#c3' });
    expect(resolveArticleLink('interview.md#', from, targets)).toEqual({ href: '#c2' });
  });

  it('maps a fragment to the id the target chapter has, with its prefix', () => {
    expect(resolveArticleLink('./week-1/study.md#methods', from, targets)).toEqual({ href: '#c3-methods' });
    // The second `## Methods` got `methods-1` from rehype-slug.
    expect(resolveArticleLink('week-1/study.md#methods-1', from, targets)).toEqual({ href: '#c3-methods-1' });
    expect(resolveArticleLink('interview.md#caf%C3%A9', from, targets)).toEqual({ href: '#c2-caf%C3%A9' });
  });

  it("reads the path relative to the linking article's folder, percent-decoded", () => {
    expect(resolveArticleLink('../intro.md#aims', '/book/content/week-1/study.md', targets)).toEqual({ href: '#c1-aims' });
    expect(resolveArticleLink('week%202/notes.md', from, targets)).toEqual({ href: '#c4' });
    expect(resolveArticleLink('../content/interview.md?v=2#questions', from, targets)).toEqual({ href: '#c2-questions' });
  });

  it('treats a link to the article itself as a link within it', () => {
    expect(resolveArticleLink('intro.md#aims', from, targets)).toEqual({ href: '#c1-aims' });
    expect(resolveArticleLink('intro.md', from, targets)).toEqual({ href: '#c1' });
  });

  it('gives the reason a link leads nowhere: a file outside the book, or an id the article lacks', () => {
    const outside = 'link to `notes.md` goes nowhere: it names a file that is not part of the publication (use a full https:// address)';
    expect(resolveArticleLink('notes.md', from, targets)).toEqual({ reason: outside });
    expect(resolveArticleLink('/interview.md', from, targets)).toEqual({
      reason: 'link to `/interview.md` goes nowhere: it names a file that is not part of the publication (use a full https:// address)',
    });
    expect(resolveArticleLink('interview.md#answers', from, targets)).toEqual({
      reason: 'link to `interview.md#answers` goes nowhere: `interview.md` has no heading or element with the id `answers`',
    });
    // An id of the wrong article does not count.
    expect(resolveArticleLink('interview.md#aims', from, targets)).toHaveProperty('reason');
  });
});

/** An article through parse and transform as `build-collection` prepares it, its ids prefixed. */
async function article(relative: string, markdown: string, index: number): Promise<Chapter> {
  const file = new VFile({ path: relative, cwd: '/book', value: markdown });
  const mdast = parse(file);
  const hast = await transform(mdast, file, { inCollection: true });
  const meta = resolveMeta(file.data.matter ?? { title: relative, lang: 'en' }, { source: markdown, now: new Date(0) });
  return inBook({ file, mdast, hast, meta }, index);
}

const sources = {
  'content/intro.md':
    '---\ntitle: Intro\n---\n\nSee [the interview](interview.md), [the methods](./week-1/study.md#methods) and [the café](interview.md#café).\n\n## Aims\n\nBack to [the aims](intro.md#aims).\n',
  'content/interview.md':
    '---\ntitle: Interview\n---\n\n## Café\n\nAs [the study](<week-1/study.md#methods-1>) says; not [these notes](notes.md), nor [answers](study.md#answers).\n',
  'content/week-1/study.md':
    '---\ntitle: Study\n---\n\n## Methods\n\nOne.\n\n## Methods\n\nTwo; see [the aims](../intro.md#aims) and [a missing part](../interview.md#answers).\n',
};

async function book(): Promise<Chapter[]> {
  return Promise.all(Object.entries(sources).map(([relative, markdown], index) => article(relative, markdown, index)));
}

const links = (tree: Root): { text: string; href: unknown }[] =>
  selectAll('a', tree)
    .filter((node: Element) => node.properties['dataFootnoteRef'] === undefined)
    .map((node) => ({ text: toString(node), href: node.properties['href'] }));

describe('linkArticles', () => {
  it('makes links between the articles in-book links and leaves the dead ones without href, warning at their line', async () => {
    const chapters = linkArticles(await book());
    expect(links(chapters[0]!.hast)).toEqual([
      { text: 'the interview', href: '#c2' },
      { text: 'the methods', href: '#c3-methods' },
      { text: 'the café', href: '#c2-caf%C3%A9' },
      { text: 'the aims', href: '#c1-aims' },
    ]);
    expect(links(chapters[1]!.hast)).toEqual([
      { text: 'the study', href: '#c3-methods-1' },
      { text: 'these notes', href: undefined },
      { text: 'answers', href: undefined },
    ]);
    expect(links(chapters[2]!.hast)).toEqual([
      { text: 'the aims', href: '#c1-aims' },
      { text: 'a missing part', href: undefined },
    ]);
    expect(chapters[0]!.file.messages).toEqual([]);
    expect(chapters[1]!.file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`)).toEqual([
      '7:55: link to `notes.md` goes nowhere: it names a file that is not part of the publication (use a full https:// address)',
      '7:84: link to `study.md#answers` goes nowhere: it names a file that is not part of the publication (use a full https:// address)',
    ]);
    expect(chapters[2]!.file.messages.map((message) => `${message.line}: ${message.reason}`)).toEqual([
      '11: link to `../interview.md#answers` goes nowhere: `../interview.md` has no heading or element with the id `answers`',
    ]);
  });

  it('leaves the chapters it was given unchanged', async () => {
    const chapters = await book();
    linkArticles(chapters);
    expect(links(chapters[0]!.hast)[0]?.href).toBe('interview.md');
  });

  it('leaves a lone article as it was: links to Markdown files not built with it keep their text, with one warning', async () => {
    const file = new VFile({ path: 'content/intro.md', cwd: '/book', value: sources['content/intro.md'] });
    const hast = await transform(parse(file), file);
    expect(links(hast).map((link) => link.href)).toEqual([undefined, undefined, undefined, '#aims']);
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)).toEqual([
      '5:5 markdown-link: 3 links to Markdown files that are not built with this document keep their text but lose their link: ' +
        '`interview.md` (line 5), `./week-1/study.md#methods` (line 5), `interview.md#café` (line 5); build them together (a folder or a glob) to link their HTML',
    ]);
  });
});

describe('links between articles in the rendered book', () => {
  async function rendered() {
    const chapters = linkArticles(await book());
    return renderBook({ name: 'pack', title: 'Pack', files: Object.keys(sources) }, chapters);
  }

  it("prints in-page links whose targets exist: a chapter's start or its heading", async () => {
    const { print } = await rendered();
    for (const href of ['#c2', '#c3-methods', '#c1-aims', '#c3-methods-1']) {
      expect(links(print).map((link) => link.href)).toContain(href);
      expect(selectAll(`[id="${href.slice(1)}"]`, print)).toHaveLength(1);
    }
    expect(selectAll('[id="c2-café"]', print)).toHaveLength(1);
  });

  it("points the e-reader's links at the file of the article, its start marked with an id", async () => {
    const ereaderChapters = editionFiles((await rendered()).ereader, 'Pack', labelsFor('en')).map((file) => file.tree);
    expect(links(ereaderChapters[0]!).map((link) => link.href)).toEqual([
      'chapter-2.xhtml#c2',
      'chapter-3.xhtml#c3-methods',
      'chapter-2.xhtml#c2-caf%C3%A9',
      '#c1-aims',
    ]);
    expect(links(ereaderChapters[1]!)[0]?.href).toBe('chapter-3.xhtml#c3-methods-1');
    expect(selectAll('#c2', ereaderChapters[1])).toHaveLength(1);
    expect(selectAll('#c3-methods', ereaderChapters[2])).toHaveLength(1);
  });
});
