import { cldrQuotes } from './cldr-quotes.js';

/** The quotation marks of a language: outer ones, and inner ones for a quotation inside a quotation. */
export interface QuoteMarks {
  readonly start: string;
  readonly end: string;
  readonly alternateStart: string;
  readonly alternateEnd: string;
}

const english = ['“', '”', '‘', '’'] as const;

/**
 * The quotation marks of a BCP 47 language tag, as CLDR gives them: those
 * of the tag (`de-CH`), else of its language and script (`zh-TW` is
 * `zh-Hant`: 「」), else of its language (`ar`: ”…“, `fr`: «…»), else
 * English ones.
 */
export function quoteMarksFor(lang: string): QuoteMarks {
  const [start, end, alternateStart, alternateEnd] =
    lookupKeys(lang)
      .map((key) => cldrQuotes[key])
      .find(Boolean) ?? english;
  return { start, end, alternateStart, alternateEnd };
}

/** The keys to try for a tag, most specific first: `zh-Hant-TW`, `zh-Hant`, `zh-TW`, `zh`. */
function lookupKeys(lang: string): string[] {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang);
  } catch {
    return [];
  }
  const { language } = locale;
  const { script } = locale.maximize();
  // Only a region the tag gives counts: `fr` is every French, not `fr-FR`.
  const given = locale.region;
  return [
    ...(script !== undefined && given !== undefined ? [`${language}-${script}-${given}`] : []),
    ...(script !== undefined ? [`${language}-${script}`] : []),
    ...(given !== undefined ? [`${language}-${given}`] : []),
    language,
  ];
}
