import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildHyb } from '../../scripts/hyphenation/hyb-writer.js';
import { fromHyphenData, loadHyphenPatterns } from '../../scripts/hyphenation/hyphen-patterns.js';
import { hyphenateLimitChars, hyphenMinimums, texMinimums } from '../../src/locale/hyphenation-minimums.js';
import { readHyb } from '../helpers/hyb-reader.js';

const require = createRequire(import.meta.url);
const patternsOf = (code: string) => loadHyphenPatterns(require.resolve(`hyphen/patterns/${code}.js`));

/** Liang's algorithm as TeX runs it: every matching pattern's values, the highest wins, odd breaks. */
function liang(patterns: readonly string[], word: string, left: number, right: number): string {
  const table = new Map<string, number[]>();
  for (const pattern of patterns) {
    const values: number[] = [];
    let pending = 0;
    for (const char of pattern) {
      if (/\d/.test(char)) pending = Number(char);
      else {
        values.push(pending);
        pending = 0;
      }
    }
    values.push(pending);
    table.set(pattern.replace(/\d/g, ''), values);
  }
  const padded = `.${word.toLowerCase()}.`;
  const gaps = new Array<number>(padded.length + 1).fill(0);
  for (let start = 0; start < padded.length; start++) {
    for (let end = start + 1; end <= padded.length; end++) {
      table.get(padded.slice(start, end))?.forEach((value, k) => (gaps[start + k] = Math.max(gaps[start + k] ?? 0, value)));
    }
  }
  return Array.from(word)
    .map((char, index) => ((gaps[index + 1] ?? 0) % 2 === 1 && index >= left && word.length - index >= right ? '-' : '') + char)
    .join('');
}

describe('the .hyb writer', () => {
  it('writes a small pattern set that hyphenates as Liang’s algorithm says, with Chromium’s minimums', () => {
    const patterns = ['a1b', '2bb', 'c3d', '.ab4', 'e5f.'];
    const hyb = readHyb(buildHyb({ patterns }).bytes);
    for (const word of ['aabbaab', 'abcdabcd', 'ababab', 'cdcdcdef', 'aaaaaa', 'ccddeeff']) {
      expect(hyb.show(word), word).toBe(liang(patterns, word, 2, 3));
    }
    expect(hyb.show('aaabaab')).toBe('aaa-baab');
  });

  it('lets an exception win over every pattern for its word, and breaks it nowhere else', () => {
    const hyb = readHyb(buildHyb({ patterns: ['a1b', 'b1a'], exceptions: ['abab-abab', 'babababa'] }).bytes);
    expect(hyb.show('abababab')).toBe('abab-abab');
    expect(hyb.show('babababa')).toBe('babababa');
    expect(hyb.show('aababab')).toBe('aa-b-a-bab');
  });

  it('hyphenates upper case as lower case, and keeps minimums above Chromium’s', () => {
    const patterns = ['a1b', 'b1a'];
    expect(readHyb(buildHyb({ patterns }).bytes).show('ABABABAB')).toBe('AB-A-B-A-BAB');
    expect(readHyb(buildHyb({ patterns, left: 3, right: 4 }).bytes).show('abababab')).toBe('aba-b-abab');
  });

  it('leaves a word with a character of another script whole', () => {
    const hyb = readHyb(buildHyb({ patterns: ['a1b'] }).bytes);
    expect(hyb.show('ababяabab')).toBe('ababяabab');
    expect(hyb.show('ababéabab')).toBe('aba-béa-bab');
  });
});

describe('the dictionaries made from the hyphen package', () => {
  it('hyphenate English as the corrected en-us patterns say, exceptions included', async () => {
    const hyb = readHyb(buildHyb({ ...(await patternsOf('en-us')), ...texMinimums('en'), locale: 'en' }).bytes);
    expect(['hyphenation', 'declination', 'associate', 'project', 'table', 'typesetting'].map((word) => hyb.show(word))).toEqual([
      'hy-phen-ation',
      'dec-li-na-tion',
      'as-so-ciate',
      'project',
      'ta-ble',
      'type-set-ting',
    ]);
  });

  it('match Liang’s algorithm over the same patterns, word for word, in English, German and French', async () => {
    const text = await readFile(new URL('../../content/article.md', import.meta.url), 'utf8');
    const samples: Record<string, string[]> = {
      'en-us': [...new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])],
      'de-1996': ['silbentrennung', 'donaudampfschifffahrt', 'geschwindigkeitsbegrenzung', 'rechtsschutzversicherung', 'außerordentlich'],
      fr: ['anticonstitutionnellement', 'développement', 'particulièrement', 'typographie', 'extraordinairement'],
    };
    for (const [code, words] of Object.entries(samples)) {
      const { patterns, exceptions } = await patternsOf(code);
      const plain = new Set(exceptions.map((word) => word.replace(/-/g, '')));
      const hyb = readHyb(buildHyb({ patterns, exceptions, locale: code.slice(0, 2) }).bytes);
      for (const word of words.filter((found) => !plain.has(found)))
        expect(hyb.show(word), `${code} ${word}`).toBe(liang(patterns, word, 2, 3));
    }
    expect(readHyb(buildHyb({ ...(await patternsOf('de-1996')), locale: 'de' }).bytes).show('Silbentrennung')).toBe('Sil-ben-tren-nung');
  });

  it('reads hyphen’s exceptions at the offsets of the plain word (hyphen 1.14.1 misplaces them)', () => {
    const data = [[[0, 1]], { a: { b: 0 } }, { declination: [3, 6, 9], project: [] }];
    expect(fromHyphenData(data)).toEqual({ patterns: ['a1b'], exceptions: ['dec-li-na-tion', 'project'] });
  });
});

describe('hyphenation minimums', () => {
  it('keep TeX’s minimums by language, never below the 2 and 3 letters Chromium keeps', () => {
    expect(texMinimums('de-CH')).toEqual({ left: 2, right: 2 });
    expect(texMinimums('sa')).toEqual({ left: 1, right: 3 });
    expect(hyphenMinimums('de-CH')).toEqual({ left: 2, right: 3 });
    expect(hyphenMinimums('cs')).toEqual({ left: 2, right: 3 });
    expect(hyphenateLimitChars('en-GB')).toBe('auto 2 3');
    expect(hyphenateLimitChars('ja')).toBe('auto 2 3');
  });
});
