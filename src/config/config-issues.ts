import * as v from 'valibot';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/**
 * One line per problem of a config file: `folio.config.json:4:5: \`print.paper\` must be …`.
 * The line and column (of the key) are given for JSON, whose text Folio
 * parses; a JavaScript config names the key only.
 */
export function describeIssues(
  issues: readonly v.BaseIssue<unknown>[],
  file: string,
  json: string | undefined,
  known: readonly string[],
): string[] {
  const locate = json === undefined ? () => '' : keyLocator(json);
  const lines = issues.map((issue) => {
    const keys = (issue.path ?? []).flatMap((item) => (typeof item.key === 'string' || typeof item.key === 'number' ? [item.key] : []));
    const unknown = issue.type === 'strict_object' && issue.expected === 'never';
    const reason = unknown
      ? `is not an option Folio knows${suggestion(String(keys.at(-1)), keys.length === 1 ? known : [])}`
      : issue.message;
    const place = locate(keys);
    return {
      line: Number(place.split(':')[1] ?? 0),
      text: `${file}${place}: ${keys.length > 0 ? `\`${keyPath(keys)}\`` : 'the config'} ${reason}`,
    };
  });
  // In the order of the file, when the places are known.
  return lines.sort((a, b) => a.line - b.line).map((line) => line.text);
}

/** `collections[0].name`, as the key would be written in JavaScript. */
function keyPath(keys: readonly (string | number)[]): string {
  return keys.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

/** ` (did you mean \`outDir\`?)` when a known key is one or two edits away. */
function suggestion(key: string, known: readonly string[]): string {
  const close = known.find((candidate) => distance(candidate.toLowerCase(), key.toLowerCase()) <= 2);
  return close ? ` (did you mean \`${close}\`?)` : '';
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** `:line:column` of the key at a path of a JSON text (JSON is YAML 1.2, so yaml's parser keeps the places). */
function keyLocator(json: string): (keys: readonly (string | number)[]) => string {
  const lines = new LineCounter();
  const document = parseDocument(json, { lineCounter: lines, keepSourceTokens: false });
  return (keys) => {
    if (keys.length === 0) return '';
    const offset = keyNode(document, keys)?.range?.[0];
    if (offset === undefined) return '';
    const { line, col } = lines.linePos(offset);
    return `:${line}:${col}`;
  };
}

/** The node of the key at a path, where the path ends in a map's key (its place is the key's), else the node at the path. */
function keyNode(document: Document, keys: readonly (string | number)[]): Node | undefined {
  const parent = keys.length === 1 ? document.contents : document.getIn(keys.slice(0, -1), true);
  const last = keys.at(-1);
  const found = isMap(parent)
    ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last)?.key
    : document.getIn(keys, true);
  return isNode(found) ? found : undefined;
}
