import { describe, expect, it } from 'vitest';
import { directionOf } from '../../src/locale/direction.js';
import { labelsFor, pageLabel } from '../../src/locale/labels.js';
import { counterStyleOf, formatPageNumber } from '../../src/locale/numbering.js';
import { prepare } from '../helpers/pipeline.js';

describe('the direction of a language', () => {
  it('is right to left for languages written in Arabic or Hebrew script, by default or as the tag says', () => {
    for (const lang of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'yi', 'ps', 'ckb', 'dv', 'az-Arab', 'pa-Arab'])
      expect(directionOf(lang), lang).toBe('rtl');
    for (const lang of ['en', 'fr', 'ja', 'zh-Hant', 'ko', 'ru', 'hi', 'ku', 'az', 'tr', 'not a tag'])
      expect(directionOf(lang), lang).toBe('ltr');
  });

  it('comes from the front matter `dir` when it gives one, else from `lang`', async () => {
    expect((await prepare('---\ntitle: T\nlang: ar\n---\n\nText.')).meta.dir).toBe('rtl');
    expect((await prepare('---\ntitle: T\nlang: ar\ndir: ltr\n---\n\nText.')).meta.dir).toBe('ltr');
    expect((await prepare('---\ntitle: T\nlang: en\ndir: rtl\n---\n\nText.')).meta.dir).toBe('rtl');
    expect((await prepare('---\ntitle: T\n---\n\nText.')).meta.dir).toBe('ltr');
  });
});

describe("Folio's words", () => {
  it('are those of the language, by its script where the script changes them, else English', () => {
    expect(labelsFor('ar').contents).toBe('المحتويات');
    expect(labelsFor('ar-EG').contents).toBe('المحتويات');
    expect(labelsFor('ja').callouts.WARNING).toBe('警告');
    expect(labelsFor('zh').contents).toBe('目录');
    expect(labelsFor('zh-CN').contents).toBe('目录');
    expect(labelsFor('zh-TW').contents).toBe('目錄');
    expect(labelsFor('zh-Hant-HK').contents).toBe('目錄');
    expect(labelsFor('de-CH').contents).toBe('Inhalt');
    expect(labelsFor('el').contents).toBe('Περιεχόμενα');
    expect(labelsFor('sw').contents).toBe('Contents');
    expect(labelsFor('not a tag').contents).toBe('Contents');
  });

  it('number the pages with figures and a slash in a language Folio has no words for, not in English', () => {
    expect(pageLabel(labelsFor('th'), '3', '8')).toBe('3 / 8');
    expect(pageLabel(labelsFor('sw'), '3', '8')).toBe('3 / 8');
    expect(pageLabel(labelsFor('en-GB'), '3', '8')).toBe('3 of 8');
  });

  it('exist for every language the issue names, each with every label', () => {
    const english = labelsFor('en');
    for (const lang of [
      'ar',
      'he',
      'fa',
      'ur',
      'ja',
      'zh',
      'zh-Hant',
      'ko',
      'ru',
      'pl',
      'tr',
      'sv',
      'uk',
      'hi',
      'fr',
      'de',
      'es',
      'it',
      'nl',
      'pt',
      // Beyond the list: the Greek, Latin Extended and Vietnamese the theme's faces set, and more European and Asian languages.
      'el',
      'cs',
      'vi',
      'da',
      'nb',
      'fi',
      'hu',
      'ro',
      'id',
    ]) {
      const labels = labelsFor(lang);
      expect(labels, lang).not.toBe(english);
      expect(labels.page, lang).toMatch(/\{page\}.*\{pages\}|\{pages\}.*\{page\}/);
      expect(labels.backToText, lang).toContain('{n}');
      expect(Object.keys(labels.callouts).sort(), lang).toEqual(Object.keys(english.callouts).sort());
    }
  });

  it('put page number and page count where the language says them', () => {
    expect(pageLabel(labelsFor('en'), '3', '8')).toBe('3 of 8');
    expect(pageLabel(labelsFor('ja'), '3', '8')).toBe('3 / 8');
    expect(pageLabel(labelsFor('zh'), '3', '8')).toBe('第 3 页，共 8 页');
    expect(pageLabel(labelsFor('ur'), '3', '8')).toBe('8 میں سے 3');
  });
});

describe('page numbers', () => {
  it('are in the digits CLDR gives the language', () => {
    expect(counterStyleOf('en')).toBe('decimal');
    expect(counterStyleOf('ar')).toBe('decimal');
    expect(counterStyleOf('ar-EG')).toBe('arabic-indic');
    expect(counterStyleOf('fa')).toBe('persian');
    expect(counterStyleOf('ur')).toBe('decimal');
    expect(formatPageNumber(1024, 'fa')).toBe('۱۰۲۴');
    expect(formatPageNumber(1024, 'ar-EG')).toBe('١٠٢٤');
    expect(formatPageNumber(1024, 'ja')).toBe('1024');
  });
});
