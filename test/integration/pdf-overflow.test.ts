import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { project } from '../helpers/project.js';
import { pdfText } from '../helpers/tools.js';

/**
 * Runs with no break opportunity wider than the column: Chromium clips what
 * passes the page area, and the words were lost from the page. Each cell of
 * the table and each path holds one marker letter, so counting them in the
 * printed text counts what reached the paper, however the runs broke.
 */
const cells = 7;
const rows = 4;
const table = [
  `| ${Array.from({ length: cells }, (_, column) => `Heading_${column}`).join(' | ')} |`,
  `| ${Array.from({ length: cells }, () => '---').join(' | ')} |`,
  ...Array.from(
    { length: rows },
    (_, row) => `| ${Array.from({ length: cells }, (_, column) => `:long_shortcode_name_${row}${column}_Q:`).join(' | ')} |`,
  ),
].join('\n');
const paths = Array.from({ length: 8 }, (_, index) => `\`/proc/xxx/item${index}Z\``).join('、');
const markdown = `---\ntitle: Overflow\nlang: ja\n---\n\n${table}\n\n例えば、${paths}(ここで、xxxはプロセスID)。\n\nAn address: https://example.org/${'segment'.repeat(30)}W/end\n`;

let text: string;

beforeAll(async () => {
  const dir = await project({ 'content/overflow.md': markdown });
  const result = await build({ cwd: dir, inputs: ['content'], outDir: 'out', formats: ['pdf'] });
  expect(result.ok).toBe(true);
  text = await pdfText(path.join(dir, 'out/overflow.pdf'));
});

const count = (letter: string): number => text.split(letter).length - 1;

describe('runs wider than the column', () => {
  it('print every cell of a table of many long cells', () => {
    expect(count('Q')).toBe(cells * rows);
    expect(count('H')).toBe(cells);
  });

  it('print every path of inline code in Japanese text, where no line may break before a slash', () => {
    expect(count('Z')).toBe(8);
    expect(text).toContain('(ここで、xxxはプロセスID)。');
  });

  it('print the whole of a long address', () => {
    expect(count('W')).toBe(1);
    expect(text.replace(/\s+/g, '')).toContain(`${'segment'.repeat(30)}W/end`);
  });
});
