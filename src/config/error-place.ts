import { pathToFileURL } from 'node:url';
import { parse } from 'acorn';
import type { TextPlace } from './key-places.js';

/**
 * Where in a JavaScript config `error` (thrown while importing it) happened.
 * A run-time error names the file in its stack (`file:///…/folio.config.js:2:7`),
 * as does a CommonJS syntax error (`/…/folio.config.cjs:3`). An ES module's
 * syntax error names no place on Node.js 20, so the source is parsed again
 * with acorn, whose error has one (whatever the error's class: a loader in
 * between, such as a test runner's, may wrap it). `undefined` when neither
 * says.
 */
export function errorPlace(error: unknown, file: string, source: string, sourceType: 'module' | 'script'): TextPlace | undefined {
  return stackPlace(error, file) ?? syntaxPlace(source, sourceType);
}

/** The first place of `file` in the error's stack: its URL (with the `?t=` Folio adds) or its path, then `:line[:column]`. */
function stackPlace(error: unknown, file: string): TextPlace | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  for (const name of [pathToFileURL(file).href, file]) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`${escaped}(?:\\?[^:\\s]*)?:(\\d+)(?::(\\d+))?`).exec(stack);
    if (match) return { line: Number(match[1]), column: Number(match[2] ?? 1) };
  }
  return undefined;
}

/** The place acorn gives a syntax error of `source`, if it finds one. */
function syntaxPlace(source: string, sourceType: 'module' | 'script'): TextPlace | undefined {
  try {
    parse(source, { ecmaVersion: 'latest', sourceType, allowHashBang: true, allowAwaitOutsideFunction: true });
  } catch (error) {
    const loc: unknown = error instanceof SyntaxError && 'loc' in error ? error.loc : undefined;
    if (typeof loc === 'object' && loc !== null && 'line' in loc && 'column' in loc) {
      const { line, column } = loc;
      // acorn counts columns from 0.
      if (typeof line === 'number' && typeof column === 'number') return { line, column: column + 1 };
    }
  }
  return undefined;
}
