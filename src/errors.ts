import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';

/** Base class of every error Folio reports to a user (no stack trace shown). */
export class FolioError extends Error {
  override name = 'FolioError';
  /** Marks an error Folio raised on purpose: its message is enough, no stack trace needed. */
  readonly expected = true;
}

/**
 * Options or configuration are wrong: the user must change how Folio is
 * called. `messages` holds every problem found, each with its file, line and
 * column where there is one (a config file's), so that a caller can print or
 * annotate them as it does a document's.
 */
export class ConfigError extends FolioError {
  override name = 'ConfigError';
  readonly messages: readonly VFileMessage[];

  constructor(message: string, options?: ErrorOptions & { messages?: readonly VFileMessage[] }) {
    super(message, options);
    this.messages = options?.messages ?? [];
  }
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

/** Where a problem is: a file (as shown to the user), and a line and column in it when known. */
export interface ProblemPlace {
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/**
 * A problem that is not a document's (a config file's, the command line's) as
 * a fatal vfile message, so that it is printed, put in `--json` and annotated
 * the way a document's problems are. `ruleId` names the kind of problem.
 */
export function problemAt(reason: string, where: ProblemPlace, ruleId: string): VFileMessage {
  const { file, line, column } = where;
  const message = new VFileMessage(reason, {
    ...(line !== undefined && { place: { line, column: column ?? 1 } }),
    ruleId,
    source: 'folio',
  });
  if (file !== undefined) message.file = file;
  message.fatal = true;
  return message;
}

/** `folio.config.json:3:5: reason` (or `file: reason`, or the reason alone), as a message reads without its severity. */
export function problemLine(message: VFileMessage): string {
  const place = message.line === undefined ? '' : `:${message.line}:${message.column ?? 1}`;
  return message.file ? `${message.file}${place}: ${message.reason}` : message.reason;
}
