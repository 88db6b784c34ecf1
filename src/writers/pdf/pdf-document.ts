import { PDFDocument, ParseSpeeds, type SaveOptions } from 'pdf-lib';

// pdf-lib hands the event loop back every 100 objects it parses and every 50 it writes, through
// a `setTimeout` each time (for a browser tab's UI). A book's PDF has tens of thousands of
// objects, and on a busy machine each of those timers waits for the scheduler: loading and saving
// the corpus book's 2.4 MB PDF took 19 s of its 57 s PDF stage (issue 13), for about 2 s of work.
// Only the yielding differs: the bytes are the same. The cost is that the event loop is held for
// that work (about a second for a book) instead of being shared with the other documents of a batch.

/** A PDF's bytes as a pdf-lib document, parsed in one go, its metadata left as it is. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** A pdf-lib document's bytes, written in one go. */
export function savePdf(pdf: PDFDocument, options: Omit<SaveOptions, 'objectsPerTick'> = {}): Promise<Uint8Array> {
  return pdf.save({ ...options, objectsPerTick: Number.POSITIVE_INFINITY });
}
