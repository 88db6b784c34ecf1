import type { VFile } from 'vfile';
import { ContentError } from '../errors.js';

/**
 * With `strict` (for CI), a warning fails its document as an error does:
 * each warning of the files becomes an error, and a `ContentError` is
 * thrown for the first file that had one, so nothing is written for it.
 */
export function failOnWarnings(files: readonly VFile[]): void {
  let failed: VFile | undefined;
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal) continue;
      message.fatal = true;
      failed ??= file;
    }
  }
  if (failed) throw new ContentError(failed);
}
