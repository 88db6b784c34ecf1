/**
 * Writer of Android/minikin `.hyb` hyphenation dictionaries, the format Blink
 * reads (third_party/blink/renderer/platform/text/hyphenation/
 * hyphenator_aosp.cc). A port of AOSP's `mk_hyb_file.py` (Apache-2.0, (C) 2015
 * The Android Open Source Project). All numbers are little-endian uint32:
 *
 *   header   magic 0x62ad7968, version 0, alphabet, trie and pattern offsets, file size
 *   alphabet see hyb-alphabet.ts
 *   trie     0, char mask, link shift, link mask, pattern shift, n, entry[n]
 *            (entry = pattern << pattern shift | link << link shift | char)
 *   pattern  0, n, offset of the values (16 + 4n), their size,
 *            entry[n] = length << 26 | trailing zeros << 20 | offset,
 *            then one byte per inter-letter value
 */
import { chromiumMinimums } from '../../src/locale/hyphenation-minimums.js';
import { buildAlphabet, packAlphabet } from './hyb-alphabet.js';
import { deduplicate, pack, Trie, type TrieNode } from './hyb-trie.js';

/** The magic number a `.hyb` file starts with. */
export const hybMagic = 0x62ad7968;

/** An even value above any digit of normal patterns: forbids a break inside a minimum. */
const inhibit = 8;

/** What a dictionary is built from. */
export interface HybSource {
  /** TeX patterns (`.ach4`, `a1b`). */
  readonly patterns: readonly string[];
  /** Hyphenated words (`ta-ble`); a word without hyphens is never broken. */
  readonly exceptions?: readonly string[];
  /** TeX `\lefthyphenmin` and `\righthyphenmin`; Chromium never goes below 2 and 3. */
  readonly left?: number;
  readonly right?: number;
  /** BCP 47 tag for case mapping. */
  readonly locale?: string;
}

/** A built dictionary and what went into it. */
export interface Hyb {
  readonly bytes: Buffer;
  readonly patterns: number;
  readonly exceptions: number;
}

const bitLength = (n: number): number => (n > 0 ? n.toString(2).length : 0);

/** Every string of `length` characters from `letters`. */
function* sequences(letters: readonly string[], length: number): Generator<string> {
  if (length === 0) {
    yield '';
    return;
  }
  for (const head of sequences(letters, length - 1)) for (const letter of letters) yield head + letter;
}

/** An exception's breaks, less those inside the minimums. */
function withinMinimums(exception: string, left: number, right: number): string {
  const length = exception.replace(/-/g, '').length;
  let at = 0;
  let kept = '';
  for (const char of exception) {
    if (char !== '-') {
      kept += char;
      at += 1;
    } else if (at >= left && length - at >= right) kept += '-';
  }
  return kept;
}

/**
 * Build a `.hyb` file. Minimums above Chromium's own (2 before, 3 after a
 * break) are baked in: exceptions lose their breaks inside them, and
 * inhibiting patterns are added for every letter sequence of the margins
 * (which grows the file by the alphabet's size to that power, so it is
 * refused past 50 000 patterns).
 */
export function buildHyb(source: HybSource): Hyb {
  const { locale, left = chromiumMinimums.left, right = chromiumMinimums.right } = source;
  const lower = (text: string): string => text.normalize('NFC').toLocaleLowerCase(locale);
  const patterns = [...new Set(source.patterns.map(lower))];
  const exceptions = [...new Set((source.exceptions ?? []).map(lower))].map((word) => withinMinimums(word, left, right));
  const codes = buildAlphabet({ patterns, exceptions, locale });
  const codeOf = (char: string): number => {
    const code = codes.get(char);
    if (code === undefined) throw new Error(`${JSON.stringify(char)} is missing from the alphabet`);
    return code;
  };
  const trie = new Trie();
  for (const pattern of patterns) trie.addPattern(pattern);
  for (const exception of exceptions) trie.addException(exception);
  addInhibitors(trie, codes, left, right);

  const order = trie.breadthFirst(codeOf);
  const { uniques, standIn } = deduplicate(order);
  const maxCode = Math.max(...codes.values());
  const size = pack(uniques, codeOf, maxCode);
  const alphabet = packAlphabet(codes);
  const { ids, bytes: patternBytes } = packPatterns(trie.nodes);
  const trieBytes = packTrie({ uniques, standIn, codeOf, size, ids, maxCode });

  const header = Buffer.alloc(24);
  const trieOffset = header.length + alphabet.length;
  const patternOffset = trieOffset + trieBytes.length;
  const fileSize = patternOffset + patternBytes.length;
  [hybMagic, 0, header.length, trieOffset, patternOffset, fileSize].forEach((value, index) => header.writeUInt32LE(value, 4 * index));
  return { bytes: Buffer.concat([header, alphabet, trieBytes, patternBytes]), patterns: patterns.length, exceptions: exceptions.length };
}

/** Patterns `.` + n letters + 8 (and 8 + n letters + `.`) for minimums above Chromium's. */
function addInhibitors(trie: Trie, codes: ReadonlyMap<string, number>, left: number, right: number): void {
  const byCode = new Map<number, string>();
  for (const [char, code] of codes) if (code > 0 && !byCode.has(code)) byCode.set(code, char);
  const letters = [...byCode.values()];
  let count = 0;
  for (let n = chromiumMinimums.left; n < left; n++) count += letters.length ** n;
  for (let n = chromiumMinimums.right; n < right; n++) count += letters.length ** n;
  if (count > 50_000) throw new Error(`minimums ${left}/${right} need ${count} inhibiting patterns: set them in CSS instead`);
  for (let n = chromiumMinimums.left; n < left; n++) for (const seq of sequences(letters, n)) trie.add(`.${seq}`, [inhibit], true);
  for (let n = chromiumMinimums.right; n < right; n++) {
    for (const seq of sequences(letters, n)) trie.add(`${seq}.`, [inhibit, ...new Array<number>(n + 1).fill(0)], true);
  }
}

/** The pattern table: each distinct result once, with its trailing zeros cut; ids by result. */
function packPatterns(nodes: readonly TrieNode[]): { ids: Map<string, number>; bytes: Buffer } {
  const entries = [0];
  const ids = new Map<string, number>([['', 0]]);
  const offsets = new Map<string, number>();
  const values: Buffer[] = [];
  let valuesSize = 0;
  for (const { result } of nodes) {
    if (!result) continue;
    const key = result.join(',');
    if (ids.has(key)) continue;
    let zeros = 0;
    while (zeros < result.length && result[result.length - zeros - 1] === 0) zeros++;
    const raw = Buffer.from(result.slice(0, result.length - zeros));
    const rawKey = raw.toString('hex');
    let offset = offsets.get(rawKey);
    if (offset === undefined) {
      offsets.set(rawKey, (offset = valuesSize));
      values.push(raw);
      valuesSize += raw.length;
    }
    if (raw.length > 63 || zeros > 63 || offset > 0xfffff) throw new Error('pattern table overflow');
    ids.set(key, entries.length);
    entries.push(((raw.length << 26) | (zeros << 20) | offset) >>> 0);
  }
  const head = Buffer.alloc(16 + 4 * entries.length);
  [0, entries.length, 16 + 4 * entries.length, valuesSize].forEach((value, index) => head.writeUInt32LE(value, 4 * index));
  entries.forEach((entry, index) => head.writeUInt32LE(entry, 16 + 4 * index));
  return { ids, bytes: Buffer.concat([head, ...values]) };
}

/** What `packTrie` writes. */
interface PackedTrie {
  readonly uniques: readonly TrieNode[];
  readonly standIn: readonly TrieNode[];
  readonly codeOf: (char: string) => number;
  readonly size: number;
  readonly ids: ReadonlyMap<string, number>;
  readonly maxCode: number;
}

/** The trie section: each slot's character, link and pattern id in one word. */
function packTrie({ uniques, standIn, codeOf, size, ids, maxCode }: PackedTrie): Buffer {
  const linkShift = bitLength(maxCode);
  const charMask = (1 << linkShift) - 1;
  const patternShift = linkShift + bitLength(size - 1);
  const linkMask = (1 << patternShift) - (1 << linkShift);
  if (patternShift + bitLength(ids.size) > 32) throw new Error('trie entries do not fit in 32 bits');
  const chars = new Uint32Array(size);
  const links = new Uint32Array(size);
  const patterns = new Uint32Array(size);
  for (const node of uniques) {
    if (node.result) patterns[node.slot] = ids.get(node.result.join(',')) ?? 0;
    for (const [char, next] of node.successors) {
      const code = codeOf(char);
      chars[node.slot + code] = code;
      links[node.slot + code] = standIn[next.order]?.slot ?? 0;
    }
  }
  const bytes = Buffer.alloc(24 + 4 * size);
  [0, charMask, linkShift, linkMask >>> 0, patternShift, size].forEach((value, index) => bytes.writeUInt32LE(value, 4 * index));
  for (let slot = 0; slot < size; slot++) {
    // Pattern ids can reach bit 31: build the word with unsigned arithmetic.
    const entry = (patterns[slot] ?? 0) * 2 ** patternShift + (links[slot] ?? 0) * 2 ** linkShift + (chars[slot] ?? 0);
    bytes.writeUInt32LE(entry, 24 + 4 * slot);
  }
  return bytes;
}
