import { describe, expect, it } from 'vitest';
import { checkUrl } from '../../src/hast/check-url.js';
import { stringify } from '../../src/hast/stringify.js';
import { prepare } from '../helpers/pipeline.js';

describe('checkUrl, the one protocol check', () => {
  it('reads a URL as a browser does: spaces around it, tabs and line breaks in it and the case of its scheme do not count', () => {
    expect(checkUrl(' HTTP://Example.com/a.png ', 'image')).toEqual({ kind: 'remote', url: 'http://Example.com/a.png' });
    expect(checkUrl('java\tscript:alert(1)', 'link').kind).toBe('refused');
    expect(checkUrl('JAVASCRIPT:alert(1)', 'link').kind).toBe('refused');
    expect(checkUrl('Mailto:a@example.com', 'link')).toEqual({ kind: 'address', url: 'mailto:a@example.com' });
  });

  it('lets an image be a file of the project or a web address, and nothing else', () => {
    expect(checkUrl('images/a.png', 'image')).toEqual({ kind: 'local', url: 'images/a.png' });
    for (const url of ['file:///etc/passwd', 'FILE:///etc/passwd', '//evil.example/a.png', '\\\\share\\a.png', 'data:image/png;base64,AA'])
      expect(checkUrl(url, 'image').kind, url).toBe('refused');
  });

  it('lets a reference inside an SVG image lead only inside it', () => {
    expect(checkUrl('#shape', 'svg').kind).toBe('fragment');
    expect(checkUrl('data:image/png;base64,AA', 'svg').kind).toBe('embedded');
    for (const url of ['https://evil.example/a.css', 'shape.svg#a', 'file:///etc/passwd'])
      expect(checkUrl(url, 'svg').kind, url).toBe('refused');
  });
});

/** Each URL attribute a reader could follow or fetch, in raw HTML and in Markdown. */
const hostile = `---
title: T
---

<img src="file:///etc/passwd" alt="Passwords"> <img src="HTTP://EVIL.EXAMPLE/SHOUT.PNG" alt="Shout"> <img alt="No source">

<blockquote cite="javascript:alert(1)">Quoted.</blockquote>

[script](javascript:alert(1)) [share](//evil.example/x) ![disk](file:///x.png)

<source srcset="http://evil.example/stray.png 2x">

<img srcset="small.png 1x, large.png 2x" alt="Chosen">
`;

describe('URLs in content', () => {
  it('are each checked: what a reader would fetch or run is removed with a warning at its line', async () => {
    const { chapters } = await prepare(hostile);
    const [chapter] = chapters;
    const html = stringify(chapter!.hast);
    expect(html).not.toMatch(/file:|javascript:|evil\.example\/(?!SHOUT)|srcset/i);
    expect(chapter!.file.messages.map((message) => `${message.file}:${message.line}: ${message.ruleId}: ${message.reason}`)).toEqual([
      'content/doc.md:5: url: image `file:///etc/passwd` is shown as its alt text: `file:` is not allowed here: give a path relative to the Markdown file (or an `https://` URL with `--allow-network`)',
      'content/doc.md:5: image-source: `<img>` has no usable `src`, so its alt text is shown instead: give the image a `src`',
      'content/doc.md:7: url: `cite="javascript:alert(1)"` on `<blockquote>` was removed: `javascript:` is not allowed here: give a full `https://` address',
      'content/doc.md:9: url: link to `javascript:alert(1)` keeps its text but loses its link: `javascript:` is not allowed here: a link may lead to an `https://`, `http://`, `mailto:`, `irc:`, `ircs:` or `xmpp:` address, a file or a `#heading`',
      'content/doc.md:9: url: link to `//evil.example/x` keeps its text but loses its link: it names a host without a scheme: a link may lead to an `https://`, `http://`, `mailto:`, `irc:`, `ircs:` or `xmpp:` address, a file or a `#heading`',
      'content/doc.md:9: url: image `file:///x.png` is shown as its alt text: `file:` is not allowed here: give a path relative to the Markdown file (or an `https://` URL with `--allow-network`)',
      'content/doc.md:11: remote-srcset: remote image `http://evil.example/stray.png` in a `srcset` of `<source>` was removed: a reader would fetch it from the network',
    ]);
  });

  it('keep an upper-case web address of an image, as a browser reads it, for the assets stage to fetch or replace', async () => {
    const { chapters } = await prepare(hostile);
    expect(stringify(chapters[0]!.hast)).toContain('<img src="http://EVIL.EXAMPLE/SHOUT.PNG" alt="Shout">');
  });

  it('give an `<img>` with only a `srcset` the image a browser shows at standard density', async () => {
    const { chapters } = await prepare(hostile);
    expect(stringify(chapters[0]!.hast)).toContain('<img alt="Chosen" src="small.png">');
  });
});

describe('the `name` attribute', () => {
  it('is kept nowhere: a link target becomes an id, and elsewhere it goes with a warning (EPUBCheck RSC-005)', async () => {
    const { chapters } = await prepare('---\ntitle: T\n---\n\n<a name="top"></a>Text <span name="x">here</span>.\n');
    const [chapter] = chapters;
    expect(stringify(chapter!.hast)).not.toContain('name=');
    expect(stringify(chapter!.hast)).toContain('id="top"');
    expect(chapter!.file.messages.map((message) => `${message.line}: ${message.reason}`)).toEqual([
      '5: raw HTML attribute `name` on `<span>` is not allowed and was removed',
    ]);
  });
});
