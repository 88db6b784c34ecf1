import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import type { VFile } from 'vfile';
import { failAt, firstLine, type MatterBlock, type MatterSource, type Place } from './matter-source.js';
import { toError } from '../errors.js';

/** Tables nested deeper than this are refused, as deep nesting is in Markdown (see `checkDepth`). */
const maxDepth = 100;

/**
 * Parse a TOML front matter block (Hugo's, between `+++` lines). Invalid
 * TOML is one error at its line; returns `undefined` then. TOML dates
 * become their ISO text (`2024-04-09`, `2024-04-09T10:00:00.000`), which
 * the front matter schema reads as any written date.
 */
export function readTomlBlock(file: VFile, block: MatterBlock): MatterSource | undefined {
  let data;
  try {
    data = parseToml(block.value, { maxDepth });
  } catch (error) {
    const { line, column } = error instanceof TomlError ? error : { line: 1, column: 1 };
    const reason = `invalid TOML in front matter: ${firstLine(toError(error).message).replace(/^Invalid TOML document: /, '')}`;
    failAt(file, reason, { line: block.line + line - 1, column }, 'front-matter-toml');
    return undefined;
  }
  const keys = topLevelKeys(block.value.split('\n'));
  const keyAt = (key: string): Place => {
    const index = keys.findIndex((found) => found?.key === key);
    if (index < 0) return { line: block.line, column: 1 };
    return { line: block.line + index, column: keys[index]?.column ?? 1 };
  };
  const source: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) source[key] = withDatesAsText(value);
  return {
    data: source,
    locate: (path) => keyAt(String(path[0] ?? '')),
    locateKey: (key) => ({ line: keyAt(key).line, column: 1 }),
  };
}

/** A top-level key a line defines, and the column its value starts at. */
interface KeyLine {
  readonly key: string;
  readonly column: number;
}

/**
 * For each line, the top-level key it defines, if any: `key = ...`,
 * `"key" = ...` or `key.sub = ...` before the first table, then each
 * table header's first key (`[key]`, `[key.sub]`, `[[key]]`).
 */
function topLevelKeys(lines: readonly string[]): (KeyLine | undefined)[] {
  let inTable = false;
  return lines.map((text) => {
    const header = /^\s*\[{1,2}\s*(?:([\w-]+)|"([^"]*)"|'([^']*)')/.exec(text);
    if (header) {
      inTable = true;
      return { key: header[1] ?? header[2] ?? header[3] ?? '', column: 1 };
    }
    const pair = inTable ? null : /^\s*(?:([\w-]+)|"([^"]*)"|'([^']*)')\s*[.=]/.exec(text);
    if (!pair) return undefined;
    const value = /^[^=]*=\s*/.exec(text);
    return { key: pair[1] ?? pair[2] ?? pair[3] ?? '', column: (value?.[0].length ?? 0) + 1 };
  });
}

function withDatesAsText(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(withDatesAsText);
  return value;
}
