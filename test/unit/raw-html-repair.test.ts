import type { Element, ElementContent, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { stringify } from '../../src/hast/stringify.js';
import rehypeContentModel from '../../src/plugins/rehype-content-model.js';
import { prepare } from '../helpers/pipeline.js';

async function body(markdown: string): Promise<{ tree: Root; html: string; messages: string[] }> {
  const { chapters } = await prepare(`---\ntitle: T\n---\n\n${markdown}\n`);
  const [chapter] = chapters;
  if (!chapter) throw new Error('no chapter');
  return {
    tree: chapter.hast,
    html: stringify(chapter.hast).trim(),
    messages: chapter.file.messages.map((message) => `${message.line}: ${message.reason}`),
  };
}

function tags(tree: Root, selector: string): string[] {
  return selectAll(selector, tree).map((node: Element) => node.tagName);
}

describe('an inline element left open (`<span id>` alone on a line)', () => {
  it('keeps every later heading, paragraph, code block and table as blocks, in a div with its id', async () => {
    const { tree, html } = await body(
      '<span id="ch1">\n\n## Heading\n\nA paragraph.\n\n```\ncode\n```\n\n| a |\n| - |\n| b |\n\n## Next\n\nMore.',
    );
    expect(tags(tree, 'div#ch1 > *')).toEqual(['h2', 'p', 'pre', 'table', 'h2', 'p']);
    expect(html).not.toMatch(/<span id="ch1"/);
    expect(toString(selectAll('h2', tree)[1]!)).toBe('Next');
  });

  it('carries emphasis into the blocks it was left open over, instead of flattening them', async () => {
    const { html } = await body('<b>\n\nA paragraph.\n\n- an item\n\n</b>');
    expect(html).toMatch(/<p><b>A paragraph\.<\/b><\/p>/);
    expect(html).toMatch(/<li><b>an item<\/b><\/li>/);
  });

  it('splits a paragraph around the block it holds, and keeps a heading a heading', async () => {
    const { tree } = await body('<h2><div>Title</div><ul><li>item</li></ul>tail</h2>');
    expect(tags(tree, 'h2, ul, p')).toEqual(['h2', 'ul', 'p']);
    expect(toString(selectAll('h2', tree)[0]!)).toBe('Title');
    expect(toString(tree)).toContain('tail');
  });

  it('keeps the paragraphs a raw <pre> holds, in a box laid out like pre (CommonMark example 148)', async () => {
    const { tree, html } = await body('<table><tr><td>\n<pre>\n**Hello**,\n\n_world_.\n</pre>\n</td></tr></table>');
    expect(html).toMatch(/<div class="pre">\*\*Hello\*\*,\s*<p><em>world<\/em>\.\s*<\/p><\/div>/);
    expect(tags(tree, 'pre')).toEqual([]);
  });

  it('puts list content and stray list items into the containers HTML requires', async () => {
    const { html } = await body('<ul><p>x</p><li>y</li></ul>\n\ntext <li>stray</li>');
    expect(html).toContain('<ul><li class="no-marker"><p>x</p></li><li>y</li></ul>');
    expect(html).toMatch(/<ul><li>stray<\/li><\/ul>/);
  });
});

describe('details, styles and scripts', () => {
  it('prints `<details>` open, its summary first', async () => {
    const { html } = await body('<details><summary>Show</summary>\n\nHidden text.\n\n</details>');
    expect(html).toMatch(/^<details open><summary>Show<\/summary>\s*<p>Hidden text\.<\/p>\s*<\/details>$/);
  });

  it('drops `<style>` with its text, with a warning at its line', async () => {
    const { html, messages } = await body('<style>\n.chart { width: 800px; }\n</style>\n\nText.');
    expect(html).toBe('<p>Text.</p>');
    expect(messages).toEqual(['5: raw HTML `<style>` is not allowed and was removed with its content']);
  });
});

describe('attribute values XHTML refuses', () => {
  it('turns `width="100%"` into CSS and `480px` into a number of pixels', async () => {
    const { html } = await body('<img src="a.png" alt="a" width="100%" height="480px">');
    expect(html).toBe('<img src="a.png" alt="a" height="480" style="width: 100%">');
  });

  it('turns table sizes, `valign` and `nowrap` into CSS, and drops `border="0"`', async () => {
    const { html } = await body('<table width="50%" border="0"><tr><td valign="top" nowrap width="20">x</td></tr></table>');
    expect(html).toBe(
      '<table style="width: 50%"><tbody><tr><td style="vertical-align: top; white-space: nowrap; width: 20px">x</td></tr></tbody></table>',
    );
  });

  it('turns `align` into a class the stylesheets align by', async () => {
    const { html } = await body('<p align="center">c</p>\n\n| a |\n| -: |\n| 1 |');
    expect(html).toContain('<p class="align-center">c</p>');
    expect(html).toContain('<td class="align-right">1</td>');
    expect(html).not.toContain('align=');
  });

  it('clamps sizes that would tie the printer up', async () => {
    const { html } = await body('<img src="a.png" alt="a" height="99999999">');
    expect(html).toBe('<img src="a.png" alt="a" height="10000">');
    expect((await body('<hr size="99999999">')).html).toBe('<hr>');
    expect((await body('<table height="99999999"><tr><td>x</td></tr></table>')).html).toContain('<table style="height: 10000px">');
  });

  it('drops the empty `columnspacing` KaTeX writes for a one-column `aligned`', async () => {
    const { html } = await body('$$\n\\begin{aligned} a \\\\ b \\end{aligned}\n$$');
    expect(html).toContain('<mtable');
    expect(html).not.toMatch(/="">|=""\s/);
  });

  it('puts text, not elements, in MathML tokens (KaTeX writes `\\bmod` as an mrow inside an mo)', async () => {
    const { html } = await body('$a \\bmod b$');
    expect(html).toMatch(/<mo[^>]*>mod<\/mo>/);
    expect(html).not.toMatch(/<mo[^>]*><mrow>/);
  });

  it('shows an image without a source as its text alternative, as a browser does', async () => {
    const { html } = await body('<img alt="A chart">');
    expect(html).toBe('<span>A chart</span>');
  });
});

describe('link targets', () => {
  it('makes `<a name>` an id, so links to it keep working', async () => {
    const { html, messages } = await body('<a name="target">here</a> and [back](#target)');
    expect(html).toBe('<p><a id="target">here</a> and <a href="#target">back</a></p>');
    expect(messages).toEqual([]);
  });

  it('reads `{#id}` after a heading as its id, and does not print it', async () => {
    const { html, messages } = await body('## Background {#bg}\n\n### Method {#method .unnumbered}\n\n## Sets {1, 2}\n\n[see](#bg)');
    expect(html).toContain('<h2 id="bg">Background</h2>');
    expect(html).toContain('<h3 id="method">Method</h3>');
    expect(html).toContain('<h2 id="sets-1-2">Sets {1, 2}</h2>');
    expect(messages).toEqual([]);
  });

  it('finds footnotes whose label GFM percent-encodes (`[^†]`), and gives a heading of punctuation an id', async () => {
    const { tree, messages } = await body('Text[^†].\n\n# `?`\n\n[^†]: The note.');
    expect(messages).toEqual([]);
    expect(selectAll('h1', tree).map((node) => node.properties['id'])).toEqual(['section']);
  });

  it('makes ids unique, the first keeping its own', async () => {
    const { tree } = await body('<a id="setup"></a>\n\n## Setup\n\n## Setup');
    const ids = selectAll('[id]', tree).map((node) => String(node.properties['id']));
    expect(ids[0]).toBe('setup');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('obsolete elements', () => {
  it('become the HTML 5 elements browsers render them as', async () => {
    const { html } = await body(
      '<strike>old</strike> <tt>mono</tt>\n\n<center>middle</center>\n\n<picture><source srcset="dark.png"><img src="light.png" alt="logo"></picture>',
    );
    expect(html).toContain('<s>old</s> <code>mono</code>');
    expect(html).toContain('<div class="align-center">middle</div>');
    expect(html).toContain('<img src="light.png" alt="logo">');
    expect(html).not.toMatch(/picture|source|dark\.png/);
  });
});

describe('display maths as MathJax reads it', () => {
  it('ends a formula at the line that ends with `$$`, and reads what follows as Markdown', async () => {
    const { tree, messages } = await body(
      'Para.\n\n$$P = \\begin{bmatrix}\nx & 1 \\\\\n0 & x\n\\end{bmatrix}_{.}$$\n\nThus $r$ is.\n\n## Head\n\n$$\na\n$$\n\nEnd [x](#nowhere).',
    );
    expect(tags(tree, 'h2, p, math')).toEqual(['p', 'math', 'p', 'math', 'h2', 'math', 'p']);
    expect(toString(selectAll('h2', tree)[0]!)).toBe('Head');
    // Places after the formula are still the file's lines.
    expect(messages).toEqual(['20: link to `#nowhere` goes nowhere: no heading or element has that id']);
  });

  it('reads `$$x$$` within a line as display maths, `$x$` as inline', async () => {
    const { html } = await body('Where $$x^2$$ and $y$.');
    expect(html.match(/<math[^>]*>/g)).toEqual([
      '<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">',
      '<math xmlns="http://www.w3.org/1998/Math/MathML">',
    ]);
  });

  it('reads an opening `$$` that never closes as a formula of its line', async () => {
    const { tree } = await body('$$x + 1\n\n## After\n\nText.');
    expect(tags(tree, 'h2, p, math')).toEqual(['math', 'h2', 'p']);
  });
});

describe('parts of lists, tables, figures and the like outside their containers', () => {
  // Each alone in a `div` (the repair looks for them in every element's children: no HTML parser
  // leaves most of them there, but a tree can hold them), moved or renamed so that no word is
  // lost; any other element stays where it is.
  const word = (tag: string): Element => h(tag, 'w');
  const cases: [string, ElementContent[], string][] = [
    ['li', [word('li')], '<div><ul><li>w</li></ul></div>'],
    ['dt', [word('dt')], '<div><dl><dt>w</dt><dd></dd></dl></div>'],
    ['dd', [word('dd')], '<div><dl><dt></dt><dd>w</dd></dl></div>'],
    ['thead', [h('thead', [h('tr', [word('td')])])], '<div><tr><td>w</td></tr></div>'],
    ['tbody', [h('tbody', [word('tr')])], '<div><tr><td>w</td></tr></div>'],
    ['tfoot', [h('tfoot', ['w'])], '<div><tr><td>w</td></tr></div>'],
    ['tr', [h('tr', ['w'])], '<div><td>w</td></div>'],
    ['td', [word('td')], '<div>w</div>'],
    ['th', [word('th')], '<div>w</div>'],
    ['col', [h('col'), 'w'].map(node), '<div>w</div>'],
    ['colgroup', [h('colgroup'), 'w'].map(node), '<div>w</div>'],
    ['source', [h('source'), 'w'].map(node), '<div>w</div>'],
    ['caption', [word('caption')], '<div><div>w</div></div>'],
    ['figcaption', [word('figcaption')], '<div><div>w</div></div>'],
    ['legend', [word('legend')], '<div><div>w</div></div>'],
    ['summary', [word('summary')], '<div><div>w</div></div>'],
    ['rt', [word('rt')], '<div><span>w</span></div>'],
    ['rp', [word('rp')], '<div><span>w</span></div>'],
    ['em', [word('em')], '<div><em>w</em></div>'],
  ];
  it.each(cases)('repairs a stray %s', (_tag, children, expected) => {
    const tree: Root = { type: 'root', children: [h('div', children)] };
    expect(stringify(unified().use(rehypeContentModel).runSync(tree))).toBe(expected);
  });
});

function node(value: Element | string): ElementContent {
  return typeof value === 'string' ? { type: 'text', value } : value;
}
