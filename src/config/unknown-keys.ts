import type * as v from 'valibot';
import type { KeyPath } from './key-places.js';

/** A key a strict object of the schema does not know, with the keys it does know there. */
export interface UnknownKey {
  readonly path: KeyPath;
  readonly known: readonly string[];
}

/**
 * Every key of `value` that a strict object of `schema` does not know, at any
 * depth (`print.papr`, `collections[1].titel`). valibot reports only the
 * first unknown key of each object; a config with three typos deserves all
 * three in one run.
 */
export function unknownKeys(schema: v.GenericSchema, value: unknown, path: KeyPath = []): UnknownKey[] {
  const inner = unwrap(schema);
  if (isSchemaWith(inner, 'item') && Array.isArray(value)) {
    const item = inner.item;
    return isSchema(item) ? value.flatMap((element, index) => unknownKeys(item, element, [...path, index])) : [];
  }
  if (!isSchemaWith(inner, 'entries') || !isRecord(value) || !isRecord(inner.entries)) return [];
  const entries = inner.entries;
  const known = Object.keys(entries);
  return Object.entries(value).flatMap(([key, child]) => {
    const entry = entries[key];
    if (Object.hasOwn(entries, key) && isSchema(entry)) return unknownKeys(entry, child, [...path, key]);
    return inner.type === 'strict_object' ? [{ path: [...path, key], known }] : [];
  });
}

/** The schema inside `optional(...)`, `nullable(...)` and the like. */
function unwrap(schema: v.GenericSchema): v.GenericSchema {
  let current = schema;
  while (isSchemaWith(current, 'wrapped') && isSchema(current.wrapped)) current = current.wrapped;
  return current;
}

function isSchema(value: unknown): value is v.GenericSchema {
  return isRecord(value) && value['kind'] === 'schema';
}

function isSchemaWith<K extends string>(schema: v.GenericSchema, key: K): schema is v.GenericSchema & Record<K, unknown> {
  return key in schema;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
