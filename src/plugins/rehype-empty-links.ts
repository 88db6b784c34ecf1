import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Take the link away from a link with nothing in it (`[](https://…)`, a
 * badge whose image is gone): a browser shows nothing to click, and a
 * screen reader would announce a link without a name (axe `link-name`).
 * A link around an image with alternative text, or with an accessible
 * name, keeps its link. Warns at its place. Pure but for the message.
 */
const rehypeEmptyLinks: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties['href'] !== 'string' || hasName(node)) return;
      file.message(`link to \`${node.properties['href']}\` has no text: a reader could neither see nor follow it, so it is left out`, {
        ...(node.position && { place: node.position.start }),
        ruleId: 'empty-link',
        source: 'folio',
      });
      const { href: _href, ...rest } = node.properties;
      node.properties = rest;
    });
  };
};

export default rehypeEmptyLinks;

/** Whether a link has something to say: text, an image's alternative text, or an accessible name. */
function hasName(link: Element): boolean {
  if (toString(link).trim() !== '' || typeof link.properties['ariaLabel'] === 'string') return true;
  let named = false;
  visit(link, 'element', (node: Element) => {
    const label = node.properties['alt'] ?? node.properties['ariaLabel'];
    if (typeof label === 'string' && label.trim() !== '') named = true;
  });
  return named;
}
