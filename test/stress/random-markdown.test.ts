import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build, ContentError } from '../../src/index.js';
import { rawHtmlDocument } from '../helpers/arbitrary-html.js';
import { markdownDocument } from '../helpers/arbitrary-markdown.js';
import { expectEpubcheckPasses } from '../helpers/epubcheck.js';
import { ereaderXhtml, wellFormed } from '../helpers/ereader-xhtml.js';
import { prepare } from '../helpers/pipeline.js';
import { project } from '../helpers/project.js';
import { openEpub } from '../helpers/tools.js';

describe('random Markdown (fast-check)', () => {
  it('never throws an unexpected error, and the e-reader edition is always well-formed XHTML', async () => {
    await fc.assert(
      fc.asyncProperty(markdownDocument, async (markdown) => {
        let publication;
        try {
          publication = await prepare(markdown);
        } catch (error) {
          // The only acceptable failure is a content error with a place, as a user would see it.
          expect(error).toBeInstanceOf(ContentError);
          return;
        }
        const valid = wellFormed(ereaderXhtml(publication));
        expect(valid, `${JSON.stringify(valid)}\n${markdown}`).toBe(true);
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  it('makes EPUBs that pass EPUBCheck with nothing reported (a sample of five)', async () => {
    const samples = fc.sample(markdownDocument, { numRuns: 5, seed: 4242 });
    const dir = await project(
      Object.fromEntries(samples.map((markdown, index) => [`content/sample-${index}.md`, markdown])),
      'folio-property-',
    );
    const result = await build({ cwd: dir, formats: ['epub'] });
    const written = result.outputs.filter((output) => output.path);
    expect(written.length).toBeGreaterThan(0);
    for (const output of written) {
      await expectEpubcheckPasses(output.path!);
      expect(Object.keys((await openEpub(output.path!)).files)).toContain('mimetype');
    }
  });

  it('makes valid EPUBs from raw HTML fragments left open, closed out of order or unknown (forty in one book)', async () => {
    const samples = fc.sample(rawHtmlDocument, { numRuns: 40, seed: 1129 });
    const files = samples.map((_, index) => `content/raw-${index}.md`);
    const dir = await project(Object.fromEntries(samples.map((markdown, index) => [files[index]!, markdown])), 'folio-raw-html-');
    const result = await build({ cwd: dir, formats: ['epub'], inputs: [], collections: [{ name: 'raw', title: 'Raw HTML', files }] });
    const [output] = result.outputs;
    expect(output?.error).toBeUndefined();
    await expectEpubcheckPasses(output!.path!);
  });
});
