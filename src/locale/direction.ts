/** The direction text of a language runs in. */
export type Direction = 'ltr' | 'rtl';

/**
 * Scripts written right to left (Unicode's bidirectional class R or AL):
 * Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, Mandaic, Mende Kikakui,
 * Hanifi Rohingya, Samaritan, Yezidi.
 */
const rightToLeftScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Mand', 'Mend', 'Rohg', 'Samr', 'Yezi']);

/**
 * The direction of a BCP 47 language tag, from its script: the one it names
 * (`az-Arab`), else the one the language is usually written in (CLDR's
 * likely subtags: `ar`, `fa`, `ur`, `he` and `yi` are right to left, `ku`
 * and `az` left to right). `Intl.Locale`'s own `textInfo` is not used: it
 * is missing from some Node versions and wrong for `dv` and `az-Arab`.
 */
export function directionOf(lang: string): Direction {
  try {
    const { script } = new Intl.Locale(lang).maximize();
    return script !== undefined && rightToLeftScripts.has(script) ? 'rtl' : 'ltr';
  } catch {
    // Not a language tag (front matter validates it; a config file may not have).
    return 'ltr';
  }
}
