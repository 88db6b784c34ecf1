/**
 * TeX patterns and exceptions out of the `hyphen` npm package, which ships
 * each language of hyph-utf8 as a compressed trie in
 * `hyphen/patterns/<code>.js`: `[levels, trie, exceptions]`.
 */
import { readFile } from 'node:fs/promises';
import vm from 'node:vm';

/** A language's patterns (`.ach4`, `a1b2c`) and hyphenated exceptions (`ta-ble`; `project`: never broken). */
export interface Patterns {
  readonly patterns: string[];
  readonly exceptions: string[];
}

/** A trie node: a leaf (index into the levels), an inner node, or an inner node that ends a pattern too. */
type Branch = number | Node | [Node, number];
interface Node {
  readonly [char: string]: Branch;
}

const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every((item) => typeof item === 'number');
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The pattern: each level goes before its character; a pattern starting with `.` has its first level after the dot. */
function patternOf(path: string, levels: readonly number[]): string {
  const chars = Array.from(path);
  const gaps = new Array<number>(chars.length + 1).fill(0);
  const base = chars[0] === '.' ? 1 : 0;
  levels.forEach((level, index) => (gaps[base + index] = level));
  const digit = (gap: number | undefined): string => (gap ? String(gap) : '');
  return chars.map((char, index) => `${digit(gaps[index])}${char}`).join('') + digit(gaps[chars.length]);
}

/** Decode the data of one `hyphen/patterns/<code>.js`. */
export function fromHyphenData(data: unknown): Patterns {
  if (!Array.isArray(data)) throw new Error('not a hyphen pattern file: expected [levels, trie, exceptions]');
  const [levels, trie, markers] = data as unknown[];
  if (!Array.isArray(levels) || !levels.every(isNumbers) || !isNode(trie)) throw new Error('not a hyphen pattern file');
  const patterns: string[] = [];
  const emit = (path: string, index: number): void => {
    const found = levels[index];
    if (found === undefined) throw new Error(`pattern ${path} names level ${index}, which is missing`);
    patterns.push(patternOf(path, found));
  };
  const walk = (node: Node, path: string): void => {
    for (const [char, branch] of Object.entries(node)) {
      if (typeof branch === 'number') emit(path + char, branch);
      else if (Array.isArray(branch)) {
        emit(path + char, branch[1]);
        walk(branch[0], path + char);
      } else walk(branch, path + char);
    }
  };
  walk(trie, '');
  return { patterns, exceptions: exceptionsOf(markers) };
}

/**
 * `hyphen` stores each exception's breaks as offsets into the hyphenated
 * spelling (`dec-li-na-tion` is [3, 6, 9]) and then applies them to the plain
 * word, which gives `dec-lin-ati-on` (hyphen 1.14.1). The k-th offset is at
 * plain offset `offset - k`.
 */
function exceptionsOf(markers: unknown): string[] {
  if (!isNode(markers)) return [];
  return Object.entries(markers).map(([word, offsets]) => {
    const at = new Set(isNumbers(offsets) ? offsets.map((offset, k) => offset - k) : []);
    return Array.from(word)
      .map((char, index) => (at.has(index) ? '-' : '') + char)
      .join('');
  });
}

/**
 * Load one of `hyphen`'s pattern files. It runs in a context of its own, not
 * through `require`: hyphen.js memoises every word it hyphenates into the
 * exception table of the shared module object.
 */
export async function loadHyphenPatterns(file: string): Promise<Patterns> {
  const sandbox: { module: { exports: unknown } } = { module: { exports: {} } };
  vm.runInNewContext(await readFile(file, 'utf8'), sandbox, { filename: file });
  return fromHyphenData(sandbox.module.exports);
}
