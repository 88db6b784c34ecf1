import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';
import { build, type BuildResult } from '../../src/index.js';
import { hyphenatedLineEnds, mupdfText, pdfjsText, type LineBreak } from '../helpers/pdf-readers.js';
import { project } from '../helpers/project.js';
import { seedParagraphs } from '../helpers/seed.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { pdfText } from '../helpers/tools.js';

const softHyphen = '\u00AD';
/** Runs of letters; the font's apostrophe reads as U+02BC, a letter, in MuPDF and pdf.js (`Kingdomʼs`). */
const wordsOf = (text: string): string[] => text.replace(/\u02BC/g, '\u2019').match(/\p{L}+/gu) ?? [];
const noHyphenation = (result: BuildResult) => result.messages.filter((message) => message.ruleId === 'no-hyphenation');

/** `pdftotext -layout`: the lines as printed, each hyphen at its line's end. */
const layoutText = async (file: string): Promise<string> =>
  (await import('node:child_process')).execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).toString('utf8');

/** Each hyphenated line end must be a word of the source broken in two, `minimums` letters at least on each side. */
function expectWordsBroken(breaks: readonly LineBreak[], source: string, left = 2, right = 3): void {
  const words = new Set(wordsOf(source));
  for (const { head, tail } of breaks) {
    expect(words, `${head}- ${tail}`).toContain(head + tail);
    expect(head.length, `${head}- ${tail}`).toBeGreaterThanOrEqual(left);
    expect(tail.length, `${head}- ${tail}`).toBeGreaterThanOrEqual(right);
  }
}

describe('the article, hyphenated by Chromium as it prints', () => {
  let out: string;
  let result: BuildResult;
  let pdf: string;
  let breaks: LineBreak[];
  const source = seedParagraphs.join('\n\n');

  beforeAll(async () => {
    out = await tempFolder('folio-hyphenation-');
    result = await build({ inputs: ['content/article.md'], outDir: out, formats: ['pdf', 'html'] });
    pdf = path.join(out, 'article.pdf');
    breaks = hyphenatedLineEnds(await layoutText(pdf));
  });

  it('prints justified lines that end in hyphenated words, each a word of the text broken between its syllables', () => {
    expect(result.ok).toBe(true);
    expect(noHyphenation(result)).toEqual([]);
    expect(breaks.length).toBeGreaterThanOrEqual(3);
    expectWordsBroken(breaks, source);
  });

  it('has no soft hyphen in the PDF’s text, as poppler, MuPDF and pdf.js read it, nor in the HTML', async () => {
    const readings = await Promise.all([pdfText(pdf), pdfText(pdf, { raw: true }), mupdfText(pdf), pdfjsText(pdf)]);
    for (const text of readings) expect(text).not.toContain(softHyphen);
    expect(await readFile(path.join(out, 'article.html'), 'utf8')).not.toContain(softHyphen);
  });

  it('gives a word broken across lines back whole in poppler’s reading, as search and copy see it', async () => {
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    for (const { head, tail } of breaks) expect(text).toContain(head + tail);
  });

  it('has every word of the text that is not broken in MuPDF’s and pdf.js’s readings', async () => {
    const broken = new Set(breaks.flatMap(({ head, tail }) => [head + tail]));
    const whole = [...new Set(wordsOf(source))].filter((word) => !broken.has(word));
    for (const text of [await mupdfText(pdf), await pdfjsText(pdf)]) {
      const found = new Set(wordsOf(text));
      expect(whole.filter((word) => !found.has(word))).toEqual([]);
    }
  });

  it('lets the reader’s browser hyphenate the standalone HTML, with the language’s minimums', async () => {
    const html = await readFile(path.join(out, 'article.html'), 'utf8');
    expect(html).toMatch(/\.body \{[^}]*hyphens: auto;[^}]*hyphenate-character: "-";/);
    expect(html).toContain('--folio-hyphenate-limit-chars: auto 2 3;');
  });
});

/** Paragraphs of long words, printed on small paper so that many lines end inside one. */
const texts = {
  de:
    'Die Silbentrennung verbessert das Schriftbild insbesondere bei schmalen Spalten und Blocksatz. ' +
    'Donaudampfschifffahrtsgesellschaften, Rechtsschutzversicherungsgesellschaften und Geschwindigkeitsbegrenzungen ' +
    'sind typische Beispiele für außerordentlich lange Zusammensetzungen, die Leserinnen und Leser täglich sehen. ' +
    'Arbeitsunfähigkeitsbescheinigungen, Haftpflichtversicherungen und Unternehmenssteuerreformen verlangen ' +
    'nach sorgfältiger Trennung, damit die Wortabstände gleichmäßig bleiben und die Lesbarkeit erhalten bleibt.',
  fr:
    'La césure automatique améliore considérablement la typographie des colonnes étroites et justifiées. ' +
    'Anticonstitutionnellement, développement, particulièrement et internationalisation sont des exemples ' +
    'de mots extraordinairement longs que les typographes professionnels coupent soigneusement. ' +
    'Les administrations départementales, les établissements pharmaceutiques et les communications ' +
    'intercontinentales emploient quotidiennement un vocabulaire interminable.',
};

describe.each(Object.entries(texts))('a document in %s', (lang, text) => {
  it('is hyphenated by the language’s patterns, never closer than 2 letters to its start and 3 to its end', async () => {
    const dir = await project({ 'content/doc.md': `---\ntitle: Doc\nlang: ${lang}\npaper: 105mm x 148mm\n---\n\n${text}\n\n${text}\n` });
    const result = await build({ cwd: dir, formats: ['pdf'] });
    expect(result.ok).toBe(true);
    expect(noHyphenation(result)).toEqual([]);
    const file = path.join(dir, 'out/doc.pdf');
    const breaks = hyphenatedLineEnds(await layoutText(file));
    expect(breaks.length).toBeGreaterThanOrEqual(4);
    expectWordsBroken(breaks, text);
    expect(await pdfText(file)).not.toContain(softHyphen);
  });
});

describe('a browser that cannot hyphenate', () => {
  it('still prints every document, unhyphenated, and the build warns once', async () => {
    // A Chromium started with --disable-component-update never reads the dictionaries Folio installs.
    const bin = await tempFolder('folio-no-hyphenation-');
    const wrapper = path.join(bin, 'chromium-without-components');
    await writeFile(wrapper, `#!/bin/sh\nexec "${await findBrowser()}" "$@" --disable-component-update\n`);
    await chmod(wrapper, 0o755);
    const dir = await project({
      'content/one.md': `---\ntitle: One\nlang: de\npaper: 105mm x 148mm\n---\n\n${texts.de}\n`,
      'content/two.md': `---\ntitle: Two\nlang: fr\npaper: 105mm x 148mm\n---\n\n${texts.fr}\n`,
    });
    const result = await build({ cwd: dir, formats: ['pdf'], executablePath: wrapper });
    expect(result.ok).toBe(true);
    const warnings = noHyphenation(result);
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]?.file)).toBe(wrapper);
    expect(warnings[0]?.reason).toMatch(/printed without hyphenation .*did not hyphenate within 5 seconds/);
    for (const name of ['one', 'two']) {
      const file = path.join(dir, `out/${name}.pdf`);
      expect(hyphenatedLineEnds(await layoutText(file))).toEqual([]);
      expect(wordsOf(await pdfText(file))).toContain(name === 'one' ? 'Silbentrennung' : 'Anticonstitutionnellement');
    }
  });
});
