import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { isPhrasing } from '../hast/content-model.js';

/**
 * Give each task list checkbox (`- [x] Done`) its label: the checkbox and
 * the text after it, up to the first block, go into a `<label>`, so a
 * screen reader says what is done (axe `label`, critical for EPUB readers).
 * Nothing changes on the page. Pure.
 */
const rehypeTaskLabels: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'element', (node: Element) => {
      const index = node.children.findIndex(isCheckbox);
      if (index === -1 || node.tagName === 'label') return;
      const end = node.children.findIndex((child, at) => at > index && !isPhrasing(child));
      const labelled = node.children.slice(index, end === -1 ? undefined : end);
      const label: Element = { type: 'element', tagName: 'label', properties: {}, children: labelled };
      node.children.splice(index, labelled.length, label);
    });
  };
};

export default rehypeTaskLabels;

function isCheckbox(node: ElementContent): boolean {
  return node.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox';
}
