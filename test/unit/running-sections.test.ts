import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { resolvePrintSettings } from '../../src/config/print-settings.js';
import { render } from '../../src/pipeline/render.js';
import { stringify } from '../../src/hast/stringify.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { cssString } from '../../src/theme/css-string.js';
import { sectionIds, sectionOfEachPage, sectionsCss } from '../../src/theme/running-sections.js';
import { prepare } from '../helpers/pipeline.js';

const theme = await loadTheme('default');

async function printTree(frontMatter: string, body: string): Promise<Root> {
  const publication = await prepare(`---\n${frontMatter}\n---\n\n${body}\n`);
  return render(publication, theme, resolvePrintSettings(publication.meta)).print;
}

const book = '# Harbour\n\nIntro.\n\n## Tides\n\nText.\n\n# Ships "and" boats\n\nText.\n\n## Sail\n\nText.';

describe('running sections ({section})', () => {
  it('gives each page the first section that starts on it, else the one going on, else nothing', () => {
    const starts = [
      { page: 2, text: 'Tides' },
      { page: 4, text: 'Ships' },
      { page: 4, text: 'Weather' },
      { page: 5, text: 'Rain' },
    ];
    expect(sectionOfEachPage(starts, 7)).toEqual(['', 'Tides', 'Tides', 'Ships', 'Rain', 'Rain', 'Rain']);
    expect(sectionOfEachPage([], 2)).toEqual(['', '']);
  });

  it('puts the sections style in the head only when the header or footer names the section', async () => {
    expect(sectionIds(await printTree('title: T\nheader: "{title} {page}"', book))).toBeUndefined();
    const tree = await printTree('title: T\nfooter: "{section} · {page}"', book);
    expect(sectionIds(tree)).toEqual(['harbour', 'ships-and-boats']);
    const html = stringify(tree);
    // The top level the body uses (`#` here), never `##`; empty on every page until the pages are known.
    expect(html).toContain('data-folio-sections="harbour ships-and-boats"');
    expect(html).toContain('@counter-style folio-section { system: cyclic; symbols: ""; }');
    expect(html).toContain(`@page :right { @bottom-right { content: counter(page, folio-section) ${cssString(' · ')} counter(page); } }`);
    // The margin box's characters are on the page, invisibly, so its font loads with the page.
    expect(html).toMatch(/<span class="margin-fonts"[^>]*>[^<]*Ships “and” boats<\/span>/);
  });

  it('fills the style with one escaped string a page', () => {
    const pages = new Map([
      ['harbour', 1],
      ['ships-and-boats', 3],
    ]);
    const texts = new Map([
      ['harbour', 'Harbour'],
      ['ships-and-boats', 'Ships “and” boats </style>'],
    ]);
    const css = sectionsCss(['harbour', 'ships-and-boats'], pages, texts, 4);
    const ships = cssString('Ships “and” boats </style>');
    expect(ships).not.toMatch(/<|\/style/);
    expect(css).toContain(
      `@counter-style folio-section { system: fixed 1; symbols: "Harbour" "Harbour" ${ships} ${ships}; fallback: folio-no-section; }`,
    );
  });

  it('accepts `{section}` in header and footer text', () => {
    expect(() => resolvePrintSettings({ title: 'T' }, { header: '{section}', footer: '{section} {page}' })).not.toThrow();
  });
});
