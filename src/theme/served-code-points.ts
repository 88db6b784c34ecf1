import { fontFaceRules, fontUrl } from './font-faces.js';
import { fontStacks, type FontStack } from './font-stacks.js';
import type { Theme } from './theme.js';
import type { SortedCodePoints, UnicodeRange } from './unicode-range.js';

/** For each family some stack names, the families before it, once per distinct list; `undefined` when the stacks are unknown. */
type Preceding = ReadonlyMap<string, readonly FontStack[]> | undefined;

/** What the theme's `@font-face` rules say about its families, read once per theme. */
interface Families {
  /** What the family's `@font-face` rules cover together: their `unicode-range` spans, merged and sorted. */
  readonly coverage: ReadonlyMap<string, UnicodeRange>;
  /** Families with a variable emoji font (theme.json `variableFonts` with `emoji`). */
  readonly emoji: ReadonlySet<string>;
}

const read = new WeakMap<Theme, Families>();
/** The theme's stacks, by the stylesheets documents add to it (most add none, or the same). */
const stacksRead = new WeakMap<Theme, Map<string, Preceding>>();

/**
 * Characters that make the browser look for an emoji face before the text's
 * own: the emoji presentation selector, the keycap mark, the joiner of
 * emoji sequences (`1️⃣`, `❤️`, `👩‍💻`).
 */
const emojiSequence = [0xfe0f, 0x20e3, 0x200d];

/**
 * Which of a document's characters each family of the theme will draw, as
 * a browser picks fonts: a character goes to the first family of its
 * `font-family` stack whose faces cover it, so a family is asked for one
 * only where, in some stack that names the family, no family before it
 * that the document can use covers it (by its `@font-face` rules'
 * `unicode-range`). The digits and Latin letters of an English text are
 * the text face's, though a CJK face's slices and the emoji face claim
 * them too. An emoji face keeps every character when the text has an
 * emoji sequence, which the browser sets in an emoji face whatever the
 * stack says. `unavailable` are the families the document cannot use
 * (theme.json `fontConditions` it does not meet): they cover nothing, and
 * a stack that starts with one is no element's (only the elements of the
 * condition use the first family of their stack). The stacks are the
 * theme stylesheet's and those of `css`, the stylesheets the document adds
 * (config and front matter `css`), which may set stacks or the theme's
 * variables. A family no stack names, or a theme whose stacks cannot be
 * read, gets every character.
 */
export function servedCodePoints(
  theme: Theme,
  codePoints: SortedCodePoints,
  unavailable: ReadonlySet<string>,
  css = '',
): (family: string | undefined) => SortedCodePoints {
  const { coverage, emoji } = familiesOf(theme);
  const before = precedingOf(theme, css);
  const hasSequence = emojiSequence.some((point) => codePoints.includes(point));
  const covers = (family: string, point: number): boolean => !unavailable.has(family) && inSpans(coverage.get(family) ?? [], point);
  const served = new Map<string, SortedCodePoints>();
  return (family) => {
    const stacks = family === undefined ? undefined : before?.get(family);
    if (family === undefined || stacks === undefined || (hasSequence && emoji.has(family))) return codePoints;
    let points = served.get(family);
    if (points === undefined) {
      // A stack whose first family the document cannot use is no element's: its elements would use that family.
      const used = stacks.filter(([first]) => first === undefined || !unavailable.has(first));
      points = codePoints.filter((point) => used.some((earlier) => !earlier.some((other) => covers(other, point))));
      served.set(family, points);
    }
    return points;
  };
}

function familiesOf(theme: Theme): Families {
  let families = read.get(theme);
  if (families === undefined) {
    const spans = new Map<string, (readonly [number, number])[]>();
    const emoji = new Set<string>();
    for (const rule of fontFaceRules(theme)) {
      if (rule.family === undefined) continue;
      // A face with no `unicode-range` covers whatever its font has: take it as covering everything.
      const list = spans.get(rule.family) ?? [];
      list.push(...(rule.range ?? [[0, 0x10ffff] as const]));
      spans.set(rule.family, list);
      if ([...rule.text.matchAll(fontUrl)].some(([, url = '']) => theme.fontInstances.get(url)?.emoji)) {
        emoji.add(rule.family);
      }
    }
    families = { coverage: new Map([...spans].map(([family, list]) => [family, merged(list)])), emoji };
    read.set(theme, families);
  }
  return families;
}

function precedingOf(theme: Theme, css: string): Preceding {
  let byCss = stacksRead.get(theme);
  if (byCss === undefined) stacksRead.set(theme, (byCss = new Map<string, Preceding>()));
  if (!byCss.has(css)) byCss.set(css, precedingFamilies(fontStacks(`${theme.print.css}\n${css}`)));
  return byCss.get(css);
}

/** For each family, the distinct lists of families before it in the stacks that name it. */
function precedingFamilies(stacks: readonly FontStack[] | undefined): Map<string, FontStack[]> | undefined {
  if (stacks === undefined) return undefined;
  const before = new Map<string, Map<string, FontStack>>();
  for (const stack of stacks) {
    stack.forEach((family, index) => {
      if (stack.indexOf(family) !== index) return;
      const earlier = stack.slice(0, index);
      const lists = before.get(family) ?? new Map<string, FontStack>();
      lists.set(earlier.join('\n'), earlier);
      before.set(family, lists);
    });
  }
  return new Map([...before].map(([family, lists]) => [family, [...lists.values()]]));
}

/** Spans sorted by start, overlapping and touching ones joined. */
function merged(spans: readonly (readonly [number, number])[]): UnicodeRange {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = joined.at(-1);
    if (last !== undefined && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

/** Whether a code point falls in merged, sorted spans: a binary search. */
function inSpans(spans: UnicodeRange, point: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const [start, end] = spans[middle] ?? [0, -1];
    if (point < start) high = middle - 1;
    else if (point > end) low = middle + 1;
    else return true;
  }
  return false;
}
