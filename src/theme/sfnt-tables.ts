// The table directory of a TrueType (sfnt) font: read it, and write a font of changed tables.

/** A TrueType font's tables, by tag. */
export type Tables = Map<string, Uint8Array>;

/** The tables of a TrueType font, by tag, in the order of its table directory. */
export function readTables(font: Uint8Array): Tables {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables: Tables = new Map();
  for (let index = 0; index < view.getUint16(4); index++) {
    const record = 12 + 16 * index;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    tables.set(tag, font.subarray(offset, offset + view.getUint32(record + 12)));
  }
  return tables;
}

/** A font of `tables` (the directory sorted by tag, as the format asks), with its checksums. */
export function writeTables(original: Uint8Array, tables: Tables): Uint8Array {
  const tags = [...tables.keys()].sort();
  const padded = (length: number): number => (length + 3) & ~3;
  let size = 12 + 16 * tags.length;
  for (const tag of tags) size += padded(tables.get(tag)?.byteLength ?? 0);
  const font = new Uint8Array(size);
  const view = new DataView(font.buffer);
  font.set(original.subarray(0, 12));
  let offset = 12 + 16 * tags.length;
  for (const [index, tag] of tags.entries()) {
    const table = tables.get(tag) ?? new Uint8Array();
    const record = 12 + 16 * index;
    font.set(new TextEncoder().encode(tag), record);
    font.set(table, offset);
    if (tag === 'head') view.setUint32(offset + 8, 0);
    view.setUint32(record + 4, checksum(font.subarray(offset, offset + padded(table.byteLength))));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.byteLength);
    offset += padded(table.byteLength);
  }
  const head = tags.indexOf('head');
  if (head >= 0) view.setUint32(view.getUint32(12 + 16 * head + 8) + 8, (0xb1b0afba - checksum(font)) >>> 0);
  return font;
}

function checksum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let offset = 0; offset < bytes.byteLength; offset += 4) sum = (sum + view.getUint32(offset)) >>> 0;
  return sum;
}
