import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Write `bytes` to `file` so that readers see the old file or the new one,
 * never half of either: a temporary file in the same folder, fsync, rename
 * (npm's write-file-atomic). The only way Folio writes into the output folder.
 */
export async function writeAtomic(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fsync: true });
}
