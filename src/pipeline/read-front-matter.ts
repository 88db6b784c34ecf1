import * as v from 'valibot';
import type { VFile } from 'vfile';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { FrontMatter, frontMatterKeys } from '../config/front-matter.js';

/** Where the YAML block sits in the Markdown file: the line after the opening `---`. */
export interface YamlBlock {
  readonly value: string;
  readonly line: number;
}

/**
 * Parse and validate the front matter of `file`. Every problem becomes a
 * message on the file with its line and column; problems that make the
 * document unusable are fatal. Returns the front matter, or `undefined`
 * when a fatal message was added.
 */
export function readFrontMatter(file: VFile, block: YamlBlock | undefined): FrontMatter | undefined {
  if (!block) {
    fail(file, 'no front matter: start the file with a `---` block that gives at least `title:`', 1, 1, 'front-matter-missing');
    return undefined;
  }
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: `date: 2024-02-25` stays a string, as the schema expects.
  const doc = parseDocument(block.value, { lineCounter, prettyErrors: false });
  const place = (offset: number): [number, number] => {
    const { line, col } = lineCounter.linePos(offset);
    return [block.line + line - 1, col];
  };
  for (const error of doc.errors) {
    fail(file, `invalid YAML in front matter: ${firstLine(error.message)}`, ...place(error.pos[0]), 'front-matter-yaml');
  }
  if (doc.errors.length > 0) return undefined;

  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    fail(file, 'front matter must be a map of `key: value` lines', block.line, 1, 'front-matter-shape');
    return undefined;
  }
  warnUnknownKeys(file, doc, data, place);
  const result = v.safeParse(FrontMatter, data, { abortPipeEarly: true });
  if (result.success) return result.output;
  for (const issue of result.issues) {
    const path = v.getDotPath(issue) ?? '';
    const at = offsetOf(doc, path) ?? 0;
    const reason = path
      ? `front matter \`${path}\` ${issue.input === undefined ? 'is missing' : issue.message}`
      : `invalid front matter: ${issue.message}`;
    fail(file, reason, ...place(at), 'front-matter-schema');
  }
  return undefined;
}

function warnUnknownKeys(file: VFile, doc: Document, data: object, place: (offset: number) => [number, number]): void {
  for (const key of Object.keys(data)) {
    if (frontMatterKeys.has(key)) continue;
    const [line, column] = place(offsetOf(doc, key) ?? 0);
    const message = file.message(`unknown front matter key \`${key}\` is ignored (see docs/front-matter.md)`, {
      place: { line, column },
      ruleId: 'front-matter-unknown-key',
      source: 'folio',
    });
    message.fatal = false;
  }
}

/** Offset of the value at a dotted path, or of its key when the value is absent. */
function offsetOf(doc: Document, path: string): number | undefined {
  const keys = path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  const node = doc.getIn(keys, true);
  if (isNode(node) && node.range) return node.range[0];
  const parent = doc.getIn(keys.slice(0, -1), true) ?? doc.contents;
  return isNode(parent) && parent.range ? parent.range[0] : undefined;
}

function fail(file: VFile, reason: string, line: number, column: number, ruleId: string): void {
  const message = file.message(reason, { place: { line, column }, ruleId, source: 'folio' });
  message.fatal = true;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
