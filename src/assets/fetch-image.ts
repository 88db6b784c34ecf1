import type { ContentAsset } from '../model.js';
import { imageProblem } from './check-image.js';
import { sniffImageType } from './image-types.js';

/** How `fetchImage` may fetch. */
export interface FetchImageOptions {
  /** The build's: when it aborts, `fetchImage` throws its reason instead of answering. */
  readonly signal?: AbortSignal | undefined;
  /** Milliseconds the whole download may take. Default 30000. */
  readonly timeout?: number | undefined;
  /** Bytes an image may have. Default 20 MiB. */
  readonly maxBytes?: number | undefined;
}

/** A remote image fetched, or why it could not be, in a few words (`the server answered 404`). */
export type FetchedImage = { readonly asset: ContentAsset } | { readonly why: string };

/**
 * Fetch one `http(s)://` image (following redirects) and check that it is an
 * image Folio can embed, by its bytes. Every failure of the network or the
 * server (no connection, a timeout, an error status, a page instead of an
 * image, a file too large) is an answer, not an exception: only an abort of
 * the build throws. I/O: call it from the load stage only.
 */
export async function fetchImage(url: string, options: FetchImageOptions = {}): Promise<FetchedImage> {
  const timeout = options.timeout ?? 30_000;
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const timer = AbortSignal.timeout(timeout);
  const signal = options.signal ? AbortSignal.any([options.signal, timer]) : timer;
  let answered = false;
  try {
    const response = await fetch(url, { signal, redirect: 'follow' });
    answered = true;
    if (!response.ok) {
      await response.body?.cancel();
      return { why: `the server answered ${response.status}` };
    }
    const bytes = await readAtMost(response, maxBytes);
    if (bytes === undefined)
      return {
        why: `it is larger than ${maxBytes >= 1 << 20 ? `${Math.round(maxBytes / (1 << 20))} MiB` : `${Math.ceil(maxBytes / 1024)} KiB`}`,
      };
    if (bytes.byteLength === 0) return { why: 'the server sent an empty file' };
    const type = sniffImageType(bytes);
    if (type === undefined) {
      const [sent = ''] = (response.headers.get('content-type') ?? '').split(';');
      return { why: `it is not an image Folio can embed (the server sent ${sent.trim() || 'no type'})` };
    }
    const problem = imageProblem(bytes, type);
    if (problem !== undefined) return { why: problem };
    return { asset: { bytes, type, source: url } };
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timer.aborted) {
      const within = timeout >= 1000 ? `${Math.round(timeout / 1000)} s` : `${timeout} ms`;
      // A server that answers, then sends slowly or for ever, is cut off at the same deadline.
      return { why: answered ? `it did not arrive in full within ${within}` : `no answer within ${within}` };
    }
    return { why: `the server could not be reached (${networkCause(error)})` };
  }
}

/** The body, or `undefined` as soon as it passes `maxBytes` (checked against `Content-Length` first). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes || !response.body) {
    await response.body?.cancel();
    return declared > maxBytes ? undefined : new Uint8Array();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** `ECONNREFUSED`, `ENOTFOUND`...: undici hides the system's error code in `cause`. */
function networkCause(error: unknown): string {
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
