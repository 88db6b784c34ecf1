import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFContext, type PDFObject } from 'pdf-lib';

/** The PDF name `/key`. */
export function pdfName(key: string): PDFName {
  return PDFName.of(key);
}

/** A value with any reference followed: what the object is, not where it lives. */
export function resolve(context: PDFContext, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? context.lookup(value) : value;
}

/** `dict[key]`, references followed; `undefined` when `dict` is not a dictionary. */
export function entry(context: PDFContext, dict: PDFObject | undefined, key: string): PDFObject | undefined {
  return dict instanceof PDFDict ? resolve(context, dict.get(PDFName.of(key))) : undefined;
}

/** `dict[key]` when it is a dictionary. */
export function dictEntry(context: PDFContext, dict: PDFObject | undefined, key: string): PDFDict | undefined {
  const value = entry(context, dict, key);
  return value instanceof PDFDict ? value : undefined;
}

/** Names already read: pdf-lib keeps one instance per name, and decoding one is not free. */
const names = new WeakMap<PDFName, string>();

/** A name's text (`/Figure` → `Figure`). */
export function nameOf(value: PDFObject | undefined): string | undefined {
  if (!(value instanceof PDFName)) return undefined;
  let text = names.get(value);
  if (text === undefined) names.set(value, (text = value.decodeText()));
  return text;
}

/** A number's value. */
export function numberOf(value: PDFObject | undefined): number | undefined {
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

/** A text string's text, literal or hexadecimal. */
export function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** A text string for `text`: literal when it is printable ASCII, else UTF-16 (hexadecimal). */
export function textString(text: string): PDFString | PDFHexString {
  return /^[\x20-\x7e]*$/.test(text) ? PDFString.of(text.replace(/[\\()]/g, '\\$&')) : PDFHexString.fromText(text);
}

/** The items of an array (references kept), or the value alone as one item; none for nothing. */
export function itemsOf(context: PDFContext, value: PDFObject | undefined): PDFObject[] {
  if (value === undefined) return [];
  const resolved = resolve(context, value);
  return resolved instanceof PDFArray ? resolved.asArray() : [value];
}

/** The numbers of an array (a box, a matrix); `undefined` unless every item is a number. */
export function numbersOf(context: PDFContext, value: PDFObject | undefined): number[] | undefined {
  const array = resolve(context, value);
  if (!(array instanceof PDFArray)) return undefined;
  const numbers = array.asArray().map((item) => numberOf(resolve(context, item)));
  return numbers.every((item) => item !== undefined) ? numbers : undefined;
}

/** Where a number tree keeps the value of a key: the `/Nums` array and the value's index in it. */
export interface NumberTreeSlot {
  readonly nums: PDFArray;
  readonly index: number;
}

/** Where each key of a number tree (`/Nums` and `/Kids`) keeps its value, so it can be read and replaced in place. */
export function numberTreeSlots(context: PDFContext, tree: PDFObject | undefined): Map<number, NumberTreeSlot> {
  const slots = new Map<number, NumberTreeSlot>();
  const seen = new Set<PDFDict>();
  const walk = (node: PDFObject | undefined): void => {
    const dict = resolve(context, node);
    if (!(dict instanceof PDFDict) || seen.has(dict)) return;
    seen.add(dict);
    const nums = entry(context, dict, 'Nums');
    if (nums instanceof PDFArray) {
      for (let index = 0; index + 1 < nums.size(); index += 2) {
        const key = numberOf(resolve(context, nums.get(index)));
        if (key !== undefined) slots.set(key, { nums, index: index + 1 });
      }
    }
    for (const kid of itemsOf(context, dict.get(PDFName.of('Kids')))) walk(kid);
  };
  walk(tree);
  return slots;
}
