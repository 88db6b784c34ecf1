/** Image media types Folio embeds (the EPUB 3 core image types), by file extension. */
export const imageTypesByExtension: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

/** The usual extension of each image media type, for names Folio gives embedded files. */
export const extensionOfImageType: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
};

/**
 * The media type the bytes really are, from their signature (PNG, JPEG, GIF)
 * or, for SVG, an `<svg` element near the start of UTF-8 text; `undefined`
 * when none matches.
 */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  const starts = (...signature: number[]): boolean => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  if (!head.includes('\uFFFD') && /^\uFEFF?\s*</.test(head) && /<svg[\s>]/.test(head)) return 'image/svg+xml';
  return undefined;
}

/** A reader's name for a media type, for messages: `PNG`, `JPEG`, `GIF`, `SVG`. */
export function imageTypeName(type: string | undefined): string {
  return type === undefined ? 'not an image Folio knows' : (extensionOfImageType[type] ?? type).replace('jpg', 'jpeg').toUpperCase();
}
