import { describe, expect, it } from 'vitest';
import { stringify } from '../../src/hast/stringify.js';
import { prepare } from '../helpers/pipeline.js';

async function body(markdown: string): Promise<{ html: string; messages: string[] }> {
  const { chapters } = await prepare(`---\ntitle: T\n---\n\n${markdown}\n`);
  const [chapter] = chapters;
  if (!chapter) throw new Error('no chapter');
  return { html: stringify(chapter.hast).trim(), messages: chapter.file.messages.map((message) => `${message.line}: ${message.reason}`) };
}

describe('what assistive technology is told', () => {
  it('gives a heading that skips a level its level in the outline, the title counting as the first', async () => {
    const { html } = await body('### Detail\n\n# Chapter\n\n### Part\n\n#### Point\n\n### Part two\n\n## Section');
    expect(html.match(/<h\d[^>]*>/g)).toEqual([
      '<h3 id="detail" aria-level="2">',
      '<h1 id="chapter">',
      '<h3 id="part" aria-level="2">',
      '<h4 id="point" aria-level="3">',
      '<h3 id="part-two" aria-level="2">',
      '<h2 id="section">',
    ]);
  });

  it('labels each task list checkbox with its task', async () => {
    const { html } = await body('- [x] Buy lamp oil\n- [ ] Polish the lens');
    expect(html).toContain('<li class="task-list-item"><label><input type="checkbox" checked disabled> Buy lamp oil</label></li>');
  });

  it('takes the link away from a link with nothing in it, with a warning, and keeps image links with alt text', async () => {
    const { html, messages } = await body('[](https://example.com/a) and [![a badge](b.png)](https://example.com/b)');
    expect(html).toBe('<p><a></a> and <a href="https://example.com/b"><img src="b.png" alt="a badge"></a></p>');
    expect(messages).toEqual([
      '5: link to `https://example.com/a` has no text: a reader could neither see nor follow it, so it is left out',
    ]);
  });

  it('leaves out a heading with nothing in it, with a warning, and keeps one that is only an image', async () => {
    const { html, messages } = await body('Text.\n\n##\n\n## ![a lighthouse](l.png)\n\n### <br>\n\nMore.');
    expect(html.match(/<h\d[^>]*>/g)).toEqual(['<h2 id="section">']);
    expect(html).toContain('<img src="l.png" alt="a lighthouse">');
    expect(messages).toEqual([
      '7: heading `h2` has no text: it would be an empty heading, so it is left out',
      '11: heading `h3` has no text: it would be an empty heading, so it is left out',
    ]);
  });
});
