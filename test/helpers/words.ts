/** Han, hiragana and katakana: written without spaces, so each character is a word of its own. */
const ideograph = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const word = new RegExp(String.raw`[${ideograph}]|(?:(?![${ideograph}])[\p{L}\p{N}\p{M}])+`, 'gu');

/** Bidi marks, embeddings and isolates: where `pdftotext` writes them, a space may be missing (`Git\u202Cرا`). */
const bidiControls = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Arabic-script lam-alef: drawn as one ligature glyph, whose two letters
 * poppler writes in visual order (`ال` for `لا`, so `مشکالت` for `مشکلات`).
 * Both orders are read as one, on both sides of the comparison.
 */
const lamAlef = /\u0644([\u0622\u0623\u0625\u0627])/g;

/** Arabic-script vowel marks (harakat), which poppler may write before the letter they sit on (`لطفًا` for `لطفاً`). */
const harakat = /[\u064B-\u065F\u0670]/g;

/**
 * The words of a text as the corpus test compares them: NFKC (ligatures and
 * Arabic presentation forms fold to letters), lower case, bidi controls read
 * as spaces, other format characters (soft hyphen, zero-width non-joiner)
 * dropped (a soft hyphen that ends a word, where a line broke, separates),
 * lam-alef in one order, Arabic vowel marks dropped, then runs of letters,
 * marks and digits; everything else (white space, punctuation, symbols,
 * emoji) separates words. CJK ideographs and kana count one by one.
 */
export function words(text: string): string[] {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(bidiControls, ' ')
    .replace(/\u00AD(?![\p{L}\p{M}])/gu, ' ')
    .replace(/\p{Cf}/gu, '')
    .replace(harakat, '')
    .replace(lamAlef, '$1\u0644');
  return folded.match(word) ?? [];
}

/** Written between the two parts of a reference word that a code span cuts (`` `Option`s ``): `option|s`. */
export const cut = '|';
