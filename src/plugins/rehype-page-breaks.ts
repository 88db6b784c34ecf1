import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** What an author writes, alone on its line, to start a new page (pandoc's LaTeX commands). */
const commands = new Set(['\\newpage', '\\pagebreak']);

/**
 * Turn a paragraph that is only `\newpage` (or `\pagebreak`), as pandoc
 * authors write it, into an empty `<div class="page-break">`, which the
 * theme's print stylesheet breaks the page after. Anything else on the line
 * keeps the text as written. Pure. (issue 14)
 */
const rehypePageBreaks: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'p' || parent === undefined || index === undefined) return;
      const [only, ...rest] = node.children;
      if (rest.length > 0 || only?.type !== 'text' || !commands.has(only.value.trim())) return;
      parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['page-break'] }, children: [] };
    });
  };
};

export default rehypePageBreaks;
