import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeAtomic } from './write-atomic.js';

/** A store of derived bytes (such as drawn covers), addressed by a hash of everything they were made from. */
export interface Cache {
  read(key: string): Promise<Uint8Array | undefined>;
  write(key: string, bytes: Uint8Array): Promise<void>;
}

/** A cache that keeps nothing. */
export const noCache: Cache = {
  read: () => Promise.resolve(undefined),
  write: () => Promise.resolve(),
};

/**
 * A cache in `dir`, one file per key. Reads that fail are misses and writes
 * that fail are ignored: the cache only ever saves time.
 */
export function diskCache(dir: string): Cache {
  const file = (key: string): string => path.join(dir, key.slice(0, 2), key);
  return {
    read: (key) =>
      readFile(file(key)).then(
        (bytes) => new Uint8Array(bytes),
        () => undefined,
      ),
    write: (key, bytes) => writeAtomic(file(key), bytes).catch(() => undefined),
  };
}

/**
 * Where Folio caches by default: `node_modules/.cache/folio` in the project
 * (the convention of babel, eslint and others), else `~/.cache/folio`.
 */
export function defaultCacheDir(cwd: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (existsSync(path.join(cwd, 'node_modules'))) return path.join(cwd, 'node_modules', '.cache', 'folio');
  return path.join(env['XDG_CACHE_HOME'] ?? path.join(os.homedir(), '.cache'), 'folio');
}

/** A cache key: the SHA-256 of the given parts, in order. */
export function cacheKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}
