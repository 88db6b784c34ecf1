import path from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { ContentError, isFolioError } from '../errors.js';
import type { OutputResult } from '../pipeline/write.js';
import type { Verbosity } from './args.js';
import { groupMessages } from './group-messages.js';
import { Progress } from './progress.js';
import { painter, type Style, type Terminal } from './terminal.js';

/** What the reporter needs of a finished build. */
export interface BuildSummary {
  readonly outputs: readonly OutputResult[];
  readonly messages: readonly VFileMessage[];
}

/** How many more places a grouped warning names. */
const shownPlaces = 4;

/**
 * Everything the CLI prints about a build: a line per output as it is
 * written (path, size, time), a progress line on a terminal, then the
 * content messages sorted by place and a summary of what failed. With
 * `quiet` only errors print; with `verbose` warnings carry their rule and
 * outputs their time per stage. Reusable across builds (watch mode).
 */
export class Reporter {
  readonly #terminal: Terminal;
  readonly #verbosity: Verbosity;
  readonly #progress: Progress;
  readonly #out: (style: Style, text: string) => string;
  readonly #err: (style: Style, text: string) => string;
  /** The failures printed in this build, so that one shared by many outputs prints once. */
  readonly #failures = new Set<string>();

  constructor(terminal: Terminal, verbosity: Verbosity) {
    this.#terminal = terminal;
    this.#verbosity = verbosity;
    this.#out = painter(terminal.stdout, terminal.env);
    this.#err = painter(terminal.stderr, terminal.env);
    this.#progress = new Progress(terminal.stdout, terminal.stdout.isTTY === true && verbosity !== 'quiet');
  }

  /** A build of `documents` into `formats` starts: show progress when it is a batch. */
  start(documents: number, formats: number): void {
    if (documents > 1) this.#progress.start(documents * formats);
  }

  /** One output was written or failed. */
  output(output: OutputResult): void {
    this.#progress.advance(output.error !== undefined);
    const { stdout, stderr } = this.#terminal;
    if (output.path !== undefined) {
      if (this.#verbosity === 'quiet') {
        this.#progress.draw();
        return;
      }
      const where = path.relative(this.#terminal.cwd, output.path) || output.path;
      const stages = this.#verbosity === 'verbose' && output.stages ? `  ${this.#out('dim', `(${formatStages(output.stages)})`)}` : '';
      this.#progress.print(
        stdout,
        `${where}  ${this.#out('dim', `${formatSize(output.size ?? 0)}  ${Math.round(output.ms)} ms`)}${stages}\n`,
      );
    } else if (output.error && !(output.error instanceof ContentError) && !this.#failures.has(describe(output.error))) {
      // Content errors print once, with their place, when the build ends. Another failure prints once too: a browser
      // that cannot start (a bad `--browser`) fails every PDF alike, and the summary lists them all (issue 16).
      this.#failures.add(describe(output.error));
      this.#progress.print(stderr, `${output.source}: ${output.format} ${this.#err('red', 'failed')}: ${describe(output.error)}\n`);
    } else {
      this.#progress.draw();
    }
  }

  /** The build ended: print its messages and what failed; returns the exit code (0 or 1). */
  finish(result: BuildSummary): number {
    this.#progress.stop();
    this.#failures.clear();
    const shown = result.messages.filter((message) => message.fatal === true || this.#verbosity !== 'quiet');
    const byPlace = [...shown].sort(
      (a, b) => String(a.file).localeCompare(String(b.file)) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    );
    // Verbose shows every message; otherwise many warnings of one kind in a file print as one line.
    const groups = this.#verbosity === 'verbose' ? byPlace.map((message) => ({ message, more: [] })) : groupMessages(byPlace);
    for (const { message, more } of groups) this.#terminal.stderr.write(`${this.formatMessage(message)}${this.#others(more)}\n`);
    const failed = result.outputs.filter((output) => output.error);
    // An error with no output of its own (a path that is not there) fails the run too.
    if (failed.length === 0) return result.messages.some((message) => message.fatal === true) ? 1 : 0;
    const formatsOf = new Map<string, string[]>();
    for (const output of failed) formatsOf.set(output.source, [...(formatsOf.get(output.source) ?? []), output.format]);
    const lines = [...formatsOf].map(([source, formats]) => `  ${source}: ${formats.join(', ')}`);
    this.#terminal.stderr.write(
      `folio: ${this.#err('red', `${failed.length} of ${result.outputs.length} outputs failed`)}\n${lines.join('\n')}\n`,
    );
    return 1;
  }

  /** A failure that stopped the whole build (no theme, unwritable out/ ...). */
  fatal(error: unknown): void {
    this.#progress.stop();
    this.#terminal.stderr.write(`folio: ${describe(error)}\n`);
  }

  /** Print a note on stderr (even when quiet: it explains an exit code). */
  note(text: string): void {
    this.#progress.stop();
    this.#terminal.stderr.write(`folio: ${text}\n`);
  }

  /** ` (and 77 more like it, at 40:1, 88:7, 90:2, ...)` after the first of a group of warnings. */
  #others(more: readonly VFileMessage[]): string {
    if (more.length === 0) return '';
    const places = more.slice(0, shownPlaces).map((message) => `${message.line ?? '?'}:${message.column ?? 1}`);
    const ellipsis = more.length > shownPlaces ? ', ...' : '';
    return this.#err('dim', ` (and ${more.length} more like it, at ${places.join(', ')}${ellipsis})`);
  }

  /** `content/article.md:3:7: error: reason`, as unified-engine prints; verbose adds the rule. */
  formatMessage(message: VFileMessage): string {
    const place = message.line === undefined ? '' : `:${message.line}:${message.column ?? 1}`;
    const severity = message.fatal ? this.#err('red', 'error') : this.#err('yellow', 'warning');
    const rule =
      this.#verbosity === 'verbose' && message.ruleId ? `  ${this.#err('dim', `${message.source ?? 'folio'}:${message.ruleId}`)}` : '';
    return `${message.file}${place}: ${severity}: ${message.reason}${rule}`;
  }
}

function describe(error: unknown): string {
  if (isFolioError(error)) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** `12.3 kB`: decimal units, as their symbols mean (1 kB is 1000 bytes; 1024 would be a KiB), as npm and file managers print sizes. */
export function formatSize(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function formatStages(stages: Readonly<Record<string, number>>): string {
  return Object.entries(stages)
    .map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`)
    .join(', ');
}
