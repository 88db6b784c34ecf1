import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawHtmlDocument } from '../helpers/arbitrary-html.js';
import { ereaderXhtml, wellFormed } from '../helpers/ereader-xhtml.js';
import { prepare } from '../helpers/pipeline.js';
import { browserTree, countBlocks, visibleWords } from '../helpers/raw-html-blocks.js';

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
        expect(wellFormed(ereaderXhtml(publication)), markdown).toBe(true);
      }),
      { numRuns: 400, seed: 20261129 },
    );
  });
});
