import { setTimeout as sleep } from 'node:timers/promises';
import createDebug from 'debug';
import type { Browser as PuppeteerBrowser } from 'puppeteer-core';

const debug = createDebug('folio:browser');

/**
 * A word that must break in a box three characters wide, hyphenated
 * (`hyphens: auto`) and not (`manual`): hyphenated, it wraps over several
 * lines; unhyphenated, it overflows on one.
 */
const probePage = `<!doctype html><html lang="en"><meta charset="utf-8"><style>
span { display: inline-block; width: 3ch; font: 16px/20px monospace; vertical-align: top; }
#auto { hyphens: auto; } #manual { hyphens: manual; }
</style><body><span id="auto">hyphenation</span><span id="manual">hyphenation</span></body></html>`;

/** How long a browser may take after its start to hyphenate, and how often to look meanwhile. */
export interface ProbeOptions {
  readonly deadline?: number;
  readonly interval?: number;
}

/** Whether a page of `browser` hyphenates English now: one throw-away page. */
async function hyphenates(browser: PuppeteerBrowser): Promise<boolean> {
  const page = await browser.newPage({ background: true });
  try {
    await page.setContent(probePage);
    return await page.evaluate(() => {
      const height = (id: string): number => document.getElementById(id)?.getBoundingClientRect().height ?? 0;
      return height('auto') > height('manual');
    });
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * Whether a browser Folio started hyphenates, within `deadline` ms: the
 * health check of its dictionaries, once per launch. Chromium learns of the
 * dictionary folder shortly after it starts, and a page's renderer that asked
 * for a language before then keeps its miss, so each look is a new page (on
 * `about:blank`, a site of its own: never a print page's renderer). Resolves
 * with the milliseconds it took, or `undefined` when the deadline passed or
 * the browser went away; never rejects.
 */
export async function probeHyphenation(
  browser: PuppeteerBrowser,
  { deadline = 5000, interval = 50 }: ProbeOptions = {},
): Promise<number | undefined> {
  const started = performance.now();
  for (let attempt = 1; browser.connected; attempt++) {
    try {
      if (await hyphenates(browser)) {
        const ms = Math.round(performance.now() - started);
        debug('hyphenation works after %d ms (%d looks)', ms, attempt);
        return ms;
      }
    } catch (error) {
      debug('hyphenation probe failed: %O', error);
    }
    if (performance.now() - started > deadline) break;
    await sleep(interval);
  }
  debug('no hyphenation within %d ms', deadline);
  return undefined;
}
