import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve.js';
import { ConfigError, ContentError } from '../../src/errors.js';
import { VFile } from 'vfile';
import { load } from '../../src/pipeline/load.js';
import { parse } from '../../src/pipeline/parse.js';
import { project } from '../helpers/project.js';

/** The fatal messages `load` gives for `content/doc.md` of a project, as `file: reason`. */
async function loadErrors(dir: string, maxSize?: number): Promise<string[]> {
  const source = { path: path.join(dir, 'content/doc.md'), root: path.join(dir, 'content') };
  const error: unknown = await load(source, dir, { maxSize }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ContentError);
  return error instanceof ContentError ? error.file.messages.map((message) => `${message.file}: ${message.reason}`) : [];
}

describe('a Markdown file too large to read (issue 16)', () => {
  it('is refused before it is read, naming the file and the limit', async () => {
    const dir = await project({ 'content/doc.md': `# Big\n\n${'x'.repeat(2000)}\n` });
    expect(await loadErrors(dir, 1000)).toEqual([
      'content/doc.md: is larger than the `maxInputSize` of 1.0 kB (it has 2.0 kB): split it into several documents, or raise `maxInputSize`',
    ]);
  });

  it('is read when it is exactly as large as the limit', async () => {
    const dir = await project({ 'content/doc.md': 'x'.repeat(1000) });
    const file = await load({ path: path.join(dir, 'content/doc.md'), root: path.join(dir, 'content') }, dir, { maxSize: 1000 });
    expect(String(file.value)).toHaveLength(1000);
  });

  it('has a limit of 10 MB unless the config says otherwise', () => {
    expect(resolveConfig({}).maxInputSize).toBe(10_000_000);
    expect(resolveConfig({ maxInputSize: 5 }).maxInputSize).toBe(5);
    expect(() => resolveConfig({ maxInputSize: 0 })).toThrow(ConfigError);
  });
});

describe('a file that changed while the build ran (issue 16)', () => {
  it('deleted: one clear error naming it', async () => {
    const dir = await project({ 'content/other.md': 'x' });
    expect(await loadErrors(dir)).toEqual(['content/doc.md: cannot be read (ENOENT): it changed while the build ran; build again']);
  });

  it('replaced by a folder: one clear error naming it', async () => {
    const dir = await project({ 'content/doc.md': 'x' });
    await rm(path.join(dir, 'content/doc.md'));
    await mkdir(path.join(dir, 'content/doc.md'));
    await writeFile(path.join(dir, 'content/doc.md/inner.md'), 'x');
    expect(await loadErrors(dir)).toEqual(['content/doc.md: cannot be read (EISDIR): it changed while the build ran; build again']);
  });
});

describe('times and dates in sane ranges (issue 16)', () => {
  it('refuses a timeout longer than a Node.js timer holds', () => {
    expect(() => resolveConfig({ timeout: 3e9 })).toThrow(/`timeout` must be at most 2147483647 ms/);
    expect(resolveConfig({ timeout: 2_147_483_647 }).timeout).toBe(2_147_483_647);
  });

  it('refuses a sourceDateEpoch or SOURCE_DATE_EPOCH past the year 9999', () => {
    expect(() => resolveConfig({ sourceDateEpoch: 1e13 })).toThrow(/`sourceDateEpoch` must be at most 253402300799/);
    expect(() => resolveConfig({}, { SOURCE_DATE_EPOCH: '10000000000000' })).toThrow(/up to the year 9999/);
    expect(resolveConfig({}, { SOURCE_DATE_EPOCH: '253402300799' }).sourceDateEpoch).toBe(253_402_300_799);
  });
});

describe('too many footnotes (issue 16)', () => {
  const notes = (count: number): string =>
    Array.from({ length: count }, (_, index) => `Text.[^${index}]\n`).join('') +
    Array.from({ length: count }, (_, index) => `\n[^${index}]: Note.\n`).join('');

  it('refuses the 10,001st footnote definition as the parser reads it', () => {
    const file = new VFile({ path: 'notes.md', value: notes(10_001) });
    expect(() => parse(file)).toThrow(ContentError);
    expect(file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`)).toEqual([
      `${10_001 + 2 * 10_000 + 2}:1: more than 10000 footnote definitions: split the document into several`,
    ]);
  });

  it('refuses the 10,001st reference', () => {
    const file = new VFile({ path: 'notes.md', value: `${'Text.[^a] '.repeat(10_001)}\n\n[^a]: Note.\n` });
    expect(() => parse(file)).toThrow(ContentError);
    expect(file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`)).toEqual([
      `1:${10_000 * 10 + 6}: more than 10000 footnote references: split the document into several`,
    ]);
  });

  it('reads 10,000', () => {
    const file = new VFile({ path: 'notes.md', value: notes(10_000) });
    expect(parse(file).children.filter((node) => node.type === 'footnoteDefinition')).toHaveLength(10_000);
  });
});
