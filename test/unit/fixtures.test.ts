import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from '../../src/hast/stringify.js';
import { prepare } from '../helpers/pipeline.js';

const root = new URL('../fixtures/', import.meta.url);
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(new URL(`${entry.name}/`, root)).includes('input.md'))
  .map((entry) => entry.name);

describe('Markdown becomes the expected HTML body', () => {
  it.each(cases)('%s', async (name) => {
    const markdown = readFileSync(new URL(`${name}/input.md`, root), 'utf8');
    const { chapters } = await prepare(markdown);
    const html = stringify(chapters[0]!.hast);
    await expect(`${html}\n`).toMatchFileSnapshot(new URL(`${name}/expected.html`, root).pathname);
  });
});
