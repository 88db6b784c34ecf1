import { describe, expect, it } from 'vitest';
import { fontStacks } from '../../src/theme/font-stacks.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import type { Theme } from '../../src/theme/theme.js';
import { servedCodePoints } from '../../src/theme/served-code-points.js';
import { codePointsOf, sortedCodePoints } from '../../src/theme/unicode-range.js';

describe('font stacks', () => {
  it('unfold every value a variable takes anywhere in the stylesheet, and leave @font-face rules out', () => {
    const css = `
      @font-face { font-family: "Ignored"; src: url(x.woff2); }
      :root { --emoji: "Color Emoji"; --text: "Serif A", var(--emoji), serif; }
      @media print { :root { --emoji: 'Mono Emoji'; } }
      body { font-family: var(--text); }
      code { font-family: var(--mono, "Mono A"), monospace !important; }`;
    expect(fontStacks(css)).toEqual([
      ['Serif A', 'Color Emoji', 'serif'],
      ['Serif A', 'Mono Emoji', 'serif'],
      ['Mono A', 'monospace'],
    ]);
  });

  it('read the family list at the end of a font shorthand, and none from a system font keyword', () => {
    const css = `
      :root { --text: "Serif A", serif; }
      p { font: italic 700 12pt/1.4 var(--text); }
      h1 { font: 2em 'Sans B', sans-serif; }
      caption { font: caption; }`;
    expect(fontStacks(css)).toEqual([
      ['Serif A', 'serif'],
      ['Sans B', 'sans-serif'],
    ]);
  });

  it('give up on a variable that names itself, rather than loop', () => {
    expect(fontStacks(':root { --a: "A", var(--a); } p { font-family: var(--a); }')).toBeUndefined();
  });

  it('read the default theme: the text face first, then the emoji and the other scripts', async () => {
    const { print } = await loadTheme('default');
    const stacks = fontStacks(print.css) ?? [];
    expect(stacks).toContainEqual(expect.arrayContaining(['Source Serif 4', 'Noto Emoji', 'Vazirmatn', 'Noto Serif JP']));
    expect(stacks.every((stack) => !stack.includes('Noto Serif SC') || stack.indexOf('Noto Serif SC') > 0)).toBe(true);
  });
});

describe('the characters each family draws', async () => {
  const theme = await loadTheme('default');
  const served = (text: string, unavailable: string[] = []) =>
    servedCodePoints(theme, sortedCodePoints(codePointsOf(text)), new Set(unavailable));
  const asText = (points: readonly number[]) => String.fromCodePoint(...points);

  it('leave the digits and letters of English to the text face, though CJK and emoji faces claim them', () => {
    const family = served('Chapter 12: “Quotes” & #hash — 3 * 4');
    expect(asText(family('Source Serif 4'))).toContain('C');
    expect(family('Noto Serif SC')).toEqual([]);
    expect(family('Noto Emoji')).toEqual([]);
  });

  it('give a CJK face its ideographs but not the Latin text around them', () => {
    const family = served('Tokyo 東京 2024');
    expect(asText(family('Noto Serif SC'))).toBe('京東');
    expect(asText(family('Noto Serif JP'))).toBe('京東');
  });

  it('give the emoji face the emoji, and all of its characters when there is an emoji sequence', () => {
    expect(asText(served('Hi 😀 1')('Noto Emoji'))).toBe('😀');
    expect(asText(served('Hi 1️⃣ ❤️')('Noto Emoji'))).toContain('1');
  });

  it('let a family the document cannot use cover nothing', () => {
    const css = `
      @font-face { font-family: "Text"; src: url(a.woff2); unicode-range: U+0-FF; }
      @font-face { font-family: "Greek"; src: url(b.woff2); unicode-range: U+370-3FF; }
      @font-face { font-family: "Wide"; src: url(c.woff2); unicode-range: U+0-FFFF; }
      body { font-family: "Text", "Greek", "Wide"; }`;
    const small = { print: { css }, fontInstances: new Map() } as unknown as Theme;
    const served = (unavailable: string[]) => servedCodePoints(small, sortedCodePoints(codePointsOf('aλ')), new Set(unavailable));
    expect(served([])('Wide')).toEqual([]);
    expect(asText(served(['Greek'])('Wide'))).toBe('λ');
  });

  it('leave out the stacks of elements the document does not have', () => {
    // No code: the code stack, whose own face would have drawn the Latin letters, is no element's.
    const family = served('Plain text 12', ['Source Code Pro', 'STIX Two Math']);
    expect(family('Noto Serif SC')).toEqual([]);
    expect(family('Noto Emoji')).toEqual([]);
  });

  it('give every character to a family no stack names', () => {
    expect(asText(served('ab')('Some User Face'))).toBe('ab');
  });
});
