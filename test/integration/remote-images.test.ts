import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/index.js';
import { expectEpubcheckPasses } from '../helpers/epubcheck.js';
import { project } from '../helpers/project.js';
import { readPdfText } from '../helpers/read-output.js';
import { entryText, openEpub, pdfImages } from '../helpers/tools.js';

/** A README as written: badges in a link, beside each other, in a table, and a diagram alone in its paragraph; a remote cover. */
const readme = `---
title: Folio
cover: https://example.com/cover.png
---

[![Build status](https://img.shields.io/badge/build-passing-green.svg)](https://ci.example.com) ![](https://img.shields.io/badge/licence-MIT-blue.svg)

Folio turns Markdown into books.

| Badge | Meaning |
| --- | --- |
| ![Coverage 98%](https://img.shields.io/badge/coverage-98%25-green.svg) | well tested |

![The pipeline, from Markdown to PDF](https://example.com/diagram.png "How it works")
`;

let dir: string;
let result: BuildResult;

beforeAll(async () => {
  dir = await project({ 'package.json': '{}', 'README.md': readme });
  result = await build({ cwd: dir, inputs: ['README.md'], outDir: 'out', formats: ['pdf', 'epub'] });
});

describe('a README with remote badges, built without network access', () => {
  it('is written in every format, with one warning for its images and one for its cover', () => {
    expect(result.ok).toBe(true);
    expect(result.outputs.map((output) => path.basename(output.path ?? '')).sort()).toEqual(['README.epub', 'README.pdf']);
    expect(result.messages.map((message) => `${message.line}: ${message.ruleId}: ${message.reason}`)).toEqual([
      '6: remote-image: 4 remote images are shown as their alt text: Folio fetches nothing from the network unless asked (build with `--allow-network`); lines 6, 12, 14',
      '3: remote-image: remote cover `https://example.com/cover.png` is left out, so the EPUB gets a generated cover: ' +
        'Folio fetches nothing from the network unless asked (build with `--allow-network`)',
    ]);
  });

  it("prints each image's alt text in the PDF (the file name when it has none), and no image", async () => {
    const file = path.join(dir, 'out/README.pdf');
    const text = await readPdfText(file);
    for (const alt of ['Build status', 'licence-MIT-blue.svg', 'Coverage 98%', 'The pipeline, from Markdown to PDF', 'How it works'])
      expect(text).toContain(alt);
    expect(await pdfImages(file)).toEqual([]);
  });

  it('makes an EPUB that passes EPUBCheck with nothing reported, with the alt texts and a generated cover', async () => {
    const file = path.join(dir, 'out/README.epub');
    await expectEpubcheckPasses(file);
    const zip = await openEpub(file);
    const xhtml = await entryText(zip, 'OEBPS/chapter-1.xhtml');
    expect(xhtml).toContain(
      '<a href="https://ci.example.com"><span class="image-placeholder" role="img" aria-label="Build status">Build status</span></a>',
    );
    expect(xhtml).toContain('<td><span class="image-placeholder" role="img" aria-label="Coverage 98%">Coverage 98%</span></td>');
    expect(xhtml).not.toContain('<img');
    expect(await entryText(zip, 'OEBPS/content.opf')).toMatch(
      /href="images\/[0-9a-f]{16}\.png" media-type="image\/png" properties="cover-image"/,
    );
  });
});
