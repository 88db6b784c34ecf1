import type * as v from 'valibot';
import { FrontMatter } from '../front-matter/front-matter.js';
import { CollectionOptions } from './collection.js';
import { Config } from './config.js';
import { describeOptions, type OptionDescription } from './describe-options.js';

/** A table of the docs made from one schema. */
export interface OptionTable {
  /** The schema's entries, one row each, in their order. */
  readonly entries: v.ObjectEntries;
  /**
   * Whether a key the schema requires says `Required.`. Not for front matter:
   * its `title` is required by the schema only because Folio fills it in first.
   */
  readonly markRequired: boolean;
}

/** The generated tables, by the name their markers give (`<!-- options:start Config -->`). */
export const optionTables: Readonly<Record<string, OptionTable>> = {
  Config: { entries: Config.entries, markRequired: true },
  CollectionOptions: { entries: CollectionOptions.entries, markRequired: true },
  FrontMatter: { entries: FrontMatter.entries, markRequired: false },
};

/** The command that rewrites the tables, for messages. */
export const optionTablesCommand = 'node scripts/docs-options.js';

/** A Markdown document with its tables filled in, and the names of the tables it holds. */
export interface FilledDocument {
  readonly markdown: string;
  readonly tables: readonly string[];
}

const marked = /(<!-- options:start (\w+)[^\n]*-->\n)[\s\S]*?(<!-- options:end -->)/g;

/**
 * Replace what lies between each `<!-- options:start NAME ... -->` and the
 * next `<!-- options:end -->` with the table of `optionTables[NAME]`, keeping
 * the markers and everything around them. Pure.
 */
export function fillOptionTables(markdown: string): FilledDocument {
  const tables: string[] = [];
  const filled = markdown.replace(marked, (_match, start: string, name: string, end: string) => {
    const table = optionTables[name];
    if (!table) throw new Error(`No option table is called \`${name}\`: use one of ${Object.keys(optionTables).join(', ')}.`);
    tables.push(name);
    return `${start}\n${renderOptionTable(describeOptions(table.entries), table.markRequired)}\n${end}`;
  });
  return { markdown: filled, tables };
}

/** A Markdown table, `key | what it does`, of the options described. */
export function renderOptionTable(options: readonly OptionDescription[], markRequired: boolean): string {
  const rows = options.map((option) => {
    if (option.description === undefined)
      throw new Error(`Option \`${option.name}\` has no \`v.description(...)\` in its schema: give it one.`);
    const text = markRequired && !option.optional ? `${option.description} Required.` : option.description;
    return `| \`${option.name}\` | ${cell(text)} |`;
  });
  return ['| key | what it does |', '| --- | --- |', ...rows, ''].join('\n');
}

/**
 * A description as a table cell. A `|` would end the cell and a line break
 * the row. A page of the docs named from the repository's root, as the
 * descriptions name them (`see docs/fleet.md`), becomes a link from docs/,
 * where the tables are.
 */
function cell(description: string): string {
  return description
    .replaceAll('|', '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/(?<![\w./-])docs\/([\w-]+\.md(?:#[\w-]+)?)/g, '[$1]($1)');
}
