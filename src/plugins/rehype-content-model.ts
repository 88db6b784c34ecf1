import type { Element, ElementContent, Root } from 'hast';
import { formattingElements, headingElements, isElementContent, isPhrasing, phrasingContainers } from '../hast/content-model.js';
import { blockInPhrasing, carryInto, inlineBlocks, keepId, splitAt } from '../hast/repair-blocks.js';
import { fixStrays } from '../hast/repair-strays.js';
import type { Plugin } from 'unified';

/**
 * Repair the content model of raw HTML the way a reader expects it, so the
 * tree is valid XHTML (EPUBCheck RSC-005) with every word and block kept:
 *
 * - an inline element left open that ends up holding blocks (`<span id="x">`
 *   alone on a line holds the rest of the document, as browsers parse it)
 *   becomes a `div` with the same attributes;
 * - emphasis, code and other text-level markup around blocks is carried into
 *   each block (`<b><p>x</p></b>` → `<p><b>x</b></p>`);
 * - a paragraph is split around the blocks it holds, as a browser closes it;
 * - a `pre` holding blocks becomes a `div.pre`, laid out like `pre`;
 * - a heading or `summary` holding plain boxes (`div`, `p`) shows them as
 *   `span.block`; lists or tables inside one follow it;
 * - list items, definition terms, table rows and cells out of place are
 *   wrapped in the container they need, and a `details`' or `figure`'s
 *   caption moved where it belongs (`repair-strays.ts`).
 *
 * Runs after sanitising, on trusted element names only. Pure.
 */
const rehypeContentModel: Plugin<[], Root> = function () {
  return (tree: Root): undefined => {
    // A fragment (the document body) holds no doctype; a whole document keeps its own.
    const doctypes = tree.children.filter((node) => node.type === 'doctype');
    const content = tree.children.filter(isElementContent);
    tree.children = [...doctypes, ...fixStrays('#root', content.flatMap(repair))];
  };
};

export default rehypeContentModel;

/** The node, repaired, as the nodes that replace it (several when it had to be split). */
function repair(node: ElementContent): ElementContent[] {
  if (node.type !== 'element') return [node];
  node.children = fixStrays(node.tagName, node.children.flatMap(repair));
  // Ruby needs its annotation (`rt`); without one it is plain text.
  if (node.tagName === 'ruby' && !node.children.some((child) => child.type === 'element' && child.tagName === 'rt')) node.tagName = 'span';
  if (!phrasingContainers.has(node.tagName) || node.children.every((child) => fitsIn(node, child))) return [node];
  return repairPhrasingContainer(node);
}

/** Whether `child` may stand in `parent`, a phrasing container (`ruby` also holds `rt` and `rp`). */
function fitsIn(parent: Element, child: ElementContent): boolean {
  if (parent.tagName === 'ruby' && child.type === 'element' && (child.tagName === 'rt' || child.tagName === 'rp')) return true;
  return isPhrasing(child);
}

function repairPhrasingContainer(node: Element): ElementContent[] {
  const { tagName } = node;
  if (tagName === 'span') return [{ ...node, tagName: 'div' }];
  if (tagName === 'pre') return [{ ...node, tagName: 'div', properties: withClass(node, 'pre') }];
  if (tagName === 'p')
    return keepId(
      node,
      splitAt(node, blockInPhrasing, () => ({ ...node, properties: withoutId(node) })),
    );
  if (headingElements.has(tagName) || tagName === 'summary' || tagName === 'legend') {
    const heading: Element = { ...node, children: inlineBlocks(node.children) };
    if (heading.children.every(isPhrasing)) return [heading];
    // What follows a block that cannot go inside a heading is text, not a second heading.
    const continuation = (): Element => ({
      type: 'element',
      tagName: headingElements.has(tagName) ? 'p' : tagName,
      properties: {},
      children: [],
    });
    let made = 0;
    const parts = splitAt(heading, blockInPhrasing, () => (made++ === 0 ? heading : continuation()));
    // A heading that held nothing but blocks stays, empty, where it stood: it is still the section's start.
    return made === 0 ? [{ ...heading, children: [] }, ...parts] : parts;
  }
  if (formattingElements.has(tagName)) return carryInto(node);
  // Any other phrasing container (a custom one a future schema allows): a box keeps its blocks.
  return [{ ...node, tagName: 'div' }];
}

function withClass(node: Element, name: string): Element['properties'] {
  const existing = node.properties['className'];
  return { ...node.properties, className: [...(Array.isArray(existing) ? existing : []), name] };
}

function withoutId(node: Element): Element['properties'] {
  const { id: _id, ...rest } = node.properties;
  return rest;
}
