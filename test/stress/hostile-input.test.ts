import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folio, project } from '../helpers/project.js';

const front = (title: string): string => `---\ntitle: ${title}\n---\n\n`;
const nine = (name: string): string => `[${Array.from({ length: 9 }, () => `*${name}`).join(', ')}]`;

/** Hostile documents, each refused with one error at its place (issue 16), beside one that builds. */
const hostile: Record<string, string> = {
  'content/big.md': `${front('Fifty megabytes')}${'Some words in a paragraph of text. '.repeat(1_500_000)}\n`,
  'content/plus.md': `${front('Plus')}${'+ '.repeat(10_000)}x\n`,
  'content/star.md': `${front('Star')}${'* '.repeat(10_000)}x\n`,
  'content/quote-list.md': `${front('Mixed')}${'> - '.repeat(5000)}x\n`,
  'content/divs.md': `${front('Divs')}${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}\n`,
  'content/bomb.md': `---\na: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\nb: &b ${nine('a')}\nc: &c ${nine('b')}\nd: &d ${nine('c')}\ne: &e ${nine('d')}\nf: &f ${nine('e')}\n---\n\nText\n`,
  'content/notes.md': `${front('Notes')}${Array.from({ length: 100_000 }, (_, index) => `Text.[^${index}]\n\n[^${index}]: Note.\n\n`).join('')}`,
  'content/good.md': `${front('Good')}Fine.\n`,
};

describe('hostile input in a batch: one clear error each, no stack trace, the rest built (issue 16)', () => {
  it('refuses each with its file and line, exits 1 and writes the good document', async () => {
    const dir = await project(hostile);
    // With PDF, so that the browser launched at the start must survive the parsing.
    const run = await folio(['build', '--format', 'html,pdf'], dir);
    expect(run.code).toBe(1);
    const errors = run.stderr
      .split('\n')
      .filter((line) => line.includes(': error: '))
      .sort();
    expect(errors).toEqual([
      'content/big.md: error: is larger than the `maxInputSize` of 10.0 MB (it has 52.5 MB): split it into several documents, or raise `maxInputSize`',
      'content/bomb.md:3:8: error: front matter could not be read: Excessive alias count indicates a resource exhaustion attack; write the values out instead of repeating aliases (`*name`)',
      'content/divs.md:5:501: error: HTML elements are nested more than 100 levels deep here; flatten the structure',
      'content/notes.md:40007:1: error: more than 10000 footnote definitions: split the document into several',
      'content/plus.md:5:201: error: lists or quotations are nested more than 100 levels deep here; flatten the structure',
      'content/quote-list.md:5:201: error: lists or quotations are nested more than 100 levels deep here; flatten the structure',
      'content/star.md:5:201: error: lists or quotations are nested more than 100 levels deep here; flatten the structure',
    ]);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual(['good.html', 'good.pdf']);
  });
});
