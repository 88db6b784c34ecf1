import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { parse } from '../../src/pipeline/parse.js';

function errorsOf(markdown: string): string[] {
  const file = new VFile({ path: 'content/bad.md', value: markdown });
  try {
    parse(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return file.messages.filter((message) => message.fatal).map((message) => `${message.file}:${message.line}:${message.column}: ${message.reason}`);
  }
  throw new Error('expected the front matter to be refused');
}

describe('front matter', () => {
  it('is read into file.data.matter with defaults', () => {
    const file = new VFile({ path: 'a.md', value: '---\ntitle: Hello\nauthor: Ada\n---\n\nText.\n' });
    parse(file);
    expect(file.data.matter).toEqual({ title: 'Hello', author: 'Ada', lang: 'en' });
  });

  it('is required, with a hint of what to write', () => {
    expect(errorsOf('Just text.\n')).toEqual([
      'content/bad.md:1:1: no front matter: start the file with a `---` block that gives at least `title:`',
    ]);
  });

  it('reports a wrong type with file, line, column and key', () => {
    const [error] = errorsOf('---\ntitle: Fine\nlang: en\nkeywords: 42\n---\n\nText.\n');
    expect(error).toMatch(/^content\/bad\.md:4:11: front matter `keywords` must be a list of strings/);
  });

  it('reports a missing title at the front matter', () => {
    expect(errorsOf('---\nlang: en\n---\n')).toEqual(['content/bad.md:2:1: front matter `title` is missing']);
  });

  it('reports invalid YAML at its line', () => {
    const [error] = errorsOf('---\ntitle: Fine\nauthor: [unclosed\n---\n');
    expect(error).toMatch(/^content\/bad\.md:[34]:\d+: invalid YAML in front matter/);
  });

  it('refuses a date that is not YYYY-MM-DD and an invalid language tag', () => {
    const errors = errorsOf('---\ntitle: T\ndate: 25 Feb\nlang: "english!"\n---\n');
    expect(errors).toEqual([
      'content/bad.md:3:7: front matter `date` must be a date written as `YYYY-MM-DD`',
      'content/bad.md:4:7: front matter `lang` is not a valid BCP 47 language tag (try `en`, `en-GB` or `fr`)',
    ]);
  });

  it('refuses a date that does not exist', () => {
    expect(errorsOf('---\ntitle: T\ndate: 2024-02-31\n---\n')[0]).toMatch(/`date` is not a real calendar date/);
  });

  it('warns about an unknown key without failing', () => {
    const file = new VFile({ path: 'a.md', value: '---\ntitle: T\nsubtitel: typo\n---\n' });
    parse(file);
    expect(file.messages.map((message) => [message.fatal, message.line, message.reason])).toEqual([
      [false, 3, 'unknown front matter key `subtitel` is ignored (see docs/front-matter.md)'],
    ]);
  });
});
