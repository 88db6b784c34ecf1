import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import createDebug from 'debug';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';
import { PagePool, type LockedPage, type Site } from './browser-page.js';
import { BrowserError } from './errors.js';
import { findBrowser, type FindBrowserOptions } from './find-browser.js';

export type { LockedPage, PdfOptions, ScreenshotOptions, Site } from './browser-page.js';

const debug = createDebug('folio:browser');

/**
 * Flags that let Chromium run headless as root on a closed network: no
 * sandbox (root), no GPU, and none of the background fetches that a machine
 * without internet refuses many times a start.
 */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--no-first-run',
  '--font-render-hinting=none',
];

/** How Folio finds and drives a browser. */
export interface BrowserOptions extends FindBrowserOptions {
  /** Milliseconds a page may take to load or print. */
  readonly timeout?: number;
}

/** A running browser. Dispose of it (or `close()` it, once or more) when done. */
export class Browser implements AsyncDisposable {
  readonly #browser: PuppeteerBrowser;
  readonly #remote: boolean;
  #closing: Promise<void> | undefined;
  #pages = 0;
  readonly #pool: PagePool;
  readonly #profile: string | undefined;

  private constructor(browser: PuppeteerBrowser, timeout: number, endpoint?: string, profile?: string) {
    this.#browser = browser;
    this.#remote = endpoint !== undefined;
    this.endpoint = endpoint ?? 'local';
    this.#profile = profile;
    this.#pool = new PagePool(() => browser.newPage(), timeout, (error) => this.#lost(error));
  }

  /** `local`, or the WebSocket endpoint of a remote browser. */
  readonly endpoint: string;

  /** How many pages this browser has handed out. */
  get pagesOpened(): number {
    return this.#pages;
  }

  /**
   * Use a browser that is already running, such as a browserless container or
   * a Chrome started with `--remote-debugging-port`, through its DevTools
   * WebSocket endpoint (`ws://host:port/devtools/browser/<id>`).
   */
  static async connect(endpoint: string, options: BrowserOptions = {}): Promise<Browser> {
    debug('connecting to %s', endpoint);
    try {
      const browser = await puppeteer.connect({ browserWSEndpoint: endpoint, protocolTimeout: options.timeout ?? 60_000 });
      return new Browser(browser, options.timeout ?? 60_000, endpoint);
    } catch (error) {
      throw new BrowserError(`Cannot reach the browser at \`${endpoint}\`: ${(error as Error).message}`, { cause: error, lost: true });
    }
  }

  /** Find and start a headless browser. */
  static async launch(options: BrowserOptions = {}): Promise<Browser> {
    const executablePath = await findBrowser(options);
    debug('launching %s', executablePath);
    // A profile of Folio's own, removed once Chromium has exited: Puppeteer removes its temporary
    // profile before it stops Chromium, which can write it again while shutting down.
    const profile = await mkdtemp(path.join(os.tmpdir(), 'folio-chromium-'));
    try {
      const browser = await puppeteer.launch({
        executablePath,
        headless: true,
        pipe: true,
        args: chromiumArgs,
        userDataDir: profile,
        // Puppeteer's own handlers call process.exit(130) on Ctrl-C; Folio's CLI aborts the build,
        // closes the browser and removes temporary files itself.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      return new Browser(browser, options.timeout ?? 60_000, undefined, profile);
    } catch (error) {
      await removeProfile(profile);
      throw new BrowserError(`The browser \`${executablePath}\` failed to start: ${(error as Error).message}`, { cause: error });
    }
  }

  /**
   * A locked-down page serving `site`. Close it in `finally` (or `await using`):
   * a page that served cleanly goes back to the pool for the next document.
   */
  async newPage(site: Site): Promise<LockedPage> {
    const page = await this.#pool.lend(site);
    this.#pages += 1;
    return page;
  }

  /** Rethrow an error, as a `lost` BrowserError when the browser itself has gone. */
  #lost(error: unknown): never {
    if (!this.#browser.connected && this.#closing === undefined) {
      throw new BrowserError(`Lost the browser (${this.endpoint}): ${(error as Error).message}`, { cause: error, lost: true });
    }
    throw error;
  }

  /** Whether the browser is still running (false after a crash or `close()`). */
  get connected(): boolean {
    return this.#closing === undefined && this.#browser.connected;
  }

  /** Close the browser (a remote one is only disconnected from, its pages closed); safe to call more than once. */
  close(): Promise<void> {
    const closing = async (): Promise<void> => {
      if (this.#remote) {
        await this.#pool.closeAll();
        return this.#browser.disconnect();
      }
      // close() resolves once the process has exited.
      await this.#browser.close();
      if (this.#profile) await removeProfile(this.#profile);
    };
    this.#closing ??= closing().catch((error: unknown) => debug('close failed: %O', error));
    return this.#closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

async function removeProfile(profile: string): Promise<void> {
  await rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch((error: unknown) => debug('could not remove %s: %O', profile, error));
}
