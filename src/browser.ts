import createDebug from 'debug';
import puppeteer, { type Browser as PuppeteerBrowser, type HTTPRequest, type Page } from 'puppeteer-core';
import { BrowserError } from './errors.js';
import { findBrowser, type FindBrowserOptions } from './find-browser.js';
import type { Asset } from './theme/theme.js';

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

/** The files a page may load: everything else is refused. */
export interface Site {
  /** Origin the document is served from, e.g. `https://folio.invalid`. */
  readonly origin: string;
  /** The asset for a URL of the site, or `undefined` to refuse it. */
  serve(url: URL): Asset | undefined;
}

/** Options of `LockedPage.pdf`. */
export interface PdfOptions {
  readonly tagged: boolean;
  readonly outline: boolean;
}

/** Options of `LockedPage.screenshot`: the viewport, in CSS pixels. */
export interface ScreenshotOptions {
  readonly width: number;
  readonly height: number;
}

/** A page that runs no script and loads nothing but its site's files. */
export interface LockedPage extends AsyncDisposable {
  /** Load `url` (on the site) and wait until it and its fonts have loaded. */
  open(url: string, signal?: AbortSignal): Promise<void>;
  /** Print the page to PDF at the size its CSS `@page` rule gives. */
  pdf(options: PdfOptions): Promise<Uint8Array>;
  /** Lay the page out at `width` × `height` and capture it as a PNG, once its fonts have loaded. */
  screenshot(options: ScreenshotOptions): Promise<Uint8Array>;
  /** URLs the page asked for and was refused. */
  readonly refused: readonly string[];
  close(): Promise<void>;
}

/** A running browser. Dispose of it (or `close()` it, once or more) when done. */
export class Browser implements AsyncDisposable {
  readonly #browser: PuppeteerBrowser;
  readonly #timeout: number;
  readonly #remote: boolean;
  #closing: Promise<void> | undefined;
  #pages = 0;

  private constructor(browser: PuppeteerBrowser, timeout: number, endpoint?: string) {
    this.#browser = browser;
    this.#timeout = timeout;
    this.#remote = endpoint !== undefined;
    this.endpoint = endpoint ?? 'local';
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
    try {
      const browser = await puppeteer.launch({
        executablePath,
        headless: true,
        pipe: true,
        args: chromiumArgs,
        // Puppeteer's own handlers call process.exit(130) on Ctrl-C; Folio's CLI aborts the build,
        // closes the browser and removes temporary files itself.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      return new Browser(browser, options.timeout ?? 60_000);
    } catch (error) {
      throw new BrowserError(`The browser \`${executablePath}\` failed to start: ${(error as Error).message}`, { cause: error });
    }
  }

  /** A new locked-down page serving `site`. Close it in `finally` (or `await using`). */
  async newPage(site: Site): Promise<LockedPage> {
    const guard = <T>(work: () => Promise<T>): Promise<T> => work().catch((error: unknown) => this.#lost(error));
    const page = await guard(() => this.#browser.newPage());
    this.#pages += 1;
    try {
      await guard(() => page.setJavaScriptEnabled(false));
      await guard(() => page.setRequestInterception(true));
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
    const refused: string[] = [];
    page.on('request', (request) => void answer(request, site, refused));
    page.setDefaultTimeout(this.#timeout);
    return lockedPage(page, refused, guard);
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

  /** Close the browser (a remote one is only disconnected from); safe to call more than once. */
  close(): Promise<void> {
    this.#closing ??= (this.#remote ? this.#browser.disconnect() : this.#browser.close()).catch((error: unknown) =>
      debug('close failed: %O', error),
    );
    return this.#closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

async function answer(request: HTTPRequest, site: Site, refused: string[]): Promise<void> {
  const url = new URL(request.url());
  const asset = url.origin === site.origin ? site.serve(url) : undefined;
  if (asset) {
    await request.respond({ status: 200, contentType: asset.type, body: Buffer.from(asset.bytes) });
    return;
  }
  if (url.protocol === 'data:') {
    await request.continue();
    return;
  }
  debug('refused %s', url.href);
  refused.push(url.href);
  await request.abort('blockedbyclient');
}

function lockedPage(page: Page, refused: string[], guard: <T>(work: () => Promise<T>) => Promise<T>): LockedPage {
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => (closed ??= page.close().catch(() => undefined));
  return {
    refused,
    async open(url, signal) {
      const onAbort = (): void => void close();
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        await guard(() => page.goto(url, { waitUntil: 'load' }));
        signal?.throwIfAborted();
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    },
    async pdf(options) {
      return guard(() => page.pdf({ preferCSSPageSize: true, printBackground: true, waitForFonts: true, ...options }));
    },
    async screenshot({ width, height }) {
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      // Await the font-loading promise, as page.pdf does. Not waitForFunction: its polling runs on
      // timers, which a page with scripts disabled may never fire, and the wait hung until the timeout.
      await guard(() => page.evaluate('document.fonts.ready.then(() => undefined)'));
      return guard(() => page.screenshot({ type: 'png', captureBeyondViewport: false, optimizeForSpeed: false }));
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
