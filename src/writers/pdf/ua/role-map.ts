import { PDFDict } from 'pdf-lib';
import { pdfName } from './pdf-values.js';
import { StructTree } from './struct-tree.js';

/**
 * Standard PDF 1.7 types for the PDF 2.0 ones Chromium writes (its
 * `pdf_accessibility_constants.h`): emphasis and strong importance are
 * spans, an aside a division, a footnote or endnote a note.
 */
const chromiumTypes: Readonly<Record<string, string>> = {
  Em: 'Span',
  Strong: 'Span',
  Sub: 'Span',
  Aside: 'Div',
  FENote: 'Note',
  Title: 'H1',
  DocumentFragment: 'Div',
};

/**
 * Give every non-standard structure type in use a `/RoleMap` entry (PDF/UA-1
 * 7.1-5): Chromium's PDF 2.0 types to their PDF 1.7 equivalents, any other
 * to `Span`, which reads its content as it is. Types the role map already
 * maps to a standard type keep their mapping; standard types are never
 * mapped. Returns the types mapped.
 */
export function mapRoles(tree: StructTree): string[] {
  const unmapped = new Set<string>();
  for (const element of tree.elements) {
    if (tree.standardType(element.dict) === undefined) unmapped.add(tree.typeOf(element.dict));
  }
  if (unmapped.size === 0) return [];
  const found = tree.root.lookup(pdfName('RoleMap'));
  const roleMap = found instanceof PDFDict ? found : tree.context.obj({});
  if (roleMap !== found) tree.root.set(pdfName('RoleMap'), roleMap);
  const mapped: string[] = [];
  for (const type of unmapped) {
    if (type === '' || StructTree.isStandard(type)) continue;
    roleMap.set(pdfName(type), pdfName(chromiumTypes[type] ?? 'Span'));
    mapped.push(type);
  }
  tree.rolesChanged();
  return mapped;
}
