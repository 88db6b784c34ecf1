/** How many letters a hyphenated word keeps before and after the break, at least. */
export interface HyphenMinimums {
  /** TeX `\lefthyphenmin`: letters before the hyphen, on the first line. */
  readonly left: number;
  /** TeX `\righthyphenmin`: letters carried to the next line. */
  readonly right: number;
}

/**
 * The fewest letters Chromium ever leaves before and after a break, whatever
 * the dictionary or CSS says (kMinimumPrefixLength and kMinimumSuffixLength of
 * Blink's `hyphenator_aosp.h`).
 */
export const chromiumMinimums: HyphenMinimums = { left: 2, right: 3 };

/**
 * TeX's typesetting minimums of each pattern set Folio ships, by primary
 * language subtag (hyph-utf8's loaders, as TeX Live's `language.dat.lua`
 * lists them; `mul` is Ethiopic, `sh` Serbo-Croatian). A language that is not
 * listed has 2 and 3, as English.
 */
const byLanguage: Readonly<Record<string, HyphenMinimums>> = {
  af: { left: 1, right: 2 },
  as: { left: 1, right: 1 },
  be: { left: 2, right: 2 },
  bg: { left: 2, right: 2 },
  bn: { left: 1, right: 1 },
  ca: { left: 2, right: 2 },
  cop: { left: 1, right: 1 },
  cs: { left: 2, right: 3 },
  cy: { left: 2, right: 3 },
  da: { left: 2, right: 2 },
  de: { left: 2, right: 2 },
  el: { left: 1, right: 1 },
  en: { left: 2, right: 3 },
  es: { left: 2, right: 2 },
  et: { left: 2, right: 3 },
  eu: { left: 2, right: 2 },
  fi: { left: 2, right: 2 },
  fr: { left: 2, right: 2 },
  fur: { left: 2, right: 2 },
  ga: { left: 2, right: 3 },
  gl: { left: 2, right: 2 },
  grc: { left: 1, right: 1 },
  gu: { left: 1, right: 1 },
  hi: { left: 1, right: 1 },
  hr: { left: 2, right: 2 },
  hsb: { left: 2, right: 2 },
  hu: { left: 2, right: 2 },
  hy: { left: 1, right: 2 },
  ia: { left: 2, right: 2 },
  id: { left: 2, right: 2 },
  is: { left: 2, right: 2 },
  it: { left: 2, right: 2 },
  ka: { left: 1, right: 2 },
  kmr: { left: 2, right: 2 },
  kn: { left: 1, right: 1 },
  la: { left: 2, right: 2 },
  lt: { left: 2, right: 2 },
  lv: { left: 2, right: 2 },
  mk: { left: 2, right: 2 },
  ml: { left: 1, right: 1 },
  mn: { left: 2, right: 2 },
  mr: { left: 1, right: 1 },
  mul: { left: 1, right: 1 },
  nb: { left: 2, right: 2 },
  nl: { left: 2, right: 2 },
  nn: { left: 2, right: 2 },
  no: { left: 2, right: 2 },
  oc: { left: 2, right: 2 },
  or: { left: 1, right: 1 },
  pa: { left: 1, right: 1 },
  pi: { left: 1, right: 2 },
  pl: { left: 2, right: 2 },
  pms: { left: 2, right: 2 },
  pt: { left: 2, right: 3 },
  rm: { left: 2, right: 2 },
  ro: { left: 2, right: 2 },
  ru: { left: 2, right: 2 },
  sa: { left: 1, right: 3 },
  sh: { left: 2, right: 2 },
  sk: { left: 2, right: 3 },
  sl: { left: 2, right: 2 },
  sq: { left: 2, right: 2 },
  sr: { left: 2, right: 2 },
  sv: { left: 2, right: 2 },
  ta: { left: 1, right: 1 },
  te: { left: 1, right: 1 },
  th: { left: 2, right: 3 },
  tk: { left: 2, right: 2 },
  tr: { left: 2, right: 2 },
  uk: { left: 2, right: 2 },
  zh: { left: 1, right: 1 },
};

/** TeX's minimums for a BCP 47 tag (`de-CH` reads `de`), or English's for a language without patterns. */
export function texMinimums(lang: string): HyphenMinimums {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return byLanguage[primary] ?? chromiumMinimums;
}

/**
 * The minimums Folio sets for a language: TeX's, but never fewer than
 * Chromium keeps, so the PDF and the standalone HTML (in any browser) break
 * words alike.
 */
export function hyphenMinimums(lang: string): HyphenMinimums {
  const tex = texMinimums(lang);
  return { left: Math.max(tex.left, chromiumMinimums.left), right: Math.max(tex.right, chromiumMinimums.right) };
}

/**
 * The CSS `hyphenate-limit-chars` value for a language: any word length
 * (`auto`), then the letters kept before and after a break (`auto 2 3`).
 */
export function hyphenateLimitChars(lang: string): string {
  const { left, right } = hyphenMinimums(lang);
  return `auto ${left} ${right}`;
}
