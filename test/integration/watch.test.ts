import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInThemes } from '../../src/theme/load-theme.js';
import { watch } from '../../src/watch/watch.js';
import { project } from '../helpers/project.js';
import { readHtml, readPdfText } from '../helpers/read-output.js';
import { WatchEvents } from '../helpers/watch-events.js';

/** A project with two articles and its own copy of the default theme (fonts found through a node_modules link). */
async function twoArticles(): Promise<string> {
  const dir = await project(
    {
      'content/a.md': '---\ntitle: Alpha\n---\n\nFirst words of alpha.\n',
      'content/b.md': '---\ntitle: Beta\n---\n\nFirst words of beta.\n',
    },
    'folio-watch-',
  );
  await cp(path.join(builtInThemes, 'default'), path.join(dir, 'themes/default'), { recursive: true });
  await symlink(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** Save a file as editors do: the whole new text at once. */
const save = (file: string, text: string): Promise<void> => writeFile(file, text);

describe('folio build --watch', () => {
  it('rebuilds only the edited Markdown file, and its new text is in the PDF', async () => {
    const dir = await twoArticles();
    const events = new WatchEvents();
    await using session = await watch({ cwd: dir, themesDir: 'themes', formats: ['pdf'] }, events.hooks);
    const first = await events.build(0);
    expect(first.reason).toBe('start');
    expect(first.result.ok).toBe(true);
    expect(first.sources.map((source) => path.basename(source.path))).toEqual(['a.md', 'b.md']);

    await save(path.join(dir, 'content/a.md'), '---\ntitle: Alpha\n---\n\nSecond words, after an edit.\n');
    const rebuilt = await events.build(1);
    expect(rebuilt.reason).toBe('content');
    expect(rebuilt.sources.map((source) => path.basename(source.path))).toEqual(['a.md']);
    expect(rebuilt.result.ok).toBe(true);
    console.info(`watch rebuild of a one-paragraph PDF: ${Math.round(rebuilt.ms)} ms from the save to the file on disk`);
    expect(await readPdfText(path.join(dir, 'out/a.pdf'))).toContain('Second words, after an edit.');
    expect(await readPdfText(path.join(dir, 'out/b.pdf'))).toContain('First words of beta.');
    await session.idle();
    expect(events.errors).toEqual([]);
  });

  // issue 14: a changed image used to rebuild every document of its folder.
  it('rebuilds only the documents that use a changed image, and one that was waiting for a missing image', async () => {
    const svg = (colour: string): string =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="${colour}"/></svg>`;
    const dir = await project(
      {
        'content/a.md': '# Alpha\n\n![Red box](boxes/red.svg)\n',
        'content/b.md': '# Beta\n\n![Blue box](boxes/blue.svg)\n',
        'content/c.md': '# Gamma\n\nNo picture.\n',
        'content/boxes/red.svg': svg('red'),
        'content/boxes/blue.svg': svg('blue'),
      },
      'folio-watch-images-',
    );
    const events = new WatchEvents();
    await using session = await watch({ cwd: dir, formats: ['html'] }, events.hooks);
    expect((await events.build(0)).result.ok).toBe(true);

    await save(path.join(dir, 'content/boxes/red.svg'), svg('crimson'));
    const rebuilt = await events.build(1);
    expect(rebuilt.sources.map((source) => path.basename(source.path))).toEqual(['a.md']);
    expect(await readFile(path.join(dir, 'out/a.html'), 'utf8')).toContain(Buffer.from(svg('crimson')).toString('base64'));

    // A new article whose image is not there yet fails, then builds once the image arrives.
    await save(path.join(dir, 'content/d.md'), '# Delta\n\n![Green box](boxes/green.svg)\n');
    const waiting = await events.build(2);
    expect(waiting.sources.map((source) => path.basename(source.path))).toEqual(['d.md']);
    expect(waiting.result.ok).toBe(false);
    await save(path.join(dir, 'content/boxes/green.svg'), svg('green'));
    const arrived = await events.build(3);
    expect(arrived.sources.map((source) => path.basename(source.path))).toEqual(['d.md']);
    expect(arrived.result.ok).toBe(true);
    await session.idle();
    expect(events.errors).toEqual([]);
  });

  it('rebuilds every document when the theme changes, and goes on after a broken theme', async () => {
    const dir = await twoArticles();
    const events = new WatchEvents();
    await using session = await watch({ cwd: dir, themesDir: 'themes', formats: ['html'] }, events.hooks);
    await events.build(0);
    const css = path.join(dir, 'themes/default/print.css');
    await save(css, `${await readFile(css, 'utf8')}\n.watch-marker { color: red; }\n`);
    const themed = await events.build(1);
    expect(themed.reason).toBe('theme');
    expect(themed.sources.map((source) => path.basename(source.path))).toEqual(['a.md', 'b.md']);
    for (const name of ['a', 'b']) expect(await readFile(path.join(dir, `out/${name}.html`), 'utf8')).toContain('.watch-marker');

    const manifest = path.join(dir, 'themes/default/theme.json');
    const good = await readFile(manifest, 'utf8');
    await save(manifest, '{ "fontPackages": 3 }');
    await expect.poll(() => events.errors.length, { timeout: 30_000 }).toBe(1);
    expect(String(events.errors[0])).toContain('invalid theme.json');
    await save(manifest, good);
    const again = await events.build(2, (build) => build.reason === 'theme');
    expect(again.result.ok).toBe(true);
    await session.idle();
  });

  it('reports an invalid edit at its file and line, keeps the last output, and builds the fix', async () => {
    const dir = await twoArticles();
    const events = new WatchEvents();
    await using session = await watch({ cwd: dir, themesDir: 'themes', formats: ['html'] }, events.hooks);
    await events.build(0);
    const article = path.join(dir, 'content/a.md');
    await save(article, '---\ntitle: Alpha\ntoc: maybe\n---\n\nBroken.\n');
    const broken = await events.build(1);
    expect(broken.result.ok).toBe(false);
    expect(broken.result.messages.map(String)).toContain('content/a.md:3:6: front matter `toc` must be `true`, `false` or `auto`');
    expect(await readHtml(path.join(dir, 'out/a.html'))).toContain('First words of alpha.');

    await save(article, '---\ntitle: Alpha\n---\n\nFixed words.\n');
    const fixed = await events.build(2);
    expect(fixed.result.ok).toBe(true);
    expect(await readHtml(path.join(dir, 'out/a.html'))).toContain('Fixed words.');
    await session.idle();
    expect(events.errors).toEqual([]);
  });

  it("rebuilds a collection when one of its articles changes, beside the article's own outputs", async () => {
    const dir = await twoArticles();
    const events = new WatchEvents();
    const collections = [{ name: 'pack', title: 'The Pack', files: ['content/a.md', 'content/b.md'] }];
    await using session = await watch({ cwd: dir, themesDir: 'themes', formats: ['html'], collections }, events.hooks);
    const first = await events.build(0);
    expect(first.collections.map(({ collection }) => collection.name)).toEqual(['pack']);
    await save(path.join(dir, 'content/b.md'), '---\ntitle: Beta\n---\n\nBeta, revised for the pack.\n');
    const rebuilt = await events.build(1);
    expect(rebuilt.sources.map((source) => path.basename(source.path))).toEqual(['b.md']);
    expect(rebuilt.collections.map(({ collection }) => collection.name)).toEqual(['pack']);
    expect(rebuilt.result.ok).toBe(true);
    expect(await readHtml(path.join(dir, 'out/pack.html'))).toContain('Beta, revised for the pack.');
    await session.idle();
  });

  it('builds a Markdown file added while watching, and ignores its own outputs', async () => {
    const dir = await twoArticles();
    const events = new WatchEvents();
    await using session = await watch({ cwd: dir, themesDir: 'themes', formats: ['html'] }, events.hooks);
    await events.build(0);
    await mkdir(path.join(dir, 'content/desk'));
    await save(path.join(dir, 'content/desk/c.md'), '---\ntitle: Gamma\n---\n\nA new article.\n');
    const added = await events.build(1);
    expect(added.sources.map((source) => path.relative(dir, source.path))).toEqual([path.join('content', 'desk', 'c.md')]);
    expect(await readHtml(path.join(dir, 'out/desk/c.html'))).toContain('A new article.');
    await session.idle();
    // Writing out/desk/c.html triggered nothing more.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events.builds).toHaveLength(2);
  });
});
