import { pdfName } from './pdf-values.js';
import type { Scope } from './content-pass.js';
import type { ContentTexts } from './links.js';
import { scopeKey, type ContentKid, type StructElement, type StructTree } from './struct-tree.js';
import { TextRun } from './text-run.js';

/** An element whose marked content is on more than one page: the content of each page, in order. */
export interface SpreadElement {
  readonly element: StructElement;
  readonly pages: readonly (readonly ContentKid[])[];
}

/** Byte ranges of `BDC` operators to turn into artifacts, by scope key. */
export type Demotions = Map<string, { readonly start: number; readonly end: number }[]>;

/**
 * Elements that hold only marked content, on several pages: where each
 * page's text is the same, Chromium has repeated it (a table header row
 * repeated after a page break, a `position: fixed` box). Their MCIDs are
 * wanted from the content pass.
 */
export function spreadElements(tree: StructTree): { spread: SpreadElement[]; wanted: Map<string, Set<number>> } {
  const spread: SpreadElement[] = [];
  const wanted = new Map<string, Set<number>>();
  for (const element of tree.elements) {
    const kids = tree.kids(element.dict);
    if (kids.length < 2) continue;
    const byPage = new Map<string, ContentKid[]>();
    for (const kid of kids) {
      if (kid.kind !== 'content') {
        byPage.clear();
        break;
      }
      const page = String(kid.page);
      const onPage = byPage.get(page);
      if (onPage) onPage.push(kid);
      else byPage.set(page, [kid]);
    }
    if (byPage.size < 2) continue;
    spread.push({ element, pages: [...byPage.values()] });
    for (const kid of kids) if (kid.kind === 'content') wanted.set(scopeKey(kid), (wanted.get(scopeKey(kid)) ?? new Set()).add(kid.mcid));
  }
  return { spread, wanted };
}

/**
 * Keep the first copy of content Chromium repeats on every page (see
 * `spreadElements`) and make the others artifacts, so that a screen reader
 * reads a table's header once, not once a page: their `BDC`s (returned, for
 * the content rewrite) become `/Artifact BMC`, the parent tree forgets them
 * and the element keeps its first page's kids. Returns the demotions and
 * how many elements repeated.
 */
export function demoteRepeated(
  tree: StructTree,
  spread: readonly SpreadElement[],
  scopes: readonly Scope[],
  texts: ContentTexts,
): { demotions: Demotions; repeated: number } {
  const marks = new Map(scopes.map((scope) => [scope.key, scope.marks]));
  const demotions: Demotions = new Map();
  let repeated = 0;
  for (const { element, pages } of spread) {
    const read = pages.map((kids) => {
      const run = new TextRun();
      for (const kid of kids) {
        const text = texts.get(scopeKey(kid))?.get(kid.mcid);
        if (text) run.extend(text);
      }
      return run.read();
    });
    const [first = '', ...others] = read;
    if (first === '' || others.some((text) => text !== first)) continue;
    for (const kid of pages.slice(1).flat()) {
      const key = scopeKey(kid);
      const ranges = demotions.get(key) ?? [];
      ranges.push(...(marks.get(key)?.get(kid.mcid) ?? []));
      demotions.set(key, ranges);
      const parents = tree.structParentsOf(kid);
      if (parents !== undefined) tree.parentTree.setContentOwner(parents, kid.mcid, undefined);
    }
    element.dict.set(pdfName('K'), tree.context.obj((pages[0] ?? []).map((kid) => kid.raw)));
    tree.forget(element.dict);
    repeated++;
  }
  return { demotions, repeated };
}
