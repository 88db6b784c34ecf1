import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folio } from '../helpers/project.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { pdfInfo, pdfPageSize, pdfPageText } from '../helpers/tools.js';

describe('folio build --paper --layout', () => {
  it('prints the article on letter paper, exactly, with "N of M" at the foot, and a 2up handout on landscape letter beside it', async () => {
    const out = await tempFolder('folio-paper-');
    const { code, stderr } = await folio(
      ['build', 'content/article.md', '--format', 'pdf', '--out', out, '--paper', 'letter', '--layout', '2up'],
      process.cwd(),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const info = await pdfInfo(path.join(out, 'article.pdf'));
    const size = await pdfPageSize(path.join(out, 'article.pdf'));
    expect(size.width).toBeCloseTo(612, 1);
    expect(size.height).toBeCloseTo(792, 1);
    expect((await pdfPageText(path.join(out, 'article.pdf'), 1)).trim().split('\n').at(-1)).toBe(`1 of ${info['Pages']}`);
    const handout = await pdfInfo(path.join(out, 'article.2up.pdf'));
    expect(handout['Page size']).toMatch(/^792 x 612 pts/);
  });

  it('refuses a paper it cannot print on, saying what it accepts', async () => {
    const { code, stderr } = await folio(['build', 'content/article.md', '--paper', '10cm x 1cm'], process.cwd());
    expect(code).toBe(2);
    expect(stderr).toContain('`--paper` must be `a4`, `a5`, `letter`');
  });
});
