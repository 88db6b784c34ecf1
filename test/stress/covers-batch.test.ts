import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { project } from '../helpers/project.js';

describe('drawing many EPUB covers at once', () => {
  it('never stalls: 16 new covers with four documents in flight, each well within a 20 s page limit', async () => {
    // Its own node_modules: the cover cache goes to node_modules/.cache/folio here, so every cover is drawn.
    const files: Record<string, string> = { 'node_modules/.keep': '' };
    for (let index = 1; index <= 16; index++)
      files[`content/story-${index}.md`] = `---\ntitle: Story number ${index}\n---\n\nText ${index}.\n`;
    const dir = await project(files, 'folio-covers-');
    // A capture in a background tab used to wait for another page to repaint, up to the time limit.
    const result = await build({ cwd: dir, formats: ['epub'], concurrency: 4, timeout: 20_000 });
    expect(result.outputs.map((output) => output.error?.message)).toEqual(Array(16).fill(undefined));
    expect((await readdir(path.join(dir, 'out'))).length).toBe(16);
  });
});
