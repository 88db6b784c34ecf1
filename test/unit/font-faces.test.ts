import { describe, expect, it } from 'vitest';
import { fontFaceRules } from '../../src/theme/font-faces.js';
import { loadTheme } from '../../src/theme/load-theme.js';

describe("the theme's @font-face rules", () => {
  it('are read once per theme, each with its family and unicode-range', async () => {
    const theme = await loadTheme('default');
    const rules = fontFaceRules(theme);
    // Every rule of the stylesheet, the CJK slices of theme.json variableFonts included.
    expect(rules.length).toBe(theme.print.css.match(/@font-face/g)?.length);
    expect(fontFaceRules(theme)).toBe(rules);
    const slice = rules.find((rule) => rule.text.includes('noto-serif-jp-0-wght-normal.woff2?wght=700'));
    expect(slice?.family).toBe('Noto Serif JP');
    expect(slice?.range?.length).toBeGreaterThan(10);
    const latin = rules.find((rule) => rule.text.includes('source-serif-4-latin-400-normal.woff2'));
    expect(latin?.family).toBe('Source Serif 4');
    expect(latin?.range?.[0]).toEqual([0, 0xff]);
    expect(rules.find((rule) => rule.family === 'STIX Two Math')?.range).toBeUndefined();
  });
});
