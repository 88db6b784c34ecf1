/**
 * A CSS string literal of `text`: every character but letters, digits, space
 * and plain punctuation becomes a hexadecimal escape, so quotes, backslashes,
 * `<` and line breaks cannot end the string, the rule or the style element.
 */
export function cssString(text: string): string {
  const escaped = Array.from(text)
    .map((char) => (/^[\p{L}\p{N} .,:;!?'’‘“”()–—-]$/u.test(char) ? char : `\\${(char.codePointAt(0) ?? 0xfffd).toString(16)} `))
    .join('');
  return `"${escaped}"`;
}
