import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import { writeAtomic, type WriteFs, type WriteHandle } from '../../src/fs/write-atomic.js';
import { tempFolder } from '../helpers/temp-folder.js';

/** The real file system, whose open files write through `write` instead. */
function diskWith(
  write: (handle: fs.FileHandle, bytes: Uint8Array, offset: number, length: number, position: number) => Promise<number>,
): WriteFs {
  return {
    mkdir: (dir, options) => fs.mkdir(dir, options),
    rename: (from, to) => fs.rename(from, to),
    unlink: (file) => fs.unlink(file),
    async open(file, flags, mode) {
      const handle = await fs.open(file, flags, mode);
      const wrapped: WriteHandle = {
        write: async (bytes, offset, length, position) => ({ bytesWritten: await write(handle, bytes, offset, length, position) }),
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
      return wrapped;
    },
  };
}

/** A disk that takes at most `most` bytes a call, as a pipe or a network file system may. */
const shortWrites = (most: number): WriteFs =>
  diskWith(
    async (handle, bytes, offset, length, position) => (await handle.write(bytes, offset, Math.min(most, length), position)).bytesWritten,
  );

/** A disk that fills up after `room` bytes: `write` then makes no progress, or fails with `code`. */
function fullAfter(room: number, code?: string): WriteFs {
  let used = 0;
  return diskWith(async (handle, bytes, offset, length, position) => {
    const take = Math.min(length, room - used);
    if (take <= 0 && code) throw Object.assign(new Error(`${code}: write failed`), { code });
    if (take <= 0) return 0;
    used += take;
    return (await handle.write(bytes, offset, take, position)).bytesWritten;
  });
}

const bytes = (size: number): Buffer => Buffer.from(Array.from({ length: size }, (_, index) => index % 251));

async function folderWithOldFile(): Promise<{ dir: string; file: string }> {
  const dir = await tempFolder('folio-write-');
  const file = path.join(dir, 'doc.html');
  await fs.writeFile(file, 'the old edition');
  return { dir, file };
}

describe('writing an output atomically', () => {
  it('carries on after short writes until every byte is on disk', async () => {
    const { file } = await folderWithOldFile();
    const content = bytes(100_003);
    await writeAtomic(file, content, { fs: shortWrites(4093) });
    const written = await fs.readFile(file);
    expect(written.byteLength).toBe(content.byteLength);
    expect(written.equals(content)).toBe(true);
  });

  it.each([
    ['makes no progress', undefined, /the disk is full \(ENOSPC\)/],
    ['fails with ENOSPC', 'ENOSPC', /the disk is full \(ENOSPC\)/],
    ['fails with EDQUOT', 'EDQUOT', /the disk quota is used up \(EDQUOT\)/],
    ['fails with EIO', 'EIO', /input\/output error \(EIO\)/],
  ])('reports a disk that fills up and %s, and keeps the old file whole', async (_, code, message) => {
    const { dir, file } = await folderWithOldFile();
    const attempt = writeAtomic(file, bytes(170_000), { fs: fullAfter(102_400, code) });
    await expect(attempt).rejects.toThrow(OutputError);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toThrow(/nothing was written over the earlier file, if there was one/);
    expect(await fs.readFile(file, 'utf8')).toBe('the old edition');
    expect(await fs.readdir(dir)).toEqual(['doc.html']);
  });

  it('reports a read-only folder, and leaves no temporary file', async () => {
    const { dir, file } = await folderWithOldFile();
    const readOnly: WriteFs = {
      ...shortWrites(1 << 20),
      rename: () => Promise.reject(Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' })),
    };
    await expect(writeAtomic(file, bytes(10), { fs: readOnly })).rejects.toThrow(/the file system is read-only \(EROFS\)/);
    expect(await fs.readdir(dir)).toEqual(['doc.html']);
    expect(await fs.readFile(file, 'utf8')).toBe('the old edition');
  });

  it('stops when aborted, removing its temporary file and keeping the old one', async () => {
    const { dir, file } = await folderWithOldFile();
    const controller = new AbortController();
    const abortMidway = diskWith(async (handle, content, offset, length, position) => {
      controller.abort(new Error('SIGTERM'));
      return (await handle.write(content, offset, Math.min(length, 1000), position)).bytesWritten;
    });
    await expect(writeAtomic(file, bytes(50_000), { fs: abortMidway, signal: controller.signal })).rejects.toThrow('SIGTERM');
    expect(await fs.readdir(dir)).toEqual(['doc.html']);
    expect(await fs.readFile(file, 'utf8')).toBe('the old edition');
  });

  it('makes the folders it needs, and replaces the old file', async () => {
    const { dir } = await folderWithOldFile();
    const file = path.join(dir, 'harbour', 'report.pdf');
    await writeAtomic(file, bytes(10));
    await writeAtomic(file, bytes(20));
    expect((await fs.readFile(file)).byteLength).toBe(20);
    expect(await fs.readdir(path.dirname(file))).toEqual(['report.pdf']);
  });
});
