import createDebug from 'debug';
import type { Browser, BrowserOptions } from '../browser.js';

const debug = createDebug('folio:build');

/**
 * The one browser of a build: started on first use (or early, with
 * `start()`, so it boots while documents are parsed), started again if it
 * crashed, and closed once at the end. The Puppeteer module itself loads
 * only for builds that use the browser.
 */
export class BrowserSession implements AsyncDisposable {
  readonly #options: BrowserOptions;
  #current: Promise<Browser> | undefined;
  #closed = false;

  constructor(options: BrowserOptions) {
    this.#options = options;
  }

  /** Begin launching now, without waiting. */
  start(): void {
    void this.get().catch(() => undefined);
  }

  /** The running browser, launching (or relaunching after a crash) when needed. */
  async get(): Promise<Browser> {
    if (this.#closed) throw new Error('the build is over: its browser is closed');
    const current = this.#current && (await this.#current.catch(() => undefined));
    if (this.#current && current && !current.connected) {
      debug('browser disconnected; starting a new one');
      this.#current = undefined;
    }
    this.#current ??= this.#launch();
    return this.#current;
  }

  async #launch(): Promise<Browser> {
    const { Browser } = await import('../browser.js');
    return Browser.launch(this.#options);
  }

  /** Close the browser if one was started; safe to call twice. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#current?.then((browser) => browser.close(), () => undefined);
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
