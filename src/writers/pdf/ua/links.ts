import { PDFDict, PDFName, type PDFDocument } from 'pdf-lib';
import { dictEntry, entry, itemsOf, nameOf, numberOf, pdfName, resolve, textOf, textString } from './pdf-values.js';
import { scopeKey, type StructTree } from './struct-tree.js';
import { TextRun } from './text-run.js';

/** The text of marked content, by scope key and MCID. */
export type ContentTexts = ReadonlyMap<string, ReadonlyMap<number, TextRun>>;

/**
 * The marked content inside every `Link` element, and every element that
 * holds an annotation (Chromium's `NonStruct` links, which `describeLinks`
 * makes `Link`s), by scope key: the text their descriptions are made of.
 */
export function linkContent(tree: StructTree): Map<string, Set<number>> {
  const wanted = new Map<string, Set<number>>();
  const collect = (dict: PDFDict, depth: number): void => {
    for (const kid of tree.kids(dict)) {
      if (kid.kind === 'element' && depth < 32) collect(kid.dict, depth + 1);
      else if (kid.kind === 'content') {
        const key = scopeKey(kid);
        wanted.set(key, (wanted.get(key) ?? new Set()).add(kid.mcid));
      }
    }
  };
  for (const element of tree.elements) {
    const linked = tree.standardType(element.dict) === 'Link' || tree.kids(element.dict).some((kid) => kid.kind === 'object');
    if (linked) collect(element.dict, 0);
  }
  return wanted;
}

/**
 * Give every link annotation a `/Contents` (PDF/UA-1 7.18.5-2): the text of
 * its `Link` element as the tags read it (one link wrapped over two lines
 * is two annotations with one text), else the text alternative of an image
 * inside it, else where it leads. An element holding a link annotation that
 * is not a `Link` becomes one (7.18.5-1): Chromium tags a link with an ARIA
 * role, such as Folio's link-note references (`doc-noteref`), `NonStruct`.
 * Returns how many were described.
 */
export function describeLinks(pdf: PDFDocument, tree: StructTree, texts: ContentTexts): number {
  const { context } = pdf;
  const known = new Map<PDFDict, string>();
  let described = 0;
  for (const page of pdf.getPages()) {
    for (const item of itemsOf(context, page.node.get(pdfName('Annots')))) {
      const annotation = resolve(context, item);
      if (!(annotation instanceof PDFDict) || nameOf(annotation.get(pdfName('Subtype'))) !== 'Link') continue;
      if (textOf(entry(context, annotation, 'Contents'))) continue;
      const key = numberOf(entry(context, annotation, 'StructParent'));
      const owner = key === undefined ? undefined : resolve(context, tree.parentTree.objectOwner(key));
      let text = '';
      if (owner instanceof PDFDict) {
        if (tree.standardType(owner) !== 'Link') owner.set(pdfName('S'), pdfName('Link'));
        text = known.get(owner) ?? elementText(tree, owner, texts);
        known.set(owner, text);
      }
      annotation.set(pdfName('Contents'), textString(text || destination(pdf, annotation)));
      described++;
    }
  }
  return described;
}

/** An element's text, its marked content in order; for an image link, its image's text alternative. */
function elementText(tree: StructTree, element: PDFDict, texts: ContentTexts): string {
  const run = new TextRun();
  let alt = '';
  const visit = (dict: PDFDict, depth: number): void => {
    alt ||= textOf(entry(tree.context, dict, 'Alt')) ?? '';
    for (const kid of tree.kids(dict)) {
      if (kid.kind === 'element' && depth < 32) visit(kid.dict, depth + 1);
      else if (kid.kind === 'content') {
        const text = texts.get(scopeKey(kid))?.get(kid.mcid);
        if (text) run.extend(text);
      }
    }
  };
  visit(element, 0);
  return run.read() || alt;
}

/** Where a link leads, for one with no text: its address, or the destination it names (`#name`). */
function destination(pdf: PDFDocument, annotation: PDFDict): string {
  const { context } = pdf;
  const action = dictEntry(context, annotation, 'A');
  const uri = textOf(entry(context, action, 'URI'));
  if (uri) return uri;
  const dest = entry(context, annotation, 'Dest') ?? entry(context, action, 'D');
  const name = dest instanceof PDFName ? dest.decodeText() : textOf(dest);
  return name ? `#${name}` : '#';
}
