import { PDFRef, type PDFDocument } from 'pdf-lib';
import type { Meta } from '../../model.js';
import { pdfName } from './ua/pdf-values.js';
import { xmpPacket, type XmpFields } from './ua/xmp.js';

/** Name written as the PDF's Creator and Producer. */
const producer = 'Folio';

/** How a PDF is stamped. */
export interface StampOptions {
  /** Whether the file claims PDF/UA-1 in its XMP (`pdfuaid:part` 1): a tagged PDF the PDF/UA pass has finished does. */
  readonly pdfUa: boolean;
}

/**
 * The document's information, once: the information dictionary and the XMP
 * packet are both written from these values, so that they agree (a reader
 * that trusts one sees what a reader of the other sees). Dates come from
 * the metadata, never the clock, so builds can be reproducible.
 */
function documentFields(meta: Meta, options: StampOptions): XmpFields {
  return {
    title: meta.title,
    creators: meta.authors,
    description: meta.description,
    keywords: meta.keywordList,
    language: meta.lang,
    created: meta.modified,
    modified: meta.modified,
    creatorTool: producer,
    producer,
    documentId: meta.id,
    pdfUa: options.pdfUa,
  };
}

/**
 * Stamp the document's metadata: the information dictionary (Title, Author,
 * Subject, Keywords, Creator, Producer, dates), the catalog's language and
 * the XMP packet (Dublin Core, XMP basic, Adobe PDF, and PDF/UA
 * identification when `options.pdfUa`); viewers show the title, not the file
 * name (`/DisplayDocTitle`).
 */
export function stampMetadata(pdf: PDFDocument, meta: Meta, options: StampOptions): void {
  const fields = documentFields(meta, options);
  pdf.setTitle(fields.title, { showInWindowTitleBar: true });
  if (fields.creators.length > 0) pdf.setAuthor(fields.creators.join(', '));
  if (fields.description) pdf.setSubject(fields.description);
  // pdf-lib joins keywords with spaces; commas keep multi-word keywords apart.
  if (fields.keywords.length > 0) pdf.setKeywords([fields.keywords.join(', ')]);
  pdf.setLanguage(fields.language);
  pdf.setCreator(fields.creatorTool);
  pdf.setProducer(fields.producer);
  pdf.setCreationDate(fields.created);
  pdf.setModificationDate(fields.modified);
  // Uncompressed, as XMP is meant to be: tools that do not parse PDF can still find it.
  const stream = pdf.context.stream(xmpPacket(fields), { Type: 'Metadata', Subtype: 'XML' });
  const existing = pdf.catalog.get(pdfName('Metadata'));
  if (existing instanceof PDFRef) pdf.context.assign(existing, stream);
  else pdf.catalog.set(pdfName('Metadata'), pdf.context.register(stream));
}
