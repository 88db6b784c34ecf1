import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { parse } from '../../src/pipeline/parse.js';

const front = '---\ntitle: Deep\n---\n\n';

function fatal(markdown: string): string[] {
  const file = new VFile({ path: 'deep.md', value: front + markdown });
  expect(() => parse(file)).toThrow(ContentError);
  return file.messages.filter((message) => message.fatal).map((message) => `${message.line}: ${message.reason}`);
}

describe('deeply nested input', () => {
  it('refuses a list nested 1,000 levels deep quickly, at the line where it gets too deep', () => {
    const started = performance.now();
    const errors = fatal(Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- item\n`).join(''));
    expect(errors).toEqual(['206: lists or quotations are nested more than 100 levels deep here; flatten the structure']);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses blockquotes nested 1,000 deep', () => {
    expect(fatal(`${'>'.repeat(1000)} deep\n`)).toEqual([
      '5: lists or quotations are nested more than 100 levels deep here; flatten the structure',
    ]);
  });

  it('refuses 101 levels found only after parsing', () => {
    expect(fatal(`${'> '.repeat(50)}${'>'.repeat(51)} deep\n`)[0]).toMatch(/^5: lists or quotations are nested more than 100/);
  });

  it('accepts 100 levels', () => {
    const file = new VFile({
      path: 'ok.md',
      value: front + Array.from({ length: 100 }, (_, depth) => `${'  '.repeat(depth)}- item\n`).join(''),
    });
    expect(() => parse(file)).not.toThrow();
  });
});
