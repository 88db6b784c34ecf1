import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/pipeline/render.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { toXhtml } from '../../src/writers/epub/epub-xhtml.js';
import { rawHtmlDocument } from '../helpers/arbitrary-html.js';
import { prepare } from '../helpers/pipeline.js';
import { browserTree, countBlocks, visibleWords } from '../helpers/raw-html-blocks.js';

const theme = await loadTheme('default');

describe('raw HTML fragments mixed into Markdown (fast-check)', () => {
  it('never lose a word or a block that a browser shows, and always give well-formed XHTML', async () => {
    await fc.assert(
      fc.asyncProperty(rawHtmlDocument, async (markdown) => {
        const reference = await browserTree(markdown);
        const publication = await prepare(markdown);
        const body = publication.chapters[0]?.hast;
        if (!body) throw new Error('no chapter');
        // Every word, in order (a browser shows them in this order too).
        expect(visibleWords(body).join(' '), markdown).toBe(visibleWords(reference).join(' '));
        expect(countBlocks(body), markdown).toEqual(countBlocks(reference));
        const xhtml = `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>${toXhtml(render(publication, theme).ereader[0]!)}</body></html>`;
        expect(XMLValidator.validate(xhtml), markdown).toBe(true);
      }),
      { numRuns: 400, seed: 20261129 },
    );
  }, 120_000);
});
