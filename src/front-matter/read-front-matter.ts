import * as v from 'valibot';
import type { VFile } from 'vfile';
import { FrontMatter } from './front-matter.js';
import { isOtherToolKey } from './other-tools.js';
import { closestName, didYouMeanAllowed } from '../suggest.js';
import { layouts } from '../config/print-settings.js';
import { failAt, warnAt, type MatterBlock, type MatterPath, type MatterSource } from './matter-source.js';
import { readTomlBlock } from './read-toml-block.js';
import { readYamlBlock } from './read-yaml-block.js';

/**
 * Keys Folio shares with other tools (pandoc, Jekyll, Hugo, ...), which may
 * mean something else there: a value Folio cannot use is a warning, and the
 * key is left out. Folio's own keys (`paper`, `handout`, `toc`, ...) with a
 * wrong value are errors: only the author can say what was meant.
 */
const sharedKeys: ReadonlySet<string> = new Set([
  'title',
  'subtitle',
  'description',
  'author',
  'date',
  'lang',
  'keywords',
  'identifier',
  'publisher',
  'rights',
]);
/** Keys whose value is text: a number there (`title: 1984`) is the text it is written as. */
const textKeys: ReadonlySet<string> = new Set(['title', 'subtitle', 'description', 'identifier', 'publisher', 'rights', 'shortTitle']);
const entries: Readonly<Record<string, v.GenericSchema>> = FrontMatter.entries;
/** The keys a typo may have meant: Folio's own, and `authors`, which Folio reads too. */
const folioKeyNames: readonly string[] = [...Object.keys(entries), 'authors'];

/** Front matter values Folio keeps, each one valid, as written: the title and language are not settled yet. */
export type MatterValues = Readonly<Record<string, unknown>>;

/** A key Folio reads, with its value made ready for the schema and the path it was written at. */
interface Given {
  readonly key: string;
  readonly value: unknown;
  readonly path: MatterPath;
}

/**
 * Read the front matter block of `file` (YAML, or TOML for Hugo), if any,
 * leniently: a file without one has none of the values. Other tools' keys
 * are ignored silently and unknown keys with one warning; a value of a key
 * Folio shares with other tools that Folio cannot use is a warning, and the
 * key is left out. Returns `undefined` when a fatal message was added
 * (unreadable YAML or TOML, a wrong value of one of Folio's own keys).
 * `lang` is the language used when the front matter's is not valid.
 */
export function readFrontMatter(file: VFile, block: MatterBlock | undefined, lang: string): MatterValues | undefined {
  if (!block) return {};
  const source = block.kind === 'toml' ? readTomlBlock(file, block) : readYamlBlock(file, block);
  if (!source) return undefined;
  const values: Record<string, unknown> = {};
  let usable = true;
  for (const { key, value, path } of folioKeys(file, source)) {
    const schema = entries[key];
    if (!schema) continue;
    const result = v.safeParse(schema, value, { abortPipeEarly: true });
    if (result.success) {
      values[key] = value;
      continue;
    }
    const [issue] = result.issues;
    const place = source.locate([...path, ...issuePath(issue)]);
    if (sharedKeys.has(key)) {
      const reason = `front matter \`${key}\` ${issue.message}; ${fallback(key, lang)}`;
      warnAt(file, reason, place, key === 'date' ? 'front-matter-date' : 'front-matter-value');
    } else {
      failAt(file, `front matter \`${key}\` ${issue.message}${didYouMeanAllowed(issue)}`, place, 'front-matter-schema');
      usable = false;
    }
  }
  return usable ? values : undefined;
}

/**
 * The keys Folio reads, in the order written, their values as the schema
 * expects them; warns once about the keys that are neither Folio's nor
 * another tool's.
 */
function folioKeys(file: VFile, source: MatterSource): Given[] {
  const { data } = source;
  const given: Given[] = [];
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (key === 'authors' && (data['author'] === undefined || data['author'] === null)) {
      // Hugo's and Docusaurus's list of authors, when `author` is not given.
      if (value !== null) given.push({ key: 'author', value: names(value), path: [key] });
    } else if (key === 'layout') {
      // Folio's older spelling of `handout` when it names one; else Jekyll's or Hugo's template.
      if (typeof value === 'string' && (layouts as readonly string[]).includes(value)) given.push({ key, value, path: [key] });
    } else if (Object.hasOwn(entries, key)) {
      // `date:` with nothing after it, as templates leave it: not given.
      if (value !== null)
        given.push({ key, value: key === 'author' ? names(value) : textKeys.has(key) ? asText(value) : value, path: [key] });
    } else if (!isOtherToolKey(key)) {
      unknown.push(key);
    }
  }
  warnUnknown(file, source, unknown);
  return given;
}

/**
 * Warn about keys that are neither Folio's nor another tool's: one warning,
 * at the first, for the lot; but a key close to one of Folio's (`autor`) is
 * most likely a typo that drops a value, so it gets a warning of its own, at
 * its own line, saying which key was meant.
 */
function warnUnknown(file: VFile, source: MatterSource, keys: readonly string[]): void {
  const meant = new Map(keys.map((key) => [key, closestName(key, folioKeyNames)]));
  const others = keys.filter((key) => meant.get(key) === undefined);
  const list = others.map((key) => `\`${key}\``).join(', ');
  // In the order written, so that the messages are too.
  for (const key of keys) {
    const typo = meant.get(key);
    if (typo !== undefined) {
      const reason = `front matter key \`${key}\` is not Folio's and is ignored: did you mean \`${typo}\`?`;
      warnAt(file, reason, source.locateKey(key), 'front-matter-unknown-key');
    } else if (key === others[0]) {
      const reason =
        others.length === 1
          ? `front matter key ${list} is not Folio's and is ignored (see docs/front-matter.md)`
          : `front matter keys ${list} are not Folio's and are ignored (see docs/front-matter.md)`;
      warnAt(file, reason, source.locateKey(key), 'front-matter-unknown-key');
    }
  }
}

/** Names as Jekyll, Docusaurus and pandoc also write them: maps with a `name` (`{ name: Ada, url: ... }`). */
function names(value: unknown): unknown {
  const name = (item: unknown): unknown =>
    typeof item === 'object' && item !== null && 'name' in item && typeof item.name === 'string' ? item.name : item;
  return Array.isArray(value) ? value.map(name) : name(value);
}

function asText(value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
}

/** What Folio does instead, when a shared key's value cannot be used. */
function fallback(key: string, lang: string): string {
  if (key === 'title') return 'the title is taken from the first `#` heading, else the file name';
  if (key === 'lang') return `the text is taken to be \`${lang}\``;
  if (key === 'date') return 'the document is built without a date';
  return 'it is ignored';
}

/** Where below its key an issue is: `[0]` for the first author of a list. */
function issuePath(issue: v.BaseIssue<unknown>): MatterPath {
  return (issue.path ?? []).flatMap((item) => (typeof item.key === 'string' || typeof item.key === 'number' ? [item.key] : []));
}

/**
 * The front matter of a document, once its title is settled (see
 * `settleTitle`) and with `lang` where the front matter gives no language.
 */
export function completeFrontMatter(values: MatterValues, title: string, lang: string): FrontMatter {
  return v.parse(FrontMatter, { lang, ...values, title });
}
