import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

/** A path into a config: keys, and list indexes (`collections[0].name` is `['collections', 0, 'name']`). */
export type KeyPath = readonly (string | number)[];

/** A line and column (both from 1) in a config file. */
export interface TextPlace {
  readonly line: number;
  readonly column: number;
}

/** Where the key at a path is written in a config file, or where the nearest key above it is; `undefined` when not found. */
export type LocateKey = (keys: KeyPath) => TextPlace | undefined;

/** The line and column of a character offset of `text`. */
export function placeOfOffset(text: string, offset: number): TextPlace {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Places in a JSON config, from jsonc-parser's syntax tree: exact. */
export function jsonKeyPlaces(json: string): LocateKey {
  const root = parseTree(json);
  return (keys) => {
    if (!root) return undefined;
    // The deepest part of the path that exists: a missing key is placed at the object it is missing from.
    for (let length = keys.length; length > 0; length--) {
      const node = findNodeAtLocation(root, [...keys.slice(0, length)]);
      if (node) return placeOfOffset(json, keyNode(node).offset);
    }
    return undefined;
  };
}

/** A property's value stands for its key (`"outdir": ...` is placed at `"outdir"`); a list item for itself. */
function keyNode(node: Node): Node {
  const parent = node.parent;
  return parent?.type === 'property' && parent.children?.[0] ? parent.children[0] : node;
}

/**
 * Places in a JavaScript or TypeScript config, found by the keys' names in
 * its text: each key of the path is looked for as a property (`outDir:`,
 * `"outDir":`) after the one before it, and an index `[n]` takes the n+1th
 * match of the next key. Good enough for the object literals configs are
 * made of (a key inside a string or comment written earlier could mislead
 * it, and then the place is only less precise); a shorthand property
 * (`{ theme }`) is not found, and the key above it is given instead.
 */
export function scriptKeyPlaces(source: string): LocateKey {
  return (keys) => {
    let from = 0;
    let found: number | undefined;
    let skip = 0;
    for (const key of keys) {
      if (typeof key === 'number') {
        skip = key;
        continue;
      }
      const at = nthProperty(source, key, from, skip);
      if (at === undefined) break;
      found = at;
      from = at + key.length;
      skip = 0;
    }
    return found === undefined ? undefined : placeOfOffset(source, found);
  };
}

/** Offset of the `skip`+1th `key:` (quoted or not) from `from`. */
function nthProperty(source: string, key: string, from: number, skip: number): number | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const property = new RegExp(`(?<![\\w$])(["'\`]?)${escaped}\\1\\s*:`, 'g');
  property.lastIndex = from;
  let match: RegExpExecArray | null;
  let seen = 0;
  while ((match = property.exec(source)) !== null) {
    if (seen === skip) return match.index;
    seen += 1;
  }
  return undefined;
}
