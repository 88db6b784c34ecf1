import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CollectionOptions } from '../../src/config/collection.js';
import { renameAssets } from '../../src/collection/assemble-collection.js';
import { findCollections, refuseCollectionClashes } from '../../src/collection/find-collections.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { inBook, renderBook } from '../helpers/collection-book.js';
import { prepare } from '../helpers/pipeline.js';

const theme = await loadTheme('default');
const fixture = path.resolve('test/fixtures/collection');
const text = (node: Element | Root): string => toString(node).replace(/\s+/g, ' ').trim();

/** The Sea Pack: the fixtures' articles `files`, in that order. */
async function book(files: string[]) {
  const prepared = await Promise.all(files.map((file) => prepare(readFileSync(path.join(fixture, file), 'utf8'), `content/${file}`)));
  const chapters = prepared.map((article, index) => inBook(article.chapters[0]!, index));
  return renderBook({ name: 'pack', title: 'Sea Pack', author: 'The Editors', files }, chapters);
}

describe('collections', () => {
  it('orders a folder by file name as people read numbers', async () => {
    const [found] = await findCollections([{ name: 'pack', title: 'Pack', lang: 'en', folder: fixture }], process.cwd());
    expect(found?.articles.map((article) => path.basename(article.path))).toEqual(['1-tides.md', '2-lighthouses.md', '10-harbours.md']);
  });

  it('prints the book title, a table of contents and one chapter a page per article, in order', async () => {
    const rendered = await book(['1-tides.md', '2-lighthouses.md', '10-harbours.md']);
    expect(text(selectAll('h1', rendered.print)[0]!)).toBe('Sea Pack');
    const chapters = selectAll('section.chapter', rendered.print);
    expect(chapters.map((chapter) => text(selectAll('h2.chapter-title', chapter)[0]!))).toEqual([
      'How Tides Work',
      'Keepers of the Light',
      'Harbours and Their Walls',
    ]);
    expect(text(selectAll('.chapter-byline', chapters[1])[0]!)).toBe('Ben Rook and Cora Vale');
    const toc = selectAll('nav.toc li.toc-level-1 .toc-text', rendered.print).map(text);
    expect(toc).toEqual(['How Tides Work', 'Keepers of the Light', 'Harbours and Their Walls']);
    expect(theme.print.css).toMatch(/\.chapter \{ break-before: page; \}/);
  });

  it('keeps ids unique across articles and links pointing inside their own article', async () => {
    const rendered = await book(['1-tides.md', '2-lighthouses.md', '10-harbours.md']);
    const ids = selectAll('[id]', rendered.print).map((node) => String(node.properties['id']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('c1-the-pull-of-the-moon');
    expect(ids).toContain('c3-the-pull-of-the-moon');
    const link = selectAll('section.chapter a', rendered.print).find((node) => text(node) === 'the pull of the moon');
    expect(link?.properties['href']).toBe('#c1-the-pull-of-the-moon');
    const noteRef = selectAll('#c1 sup a', rendered.print)[0];
    expect(String(noteRef?.properties['href'])).toMatch(/^#c1-/);
    expect(selectAll(String(noteRef?.properties['href']), rendered.print)).toHaveLength(1);
  });

  it('gives the e-reader one tree per article, each with its own title block', async () => {
    const rendered = await book(['2-lighthouses.md', '1-tides.md']);
    expect(rendered.ereader.map((tree) => text(selectAll('h1', tree)[0]!))).toEqual(['Keepers of the Light', 'How Tides Work']);
    expect(selectAll('.subtitle', rendered.ereader[0]).map(text)).toEqual(['A short history of lighthouses']);
  });

  it("names two articles' images apart when both say images/chart.png", () => {
    const image = (): Root => ({
      type: 'root',
      children: [{ type: 'element', tagName: 'img', properties: { src: 'images/chart.png' }, children: [] }],
    });
    const one = renameAssets(
      image(),
      new Map([['images/chart.png', { bytes: new Uint8Array([1]), type: 'image/png', source: 'a/images/chart.png' }]]),
      'c1-',
    );
    const two = renameAssets(
      image(),
      new Map([['images/chart.png', { bytes: new Uint8Array([2]), type: 'image/png', source: 'b/images/chart.png' }]]),
      'c2-',
    );
    const srcOf = (tree: Root): unknown => (tree.children[0] as Element).properties['src'];
    expect(srcOf(one.tree)).not.toBe(srcOf(two.tree));
    expect(one.assets.get(String(srcOf(one.tree)))?.bytes).toEqual(new Uint8Array([1]));
    expect(two.assets.get(String(srcOf(two.tree)))?.bytes).toEqual(new Uint8Array([2]));
  });

  it('refuses a collection named like a document it would overwrite', () => {
    const sources = [{ path: '/p/content/pack.md', root: '/p/content' }];
    const collections = [{ collection: v.parse(CollectionOptions, { name: 'pack', title: 'Pack', files: ['a.md'] }), articles: [] }];
    expect(() => {
      refuseCollectionClashes(collections, sources);
    }).toThrow('Collection `pack` and `/p/content/pack.md` would both write `pack.*`');
  });
});
