import { readFile } from 'node:fs/promises';
import { normalise } from './text.js';
import { pdfText } from './tools.js';

/**
 * A PDF's text as a reader compares it: `pdftotext`'s reading, then
 * `normalise` (typographic quotes and dashes folded to ASCII, white space
 * collapsed).
 */
export async function readPdfText(file: string): Promise<string> {
  return normalise(await pdfText(file));
}

/** An HTML output as written. */
export async function readHtml(file: string): Promise<string> {
  return readFile(file, 'utf8');
}
