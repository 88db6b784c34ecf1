import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { cloneTree } from '../../src/hast/clone-tree.js';
import { documentMatches } from '../../src/hast/document-matches.js';
import { withDocumentLinks, withoutDocumentLinks } from '../../src/hast/document-links.js';
import { rewriteElements } from '../../src/hast/rewrite-elements.js';
import { stringify } from '../../src/hast/stringify.js';
import { labelsFor } from '../../src/locale/labels.js';
import type { ContentAsset, Publication } from '../../src/model.js';
import { parse } from '../../src/pipeline/parse.js';
import { resolveMeta } from '../../src/pipeline/meta.js';
import { render } from '../../src/pipeline/render.js';
import { transform } from '../../src/pipeline/transform.js';
import rehypeEpubFootnotes from '../../src/plugins/rehype-epub-footnotes.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { editionFiles } from '../../src/writers/epub/edition-files.js';
import { splitSections } from '../../src/writers/epub/epub-split.js';
import { toXhtml } from '../../src/writers/epub/epub-xhtml.js';
import { writeHtml } from '../../src/writers/html.js';
import { prepare } from '../helpers/pipeline.js';

// Issue 13: the editions share nodes with the chapters and with each other (copy on write) instead
// of each writer copying the whole book. These tests hold the outputs to what the copying gave.

const theme = await loadTheme('default');
const filler = 'Words that make the document long enough to split into files. '.repeat(40);
const chart: ContentAsset = {
  bytes: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'),
  type: 'image/svg+xml',
  source: 'content/chart.svg',
};
const markdown = `---\ntitle: Book\n---\n\nSee [the other document](other.md#part), a note[^a] and ![Chart](chart.svg).\n\n## One\n\n${filler}\n\n> Quoted [other](other.md) again.\n\n## Two\n\n${filler}[^b]\n\n\`\`\`rust\nfn main() {}\n\`\`\`\n\n[^a]: Note a.\n[^b]: Note b, with [a link](https://example.com).\n`;

/** The book, prepared as a run that also builds `content/other.md`. */
async function book(): Promise<Publication> {
  const file = new VFile({ path: 'content/doc.md', value: markdown });
  file.data.outputName = 'doc';
  file.data.projectRoot = 'content';
  const mdast = parse(file);
  const hast = await transform(mdast, file, { documents: new Map([[path.resolve('content/other.md'), 'other']]) });
  const meta = resolveMeta(file.data.matter ?? { title: '', lang: 'en' }, { source: markdown, now: new Date('2000-01-01T00:00:00Z') });
  return { meta, chapters: [{ file, mdast, hast, meta }], assets: new Map([['chart.svg', chart]]) };
}

/** What the writers did before issue 13: a whole copy, changed in place. */
function copiedWithout(tree: Root, keepHref: boolean): Root {
  const copy = structuredClone(tree);
  visit(copy, 'element', (node: Element) => {
    if (node.properties['dataFolioDocument'] === undefined) return;
    delete node.properties['dataFolioDocument'];
    if (!keepHref) delete node.properties['href'];
  });
  return copy;
}

const links = (html: string): string[] => [...html.matchAll(/<a [^>]*>/g)].map(([tag]) => tag);

describe('editions that share their nodes', () => {
  it('leave the chapters and both editions as render made them, whatever the writers do', async () => {
    const publication = await book();
    const chapters = structuredClone(publication.chapters.map((chapter) => chapter.hast));
    const rendered = render(publication, theme);
    const print = structuredClone(rendered.print);
    const ereader = structuredClone(rendered.ereader);
    await writeHtml(rendered, { theme, browser: () => Promise.reject(new Error('no browser needed')) });
    editionFiles(rendered.ereader, 'Book', labelsFor('en'));
    withoutDocumentLinks(rendered.print);
    expect(rendered.print).toEqual(print);
    expect(rendered.ereader).toEqual(ereader);
    expect(publication.chapters.map((chapter) => chapter.hast)).toEqual(chapters);
  });

  it('link to the other document in the HTML only, as copying each edition did', async () => {
    const rendered = render(await book(), theme);
    for (const keepHref of [true, false]) {
      const shared = stringify((keepHref ? withDocumentLinks : withoutDocumentLinks)(rendered.print));
      expect(shared).toBe(stringify(copiedWithout(rendered.print, keepHref)));
    }
    const {
      artifacts: [artifact],
    } = await writeHtml(rendered, { theme, browser: () => Promise.reject(new Error('no browser needed')) });
    const html = new TextDecoder().decode(artifact!.bytes);
    expect(links(html).filter((tag) => tag.includes('other.html'))).toEqual(['<a href="other.html#part">', '<a href="other.html">']);
    expect(html).not.toContain('data-folio-document');
    expect(html).toContain(`<img src="data:image/svg+xml;base64,${Buffer.from(chart.bytes).toString('base64')}"`);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
    expect(html).toMatch(/<style>[^<]*@font-face/);
    expect(html).toContain('<span class="hljs-keyword">fn</span>');
  });

  it('give the EPUB the files the copying gave: split in place, the links to the other document unlinked', async () => {
    const rendered = render(await book(), theme);
    const [ereader] = rendered.ereader;
    const labels = labelsFor('en');
    const copied = splitSections(
      unified()
        .use(rehypeEpubFootnotes, { label: labels.notes, backLabel: labels.backToText })
        .runSync(copiedWithout({ type: 'root', children: structuredClone(ereader!.children) }, false)),
      { title: 'Book' },
    );
    const files = editionFiles(rendered.ereader, 'Book', labels);
    expect(files.map((file) => file.filename)).toEqual(['chapter-1.xhtml', 'chapter-2.xhtml', 'chapter-3.xhtml']);
    expect(files.map((file) => [file.filename, file.title, toXhtml(file.tree)])).toEqual(
      copied.map((file) => [file.filename, file.title, toXhtml(file.tree)]),
    );
    const xhtml = files.map((file) => toXhtml(file.tree)).join('');
    expect(xhtml).toContain('the other document');
    expect(xhtml).not.toContain('other.html');
    expect(xhtml).toContain('epub:type="footnote"');
  });
});

describe('rewriteElements', () => {
  it('copies only the ancestors of what it changes, and leaves the tree given as it was', () => {
    const tree = fromHtml('<p><a href="x" id="a">a</a></p><div><em>kept</em></div>', { fragment: true });
    const before = structuredClone(tree);
    const changed = rewriteElements(tree, (node) => (node.tagName === 'a' ? { ...node, properties: { id: 'b' } } : undefined));
    expect(tree).toEqual(before);
    expect(stringify(changed)).toBe('<p><a id="b">a</a></p><div><em>kept</em></div>');
    expect(changed.children[1]).toBe(tree.children[1]);
    expect(changed.children[0]).not.toBe(tree.children[0]);
    expect(rewriteElements(tree, () => undefined)).toBe(tree);
  });
});

describe('documentMatches', () => {
  const documents = {
    en: fromHtml('<!doctype html><html lang="en"><body><p>Plain <code>x</code></p></body></html>'),
    ja: fromHtml('<!doctype html><html lang="ja"><body><p>日本語</p><p lang="en">English</p></body></html>'),
    mixed: fromHtml('<!doctype html><html lang="en"><body><p lang="ko">한국어</p></body></html>'),
    empty: fromHtml('<!doctype html><html lang="en"></html>'),
    // No parser makes an `html` inside the body, but a tree can hold one.
    nested: {
      type: 'root',
      children: [h('html', { lang: 'en' }, [h('body', [h('div', [h('html', { lang: 'ja' }, [h('p', 'x')])])])])],
    } satisfies Root,
  };
  const selectors = [
    'html:lang(ja)',
    'html:not(:lang(ja, ko, zh-Hant, zh-TW, zh-HK, zh-MO))',
    ':lang(ko)',
    'code, pre, kbd, samp',
    'math',
    'html:not(:has(code))',
    'html:has(code)',
    ':root:not(:empty)',
    'html:not(:lang(en)) p',
    'html[lang]:first-child:not(:lang(ko))',
    'html:is(:lang(ja), :lang(ko))',
    'Code',
    'p,math',
    '*',
  ];
  it('answers as a search of the whole tree does', () => {
    for (const tree of Object.values(documents))
      for (const selector of selectors)
        expect([selector, documentMatches(selector, tree)]).toEqual([selector, select(selector, tree) !== undefined]);
  });
});

describe('cloneTree', () => {
  /** Every object in `value`, itself included. */
  const objects = (value: unknown, found = new Set<object>()): Set<object> => {
    if (typeof value !== 'object' || value === null || found.has(value)) return found;
    found.add(value);
    for (const inner of Object.values(value)) objects(inner, found);
    return found;
  };

  it('copies the Markdown and HTML trees of a document whole, sharing no object with them', async () => {
    const markdown = await readFile('test/fixtures/kitchen-sink/input.md', 'utf8');
    const { chapters } = await prepare(markdown);
    const { mdast, hast } = chapters[0]!;
    const { print } = render(await book(), theme);
    for (const tree of [mdast, hast, print]) {
      const copy = cloneTree(tree);
      expect(copy).toEqual(structuredClone(tree));
      const originals = objects(tree);
      expect([...objects(copy)].filter((object) => originals.has(object))).toEqual([]);
    }
  });
});
