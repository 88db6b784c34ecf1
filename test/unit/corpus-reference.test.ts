import { describe, expect, it } from 'vitest';
import { compareCounts } from '../helpers/compare-counts.js';
import { missingWords, pdfWords } from '../helpers/pdf-words.js';
import { referenceWords } from '../helpers/reference-text.js';
import { referenceStructure } from '../helpers/reference.js';
import { epubStructure, htmlStructure, noCounts, withHeadline, type Counts } from '../helpers/structure.js';
import { words } from '../helpers/words.js';

/** Counts from a few categories, the rest zero. */
const counts = (some: Partial<Counts>): Counts => ({ ...noCounts(), ...some });

const markdown = `---
title: Front matter is skipped
---

# Title

<span id="x">

## Inside a span left open

- one
- two

> A quotation.

> [!NOTE]
>
> A callout.

\`\`\`js
code();
\`\`\`

| a | b |
| - | - |
| 1 | 2 |

![alone](a.png)

Text with ![inline](b.png) and a note.[^1]

$$
x^2
$$

<details><summary>More</summary>

Hidden text.

</details>

<style>p { color: red }</style>

[^1]: The note.
`;

describe('the reference structure (a browser reading GFM)', () => {
  it('counts the blocks of a small document, a heading inside an unclosed span too', () => {
    expect(referenceStructure(markdown)).toEqual({
      counts: counts({ h1: 1, h2: 1, paragraphs: 5, code: 1, tables: 1, images: 2, listItems: 2, blockquotes: 2, footnotes: 1 }),
      firstH1: 'Title',
    });
  });

  it('leaves out paragraphs Folio turns into something else by design, and only those', () => {
    // Lone image (a figure), `$$` formula, lone alert marker: none counts. What a `$$` that never closes swallows still does.
    const { counts: found } = referenceStructure('![a](a.png)\n\n$$\nx\n$$\n\n> [!TIP]\n>\n> Tip.\n\n$$x = 1\n\n# After\n\nText.\n');
    expect(found).toEqual(counts({ h1: 1, paragraphs: 3, images: 1, blockquotes: 1 }));
  });
});

describe("counting Folio's outputs", () => {
  const html = `<!doctype html><html><body><article class="folio">
<header class="title-block"><h1 class="headline">Title</h1><p class="byline">Someone</p></header>
<nav class="toc"><p class="toc-title">Contents</p><ol><li><a href="#a">A</a></li></ol></nav>
<div class="body"><h2 id="a">A</h2><p>Text.<sup><a href="#fn-1" data-footnote-ref>1</a></sup></p>
<aside class="callout callout-note"><p class="callout-title">Note</p><p>Body.</p></aside>
<figure><img src="data:," alt="x"></figure><span class="image-placeholder"><img src="data:," alt="remote"></span>
<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol><li id="fn-1"><p>Note. <a href="#r">↩</a></p></li></ol></section>
<section class="link-notes"><p class="link-notes-title">Links</p><ol><li>https://example.com</li></ol></section></div>
</article></body></html>`;

  it('counts the body of the HTML only: no title block, contents, link notes, callout titles or notes heading', () => {
    const structure = htmlStructure(html);
    expect(structure.counts).toEqual(counts({ h2: 1, paragraphs: 3, images: 2, blockquotes: 1, footnotes: 1 }));
    expect(structure.headline).toBe('Title');
  });

  it("counts the EPUB's pop-up notes as footnotes across its files", () => {
    const chapter = (body: string): string => `<html><body><section class="folio"><div class="body">${body}</div></section></body></html>`;
    const structure = epubStructure([
      chapter('<h2>One</h2><p>Text<a epub:type="noteref" href="#n">1</a></p>'),
      chapter(
        '<h2>Two</h2><section class="footnotes" epub:type="footnotes"><aside id="n" epub:type="footnote"><p>Note.</p></aside></section>',
      ),
    ]);
    expect(structure.counts).toEqual(counts({ h2: 2, paragraphs: 2, footnotes: 1 }));
  });

  it('counts the headline as the first h1 only when that heading moved from the body into it', () => {
    const reference = { counts: counts({ h1: 1 }), firstH1: 'Rust by Example' };
    expect(withHeadline({ counts: counts({}), headline: 'Rust By Example' }, reference).h1).toBe(1);
    expect(withHeadline({ counts: counts({ h1: 1 }), headline: 'Rust by Example', firstH1: 'Rust by Example' }, reference).h1).toBe(1);
    expect(withHeadline({ counts: counts({}), headline: 'Another title' }, reference).h1).toBe(0);
  });

  it('tabulates the counts and names each cell out of tolerance', () => {
    const { failures, table } = compareCounts(
      counts({ h2: 3 }),
      { html: counts({ h2: 3 }), epub: counts({ h2: 2 }) },
      (_, a, b) => a === b,
    );
    expect(failures).toEqual(['epub h2: 2, reference 3']);
    expect(table).toMatch(/^h2 +3 +3 +2 ✗$/m);
  });
});

describe('words', () => {
  it('folds case, compatibility forms, soft hyphens, joiners and bidi controls, and splits CJK by character', () => {
    expect(words('Ｆｕｌｌ ﬁne Para\u00ADgraph زبان\u200Cهای Git\u202Cرا 日本語のテキスト')).toEqual([
      'full',
      'fine',
      'paragraph',
      'زبانهای',
      'git',
      'را',
      '日',
      '本',
      '語',
      'の',
      'テ',
      'キ',
      'ス',
      'ト',
    ]);
  });

  it('takes the visible text, maths and markers of other tools aside, details opened', () => {
    const found = referenceWords(
      '# Heading {#id}\n\n> [!NOTE]\n> Mind $x^2$ the `Box`ing.\n\n:::tip Title\n\n<style>p{}</style><details><summary>Sum</summary>\n\nInside.\n\n</details>\n\n\\newpage\n\nNot \\pagebreak here.\n',
    );
    expect(found).toEqual(['heading', 'mind', 'the', 'box|ing', 'title', 'sum', 'inside', 'not', 'pagebreak', 'here']);
  });

  it("finds words that a PDF's line and page breaks cut, and reports the words it lacks", () => {
    const pdf = pdfWords(
      'A para-\ngraph and im\u00ADple\u00ADmen\u00AD12 of 40\n\fRunning head\nta\u00ADtions, the Option s and ownership-andlifetimes.',
    );
    const reference = ['a', 'paragraph', 'and', 'implementations', 'the', 'option|s', 'ownership', 'and', 'lifetimes', 'absent'];
    expect(missingWords(reference, pdf)).toEqual(['absent']);
  });

  it("finds a word broken in a table cell whose piece the extraction ran into the next cell's word, and no more", () => {
    const reference = ['claudio', 'sparpaglione', 'partiellement', 'complète', 'absent'];
    expect(missingWords(reference, pdfWords('Claudio SparpaPartiellement com\nglione plète'))).toEqual(['absent']);
    expect(missingWords(reference, pdfWords('Claudio SparpaPartiellement complète'))).toEqual(['sparpaglione', 'absent']);
  });
});
