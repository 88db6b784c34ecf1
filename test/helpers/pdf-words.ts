import { cut, words } from './words.js';

/** The words of a PDF's text, and the words its line and page breaks may have cut. */
export interface PdfWords {
  /** Each word of the text, counted. */
  readonly counts: ReadonlyMap<string, number>;
  /** Candidate words across breaks (see `pdfWords`); most of them are nonsense, and harmless. */
  readonly joins: ReadonlyMap<string, number>;
}

/** How many lines after a break its word may continue: past a page's foot, a blank line, the next page's running head. */
const reach = 5;

/**
 * The words of a PDF's text (`pdftotext`). A word broken across a line end,
 * by hyphenation or by a code block wrapping anywhere, is also counted
 * joined: the last word of each line, and any word that ends in a soft hyphen
 * (where Chromium printed the hyphen of a break, even with the page's foot
 * read onto the same line), glued to the first word of each of the next few
 * lines that have one. The joins only ever add words.
 */
export function pdfWords(text: string): PdfWords {
  const counts = new Map<string, number>();
  const joins = new Map<string, number>();
  const lines = text.split('\n').map((line) => ({ words: words(line), broken: brokenWords(line) }));
  lines.forEach((line, index) => {
    for (const found of line.words) add(counts, found);
    const next = lines
      .slice(index + 1)
      .filter((later) => later.words.length > 0)
      .slice(0, reach);
    const carried = new Set([line.words.at(-1), ...line.broken]);
    for (const head of carried) for (const later of next) if (head !== undefined) add(joins, head + (later.words[0] ?? ''));
  });
  return { counts, joins };
}

/** The words of a line that end in a soft hyphen printed at a break (not followed by a letter). */
function brokenWords(line: string): string[] {
  return [...line.matchAll(/(\S+)\u00AD(?![\p{L}\p{M}])/gu)].map((match) => words(match[1] ?? '').at(-1) ?? '').filter(Boolean);
}

function add(counts: Map<string, number>, found: string, count = 1): void {
  counts.set(found, (counts.get(found) ?? 0) + count);
}

/**
 * The reference's words that the PDF has fewer of than the reference, in
 * document order, each once. Besides a word of the text or of a join, these
 * readings of one word are accepted:
 * - A word that a code span cuts (`option|s`) may be printed whole or, where
 *   the span's padding reads as a space, in its two parts.
 * - A word that text extraction broke in two: poppler sometimes reads part of
 *   a word onto another line (seen in bold Persian text, at a zero-width
 *   non-joiner). A word the PDF lacks counts as found when it splits into two
 *   pieces of at least two letters that the PDF has more of than the
 *   reference needs: those surplus pieces are the broken word.
 * - Two words run together: see `unmerged`.
 */
export function missingWords(reference: readonly string[], pdf: PdfWords): string[] {
  const whole = (found: string): string => found.split(cut).join('');
  const needed = new Map<string, number>();
  for (const found of reference.flatMap((word) => [whole(word), ...(word.includes(cut) ? word.split(cut) : [])])) add(needed, found);
  const surplus = unmerged(pdf.counts, needed);
  for (const [found, count] of pdf.joins) add(surplus, found, count);
  const take = (found: string): boolean => {
    const left = surplus.get(found) ?? 0;
    if (left > 0) surplus.set(found, left - 1);
    return left > 0;
  };
  const takeBoth = (head: string, tail: string): boolean =>
    (surplus.get(head) ?? 0) > 0 && (surplus.get(tail) ?? 0) > 0 && take(head) && take(tail);
  const broken = (found: string): boolean => {
    const letters = Array.from(found);
    for (let at = 2; at <= letters.length - 2; at += 1)
      if (takeBoth(letters.slice(0, at).join(''), letters.slice(at).join(''))) return true;
    return false;
  };
  // Plain words first take what is theirs; cut words and rescues share what is left.
  const lacking = reference.filter((found) => !found.includes(cut) && !take(found));
  const missing = new Set<string>();
  for (const found of lacking) if (!broken(found)) missing.add(found);
  for (const found of reference.filter((word) => word.includes(cut))) {
    const [head = '', tail = ''] = found.split(cut);
    if (!take(whole(found)) && !takeBoth(head, tail) && !broken(whole(found))) missing.add(whole(found));
  }
  return reference.map(whole).filter((found, index, all) => missing.has(found) && all.indexOf(found) === index);
}

/**
 * The PDF's counts, each word the PDF has more of than the reference (often
 * one the reference never uses) that is two of its words run together
 * counted, for the extra ones, as those two as well: `pdftotext` drops
 * the hyphen at the end of a line and joins the lines, even when the hyphen
 * is real (`ownership-and-` / `lifetimes` reads `ownership-andlifetimes`).
 * It also runs the last line of one table cell into the next cell's first
 * word (`Sparpa` + `Partiellement`, where `Sparpaglione` broke in its narrow
 * column): a run-together word with no split into two words of the text is
 * split where one side is a word of the text and the other, a piece of at
 * least two letters, is left for `missingWords` to join with its other half.
 */
function unmerged(pdf: ReadonlyMap<string, number>, needed: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map(pdf);
  for (const [found, count] of pdf) {
    // Only what the reference does not account for: `pretraining` may be a word of the text and a run-together `pre-training`.
    const extra = count - (needed.get(found) ?? 0);
    if (extra <= 0) continue;
    const letters = Array.from(found);
    const splits = letters.slice(1).map((_, index) => [letters.slice(0, index + 1).join(''), letters.slice(index + 1).join('')] as const);
    const piece = (part: string): boolean => Array.from(part).length >= 2;
    const split =
      splits.find(([head, tail]) => needed.has(head) && needed.has(tail)) ??
      splits.find(([head, tail]) => (needed.has(head) && piece(tail)) || (needed.has(tail) && piece(head)));
    if (!split) continue;
    for (const part of split) add(counts, part, extra);
  }
  return counts;
}
