import { readFileSync } from 'node:fs';
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { seedParagraphs } from '../helpers/seed.js';
import { parse } from '../../src/pipeline/parse.js';
import { VFile } from 'vfile';

const markdown = readFileSync(new URL('../../content/article.md', import.meta.url), 'utf8');

describe('content/article.md', () => {
  const file = new VFile({ path: 'content/article.md', value: markdown });
  const mdast = parse(file);
  const paragraphs = mdast.children.flatMap((node) =>
    node.type === 'paragraph'
      ? [node]
      : node.type === 'blockquote'
        ? node.children.filter((child): child is Paragraph => child.type === 'paragraph')
        : [],
  );

  it('publishes every word of the manuscript exactly as written, in order', () => {
    expect(paragraphs.map((paragraph) => toString(paragraph))).toEqual(seedParagraphs);
  });

  it('sets the two spoken quotations as blockquotes', () => {
    const quotes = mdast.children.filter((node) => node.type === 'blockquote').map((node) => toString(node));
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatch(/^"I expect many think.*said Robin Lovell-Badge/);
    expect(quotes[1]).toMatch(/^"Reproducing germ cell development.*said Jiahao Sha/);
  });

  it('has front matter with a title, English, a standfirst and keywords, and no invented author or date', () => {
    expect(file.data.matter?.lang).toBe('en');
    expect(file.data.matter?.title).toMatch(/Stem Cells/);
    expect(file.data.matter?.description).toMatch(/Nanjing Medical University/);
    expect(file.data.matter?.keywords).toContain('stem cells');
    expect(file.data.matter).not.toHaveProperty('author');
    expect(file.data.matter).not.toHaveProperty('date');
  });
});
