import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import createDebug from 'debug';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';
import { PagePool, type LockedPage, type OpenedPage, type Site, type Viewport } from './page-pool.js';
import { BrowserError, toError } from '../errors.js';
import { findBrowser, type FindBrowserOptions } from './find-browser.js';
import { hyphenationDir, installHyphenation } from './hyphenation-data.js';
import { probeHyphenation } from './hyphenation-probe.js';
import { openTransport } from './websocket-transport.js';

export type { LockedPage, PdfOptions, Site, TextFill, Viewport } from './page-pool.js';

const debug = createDebug('folio:browser');

/**
 * Flags that let Chromium run headless as root on a closed network: no
 * sandbox (root), no GPU, and none of the background fetches that a machine
 * without internet refuses many times a start. The component updater stays
 * on, because only it tells Chromium where the hyphenation dictionaries are
 * (`hyphen-data/` in the profile, see hyphenation-data.ts; with
 * `--disable-component-update` they are never read), but its first check for
 * updates is put off by a year, so it never goes to the network.
 */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--component-updater=initial-delay=31536000',
  '--disable-sync',
  '--disable-extensions',
  '--no-first-run',
  '--font-render-hinting=none',
];

/**
 * Whether a browser hyphenates (`hyphens: auto`) with Folio's dictionaries:
 * `on`; `remote` for a browser Folio connected to, which has none of them
 * and prints as it does; `off` for one Folio started where they did not work,
 * and why.
 */
export type Hyphenation =
  { readonly state: 'on' | 'remote' } | { readonly state: 'off'; readonly browser: string; readonly reason: string };

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
  /** Pages to capture as images, each brought to the front for its capture; never used to print. */
  readonly #canvases: PagePool;
  readonly #scratch: string | undefined;
  readonly #hyphenation: Promise<Hyphenation>;

  private constructor(browser: PuppeteerBrowser, timeout: number, hyphenation: Promise<Hyphenation>, endpoint?: string, scratch?: string) {
    this.#browser = browser;
    this.#hyphenation = hyphenation;
    this.#remote = endpoint !== undefined;
    this.endpoint = endpoint ?? 'local';
    this.#scratch = scratch;
    // Pages open in the background and stay there: Chromium paints the tab in front of its window,
    // and painting a page being loaded to print is wasted work (half a second in a 50-article batch).
    const inBackground = async (): Promise<OpenedPage> => ({ page: await browser.newPage({ background: true }), alone: false });
    this.#pool = new PagePool(inBackground, timeout, (error) => this.#lost(error));
    // The first canvas is a background tab, brought to the front for each capture. A canvas opened
    // while the others are busy (covers of a batch) gets a window of its own, where it is in front:
    // its captures go beside the others', not after them (a quarter off 50 articles' EPUBs). A window
    // costs more to open than a tab, which one cover does not win back.
    let canvases = 0;
    const canvas = async (): Promise<OpenedPage> =>
      canvases++ === 0 ? inBackground() : { page: await browser.newPage({ type: 'window' }), alone: true };
    this.#canvases = new PagePool(canvas, timeout, (error) => this.#lost(error));
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
   * WebSocket endpoint (`ws://host:port/devtools/browser/<id>`). Opening
   * the connection, and every call after it, has `timeout` as its deadline;
   * `signal` abandons the attempt.
   */
  static async connect(endpoint: string, options: BrowserOptions = {}, signal?: AbortSignal): Promise<Browser> {
    debug('connecting to %s', endpoint);
    const timeout = options.timeout ?? 60_000;
    try {
      const transport = await openTransport(endpoint, timeout, signal);
      const browser = await puppeteer.connect({ transport, protocolTimeout: timeout });
      return new Browser(browser, timeout, Promise.resolve({ state: 'remote' }), endpoint);
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new BrowserError(`Cannot reach the browser at \`${endpoint}\`: ${toError(error).message}`, { cause: error, lost: true });
    }
  }

  /** Find and start a headless browser. */
  static async launch(options: BrowserOptions = {}): Promise<Browser> {
    const executablePath = await findBrowser(options);
    debug('launching %s', executablePath);
    // A folder of Folio's own for Chromium's profile and its temporary files (shared memory, with
    // --disable-dev-shm-usage), removed once Chromium has exited: Puppeteer removes its temporary
    // profile before it stops Chromium, which can write it again while shutting down.
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'folio-chromium-'));
    const tmp = path.join(scratch, 'tmp');
    try {
      await mkdir(tmp);
      // Before the launch: Chromium looks for the dictionaries as it starts.
      const dictionaries = await installHyphenation(path.join(scratch, 'profile'));
      const browser = await puppeteer.launch({
        executablePath,
        env: { ...process.env, TMPDIR: tmp },
        headless: true,
        pipe: true,
        args: chromiumArgs,
        userDataDir: path.join(scratch, 'profile'),
        // Puppeteer's own handlers call process.exit(130) on Ctrl-C; Folio's CLI aborts the build,
        // closes the browser and removes temporary files itself.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      return new Browser(browser, options.timeout ?? 60_000, checkHyphenation(browser, executablePath, dictionaries), undefined, scratch);
    } catch (error) {
      await removeScratch(scratch);
      throw new BrowserError(`The browser \`${executablePath}\` failed to start: ${toError(error).message}`, { cause: error });
    }
  }

  /**
   * Whether this browser hyphenates, once its health check is done (a few
   * seconds at most after its start; printing does not wait for it).
   */
  hyphenation(): Promise<Hyphenation> {
    return this.#hyphenation;
  }

  /**
   * A locked-down page serving `site`, to print. Close it in `finally` (or
   * `await using`): a page that served cleanly goes back to the pool for the
   * next document.
   */
  async newPage(site: Site): Promise<LockedPage> {
    const page = await this.#pool.lend(site);
    this.#pages += 1;
    return page;
  }

  /**
   * A locked-down page serving `site`, laid out at `viewport`, to capture as
   * an image (`LockedPage.screenshot`). Canvases come from a pool of their
   * own: a captured page is left in front, where Chromium keeps painting it,
   * so it is not used to print.
   */
  async newCanvas(site: Site, viewport: Viewport): Promise<LockedPage> {
    const page = await this.#canvases.lend(site, viewport);
    this.#pages += 1;
    return page;
  }

  /** Rethrow an error, as a `lost` BrowserError when the browser itself has gone. */
  #lost(error: unknown): never {
    if (!this.#browser.connected && this.#closing === undefined) {
      throw new BrowserError(`Lost the browser (${this.endpoint}): ${toError(error).message}`, { cause: error, lost: true });
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
        await Promise.all([this.#pool.closeAll(), this.#canvases.closeAll()]);
        return this.#browser.disconnect();
      }
      await stop(this.#browser);
      if (this.#scratch) await removeScratch(this.#scratch);
    };
    this.#closing ??= closing().catch((error: unknown) => {
      debug('close failed: %O', error);
    });
    return this.#closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

/**
 * The health check of a browser Folio started: whether its dictionaries were
 * installed and it hyphenates with them. It runs beside the first prints,
 * which do not wait for it: Chromium reads the dictionaries as it starts
 * (a hundred cold starts never printed unhyphenated), so it only says whether
 * that happened.
 */
async function checkHyphenation(browser: PuppeteerBrowser, executablePath: string, dictionaries: number): Promise<Hyphenation> {
  if (dictionaries === 0) {
    return {
      state: 'off',
      browser: executablePath,
      reason: `Folio's hyphenation dictionaries are missing from \`${hyphenationDir}\`: reinstall Folio, or run \`npm run compile\` in its folder`,
    };
  }
  if ((await probeHyphenation(browser)) !== undefined) return { state: 'on' };
  return {
    state: 'off',
    browser: executablePath,
    reason:
      'it did not hyphenate within 5 seconds of its start with the dictionaries Folio gave it (a Chromium without the hyphenation component, such as chrome-headless-shell?)',
  };
}

/**
 * Stop a Chromium that Folio started, resolving once it has exited. Its
 * profile and temporary files are thrown away, so there is nothing for a
 * clean shutdown to save: killing its process group (Puppeteer starts it as
 * a group leader) takes ~20 ms where `Browser.close` takes ~110 ms at the end
 * of every build. Where process groups cannot be killed (Windows), it is
 * closed cleanly.
 */
async function stop(browser: PuppeteerBrowser): Promise<void> {
  const child = browser.process();
  if (child?.pid === undefined || process.platform === 'win32') return browser.close();
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch (error) {
    debug('could not kill the browser: %O', error);
    return browser.close();
  }
  await exited;
}

async function removeScratch(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true, maxRetries: 3 }).catch((error: unknown) => {
    debug('could not remove %s: %O', folder, error);
  });
}
