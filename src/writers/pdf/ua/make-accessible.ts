import { PDFHeader, type PDFDocument } from 'pdf-lib';
import { readContent, textsOf, type Box } from './content-pass.js';
import { figuresWithoutAlt, regroupFigures } from './figures.js';
import { describeLinks, linkContent } from './links.js';
import { addListBodies } from './lists.js';
import { dictEntry, itemsOf, pdfName } from './pdf-values.js';
import { demoteRepeated, spreadElements } from './repeated-content.js';
import { rewriteContent, type RewriteReport } from './rewrite-content.js';
import { mapRoles } from './role-map.js';
import { StructTree } from './struct-tree.js';

/** What the pass needs to know about the printed pages. */
export interface AccessibilityOptions {
  /** The box of a page's body (0-based index), in PDF points: marks outside it are page furniture. */
  readonly contentBox: (pageIndex: number) => Box | undefined;
}

/** What the pass changed, for the writer's warnings and the debug log. */
export interface AccessibilityReport extends RewriteReport {
  /** Non-standard structure types given a role map entry. */
  readonly mappedTypes: readonly string[];
  readonly listBodies: number;
  readonly regroupedFigures: number;
  /** Image figures with no text alternative (images without alt text). */
  readonly figuresWithoutAlt: number;
  readonly describedLinks: number;
  /** Elements Chromium tagged once a page (repeated table headers): their copies became artifacts. */
  readonly repeated: number;
}

/**
 * Bring Chromium's tagged PDF towards PDF/UA-1, in place, in one read of
 * the structure tree and one of the page content: page furniture and other
 * untagged marks become artifacts (running heads and folios as
 * pagination), repeated copies of tagged content too; non-standard types
 * get a role map; list items a body; `figure` groups become divisions; link
 * annotations a description; pages with annotations tab in structure
 * order. The document's metadata (XMP, title) is `stampMetadata`'s job.
 * `undefined` for an untagged PDF, which is left as it is.
 */
export function makeAccessible(pdf: PDFDocument, options: AccessibilityOptions): AccessibilityReport | undefined {
  pdf.context.header = PDFHeader.forVersion(1, 7);
  const tree = StructTree.of(pdf);
  // Untagged, everything would be untagged content: nothing to bring to PDF/UA.
  if (!tree) return undefined;
  const { spread, wanted } = spreadElements(tree);
  const scopes = readContent(pdf, { wanted: union(linkContent(tree), wanted), contentBox: options.contentBox });
  const texts = textsOf(scopes);
  const { demotions, repeated } = demoteRepeated(tree, spread, scopes, texts);
  const rewritten = rewriteContent(pdf.context, scopes, demotions);
  tabInStructureOrder(pdf);
  markInfo(pdf);
  return {
    ...rewritten,
    mappedTypes: mapRoles(tree),
    listBodies: addListBodies(tree),
    regroupedFigures: regroupFigures(tree),
    figuresWithoutAlt: figuresWithoutAlt(tree),
    describedLinks: describeLinks(pdf, tree, texts),
    repeated,
  };
}

/** The MCIDs wanted by either fix, by scope key. */
function union(first: Map<string, Set<number>>, second: Map<string, Set<number>>): Map<string, Set<number>> {
  const merged = new Map(first);
  for (const [key, mcids] of second) merged.set(key, new Set([...(merged.get(key) ?? []), ...mcids]));
  return merged;
}

/** `/MarkInfo`: marked (a tagged PDF), with no suspects (content whose tags might be wrong). */
function markInfo(pdf: PDFDocument): void {
  const found = dictEntry(pdf.context, pdf.catalog, 'MarkInfo');
  const info = found ?? pdf.context.obj({});
  info.set(pdfName('Marked'), pdf.context.obj(true));
  info.delete(pdfName('Suspects'));
  if (!found) pdf.catalog.set(pdfName('MarkInfo'), info);
}

/** Pages with annotations tab through them in structure order (PDF/UA-1 7.18.3-1); Chromium does, this makes sure. */
function tabInStructureOrder(pdf: PDFDocument): void {
  for (const page of pdf.getPages()) {
    if (itemsOf(pdf.context, page.node.get(pdfName('Annots'))).length > 0) page.node.set(pdfName('Tabs'), pdfName('S'));
  }
}
