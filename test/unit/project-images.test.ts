import { mkdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/fs/project-root.js';
import { build } from '../../src/index.js';
import { project } from '../helpers/project.js';

const png = await readFile(path.resolve('test/fixtures/epub-book/images/chart.png'));
const dataUrl = `data:image/png;base64,${png.toString('base64')}`;

/** Build `inputs` in `dir` as HTML (no browser needed); the written HTML of `name`, and the messages. */
async function html(dir: string, inputs: string[], name: string) {
  const built = await build({ cwd: dir, inputs, outDir: 'out', formats: ['html'] });
  const messages = built.messages.map(
    (message) => `${message.file}:${message.line}: ${message.fatal ? 'error' : 'warning'}: ${message.reason}`,
  );
  const written = await readFile(path.join(dir, 'out', `${name}.html`), 'utf8').catch(() => undefined);
  return { ok: built.ok, messages, written };
}

describe('the project of a Markdown file', () => {
  it("is the nearest folder with a folio.config.*, a package.json or a .git, else the working folder, else the file's own", async () => {
    const dir = await project({
      'site/package.json': '{}',
      'site/docs/guide/page.md': '',
      'book/folio.config.mjs': 'export default {};',
      'book/chapters/one.md': '',
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/notes/a.md': '',
      'plain/deep/b.md': '',
      'elsewhere/c.md': '',
    });
    expect(await findProjectRoot(path.join(dir, 'site/docs/guide/page.md'), dir)).toBe(path.join(dir, 'site'));
    expect(await findProjectRoot(path.join(dir, 'book/chapters/one.md'), dir)).toBe(path.join(dir, 'book'));
    expect(await findProjectRoot(path.join(dir, 'repo/notes/a.md'), dir)).toBe(path.join(dir, 'repo'));
    expect(await findProjectRoot('plain/deep/b.md', dir)).toBe(dir);
    // Outside the working folder, with nothing marking a project: the file's own folder.
    expect(await findProjectRoot(path.join(dir, 'elsewhere/c.md'), path.join(dir, 'plain'))).toBe(path.join(dir, 'elsewhere'));
  });
});

describe('images from the project', () => {
  const translation = {
    'package.json': '{}',
    'images/law.png': png,
    'translations/fr.md': '---\ntitle: La loi\nlang: fr\n---\n\nTexte.\n\n![La loi](../images/law.png)\n',
  };

  it('reads `../images/x.png` from a subfolder the same way whether the file is built alone, with its folder or by a glob', async () => {
    const dir = await project(translation);
    for (const inputs of [['translations/fr.md'], ['translations'], ['translations/*.md'], ['.']]) {
      const name = inputs[0] === '.' ? 'translations/fr' : 'fr';
      const { ok, messages, written } = await html(dir, inputs, name);
      expect({ inputs, ok, messages }).toEqual({ inputs, ok: true, messages: [] });
      expect(written).toContain(`<img src="${dataUrl}" alt="La loi">`);
    }
  });

  it('reads it when the working folder is elsewhere in the project', async () => {
    const dir = await project(translation);
    const { ok, written } = await html(path.join(dir, 'translations'), ['fr.md'], 'fr');
    expect(ok).toBe(true);
    expect(written).toContain(`<img src="${dataUrl}"`);
  });

  it('resolves a site-absolute `/img/x.png` against the project folder', async () => {
    const dir = await project({
      'package.json': '{}',
      'static/img/chart.png': png,
      'docs/guide/intro.md': '---\ntitle: Intro\n---\n\n![Chart](/static/img/chart.png)\n',
      'docs/guide/broken.md': '---\ntitle: Broken\n---\n\n![Gone](/static/img/gone.png)\n',
    });
    const built = await html(dir, ['docs/guide/intro.md'], 'intro');
    expect(built.ok).toBe(true);
    expect(built.written).toContain(`<img src="${dataUrl}" alt="Chart">`);
    const broken = await html(dir, ['docs/guide/broken.md'], 'broken');
    expect(broken.messages).toEqual([
      "docs/guide/broken.md:5: error: image `/static/img/gone.png` not found (looked for `static/img/gone.png`): check the path, which starts at the project folder `.` (or, as static site generators serve it, a folder from the Markdown file's up to it, or its `static/` or `public/`)",
    ]);
  });

  it('finds a site-absolute image where a static site generator serves it from: `static/`, `public/`, or a folder above the page', async () => {
    // Another PNG: the same image with a byte of its own after the end chunk, which readers ignore.
    const other = Buffer.concat([png, Buffer.from([0])]);
    const dir = await project({
      // Docusaurus: docs/ pages name /img/x.png for static/img/x.png.
      'docusaurus/package.json': '{}',
      'docusaurus/static/img/chart.png': png,
      'docusaurus/docs/tutorials/part-4.md': '---\ntitle: Part 4\n---\n\n![Chart](/img/chart.png)\n',
      // VitePress: docs/public/ is served at /.
      'vitepress/package.json': '{}',
      'vitepress/docs/public/logo.png': png,
      'vitepress/docs/guide/intro.md': '---\ntitle: Intro\n---\n\n![Logo](/logo.png)\n',
      // A site folder inside a bigger project (the corpus's cases): /img from the page's own folder.
      'cases/docs-case/img/chart.png': png,
      'cases/docs-case/page.md': '---\ntitle: Page\n---\n\n![Chart](/img/chart.png)\n',
      // The project folder's own file wins over the other places.
      'first/package.json': '{}',
      'first/img/chart.png': other,
      'first/static/img/chart.png': png,
      'first/docs/page.md': '---\ntitle: First\n---\n\n![Chart](/img/chart.png)\n',
    });
    const docusaurus = await html(path.join(dir, 'docusaurus'), ['docs/tutorials/part-4.md'], 'part-4');
    expect(docusaurus.messages).toEqual([]);
    expect(docusaurus.written).toContain(`<img src="${dataUrl}" alt="Chart">`);
    const vitepress = await html(path.join(dir, 'vitepress'), ['docs/guide/intro.md'], 'intro');
    expect(vitepress.written).toContain(`<img src="${dataUrl}" alt="Logo">`);
    const cases = await html(path.join(dir, 'cases'), ['docs-case/page.md'], 'page');
    expect(cases.written).toContain(`<img src="${dataUrl}" alt="Chart">`);
    const first = await html(path.join(dir, 'first'), ['docs/page.md'], 'page');
    expect(first.written).toContain(`<img src="data:image/png;base64,${other.toString('base64')}" alt="Chart">`);
  });

  it('refuses an image outside the project, and says where the project ends', async () => {
    const dir = await project({
      'secret.png': png,
      'site/package.json': '{}',
      'site/docs/page.md': '---\ntitle: Page\n---\n\n![Secret](../../secret.png)\n',
    });
    const { ok, messages, written } = await html(dir, ['site/docs'], 'page');
    expect(ok).toBe(false);
    expect(written).toBeUndefined();
    expect(messages).toEqual([
      'site/docs/page.md:5: error: image `../../secret.png` is outside the project folder `site`: copy it into the project ' +
        '(the nearest folder above the Markdown file with a `folio.config.*`, `package.json` or `.git`)',
    ]);
  });

  it('refuses a symbolic link inside the project that points out of it', async () => {
    const outside = await project({ 'secret.png': png });
    const dir = await project({ 'package.json': '{}', 'content/doc.md': '---\ntitle: Doc\n---\n\n![Secret](images/link.png)\n' });
    await mkdir(path.join(dir, 'content/images'));
    await symlink(path.join(outside, 'secret.png'), path.join(dir, 'content/images/link.png'));
    const { ok, messages, written } = await html(dir, ['content'], 'doc');
    expect(ok).toBe(false);
    expect(written).toBeUndefined();
    expect(messages).toEqual([
      expect.stringMatching(/^content\/doc\.md:5: error: image `images\/link\.png` is outside the project folder `\.`: /),
    ]);
  });

  it('still says that a missing image is looked for relative to the Markdown file', async () => {
    const dir = await project({ 'package.json': '{}', 'translations/fr.md': '---\ntitle: T\n---\n\n![Loi](../images/law.png)\n' });
    const { ok, messages } = await html(dir, ['translations/fr.md'], 'fr');
    expect(ok).toBe(false);
    expect(messages).toEqual([
      'translations/fr.md:5: error: image `../images/law.png` not found (looked for `images/law.png`): check the path, which is relative to the Markdown file',
    ]);
  });
});
