import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { project } from '../helpers/project.js';
import { pdfInfo, pdfPageText } from '../helpers/tools.js';

/** Deterministic filler: `count` sentences that never repeat a line. */
function sentences(seed: number, count: number): string {
  const words = ['harbour', 'lantern', 'keeper', 'tide', 'granite', 'beacon', 'channel', 'shoal', 'cable', 'signal', 'weather', 'mooring'];
  return Array.from({ length: count }, (_, index) => {
    const pick = (offset: number): string => words[(seed * 7 + index * 5 + offset) % words.length] ?? 'sea';
    return `The ${pick(0)} and the ${pick(3)} watched the ${pick(6)} while the ${pick(9)} turned.`;
  }).join(' ');
}

/**
 * A document of sections whose paragraphs run from one to twelve lines, so
 * that page breaks fall everywhere in them: each paragraph starts with
 * `Pnn` and ends with `(end nn)`, each heading reads `Section nn`.
 */
function document(): string {
  const blocks: string[] = [];
  for (let section = 1; section <= 30; section++) {
    blocks.push(`## Section ${String(section).padStart(2, '0')}`);
    for (let paragraph = 1; paragraph <= 1 + (section % 3); paragraph++) {
      const id = String(section * 10 + paragraph).padStart(3, '0');
      blocks.push(`P${id} ${sentences(section * 4 + paragraph, 1 + ((section * 3 + paragraph * 5) % 9))} (end ${id})`);
    }
  }
  return `---\ntitle: Pages\npaper: a5\n---\n\n${blocks.join('\n\n')}\n`;
}

let pdf: string;
let pages: string[][];

beforeAll(async () => {
  const dir = await project({ 'content/pages.md': document() });
  const result = await build({ cwd: dir, inputs: ['content'], outDir: 'out', formats: ['pdf'] });
  expect(result.ok).toBe(true);
  pdf = path.join(dir, 'out/pages.pdf');
  const count = Number((await pdfInfo(pdf))['Pages']);
  pages = [];
  for (let page = 1; page <= count; page++) {
    // The page's text lines, less the running header and the folio.
    const lines = (await pdfPageText(pdf, page))
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    pages.push(lines.filter((line) => line !== 'Pages' && !/^\d+ of \d+$/.test(line)));
  }
});

describe('page breaks in a long document', () => {
  it('runs to several pages', () => {
    expect(pages.length).toBeGreaterThan(4);
  });

  it('leaves no widow or orphan: a paragraph broken across pages keeps at least two lines on each', () => {
    const broken: string[] = [];
    pages.forEach((lines, index) => {
      // The paragraph that continues at the top of this page: lines until its `(end nn)`.
      const continued = lines.findIndex((line) => /\(end \d+\)/.test(line));
      const startsAPage = continued !== -1 && !/^P\d+ /.test(lines[0] ?? '') && !(lines[0] ?? '').startsWith('Section ');
      if (startsAPage && continued + 1 < 2) broken.push(`page ${index + 1} opens with a one-line widow: ${lines[0] ?? ''}`);
      // The paragraph that breaks at the foot: lines from its `Pnn` to the end of the page.
      const last = lines.map((line) => /^P\d+ /.test(line)).lastIndexOf(true);
      const ended = last !== -1 && lines.slice(last).some((line) => /\(end \d+\)/.test(line));
      if (last !== -1 && !ended && lines.length - last < 2)
        broken.push(`page ${index + 1} ends with a one-line orphan: ${lines[last] ?? ''}`);
    });
    expect(broken).toEqual([]);
  });

  it('strands no heading at the foot of a page', () => {
    const stranded = pages.filter((lines) => /^Section \d+$/.test(lines.at(-1) ?? '')).map((lines) => lines.at(-1));
    expect(stranded).toEqual([]);
  });
});
