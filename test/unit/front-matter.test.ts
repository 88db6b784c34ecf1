import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../src/cli/args.js';
import { resolvePrintSettings } from '../../src/config/print-settings.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { ContentError } from '../../src/errors.js';
import { parse, type ParseOptions } from '../../src/pipeline/parse.js';

/** Parse `markdown` as `content/<name>`; what a user sees: the front matter, the messages, the blocks left. */
function read(markdown: string, name = 'a.md', options: ParseOptions = {}) {
  const file = new VFile({ path: `content/${name}`, value: markdown });
  const mdast = parse(file, options);
  return { file, mdast, matter: file.data.matter, messages: messagesOf(file) };
}

function messagesOf(file: VFile): string[] {
  return file.messages.map(
    (message) => `${message.file}:${message.line}:${message.column}: ${message.fatal ? 'error' : 'warning'}: ${message.reason}`,
  );
}

function errorsOf(markdown: string): string[] {
  const file = new VFile({ path: 'content/bad.md', value: markdown });
  expect(() => parse(file)).toThrow(ContentError);
  return messagesOf(file).filter((message) => message.includes(': error: '));
}

/** The headings left in the tree, as text. */
function headings(mdast: Root): string[] {
  return mdast.children.filter((node) => node.type === 'heading').map((node) => toString(node));
}

describe('front matter', () => {
  it('is read into file.data.matter with defaults', () => {
    const { matter, messages } = read('---\ntitle: Hello\nauthor: Ada\n---\n\nText.\n');
    expect(matter).toEqual({ title: 'Hello', author: 'Ada', lang: 'en' });
    expect(messages).toEqual([]);
  });

  it('is not required: the title comes from the first `#` heading, which leaves the tree', () => {
    const { matter, mdast, messages } = read('Intro line.\n\n# Continued  *Fractions*\n\nText.\n\n## Part\n\n# Second\n');
    expect(matter).toEqual({ title: 'Continued Fractions', lang: 'en' });
    expect(headings(mdast)).toEqual(['Part', 'Second']);
    expect(messages).toEqual([]);
  });

  it('keeps the positions of everything else when the title heading leaves', () => {
    const { mdast } = read('# Title\n\nFirst paragraph.\n\n## Part\n');
    expect(mdast.children.map((node) => [node.type, node.position?.start.line])).toEqual([
      ['paragraph', 3],
      ['heading', 5],
    ]);
  });

  it('takes the title from the file name when there is no heading either', () => {
    expect(read('## Only a section\n\nText.\n', 'continued-fractions.md').matter?.title).toBe('Continued fractions');
    expect(read('Text.\n', 'notes_on_HTML.md').matter?.title).toBe('notes on HTML');
    expect(read('', 'empty.md').matter).toEqual({ title: 'Empty', lang: 'en' });
  });

  it('takes the title from the first heading when the front matter gives none', () => {
    const { matter, mdast } = read('---\nauthor: Ada\n---\n\n# The Engine\n\nText.\n');
    expect(matter).toEqual({ title: 'The Engine', author: 'Ada', lang: 'en' });
    expect(headings(mdast)).toEqual([]);
  });

  it('drops the opening heading when it repeats the title, letter case, spaces and quotes aside', () => {
    const { matter, mdast } = read("---\ntitle: Ada's  engine\n---\n\n<!-- draft 2 -->\n\n# ADA’S ENGINE\n\nText.\n");
    expect(matter?.title).toBe("Ada's  engine");
    expect(headings(mdast)).toEqual([]);
    expect(mdast.children.map((node) => node.type)).toEqual(['yaml', 'html', 'paragraph']);
  });

  it('keeps a heading that says something else, or that does not open the document', () => {
    expect(headings(read('---\ntitle: The Engine\n---\n\n# Introduction\n').mdast)).toEqual(['Introduction']);
    expect(headings(read('---\ntitle: The Engine\n---\n\nText first.\n\n# The Engine\n').mdast)).toEqual(['The Engine']);
  });

  it('takes the language from the build when the front matter gives none', () => {
    expect(read('# Titre\n', 'a.md', { lang: 'fr' }).matter?.lang).toBe('fr');
    expect(read('---\nlang: de\n---\n', 'a.md', { lang: 'fr' }).matter?.lang).toBe('de');
  });

  it('reads a number where text is expected as the text it is written as', () => {
    expect(read('---\ntitle: 1984\n---\n').matter?.title).toBe('1984');
  });

  it('counts a key written with no value as not given', () => {
    expect(read('---\ntitle: T\ndate:\nauthor:\n---\n')).toMatchObject({ matter: { title: 'T', lang: 'en' }, messages: [] });
  });
});

describe('front matter dates', () => {
  it('reads any unambiguous date as YYYY-MM-DD, or an instant when it has a time', () => {
    expect(read('---\ntitle: T\ndate: 2024-4-09\n---\n').matter?.date).toBe('2024-04-09');
    expect(read('---\ntitle: T\ndate: April 9, 2024\n---\n').matter?.date).toBe('2024-04-09');
    expect(read('---\ntitle: T\ndate: 9 April 2024\n---\n').matter?.date).toBe('2024-04-09');
    expect(read('---\ntitle: T\ndate: 2024-04-09 10:00:00 +0200\n---\n').matter?.date).toBe('2024-04-09T08:00:00Z');
  });

  it('warns at its line about a date it cannot read, and builds without it', () => {
    const { matter, messages } = read('---\ntitle: T\ndate: tomorrow\n---\n\nText.\n');
    expect(matter).toEqual({ title: 'T', lang: 'en' });
    expect(messages).toEqual([
      'content/a.md:3:7: warning: front matter `date` `tomorrow` is not a date Folio can read: write it as `YYYY-MM-DD`; the document is built without a date',
    ]);
    expect(read('---\ntitle: T\ndate: tomorrow\n---\n').file.messages[0]?.ruleId).toBe('front-matter-date');
  });

  it('warns about an ambiguous date, one that does not exist and one out of range', () => {
    const { messages } = read('---\ntitle: T\ndate: 4/9/2024\n---\n');
    expect(messages).toEqual([
      'content/a.md:3:7: warning: front matter `date` `4/9/2024` is ambiguous (day first or month first?): write `2024-09-04` or `2024-04-09`; the document is built without a date',
    ]);
    expect(read('---\ntitle: T\ndate: 2024-02-31\n---\n').messages[0]).toMatch(
      /^content\/a\.md:3:7: warning: front matter `date` `2024-02-31` is not a real calendar date;/,
    );
    expect(read('---\ntitle: T\ndate: 12024-01-01\n---\n').messages[0]).toMatch(/^content\/a\.md:3:7: warning: .*out of range/);
  });
});

describe('front matter written for other tools', () => {
  it("ignores Jekyll's `layout: post` silently, and reads Folio's handouts from `layout` or `handout`", () => {
    const jekyll = read('---\ntitle: T\nlayout: post\n---\n');
    expect(jekyll.messages).toEqual([]);
    expect(resolvePrintSettings(jekyll.matter ?? { title: '' }).layout).toBe('none');
    expect(resolvePrintSettings(read('---\ntitle: T\nlayout: booklet\n---\n').matter ?? { title: '' }).layout).toBe('booklet');
    expect(resolvePrintSettings(read('---\ntitle: T\nhandout: 2up\n---\n').matter ?? { title: '' }).layout).toBe('2up');
    expect(resolvePrintSettings(read('---\ntitle: T\nlayout: booklet\nhandout: 2up\n---\n').matter ?? { title: '' }).layout).toBe('2up');
  });

  it('ignores the keys of Jekyll, Hugo, Docusaurus, pandoc, MkDocs and Obsidian silently', () => {
    const docusaurus =
      '---\nid: intro\nsidebar_label: Intro\nsidebar_position: 2\nslug: /intro\ntags: [a, b]\nhide_table_of_contents: true\ndraft: false\n---\n\n# Intro\n';
    const jekyll =
      '---\nlayout: post\ntitle: Hi\npermalink: /hi/\ncategories: [news]\npublished: true\nexcerpt_separator: <!--more-->\n---\n';
    const pandoc =
      '---\ntitle: Hi\nabstract: Short.\nbibliography: refs.bib\nheader-includes: \\usepackage{x}\ngeometry: margin=1in\n---\n';
    const obsidian = '---\naliases: [hi]\ncssclasses: [wide]\npublish: true\n---\n';
    for (const source of [docusaurus, jekyll, pandoc, obsidian]) expect(read(source).messages, source).toEqual([]);
  });

  it("groups the keys that are nobody's into one warning at the first of them", () => {
    const { file, messages } = read('---\ntitle: T\nby: Ada\nsummary: Short.\ntags: [x]\n---\n');
    expect(messages).toEqual([
      "content/a.md:3:1: warning: front matter keys `by`, `summary` are not Folio's and are ignored (see docs/front-matter.md)",
    ]);
    expect(file.messages[0]?.ruleId).toBe('front-matter-unknown-key');
  });

  it('names the value a typo meant where a list of names is allowed', () => {
    expect(errorsOf('---\ntitle: T\nhandout: boklet\n---\n')).toEqual([
      'content/bad.md:3:10: error: front matter `handout` must be `none`, `2up` or `booklet` (did you mean `booklet`?)',
    ]);
  });

  it("names the key a typo meant, at the typo's own line (`autor` would otherwise drop the author quietly)", () => {
    const { matter, messages } = read('---\ntitle: T\nby: Ada\nautor: Ada Lovelace\nsubtitel: typo\n---\n');
    expect(matter?.author).toBeUndefined();
    expect(messages).toEqual([
      "content/a.md:3:1: warning: front matter key `by` is not Folio's and is ignored (see docs/front-matter.md)",
      "content/a.md:4:1: warning: front matter key `autor` is not Folio's and is ignored: did you mean `author`?",
      "content/a.md:5:1: warning: front matter key `subtitel` is not Folio's and is ignored: did you mean `subtitle`?",
    ]);
  });

  it('reads `authors` as `author`, and an author written as a map by its `name`', () => {
    expect(read('---\ntitle: T\nauthors: [Ada, Grace]\n---\n').matter?.author).toEqual(['Ada', 'Grace']);
    expect(read('---\ntitle: T\nauthor: Ada\nauthors: [jdoe]\n---\n').matter?.author).toBe('Ada');
    expect(read('---\ntitle: T\nauthor:\n  name: Ada\n  email: ada@example.org\n---\n').matter?.author).toBe('Ada');
    expect(read('---\ntitle: T\nauthors:\n  - name: Ada\n    url: https://example.org\n  - Grace\n---\n').matter?.author).toEqual([
      'Ada',
      'Grace',
    ]);
  });

  it('warns about a shared key with a value Folio cannot use, and goes on without it', () => {
    const { matter, messages } = read(
      '---\ntitle: [not, text]\nauthor: 42\nlang: "english!"\nkeywords: 42\n---\n\n# From the heading\n',
      'a.md',
      { lang: 'fr' },
    );
    expect(matter).toEqual({ title: 'From the heading', lang: 'fr' });
    expect(messages).toEqual([
      'content/a.md:2:8: warning: front matter `title` must be text; the title is taken from the first `#` heading, else the file name',
      'content/a.md:3:9: warning: front matter `author` must be a string or a list of strings; it is ignored',
      'content/a.md:4:7: warning: front matter `lang` is not a valid BCP 47 language tag (try `en`, `en-GB` or `fr`); the text is taken to be `fr`',
      'content/a.md:5:11: warning: front matter `keywords` must be a list of strings or a comma-separated string; it is ignored',
    ]);
  });
});

describe('TOML front matter (Hugo)', () => {
  it('is read between `+++` lines, with the same rules as YAML', () => {
    const { matter, messages, mdast } = read(
      '+++\ntitle = "Tides"\ndate = 2024-04-09\ndraft = true\nby = "Ada"\n\n[params]\ntitle = "x"\n+++\n\n# Tides\n\nText.\n',
    );
    expect(matter).toEqual({ title: 'Tides', date: '2024-04-09', lang: 'en' });
    expect(messages).toEqual(["content/a.md:5:1: warning: front matter key `by` is not Folio's and is ignored (see docs/front-matter.md)"]);
    expect(headings(mdast)).toEqual([]);
  });

  it('reads TOML date-times, and warns at its line about a value Folio cannot use', () => {
    expect(read('+++\ntitle = "T"\ndate = 2024-04-09T10:00:00+02:00\n+++\n').matter?.date).toBe('2024-04-09T08:00:00Z');
    expect(read('+++\ntitle = "T"\nauthor = 42\n+++\n').messages).toEqual([
      'content/a.md:3:10: warning: front matter `author` must be a string or a list of strings; it is ignored',
    ]);
  });

  it('refuses invalid TOML with one error at its line', () => {
    expect(errorsOf('+++\ntitle = "T"\ndate = \n+++\n')).toEqual([
      'content/bad.md:3:8: error: invalid TOML in front matter: invalid value',
    ]);
  });
});

describe('front matter that stops a build', () => {
  it('reports invalid YAML at its line', () => {
    const [error] = errorsOf('---\ntitle: Fine\nauthor: [unclosed\n---\n');
    expect(error).toMatch(/^content\/bad\.md:[34]:\d+: error: invalid YAML in front matter/);
  });

  it("refuses a wrong value of Folio's own keys, at its line and column", () => {
    expect(errorsOf('---\ntitle: T\npaper: huge\nhandout: 3up\ntoc: maybe\n---\n')).toEqual([
      expect.stringMatching(/^content\/bad\.md:3:8: error: front matter `paper` must be `a4`, `a5`, `letter`/),
      'content/bad.md:4:10: error: front matter `handout` must be `none`, `2up` or `booklet` (did you mean `2up`?)',
      'content/bad.md:5:6: error: front matter `toc` must be `true`, `false` or `auto`',
    ]);
  });

  it('refuses a block that expands aliases without end (a "billion laughs"), with one error at its line', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ];
    const errors = errorsOf(`---\ntitle: T\n${bomb.join('\n')}\n---\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/bad\.md:4:\d+: error: front matter could not be read: .*alias/i);
  });

  it('refuses a block that is not a map of keys', () => {
    expect(errorsOf('---\n- just\n- a list\n---\n')).toEqual([
      'content/bad.md:2:1: error: front matter must be a map of `key: value` lines',
    ]);
  });
});

describe("the build's `lang` (`--lang`)", () => {
  it('is read from the command line and checked as a BCP 47 tag', () => {
    expect(parseCommandLine(['build', '--lang', 'de-CH'])).toMatchObject({ flags: { lang: 'de-CH' } });
    expect(() => parseCommandLine(['build', '--lang', 'english!'])).toThrow(
      new UsageError('`--lang` is not a valid BCP 47 language tag (try `en`, `en-GB` or `fr`), not `english!`'),
    );
  });

  it('defaults to `en` and is refused in the build options when it is not a tag', () => {
    expect(resolveConfig({}, {}).lang).toBe('en');
    expect(resolveConfig({ lang: 'fr' }, {}).lang).toBe('fr');
    expect(() => resolveConfig({ lang: 'english!' }, {})).toThrow(/`lang` is not a valid BCP 47 language tag/);
  });
});
