import { deflateSync, inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFFlateStream, PDFRawStream, PDFRef, PDFStream, type PDFContext, type PDFDict } from 'pdf-lib';
import { entry, itemsOf, nameOf, numberOf, pdfName, resolve } from './pdf-values.js';

/**
 * A stream's decoded bytes. Flate, which is all Chromium writes, is
 * inflated by Node's zlib (pdf-lib's own inflater is several times slower);
 * anything else by pdf-lib.
 */
export function decodeStream(stream: PDFStream): Uint8Array {
  if (stream instanceof PDFFlateStream) return stream.getUnencodedContents();
  if (!(stream instanceof PDFRawStream)) return stream.getContents();
  const filter = stream.dict.get(pdfName('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray().map(nameOf) : filter === undefined ? [] : [nameOf(filter)];
  if (filters.length === 0) return stream.contents;
  const parameters = stream.dict.lookup(pdfName('DecodeParms'));
  if (filters.length === 1 && filters[0] === 'FlateDecode' && (numberOf(entry(stream.dict.context, parameters, 'Predictor')) ?? 1) <= 1) {
    return inflateSync(stream.contents);
  }
  return decodePDFRawStream(stream).decode();
}

/** A page's content: its `/Contents` streams decoded and joined (they are one stream, cut anywhere between tokens). */
export function pageContent(context: PDFContext, page: PDFDict): Uint8Array {
  const parts = itemsOf(context, page.get(pdfName('Contents')))
    .map((item) => resolve(context, item))
    .filter((item) => item instanceof PDFStream)
    .map(decodeStream);
  if (parts.length === 1 && parts[0]) return parts[0];
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length + 1, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    joined[offset + part.length] = 0x0a;
    offset += part.length + 1;
  }
  return joined;
}

/**
 * Flate-compress content with Node's zlib at its default level, as Chromium
 * does. Synchronously: zlib's thread pool costs twice the CPU time per
 * page and gains nothing on a busy machine.
 */
export function compress(bytes: Uint8Array): Uint8Array {
  return deflateSync(bytes);
}

/** Give a page one new content stream of compressed bytes, in the place of its first one. */
export function setPageContent(context: PDFContext, page: PDFDict, compressed: Uint8Array): void {
  const stream = context.stream(compressed, { Filter: 'FlateDecode' });
  const contents = page.get(pdfName('Contents'));
  if (contents instanceof PDFRef && context.lookup(contents) instanceof PDFRawStream) context.assign(contents, stream);
  else page.set(pdfName('Contents'), context.register(stream));
}

/** Give a form XObject new compressed content, keeping the rest of its dictionary (box, resources, `/StructParents`). */
export function setFormContent(context: PDFContext, ref: PDFRef, form: PDFStream, compressed: Uint8Array): void {
  const stream = context.stream(compressed);
  for (const [key, value] of form.dict.entries()) {
    if (!['Length', 'Filter', 'DecodeParms'].includes(key.decodeText())) stream.dict.set(key, value);
  }
  stream.dict.set(pdfName('Filter'), pdfName('FlateDecode'));
  context.assign(ref, stream);
}
