import { PDFArray, PDFNull, type PDFContext, type PDFDict, type PDFObject } from 'pdf-lib';
import { numberTreeSlots, pdfName, resolve, type NumberTreeSlot } from './pdf-values.js';

/**
 * The structure tree's `/ParentTree`, read once: which element owns each
 * marked-content sequence of a content stream (by the stream's
 * `/StructParents` and the MCID) and each annotation (by its `/StructParent`).
 * Changes are made in place, in the tree's own arrays.
 */
export class ParentTree {
  readonly #context: PDFContext;
  readonly #slots: Map<number, NumberTreeSlot>;

  /** The parent tree of a `/StructTreeRoot`. */
  constructor(context: PDFContext, root: PDFDict) {
    this.#context = context;
    this.#slots = numberTreeSlots(context, root.get(pdfName('ParentTree')));
  }

  /** The value stored for `key`, references followed. */
  #value(key: number): PDFObject | undefined {
    const slot = this.#slots.get(key);
    return slot && resolve(this.#context, slot.nums.get(slot.index));
  }

  /** The element that owns the annotation (or object) whose `/StructParent` is `key`, as stored. */
  objectOwner(key: number): PDFObject | undefined {
    const slot = this.#slots.get(key);
    return slot?.nums.get(slot.index);
  }

  /** Make `owner` the element of the annotation whose `/StructParent` is `key`. */
  setObjectOwner(key: number, owner: PDFObject): void {
    const slot = this.#slots.get(key);
    slot?.nums.set(slot.index, owner);
  }

  /** Make `owner` (or nobody, `undefined`) own MCID `mcid` of the content stream whose `/StructParents` is `key`. */
  setContentOwner(key: number, mcid: number, owner: PDFObject | undefined): void {
    const owners = this.#value(key);
    if (owners instanceof PDFArray && mcid < owners.size()) owners.set(mcid, owner ?? PDFNull);
  }
}
