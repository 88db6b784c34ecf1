import type { OutStream } from './terminal.js';

/**
 * One status line at the bottom of a terminal, redrawn in place
 * (`[=====     ] 5/12 outputs`), with the report's lines printed above it.
 * Draws nothing unless `enabled` (the CLI enables it for a batch on a TTY).
 */
export class Progress {
  readonly #stream: OutStream;
  readonly #enabled: boolean;
  #total = 0;
  #done = 0;
  #failed = 0;
  #shown = false;

  constructor(stream: OutStream, enabled: boolean) {
    this.#stream = stream;
    this.#enabled = enabled;
  }

  /** Set the number of outputs expected, and show the line. */
  start(total: number): void {
    this.#total = total;
    this.#draw();
  }

  /** Count one output (written or failed); the next `print` or `draw` shows it. */
  advance(failed: boolean): void {
    this.#done += 1;
    if (failed) this.#failed += 1;
  }

  /** Redraw the line. */
  draw(): void {
    this.#draw();
  }

  /** Print `text` (whole lines) above the progress line. */
  print(stream: OutStream, text: string): void {
    this.#clear();
    stream.write(text);
    this.#draw();
  }

  /** Remove the line for good. */
  stop(): void {
    this.#clear();
    this.#total = 0;
  }

  #draw(): void {
    if (!this.#enabled || this.#total === 0) return;
    const width = 20;
    const filled = Math.round((Math.min(this.#done, this.#total) / this.#total) * width);
    const failed = this.#failed > 0 ? `, ${this.#failed} failed` : '';
    const line = `[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${this.#done}/${this.#total} outputs${failed}`;
    // A pseudo-terminal may report 0 columns.
    const reported = this.#stream.columns ?? 0;
    const columns = reported > 20 ? reported : 80;
    this.#stream.write(`\r\x1b[2K${line.slice(0, columns - 1)}`);
    this.#shown = true;
  }

  #clear(): void {
    if (!this.#shown) return;
    this.#stream.write('\r\x1b[2K');
    this.#shown = false;
  }
}
