/** The callout kinds of GitHub's alert syntax (`> [!NOTE]`). */
export type CalloutKind = 'NOTE' | 'TIP' | 'IMPORTANT' | 'WARNING' | 'CAUTION';

/** Every word Folio adds to a document, in one language: print furniture, EPUB navigation, callout titles. */
export interface Labels {
  /** Between page number and page count in print: `3 of 8`. */
  readonly of: string;
  /** Title of the table of contents (print and EPUB). */
  readonly contents: string;
  /** Title of the list of link addresses at the end of the print edition. */
  readonly links: string;
  /** The EPUB's landmarks navigation. */
  readonly landmarks: string;
  /** The EPUB landmark of the first page of text. */
  readonly start: string;
  readonly cover: string;
  /** Accessible name of the notes section. */
  readonly notes: string;
  /** Accessible name of a note's link back to the text; `{n}` is the note number. */
  readonly backToText: string;
  readonly callouts: Readonly<Record<CalloutKind, string>>;
}

/**
 * Folio's words, by primary language subtag. Each language has all of them: one table, one place to add a language.
 * English is always there: it stands in for the languages Folio has no words for.
 */
const byLanguage: Readonly<Record<string, Labels> & { en: Labels }> = {
  en: {
    of: 'of',
    contents: 'Contents',
    links: 'Links',
    landmarks: 'Guide',
    start: 'Start of content',
    cover: 'Cover',
    notes: 'Notes',
    backToText: 'Back to note {n} in the text',
    callouts: { NOTE: 'Note', TIP: 'Tip', IMPORTANT: 'Important', WARNING: 'Warning', CAUTION: 'Caution' },
  },
  fr: {
    of: 'sur',
    contents: 'Table des matières',
    links: 'Liens',
    landmarks: 'Repères',
    start: 'Début du texte',
    cover: 'Couverture',
    notes: 'Notes',
    backToText: 'Retour à l’appel de note {n}',
    callouts: { NOTE: 'Remarque', TIP: 'Astuce', IMPORTANT: 'Important', WARNING: 'Avertissement', CAUTION: 'Attention' },
  },
  de: {
    of: 'von',
    contents: 'Inhalt',
    links: 'Links',
    landmarks: 'Orientierung',
    start: 'Textbeginn',
    cover: 'Umschlag',
    notes: 'Anmerkungen',
    backToText: 'Zurück zu Anmerkung {n} im Text',
    callouts: { NOTE: 'Hinweis', TIP: 'Tipp', IMPORTANT: 'Wichtig', WARNING: 'Warnung', CAUTION: 'Vorsicht' },
  },
  es: {
    of: 'de',
    contents: 'Índice',
    links: 'Enlaces',
    landmarks: 'Guía',
    start: 'Inicio del texto',
    cover: 'Cubierta',
    notes: 'Notas',
    backToText: 'Volver a la nota {n} en el texto',
    callouts: { NOTE: 'Nota', TIP: 'Consejo', IMPORTANT: 'Importante', WARNING: 'Advertencia', CAUTION: 'Precaución' },
  },
  it: {
    of: 'di',
    contents: 'Indice',
    links: 'Collegamenti',
    landmarks: 'Guida',
    start: 'Inizio del testo',
    cover: 'Copertina',
    notes: 'Note',
    backToText: 'Torna alla nota {n} nel testo',
    callouts: { NOTE: 'Nota', TIP: 'Suggerimento', IMPORTANT: 'Importante', WARNING: 'Avviso', CAUTION: 'Attenzione' },
  },
  nl: {
    of: 'van',
    contents: 'Inhoud',
    links: 'Links',
    landmarks: 'Oriëntatie',
    start: 'Begin van de tekst',
    cover: 'Omslag',
    notes: 'Noten',
    backToText: 'Terug naar noot {n} in de tekst',
    callouts: { NOTE: 'Opmerking', TIP: 'Tip', IMPORTANT: 'Belangrijk', WARNING: 'Waarschuwing', CAUTION: 'Let op' },
  },
  pt: {
    of: 'de',
    contents: 'Índice',
    links: 'Ligações',
    landmarks: 'Guia',
    start: 'Início do texto',
    cover: 'Capa',
    notes: 'Notas',
    backToText: 'Voltar à nota {n} no texto',
    callouts: { NOTE: 'Nota', TIP: 'Dica', IMPORTANT: 'Importante', WARNING: 'Aviso', CAUTION: 'Cuidado' },
  },
};

/** Folio's words for a BCP 47 language tag (its primary subtag), English when Folio has none for it. */
export function labelsFor(lang: string): Labels {
  const primary = lang.split('-')[0]?.toLowerCase() ?? 'en';
  return byLanguage[primary] ?? byLanguage.en;
}
