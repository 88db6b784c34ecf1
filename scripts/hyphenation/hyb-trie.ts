/**
 * The pattern trie of a `.hyb` file and its packing into one array (Liang's
 * method), ported from AOSP's `mk_hyb_file.py` (Apache-2.0, (C) 2015 The
 * Android Open Source Project) by way of Folio's prototype.
 */

/** Exception marks: odd breaks, even forbids; both beat every digit patterns use (at most 9). */
const exceptionBreak = 11;
const exceptionNoBreak = 10;

/** One node: its successors by character, and the values of the pattern that ends here. */
export class TrieNode {
  readonly successors = new Map<string, TrieNode>();
  /** Values aligned to the end of the string that leads here (`mk_hyb_file.py`'s `res`). */
  result: number[] | undefined;
  /** Where it is in breadth-first order, then where it lands in the packed array. */
  order = -1;
  slot = -1;
}

/** Right-aligned pointwise maximum of two results (`mk_hyb_file.py`'s `combine`). */
function combine(a: readonly number[] | undefined, b: readonly number[]): number[] {
  if (a === undefined) return [...b];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const offset = long.length - short.length;
  return long.map((value, index) => (index < offset ? value : Math.max(value, short[index - offset] ?? 0)));
}

/** The patterns and exceptions of a language as a trie over their characters. */
export class Trie {
  readonly root = new TrieNode();
  readonly nodes: TrieNode[] = [this.root];

  /** A TeX pattern such as `.ad4der`: each digit is the value of the gap it stands in. */
  addPattern(pattern: string): void {
    let lastWasLetter = false;
    let seenNumber = false;
    const result: number[] = [];
    let word = '';
    for (const char of pattern) {
      if (char >= '0' && char <= '9') {
        result.push(Number(char));
        lastWasLetter = false;
        seenNumber = true;
      } else {
        word += char;
        if (lastWasLetter && seenNumber) result.push(0);
        lastWasLetter = true;
      }
    }
    if (lastWasLetter) result.push(0);
    this.add(word, result);
  }

  /** An exception such as `ta-ble`: its breaks, and no others, for that whole word. */
  addException(hyphenated: string): void {
    const result: number[] = [];
    let word = '.';
    let between = false;
    for (const char of hyphenated) {
      if (char === '-') {
        result.push(exceptionBreak);
        between = false;
      } else {
        if (between) result.push(exceptionNoBreak);
        word += char;
        between = true;
      }
    }
    result.push(0, 0);
    this.add(`${word}.`, result);
  }

  /** Set (or, with `merge`, combine) the result at the end of `word`'s path. */
  add(word: string, result: readonly number[], merge = false): void {
    let node = this.root;
    for (const char of word) {
      let next = node.successors.get(char);
      if (next === undefined) {
        next = new TrieNode();
        this.nodes.push(next);
        node.successors.set(char, next);
      }
      node = next;
    }
    node.result = merge ? combine(node.result, result) : [...result];
  }

  /** Nodes in breadth-first order, each node's successors by alphabet code. */
  breadthFirst(codeOf: (char: string) => number): TrieNode[] {
    const order = [this.root];
    for (let index = 0; index < order.length; index++) {
      const node = order[index];
      if (node === undefined) break;
      node.order = index;
      const byCode = new Map<number, TrieNode>();
      for (const [char, next] of node.successors) {
        const code = codeOf(char);
        if (byCode.has(code)) throw new Error(`two successors share the alphabet code of U+${(char.codePointAt(0) ?? 0).toString(16)}`);
        byCode.set(code, next);
      }
      for (const code of [...byCode.keys()].sort((a, b) => a - b)) order.push(byCode.get(code) ?? node);
    }
    return order;
  }
}

/**
 * Suffix compression: nodes whose sub-tries are the same are stored once.
 * Returns the distinct nodes (in breadth-first order) and, for each node's
 * breadth-first position, the node that stands for it.
 */
export function deduplicate(order: readonly TrieNode[]): { uniques: TrieNode[]; standIn: TrieNode[] } {
  const uniques: TrieNode[] = [];
  const seen = new Map<string, TrieNode>();
  const standIn: TrieNode[] = [];
  for (let index = order.length - 1; index >= 0; index--) {
    const node = order[index];
    if (node === undefined) continue;
    // The separator keeps [1,10] and [11,0] apart (mk_hyb_file.py could merge them).
    let key = node.result ? node.result.join(',') : '';
    for (const char of [...node.successors.keys()].sort()) {
      const next = node.successors.get(char);
      key += ` ${char}${next === undefined ? -1 : (standIn[next.order]?.order ?? -1)}`;
    }
    const same = seen.get(key);
    if (same === undefined) {
      uniques.push(node);
      seen.set(key, node);
      standIn[index] = node;
    } else {
      standIn[index] = same;
    }
  }
  return { uniques: uniques.reverse(), standIn };
}

/** A place in a free list: before its first slot, at a slot, or past its end. */
type Cursor = number | 'start' | 'end';

/** Free slots of the packed array, as a doubly linked list grown on demand (`mk_hyb_file.py`'s Freelist). */
class FreeList {
  #first: number | undefined;
  #last: number | undefined;
  /** -1: used; undefined: head of the list. */
  readonly #previous: (number | undefined)[] = [];
  readonly #next: (number | undefined)[] = [];

  #grow(): void {
    const slot = this.#previous.length;
    this.#previous.push(this.#last);
    this.#next.push(undefined);
    if (this.#last === undefined) this.#first = slot;
    else this.#next[this.#last] = slot;
    this.#last = slot;
  }

  /** The free slot at `cursor` (the first free one at `start`, a new one at `end`), and the cursor after it. */
  take(cursor: Cursor): [number, Cursor] {
    let slot = cursor === 'start' ? this.#first : cursor === 'end' ? undefined : cursor;
    if (slot === undefined) {
      this.#grow();
      slot = this.#last ?? 0;
    }
    return [slot, this.#next[slot] ?? 'end'];
  }

  isFree(slot: number): boolean {
    while (slot >= this.#previous.length) this.#grow();
    return this.#previous[slot] !== -1;
  }

  use(slot: number): void {
    const previous = this.#previous[slot];
    const next = this.#next[slot];
    if (previous === -1) throw new Error(`slot ${slot} used twice`);
    if (previous === undefined) this.#first = next;
    else this.#next[previous] = next;
    if (next === undefined) this.#last = previous;
    else this.#previous[next] = previous;
    this.#previous[slot] = -1;
  }
}

/**
 * First-fit packing of nodes and their edges into one array: a node at slot
 * `s` has its edge for code `c` at `s + c`. Sets each node's `slot`; returns
 * the array's length.
 */
export function pack(nodes: readonly TrieNode[], codeOf: (char: string) => number, maxCode: number): number {
  let size = 0;
  const free = { nodes: new FreeList(), edges: new FreeList() };
  for (const node of nodes) {
    const codes = [...node.successors.keys()].map(codeOf).sort((a, b) => a - b);
    let slot: number;
    const [firstCode] = codes;
    if (firstCode === undefined) {
      [slot] = free.nodes.take('start');
    } else {
      let cursor: Cursor = 'start';
      for (;;) {
        let edge: number;
        [edge, cursor] = free.edges.take(cursor);
        slot = edge - firstCode;
        if (slot >= 0 && free.nodes.isFree(slot) && codes.every((code) => free.edges.isFree(slot + code))) break;
      }
    }
    node.slot = slot;
    free.nodes.use(slot);
    size = Math.max(size, slot);
    for (const code of codes) free.edges.use(slot + code);
  }
  return size + maxCode + 1;
}
