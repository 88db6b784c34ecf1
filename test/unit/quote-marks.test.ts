import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { quoteMarksFor } from '../../src/locale/quote-marks.js';
import { smartypantsOptions } from '../../src/plugins/locale-quotes.js';
import { prepare } from '../helpers/pipeline.js';

const run = promisify(execFile);

describe('quotation marks', () => {
  it('are the ones CLDR gives the tag, its language and script, or its language', () => {
    const marks = (lang: string): string => Object.values(quoteMarksFor(lang)).join('');
    expect(marks('en')).toBe('“”‘’');
    expect(marks('ar')).toBe('”“’‘');
    expect(marks('he')).toBe('””’’');
    expect(marks('fa')).toBe('«»‹›');
    expect(marks('ja')).toBe('「」『』');
    expect(marks('zh')).toBe('“”‘’');
    expect(marks('zh-TW')).toBe('「」『』');
    expect(marks('de-CH')).toBe('„“‚‘');
    expect(marks('fr-CH')).toBe('«»‹›');
    expect(marks('pt-PT')).toBe('«»“”');
    expect(marks('not a tag')).toBe('“”‘’');
  });

  it('come from an up-to-date table of CLDR (rebuild: node scripts/cldr-quotes.js)', async () => {
    await expect(run('node', ['scripts/cldr-quotes.js', '--check'])).resolves.toBeDefined();
  });

  it("turn straight quotes into the language's, keeping the apostrophe", async () => {
    const text = async (lang: string, source: string): Promise<string> =>
      toString((await prepare(`---\ntitle: T\nlang: ${lang}\n---\n\n${source}\n`)).chapters[0]!.hast);
    expect(await text('ar', 'قال "مرحبا" لهم.')).toContain('قال ”مرحبا“ لهم.');
    expect(await text('ja', '彼は、"こんにちは"と言った。')).toContain('彼は、「こんにちは」と言った。');
    expect(await text('de', 'Er sagte: "Das geht\'s nicht"')).toContain('Er sagte: „Das geht’s nicht“');
    expect(await text('sv', 'Hon sa "det är \'bra\'"')).toContain('Hon sa ”det är ’bra’”');
    expect(smartypantsOptions('ja').closingQuotes).toEqual({ double: '」', single: '’' });
  });
});
