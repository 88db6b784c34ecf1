/**
 * CSS counter styles (CSS Counter Styles 3, predefined) for the numbering
 * systems of CLDR that have one: the digits `Intl` writes numbers with.
 */
const counterStyles: Readonly<Record<string, string>> = {
  arab: 'arabic-indic',
  arabext: 'persian',
  beng: 'bengali',
  deva: 'devanagari',
  gujr: 'gujarati',
  guru: 'gurmukhi',
  khmr: 'khmer',
  knda: 'kannada',
  laoo: 'lao',
  mlym: 'malayalam',
  mymr: 'myanmar',
  orya: 'oriya',
  tamldec: 'tamil',
  telu: 'telugu',
  thai: 'thai',
  tibt: 'tibetan',
};

/**
 * The digits readers of a language expect, as CLDR gives them through
 * `Intl`: `arab` for `ar-EG` (١٢٣), `arabext` for `fa` (۱۲۳), `latn` for
 * `ar`, `ur`, `he` and `ja` (123).
 */
export function numberingSystemOf(lang: string): string {
  try {
    return new Intl.NumberFormat(lang).resolvedOptions().numberingSystem;
  } catch {
    return 'latn';
  }
}

/** The CSS counter style that writes page numbers in the language's digits: `decimal`, `arabic-indic`, `persian`... */
export function counterStyleOf(lang: string): string {
  return counterStyles[numberingSystemOf(lang)] ?? 'decimal';
}

/** A page number in the language's digits and the same counter style as `counterStyleOf` (no grouping: `1234`, `۱۲۳۴`). */
export function formatPageNumber(page: number, lang: string): string {
  const style = counterStyles[numberingSystemOf(lang)];
  return new Intl.NumberFormat(style === undefined ? 'en' : lang, { useGrouping: false }).format(page);
}
