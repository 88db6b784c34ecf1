import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeOptions } from '../../src/config/describe-options.js';
import { fillOptionTables, renderOptionTable } from '../../src/config/fill-option-tables.js';

describe('renderOptionTable', () => {
  const options = describeOptions({
    name: v.pipe(v.string(), v.description('Output name: see docs/fleet.md#a and site/docs/x.md.')),
    sep: v.optional(v.pipe(v.string(), v.description('A `|` or\na newline.'))),
  });

  it('writes a row per key, says which are required when asked, and links pages of docs/ from docs/', () => {
    expect(renderOptionTable(options, true)).toBe(
      [
        '| key | what it does |',
        '| --- | --- |',
        '| `name` | Output name: see [fleet.md#a](fleet.md#a) and site/docs/x.md. Required. |',
        '| `sep` | A `\\|` or a newline. |',
        '',
      ].join('\n'),
    );
    expect(renderOptionTable(options, false)).not.toContain('Required.');
  });

  it('refuses a key without a description', () => {
    expect(() => renderOptionTable(describeOptions({ bare: v.string() }), false)).toThrow('`bare` has no `v.description(...)`');
  });
});

describe('fillOptionTables', () => {
  it('replaces only what lies between the markers, and names the tables it filled', () => {
    const doc = 'Before.\n\n<!-- options:start Config: a note -->\nold table\n<!-- options:end -->\n\nAfter.\n';
    const { markdown, tables } = fillOptionTables(doc);
    expect(tables).toEqual(['Config']);
    expect(markdown).toMatch(
      /^Before\.\n\n<!-- options:start Config: a note -->\n\n\| key \| what it does \|\n[\s\S]*\|\n\n<!-- options:end -->\n\nAfter\.\n$/,
    );
    expect(markdown).toContain('| `outDir` |');
    expect(fillOptionTables(markdown).markdown).toBe(markdown);
  });

  it('leaves a document without markers as it is', () => {
    expect(fillOptionTables('| `a` | b |\n')).toEqual({ markdown: '| `a` | b |\n', tables: [] });
  });

  it('refuses a marker naming no table', () => {
    expect(() => fillOptionTables('<!-- options:start Nope -->\n<!-- options:end -->')).toThrow('No option table is called `Nope`');
  });
});
