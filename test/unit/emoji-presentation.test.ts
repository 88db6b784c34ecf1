import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { withEmojiPresentation } from '../../src/theme/emoji-presentation.js';
import { fontChecksum } from '../helpers/font-checksum.js';

/** The characters each variation selector of a font's cmap format 14 names as default sequences. */
function defaultSequences(font: Uint8Array): Map<number, number[]> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const sequences = new Map<number, number[]>();
  const uint24 = (offset: number): number => (view.getUint16(offset) << 8) | view.getUint8(offset + 2);
  for (let table = 0; table < view.getUint16(4); table++) {
    if (String.fromCharCode(...font.subarray(12 + 16 * table, 16 + 16 * table)) !== 'cmap') continue;
    const cmap = view.getUint32(20 + 16 * table);
    for (let record = 0; record < view.getUint16(cmap + 2); record++) {
      const subtable = cmap + view.getUint32(cmap + 8 + 8 * record);
      if (view.getUint16(subtable) !== 14) continue;
      for (let selector = 0; selector < view.getUint32(subtable + 6); selector++) {
        const entry = subtable + 10 + 11 * selector;
        const list = subtable + view.getUint32(entry + 3);
        const points: number[] = [];
        for (let range = 0; range < view.getUint32(list); range++) {
          const start = uint24(list + 4 + 4 * range);
          for (let point = start; point <= start + view.getUint8(list + 7 + 4 * range); point++) points.push(point);
        }
        sequences.set(uint24(entry), points);
      }
    }
  }
  return sequences;
}

describe('a monochrome emoji font made to serve emoji presentation', () => {
  it('names each of its characters with VS15 and VS16 as default sequences, and stays a valid font', async () => {
    const dir = path.dirname(createRequire(import.meta.url).resolve('@fontsource-variable/noto-emoji/package.json'));
    const slice = await readFile(path.join(dir, 'files/noto-emoji-2-wght-normal.woff2'));
    // Noto Emoji's own format 14 names VS15 only: Chromium then leaves `❤️` to a colour font.
    const text = '❤\uFE0F1\u20E3';
    const font = await subsetFont(slice, text, { targetFormat: 'truetype', variationAxes: { wght: 400 } });
    expect(defaultSequences(font).get(0xfe0f)).toBeUndefined();
    const made = withEmojiPresentation(font);
    const sequences = defaultSequences(made);
    for (const selector of [0xfe0e, 0xfe0f]) expect(sequences.get(selector)).toEqual(expect.arrayContaining([0x31, 0x2764]));
    expect(fontChecksum(made)).toBe(0xb1b0afba);
    // The font still subsets (harfbuzz reads every table) to the same glyphs.
    const again = await subsetFont(Buffer.from(made), text, { targetFormat: 'truetype' });
    expect(again.byteLength).toBeGreaterThan(font.byteLength / 2);
  });
});
