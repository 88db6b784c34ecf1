import { PDFArray, PDFDict, PDFNumber, type PDFDocument, type PDFObject, type PDFRef } from 'pdf-lib';
import { dictEntry, entry, itemsOf, nameOf, numberOf, numbersOf, pdfName, resolve } from './ua/pdf-values.js';
import { StructTree } from './ua/struct-tree.js';

/** Where a page went on a handout: its sheet, the form XObject that holds its content, and the form's matrix on the sheet. */
export interface Placement {
  readonly sheet: PDFRef;
  readonly form: PDFRef;
  readonly matrix: readonly [number, number, number, number, number, number];
}

/**
 * Make everything that pointed at the pages point at their sheets
 * (`placements`, by page reference): marked-content kids of the structure
 * tree become references into the page's form (`/Stm`) on its sheet, link
 * annotations move to the sheet with their rectangles placed, and
 * destinations (named, in annotations, in the outline) lead to the place
 * on the sheet.
 */
export function moveToSheets(pdf: PDFDocument, placements: ReadonlyMap<string, Placement>): void {
  const tree = StructTree.of(pdf);
  if (tree) moveStructure(tree, placements);
  const retarget = destinationMover(pdf, placements);
  for (const page of pdf.getPages()) {
    const place = placements.get(String(page.ref));
    if (place) moveAnnotations(pdf, page.node, place, retarget);
  }
  const names = dictEntry(pdf.context, pdf.catalog, 'Dests');
  for (const [, value] of names?.entries() ?? []) retarget(value);
  walkNameTree(pdf, dictEntry(pdf.context, dictEntry(pdf.context, pdf.catalog, 'Names'), 'Dests'), retarget);
  walkOutline(pdf, dictEntry(pdf.context, dictEntry(pdf.context, pdf.catalog, 'Outlines'), 'First'), retarget);
}

/** Marked content on a page becomes marked content of its form on its sheet; annotation kids and `/Pg` name the sheet. */
function moveStructure(tree: StructTree, placements: ReadonlyMap<string, Placement>): void {
  const { context } = tree;
  for (const element of tree.elements) {
    let changed = false;
    const items: PDFObject[] = [];
    for (const kid of tree.kids(element.dict)) {
      const place = kid.kind === 'content' || kid.kind === 'object' ? placements.get(String(kid.page)) : undefined;
      const reference = kid.kind === 'object' ? resolve(context, kid.raw) : undefined;
      if (place && reference instanceof PDFDict) reference.set(pdfName('Pg'), place.sheet);
      if (place && kid.kind === 'content') {
        items.push(context.obj({ Type: 'MCR', Pg: place.sheet, Stm: kid.stream ?? place.form, MCID: kid.mcid }));
        changed = true;
      } else items.push(kid.raw);
    }
    const page = placements.get(String(element.dict.get(pdfName('Pg'))));
    if (page) element.dict.set(pdfName('Pg'), page.sheet);
    if (changed) {
      element.dict.set(pdfName('K'), context.obj(items));
      tree.forget(element.dict);
    }
  }
}

/** Move a page's annotations to its sheet, rectangles placed, destinations retargeted. */
function moveAnnotations(pdf: PDFDocument, page: PDFDict, place: Placement, retarget: (value: PDFObject | undefined) => void): void {
  const { context } = pdf;
  const annotations = itemsOf(context, page.get(pdfName('Annots')));
  if (annotations.length === 0) return;
  const sheet = context.lookup(place.sheet, PDFDict);
  const existing = entry(context, sheet, 'Annots');
  const onSheet = existing instanceof PDFArray ? existing : context.obj([]);
  for (const item of annotations) {
    const annotation = resolve(context, item);
    if (!(annotation instanceof PDFDict)) continue;
    const rect = numbersOf(context, annotation.get(pdfName('Rect')));
    if (rect) annotation.set(pdfName('Rect'), context.obj(placeBox(place.matrix, rect)));
    const quads = numbersOf(context, annotation.get(pdfName('QuadPoints')));
    if (quads) annotation.set(pdfName('QuadPoints'), context.obj(placePoints(place.matrix, quads)));
    annotation.set(pdfName('P'), place.sheet);
    retarget(annotation.get(pdfName('Dest')));
    retarget(entry(context, dictEntry(context, annotation, 'A'), 'D'));
    onSheet.push(item);
  }
  sheet.set(pdfName('Annots'), onSheet);
  sheet.set(pdfName('Tabs'), pdfName('S'));
  page.delete(pdfName('Annots'));
}

/** Which operands of an explicit destination are x and which y, after the page and the type (ISO 32000-1, table 151). */
const destinationAxes: Readonly<Record<string, readonly ('x' | 'y')[]>> = {
  XYZ: ['x', 'y'],
  FitH: ['y'],
  FitBH: ['y'],
  FitV: ['x'],
  FitBV: ['x'],
  FitR: ['x', 'y', 'x', 'y'],
};

/** A function that makes an explicit destination (`[page /XYZ left top zoom]`, or `<< /D [...] >>`) lead to the page's place on its sheet. */
function destinationMover(pdf: PDFDocument, placements: ReadonlyMap<string, Placement>): (value: PDFObject | undefined) => void {
  const { context } = pdf;
  const done = new Set<PDFArray>();
  return (value) => {
    const found = resolve(context, value);
    const array = found instanceof PDFDict ? resolve(context, found.get(pdfName('D'))) : found;
    if (!(array instanceof PDFArray) || done.has(array)) return;
    done.add(array);
    const place = placements.get(String(array.get(0)));
    if (!place) return;
    array.set(0, place.sheet);
    const [scale, , , , e, f] = place.matrix;
    const type = nameOf(array.get(1));
    const axes = destinationAxes[type ?? ''] ?? [];
    axes.forEach((axis, index) => {
      const coordinate = numberOf(resolve(context, array.get(index + 2)));
      if (coordinate !== undefined) array.set(index + 2, PDFNumber.of(scale * coordinate + (axis === 'x' ? e : f)));
    });
  };
}

/** Visit the values of a name tree. */
function walkNameTree(pdf: PDFDocument, node: PDFDict | undefined, visit: (value: PDFObject | undefined) => void, depth = 0): void {
  if (!node || depth > 32) return;
  const names = itemsOf(pdf.context, node.get(pdfName('Names')));
  for (let index = 1; index < names.length; index += 2) visit(names[index]);
  for (const kid of itemsOf(pdf.context, node.get(pdfName('Kids')))) walkNameTree(pdf, asDict(pdf, kid), visit, depth + 1);
}

/** Visit the destinations of the outline's items. */
function walkOutline(pdf: PDFDocument, first: PDFDict | undefined, visit: (value: PDFObject | undefined) => void, depth = 0): void {
  const seen = new Set<PDFDict>();
  for (let item = first; item && !seen.has(item) && depth < 64; item = dictEntry(pdf.context, item, 'Next')) {
    seen.add(item);
    visit(item.get(pdfName('Dest')));
    visit(entry(pdf.context, dictEntry(pdf.context, item, 'A'), 'D'));
    walkOutline(pdf, dictEntry(pdf.context, item, 'First'), visit, depth + 1);
  }
}

/** A value as a dictionary, references followed. */
function asDict(pdf: PDFDocument, value: PDFObject): PDFDict | undefined {
  const found = resolve(pdf.context, value);
  return found instanceof PDFDict ? found : undefined;
}

/** The box `[x0 y0 x1 y1]` placed by the matrix (scale and translation). */
function placeBox(matrix: Placement['matrix'], [x0 = 0, y0 = 0, x1 = 0, y1 = 0]: readonly number[]): number[] {
  const [a, , , d, e, f] = matrix;
  return [a * x0 + e, d * y0 + f, a * x1 + e, d * y1 + f];
}

/** Points `x y x y …` placed by the matrix. */
function placePoints(matrix: Placement['matrix'], points: readonly number[]): number[] {
  const [a, , , d, e, f] = matrix;
  return points.map((value, index) => (index % 2 === 0 ? a * value + e : d * value + f));
}
