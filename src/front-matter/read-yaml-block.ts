import type { VFile } from 'vfile';
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { failAt, firstLine, type MatterBlock, type MatterPath, type MatterSource, type Place } from './matter-source.js';
import { toError } from '../errors.js';

/** Aliases a block may expand: enough for any real front matter, too few for a "billion laughs" bomb. */
const maxAliasCount = 100;

/**
 * Parse a YAML front matter block (YAML 1.2 core schema: `date: 2024-04-09`
 * stays a string). Invalid YAML, a block that expands too many aliases and a
 * block that is not a map of `key: value` lines are errors at their line;
 * returns `undefined` then.
 */
export function readYamlBlock(file: VFile, block: MatterBlock): MatterSource | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.value, { lineCounter, prettyErrors: false });
  const place = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: block.line + line - 1, column: col };
  };
  for (const error of doc.errors) {
    failAt(file, `invalid YAML in front matter: ${firstLine(error.message)}`, place(error.pos[0]), 'front-matter-yaml');
  }
  if (doc.errors.length > 0) return undefined;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount }) ?? {};
  } catch (error) {
    const reason = `front matter could not be read: ${firstLine(toError(error).message)}; write the values out instead of repeating aliases (\`*name\`)`;
    failAt(file, reason, place(firstAliasOffset(doc) ?? 0), 'front-matter-yaml');
    return undefined;
  }
  if (!isRecord(data)) {
    failAt(file, 'front matter must be a map of `key: value` lines', { line: block.line, column: 1 }, 'front-matter-shape');
    return undefined;
  }
  return {
    data,
    locate: (path) => place(offsetOf(doc, path) ?? 0),
    locateKey: (key) => ({ line: place(keyOffset(doc, [key]) ?? 0).line, column: 1 }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Offset of the value at `path`; of its key when the value is empty or absent; else of the nearest parent. */
function offsetOf(doc: Document, path: MatterPath): number | undefined {
  const node = doc.getIn(path, true);
  if (isNode(node) && node.range && !(isScalar(node) && node.value === null)) return node.range[0];
  const key = keyOffset(doc, path);
  if (key !== undefined) return key;
  if (path.length > 1) return offsetOf(doc, path.slice(0, -1));
  return isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : undefined;
}

/** Offset of the key of the entry at `path`, when its parent is a map. */
function keyOffset(doc: Document, path: MatterPath): number | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const name = path.at(-1);
  const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === name);
  return pair && isNode(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
}

/** Where the first alias (`*name`) is, to point at when there are too many. */
function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}
