/**
 * A checksum over a whole TrueType font, computed here rather than by
 * Folio's own code: the `head` table's adjustment makes it 0xB1B0AFBA in a
 * font whose checksums are right.
 */
export function fontChecksum(font: Uint8Array): number {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  let sum = 0;
  for (let offset = 0; offset < font.byteLength; offset += 4) sum = (sum + view.getUint32(offset)) >>> 0;
  return sum;
}
