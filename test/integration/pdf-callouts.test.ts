import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/index.js';
import { project } from '../helpers/project.js';
import { pdfHorizontalRules } from '../helpers/tools.js';

/** Callouts of every frame (the warning's double rule, the note's single one), between paragraphs of many lengths. */
const kinds = ['WARNING', 'CAUTION', 'NOTE', 'WARNING', 'CAUTION', 'WARNING'];
const callouts = 14;
const words = (count: number, seed: number): string =>
  Array.from({ length: count }, (_, index) => ['frame', 'rule', 'side', 'page', 'reader', 'edge', 'box'][(index * 3 + seed) % 7]).join(' ');
const markdown = [
  '---\ntitle: Frames\npaper: 105mm x 148mm\n---',
  ...Array.from({ length: callouts }, (_, index) => [
    `Paragraph ${index + 1}: ${words(5 + ((index * 11) % 37), index)}.`,
    `> [!${kinds[index % kinds.length]}]\n> Callout ${index + 1}: ${words(3 + ((index * 7) % 23), index + 1)}.`,
  ]).flat(),
].join('\n\n');

let pdf: string;
let result: BuildResult;

beforeAll(async () => {
  const dir = await project({ 'content/frames.md': `${markdown}\n` }, 'folio-callouts-');
  result = await build({ cwd: dir, inputs: ['content'], outDir: 'out', formats: ['pdf'] });
  pdf = path.join(dir, 'out', 'frames.pdf');
});

describe('callouts on paper', () => {
  it('frames every callout above and below, wherever it falls on the page', async () => {
    expect(result.ok).toBe(true);
    const rules = await pdfHorizontalRules(pdf);
    expect(rules.length).toBeGreaterThan(2);
    // The title block's rule, then a rule above and below each callout.
    expect(rules.reduce((sum, count) => sum + count, 0)).toBe(1 + 2 * callouts);
  });
});
