import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/index.js';
import { buildDocument } from '../helpers/build-document.js';
import { readHtml } from '../helpers/read-output.js';

function errors(result: BuildResult): string[] {
  return result.messages
    .filter((message) => message.fatal)
    .map((message) => `${message.file}:${message.line}:${message.column}: ${message.reason}`);
}

describe('bad input: one clear error naming file and line, nothing written', () => {
  it('invalid YAML', async () => {
    const { result, written } = await buildDocument('---\ntitle: [unclosed\n---\n\nText.\n');
    expect(errors(result)[0]).toMatch(/^content\/doc\.md:[23]:\d+: invalid YAML in front matter/);
    expect(written).toEqual([]);
  });

  it("a wrong value of one of Folio's own front matter keys", async () => {
    const { result, written } = await buildDocument('---\ntitle: T\npaper: huge\n---\n\nText.\n');
    expect(errors(result)).toEqual([expect.stringMatching(/^content\/doc\.md:3:8: front matter `paper` must be `a4`/)]);
    expect(written).toEqual([]);
  });

  it('bytes that are not UTF-8', async () => {
    const { result, written } = await buildDocument(Buffer.from('---\ntitle: T\n---\n\nCaf\xe9 au lait\n', 'latin1'));
    expect(errors(result)).toEqual(['content/doc.md:5:4: not valid UTF-8 text: save the file as UTF-8']);
    expect(written).toEqual([]);
  });

  it('lists nested 1,000 deep', async () => {
    const list = Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- item\n`).join('');
    const { result, written } = await buildDocument(`---\ntitle: T\n---\n\n${list}`);
    expect(errors(result)[0]).toMatch(/^content\/doc\.md:105:201: lists or quotations are nested more than 100 levels deep/);
    expect(written).toEqual([]);
  });
});

describe('unusual input that must just work', () => {
  it('an empty file: titled after its name', async () => {
    const { dir, result, written } = await buildDocument('');
    expect(result.ok).toBe(true);
    expect(result.messages).toEqual([]);
    expect(written.sort()).toEqual(['doc.epub', 'doc.html']);
    expect(await readFile(path.join(dir, 'out/doc.html'), 'utf8')).toContain('<title>Doc</title>');
  });

  it('no front matter: titled by its first heading, printed once', async () => {
    const { dir, result } = await buildDocument('<!-- notes -->\n\n# Continued fractions\n\nText.\n');
    expect(result.ok).toBe(true);
    const html = await readFile(path.join(dir, 'out/doc.html'), 'utf8');
    expect(html).toContain('<title>Continued fractions</title>');
    expect(html.match(/Continued fractions<\/h1>/g)).toHaveLength(1);
  });

  it('front matter written for other tools: warnings only, dates read', async () => {
    const jekyll =
      '---\nlayout: post\ntitle: Hello\ndate: April 9, 2024\ncategories: [news]\nby: Ada\nauthor: 42\nlastdate: x\n---\n\nText.\n';
    const { dir, result } = await buildDocument(jekyll);
    expect(result.ok).toBe(true);
    expect(result.messages.map(String)).toEqual([
      "content/doc.md:6:1: front matter keys `by`, `lastdate` are not Folio's and are ignored (see docs/front-matter.md)",
      'content/doc.md:7:9: front matter `author` must be a string or a list of strings; it is ignored',
    ]);
    expect(await readFile(path.join(dir, 'out/doc.html'), 'utf8')).toContain('<time datetime="2024-04-09">');
  });

  it('front matter only', async () => {
    const { result, written } = await buildDocument('---\ntitle: Only a title\n---\n');
    expect(result.ok).toBe(true);
    expect(written.sort()).toEqual(['doc.epub', 'doc.html']);
  });

  it('a byte order mark and CRLF line endings', async () => {
    const { dir, result } = await buildDocument(
      '\uFEFF---\r\ntitle: Windows file\r\nlang: en\r\n---\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n',
    );
    expect(result.ok).toBe(true);
    const html = await readHtml(path.join(dir, 'out/doc.html'));
    expect(html).toContain('<title>Windows file</title>');
    expect(html).toMatch(/<p>First paragraph\.<\/p>\s*<p>Second paragraph\.<\/p>/);
  });
});
