/** A part of a batch: the `index`th (from 1) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * The items of part `shard` of a batch, for CI machines that share one
 * (`--shard 2/4`, as Playwright and Jest split theirs). Deterministic: the
 * items are put in the order of their keys (a document's path, a
 * collection's name), whatever order they were found in, and dealt out in
 * turn, so the parts differ in size by one at most and every item is in
 * exactly one part. An item is dealt whole: a collection is never split.
 * Without `shard`, every item, in the order given.
 */
export function inShard<T>(items: readonly T[], key: (item: T) => string, shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  // Code-unit order, not the locale's: every machine of the matrix must sort alike.
  const ordered = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return ordered.filter((_, position) => position % shard.count === shard.index - 1);
}
