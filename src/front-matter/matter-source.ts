import type { VFile } from 'vfile';

/** A line and column in the Markdown file. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

/** The front matter block of a Markdown file, as remark-frontmatter found it. */
export interface MatterBlock {
  /** `yaml` between `---` lines, or `toml` between `+++` lines (Hugo). */
  readonly kind: 'yaml' | 'toml';
  readonly value: string;
  /** Line of the Markdown file the block's first line is on: the one after the opening `---` or `+++`. */
  readonly line: number;
}

/** A path into front matter: a key, then keys or list indexes below it. */
export type MatterPath = readonly (string | number)[];

/** Front matter as written, parsed, and where each of its values sits in the Markdown file. */
export interface MatterSource {
  /** The top-level map, its keys in the order written. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Where the value at `path` is (else its key, else the block). */
  readonly locate: (path: MatterPath) => Place;
  /** Where the top-level `key` is written (its line, column 1). */
  readonly locateKey: (key: string) => Place;
}

/** Add an error about the front matter at `place`: the document is not built. */
export function failAt(file: VFile, reason: string, place: Place, ruleId: string): void {
  const message = file.message(reason, { place, ruleId, source: 'folio' });
  message.fatal = true;
}

/** Add a warning about the front matter at `place`: the document is built all the same. */
export function warnAt(file: VFile, reason: string, place: Place, ruleId: string): void {
  const message = file.message(reason, { place, ruleId, source: 'folio' });
  message.fatal = false;
}

/** The first line of a parser's message (YAML and TOML errors add a picture of the source below it). */
export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
