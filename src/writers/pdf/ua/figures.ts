import type { PDFDict } from 'pdf-lib';
import { entry, pdfName, textOf } from './pdf-values.js';
import type { StructTree } from './struct-tree.js';

/**
 * Chromium makes a `Figure` of an HTML `figure`, around the image's own
 * `Figure` (which has the image's alternative text as `/Alt`) and the
 * `Caption`, and gives the outer one no `/Alt`: PDF/UA-1 7.3-1 wants one on
 * every `Figure`, and a screen reader would read the `/Alt` instead of the
 * caption. A `Figure` that groups other elements and has no text
 * alternative becomes a `Div`, so its image and caption are read in turn.
 * Returns how many changed.
 */
export function regroupFigures(tree: StructTree): number {
  let changed = 0;
  for (const element of tree.elements) {
    if (tree.standardType(element.dict) !== 'Figure') continue;
    if (described(tree, element.dict) || !tree.kids(element.dict).some((kid) => kid.kind === 'element')) continue;
    element.dict.set(pdfName('S'), pdfName('Div'));
    changed++;
  }
  return changed;
}

/** The image `Figure`s that have no text alternative at all (an image without alt text), for a warning. */
export function figuresWithoutAlt(tree: StructTree): number {
  return tree.elements.filter((element) => tree.standardType(element.dict) === 'Figure' && !described(tree, element.dict)).length;
}

/** Whether an element has a text alternative (`/Alt`) or replacement text (`/ActualText`) that says something. */
function described(tree: StructTree, dict: PDFDict): boolean {
  return ['Alt', 'ActualText'].some((key) => (textOf(entry(tree.context, dict, key)) ?? '').trim() !== '');
}
