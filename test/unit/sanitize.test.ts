import { describe, expect, it } from 'vitest';
import { stringify } from '../../src/hast/stringify.js';
import { prepare } from '../helpers/pipeline.js';

describe('raw HTML in content', () => {
  it('keeps allowed markup, drops scripts and handlers, and warns with file and line for each', async () => {
    const { chapters } = await prepare(
      '---\ntitle: T\n---\n\nKeep <mark>this</mark> and <abbr title="deoxyribonucleic acid">DNA</abbr>.\n\n<script>steal()</script>\n\n<p onclick="steal()">Click</p>\n\n<iframe src="https://example.com"></iframe>\n',
    );
    const [chapter] = chapters;
    const html = stringify(chapter!.hast);
    expect(html).toContain('<mark>this</mark>');
    expect(html).toContain('<abbr title="deoxyribonucleic acid">DNA</abbr>');
    expect(html).not.toMatch(/script|steal|onclick|iframe/);
    expect(chapter!.file.messages.map((message) => `${message.file}:${message.line}: ${message.reason}`)).toEqual([
      'content/doc.md:7: raw HTML `<script>` is not allowed and was removed with its content',
      'content/doc.md:9: raw HTML attribute `onclick` on `<p>` is not allowed and was removed',
      'content/doc.md:11: raw HTML `<iframe>` is not allowed and was removed with its content',
    ]);
  });
});

describe('links inside the document', () => {
  it('keep working when their target exists, and warn with file and line and unlink when it does not', async () => {
    const { chapters } = await prepare('---\ntitle: T\n---\n\nSee [methods](#methods) and [results](#results).\n\n## Methods\n');
    const html = stringify(chapters[0]!.hast);
    expect(html).toContain('<a href="#methods">methods</a>');
    expect(html).toContain('<a>results</a>');
    expect(chapters[0]!.file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`)).toEqual([
      '5:29: link to `#results` goes nowhere: no heading or element has that id',
    ]);
  });
});

describe('callouts in documents of different languages', () => {
  it('are titled in each document’s own language, whichever was processed last', async () => {
    const french = await prepare('---\ntitle: T\nlang: fr\n---\n\n> [!NOTE]\n> Texte.\n');
    const english = await prepare('---\ntitle: T\nlang: en\n---\n\n> [!NOTE]\n> Text.\n');
    const frenchAgain = await prepare('---\ntitle: T\nlang: fr\n---\n\n> [!NOTE]\n> Texte.\n');
    expect(stringify(english.chapters[0]!.hast)).toContain('<p class="callout-title">Note</p>');
    expect(stringify(french.chapters[0]!.hast)).toContain('<p class="callout-title">Remarque</p>');
    expect(stringify(frenchAgain.chapters[0]!.hast)).toContain('<p class="callout-title">Remarque</p>');
  });
});

describe('links that leave the publication', () => {
  it('keep full addresses, and unlink relative files and addresses without a host name, with a warning each', async () => {
    const { chapters } = await prepare(
      '---\ntitle: T\n---\n\n[web](https://example.com/a) [mail](mailto:a@example.com) [file](notes.html) [root](/url) [bad](https://../)\n',
    );
    const html = stringify(chapters[0]!.hast);
    expect(html).toContain('<a href="https://example.com/a">web</a>');
    expect(html).toContain('<a href="mailto:a@example.com">mail</a>');
    expect(html).toContain('<a>file</a> <a>root</a> <a>bad</a>');
    expect(chapters[0]!.file.messages.map((message) => message.reason)).toEqual([
      'link to `notes.html` goes nowhere: it names a file that is not part of the publication (use a full https:// address)',
      'link to `/url` goes nowhere: it names a file that is not part of the publication (use a full https:// address)',
      'link to `https://../` goes nowhere: its address has no valid host name',
    ]);
  });
});
