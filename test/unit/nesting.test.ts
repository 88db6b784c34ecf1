import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { parse } from '../../src/pipeline/parse.js';
import { transform } from '../../src/pipeline/transform.js';

const front = '---\ntitle: Deep\n---\n\n';
const containers = 'lists or quotations are nested more than 100 levels deep here; flatten the structure';
const inline = 'emphasis, links or other inline markup are nested more than 100 levels deep here; flatten the structure';
const html = 'HTML elements are nested more than 100 levels deep here; flatten the structure';

function fatalOf(file: VFile): string[] {
  return file.messages.filter((message) => message.fatal).map((message) => `${message.line}:${message.column}: ${message.reason}`);
}

/** The fatal messages of parsing `markdown` (after the front matter), which must fail. */
function fatal(markdown: string): string[] {
  const file = new VFile({ path: 'deep.md', value: front + markdown });
  expect(() => parse(file)).toThrow(ContentError);
  return fatalOf(file);
}

/** The fatal messages of parsing and transforming `markdown`, whose transform must fail. */
async function fatalInTransform(markdown: string): Promise<string[]> {
  const file = new VFile({ path: 'deep.md', value: front + markdown });
  await expect(transform(parse(file), file)).rejects.toThrow(ContentError);
  return fatalOf(file);
}

describe('deeply nested input: refused at the first place too deep (issue 16)', () => {
  it('a list nested 1,000 levels deep, at its 101st level', () => {
    expect(fatal(Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- item\n`).join(''))).toEqual([`105:201: ${containers}`]);
  });

  it('blockquotes nested 1,000 deep', () => {
    expect(fatal(`${'>'.repeat(1000)} deep\n`)).toEqual([`5:101: ${containers}`]);
  });

  it('101 levels of quotations written with and without spaces', () => {
    expect(fatal(`${'> '.repeat(50)}${'>'.repeat(51)} deep\n`)).toEqual([`5:151: ${containers}`]);
  });

  it.each([
    ['+ ', 201],
    ['- ', 201],
    ['1. ', 301],
    ['> - ', 201],
    ['- > ', 201],
  ])('10,000 markers `%s` on one line', (marker, column) => {
    expect(fatal(`${marker.repeat(10_000)}x\n`)).toEqual([`5:${column}: ${containers}`]);
  });

  it('list items nested one a line with markers of every kind', () => {
    const markers = ['- ', '* ', '+ ', '1. ', '1) ', '> '];
    let prefix = '';
    const lines: string[] = [];
    let column101 = 0;
    for (let depth = 0; depth < 200; depth++) {
      const marker = markers[depth % markers.length] ?? '';
      if (depth === 100) column101 = prefix.length + 1;
      lines.push(`${prefix}${marker}x\n`);
      // A quotation goes on with its marker, a list item with its content's indent.
      prefix += marker === '> ' ? marker : ' '.repeat(marker.length);
    }
    expect(fatal(lines.join(''))).toEqual([`105:${column101}: ${containers}`]);
  });

  it('emphasis nested 200 deep', () => {
    expect(fatal(`${'*x '.repeat(200)}y${' x*'.repeat(200)}\n`)).toEqual([`5:301: ${inline}`]);
  });

  it('10,000 raw `<div>`s nested in one HTML block, at the line of the 101st', async () => {
    expect(await fatalInTransform(`${'<div>\n'.repeat(10_000)}x\n${'</div>\n'.repeat(10_000)}`)).toEqual([`105:1: ${html}`]);
  });

  it('10,000 raw `<span>`s nested in a paragraph', async () => {
    expect(await fatalInTransform(`a ${'<span>'.repeat(10_000)}x${'</span>'.repeat(10_000)}\n`)).toEqual([`5:603: ${html}`]);
  });

  it('raw `<b>`s, each different, left open across paragraphs (the HTML parser opens each again in the next)', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, index) => `x <b title="${index}">y\n\n`);
    expect(await fatalInTransform(paragraphs.join(''))).toEqual([`205:3: ${html}`]);
  });
});

describe('deep but within the limits', () => {
  it('accepts lists 100 levels deep holding emphasis and raw HTML 100 levels deep each', async () => {
    const list = Array.from({ length: 100 }, (_, depth) => `${'  '.repeat(depth)}- item\n`).join('');
    const indent = '  '.repeat(100);
    const raw = `${indent}<div>${'<section>'.repeat(99)}raw${'</section>'.repeat(99)}</div>\n`;
    const emphasis = `${indent}${'*x '.repeat(100)}y${' x*'.repeat(100)}\n`;
    const file = new VFile({ path: 'ok.md', value: `${front}${list}\n${raw}\n${emphasis}` });
    const hast = await transform(parse(file), file);
    expect(fatalOf(file)).toEqual([]);
    expect(JSON.stringify(hast)).toContain('raw');
  });

  it('accepts raw HTML that closes what it opens, leaves open what a block closes, and SVG with self-closed elements', async () => {
    const svg = `<svg viewBox="0 0 1 1">${'<path d="M0 0"/>'.repeat(500)}</svg>`;
    const blocks = `${'<div><p>a<li>b</div>\n\n'.repeat(500)}${'- a <span><b>b\n'.repeat(500)}`;
    const file = new VFile({ path: 'ok.md', value: `${front}${blocks}\n${svg}\n` });
    await transform(parse(file), file);
    expect(fatalOf(file)).toEqual([]);
  });
});
