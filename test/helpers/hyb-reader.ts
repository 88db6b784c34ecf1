/**
 * A reader of `.hyb` files that hyphenates as Chromium does (the algorithm of
 * Blink's hyphenator_aosp.cc, minimums 2 and 3), to check dictionaries
 * without a browser.
 */
const minPrefix = 2;
const minSuffix = 3;
const maxHyphenatedSize = 64;

/** A dictionary read into memory. */
export interface HybReader {
  /** Breaks of a word: `result[i]` is true when it may break before `word[i]`. */
  breaks(word: string): boolean[];
  /** The word with a hyphen at every break: `hy-phen-ation`. */
  show(word: string): string;
}

/** Read a `.hyb` file; throws when its header is wrong. */
export function readHyb(bytes: Buffer): HybReader {
  const u32 = (offset: number): number => bytes.readUInt32LE(offset);
  const [magic, , alphabetOffset, trieOffset, patternOffset, fileSize] = [0, 4, 8, 12, 16, 20].map(u32);
  if (magic !== 0x62ad7968) throw new Error('not a .hyb file');
  if (fileSize !== bytes.length) throw new Error(`file size ${fileSize} in the header, ${bytes.length} read`);
  const lookup = alphabet(bytes, alphabetOffset ?? 0);
  const trie = trieOffset ?? 0;
  const charMask = u32(trie + 4);
  const linkShift = u32(trie + 8);
  const linkMask = u32(trie + 12);
  const patternShift = u32(trie + 16);
  const size = u32(trie + 20);
  const entry = (index: number): number => u32(trie + 24 + 4 * index);
  const patterns = patternOffset ?? 0;
  const valuesAt = patterns + u32(patterns + 8);

  const breaks = (word: string): boolean[] => {
    const length = word.length;
    const result = new Array<number>(length).fill(0);
    const padded = length + 2;
    if (length < minPrefix + minSuffix || padded > maxHyphenatedSize) return result.map(() => false);
    const codes = [0];
    for (let index = 0; index < length; index++) {
      const code = lookup(word.charCodeAt(index));
      if (!code) return result.map(() => false);
      codes.push(code);
    }
    codes.push(0);
    const maxOffset = padded - minSuffix - 1;
    for (let start = 0; start < padded - 1; start++) {
      let node = 0;
      for (let at = start; at < padded; at++) {
        const code = codes[at] ?? 0;
        if (node + code >= size || (entry(node + code) & charMask) !== code) break;
        node = (entry(node + code) & linkMask) >>> linkShift;
        const id = Math.floor(entry(node) / 2 ** patternShift);
        if (!id) continue;
        const pattern = u32(patterns + 16 + 4 * id);
        const patternLength = pattern >>> 26;
        const offset = at + 1 - (patternLength + ((pattern >>> 20) & 0x3f));
        const from = valuesAt + (pattern & 0xfffff);
        for (let k = Math.max(minPrefix - offset, 0); k < Math.min(patternLength, maxOffset - offset); k++) {
          result[offset + k] = Math.max(result[offset + k] ?? 0, bytes[from + k] ?? 0);
        }
      }
    }
    return result.map((value, index) => index >= minPrefix && index < maxOffset && value % 2 === 1);
  };
  return {
    breaks,
    show: (word) =>
      breaks(word)
        .map((hyphen, index) => (hyphen ? '-' : '') + word.charAt(index))
        .join(''),
  };
}

/** The alphabet lookup: a character code to its code in the trie, 0 when the dictionary does not know it. */
function alphabet(bytes: Buffer, offset: number): (char: number) => number {
  const version = bytes.readUInt32LE(offset);
  if (version === 0) {
    const first = bytes.readUInt32LE(offset + 4);
    const end = bytes.readUInt32LE(offset + 8);
    return (char) => (char < first || char >= end ? 0 : (bytes[offset + 12 + char - first] ?? 0));
  }
  if (version !== 1) throw new Error(`unknown alphabet version ${version}`);
  const codes = new Map<number, number>();
  for (let index = 0; index < bytes.readUInt32LE(offset + 4); index++) {
    const packed = bytes.readUInt32LE(offset + 8 + 4 * index);
    codes.set(packed >>> 11, packed & 0x7ff);
  }
  return (char) => codes.get(char) ?? 0;
}
