/**
 * Text as a reader compares it: typographic quotes and dashes folded to
 * ASCII, all white space (including no-break) collapsed. Soft hyphens are
 * kept: Folio puts none in its outputs, and a test that finds one fails.
 */
export function normalise(text: string): string {
  return text
    .replace(/-\n/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2014/g, '---')
    .replace(/\u2013/g, '--')
    .replace(/\u2026/g, '...')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** Assert-friendly: the index of each needle in the haystack, searched in order (-1 when missing or out of order). */
export function positionsInOrder(haystack: string, needles: readonly string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = haystack.indexOf(needle, from);
    if (at === -1) return -1;
    from = at + needle.length;
    return at;
  });
}
