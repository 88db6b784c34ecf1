import { PDFDocument } from 'pdf-lib';
import type { Meta } from '../../model.js';

/** Name written as the PDF's Creator and Producer. */
const producer = 'Folio';

/**
 * Stamp the document information dictionary: Title, Author, Subject,
 * Keywords, Language, Creator, Producer, and creation and modification dates
 * from the metadata (never the clock, so builds can be reproducible).
 */
export function stampMetadata(pdf: PDFDocument, meta: Meta): void {
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.authors.length > 0) pdf.setAuthor(meta.authors.join(', '));
  if (meta.description) pdf.setSubject(meta.description);
  // pdf-lib joins keywords with spaces; commas keep multi-word keywords apart.
  if (meta.keywordList.length > 0) pdf.setKeywords([meta.keywordList.join(', ')]);
  pdf.setLanguage(meta.lang);
  pdf.setCreator(producer);
  pdf.setProducer(producer);
  pdf.setCreationDate(meta.modified);
  pdf.setModificationDate(meta.modified);
}

/** `stampMetadata` on PDF bytes: load, stamp, save. */
export async function setPdfMetadata(bytes: Uint8Array, meta: Meta): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  stampMetadata(pdf, meta);
  return pdf.save({ updateFieldAppearances: false });
}
