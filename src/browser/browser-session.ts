import createDebug from 'debug';
import type { Browser, BrowserOptions, Hyphenation } from './browser.js';
import { BrowserError, toError } from '../errors.js';

const debug = createDebug('folio:build');

/** Options of a build's browsers. */
export interface BrowserSessionOptions extends BrowserOptions {
  /**
   * DevTools WebSocket endpoints of running browsers (`ws://host:port/devtools/browser/<id>`).
   * When given, documents are spread across them and no local browser starts.
   */
  readonly endpoints?: readonly string[];
}

/** How much work one browser of a build did. */
export interface BrowserUse {
  readonly endpoint: string;
  /** How many times work was handed to it (a PDF, a cover). */
  readonly jobs: number;
  /** Why the endpoint was given up, if it was. */
  readonly lost?: string;
}

interface Slot {
  readonly endpoint: string | undefined;
  browser: Promise<Browser> | undefined;
  lost: string | undefined;
  jobs: number;
  /** Whether a local browser that failed to start has been started again (once only). */
  retried: boolean;
}

/**
 * The browsers of a build: one local browser (found and launched on first
 * use, or early with `start()`, and launched again if it crashes), or a pool
 * of remote ones taken in turn, where an endpoint that cannot be reached is
 * given up and its work goes to the others. Closed once at the end.
 */
export class BrowserSession implements AsyncDisposable {
  readonly #options: BrowserOptions;
  readonly #slots: Slot[];
  #next = 0;
  #closed = false;
  /** Abandons connections still being opened when the session closes. */
  readonly #stop = new AbortController();

  constructor(options: BrowserSessionOptions) {
    const { endpoints = [], ...rest } = options;
    this.#options = rest;
    const slot = (endpoint: string | undefined): Slot => ({ endpoint, browser: undefined, lost: undefined, jobs: 0, retried: false });
    this.#slots = endpoints.length > 0 ? endpoints.map(slot) : [slot(undefined)];
  }

  /** How many browsers the session may use: a lost one's work can be retried this many times less one. */
  get size(): number {
    return this.#slots.length;
  }

  /** Begin launching (or connecting) now, without waiting. */
  start(): void {
    void this.get().catch(() => undefined);
  }

  /**
   * A running browser: the next one in turn, launched, connected or
   * relaunched as needed. `signal` (the build's Ctrl-C) stops the wait.
   */
  async get(signal?: AbortSignal): Promise<Browser> {
    signal?.throwIfAborted();
    if (this.#closed) throw new BrowserError('The build is over: its browsers are closed');
    const reasons: string[] = [];
    // Each slot once, taken in turn: calls running at the same time move the turn on too.
    for (const _ of this.#slots) {
      const slot = this.#slots[this.#next++ % this.#slots.length];
      if (slot === undefined) throw new Error('unreachable: an index modulo the number of slots always names one');
      if (slot.lost) {
        reasons.push(`${slot.endpoint}: ${slot.lost}`);
        continue;
      }
      try {
        const browser = await abortable(this.#open(slot), signal);
        slot.jobs += 1;
        return browser;
      } catch (error) {
        if (signal?.aborted) throw error;
        // A local browser that cannot start is fatal; a remote endpoint is given up and the next one tried.
        if (slot.endpoint === undefined) throw error;
        slot.lost = toError(error).message;
        slot.browser = undefined;
        debug('giving up %s: %s', slot.endpoint, slot.lost);
        reasons.push(`${slot.endpoint}: ${slot.lost}`);
      }
    }
    throw new BrowserError(`No browser endpoint can be reached (${reasons.join('; ')}); check the endpoints or build without them`);
  }

  async #open(slot: Slot): Promise<Browser> {
    const current = slot.browser && (await slot.browser.catch(() => undefined));
    // Closed while this call waited: starting another browser now would leave it running.
    if (this.#closed) throw new BrowserError('The build is over: its browsers are closed');
    if (current && !current.connected) {
      debug('%s disconnected; %s', slot.endpoint ?? 'local browser', slot.endpoint ? 'reconnecting' : 'starting a new one');
      slot.browser = undefined;
      // A crashed local browser's profile and temporary files go with it.
      await current.close();
    }
    if (slot.browser && current === undefined && slot.endpoint === undefined && !slot.retried) {
      // The launch at the build's start failed: it may have been starved (a long synchronous parse
      // beside it let its start time out), so the first document that needs it tries once more.
      debug('the local browser failed to start; trying once more');
      slot.retried = true;
      slot.browser = undefined;
    }
    slot.browser ??= this.#launch(slot.endpoint);
    return slot.browser;
  }

  async #launch(endpoint: string | undefined): Promise<Browser> {
    const { Browser } = await import('./browser.js');
    return endpoint === undefined ? Browser.launch(this.#options) : Browser.connect(endpoint, this.#options, this.#stop.signal);
  }

  /**
   * Whether the local browser hyphenates, once its health check is done;
   * `undefined` when none was started (remote endpoints only, or no format
   * needed one).
   */
  async hyphenation(): Promise<Hyphenation | undefined> {
    const local = this.#slots.find((slot) => slot.endpoint === undefined)?.browser;
    const browser = local && (await local.catch(() => undefined));
    return browser?.hyphenation();
  }

  /** What each browser did, for the build's report. */
  uses(): BrowserUse[] {
    return this.#slots
      .filter((slot) => slot.jobs > 0 || slot.lost !== undefined)
      .map((slot) => ({ endpoint: slot.endpoint ?? 'local', jobs: slot.jobs, ...(slot.lost !== undefined && { lost: slot.lost }) }));
  }

  /** Close the local browser, or disconnect from remote ones; safe to call twice. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#stop.abort(new BrowserError('The build is over: its browsers are closed'));
    const started = this.#slots.flatMap((slot) => slot.browser ?? []);
    await Promise.all(
      started.map((browser) =>
        browser.then(
          (running) => running.close(),
          () => undefined,
        ),
      ),
    );
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

/** `work`, or the abort's reason as soon as `signal` aborts (the work itself carries on). */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(toError(signal.reason));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}
