import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { asDocument, specExamples } from '../helpers/commonmark.js';
import { epubChapters } from '../helpers/epub-documents.js';
import { expectEpubcheckPasses } from '../helpers/epubcheck.js';
import { project } from '../helpers/project.js';
import { openEpub } from '../helpers/tools.js';

// Examples with images name files that do not exist (`train.jpg`, `/url`), which is an error in Folio
// by design (issue 4); they go through the pipeline in test/unit/commonmark.test.ts instead.
const withoutImages = specExamples.filter((example) => !/!\[|<img/i.test(example.markdown));

describe('the CommonMark specification examples as one book', () => {
  it('builds every example without an image into one EPUB, one chapter each, that passes EPUBCheck with nothing reported', async () => {
    expect(withoutImages.length).toBeGreaterThan(600);
    const examples = withoutImages.map((example): [string, string] => [
      `examples/${String(example.number).padStart(3, '0')}.md`,
      asDocument(example),
    ]);
    const dir = await project(Object.fromEntries(examples), 'folio-commonmark-');
    const result = await build({
      cwd: dir,
      inputs: [],
      formats: ['epub'],
      collections: [{ name: 'commonmark', title: 'CommonMark 0.31.2 examples', folder: 'examples' }],
    });
    expect(result.outputs.map((output) => output.error?.message)).toEqual([undefined]);
    const file = path.join(dir, 'out/commonmark.epub');
    const chapters = epubChapters(await openEpub(file));
    expect(chapters.length).toBe(withoutImages.length);
    await expectEpubcheckPasses(file);
  });
});
