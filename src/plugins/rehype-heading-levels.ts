import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Tell assistive technology the level a heading has in the outline when the
 * source skips one (`# Chapter` then `### Detail`, common in converted
 * books): `aria-level` counts the headings the heading sits under, the
 * document's title (the page's `h1`) first, so a screen reader's outline
 * and the PDF's tags (Chromium takes them from the accessibility tree)
 * never jump (axe `heading-order`; PDF/UA). The element stays what the
 * author wrote, so it looks and counts as before. Pure.
 */
const rehypeHeadingLevels: Plugin<[], Root> = function () {
  return (tree) => {
    // The tag levels of the headings the next one sits under; the title is an `h1` above all of them.
    const open: number[] = [1];
    visit(tree, 'element', (node: Element) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level === undefined) return;
      const tag = Number(level);
      while (open.length > 0 && (open.at(-1) ?? 0) >= tag) open.pop();
      const outline = Math.max(1, Math.min(tag, open.length + 1));
      if (outline !== tag) node.properties['ariaLevel'] = String(outline);
      open.push(tag);
    });
  };
};

export default rehypeHeadingLevels;
