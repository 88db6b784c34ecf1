import { describe, expect, it } from 'vitest';
import { render } from '../../src/pipeline/render.js';
import { stringify } from '../../src/hast/stringify.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { prepare } from '../helpers/pipeline.js';

const theme = await loadTheme('default');

async function editions(frontMatter: string, body = 'Some extraordinarily hyphenatable paragraph text.') {
  const publication = await prepare(`---\n${frontMatter}\n---\n\n${body}\n`);
  const rendered = render(publication, theme);
  return { print: stringify(rendered.print), ereader: stringify(rendered.ereader[0]!) };
}

describe('render', () => {
  it('shows title, standfirst, byline and date in the print title block', async () => {
    const { print } = await editions(
      'title: Headline\ndescription: The standfirst.\nauthor: [Ada Lovelace, Grace Hopper]\ndate: 2024-02-25',
    );
    expect(print).toContain('<h1 class="headline">Headline</h1>');
    expect(print).toContain('<p class="standfirst">The standfirst.</p>');
    expect(print).toContain('<span class="author">Ada Lovelace and Grace Hopper</span>');
    expect(print).toContain('<time datetime="2024-02-25">February 25, 2024</time>');
    expect(print).toContain('<title>Headline</title>');
    expect(print).toContain('<html lang="en">');
  });

  it('leaves out what the front matter does not give', async () => {
    const { print, ereader } = await editions('title: Only a title');
    for (const html of [print, ereader]) {
      expect(html).not.toMatch(/class="(standfirst|byline|subtitle|dateline)"/);
      expect(html).not.toContain('data-slot');
    }
  });

  it('escapes front matter text instead of pasting it as markup', async () => {
    const { print } = await editions('title: "<script>alert(1)</script> & more"');
    expect(print).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; more');
    expect(print).not.toContain('<script>');
  });

  it('puts no soft hyphens in either edition: Chromium hyphenates the print edition as it prints', async () => {
    const { print, ereader } = await editions('title: T\nlang: en');
    for (const edition of [print, ereader]) {
      expect(edition).toContain('extraordinarily');
      expect(edition).not.toContain('\u00AD');
    }
  });

  it('marks the print edition with the document language, which decides its hyphenation, and formats dates for it', async () => {
    const { print } = await editions('title: T\nlang: fr\ndate: 2024-02-25', 'Une extraordinairement longue phrase.');
    expect(print).toContain('<html lang="fr">');
    expect(print).toContain('25 février 2024');
    expect(print).toContain('Une extraordinairement longue phrase.');
  });

  it('does not hyphenate headings', async () => {
    const { print } = await editions('title: T', '## Extraordinarily long heading');
    expect(print).toContain('<h2 id="extraordinarily-long-heading">Extraordinarily long heading</h2>');
  });
});
