/**
 * Real manuscripts, as written: each document of `test/corpus/` (ten
 * third-party documents, see README.md and NOTICE.md) is copied into a fresh
 * project and built by the compiled CLI, as a user would, into PDF, EPUB and
 * HTML. Each must build, pass EPUBCheck with nothing reported, keep the
 * structure a browser gives its Markdown, print every word of its text, and
 * make a PDF that `test/helpers/pdf-ua.ts` finds nothing wrong with.
 *
 * The reference is a browser's reading of the source (`test/helpers/reference.ts`):
 * CommonMark and GFM, raw HTML parsed and not sanitised. Tolerances, in
 * `close` below:
 * - Equal: headings of each level, code blocks, tables, images (remote ones
 *   Folio could not fetch count through their placeholder), list items,
 *   blockquotes (a callout counts as one) and footnotes. Each of them is one
 *   element in the source that a reader sees; a lost or an invented one is a
 *   bug, and none of Folio's transforms changes their number by design.
 * - Paragraphs: within 2 % of the reference, and at least within 2. The
 *   reference already leaves out what Folio changes by design (a lone image
 *   becomes a figure, `$$…$$` a formula, a lone `[!NOTE]` a callout title;
 *   `referenceStructure`), and every document Folio reads today matches
 *   exactly. The slack is for what may legitimately move a paragraph or two:
 *   the sanitiser's repairs of raw HTML (a `<div>`, `<details>` or stray tag
 *   that opens or closes a paragraph), and a remote image alone in its
 *   paragraph, which stays a paragraph if its placeholder is put in before
 *   Folio makes figures. A collapse of structure (a section swallowed by a
 *   formula or a raw tag) is far beyond 2 %, and the headings, code blocks
 *   and list items it swallows fail the exact counts anyway.
 * Words: every word of the reference's visible text must be in the PDF's text
 * (`pdftotext`, in its layout reading or, where inline fractions interleave
 * two lines there, in the order the PDF draws it) at least as often,
 * compared as a multiset rather than in order, because print legitimately moves text: notes to the foot or the end,
 * captions, table cells read column-wise, the title into the title block and
 * the running head, CJK fallback fonts read out of line order. Extra words
 * (table of contents, link addresses, page furniture) are fine. Words are
 * compared after NFKC, lower-casing and dropping soft hyphens and joiners
 * (`words`); a word cut by a line or page break, by a code span, or by
 * poppler's extraction is found in either reading (`missingWords`). The text
 * of `style`, `script` and `iframe` is not the document's; maths, alert and
 * admonition markers, heading attributes, emoji shortcodes and MDX imports
 * may be rendered rather than printed (`referenceWords`). Everything inside
 * `<details>` must be printed: paper has no disclosure widget.
 */
import { cp, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareCounts, type Tolerance } from '../helpers/compare-counts.js';
import { epubContentDocuments } from '../helpers/epub-documents.js';
import { expectAcePasses } from '../helpers/ace.js';
import { expectEpubcheckPasses } from '../helpers/epubcheck.js';
import { missingWords, pdfWords } from '../helpers/pdf-words.js';
import { readPdfUa } from '../helpers/pdf-ua.js';
import { folio, type CliRun } from '../helpers/project.js';
import { referenceWords } from '../helpers/reference-text.js';
import { referenceStructure } from '../helpers/reference.js';
import { epubStructure, htmlStructure, withHeadline } from '../helpers/structure.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { openEpub, pdfFonts, pdfText } from '../helpers/tools.js';

/** Each case: its folder, and its document relative to it (outputs are named after the document, any extension dropped). */
const cases = [
  ['book-rust-by-example', 'rust-by-example.md'],
  ['readme-llamafactory', 'README.md'],
  ['math-cp-algorithms', 'continued-fractions.md'],
  ['rtl-persian-fpb', 'CONTRIBUTING-fa_IR.md'],
  ['cjk-japanese-cmdline', 'README-ja.md'],
  ['fr-hacker-laws', 'translations/fr.md'],
  ['docusaurus-redux', 'part-4-store.md'],
  ['footnotes-aosa-dagoba', 'dagoba.markdown'],
  ['images-go-survey', 'survey2024-h1-results.md'],
  ['rawhtml-zoxide', 'README.md'],
] as const;

const corpus = path.resolve('test/corpus');

/** See the file's comment: structure is kept exactly, paragraphs within 2 % (at least 2). */
const close: Tolerance = (category, reference, output) =>
  category === 'paragraphs' ? Math.abs(output - reference) <= Math.max(2, Math.round(reference * 0.02)) : output === reference;

/** How many missing words a failure lists. */
const shown = 30;

/** What the CLI said went wrong: its errors and summary, not its warnings (a README draws dozens, about links to other files). */
function errors(run: CliRun): string {
  const lines = run.stderr.split('\n');
  const warnings = lines.filter((line) => line.includes(': warning: ')).length;
  return [...lines.filter((line) => line.trim() !== '' && !line.includes(': warning: ')), `(and ${warnings} warnings)`].join('\n');
}

// Two cases at a time (`maxConcurrency` of the `corpus` project): each build runs one Chromium, and CI has 2 cores.
describe.concurrent('the corpus, built as written', () => {
  describe.each(cases)('%s', (folder, source) => {
    const name = path.basename(source).replace(/\.(?:md|markdown)$/i, '');
    let dir: string;
    let run: CliRun;
    let markdown: string;
    const output = (extension: string): string => path.join(dir, 'out', `${name}.${extension}`);
    const built = async (extension: string): Promise<string> => {
      const file = output(extension);
      if (await stat(file).catch(() => undefined)) return file;
      const made = await readdir(path.join(dir, 'out')).catch(() => []);
      throw new Error(`${folder}: no out/${name}.${extension} to check: the build exited ${run.code}, out/ holds ${made.join(', ') || 'nothing'}`);
    };

    beforeAll(async () => {
      dir = await tempFolder(`folio-corpus-${folder}-`);
      await cp(path.join(corpus, folder), dir, { recursive: true });
      markdown = await readFile(path.join(dir, source), 'utf8');
      run = await folio(['build', source, '--out', 'out'], dir);
    });

    it.sequential(`builds out/${name}.pdf, .epub and .html and exits 0`, async () => {
      expect(run.code, `${folder}: ${errors(run)}`).toBe(0);
      const missing = [];
      for (const extension of ['pdf', 'epub', 'html']) if (!(await stat(output(extension)).catch(() => undefined))) missing.push(`out/${name}.${extension}`);
      expect(missing, `outputs missing; stdout:\n${run.stdout}`).toEqual([]);
    });

    it.sequential('makes an EPUB that EPUBCheck passes with nothing reported', async () => {
      await expectEpubcheckPasses(await built('epub'));
    });

    it.sequential('makes an EPUB that DAISY Ace finds no accessibility violation in', async () => {
      await expectAcePasses(await built('epub'));
    });

    it.sequential('makes a PDF that claims PDF/UA-1 and that its machine checks find nothing in', async () => {
      const pdf = await readPdfUa(await built('pdf'));
      expect(pdf.problems.slice(0, shown), `${pdf.problems.length} problems (first ${shown})`).toEqual([]);
      expect(pdf.xmp?.properties['pdfuaid:part']).toBe('1');
    });

    it.sequential('embeds every font of the PDF as a subset, none of them Type 3 (which print shops refuse)', async () => {
      const fonts = await pdfFonts(await built('pdf'));
      expect(fonts.filter((font) => font.type === 'Type 3' || !font.embedded || !font.subset)).toEqual([]);
    });

    it.sequential("keeps, in the HTML and the EPUB, the structure of a browser's reading", async () => {
      const reference = referenceStructure(markdown);
      const html = withHeadline(htmlStructure(await readFile(await built('html'), 'utf8')), reference);
      const epub = withHeadline(epubStructure(await epubContentDocuments(await openEpub(await built('epub')))), reference);
      const { failures, table } = compareCounts(reference.counts, { html, epub }, close);
      expect(failures, `${folder}/${source}: counts, reference against outputs\n${table}\n`).toEqual([]);
    });

    it.sequential('prints every word of its text in the PDF', async () => {
      const pdf = await built('pdf');
      const words = referenceWords(markdown);
      // Missing from both of poppler's readings: the layout one (which breaks a line where inline
      // fractions stand) and the drawing order (which reads hyphenated breaks differently).
      const inRaw = new Set(missingWords(words, pdfWords(await pdfText(pdf, { raw: true }))));
      const missing = missingWords(words, pdfWords(await pdfText(pdf))).filter((word) => inRaw.has(word));
      const sample = missing.slice(0, shown).join(' ');
      expect(missing.length, `${missing.length} words fewer times in the PDF than in the text (first ${shown}): ${sample}`).toBe(0);
    });
  });
});
