import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSources } from '../../src/pipeline/load.js';
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
});
