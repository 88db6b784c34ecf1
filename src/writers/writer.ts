import type { Browser } from '../browser.js';
import type { Rendered } from '../pipeline/render.js';
import type { Theme } from '../theme/theme.js';

/** What every writer may use besides the rendered document. */
export interface WriterContext {
  readonly theme: Theme;
  /** The shared browser, started on first use. */
  readonly browser: () => Promise<Browser>;
  readonly signal?: AbortSignal | undefined;
}

/** Turns a rendered document into the bytes of one output format. */
export type Writer = (document: Rendered, context: WriterContext) => Promise<Uint8Array>;
