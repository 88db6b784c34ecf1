import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { errorCode, OutputError, toError } from '../errors.js';

/** The parts of `node:fs/promises` a write uses: tests put a disk that fills up or writes short in its place. */
export interface WriteFs {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  open(file: string, flags: string, mode?: number): Promise<WriteHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

/** An open file, as `node:fs/promises` hands it out. */
export interface WriteHandle {
  write(bytes: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** How one atomic write runs. */
export interface WriteAtomicOptions {
  /** Stops the write between chunks; the temporary file is removed and the old file kept. */
  readonly signal?: AbortSignal | undefined;
  /** The file system (default `node:fs/promises`). */
  readonly fs?: WriteFs | undefined;
}

/** The most one `write` call is given; a large PDF goes in several, each checked. */
const chunk = 1 << 20;

/** What a system error means for the person whose output was not written. */
const reasons: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EIO: 'the disk reported an input/output error',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'a folder has that name',
  ENOTDIR: 'a file stands where a folder of the path should be',
};

/**
 * Write `bytes` to `file` so that readers see the old file or the new one,
 * never half of either: a temporary file in the same folder, written until
 * every byte is on it (a short write is carried on, a write that makes no
 * progress is a full disk), fsynced, then renamed over `file`, and the folder
 * fsynced so the rename survives a crash. On any failure the temporary file
 * is removed, the old `file` is untouched, and an `OutputError` says why.
 * The only way Folio writes into the output folder. It installs no signal
 * handler: an abort (`signal`) ends the write between chunks.
 */
export async function writeAtomic(file: string, bytes: Uint8Array, options: WriteAtomicOptions = {}): Promise<void> {
  const fs: WriteFs = options.fs ?? nodeFs;
  const { signal } = options;
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    signal?.throwIfAborted();
    await fs.mkdir(dir, { recursive: true });
    const handle = await fs.open(temp, 'wx', 0o644);
    created = true;
    try {
      for (let offset = 0; offset < bytes.byteLength;) {
        signal?.throwIfAborted();
        const { bytesWritten } = await handle.write(bytes, offset, Math.min(chunk, bytes.byteLength - offset), offset);
        if (bytesWritten <= 0) throw Object.assign(new Error('write made no progress'), { code: 'ENOSPC' });
        offset += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    signal?.throwIfAborted();
    await fs.rename(temp, file);
    created = false;
    await syncFolder(fs, dir);
  } catch (error) {
    if (created) await fs.unlink(temp).catch(() => undefined);
    if (signal?.aborted && error === signal.reason) throw error;
    throw writeError(file, error);
  }
}

/** Make a rename durable: fsync the folder that holds it, where the platform allows (not on Windows). */
async function syncFolder(fs: WriteFs, dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}

function writeError(file: string, error: unknown): OutputError {
  const code = errorCode(error);
  const reason = code ? reasons[code] : undefined;
  const why = reason ? `${reason} (${code ?? ''})` : toError(error).message;
  return new OutputError(`could not write ${file}: ${why}; nothing was written over the earlier file, if there was one`, {
    cause: error,
    code,
  });
}
