import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Elements that say nothing on their own: a heading of only these is empty. */
const silent = new Set(['br', 'wbr']);

/**
 * Leave out a heading with nothing in it (`##` alone on a line): it shows
 * nothing and starts no section, yet a screen reader would announce an
 * empty heading (axe `empty-heading`), and the print contents would list
 * an entry with no words and no page. A heading with any text, image or
 * other element stays. Warns at its place. Pure but for the message.
 */
const rehypeEmptyHeadings: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!/^h[1-6]$/.test(node.tagName) || !isEmpty(node) || parent === undefined || index === undefined) return undefined;
      file.message(`heading \`${node.tagName}\` has no text: it would be an empty heading, so it is left out`, {
        ...(node.position && { place: node.position.start }),
        ruleId: 'empty-heading',
        source: 'folio',
      });
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
};

export default rehypeEmptyHeadings;

function isEmpty(heading: Element): boolean {
  if (toString(heading).trim() !== '') return false;
  let content = false;
  visit(heading, 'element', (node: Element) => {
    if (node !== heading && !silent.has(node.tagName)) content = true;
  });
  return !content;
}
