/**
 * The alphabet of a `.hyb` file: which characters Chromium's hyphenator
 * knows, each mapped to a small code (`.`, the word's edge, is 0). Blink does
 * not fold case and skips any word with a character outside the alphabet.
 */

/** Scripts whose other letters are accepted too (see `buildAlphabet`). */
const scripts = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Georgian',
  'Coptic',
  'Ethiopic',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Thai',
  'Glagolitic',
].map((name) => new RegExp(`\\p{Script=${name}}`, 'u'));

const letterOrMark = /[\p{L}\p{M}]/u;

/** Every letter and mark of the Basic Multilingual Plane in the scripts `letters` are written in. */
function scriptLetters(letters: readonly string[]): string[] {
  const used = scripts.filter((script) => letters.some((letter) => script.test(letter)));
  const found: string[] = [];
  if (used.length === 0) return found;
  for (let code = 0x41; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (letterOrMark.test(char) && used.some((script) => script.test(char))) found.push(char);
  }
  return found;
}

/** What an alphabet is built from. */
export interface AlphabetSource {
  readonly patterns: readonly string[];
  readonly exceptions: readonly string[];
  /** BCP 47 tag for case mapping (Turkish `i`/`İ`). */
  readonly locale?: string | undefined;
}

/**
 * The alphabet of a language's patterns: each letter they use, and its upper
 * case (`ß` with `ẞ`), share a code. Typographic apostrophes read as the
 * ASCII one the patterns use. Every other letter and mark of the same
 * scripts (English `é`, French `ë`) shares one extra code: no pattern names
 * them, so they only need to be "some letter" for the word to be hyphenated,
 * as TeX does for letters with an `\lccode`.
 */
export function buildAlphabet({ patterns, exceptions, locale }: AlphabetSource): Map<string, number> {
  const codes = new Map<string, number>([['.', 0]]);
  const letters = new Set<string>();
  for (const pattern of patterns) for (const char of pattern) if (!/[0-9.]/.test(char)) letters.add(char);
  for (const exception of exceptions) for (const char of exception) if (char !== '-') letters.add(char);
  let code = 0;
  for (const lower of [...letters].sort()) {
    code += 1;
    codes.set(lower, code);
    const upper = lower === '\u00df' ? '\u1e9e' : lower.toLocaleUpperCase(locale);
    // "i" and "ı" both claim "I" in Turkish: the first keeps it.
    if (Array.from(upper).length === 1 && upper !== lower && !codes.has(upper)) codes.set(upper, code);
  }
  const apostrophe = codes.get("'");
  if (apostrophe !== undefined) for (const alias of ['\u2019', '\u02bc']) if (!codes.has(alias)) codes.set(alias, apostrophe);
  const others = scriptLetters([...codes.keys()]).filter((char) => !codes.has(char));
  if (others.length > 0) {
    code += 1;
    for (const char of others) codes.set(char, code);
  }
  return codes;
}

/**
 * The alphabet as the file stores it, padded to 4 bytes: dense (version 0:
 * first and end code point, then one byte per code point) when the letters
 * lie within 1024 code points and codes fit a byte, else sparse (version 1:
 * `code point << 11 | code`, sorted).
 */
export function packAlphabet(codes: ReadonlyMap<string, number>): Buffer {
  const entries = [...codes]
    .filter(([char]) => char !== '.')
    .map(([char, code]): [number, number] => [char.codePointAt(0) ?? 0, code])
    .sort((a, b) => a[0] - b[0]);
  const points = entries.map(([point]) => point);
  if (points.some((point) => point > 0xffff)) throw new Error('the .hyb format holds only characters of the Basic Multilingual Plane');
  const first = Math.min(...points);
  const last = Math.max(...points);
  const maxCode = Math.max(...entries.map(([, code]) => code));
  let bytes: Buffer;
  if (last - first < 1024 && maxCode < 256) {
    bytes = Buffer.alloc(12 + (last - first + 1));
    bytes.writeUInt32LE(0, 0);
    bytes.writeUInt32LE(first, 4);
    bytes.writeUInt32LE(last + 1, 8);
    for (const [point, code] of entries) bytes[12 + point - first] = code;
  } else {
    if (maxCode >= 2048) throw new Error('more than 2047 distinct letters');
    bytes = Buffer.alloc(8 + 4 * entries.length);
    bytes.writeUInt32LE(1, 0);
    bytes.writeUInt32LE(entries.length, 4);
    entries.forEach(([point, code], index) => bytes.writeUInt32LE(((point << 11) | code) >>> 0, 8 + 4 * index));
  }
  const padding = (4 - (bytes.length % 4)) % 4;
  return padding ? Buffer.concat([bytes, Buffer.alloc(padding)]) : bytes;
}
