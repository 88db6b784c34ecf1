import type { Format } from '../model.js';
import { writeEpub } from './epub.js';
import { writeHtml } from './html.js';
import { writePdf } from './pdf.js';
import type { Writer } from './writer.js';

/** Every output format and the writer that makes it. A new format is one file and one entry here. */
export const writers: Readonly<Record<Format, Writer>> = {
  pdf: writePdf,
  epub: writeEpub,
  html: writeHtml,
};

/** Formats that need the browser. */
export const browserFormats: ReadonlySet<Format> = new Set(['pdf']);

export type { Writer, WriterContext } from './writer.js';
