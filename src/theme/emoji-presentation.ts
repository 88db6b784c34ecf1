import { readTables, writeTables } from './sfnt-tables.js';

/**
 * A monochrome emoji font (Noto Emoji) that says it serves both emoji
 * presentations. Chromium sets an emoji followed by VS16 (`❤️`, `1️⃣`, `🏳️‍🌈`)
 * only in a font whose cmap format 14 lists that sequence, or in a colour font
 * (`HarfBuzzGetGlyph` in Blink's `harfbuzz_face.cc`). Noto Emoji lists only
 * VS15, so those emoji fell through to Noto Color Emoji, a bitmap font that
 * Chromium prints as Type 3, which print shops' preflight rejects. This gives
 * the font a format 14 subtable naming each of its characters as a default
 * variation sequence with VS15 and with VS16: the same outline either way.
 */
export function withEmojiPresentation(font: Uint8Array): Uint8Array {
  const tables = readTables(font);
  const cmap = tables.get('cmap');
  if (cmap === undefined) return font;
  tables.set('cmap', addVariationSequences(cmap));
  return writeTables(font, tables);
}

const textPresentation = 0xfe0e;
const emojiPresentation = 0xfe0f;

/** The `cmap` table with its format 14 subtable replaced by one that names every mapped character with VS15 and VS16. */
function addVariationSequences(cmap: Uint8Array): Uint8Array {
  const view = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength);
  const kept: { platform: number; encoding: number; subtable: Uint8Array }[] = [];
  const codePoints = new Set<number>();
  for (let index = 0; index < view.getUint16(2); index++) {
    const record = 4 + 8 * index;
    const offset = view.getUint32(record + 4);
    const format = view.getUint16(offset);
    if (format === 14) continue;
    const length = format >= 8 ? view.getUint32(offset + 4) : view.getUint16(offset + 2);
    const subtable = cmap.subarray(offset, offset + length);
    kept.push({ platform: view.getUint16(record), encoding: view.getUint16(record + 2), subtable });
    for (const point of mappedCodePoints(subtable)) codePoints.add(point);
  }
  kept.push({ platform: 0, encoding: 5, subtable: variationSubtable([...codePoints].sort((a, b) => a - b)) });
  kept.sort((a, b) => a.platform - b.platform || a.encoding - b.encoding);
  const header = 4 + 8 * kept.length;
  const out = new Uint8Array(header + kept.reduce((sum, { subtable }) => sum + subtable.byteLength, 0));
  const outView = new DataView(out.buffer);
  outView.setUint16(2, kept.length);
  let offset = header;
  for (const [index, { platform, encoding, subtable }] of kept.entries()) {
    outView.setUint16(4 + 8 * index, platform);
    outView.setUint16(6 + 8 * index, encoding);
    outView.setUint32(8 + 8 * index, offset);
    out.set(subtable, offset);
    offset += subtable.byteLength;
  }
  return out;
}

/** The characters a format 4 or 12 subtable maps (each segment's span: a few may map to no glyph, which does no harm). */
function mappedCodePoints(subtable: Uint8Array): number[] {
  const view = new DataView(subtable.buffer, subtable.byteOffset, subtable.byteLength);
  const points: number[] = [];
  const format = view.getUint16(0);
  if (format === 4) {
    const segments = view.getUint16(6) / 2;
    for (let segment = 0; segment < segments; segment++) {
      const end = view.getUint16(14 + 2 * segment);
      const start = view.getUint16(16 + 2 * segments + 2 * segment);
      for (let point = start; point <= end && point !== 0xffff; point++) points.push(point);
    }
  } else if (format === 12) {
    for (let group = 0; group < view.getUint32(12); group++) {
      const start = view.getUint32(16 + 12 * group);
      for (let point = start; point <= view.getUint32(20 + 12 * group); point++) points.push(point);
    }
  }
  return points;
}

/** A format 14 subtable with VS15 and VS16 records sharing one default-UVS list of `codePoints` (sorted). */
function variationSubtable(codePoints: readonly number[]): Uint8Array {
  const ranges: [number, number][] = [];
  for (const point of codePoints) {
    const last = ranges.at(-1);
    if (last && point === last[0] + last[1] + 1 && last[1] < 255) last[1]++;
    else ranges.push([point, 0]);
  }
  const records = [textPresentation, emojiPresentation];
  const defaults = 10 + 11 * records.length;
  const out = new Uint8Array(defaults + 4 + 4 * ranges.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, 14);
  view.setUint32(2, out.byteLength);
  view.setUint32(6, records.length);
  for (const [index, selector] of records.entries()) {
    const record = 10 + 11 * index;
    setUint24(view, record, selector);
    view.setUint32(record + 3, defaults);
    view.setUint32(record + 7, 0);
  }
  view.setUint32(defaults, ranges.length);
  for (const [index, [start, additional]] of ranges.entries()) {
    setUint24(view, defaults + 4 + 4 * index, start);
    view.setUint8(defaults + 7 + 4 * index, additional);
  }
  return out;
}

function setUint24(view: DataView, offset: number, value: number): void {
  view.setUint16(offset, value >>> 8);
  view.setUint8(offset + 2, value & 0xff);
}
