import { PDFArray, PDFDict, PDFName, type PDFDocument } from 'pdf-lib';

/** The longest name PDF 1.7 allows, in bytes as written (Annex C.2); poppler reports a longer one as a syntax error. */
const longestName = 127;

/**
 * Rename the named destinations whose names are too long for PDF, and the
 * links that lead to them. Chromium names each destination after the
 * element's id, percent-encoded and then escaped again: a heading id of
 * ten Arabic or Japanese letters is already a name of 130 bytes and more
 * (`/#25D8#25A7...`), which poppler reports as a syntax error on every
 * page that links to it. Short names (`/d1`, `/d2`...) replace them; the
 * others stay as they are.
 */
export function shortenDestinationNames(pdf: PDFDocument): void {
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return;
  const renamed = new Map<PDFName, PDFName>();
  let next = 0;
  for (const [name, destination] of dests.entries()) {
    if (name.sizeInBytes() - 1 <= longestName) continue;
    let short: PDFName;
    do short = PDFName.of(`d${(next += 1)}`);
    while (dests.has(short));
    dests.delete(name);
    dests.set(short, destination);
    renamed.set(name, short);
  }
  if (renamed.size === 0) return;
  for (const page of pdf.getPages()) {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let index = 0; index < (annotations?.size() ?? 0); index += 1) {
      const annotation = annotations?.lookupMaybe(index, PDFDict);
      if (annotation) renameDestination(annotation, renamed);
      const action = annotation?.lookupMaybe(PDFName.of('A'), PDFDict);
      if (action) renameDestination(action, renamed, 'D');
    }
  }
}

/** Point a link (`/Dest`) or a go-to action (`/D`) that names a renamed destination at its new name. */
function renameDestination(dict: PDFDict, renamed: ReadonlyMap<PDFName, PDFName>, key = 'Dest'): void {
  const destination = dict.get(PDFName.of(key));
  const short = destination instanceof PDFName ? renamed.get(destination) : undefined;
  if (short) dict.set(PDFName.of(key), short);
}
