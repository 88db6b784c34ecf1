import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  Browser as BrowserName,
  ChromeReleaseChannel,
  computeSystemExecutablePath,
  getInstalledBrowsers,
} from '@puppeteer/browsers';
import createDebug from 'debug';
import puppeteer, { type Browser as PuppeteerBrowser, type HTTPRequest, type Page } from 'puppeteer-core';
import { BrowserError } from './errors.js';
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

/** Where well-known systems install Chromium (Chrome itself comes from `computeSystemExecutablePath`). */
const systemChromiums = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** How Folio finds a browser. */
export interface BrowserOptions {
  /** Path to Chrome or Chromium; wins over everything else. */
  readonly executablePath?: string | undefined;
  /** Environment to read `PUPPETEER_EXECUTABLE_PATH` and `PUPPETEER_CACHE_DIR` from. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Milliseconds a page may take to load. */
  readonly timeout?: number;
  /** System locations to try last. Default: the system Chrome, then the usual Chromium paths. */
  readonly systemPaths?: readonly (string | undefined)[];
}

/**
 * Find a browser: the explicit option or `PUPPETEER_EXECUTABLE_PATH`, then a
 * Chrome downloaded by Puppeteer, then a system Chrome or Chromium.
 */
export async function findBrowser(options: BrowserOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const explicit = options.executablePath ?? env['PUPPETEER_EXECUTABLE_PATH'];
  if (explicit) {
    if (await isExecutable(explicit)) return explicit;
    throw new BrowserError(`The browser \`${explicit}\` does not exist or cannot be run; fix the path or unset it to let Folio search`);
  }
  const cacheDir = env['PUPPETEER_CACHE_DIR'] ?? path.join(os.homedir(), '.cache', 'puppeteer');
  const downloaded = await getInstalledBrowsers({ cacheDir }).catch(() => []);
  const chromes = downloaded
    .filter((browser) => browser.browser === BrowserName.CHROME || browser.browser === BrowserName.CHROMEHEADLESSSHELL)
    .sort((a, b) => b.buildId.localeCompare(a.buildId, 'en', { numeric: true }));
  for (const chrome of chromes) if (await isExecutable(chrome.executablePath)) return chrome.executablePath;
  for (const candidate of options.systemPaths ?? [systemChrome(), ...systemChromiums]) {
    if (candidate && (await isExecutable(candidate))) return candidate;
  }
  throw new BrowserError(
    'No Chrome or Chromium was found, and the PDF needs one. Install one: on Debian or Ubuntu ' +
      '`sudo apt-get install chromium`; with internet access `npx @puppeteer/browsers install chrome@stable --path ~/.cache/puppeteer`; ' +
      'or point `PUPPETEER_EXECUTABLE_PATH` at an installed Chrome',
  );
}

function systemChrome(): string | undefined {
  try {
    return computeSystemExecutablePath({ browser: BrowserName.CHROME, channel: ChromeReleaseChannel.STABLE });
  } catch {
    return undefined;
  }
}

async function isExecutable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
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
  #closing: Promise<void> | undefined;

  private constructor(browser: PuppeteerBrowser, timeout: number) {
    this.#browser = browser;
    this.#timeout = timeout;
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
    const page = await this.#browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
    } catch (error) {
      await page.close();
      throw error;
    }
    const refused: string[] = [];
    page.on('request', (request) => void answer(request, site, refused));
    page.setDefaultTimeout(this.#timeout);
    return lockedPage(page, refused);
  }

  /** Whether the browser is still running (false after a crash or `close()`). */
  get connected(): boolean {
    return this.#closing === undefined && this.#browser.connected;
  }

  /** Close the browser; safe to call more than once. */
  close(): Promise<void> {
    this.#closing ??= this.#browser.close().catch((error: unknown) => debug('close failed: %O', error));
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

function lockedPage(page: Page, refused: string[]): LockedPage {
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => (closed ??= page.close().catch(() => undefined));
  return {
    refused,
    async open(url, signal) {
      const onAbort = (): void => void close();
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        await page.goto(url, { waitUntil: 'load' });
        signal?.throwIfAborted();
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    },
    async pdf(options) {
      return page.pdf({ preferCSSPageSize: true, printBackground: true, waitForFonts: true, ...options });
    },
    async screenshot({ width, height }) {
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      // Runs in the page's isolated world: the page's own scripts stay disabled.
      await page.waitForFunction('document.fonts.status === "loaded"', { polling: 50 });
      return page.screenshot({ type: 'png', captureBeyondViewport: false, optimizeForSpeed: false });
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
