import { PDFDict, PDFNumber, PDFRef, PDFStream, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib';
import { ParentTree } from './parent-tree.js';
import { dictEntry, entry, itemsOf, nameOf, numberOf, pdfName, resolve } from './pdf-values.js';

/** The standard structure types of ISO 32000-1 (PDF 1.7), 14.8.4: the ones PDF/UA-1 accepts unmapped. */
const standardTypes = new Set([
  ...['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private'],
  ...['P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot'],
  ...['Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP'],
  ...['Figure', 'Formula', 'Form'],
]);

/** A structure element as the tree was read, with its parent (`undefined` under the root). */
export interface StructElement {
  readonly ref: PDFRef | undefined;
  readonly dict: PDFDict;
  readonly parent: StructElement | undefined;
}

/** A kid of a structure element: an element, a marked-content sequence (MCID), an annotation (OBJR), or something else. */
export type StructKid =
  | { readonly kind: 'element'; readonly raw: PDFObject; readonly ref: PDFRef | undefined; readonly dict: PDFDict }
  | {
      readonly kind: 'content';
      readonly raw: PDFObject;
      readonly mcid: number;
      /** The page the content is drawn on. */
      readonly page: PDFRef | undefined;
      /** The form XObject holding the content, when it is not the page's own content stream. */
      readonly stream: PDFRef | undefined;
    }
  | { readonly kind: 'object'; readonly raw: PDFObject; readonly object: PDFObject | undefined; readonly page: PDFRef | undefined }
  | { readonly kind: 'other'; readonly raw: PDFObject };

/** A content kid of the structure tree. */
export type ContentKid = Extract<StructKid, { kind: 'content' }>;

/** The content stream a marked-content kid lives in, as a key: its form XObject, else its page. */
export function scopeKey(kid: ContentKid): string {
  return String(kid.stream ?? kid.page);
}

/**
 * A document's structure tree, read once: its elements in document order
 * (pre-order), the role map and the parent tree, with the few edits the
 * fixes need (new elements, kids moved under another element).
 */
export class StructTree {
  readonly context: PDFContext;
  readonly root: PDFDict;
  readonly parentTree: ParentTree;
  /** Every element reachable from the root, in document order, as read. */
  readonly elements: readonly StructElement[];
  readonly #standard = new Map<string, string | undefined>();
  readonly #kids = new Map<PDFDict, StructKid[]>();

  private constructor(context: PDFContext, root: PDFDict) {
    this.context = context;
    this.root = root;
    this.parentTree = new ParentTree(context, root);
    this.elements = this.#walk();
  }

  /** The structure tree of a tagged PDF; `undefined` for an untagged one. */
  static of(pdf: PDFDocument): StructTree | undefined {
    const root = dictEntry(pdf.context, pdf.catalog, 'StructTreeRoot');
    return root && new StructTree(pdf.context, root);
  }

  /** An element's structure type as written (`/S`). */
  typeOf(dict: PDFDict): string {
    return nameOf(dict.get(pdfName('S'))) ?? '';
  }

  /** The standard type an element's type is, or maps to through the role map; `undefined` when it maps to none. */
  standardType(dict: PDFDict): string | undefined {
    const type = this.typeOf(dict);
    if (!this.#standard.has(type)) this.#standard.set(type, this.#mapped(type));
    return this.#standard.get(type);
  }

  /** Read the role map again: entries were added. */
  rolesChanged(): void {
    this.#standard.clear();
  }

  /** Follow the role map from `type` to a standard type, refusing cycles. */
  #mapped(type: string): string | undefined {
    const roleMap = dictEntry(this.context, this.root, 'RoleMap');
    const seen = new Set<string>();
    for (let current: string | undefined = type; current !== undefined; current = nameOf(entry(this.context, roleMap, current))) {
      if (standardTypes.has(current)) return current;
      if (seen.has(current)) return undefined;
      seen.add(current);
    }
    return undefined;
  }

  /** Whether `type` is a standard type of PDF 1.7. */
  static isStandard(type: string): boolean {
    return standardTypes.has(type);
  }

  /** The kids of an element (or of the root), classified; integer MCIDs get the element's `/Pg`. Read once, until `forget`. */
  kids(dict: PDFDict): readonly StructKid[] {
    let kids = this.#kids.get(dict);
    if (!kids) this.#kids.set(dict, (kids = this.#readKids(dict)));
    return kids;
  }

  /** Read an element's kids again next time: its `/K` changed. */
  forget(dict: PDFDict): void {
    this.#kids.delete(dict);
  }

  #readKids(dict: PDFDict): StructKid[] {
    const page = pageRef(dict.get(pdfName('Pg')));
    return itemsOf(this.context, dict.get(pdfName('K'))).map((raw): StructKid => {
      if (raw instanceof PDFNumber) return { kind: 'content', raw, mcid: raw.asNumber(), page, stream: undefined };
      const kid = resolve(this.context, raw);
      if (!(kid instanceof PDFDict)) return { kind: 'other', raw };
      const type = nameOf(kid.get(pdfName('Type')));
      const kidPage = pageRef(kid.get(pdfName('Pg'))) ?? page;
      if (type === 'MCR') {
        const mcid = numberOf(entry(this.context, kid, 'MCID'));
        const stream = kid.get(pdfName('Stm'));
        if (mcid === undefined) return { kind: 'other', raw };
        return { kind: 'content', raw, mcid, page: kidPage, stream: stream instanceof PDFRef ? stream : undefined };
      }
      if (type === 'OBJR') return { kind: 'object', raw, object: kid.get(pdfName('Obj')), page: kidPage };
      return { kind: 'element', raw, ref: raw instanceof PDFRef ? raw : undefined, dict: kid };
    });
  }

  /** The `/StructParents` of the stream a content kid lives in: its form XObject's, else its page's. */
  structParentsOf(kid: ContentKid): number | undefined {
    const owner = resolve(this.context, kid.stream ?? kid.page);
    const dict = owner instanceof PDFStream ? owner.dict : owner;
    return numberOf(entry(this.context, dict, 'StructParents'));
  }

  /** Pre-order walk from the root; an element reached twice (a malformed tree) is listed once. */
  #walk(): StructElement[] {
    const elements: StructElement[] = [];
    const seen = new Set<PDFDict>();
    const children = (dict: PDFDict, parent: StructElement | undefined): StructElement[] => {
      const found: StructElement[] = [];
      for (const kid of this.kids(dict)) {
        if (kid.kind !== 'element' || seen.has(kid.dict)) continue;
        seen.add(kid.dict);
        found.push({ ref: kid.ref, dict: kid.dict, parent });
      }
      return found.reverse();
    };
    const stack = children(this.root, undefined);
    for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
      elements.push(element);
      stack.push(...children(element.dict, element));
    }
    return elements;
  }
}

/** A page reference, or `undefined`. */
function pageRef(value: PDFObject | undefined): PDFRef | undefined {
  return value instanceof PDFRef ? value : undefined;
}
