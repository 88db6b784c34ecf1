import type { VFile } from 'vfile';

/** Base class of every error Folio reports to a user (no stack trace shown). */
export class FolioError extends Error {
  override name = 'FolioError';
  /** Marks an error Folio raised on purpose: its message is enough, no stack trace needed. */
  readonly expected = true;
}

/** Options or configuration are wrong: the user must change how Folio is called. */
export class ConfigError extends FolioError {
  override name = 'ConfigError';
}

/** A theme or template is missing or malformed. */
export class TemplateError extends FolioError {
  override name = 'TemplateError';
}

/** No usable browser, or the browser failed. */
export class BrowserError extends FolioError {
  override name = 'BrowserError';
  /** The browser went away (crashed, or its remote endpoint was lost): the work can be retried on another. */
  readonly lost: boolean;

  constructor(message: string, options?: ErrorOptions & { lost?: boolean }) {
    super(message, options);
    this.lost = options?.lost ?? false;
  }
}

/** A format writer failed for a reason that is not the content's fault. */
export class RenderError extends FolioError {
  override name = 'RenderError';
}

/** An output could not be written (a full disk, a read-only folder); an earlier file of that name is unchanged. */
export class OutputError extends FolioError {
  override name = 'OutputError';
  /** The system error's code (`ENOSPC`, `EROFS`...), when there was one. */
  readonly code: string | undefined;

  constructor(message: string, options?: ErrorOptions & { code?: string | undefined }) {
    super(message, options);
    this.code = options?.code;
  }
}

/**
 * The content itself is wrong. The details are the vfile's fatal messages,
 * which carry file, line and column.
 */
export class ContentError extends FolioError {
  override name = 'ContentError';
  readonly file: VFile;

  constructor(file: VFile, options?: ErrorOptions) {
    const fatal = file.messages.filter((message) => message.fatal);
    super(fatal.map((message) => message.reason).join('; ') || 'invalid content', options);
    this.file = file;
  }
}

/** Whether an error is one Folio made on purpose (so no stack trace is needed). */
export function isFolioError(error: unknown): error is FolioError {
  return error instanceof FolioError;
}

/** A caught value as an `Error`: itself when it is one, else an `Error` whose message is its text (`throw 'x'` happens). */
export function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value), { cause: value });
}

/** The `code` of a Node.js system error (`ENOENT`, `ENOSPC`...), if the value has one. */
export function errorCode(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'string' ? value.code : undefined;
}
