import { PDFNumber, type PDFDict, type PDFObject, type PDFRef } from 'pdf-lib';
import { entry, numberOf, pdfName, resolve } from './pdf-values.js';
import type { StructKid, StructTree } from './struct-tree.js';

/** A structure element made by a fix. */
export interface NewElement {
  readonly ref: PDFRef;
  readonly dict: PDFDict;
}

/** Make and register an empty structure element of `type` under `parent`. */
export function newElement(tree: StructTree, type: string, parent: PDFRef): NewElement {
  const dict = tree.context.obj({ Type: 'StructElem', S: type, P: parent, K: [] });
  return { ref: tree.context.register(dict), dict };
}

/**
 * Give `element` the kids `kids` in order, each one's back pointer made to
 * point at it: `/P` for an element, the parent tree for marked content and
 * annotations. An integer MCID stays an integer only where the element's
 * `/Pg` is its page; elsewhere it becomes a marked-content reference.
 */
export function setKids(tree: StructTree, element: NewElement, kids: readonly StructKid[]): void {
  const items: PDFObject[] = [];
  for (const kid of kids) items.push(adopt(tree, element, kid));
  element.dict.set(pdfName('K'), tree.context.obj(items));
  tree.forget(element.dict);
}

/** Point one kid back at `element`, and say how `element` lists it. */
function adopt(tree: StructTree, element: NewElement, kid: StructKid): PDFObject {
  const { context } = tree;
  if (kid.kind === 'element') {
    kid.dict.set(pdfName('P'), element.ref);
    return kid.raw;
  }
  if (kid.kind === 'object') {
    const key = numberOf(entry(context, resolve(context, kid.object), 'StructParent'));
    if (key !== undefined) tree.parentTree.setObjectOwner(key, element.ref);
    return kid.raw;
  }
  if (kid.kind !== 'content') return kid.raw;
  const key = tree.structParentsOf(kid);
  if (key !== undefined) tree.parentTree.setContentOwner(key, kid.mcid, element.ref);
  // An MCR carries its own page; an integer MCID is on the element's.
  if (!(kid.raw instanceof PDFNumber) || kid.page === undefined) return kid.raw;
  const page = element.dict.get(pdfName('Pg'));
  if (page === undefined) element.dict.set(pdfName('Pg'), kid.page);
  else if (String(page) !== String(kid.page)) return context.obj({ Type: 'MCR', Pg: kid.page, MCID: kid.mcid });
  return kid.raw;
}
