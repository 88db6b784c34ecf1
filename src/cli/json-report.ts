import path from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { BuildSummary } from './report.js';

/** One output in the `--json` report. */
export interface JsonOutput {
  /** The Markdown file (relative to the working folder), or `collection <name>`. */
  readonly source: string;
  readonly format: string;
  /** The file written, relative to the working folder; `null` when it failed. */
  readonly path: string | null;
  /** Its size in bytes; `null` when it failed. */
  readonly bytes: number | null;
  /** Milliseconds from reading the source to the output on disk. */
  readonly ms: number;
  /** Why it failed; `null` when it was written. */
  readonly error: string | null;
}

/** One message in the `--json` report: a content problem, or a config or command-line one. */
export interface JsonMessage {
  /** The file the message is about, relative to the working folder; `null` when none (a flag). */
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly severity: 'error' | 'warning';
  /** `source:ruleId`, such as `folio:raw-html`; `null` when the message has none. */
  readonly rule: string | null;
  readonly message: string;
}

/** What `folio build --json` prints on stdout: one JSON document, with every output and every message. */
export interface JsonReport {
  /** Whether every output was written and nothing was in error. */
  readonly ok: boolean;
  readonly outputs: readonly JsonOutput[];
  readonly messages: readonly JsonMessage[];
}

/** The `--json` report of a build, paths relative to `cwd`. */
export function jsonReport(result: BuildSummary, cwd: string): JsonReport {
  const messages = result.messages.map(jsonMessage);
  return {
    ok: result.outputs.every((output) => !output.error) && messages.every((message) => message.severity !== 'error'),
    outputs: result.outputs.map((output) => ({
      source: output.source,
      format: output.format,
      path: output.path === undefined ? null : path.relative(cwd, output.path) || output.path,
      bytes: output.size ?? null,
      ms: Math.round(output.ms),
      error: output.error ? output.error.message : null,
    })),
    messages,
  };
}

/** A message as `--json` gives it. */
export function jsonMessage(message: VFileMessage): JsonMessage {
  return {
    // An empty name is no file.
    file: message.file === undefined || message.file === '' ? null : message.file,
    line: message.line ?? null,
    column: message.line === undefined ? null : (message.column ?? 1),
    severity: message.fatal === true ? 'error' : 'warning',
    rule: message.ruleId === undefined ? null : `${message.source ?? 'folio'}:${message.ruleId}`,
    message: message.reason,
  };
}
