import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { withInstanceNames } from '../../src/theme/instance-names.js';
import { fontChecksum } from '../helpers/font-checksum.js';

/** The Windows English names of a TrueType font, by name id. */
function windowsNames(font: Uint8Array): Map<number, string> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const names = new Map<number, string>();
  for (let table = 0; table < view.getUint16(4); table++) {
    if (String.fromCharCode(...font.subarray(12 + 16 * table, 16 + 16 * table)) !== 'name') continue;
    const name = view.getUint32(20 + 16 * table);
    const storage = name + view.getUint16(name + 4);
    for (let record = 0; record < view.getUint16(name + 2); record++) {
      const at = name + 6 + 12 * record;
      if (view.getUint16(at) !== 3 || view.getUint16(at + 4) !== 0x409) continue;
      const offset = storage + view.getUint16(at + 10);
      const units = Array.from({ length: view.getUint16(at + 8) / 2 }, (_, index) => view.getUint16(offset + 2 * index));
      names.set(view.getUint16(at + 6), String.fromCharCode(...units));
    }
  }
  return names;
}

describe('an instance of a variable font', async () => {
  const dir = path.dirname(createRequire(import.meta.url).resolve('@fontsource-variable/noto-serif-jp/package.json'));
  // A slice with Latin letters (fontsource's files are named by slice number).
  const slice = await readFile(path.join(dir, 'files', 'noto-serif-jp-119-wght-normal.woff2'));
  const instance = (weight: number) => subsetFont(slice, 'abc', { targetFormat: 'truetype', variationAxes: { wght: weight } });

  it('keeps the default instance’s name from the instancer, which the PDF would show', async () => {
    expect(windowsNames(await instance(700)).get(6)).not.toMatch(/-Bold$/);
  });

  it('is named for its weight: family, full and PostScript names, and a valid font still', async () => {
    const bold = withInstanceNames(await instance(700), 700);
    const names = windowsNames(bold);
    expect(names.get(1)).toBe('Noto Serif JP');
    expect(names.get(2)).toBe('Bold');
    expect(names.get(4)).toBe('Noto Serif JP Bold');
    expect(names.get(6)).toBe('NotoSerifJP-Bold');
    expect(names.get(3)).toMatch(/;NotoSerifJP-Bold;/);
    expect(fontChecksum(bold)).toBe(0xb1b0afba);
    // HarfBuzz reads every table of it again.
    expect((await subsetFont(Buffer.from(bold), 'a', { targetFormat: 'truetype' })).byteLength).toBeGreaterThan(0);
  });

  it('gets typographic family and subfamily names for a weight other than regular and bold', async () => {
    const names = windowsNames(withInstanceNames(await instance(500), 500));
    expect([names.get(1), names.get(2), names.get(16), names.get(17), names.get(6)]).toEqual([
      'Noto Serif JP Medium',
      'Regular',
      'Noto Serif JP',
      'Medium',
      'NotoSerifJP-Medium',
    ]);
  });
});
