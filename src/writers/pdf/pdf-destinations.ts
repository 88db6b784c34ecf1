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

/**
 * The 1-based page of each named destination, by the id of the element it
 * leads to. Chromium names a destination after the id, percent-encoded
 * (`%D8%A7...` for Arabic letters), and writes one for every element a link
 * of the page leads to, whether or not it tags the PDF or writes an outline.
 */
export function destinationPages(pdf: PDFDocument): Map<string, number> {
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const pageIndex = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index]));
  const named: [string, number][] = [];
  for (const [name, destination] of dests?.entries() ?? []) {
    const target = pdf.context.lookup(destination);
    const array = target instanceof PDFDict ? target.lookup(PDFName.of('D')) : target;
    const page = array instanceof PDFArray ? pageIndex.get(String(array.get(0))) : undefined;
    if (page !== undefined) named.push([new TextDecoder().decode(name.asBytes()), page + 1]);
  }
  // Names as written first, so that an id that only looks percent-encoded (`100%25`) keeps its own page.
  const pages = new Map(named);
  for (const [name, page] of named) {
    const id = percentDecoded(name);
    if (!pages.has(id)) pages.set(id, page);
  }
  return pages;
}

function percentDecoded(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
