import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/pipeline/render.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { epubPackage } from '../../src/writers/epub/epub-package.js';
import { prepare } from '../helpers/pipeline.js';

const theme = await loadTheme('default');

describe('epubPackage', () => {
  it('nests the navigation by heading level under the title', async () => {
    const publication = await prepare('---\ntitle: Book\nlang: fr\n---\n\n## One\n\n### One.a\n\n## Two\n', 'doc.md', 0);
    const [ereader] = render(publication, theme).ereader;
    const pkg = epubPackage(publication.meta, [{ filename: 'c1.xhtml', title: 'Book', tree: ereader! }]);
    expect(pkg.toc).toEqual([
      {
        title: 'Book',
        href: 'c1.xhtml',
        children: [
          { title: 'One', href: 'c1.xhtml#one', children: [{ title: 'One.a', href: 'c1.xhtml#onea', children: [] }] },
          { title: 'Two', href: 'c1.xhtml#two', children: [] },
        ],
      },
    ]);
    expect(pkg.tocDepth).toBe(3);
    expect(pkg.lang).toBe('fr');
    expect(pkg.labels.contents).toBe('Table des matières');
    expect(pkg.modified).toBe('1970-01-01T00:00:00Z');
  });

  it('claims alternative text only when every image has it', async () => {
    const withAlt = await prepare('---\ntitle: T\n---\n\n![A mouse](a.png)\n');
    const withoutAlt = await prepare('---\ntitle: T\n---\n\n![A mouse](a.png) ![](b.png)\n');
    const features = (publication: typeof withAlt) =>
      epubPackage(publication.meta, [{ filename: 'c.xhtml', title: 'T', tree: render(publication, theme).ereader[0]! }]);
    expect(features(withAlt).accessibilityFeatures).toContain('alternativeText');
    expect(features(withAlt).accessModes).toEqual(['textual', 'visual']);
    expect(features(withoutAlt).accessibilityFeatures).not.toContain('alternativeText');
  });

  it('marks the files that hold maths or SVG, and claims MathML only when some file has it', async () => {
    const publication = await prepare('---\ntitle: T\n---\n\nText.\n');
    const [plain] = render(publication, theme).ereader;
    const [maths] = render(await prepare('---\ntitle: T\n---\n\n> Inside $x^2$.\n'), theme).ereader;
    // An SVG drawing inline, deep in the file.
    const drawing = fromHtml('<figure><p><svg viewBox="0 0 1 1"><rect width="1" height="1"/></svg></p></figure>', { fragment: true });
    const pkg = epubPackage(publication.meta, [
      { filename: 'a.xhtml', title: 'A', tree: plain! },
      { filename: 'b.xhtml', title: 'B', tree: maths! },
      { filename: 'c.xhtml', title: 'C', tree: drawing },
    ]);
    expect(pkg.spine.map((item) => [item.href, item.properties])).toEqual([
      ['a.xhtml', undefined],
      ['b.xhtml', 'mathml'],
      ['c.xhtml', 'svg'],
    ]);
    expect(pkg.accessibilityFeatures).toContain('MathML');
    expect(epubPackage(publication.meta, [{ filename: 'a.xhtml', title: 'A', tree: plain! }]).accessibilityFeatures).not.toContain(
      'MathML',
    );
  });
});
