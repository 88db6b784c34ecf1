import * as v from 'valibot';

/** What an object schema's entry says about itself: the facts its documentation is made from. */
export interface OptionDescription {
  /** The key, as written in a config file or front matter. */
  readonly name: string;
  /** The entry's `v.description(...)`, found inside `v.optional` too; `undefined` when it has none. */
  readonly description: string | undefined;
  /** Whether the key may be left out (`v.optional`, `v.exactOptional` or `v.nullish`). */
  readonly optional: boolean;
  /** The value the schema fills in when the key is left out, if it has one. */
  readonly defaultValue?: unknown;
}

/** An entry of an object schema: anything `v.object({...})` accepts as a value. */
type Entry = v.ObjectEntries[string];

/**
 * Describe each key of an object schema's `entries`, in the schema's order.
 * Pure: reads the schema with valibot's own `getDescription`, `unwrap` and
 * `getDefault`, and validates nothing.
 *
 * @example
 * describeOptions(v.object({ out: v.optional(v.pipe(v.string(), v.description('Folder.')), 'out') }).entries);
 * // [{ name: 'out', description: 'Folder.', optional: true, defaultValue: 'out' }]
 */
export function describeOptions(entries: v.ObjectEntries): OptionDescription[] {
  return Object.entries(entries).map(([name, schema]) => describeEntry(name, schema));
}

function describeEntry(name: string, schema: Entry): OptionDescription {
  if (!isOptional(schema)) return { name, description: v.getDescription(schema), optional: false };
  // A description piped around the optional wins over one inside it, as `getDescription` reads pipes outside in.
  const description = v.getDescription(schema) ?? v.getDescription(v.unwrap(schema));
  const defaultValue: unknown = v.getDefault(schema);
  return defaultValue === undefined ? { name, description, optional: true } : { name, description, optional: true, defaultValue };
}

type OptionalEntry = Extract<Entry, { readonly type: 'optional' | 'exact_optional' | 'nullish' }>;

function isOptional(schema: Entry): schema is OptionalEntry {
  return v.isOfType('optional', schema) || v.isOfType('exact_optional', schema) || v.isOfType('nullish', schema);
}
