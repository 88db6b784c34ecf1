import { describe, expect, it } from 'vitest';
import type { ContentAsset } from '../../src/model.js';
import { resolvePrintSettings } from '../../src/config/print-settings.js';
import { render } from '../../src/pipeline/render.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { writeHtml } from '../../src/writers/html.js';
import { prepare } from '../helpers/pipeline.js';

const theme = await loadTheme('default');

async function standalone(
  markdown: string,
  assets: ReadonlyMap<string, ContentAsset> = new Map(),
  stylesheets: string[] = [],
): Promise<string> {
  const publication = { ...(await prepare(`---\ntitle: T\n---\n\n${markdown}`)), assets };
  const rendered = render(publication, theme, { ...resolvePrintSettings(publication.meta), stylesheets });
  const {
    artifacts: [artifact],
  } = await writeHtml(rendered, { theme, browser: () => Promise.reject(new Error('no browser needed')) });
  return new TextDecoder().decode(artifact!.bytes);
}

const embedded = (html: string): string[] =>
  [...html.matchAll(/font-family: "([^"]+)"; font-style: (\w+); font-weight: (\d+); src: url\("data:/g)].map(
    (m) => `${m[1]} ${m[2]} ${m[3]}`,
  );

describe('the standalone HTML', () => {
  it('embeds only the fonts plain Latin prose can use, and no outside reference', async () => {
    const html = await standalone('Plain *English* prose.');
    expect(embedded(html)).toEqual(
      expect.arrayContaining(['Source Serif 4 normal 400', 'Source Serif 4 italic 400', 'Source Sans 3 normal 700']),
    );
    expect(embedded(html).join()).not.toMatch(/Source Code Pro|STIX Two Math/);
    expect(html).not.toMatch(/url\("fonts\//);
    expect(html.length).toBeLessThan(300_000);
  });

  it('leaves the digits and Latin letters to the text face, though the CJK and emoji faces claim them too', async () => {
    const html = await standalone('Chapter 12, “quoted” & #3 — 4 * 5 @ 6.');
    expect(embedded(html).join()).not.toMatch(/Noto Serif SC|Noto Emoji/);
    expect(embedded(await standalone('Keycap 1️⃣ and 東京.'))).toEqual(
      expect.arrayContaining(['Noto Emoji normal 400', 'Noto Serif SC normal 400']),
    );
  });

  it('follows the stacks of the stylesheets the document adds: a CJK face put first draws the Latin letters too', async () => {
    const markdown = 'Plain English 12.';
    expect(embedded(await standalone(markdown)).join()).not.toMatch(/Noto Serif SC/);
    const first = embedded(await standalone(markdown, new Map(), ['.body p { font-family: "Noto Serif SC", serif; }']));
    expect(first).toEqual(expect.arrayContaining(['Noto Serif SC normal 400']));
    // Through the theme's variables as well.
    const variable = embedded(await standalone(markdown, new Map(), [':root { --text: "Noto Serif SC", serif; }']));
    expect(variable).toEqual(expect.arrayContaining(['Noto Serif SC normal 400']));
  });

  it('adds the code font for code, the maths font for maths, and latin-ext for Polish', async () => {
    const html = await standalone('Some `code`, $x^2$ and Łódź.');
    expect(embedded(html).join()).toMatch(/Source Code Pro normal 400/);
    expect(embedded(html).join()).toMatch(/STIX Two Math normal 400/);
    // Ł is outside Latin-1: the latin-ext file of the text face comes too, beside the latin one.
    expect(embedded(html).filter((face) => face === 'Source Serif 4 normal 400')).toHaveLength(2);
  });

  it('embeds its images as data URLs, so that it needs no file beside it', async () => {
    const svg = {
      bytes: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'),
      type: 'image/svg+xml',
      source: 'images/chart.svg',
    };
    const html = await standalone(
      '![Chart](images/chart.svg)\n\nAgain: ![Chart again](images/chart.svg)',
      new Map([['images/chart.svg', svg]]),
    );
    const sources = [...html.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toEqual([`data:image/svg+xml;base64,${Buffer.from(svg.bytes).toString('base64')}`, expect.any(String)]);
    expect(sources[1]).toBe(sources[0]);
    expect(html).not.toContain('images/chart.svg');
  });
});
