import { mkdir, readFile, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { folio, project } from '../helpers/project.js';
import { readPdfText } from '../helpers/read-output.js';

/** Two outputs of one run never share a file, and no output lands on the sources. */
describe('outputs that would overwrite each other or the sources', () => {
  it("refuses a handout that lands on another document's PDF, and builds that document", async () => {
    const dir = await project({
      'content/x.md': '---\ntitle: X\nlayout: 2up\n---\n\nThe text of x.\n',
      'content/x.2up.md': '---\ntitle: X two up\n---\n\nThe text of the other document.\n',
    });
    const result = await build({ cwd: dir, formats: ['pdf'] });
    expect(result.ok).toBe(false);
    const failed = result.outputs.filter((output) => output.error);
    expect(failed.map((output) => [output.source, output.error?.message])).toEqual([
      [path.join('content', 'x.md'), expect.stringContaining('`content/x.md` and `content/x.2up.md` would both write `x.2up.pdf`')],
    ]);
    // Nothing of x.md was written; x.2up.md's PDF is its own.
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual(['x.2up.pdf']);
    expect(await readPdfText(path.join(dir, 'out/x.2up.pdf'))).toContain('The text of the other document.');
  });

  it('refuses an --out that is the content folder through a symbolic link, and leaves the content as it was', async () => {
    const dir = await project({ 'content/doc.md': '---\ntitle: Doc\n---\n\nWords.\n', 'content/doc.html': '<p>mine</p>\n' });
    await mkdir(path.join(dir, 'links'));
    await symlink(path.join(dir, 'content'), path.join(dir, 'links/out'));
    const { code, stderr } = await folio(['build', '--format', 'html', '--out', 'links/out'], dir);
    expect(code).not.toBe(0);
    expect(stderr).toContain('is the content folder');
    expect(await readFile(path.join(dir, 'content/doc.html'), 'utf8')).toBe('<p>mine</p>\n');
  });
});
