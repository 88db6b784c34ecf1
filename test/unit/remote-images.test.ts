import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import type { Publication } from '../../src/model.js';
import { loadAssets } from '../../src/pipeline/assets.js';
import { replaceUnavailableImages } from '../../src/assets/replace-unavailable-images.js';
import { loopbackServer } from '../helpers/loopback-server.js';
import { prepare } from '../helpers/pipeline.js';
import { project } from '../helpers/project.js';

const png = await readFile(path.resolve('test/fixtures/epub-book/images/chart.png'));

/** `/chart.png` is an image, `/page.png` an HTML page, anything else 404. */
const server = await loopbackServer({
  '/chart.png': { type: 'image/png', body: png },
  '/page.png': { type: 'text/html; charset=utf-8', body: '<!doctype html><title>Login</title>' },
});
const { origin } = server;

/** The body of a document after a four-line front matter: its first line is line 5. */
const doc = (body: string): string => `---\ntitle: T\n---\n\n${body}`;

/** Markdown through load-assets and the placeholders, as a document's build runs them. */
async function prepared(markdown: string, allowNetwork: boolean): Promise<Publication> {
  const publication = await prepare(markdown);
  const loaded = await loadAssets(publication.chapters, { allowNetwork });
  return replaceUnavailableImages({ ...publication, assets: loaded.assets }, loaded.unavailable);
}

const placeholders = (tree: Root): string[] => selectAll('span.image-placeholder', tree).map((node) => toString(node));
const warnings = (publication: Publication): string[] =>
  publication.chapters.flatMap((chapter) => chapter.file.messages).map((message) => `${message.line}:${message.column}: ${message.reason}`);

describe('a remote image while the network is not allowed', () => {
  it('is shown as its alt text, with one warning for the document that names every line', async () => {
    server.requests = 0;
    const markdown = doc(
      `# Read me\n\n[![Build status](${origin}/chart.png)](https://ci.example)\n\nText.\n\n![Coverage](${origin}/other.png) and ![Licence](${origin}/chart.png)\n`,
    );
    const publication = await prepared(markdown, false);
    const hast = publication.chapters[0]!.hast;
    expect(placeholders(hast)).toEqual(['Build status', 'Coverage', 'Licence']);
    expect(selectAll('img', hast)).toEqual([]);
    // The enclosing link stays, around the placeholder.
    expect(selectAll('a[href="https://ci.example"] > span.image-placeholder[role="img"][aria-label="Build status"]', hast)).toHaveLength(1);
    expect(warnings(publication)).toEqual([
      '7:2: 3 remote images are shown as their alt text: Folio fetches nothing from the network unless asked (build with `--allow-network`); lines 7, 11',
    ]);
    expect(publication.chapters[0]!.file.messages[0]?.ruleId).toBe('remote-image');
    expect(publication.chapters[0]!.file.messages.some((message) => message.fatal)).toBe(false);
    expect(server.requests).toBe(0);
  });

  it('names one image by its URL, and shows the file name of the URL when the alt text is empty', async () => {
    const publication = await prepared(doc('Badge: ![](https://img.shields.io/badge/build%20status-passing-green.svg)\n'), false);
    expect(placeholders(publication.chapters[0]!.hast)).toEqual(['build status-passing-green.svg']);
    expect(warnings(publication)).toEqual([
      '5:8: remote image `https://img.shields.io/badge/build%20status-passing-green.svg` is shown as its alt text: Folio fetches nothing from the network unless asked (build with `--allow-network`)',
    ]);
  });

  it('leaves a remote cover out, so that the EPUB draws its own, and says so at the cover line', async () => {
    server.requests = 0;
    const publication = await prepared(`---\ntitle: T\ncover: ${origin}/chart.png\n---\n\nText.\n`, false);
    expect(publication.meta.cover).toBeUndefined();
    expect(publication.assets.size).toBe(0);
    expect(warnings(publication)).toEqual([
      `3:1: remote cover \`${origin}/chart.png\` is left out, so the EPUB gets a generated cover: Folio fetches nothing from the network unless asked (build with \`--allow-network\`)`,
    ]);
    expect(server.requests).toBe(0);
  });

  it('still fails the document for a missing local image, at its line', async () => {
    const publication = await prepare(doc(`Intro.\n\n![Badge](${origin}/chart.png)\n\n![Chart](images/missing.png)\n`));
    await expect(loadAssets(publication.chapters, { allowNetwork: false })).rejects.toThrow();
    const [message] = publication.chapters[0]!.file.messages;
    expect(message?.fatal).toBe(true);
    expect(`${message?.line}: ${message?.reason}`).toMatch(
      /^9: image `images\/missing\.png` not found \(looked for `content\/images\/missing\.png`\): check the path, which is relative to the Markdown file$/,
    );
  });

  it('keeps refusing other schemes as errors', async () => {
    // The URL check (`rehype-check-urls`) drops such a `src` from the text with a warning; a front matter `cover` reaches the load stage as written.
    const publication = await prepare('---\ntitle: T\ncover: file:///etc/passwd\n---\n\nText.\n');
    await expect(loadAssets(publication.chapters, { allowNetwork: true })).rejects.toThrow();
    expect(publication.chapters[0]!.file.messages.map((message) => [message.line, message.fatal, message.reason])).toEqual([
      [
        3,
        true,
        'image `file:///etc/passwd` cannot be used: `file:` is not allowed here: give a path relative to the Markdown file (or an `https://` URL with `--allow-network`)',
      ],
    ]);
  });
});

describe('a remote image that cannot be fetched', () => {
  it('is shown as its alt text, with a warning that says why for each line', async () => {
    const markdown = doc(
      `![Chart](${origin}/chart.png)\n\n![Gone](${origin}/gone.png)\n\n![Login](${origin}/page.png)\n\n![Gone again](${origin}/gone.png)\n`,
    );
    const publication = await prepared(markdown, true);
    expect(placeholders(publication.chapters[0]!.hast)).toEqual(['Gone', 'Login', 'Gone again']);
    expect(selectAll('img', publication.chapters[0]!.hast).map((node) => node.properties['src'])).toEqual([`${origin}/chart.png`]);
    expect([...publication.assets.keys()]).toEqual([`${origin}/chart.png`]);
    expect(warnings(publication)).toEqual([
      '7:1: 3 remote images could not be fetched and are shown as their alt text: ' +
        'the server answered 404 (lines 7, 11); it is not an image Folio can embed (the server sent text/html) (line 9)',
    ]);
  });

  it('says when the server cannot be reached or takes too long', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) =>
      closed.close(() => {
        resolve();
      }),
    );
    const unreachable = await prepared(doc(`![Offline](http://127.0.0.1:${port}/x.png)\n`), true);
    expect(warnings(unreachable)).toEqual([
      `5:1: remote image \`http://127.0.0.1:${port}/x.png\` could not be fetched and is shown as its alt text: the server could not be reached (ECONNREFUSED)`,
    ]);
    const slow = createServer(() => undefined);
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const publication = await prepare(doc(`![Slow](http://127.0.0.1:${(slow.address() as AddressInfo).port}/x.png)\n`));
      const loaded = await loadAssets(publication.chapters, { allowNetwork: true, timeout: 200 });
      expect(loaded.unavailable.map((reference) => reference.failure)).toEqual(['no answer within 200 ms']);
    } finally {
      slow.closeAllConnections();
      await new Promise<void>((resolve) =>
        slow.close(() => {
          resolve();
        }),
      );
    }
  });

  it('cuts off an image that arrives slowly for ever at the deadline, under the size limit', async () => {
    const trickle = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'image/png' }).write(png.subarray(0, 8));
      const timer = setInterval(() => response.write(new Uint8Array(16)), 10);
      response.on('close', () => {
        clearInterval(timer);
      });
    });
    await new Promise<void>((resolve) => trickle.listen(0, '127.0.0.1', resolve));
    try {
      const publication = await prepare(doc(`![Trickle](http://127.0.0.1:${(trickle.address() as AddressInfo).port}/x.png)\n`));
      const loaded = await loadAssets(publication.chapters, { allowNetwork: true, timeout: 300 });
      expect(loaded.unavailable.map((reference) => reference.failure)).toEqual(['it did not arrive in full within 300 ms']);
    } finally {
      trickle.closeAllConnections();
      await new Promise<void>((resolve) =>
        trickle.close(() => {
          resolve();
        }),
      );
    }
  });

  it('refuses an image larger than the limit', async () => {
    const publication = await prepare(doc(`![Big](${origin}/chart.png)\n`));
    const loaded = await loadAssets(publication.chapters, { allowNetwork: true, maxBytes: 1024 });
    expect(loaded.unavailable.map((reference) => reference.failure)).toEqual(['it is larger than 1 KiB']);
  });
});

describe('a build with remote images', () => {
  it('writes the document and a collection with the alt text in place, fetching nothing', async () => {
    server.requests = 0;
    const badge = `[![Build status](${origin}/chart.png)](https://ci.example)`;
    const dir = await project({
      'content/readme.md': `---\ntitle: Read me\n---\n\n${badge}\n\nText.\n`,
      'pack/a.md': `---\ntitle: A\n---\n\nArticle with ${badge}.\n`,
    });
    const built = await build({
      cwd: dir,
      inputs: ['content'],
      outDir: 'out',
      formats: ['html'],
      collections: [{ name: 'pack', title: 'Pack', folder: 'pack' }],
    });
    expect(built.ok).toBe(true);
    expect(built.messages.map((message) => `${message.file}:${message.line}: ${message.fatal ? 'error' : 'warning'}`).sort()).toEqual([
      'content/readme.md:5: warning',
      'pack/a.md:5: warning',
    ]);
    for (const name of ['readme', 'pack']) {
      const html = await readFile(path.join(dir, 'out', `${name}.html`), 'utf8');
      expect(html).toContain('<a href="https://ci.example"><span class="image-placeholder" role="img" aria-label="Build status">');
      expect(html).not.toContain(origin);
    }
    expect(server.requests).toBe(0);
  });
});
