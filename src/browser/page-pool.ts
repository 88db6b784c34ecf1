import createDebug from 'debug';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { RenderError, toError } from '../errors.js';
import type { Asset } from '../model.js';

const debug = createDebug('folio:browser');

/** Puppeteer's viewport for a new page, and the one print pages are lent with. */
const defaultViewport: Viewport = { width: 800, height: 600 };

/** The files a page may load: everything else is refused. */
export interface Site {
  /** Origin the document is served from, e.g. `https://folio.invalid`. */
  readonly origin: string;
  /** The asset for a URL of the site (or a promise of it, for one made on demand), or `undefined` to refuse it. */
  serve(url: URL): Asset | undefined | Promise<Asset | undefined>;
  /**
   * Files of other origins that Folio has fetched itself (remote images the
   * user allowed), by URL: served from memory, so the page still reaches no
   * network.
   */
  readonly fetched?: ReadonlyMap<string, Asset>;
}

/** Options of `LockedPage.pdf`. */
export interface PdfOptions {
  readonly tagged: boolean;
  readonly outline: boolean;
  /**
   * Lay the pages out but paint nothing of the document (`visibility:
   * hidden` on the body and all in it, which moves nothing): such a print
   * only says where things fall, by its page count and the named
   * destinations of its links, which Chromium writes all the same. On the
   * corpus book it took a third less of Chromium's time, in a seventh of
   * the bytes.
   */
  readonly unpainted?: boolean;
}

/** Text to set in an open page: that of each element whose `attribute` is `value` (or any value, when none is given). */
export interface TextFill {
  readonly attribute: string;
  readonly value?: string;
  readonly text: string;
}

/** The size of a page's viewport, in CSS pixels (and device pixels: the scale is 1). */
export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** A page that runs no script and loads nothing but its site's files. */
export interface LockedPage extends AsyncDisposable {
  /**
   * Load `url` (on the site) and wait until it and its fonts have loaded.
   * `layout` names what the page's `<head>` holds (its stylesheets and fonts):
   * the page keeps it in the pool (`layout`), for a later use to `refill`.
   */
  open(url: string, signal?: AbortSignal, layout?: string): Promise<void>;
  /** The `layout` the page's open document was loaded with, if it was given one. */
  readonly layout: string | undefined;
  /**
   * Give the open document the root element's attributes, the title and the
   * `<body>` of `html`, and wait for the fonts and images they need: the page
   * then shows what loading `html` would, without loading its stylesheets and
   * fonts again (issue 13: a batch's covers, one page each), when `html` has
   * the open `layout`: the same `<head>`, and text that needs the same fonts
   * (a font the open text loaded can change how the new text is set, even
   * where it has none of its glyphs: the line's metrics are the first
   * loaded font's).
   */
  refill(html: string): Promise<void>;
  /** Print the page to PDF at the size its CSS `@page` rule gives. */
  pdf(options: PdfOptions): Promise<Uint8Array>;
  /**
   * Set the text of elements of the open page, and wait for the fonts the new
   * text needs: the page then prints as if it had loaded with that text,
   * without loading it again.
   */
  fillText(fills: readonly TextFill[]): Promise<void>;
  /** Capture the viewport (the size the page was lent at) as a PNG, once its fonts have loaded. */
  screenshot(): Promise<Uint8Array>;
  /** URLs the page asked for and was refused. */
  readonly refused: readonly string[];
  close(): Promise<void>;
}

/** A page as the browser opened it: `alone` in a window of its own (it paints, in front of it), or a background tab. */
export interface OpenedPage {
  readonly page: Page;
  readonly alone: boolean;
}

interface PooledPage {
  readonly page: Page;
  readonly alone: boolean;
  site: Site;
  refused: string[];
  viewport: Viewport;
  layout: string | undefined;
}

/**
 * The pages of one browser, kept for reuse: opening a page costs about as
 * much as printing a short document. Each page runs no script and answers
 * every request itself (from the site it is lent to, or by refusing it).
 */
export class PagePool {
  readonly #create: () => Promise<OpenedPage>;
  readonly #timeout: number;
  readonly #lost: (error: unknown) => never;
  readonly #idle: PooledPage[] = [];
  readonly #all = new Set<Page>();
  #capture: Promise<unknown> = Promise.resolve();

  /** `lost` rethrows an error, marked as a lost browser when the browser has gone. */
  constructor(create: () => Promise<OpenedPage>, timeout: number, lost: (error: unknown) => never) {
    this.#create = create;
    this.#timeout = timeout;
    this.#lost = lost;
  }

  /**
   * A page serving `site` with a `viewport` of that size, from the pool or
   * new. The size is set before the page loads anything, so the page is laid
   * out at it from the start, not resized around a capture.
   */
  async lend(site: Site, viewport: Viewport = defaultViewport): Promise<LockedPage> {
    const pooled = this.#idle.pop() ?? (await this.#open(site));
    pooled.site = site;
    pooled.refused = [];
    if (pooled.viewport.width !== viewport.width || pooled.viewport.height !== viewport.height) {
      try {
        await pooled.page.setViewport({ ...viewport, deviceScaleFactor: 1 });
        pooled.viewport = viewport;
      } catch (error) {
        await this.#discard(pooled.page);
        this.#lost(error);
      }
    }
    const release = (healthy: boolean): void => {
      if (healthy) this.#idle.push(pooled);
      else void this.#discard(pooled.page);
    };
    // A page alone in its window is in front there: it is captured as it is, beside the others.
    const capturing = <T>(work: () => Promise<T>): Promise<T> => (pooled.alone ? work() : this.#oneCapture(work));
    return lockedPage(pooled, this.#timeout, this.#lost, release, capturing);
  }

  /** Run `work` after the captures before it: a page must be in front while it is captured. */
  #oneCapture<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.#capture.then(work, work);
    this.#capture = turn.catch(() => undefined);
    return turn;
  }

  async #open(site: Site): Promise<PooledPage> {
    const { page, alone } = await this.#create().catch(this.#lost);
    this.#all.add(page);
    const pooled: PooledPage = { page, alone, site, refused: [], viewport: defaultViewport, layout: undefined };
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
    } catch (error) {
      await this.#discard(page);
      this.#lost(error);
    }
    page.on('request', (request) => void answer(request, pooled));
    page.setDefaultTimeout(this.#timeout);
    return pooled;
  }

  async #discard(page: Page): Promise<void> {
    this.#all.delete(page);
    await page.close().catch(() => undefined);
  }

  /** Close every page (a remote browser outlives the build, its pages should not). */
  async closeAll(): Promise<void> {
    this.#idle.length = 0;
    await Promise.all([...this.#all].map((page) => this.#discard(page)));
  }
}

async function answer(request: HTTPRequest, pooled: PooledPage): Promise<void> {
  const { site } = pooled;
  const url = new URL(request.url());
  const asset = url.origin === site.origin ? await site.serve(url) : site.fetched?.get(url.href);
  if (asset) {
    await request.respond({ status: 200, contentType: asset.type, body: Buffer.from(asset.bytes) });
    return;
  }
  if (url.protocol === 'data:') {
    await request.continue();
    return;
  }
  debug('refused %s', url.href);
  pooled.refused.push(url.href);
  await request.abort('blockedbyclient');
}

/** One use of a pooled page. Any error or an abort retires the page. */
function lockedPage(
  pooled: PooledPage,
  timeout: number,
  lost: (error: unknown) => never,
  release: (healthy: boolean) => void,
  capturing: <T>(work: () => Promise<T>) => Promise<T>,
): LockedPage {
  const { page } = pooled;
  let healthy = true;
  let released = false;
  const guard = <T>(work: () => Promise<T>): Promise<T> =>
    work().catch((error: unknown) => {
      healthy = false;
      if (toError(error).name === 'TimeoutError') {
        throw new RenderError(
          `The page took longer than ${timeout / 1000} s to load or print; raise the time limit with \`timeout\` if it is just large`,
          {
            cause: error,
          },
        );
      }
      return lost(error);
    });
  const close = (): Promise<void> => {
    if (!released) {
      released = true;
      release(healthy);
    }
    return Promise.resolve();
  };
  return {
    get refused() {
      return pooled.refused;
    },
    get layout() {
      return pooled.layout;
    },
    async open(url, signal, layout) {
      pooled.layout = undefined;
      const onAbort = (): void => {
        healthy = false;
        void close();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        await guard(() => page.goto(url, { waitUntil: 'load' }));
        signal?.throwIfAborted();
        pooled.layout = layout;
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    },
    async refill(html) {
      await guard(() => page.evaluate(refillScript(html)));
    },
    async pdf({ unpainted = false, ...options }) {
      if (unpainted) await guard(() => page.evaluate(unpaintedScript(true)));
      try {
        return await guard(() => page.pdf({ preferCSSPageSize: true, printBackground: true, waitForFonts: true, ...options }));
      } finally {
        if (unpainted) await guard(() => page.evaluate(unpaintedScript(false)));
      }
    },
    async fillText(fills) {
      // A string, not a function: a bundled function could carry the bundler's helpers. Reading a
      // layout box lays the page out, so that every font the new text needs has started loading
      // before `document.fonts.ready` is awaited.
      const script = `(async (fills) => {
        const byAttribute = new Map();
        for (const { attribute, value, text } of fills) {
          if (!byAttribute.has(attribute)) byAttribute.set(attribute, new Map());
          byAttribute.get(attribute).set(value ?? null, text);
        }
        for (const [attribute, texts] of byAttribute)
          for (const element of document.querySelectorAll('[' + attribute + ']')) {
            const text = texts.get(element.getAttribute(attribute)) ?? texts.get(null);
            if (text !== undefined) element.textContent = text;
          }
        document.documentElement.getBoundingClientRect();
        await document.fonts.ready;
      })(${JSON.stringify(fills)})`;
      await guard(() => page.evaluate(script));
    },
    async screenshot() {
      // A background tab is captured in front, one at a time: Chromium paints no frames for a page in
      // a background tab, and a capture there waited for another page to repaint, up to the timeout
      // (135 s for the last cover of a 50-article batch with three documents in flight). A page alone
      // in its window is in front already. The page has had its size since it was lent.
      return capturing(async () => {
        if (!pooled.alone) await guard(() => page.bringToFront());
        // Await the font-loading promise, as page.pdf does. Not waitForFunction: its polling runs on
        // timers, which a page with scripts disabled may never fire, and the wait hung until the timeout.
        await guard(() => page.evaluate('document.fonts.ready.then(() => undefined)'));
        return guard(() => page.screenshot({ type: 'png', captureBeyondViewport: false, optimizeForSpeed: false }));
      });
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

/**
 * The script of `LockedPage.refill`, as a string: a function would be
 * bundled with the bundler's helpers, which the page does not have. The
 * new document is parsed as the page's was (HTML, scripting off). Reading a
 * layout box lays the page out,
 * so that every font the new text needs has started loading before
 * `document.fonts.ready` is awaited, as the `load` event waits for images.
 */
function refillScript(html: string): string {
  return `(async (html) => {
    const next = new DOMParser().parseFromString(html, 'text/html');
    const root = document.documentElement;
    for (const name of root.getAttributeNames()) root.removeAttribute(name);
    for (const { name, value } of next.documentElement.attributes) root.setAttribute(name, value);
    document.title = next.title;
    root.replaceChild(document.adoptNode(next.body), document.body);
    root.getBoundingClientRect();
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    await document.fonts.ready;
  })(${JSON.stringify(html)})`;
}

/** A script that hides everything in the open page's body, or shows it again (`PdfOptions.unpainted`). */
function unpaintedScript(hide: boolean): string {
  return hide
    ? `document.head.append(Object.assign(document.createElement('style'), { className: 'folio-unpainted', textContent: 'body, body * { visibility: hidden !important; }' }))`
    : `document.querySelectorAll('head > style.folio-unpainted').forEach((style) => style.remove())`;
}
