import { distance } from 'fastest-levenshtein';

/*
 * "Did you mean" for every name a user types: flags, commands, config and
 * front matter keys, themes, formats. The edit distance comes from
 * `fastest-levenshtein` (no dependencies, typed, the distance that
 * `didyoumean2` itself is built on); which distance counts as close is
 * Folio's choice, below.
 */

/** How many edits a name of this length may be from the one meant: typos grow with the word (`bild`, `fromat`, `newsrom`); a name of one or two letters (`-x`) means nothing close. */
function tolerance(name: string): number {
  return name.length <= 2 ? 0 : name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
}

/** Edits from `a` to `b`, where two neighbouring letters swapped (`pfd`, `fromat`) count as one, as a typist makes them. */
function edits(a: string, b: string): number {
  return swapped(a, b) ? 1 : distance(a, b);
}

function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  // Code units are enough: the names compared are Folio's own, in ASCII.
  const differ: number[] = [];
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) differ.push(index);
  const [first, second] = differ;
  return differ.length === 2 && first !== undefined && second === first + 1 && a[first] === b[second] && a[second] === b[first];
}

/**
 * The candidate closest to `name`, compared without case, when it is close
 * enough to be what was meant; `undefined` otherwise (or when `name` is one of
 * them as written). The first of equally close candidates wins.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = tolerance(name) + 1;
  for (const candidate of candidates) {
    if (candidate === name) return undefined;
    const apart = edits(wanted, candidate.toLowerCase());
    if (apart < bestDistance) {
      best = candidate;
      bestDistance = apart;
    }
  }
  return best;
}

/** ` (did you mean \`outDir\`?)` when a candidate is close to `name`, else `''`. `shown` writes the candidate as the user would (`--format`). */
export function didYouMean(
  name: string,
  candidates: Iterable<string>,
  shown: (candidate: string) => string = (candidate) => candidate,
): string {
  const close = closestName(name, candidates);
  return close === undefined ? '' : ` (did you mean \`${shown(close)}\`?)`;
}

/**
 * ` (did you mean \`booklet\`?)` for a validator's issue about a text that is
 * not one of the names a list allows (valibot's `picklist`, whose `expected`
 * reads `("none" | "2up" | "booklet")`), when it is close to one; else `''`.
 */
export function didYouMeanAllowed(issue: { readonly type: string; readonly input: unknown; readonly expected: string | null }): string {
  if (issue.type !== 'picklist' || typeof issue.input !== 'string') return '';
  const names = [...(issue.expected ?? '').matchAll(/"([^"]*)"/g)].flatMap((match) => (match[1] === undefined ? [] : [match[1]]));
  return didYouMean(issue.input, names);
}
