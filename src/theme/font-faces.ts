import type { Asset } from '../model.js';
import type { Theme } from './theme.js';
import { codePointsOf, meetsRange, parseUnicodeRange, sortedCodePoints, type UnicodeRange } from './unicode-range.js';

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

/** The URL of a theme font in an `@font-face` rule (`url("fonts/...")`), in group 1. */
export const fontUrl = /url\(["']?(fonts\/[^"')]+)["']?\)/g;

/**
 * Characters a printed page may show that are not in its text: ASCII (list
 * numbers and letters), the list markers and quotation marks a browser
 * generates itself (`<q>`, `<ul>` nested), and each string of the theme's
 * stylesheet (`content: "…"`). A page's own `<style>` elements are text of
 * its tree, so their strings count as its text.
 */
function generatedCharacters(theme: Theme): string {
  const ascii = String.fromCharCode(...Array.from({ length: 95 }, (_, index) => 32 + index));
  const strings = [...theme.print.css.replace(fontFaceRule, '').matchAll(/"([^"\\]*)"|'([^'\\]*)'/g)].map(
    ([, double = '', single = '']) => double + single,
  );
  return `${ascii}•◦▪▫■□●○▸▾‣⁃–—“”‘’‚„‹›«»「」『』〈〉《》${strings.join('')}`;
}

const trimmed = new WeakMap<Theme, { readonly generated: ReadonlySet<number> }>();

/**
 * The theme's print stylesheet for a page whose text (its `<style>`
 * elements included) has `codePoints`: every rule, but of the
 * `@font-face` rules with a `unicode-range` only those that meet a
 * character the page can show (its text, and what the browser and the
 * stylesheet generate). Chromium reads every rule each time a page loads a
 * stylesheet: the CJK faces' 928 slices were half the work of printing an
 * article. The fonts the page uses are the same either way.
 */
export function printStylesheet(theme: Theme, codePoints: ReadonlySet<number>): Asset {
  let cached = trimmed.get(theme);
  if (cached === undefined) trimmed.set(theme, (cached = { generated: codePointsOf(generatedCharacters(theme)) }));
  const points = sortedCodePoints(new Set([...codePoints, ...cached.generated]));
  const dropped = new Set(
    fontFaceRules(theme)
      .filter((rule) => rule.range !== undefined && !meetsRange(rule.range, points))
      .map((rule) => rule.text),
  );
  const css = theme.print.css.replace(fontFaceRule, (rule) => (dropped.has(rule) ? '' : rule));
  return { bytes: new TextEncoder().encode(css), type: 'text/css' };
}
