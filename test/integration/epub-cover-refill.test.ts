import { describe, expect, it } from 'vitest';
import { Browser, type LockedPage } from '../../src/browser/browser.js';
import { stringify } from '../../src/hast/stringify.js';
import type { Publication } from '../../src/model.js';
import { resolveMeta } from '../../src/pipeline/meta.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { coverImage, coverPage } from '../../src/writers/epub/epub-cover.js';

const theme = await loadTheme('default');

/**
 * Covers of every kind the template lays out, in pairs that need the same
 * fonts (the second is refilled into the first's canvas): short and long
 * titles, subtitles, bylines, right to left, CJK. An Arabic byline follows a
 * Latin one: the Latin font it loaded used to set the Arabic line otherwise.
 */
const covers = [
  { title: 'Article 1', lang: 'en' },
  { title: 'Article 2', lang: 'en' },
  { title: 'Article 3', subtitle: 'A subtitle under it', author: ['Ada Lovelace', 'Charles Babbage'], lang: 'en' },
  { title: 'Article 4', subtitle: 'Another subtitle', author: 'Grace Hopper', lang: 'en' },
  { title: 'A considerably longer title that wraps over several lines and hyphenates its extraordinarily long words', lang: 'en' },
  { title: 'Another title long enough to wrap over several lines, with its uncharacteristically long words', lang: 'en' },
  { title: 'العنوان الطويل للمقالة باللغة العربية', subtitle: 'عنوان فرعي', author: 'كاتب', lang: 'ar' },
  { title: 'مقالة أخرى', subtitle: 'عنوان فرعي آخر', author: 'كاتبة', lang: 'ar' },
  { title: '幹細胞から育てたマウスの精子が子孫を残す', author: '山田太郎', lang: 'ja' },
  { title: '東京の春', author: '佐藤花子', lang: 'ja' },
];

function publication(matter: (typeof covers)[number]): Publication {
  const meta = resolveMeta(matter, { source: matter.title, sourceDateEpoch: 0, now: new Date(0) });
  return { meta, chapters: [], assets: new Map() };
}

/** The browser, its canvases watched: how often one was loaded and refilled; with `fresh`, a canvas never offers to be refilled. */
function watched(browser: Browser, fresh: boolean) {
  const calls = { open: 0, refill: 0 };
  const newCanvas: Browser['newCanvas'] = async (site, viewport) => {
    const page = await browser.newCanvas(site, viewport);
    return new Proxy(page, {
      get(target, property, receiver) {
        if (property === 'layout' && fresh) return undefined;
        if (property === 'open' || property === 'refill') calls[property] += 1;
        return Reflect.get(target, property, receiver) as unknown;
      },
    }) satisfies LockedPage;
  };
  return { calls, browser: () => Promise.resolve(Object.assign(Object.create(browser) as Browser, { newCanvas })) };
}

describe('covers drawn one after another', () => {
  it('refill the canvas of the cover before when they need the same fonts, and each comes out as the cover drawn on a page loaded for it', async () => {
    await using browser = await Browser.launch();
    const refilled = watched(browser, false);
    const drawn = [];
    for (const matter of covers) drawn.push(Buffer.from((await coverImage(publication(matter), theme, refilled.browser)).bytes));
    const loaded = watched(browser, true);
    for (const [index, matter] of covers.entries()) {
      const page = stringify(coverPage(publication(matter).meta, theme));
      expect(page).toContain(matter.title);
      const png = drawn[index]!;
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1600, 2560]);
      const reference = Buffer.from((await coverImage(publication(matter), theme, loaded.browser)).bytes);
      expect(png.equals(reference), matter.title).toBe(true);
    }
    expect(loaded.calls).toEqual({ open: covers.length, refill: 0 });
    // Each pair's first cover is loaded, its second refilled with its own title, subtitle and byline.
    expect(refilled.calls).toEqual({ open: covers.length / 2, refill: covers.length / 2 });
    // Every cover shows its own text: no two are alike.
    expect(new Set(drawn.map((png) => png.toString('base64'))).size).toBe(covers.length);
  });
});

describe('covers drawn at once', () => {
  it('each on a canvas of its own (the first a background tab, the others alone in windows, captured side by side) come out as drawn one after another', async () => {
    await using browser = await Browser.launch();
    const draw = async (matter: (typeof covers)[number]): Promise<Buffer> =>
      Buffer.from((await coverImage(publication(matter), theme, () => Promise.resolve(browser))).bytes);
    const atOnce = await Promise.all(covers.map(draw));
    expect(browser.pagesOpened).toBeGreaterThanOrEqual(covers.length);
    for (const [index, matter] of covers.entries()) expect(atOnce[index]?.equals(await draw(matter)), matter.title).toBe(true);
  });
});
