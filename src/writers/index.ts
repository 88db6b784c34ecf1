import type { Format } from '../model.js';
import type { Writer } from './writer.js';

/**
 * Every output format and the writer that makes it. A new format is one file
 * and one entry here. Writers load on first use: the PDF writer pulls in
 * Puppeteer and pdf-lib, the EPUB writer epub-gen-memory, and a build that
 * does not need them starts faster without them (see bench/run.js).
 */
export const writers: Readonly<Record<Format, () => Promise<Writer>>> = {
  pdf: async () => (await import('./pdf/pdf.js')).writePdf,
  epub: async () => (await import('./epub/epub.js')).writeEpub,
  html: async () => (await import('./html.js')).writeHtml,
};

/** Formats that need the browser. */
export const browserFormats: ReadonlySet<Format> = new Set(['pdf']);

export type { Artifact, Writer, WriterContext, WriterOutput, WriterWarning } from './writer.js';
