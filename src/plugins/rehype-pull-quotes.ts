import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Plugin } from 'unified';

/** Opening quotation marks of the languages Folio typesets (after smart punctuation, plus the straight one). */
const openingQuote = /^[“„«‘‚‹"「『]/u;

/**
 * Mark blockquotes that quote a person, those whose first paragraph opens
 * with a quotation mark, with the class `pull-quote`, which the print
 * stylesheet sets as a pull quote. Other blockquotes (excerpts, callouts)
 * keep the plain style.
 */
const rehypePullQuotes: Plugin<[], Root> = function () {
  return (tree: Root): undefined => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'blockquote') return;
      const first = node.children.find((child): child is Element => child.type === 'element');
      if (first?.tagName !== 'p' || !openingQuote.test(toString(first).trimStart())) return;
      const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
      node.properties['className'] = [...classes, 'pull-quote'];
    });
  };
};

export default rehypePullQuotes;
