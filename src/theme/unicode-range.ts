/** Code point spans, first and last included, as a CSS `unicode-range` lists them. */
export type UnicodeRange = readonly (readonly [number, number])[];

/** The spans of a CSS `unicode-range` value such as `U+0000-00FF, U+0131, U+4??` (a `?` is any hex digit). */
export function parseUnicodeRange(value: string): UnicodeRange {
  return value.split(',').map((part) => {
    const [start = '0', end] = part.trim().replace(/^U\+/i, '').split('-');
    if (end === undefined && start.includes('?')) return [parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'F'), 16)];
    return [parseInt(start, 16), parseInt(end ?? start, 16)];
  });
}

/** Whether a code point falls in a range. */
export function inUnicodeRange(range: UnicodeRange, codePoint: number): boolean {
  return range.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/** The distinct code points of a text, to match against many ranges. */
export function codePointsOf(text: string): Set<number> {
  const points = new Set<number>();
  for (const char of text) points.add(char.codePointAt(0) ?? 0);
  return points;
}

/** Code points sorted, for `meetsRange`. */
export type SortedCodePoints = readonly number[];

/** The code points of a set, sorted. */
export function sortedCodePoints(points: Iterable<number>): SortedCodePoints {
  return [...points].sort((a, b) => a - b);
}

/**
 * Whether any of the sorted code points falls in a range: a binary search
 * per span, so that hundreds of ranges (a CJK face's slices) can be tested
 * against thousands of characters.
 */
export function meetsRange(range: UnicodeRange, points: SortedCodePoints): boolean {
  return range.some(([start, end]) => {
    let low = 0;
    let high = points.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((points[middle] ?? Infinity) < start) low = middle + 1;
      else high = middle;
    }
    return low < points.length && (points[low] ?? Infinity) <= end;
  });
}
