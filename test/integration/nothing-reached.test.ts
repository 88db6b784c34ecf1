import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/index.js';
import { expectEpubcheckPasses } from '../helpers/epubcheck.js';
import { endless, loopbackServer } from '../helpers/loopback-server.js';
import { project } from '../helpers/project.js';
import { openEpub } from '../helpers/tools.js';

const png = await readFile(path.resolve('test/fixtures/epub-book/images/chart.png'));
const server = await loopbackServer({
  '/chart.png': { type: 'image/png', body: png },
  '/endless.png': endless,
  // Served before its address is known: it names another loopback port.
  '/remote.svg': { type: 'image/svg+xml', body: svgReferringTo('REMOTE', 'http://127.0.0.1:9') },
});
const { origin } = server;

/** An SVG image whose style sheet, style attribute, `<image>`, `<use>` and `<a>` all name files at `origin`. */
function svgReferringTo(label: string, origin: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20">` +
    `<style>@import url(${origin}/a.css); text { fill: url(${origin}/paint.svg#p) }</style>` +
    `<rect width="40" height="20" style="fill: url(${origin.toUpperCase()}/fill.svg#f)"/>` +
    `<image href="${origin}/inner.png" width="5" height="5"/><use xlink:href="${origin}/use.svg#u"/>` +
    `<a href="${origin}/page.html"><text y="15">${label} ]]&gt;</text></a></svg>`
  );
}

/** Every way content may name a file elsewhere, and the XML pitfalls of issue 16. */
const hostile = `---
title: Nothing reached
---

<picture><source srcset="${origin}/dark.png" media="(prefers-color-scheme: dark)"><img src="chart.png" alt="Chart"></picture>

<img src="file:///etc/passwd" alt="Passwords"> <img src="${origin.toUpperCase()}/chart.png" alt="Shouted"> <img alt="No source">

<source srcset="${origin}/stray.png 2x">

A CDATA end ]]> in text, a <span name="n">name</span> and [a script](javascript:alert(1)).

![Diagram](diagram.svg)
`;

/** Each text of the outputs a reader opens: the HTML (with its data URLs decoded) and every file of the EPUB. */
async function outputTexts(dir: string, name: string): Promise<string[]> {
  const html = await readFile(path.join(dir, `out/${name}.html`), 'utf8');
  const embedded = [...html.matchAll(/data:[^;"]+;base64,([A-Za-z0-9+/=]+)/g)].map((match) =>
    Buffer.from(match[1] ?? '', 'base64').toString('latin1'),
  );
  const zip = await openEpub(path.join(dir, `out/${name}.epub`));
  const entries = await Promise.all(Object.values(zip.files).map((entry) => entry.async('string')));
  return [html, ...embedded, ...entries];
}

describe('a document naming files elsewhere, built without network access', () => {
  let dir: string;
  let result: BuildResult;

  beforeAll(async () => {
    dir = await project({ 'package.json': '{}', 'doc.md': hostile, 'chart.png': png, 'diagram.svg': svgReferringTo('LOCAL', origin) });
    server.requests = 0;
    result = await build({ cwd: dir, inputs: ['doc.md'], outDir: 'out', formats: ['epub', 'html'] });
  });

  it('is written, and says at file and line what was removed or replaced', () => {
    expect(result.ok).toBe(true);
    const reported = result.messages.map((message) => `${path.basename(message.file ?? '')}:${message.line}: ${message.reason}`);
    const expected = [
      /^doc\.md:7: image `file:\/\/\/etc\/passwd` is shown as its alt text: `file:` is not allowed here/,
      /^doc\.md:7: remote image `http:\/\/127\.0\.0\.1:\d+\/chart\.png` is shown as its alt text: Folio fetches nothing/,
      /^doc\.md:7: `<img>` has no usable `src`, so its alt text is shown instead/,
      /^doc\.md:9: remote image `http:\/\/127\.0\.0\.1:\d+\/stray\.png` in a `srcset` of `<source>` was removed/,
      /^doc\.md:11: raw HTML attribute `name` on `<span>` is not allowed and was removed/,
      /^doc\.md:11: link to `javascript:alert\(1\)` keeps its text but loses its link/,
      /^doc\.md:13: image `diagram\.svg` refers to files outside it, which a reader would fetch; they were removed from it: `http:\/\/127\.0\.0\.1:\d+\/a\.css`/,
    ];
    for (const pattern of expected)
      expect(
        reported.filter((line) => pattern.test(line)),
        String(pattern),
      ).toHaveLength(1);
  });

  it('fetched nothing, and leaves nothing in its outputs that a reader would fetch or run', async () => {
    expect(server.requests).toBe(0);
    for (const text of await outputTexts(dir, 'doc')) expect(text).not.toMatch(/127\.0\.0\.1|file:|javascript:|name="n"/i);
  });

  it('makes an EPUB that passes EPUBCheck with nothing reported', async () => {
    // EPUBCheck reports nothing on a file that is not there.
    await expect(access(path.join(dir, 'out/doc.epub'))).resolves.toBeUndefined();
    await expectEpubcheckPasses(path.join(dir, 'out/doc.epub'));
  });
});

describe('a document with remote images, built with `--allow-network`', () => {
  let dir: string;
  let result: BuildResult;

  beforeAll(async () => {
    const markdown = `---\ntitle: Fetched\n---\n\n<picture><source srcset="${origin}/dark.png"><img src="${origin.toUpperCase()}/chart.png" alt="Chart"></picture>\n\nAn endless one: ![Endless](${origin}/endless.png)\n\n![Remote diagram](${origin}/remote.svg)\n`;
    dir = await project({ 'package.json': '{}', 'doc.md': markdown });
    result = await build({ cwd: dir, inputs: ['doc.md'], outDir: 'out', formats: ['epub', 'html'], allowNetwork: true });
  });

  it('ends an image that streams for ever at its size limit, with one message naming it and its line, and builds the rest', () => {
    expect(result.ok).toBe(true);
    const reported = result.messages.map((message) => `${message.line}: ${message.reason}`);
    expect(reported.filter((line) => line.includes('endless.png'))).toEqual([
      `7: remote image \`${origin}/endless.png\` could not be fetched and is shown as its alt text: it is larger than 20 MiB`,
    ]);
    // The download stopped near the limit: the server wrote little more than 20 MiB before Folio hung up.
    expect(server.endlessBytes).toBeGreaterThan(20 * 1024 * 1024);
    expect(server.endlessBytes).toBeLessThan(64 * 1024 * 1024);
  });

  it('embeds what it fetched, so that no output names the server', async () => {
    expect(result.messages.map((message) => message.reason).filter((reason) => reason.includes('remote.svg'))).toHaveLength(1);
    const texts = await outputTexts(dir, 'doc');
    expect(texts.some((text) => text.includes('REMOTE'))).toBe(true);
    for (const text of texts) expect(text).not.toMatch(/127\.0\.0\.1/);
  });

  it('makes an EPUB that passes EPUBCheck with nothing reported', async () => {
    // EPUBCheck reports nothing on a file that is not there.
    await expect(access(path.join(dir, 'out/doc.epub'))).resolves.toBeUndefined();
    await expectEpubcheckPasses(path.join(dir, 'out/doc.epub'));
  });
});
