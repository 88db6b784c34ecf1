/** The largest length, in CSS pixels, an attribute may ask for: a page is about 800 wide; more only ties up the printer. */
const largestPixels = 10_000;

/**
 * A whole number within `[min, max]` written as HTML writes one (`12`,
 * ` 12 `, `+12`), as a string; `undefined` when the text is not one.
 * Values outside the range are clamped to it.
 */
export function integerIn(text: string, min: number, max: number): string | undefined {
  const match = /^\s*([+-]?\d{1,15})\s*$/.exec(text);
  if (!match) return undefined;
  return String(Math.min(max, Math.max(min, Number(match[1]))));
}

/**
 * A CSS length from an HTML size attribute: `300` and `300px` are pixels,
 * `50%` a percentage, `12em`, `3cm`... as written; clamped to a sane size.
 * `undefined` when the text is not a length.
 */
export function cssLength(text: string): string | undefined {
  const match = /^\s*(\d{1,9}(?:\.\d+)?|\.\d+)\s*(px|%|em|rem|ex|ch|vw|vh|cm|mm|in|pt|pc)?\s*$/i.exec(text);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = (match[2] ?? 'px').toLowerCase();
  const limit = unit === '%' ? 100 : unit === 'px' ? largestPixels : largestPixels / 16;
  return `${Math.min(amount, limit)}${unit}`;
}

/** Whether text is a well-formed BCP 47 language tag (`en`, `fr-CA`, `zh-Hant`). */
export function isLanguageTag(text: string): boolean {
  try {
    return Intl.getCanonicalLocales(text).length === 1;
  } catch {
    return false;
  }
}
