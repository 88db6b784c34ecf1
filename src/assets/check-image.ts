import { imageSize } from 'image-size';
import { toError } from '../errors.js';

/** Most pixels an embedded image may have: 100 million (400 MB once decoded), far more than a page shows. */
export const maxPixels = 100_000_000;

/**
 * What is wrong with an image's bytes, read from its header by image-size,
 * or `undefined` when it can be embedded: a PNG, JPEG or GIF whose header is
 * damaged or gives no size, or one with more than `maxPixels` (a small file
 * can declare a huge image, which the browser would then decode). SVG is
 * text and is not checked here. A signature check alone let a corrupt PNG
 * through (issue 16).
 */
export function imageProblem(bytes: Uint8Array, type: string): string | undefined {
  if (type === 'image/svg+xml') return undefined;
  let size: { width: number; height: number };
  try {
    size = imageSize(bytes);
  } catch (error) {
    return `its header is damaged (${toError(error).message})`;
  }
  if (size.width === 0 || size.height === 0) return 'its header is damaged (it gives no width or height)';
  if (size.width * size.height > maxPixels) {
    return `it is ${size.width} × ${size.height} pixels, more than the ${maxPixels / 1e6} million Folio embeds: scale it down`;
  }
  return undefined;
}
