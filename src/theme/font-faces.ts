import type { Theme } from './theme.js';
import { parseUnicodeRange, type UnicodeRange } from './unicode-range.js';

/** One `@font-face` rule of the theme's print stylesheet, read once. */
export interface FontFaceRule {
  /** The rule as written. */
  readonly text: string;
  readonly family: string | undefined;
  /** Its `unicode-range`, when it has one. */
  readonly range: UnicodeRange | undefined;
}

const read = new WeakMap<Theme, readonly FontFaceRule[]>();

/**
 * The `@font-face` rules of the theme's print stylesheet, read once per
 * theme: a batch's standalone HTML files each pick theirs from some
 * hundreds (one per CJK slice and weight), and reading them again for each
 * document was a tenth of the batch's work in Node (issue 13).
 */
export function fontFaceRules(theme: Theme): readonly FontFaceRule[] {
  let rules = read.get(theme);
  if (rules === undefined) {
    rules = [...theme.print.css.matchAll(fontFaceRule)].map(([text]) => {
      const range = /unicode-range:\s*([^;}]+)/.exec(text)?.[1];
      return {
        text,
        family: /font-family:\s*["']?([^"';]+)["']?/.exec(text)?.[1],
        range: range === undefined ? undefined : parseUnicodeRange(range),
      };
    });
    read.set(theme, rules);
  }
  return rules;
}

/** An `@font-face` rule in a stylesheet. */
export const fontFaceRule = /@font-face\s*\{[^}]*\}/g;
