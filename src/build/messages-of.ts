import type { VFileMessage } from 'vfile-message';
import { ContentError } from '../errors.js';

/** The messages of the file a failure concerns (a `ContentError`'s), else none. */
export function messagesOf(error: unknown): VFileMessage[] {
  return error instanceof ContentError ? error.file.messages : [];
}
