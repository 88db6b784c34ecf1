import { categories, type Category, type Counts } from './structure.js';

/** Whether an output's count of one category is close enough to the reference's. */
export type Tolerance = (category: Category, reference: number, output: number) => boolean;

/** The comparison of outputs with the reference: a table for people, and the cells that fail. */
export interface Comparison {
  /** `html paragraphs: 123, reference 130`, one per failing cell. */
  readonly failures: string[];
  /** Category by category: the reference, then each output, a failing cell marked `✗`. */
  readonly table: string;
}

/** Compare outputs' counts (by name: `html`, `epub`) with the reference's. */
export function compareCounts(reference: Counts, outputs: Record<string, Counts>, tolerance: Tolerance): Comparison {
  const names = Object.keys(outputs);
  const failures: string[] = [];
  const rows = categories.map((category) => {
    const cells = names.map((name) => {
      const value = outputs[name]?.[category] ?? 0;
      const ok = tolerance(category, reference[category], value);
      if (!ok) failures.push(`${name} ${category}: ${value}, reference ${reference[category]}`);
      return `${value}${ok ? '  ' : ' ✗'}`;
    });
    return [category, String(reference[category]), ...cells];
  });
  const all = [['', 'reference', ...names], ...rows];
  const widths = all[0]?.map((_, column) => Math.max(...all.map((row) => row[column]?.length ?? 0))) ?? [];
  const table = all
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '))
    .join('\n');
  return { failures, table };
}
