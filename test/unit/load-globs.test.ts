import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VFileMessage } from 'vfile-message';
import { outputNameOf } from '../../src/fs/markdown-files.js';
import { contentRoots, findSources } from '../../src/pipeline/load.js';
import { project } from '../helpers/project.js';

describe('findSources with globs', () => {
  it('expands a glob, names outputs from the folder before the first wildcard, and reads an existing path literally', async () => {
    const files = ['content/news/a.md', 'content/news/desk/b.md', 'content/news/c.txt', 'content/[draft].md', 'other/d.md'];
    const dir = await project(Object.fromEntries(files.map((file) => [file, '# x\n'])), 'folio-glob-');
    const sources = await findSources(['content/news/**/*', 'content/[draft].md'], dir);
    const relative = sources.map((source) => [path.relative(dir, source.path), path.relative(dir, source.root)]);
    expect(relative).toEqual([
      ['content/news/a.md', 'content/news'],
      ['content/news/desk/b.md', 'content/news'],
      ['content/[draft].md', 'content'],
    ]);
    await expect(findSources(['content/*.txt'], dir)).rejects.toThrow('`content/*.txt` matches no Markdown file');
  });

  it('names a file the same whether it is built alone, with its folder or by a glob, below the content folders', async () => {
    const dir = await project(
      { 'content/harbour/report.md': '# R\n', 'content/harbour/maps/m.md': '# M\n', 'notes/n.md': '# N\n' },
      'folio-glob-',
    );
    const roots = await contentRoots(['content'], dir);
    const names = async (inputs: string[]): Promise<string[]> =>
      (await findSources(inputs, dir, { roots })).map((source) => outputNameOf(source.path, source.root));
    for (const inputs of [
      ['content/harbour/report.md'],
      ['content/harbour'],
      ['content/harbour/*.md'],
      ['content/**/report.md'],
      ['content'],
    ])
      expect(await names(inputs)).toContain('harbour/report');
    // Outside every content folder: named from where it was found.
    expect(await names(['notes/n.md'])).toEqual(['n']);
    expect(await contentRoots(['content/**/*.md', 'notes/n.md', 'gone'], dir)).toEqual([path.join(dir, 'content')]);
  });

  it('reports each path that is not there as one error, and finds the rest', async () => {
    const dir = await project({ 'content/a.md': '# A\n' }, 'folio-glob-');
    const missing: VFileMessage[] = [];
    const sources = await findSources(['nowhere.md', 'content/a.md', 'drafts/*.md'], dir, { missing });
    expect(sources.map((source) => path.relative(dir, source.path))).toEqual(['content/a.md']);
    expect(missing.map((message) => [message.file, message.reason, message.fatal])).toEqual([
      ['nowhere.md', 'does not exist: give a Markdown file, a folder of them or a glob', true],
      ['drafts/*.md', 'matches no Markdown file: check the pattern (quote it so the shell leaves it to Folio)', true],
    ]);
  });
});
