/** A front matter date as readers of the language write it, e.g. `25 February 2024`. */
export function formatDate(date: string, lang: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(new Date(date));
}

/** Authors as readers of the language list them (`Ada, Grace and Linus`, `Ada, Grace et Linus`); `undefined` when there are none. */
export function formatAuthors(authors: readonly string[], lang: string): string | undefined {
  return authors.length > 0 ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(authors) : undefined;
}
