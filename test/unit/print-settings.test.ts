import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { handoutSheet, parsePaper, resolvePrintSettings } from '../../src/config/print-settings.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { ContentError } from '../../src/errors.js';
import { parse } from '../../src/pipeline/parse.js';

function matterOf(frontMatter: string) {
  const file = new VFile({ path: 'content/doc.md', value: `---\ntitle: Title\n${frontMatter}\n---\n\nText.\n` });
  try {
    parse(file);
    return { matter: file.data.matter, errors: [] };
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return { matter: undefined, errors: file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`) };
  }
}

describe('print settings', () => {
  it('read named papers and custom sizes with units, in millimetres', () => {
    expect(parsePaper('A4')).toEqual({ name: 'A4', width: 210, height: 297 });
    expect(parsePaper('letter')).toMatchObject({ width: 215.9, height: 279.4 });
    expect(parsePaper('170mm x 240mm')).toMatchObject({ width: 170, height: 240 });
    expect(parsePaper('6in x 9in')).toMatchObject({ width: 152.4, height: 228.6 });
    expect(parsePaper('21cm × 29.7cm')).toMatchObject({ width: 210, height: 297 });
  });

  it('refuse sizes that are not a paper: no unit, too small, too large, CSS injected', () => {
    for (const bad of ['210 x 297', '10mm x 10mm', '5000mm x 200mm', 'a4; } body { color: red', '170mm x 240mm x 3mm', '']) {
      expect(parsePaper(bad), bad).toBeUndefined();
    }
  });

  it('take defaults, then config, then front matter, then command-line flags', () => {
    const matter = { title: 'A long title', paper: parsePaper('a5'), toc: true } as const;
    expect(resolvePrintSettings({ title: 'T' })).toEqual({
      paper: parsePaper('a4'),
      layout: 'none',
      sheet: parsePaper('a4'),
      toc: 'auto',
      runningTitle: 'T',
    });
    expect(resolvePrintSettings({ title: 'T' }, { paper: parsePaper('letter'), layout: '2up' })).toMatchObject({
      paper: { name: 'Letter' },
      layout: '2up',
    });
    expect(resolvePrintSettings(matter, { paper: parsePaper('letter'), toc: false })).toMatchObject({ paper: { name: 'A5' }, toc: true });
    expect(resolvePrintSettings(matter, {}, { paper: parsePaper('letter'), layout: 'booklet' })).toMatchObject({
      paper: { name: 'Letter' },
      layout: 'booklet',
    });
    expect(resolvePrintSettings({ title: 'A long title', shortTitle: 'Short' }).runningTitle).toBe('Short');
    expect(resolvePrintSettings({ ...matter, sheet: parsePaper('a3') }, {}, { sheet: parsePaper('letter') }).sheet.name).toBe('Letter');
  });

  it('put a handout on the office paper that holds two pages at full size, else on the paper itself', () => {
    const sheetFor = (paper: string): string | undefined => handoutSheet(parsePaper(paper)!).name;
    expect(sheetFor('a5')).toBe('A4');
    expect(sheetFor('5.5in x 8.5in')).toBe('Letter');
    expect(sheetFor('105mm x 148mm')).toBe('A4');
    // Too large for two on A4 or letter: the paper itself, each page shrunk to half of it.
    expect(sheetFor('a4')).toBe('A4');
    expect(sheetFor('letter')).toBe('Letter');
    expect(sheetFor('170mm x 240mm')).toBe('170mm x 240mm');
    expect(resolvePrintSettings({ title: 'T', paper: parsePaper('a5') }).sheet.name).toBe('A4');
  });

  it('come from front matter, validated with file, line and column', () => {
    expect(matterOf('paper: letter\nlayout: booklet\ntoc: auto\nshortTitle: Short').matter).toMatchObject({
      paper: { name: 'Letter' },
      layout: 'booklet',
      toc: 'auto',
      shortTitle: 'Short',
    });
    const { errors } = matterOf('paper: huge\nhandout: 3up');
    expect(errors[0]).toMatch(/^3:8: front matter `paper` must be `a4`, `a5`, `letter`/);
    expect(errors[1]).toMatch(/^4:10: front matter `handout` must be `none`, `2up` or `booklet`/);
  });

  it('come from build options, where a wrong paper is a configuration error', () => {
    const config = resolveConfig({ print: { paper: 'a5' }, printOverrides: { layout: '2up' } }, {});
    expect(config.print.paper).toMatchObject({ name: 'A5' });
    expect(config.printOverrides).toEqual({ layout: '2up' });
    expect(() => resolveConfig({ print: { paper: 'a4;}' } }, {})).toThrow(/`print.paper` must be/);
  });
});
