/** Words the print edition adds to a document, in the document's language. */
export interface PrintLabels {
  /** Between page number and page count: `3 of 8`. */
  readonly of: string;
  /** Title of the table of contents. */
  readonly contents: string;
  /** Title of the list of link addresses at the end. */
  readonly links: string;
}

const labels: Readonly<Record<string, PrintLabels>> = {
  en: { of: 'of', contents: 'Contents', links: 'Links' },
  fr: { of: 'sur', contents: 'Table des matières', links: 'Liens' },
  de: { of: 'von', contents: 'Inhalt', links: 'Links' },
  es: { of: 'de', contents: 'Índice', links: 'Enlaces' },
  it: { of: 'di', contents: 'Indice', links: 'Collegamenti' },
  nl: { of: 'van', contents: 'Inhoud', links: 'Links' },
  pt: { of: 'de', contents: 'Índice', links: 'Ligações' },
};

/** The labels for a BCP 47 language tag, English when Folio has none for it. */
export function printLabels(lang: string): PrintLabels {
  return labels[lang.split('-')[0]?.toLowerCase() ?? 'en'] ?? (labels['en'] as PrintLabels);
}
