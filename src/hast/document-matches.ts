import type { Root } from 'hast';
import { select } from 'hast-util-select';

/** Pseudo-classes whose answer for an element depends on what is inside it. */
const looksInside = /:(?:has|empty|blank|dir)\b/i;

/**
 * Whether some element of `tree` matches the CSS `selector`, as
 * hast-util-select's `select` says, but quick for a selector about the
 * document's root element. hast-util-select answers `:not()` and `:is()` by
 * walking the whole subtree of the element asked about, so
 * `html:not(:lang(ja))` walked every element of a book (a second of a
 * 150-page book's HTML: issue 13). The root element is first asked about
 * alone, its children left out: a selector that does not look inside an
 * element (`:has()`, `:empty`, `:blank`, `:dir()`) and matches it so
 * matches it in the whole tree too. Otherwise the whole tree is searched.
 */
export function documentMatches(selector: string, tree: Root): boolean {
  if (!looksInside.test(selector)) {
    const alone = tree.children.map((node) => (node.type === 'element' ? { ...node, children: [] } : node));
    if (select(selector, { ...tree, children: alone })) return true;
  }
  return select(selector, tree) !== undefined;
}
