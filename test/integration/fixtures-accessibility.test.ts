import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { expectAcePasses } from '../helpers/ace.js';
import { tempFolder } from '../helpers/temp-folder.js';

const fixtures = path.resolve('test/fixtures');

/**
 * Fixtures of the HTML stage that name images they do not ship (their tests
 * check the markup around them); every other fixture builds an EPUB.
 */
const htmlOnly = new Set(['figure', 'raw-html-sanitised']);

/** Every Markdown file of the fixtures that builds an EPUB, in folder order. */
async function fixtureFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const entry of (await readdir(fixtures, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || htmlOnly.has(entry.name)) continue;
    for (const name of (await readdir(path.join(fixtures, entry.name))).sort()) {
      if (name.endsWith('.md')) files.push(path.join(fixtures, entry.name, name));
    }
  }
  return files;
}

describe('the fixtures in an EPUB', () => {
  // One collection of them all: Ace pays for its browser once, not once a fixture.
  it('draw no accessibility violation from DAISY Ace', async () => {
    const files = await fixtureFiles();
    expect(files.length).toBeGreaterThan(15);
    const out = await tempFolder('folio-fixtures-ace-');
    const result = await build({
      inputs: [],
      outDir: out,
      formats: ['epub'],
      collections: [{ name: 'fixtures', title: 'Fixtures', files }],
    });
    expect(result.ok, JSON.stringify(result.messages)).toBe(true);
    const epub = path.join(out, 'fixtures.epub');
    expect((await stat(epub)).size).toBeGreaterThan(0);
    await expectAcePasses(epub);
  });
});
