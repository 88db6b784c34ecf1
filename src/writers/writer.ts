import type { Browser } from '../browser/browser.js';
import type { Cache } from '../fs/cache.js';
import type { Rendered } from '../pipeline/render.js';
import type { Theme } from '../theme/theme.js';

/** What every writer may use besides the rendered document. */
export interface WriterContext {
  readonly theme: Theme;
  /** The build's browser: started as the build begins when a format always needs one, else on first use (an EPUB's cover). */
  readonly browser: () => Promise<Browser>;
  /** How many browsers `browser()` may hand out: work lost with one is retried up to this many times. */
  readonly browserCount?: number;
  /** Where drawn images (the EPUB's generated cover) are kept between builds. */
  readonly cache?: Cache;
  readonly signal?: AbortSignal | undefined;
}

/**
 * One file a writer makes. The main output has no `variant`; a variant such as
 * `booklet` is written beside it as `<name>.booklet.<format>`.
 */
export interface Artifact {
  readonly variant?: string;
  readonly bytes: Uint8Array;
}

/** Something a writer noticed about the document (a request the print page refused), for the write stage to report on it. */
export interface WriterWarning {
  readonly reason: string;
  readonly ruleId: string;
}

/** What a writer made: its files, main output first, and its warnings. */
export interface WriterOutput {
  readonly artifacts: readonly Artifact[];
  readonly warnings: readonly WriterWarning[];
}

/** Turns a rendered document into the files of one output format. Writes nothing itself: the write stage does. */
export type Writer = (document: Rendered, context: WriterContext) => Promise<WriterOutput>;
