import { open } from 'node:fs/promises';

/** A file is larger than the limit it was read under; nothing of it was kept. */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
  /** The file's size in bytes, as far as it was read (more than `limit`). */
  readonly size: number;
  readonly limit: number;

  constructor(size: number, limit: number) {
    super(`${size} bytes, more than the limit of ${limit}`);
    this.size = size;
    this.limit = limit;
  }
}

/**
 * Read a whole file, at most `limit` bytes: a larger one throws a
 * `TooLargeError` before its content is read into memory, and so does a file
 * that grows past the limit while it is read. System errors (`ENOENT`,
 * `EISDIR`...) are thrown as they are.
 */
export async function readBounded(file: string, limit: number): Promise<Uint8Array> {
  await using handle = await open(file, 'r');
  const { size } = await handle.stat();
  if (size > limit) throw new TooLargeError(size, limit);
  // One byte more than the size: reading it shows that the file grew while it was read.
  let buffer = new Uint8Array(size + 1);
  let filled = 0;
  for (;;) {
    if (filled === buffer.length) {
      if (filled > limit) throw new TooLargeError(filled, limit);
      const larger = new Uint8Array(Math.min(buffer.length * 2, limit + 1));
      larger.set(buffer);
      buffer = larger;
    }
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
    if (bytesRead === 0) return buffer.subarray(0, filled);
    filled += bytesRead;
  }
}
