import { styleText } from 'node:util';

/** A stream the CLI prints to. */
export interface OutStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Where the CLI prints, and what it needs to know about the terminal. */
export interface Terminal {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Folder paths are printed relative to. */
  readonly cwd: string;
}

/** The process's own terminal. */
export function processTerminal(): Terminal {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Styles the CLI uses. */
export type Style = 'red' | 'yellow' | 'green' | 'dim' | 'bold';

/** Paint text for `stream`: only on a terminal, and never when `NO_COLOR` is set (https://no-color.org). */
export function painter(stream: OutStream, env: Terminal['env']): (style: Style, text: string) => string {
  const colour = stream.isTTY === true && !env['NO_COLOR'] && env['TERM'] !== 'dumb';
  return colour ? (style, text) => styleText(style, text) : (_style, text) => text;
}
