import type { Element, Root, RootContent } from 'hast';
import { select } from 'hast-util-select';

/** Pseudo-classes whose answer for an element depends on what is inside it. */
const looksInside = /:(?:has|empty|blank|dir)\b/i;
/** A list of type selectors only: `code, pre, kbd`. */
const typeList = /^\s*[a-z][\w-]*(?:\s*,\s*[a-z][\w-]*)*\s*$/i;
/** One compound selector about `html` (no combinator, no list; arguments nested at most twice): `html:lang(ja)`. */
const htmlCompound = /^\s*html(?:[^\s>+~,()]|\((?:[^()]|\([^()]*\))*\))*\s*$/;

/**
 * Whether some element of `tree` matches the CSS `selector`, as
 * hast-util-select's `select` says, but quick for the selectors themes
 * give their fonts (theme.json `fontConditions`). hast-util-select answers
 * `:not()` and `:is()` by walking the whole subtree of the element asked
 * about, so `html:not(:lang(ja))` walked every element of a book, and
 * every search that finds nothing walks the book with its state (together
 * a second and a half of a 150-page book's HTML: issue 13). So:
 * - a list of element names is looked up among the names the tree uses;
 * - the root element is asked about alone, its children left out: a
 *   selector that does not look inside an element (`:has()`, `:empty`,
 *   `:blank`, `:dir()`) and matches it so matches it in the whole tree;
 *   one that does not, and can match only an `html` element, matches
 *   nothing when the root's is the tree's only `html`.
 * Anything else searches the whole tree.
 */
export function documentMatches(selector: string, tree: Root): boolean {
  if (typeList.test(selector)) {
    const names = tagNames(tree);
    return selector.split(',').some((name) => names.has(name.trim()));
  }
  if (!looksInside.test(selector)) {
    const alone = tree.children.map((node) => (node.type === 'element' ? { ...node, children: [] } : node));
    if (select(selector, { ...tree, children: alone })) return true;
    if (htmlCompound.test(selector) && !tree.children.some((node) => node.type === 'element' && holdsHtml(node))) return false;
  }
  return select(selector, tree) !== undefined;
}

/** The tag names of every element of the tree. */
function tagNames(tree: Root): Set<string> {
  const names = new Set<string>();
  const walk = (node: RootContent): void => {
    if (node.type !== 'element') return;
    names.add(node.tagName);
    node.children.forEach(walk);
  };
  tree.children.forEach(walk);
  return names;
}

/** Whether an `html` element is somewhere below `element`. */
function holdsHtml(element: Element): boolean {
  return element.children.some((node) => node.type === 'element' && (node.tagName === 'html' || holdsHtml(node)));
}
