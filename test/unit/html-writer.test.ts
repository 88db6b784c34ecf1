import { describe, expect, it } from 'vitest';
import { render } from '../../src/pipeline/render.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { writeHtml } from '../../src/writers/html.js';
import { prepare } from '../helpers/pipeline.js';

const theme = await loadTheme('default');

async function standalone(markdown: string): Promise<string> {
  const rendered = render(await prepare(`---\ntitle: T\n---\n\n${markdown}`), theme);
  const [artifact] = await writeHtml(rendered, { theme, browser: () => Promise.reject(new Error('no browser needed')) });
  return new TextDecoder().decode(artifact!.bytes);
}

const embedded = (html: string): string[] =>
  [...html.matchAll(/font-family: "([^"]+)"; font-style: (\w+); font-weight: (\d+); src: url\("data:/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);

describe('the standalone HTML', () => {
  it('embeds only the fonts plain Latin prose can use, and no outside reference', async () => {
    const html = await standalone('Plain *English* prose.');
    expect(embedded(html)).toEqual(expect.arrayContaining(['Source Serif 4 normal 400', 'Source Serif 4 italic 400', 'Source Sans 3 normal 700']));
    expect(embedded(html).join()).not.toMatch(/Source Code Pro|STIX Two Math/);
    expect(html).not.toMatch(/url\("fonts\//);
    expect(html.length).toBeLessThan(300_000);
  });

  it('adds the code font for code, the maths font for maths, and latin-ext for Polish', async () => {
    const html = await standalone('Some `code`, $x^2$ and Łódź.');
    expect(embedded(html).join()).toMatch(/Source Code Pro normal 400/);
    expect(embedded(html).join()).toMatch(/STIX Two Math normal 400/);
    // Ł is outside Latin-1: the latin-ext file of the text face comes too, beside the latin one.
    expect(embedded(html).filter((face) => face === 'Source Serif 4 normal 400')).toHaveLength(2);
  });
});
