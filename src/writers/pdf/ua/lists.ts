import { PDFRef } from 'pdf-lib';
import { newElement, setKids } from './struct-edit.js';
import type { StructKid, StructTree } from './struct-tree.js';

/**
 * Give each list item the body PDF/UA-1 asks for (7.2-20: `LI` holds `Lbl`
 * and `LBody` only): Chromium puts the item's content straight under `LI`,
 * beside its label. Everything but the labels moves, in order, into a new
 * `LBody` after them. Returns how many items changed.
 */
export function addListBodies(tree: StructTree): number {
  let changed = 0;
  for (const item of tree.elements) {
    if (tree.standardType(item.dict) !== 'LI' || !(item.ref instanceof PDFRef)) continue;
    const kids = tree.kids(item.dict);
    const isLabel = (kid: StructKid): boolean => kid.kind === 'element' && tree.standardType(kid.dict) === 'Lbl';
    const isBody = (kid: StructKid): boolean => kid.kind === 'element' && tree.standardType(kid.dict) === 'LBody';
    if (kids.every((kid) => isLabel(kid) || isBody(kid))) continue;
    const body = newElement(tree, 'LBody', item.ref);
    setKids(
      tree,
      body,
      kids.filter((kid) => !isLabel(kid)),
    );
    setKids(tree, { ref: item.ref, dict: item.dict }, [
      ...kids.filter(isLabel),
      { kind: 'element', raw: body.ref, ref: body.ref, dict: body.dict },
    ]);
    changed++;
  }
  return changed;
}
