import { readTables, writeTables } from './sfnt-tables.js';

/** OpenType's names of the weights of the `wght` axis (OS/2 usWeightClass), by hundreds. */
const weightNames: Readonly<Record<number, string>> = {
  100: 'Thin',
  200: 'ExtraLight',
  300: 'Light',
  400: 'Regular',
  500: 'Medium',
  600: 'SemiBold',
  700: 'Bold',
  800: 'ExtraBold',
  900: 'Black',
};

/** Name ids this rewrites: family, subfamily, unique id, full name, PostScript name, typographic family and subfamily, variations PostScript prefix. */
const rewritten = new Set([1, 2, 3, 4, 6, 16, 17, 25]);

const windows = { platform: 3, encoding: 1, language: 0x409 } as const;

/** A weight name at the end of a family name, as a variable font's default instance has it. */
const trailingWeight = new RegExp(` (?:${Object.values(weightNames).join('|')}|Hairline|Heavy|Semibold|Extrabold|Ultralight)$`);

interface NameRecord {
  readonly platform: number;
  readonly encoding: number;
  readonly language: number;
  readonly id: number;
  readonly bytes: Uint8Array;
}

/**
 * A static instance of a variable font, made by pinning its `wght` axis at
 * `weight`, named for that weight. The instancer keeps the names of the
 * variable font's default instance, so every weight of Noto Serif JP or
 * Noto Emoji said "ExtraLight", and a PDF's font list (`pdffonts`, a print
 * shop's preflight) named a bold heading's font `NotoSerifJP-ExtraLight`.
 * The family, full and PostScript names and the subfamily become those of
 * the weight (`Noto Serif JP Bold`, `NotoSerifJP-Bold`), with typographic
 * family and subfamily names for weights other than regular and bold, as
 * OpenType asks; the variable font's other names stay. A font with no
 * Windows family name is returned as it is.
 */
export function withInstanceNames(font: Uint8Array, weight: number): Uint8Array {
  const tables = readTables(font);
  const name = tables.get('name');
  if (name === undefined) return font;
  const records = readNames(name);
  // The typographic family, else the family without the default instance's weight (`Noto Serif JP ExtraLight`).
  const family = windowsName(records, 16) ?? windowsName(records, 1)?.replace(trailingWeight, '');
  if (family === undefined || family === '') return font;
  const weightName = weightNames[Math.round(weight / 100) * 100] ?? `W${weight}`;
  const ribbi = weightName === 'Regular' || weightName === 'Bold';
  const postScript = `${family.replace(/[^A-Za-z0-9]/g, '')}-${weightName}`.slice(0, 63);
  const oldPostScript = windowsName(records, 6);
  const unique = windowsName(records, 3);
  const names = new Map<number, string>([
    [1, ribbi ? family : `${family} ${weightName}`],
    [2, ribbi ? weightName : 'Regular'],
    [4, `${family} ${weightName}`],
    [6, postScript],
  ]);
  if (!ribbi) names.set(16, family).set(17, weightName);
  if (unique !== undefined) names.set(3, oldPostScript === undefined ? unique : unique.replace(oldPostScript, postScript));
  const kept = records.filter((record) => !rewritten.has(record.id));
  const added = [...names].map(([id, text]): NameRecord => ({ ...windows, id, bytes: utf16(text) }));
  tables.set('name', writeNames([...kept, ...added]));
  return writeTables(font, tables);
}

function readNames(table: Uint8Array): NameRecord[] {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const storage = view.getUint16(4);
  const records: NameRecord[] = [];
  for (let index = 0; index < view.getUint16(2); index++) {
    const record = 6 + 12 * index;
    const offset = storage + view.getUint16(record + 10);
    records.push({
      platform: view.getUint16(record),
      encoding: view.getUint16(record + 2),
      language: view.getUint16(record + 4),
      id: view.getUint16(record + 6),
      bytes: table.subarray(offset, offset + view.getUint16(record + 8)),
    });
  }
  return records;
}

/** A name table of version 0 holding `records`, in the order the format asks. */
function writeNames(records: readonly NameRecord[]): Uint8Array {
  const sorted = [...records].sort((a, b) => a.platform - b.platform || a.encoding - b.encoding || a.language - b.language || a.id - b.id);
  const storage = 6 + 12 * sorted.length;
  const table = new Uint8Array(storage + sorted.reduce((sum, record) => sum + record.bytes.byteLength, 0));
  const view = new DataView(table.buffer);
  view.setUint16(2, sorted.length);
  view.setUint16(4, storage);
  let offset = 0;
  for (const [index, record] of sorted.entries()) {
    const at = 6 + 12 * index;
    for (const [shift, value] of [
      record.platform,
      record.encoding,
      record.language,
      record.id,
      record.bytes.byteLength,
      offset,
    ].entries()) {
      view.setUint16(at + 2 * shift, value);
    }
    table.set(record.bytes, storage + offset);
    offset += record.bytes.byteLength;
  }
  return table;
}

/** The Windows (UTF-16) English name of `id`, if the font has one. */
function windowsName(records: readonly NameRecord[], id: number): string | undefined {
  const record = records.find((candidate) => candidate.platform === 3 && candidate.id === id && candidate.language === windows.language);
  if (record === undefined) return undefined;
  const view = new DataView(record.bytes.buffer, record.bytes.byteOffset, record.bytes.byteLength);
  return String.fromCharCode(...Array.from({ length: record.bytes.byteLength >> 1 }, (_, index) => view.getUint16(2 * index)));
}

function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < text.length; index++) view.setUint16(2 * index, text.charCodeAt(index));
  return bytes;
}
