import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/index.js';
import type { Format } from '../../src/model.js';
import { buildDocument } from '../helpers/build-document.js';
import { epubChapters } from '../helpers/epub-documents.js';
import { expectEpubcheckPasses } from '../helpers/epubcheck.js';
import { loopbackServer } from '../helpers/loopback-server.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { entryText, firstZipEntry, openEpub, pdfImages, zipMethods } from '../helpers/tools.js';

const fixture = path.resolve('test/fixtures/epub-book');
const epoch = 1_700_000_000;
let out: string;
let result: BuildResult;
const book = (): string => path.join(out, 'book.epub');

/** The image the remote-image tests fetch, served at `${origin}/chart.png`. */
const chart = await readFile(path.join(fixture, 'images/chart.png'));
const server = await loopbackServer({ '/chart.png': { type: 'image/png', body: chart } });
const { origin } = server;

beforeAll(async () => {
  out = await tempFolder('folio-epub-');
  result = await build({ inputs: [path.join(fixture, 'book.md')], outDir: out, formats: ['epub'], sourceDateEpoch: epoch });
});

describe('the EPUB of a French book with images, notes, a table, a list from 3 and nested headings', () => {
  it('is written and passes EPUBCheck with 0 fatals, 0 errors and 0 warnings', async () => {
    expect(result.ok).toBe(true);
    await expectEpubcheckPasses(book());
  });

  it('starts with a stored `mimetype` entry', async () => {
    expect(firstZipEntry(await readFile(book()))).toEqual({ name: 'mimetype', method: 'stored', text: 'application/epub+zip' });
  });

  it('carries the front matter in its OPF, language fr, modified from SOURCE_DATE_EPOCH', async () => {
    const opf = await entryText(await openEpub(book()), 'OEBPS/content.opf');
    expect(opf).toContain('<dc:title id="title">Les cellules souches et la reproduction</dc:title>');
    expect(opf).toContain('<dc:title id="subtitle">Un dossier de test pour l’édition liseuse</dc:title>');
    expect(opf).toContain('<dc:creator id="creator-0">Camille Martin</dc:creator>');
    expect(opf).toContain('<dc:creator id="creator-1">Louis Bernard</dc:creator>');
    expect(opf).toContain('<dc:language>fr</dc:language>');
    expect(opf).toContain('xml:lang="fr"');
    expect(opf).toContain('<dc:subject>cellules souches</dc:subject>');
    expect(opf).toContain('<dc:publisher>Éditions Folio</dc:publisher>');
    expect(opf).toContain('<dc:date>2024-02-25</dc:date>');
    expect(opf).toContain('<dc:rights>© 2024 Camille Martin et Louis Bernard</dc:rights>');
    expect(opf).toMatch(
      /<dc:identifier id="pub-id">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/dc:identifier>/,
    );
    expect(opf).toContain('<meta property="dcterms:modified">2023-11-14T22:13:20Z</meta>');
  });

  it('declares accessibility true to the content: visual and textual, alternative text on every image', async () => {
    const opf = await entryText(await openEpub(book()), 'OEBPS/content.opf');
    for (const feature of ['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText']) {
      expect(opf).toContain(`<meta property="schema:accessibilityFeature">${feature}</meta>`);
    }
    expect(opf).toContain('<meta property="schema:accessMode">visual</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityHazard">none</meta>');
    expect(opf).toMatch(/<meta property="schema:accessibilitySummary">[^<]+<\/meta>/);
  });

  it('uses the front matter cover as cover-image, with a cover page first in the spine', async () => {
    const zip = await openEpub(book());
    const opf = await entryText(zip, 'OEBPS/content.opf');
    const cover = /<item id="([^"]+)" href="(images\/[0-9a-f]{16}\.jpg)" media-type="image\/jpeg" properties="cover-image"\/>/.exec(opf);
    expect(cover).not.toBeNull();
    expect(opf).toContain(`<meta name="cover" content="${cover?.[1]}"/>`);
    expect(/<spine[^>]*>\s*<itemref idref="([^"]+)"/.exec(opf)?.[1]).toBe('cover');
    const original = await readFile(path.join(fixture, 'images/cover.jpg'));
    expect(Buffer.from(await zip.file(`OEBPS/${cover?.[2]}`)!.async('uint8array')).equals(original)).toBe(true);
    expect(await entryText(zip, 'OEBPS/cover.xhtml')).toContain(`src="${cover?.[2]}"`);
  });

  it('embeds the PNG, JPEG and SVG under stable content-hash names with their media types', async () => {
    const zip = await openEpub(book());
    const opf = await entryText(zip, 'OEBPS/content.opf');
    const images = Object.keys(zip.files).filter((name) => name.startsWith('OEBPS/images/') && !name.endsWith('/'));
    expect(images).toHaveLength(4);
    for (const name of images) expect(name).toMatch(/^OEBPS\/images\/[0-9a-f]{16}\.(png|jpg|svg)$/);
    expect(opf).toMatch(/href="images\/[0-9a-f]{16}\.png" media-type="image\/png"/);
    expect(opf).toMatch(/href="images\/[0-9a-f]{16}\.svg" media-type="image\/svg\+xml"/);
    const svg = await zip.file(images.find((name) => name.endsWith('.svg'))!)!.async('string');
    expect(svg).not.toMatch(/<!DOCTYPE|<script|onload|inkscape/i);
    expect(svg).toContain('<title>Three stages of the cycle</title>');
  });

  it('stores PNG and JPEG as they are (compressed already) and deflates the text', async () => {
    const methods = zipMethods(await readFile(book()));
    const entries = [...methods].filter(([name]) => !name.endsWith('/'));
    const raster = entries.filter(([name]) => /\.(png|jpg)$/.test(name));
    expect(raster.length).toBeGreaterThanOrEqual(3);
    expect(raster.every(([, method]) => method === 'stored')).toBe(true);
    expect(entries.filter(([name]) => /\.(xhtml|opf|css|svg)$/.test(name)).every(([, method]) => method === 'deflated')).toBe(true);
    expect(methods.get('mimetype')).toBe('stored');
  });

  it('splits the text into one XHTML file per top-level section, links fixed across files, lang fr on each', async () => {
    const zip = await openEpub(book());
    const chapters = epubChapters(zip);
    expect(chapters).toEqual(['OEBPS/chapter-1.xhtml', 'OEBPS/chapter-2.xhtml', 'OEBPS/chapter-3.xhtml', 'OEBPS/chapter-4.xhtml']);
    for (const name of [...chapters, 'OEBPS/cover.xhtml', 'OEBPS/toc.xhtml'])
      expect(await entryText(zip, name)).toContain('xml:lang="fr" lang="fr"');
    expect(await entryText(zip, 'OEBPS/chapter-3.xhtml')).toContain('<h2 id="méthodes">Méthodes</h2>');
    expect(await entryText(zip, 'OEBPS/chapter-1.xhtml')).toContain('href="chapter-3.xhtml#méthodes"');
    expect(await entryText(zip, 'OEBPS/chapter-3.xhtml')).toContain('href="chapter-2.xhtml#contexte"');
  });

  it('has a nav nested three levels deep, with cover and body landmarks', async () => {
    const nav = await entryText(await openEpub(book()), 'OEBPS/toc.xhtml');
    const toc = nav.slice(nav.indexOf('epub:type="toc"'), nav.indexOf('epub:type="landmarks"'));
    let depth = 0;
    let deepest = 0;
    for (const tag of toc.matchAll(/<(\/?)ol>/g)) {
      depth += tag[1] ? -1 : 1;
      deepest = Math.max(deepest, depth);
    }
    expect(deepest).toBe(3);
    expect(toc).toContain('<a href="chapter-2.xhtml#les-années-de-doute">Les années de doute</a>');
    expect(nav).toContain('<a epub:type="cover" href="cover.xhtml">Couverture</a>');
    expect(nav).toContain('<a epub:type="bodymatter" href="chapter-1.xhtml">');
  });

  it('makes footnotes pop-up notes in the file of their reference', async () => {
    const methods = await entryText(await openEpub(book()), 'OEBPS/chapter-3.xhtml');
    expect(methods).toMatch(/<a href="#user-content-fn-loi" id="user-content-fnref-loi" epub:type="noteref" role="doc-noteref">3<\/a>/);
    expect(methods).toMatch(/<aside id="user-content-fn-loi" epub:type="footnote" role="doc-footnote">/);
    expect(methods).not.toContain('data-footnote');
  });

  it('keeps table alignment as classes and the list start', async () => {
    const methods = await entryText(await openEpub(book()), 'OEBPS/chapter-3.xhtml');
    expect(methods).toContain('<ol start="3">');
    expect(methods).toContain('<th class="align-center">Durée</th>');
    expect(methods).toContain('<td class="align-right">37,0</td>');
    expect(methods).not.toContain('align="');
  });

  it('is byte-identical when built again with SOURCE_DATE_EPOCH, generated cover included', async () => {
    const again = await tempFolder('folio-epub-again-');
    const inputs = [path.join(fixture, 'book.md'), 'content/article.md'];
    const [first, second] = await Promise.all([
      build({ inputs, outDir: path.join(again, 'a'), formats: ['epub'], sourceDateEpoch: epoch, concurrency: 1 }),
      build({ inputs, outDir: path.join(again, 'b'), formats: ['epub'], sourceDateEpoch: epoch, concurrency: 1 }),
    ]);
    expect(first.ok && second.ok).toBe(true);
    for (const name of ['book.epub', 'article.epub']) {
      const [a, b] = await Promise.all([readFile(path.join(again, 'a', name)), readFile(path.join(again, 'b', name))]);
      expect(a.equals(b), name).toBe(true);
    }
  });
});

describe('the generated cover', () => {
  it('is a PNG of 1600 × 2560 marked cover-image when the front matter names none', async () => {
    const dir = await tempFolder('folio-epub-cover-');
    const built = await build({ inputs: ['content/article.md'], outDir: dir, formats: ['epub'] });
    expect(built.ok).toBe(true);
    const zip = await openEpub(path.join(dir, 'article.epub'));
    const opf = await entryText(zip, 'OEBPS/content.opf');
    const href = /href="(images\/[0-9a-f]{16}\.png)" media-type="image\/png" properties="cover-image"/.exec(opf)?.[1];
    expect(href).toBeDefined();
    const png = Buffer.from(await zip.file(`OEBPS/${href}`)!.async('uint8array'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1600, 2560]);
    expect(png.byteLength).toBeGreaterThan(10_000);
  });
});

describe('bad input writes no EPUB and names the Markdown file and line', () => {
  /** Build `markdown` (with `files` beside it) in a fresh content folder. */
  async function attempt(
    markdown: string,
    files: Record<string, Uint8Array | string> = {},
    allowNetwork = false,
    formats: Format[] = ['epub', 'html'],
  ) {
    const inContent = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [`content/${name}`, bytes]));
    const {
      dir: root,
      result: built,
      written,
    } = await buildDocument(markdown, { formats, allowNetwork }, { ...inContent, 'secret.png': chart });
    const errors = built.messages.filter((message) => message.fatal).map((message) => `${message.file}:${message.line}: ${message.reason}`);
    return { built, written, errors, root };
  }

  it('refuses a missing image', async () => {
    const { built, written, errors } = await attempt('---\ntitle: T\n---\n\nText.\n\n![A chart](images/missing.png)\n');
    expect(built.ok).toBe(false);
    expect(written).toEqual([]);
    expect(errors).toEqual([expect.stringMatching(/^content\/doc\.md:7: image `images\/missing\.png` not found/)]);
  });

  it('refuses an image that is not the type its extension says', async () => {
    const { written, errors } = await attempt('---\ntitle: T\n---\n\n![A chart](images/chart.png)\n', {
      'images/chart.png': 'not a picture',
    });
    expect(written).toEqual([]);
    expect(errors).toEqual([expect.stringMatching(/^content\/doc\.md:5: image `images\/chart\.png` is not the PNG its name says/)]);
  });

  it('refuses an image outside the project folder', async () => {
    // The `package.json` makes `content` the project: `../secret.png` is outside it.
    const { written, errors } = await attempt('---\ntitle: T\n---\n\n![Secret](../secret.png)\n', { 'package.json': '{}' });
    expect(written).toEqual([]);
    expect(errors).toEqual([
      expect.stringMatching(/^content\/doc\.md:5: image `\.\.\/secret\.png` is outside the project folder `content`/),
    ]);
  });

  it('shows a remote image as its alt text unless network access is allowed, then fetches it once for the EPUB, the PDF and the HTML', async () => {
    const markdown = `---\ntitle: T\n---\n\n![A chart](${origin}/chart.png)\n`;
    server.requests = 0;
    const offline = await attempt(markdown);
    expect(offline.built.ok).toBe(true);
    expect(offline.written.sort()).toEqual(['doc.epub', 'doc.html']);
    expect(offline.built.messages.map((message) => `${message.file}:${message.line}: ${message.reason}`)).toEqual([
      `content/doc.md:5: remote image \`${origin}/chart.png\` is shown as its alt text: Folio fetches nothing from the network unless asked (build with \`--allow-network\`)`,
    ]);
    expect(server.requests).toBe(0);
    const offlineZip = await openEpub(path.join(offline.root, 'out/doc.epub'));
    expect(await entryText(offlineZip, 'OEBPS/chapter-1.xhtml')).toContain(
      '<span class="image-placeholder" role="img" aria-label="A chart">A chart</span>',
    );
    const allowed = await attempt(markdown, {}, true, ['epub', 'pdf', 'html']);
    expect(allowed.built.ok).toBe(true);
    expect(allowed.built.messages.map((message) => message.reason)).toEqual([]);
    // Folio fetched it; Chromium, which prints the PDF, reached no network.
    expect(server.requests).toBe(1);
    const zip = await openEpub(path.join(allowed.root, 'out/doc.epub'));
    expect(await entryText(zip, 'OEBPS/chapter-1.xhtml')).toMatch(/<img src="images\/[0-9a-f]{16}\.png" alt="A chart" \/>/);
    const [image] = await pdfImages(path.join(allowed.root, 'out/doc.pdf'));
    expect(image && [image.width, image.height]).toEqual([chart.readUInt32BE(16), chart.readUInt32BE(20)]);
    const html = await readFile(path.join(allowed.root, 'out/doc.html'), 'utf8');
    expect(html).toContain(`<img src="data:image/png;base64,${chart.toString('base64')}" alt="A chart">`);
  });

  it('refuses a missing or empty cover at its front matter line, never writing an empty cover', async () => {
    const missing = await attempt('---\ntitle: T\nlang: en\ncover: images/cover.jpg\n---\n\nText.\n');
    expect(missing.written).toEqual([]);
    expect(missing.errors).toEqual([expect.stringMatching(/^content\/doc\.md:4: image `images\/cover\.jpg` not found/)]);
    const empty = await attempt('---\ntitle: T\ncover: images/cover.jpg\n---\n\nText.\n', { 'images/cover.jpg': '' });
    expect(empty.written).toEqual([]);
    expect(empty.errors).toEqual([expect.stringMatching(/^content\/doc\.md:3: image `images\/cover\.jpg` is an empty file/)]);
  });
});
