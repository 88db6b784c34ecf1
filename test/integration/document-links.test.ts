import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectEpubcheckPasses } from '../helpers/epubcheck.js';
import { readHtml, readPdfText } from '../helpers/read-output.js';
import { entryText, openEpub, pdfLinks } from '../helpers/tools.js';
import { folio, project, type CliRun } from '../helpers/project.js';

const guide = `---
title: Guide
---

Start with [the setup](setup/install.md#requirements), then read [the FAQ](faq.md) and [the licence](../LICENSE.md).

See also [our own methods](guide.md#methods).

## Methods

Text.
`;

const install = `---
title: Install
---

## Requirements

A computer. Back to [the guide](../guide.md).
`;

describe('links between Markdown files built in one run', () => {
  let dir: string;
  let run: CliRun;

  beforeAll(async () => {
    dir = await project({ 'package.json': '{}', 'content/guide.md': guide, 'content/setup/install.md': install });
    run = await folio(['build', 'content'], dir);
  });

  it('builds, with one warning for the links to files that are not built', () => {
    expect(run.code, run.stderr).toBe(0);
    const warnings = run.stderr.split('\n').filter((line) => line.includes('warning'));
    expect(warnings).toEqual([
      'content/guide.md:5:66: warning: 2 links to Markdown files that are not built with this document keep their text but lose their link: ' +
        '`faq.md` (line 5), `../LICENSE.md` (line 5); build them together (a folder or a glob) to link their HTML',
    ]);
  });

  it('leads from the HTML to the other document’s HTML, fragment kept, and back', async () => {
    const html = await readHtml(path.join(dir, 'out/guide.html'));
    expect(html).toContain('<a href="setup/install.html#requirements">the setup</a>');
    expect(html).toContain('<a href="#methods">our own methods</a>');
    expect(html).toMatch(/<a>the FAQ<\/a>/);
    expect(html).not.toContain('data-folio-document');
    expect(await readFile(path.join(dir, 'out/setup/install.html'), 'utf8')).toContain('<a href="../guide.html">the guide</a>');
  });

  it('keeps the words in the PDF and the EPUB, without a link out of the document', async () => {
    const pdf = path.join(dir, 'out/guide.pdf');
    expect(await readPdfText(pdf)).toContain('Start with the setup, then read the FAQ and the licence.');
    expect((await pdfLinks(pdf)).filter((link) => link.uri !== undefined || link.dest === undefined)).toEqual([]);
    const epub = path.join(dir, 'out/guide.epub');
    const xhtml = await entryText(await openEpub(epub), 'OEBPS/chapter-1.xhtml');
    expect(xhtml).toContain('<a>the setup</a>');
    expect(xhtml).not.toMatch(/install\.html|\.md"/);
    await expectEpubcheckPasses(epub);
  });
});
