import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../helpers/build-document.js';
import { epubXhtml } from '../helpers/epub-documents.js';
import { openEpub } from '../helpers/tools.js';

// Inputs far larger than a real document: each build takes tens of seconds, and more on a loaded machine.
// The small unusual inputs are in test/integration/bad-input.test.ts.
describe('huge input that must just work', () => {
  it('a table of 20,000 rows', async () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => `| ${index} | row ${index} |`).join('\n');
    const { dir, result } = await buildDocument(`---\ntitle: Big table\n---\n\n| n | label |\n| --: | :-- |\n${rows}\n`);
    expect(result.ok).toBe(true);
    expect(await epubXhtml(await openEpub(path.join(dir, 'out/doc.epub')))).toContain('row 19999');
  });

  it('a document just under the 10 MB input limit', async () => {
    const paragraph = 'Creating sperm in the testes is one of the longest and most complex bodily processes. '.repeat(10);
    const sections = Array.from({ length: 1150 }, (_, index) => `## Section ${index}\n\n${`${paragraph}\n\n`.repeat(10)}`).join('');
    expect(sections.length).toBeGreaterThan(9_900_000);
    expect(sections.length).toBeLessThan(10_000_000);
    const { dir, result } = await buildDocument(`---\ntitle: Ten megabytes\n---\n\n${sections}`, { formats: ['html'] });
    expect(result.ok).toBe(true);
    expect(await readFile(path.join(dir, 'out/doc.html'), 'utf8')).toContain('Section 1149');
  });
});
