import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Plugin } from 'unified';

const code = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'math']);
const thin = '\u202F';

/**
 * French typography: a narrow no-break space inside guillemets and before
 * `;`, `!`, `?`, and a no-break space before `:`, replacing any plain space
 * the author typed there, so the marks never start a line.
 */
const rehypeFrenchSpacing: Plugin<[], Root> = function () {
  return (tree: Root): undefined => {
    visit(tree, (node) => {
      if (node.type === 'element' && code.has(node.tagName)) return SKIP;
      if (node.type !== 'text') return undefined;
      node.value = node.value
        .replace(/«[ \u00A0\u202F]*/g, `«${thin}`)
        .replace(/[ \u00A0\u202F]*»/g, `${thin}»`)
        .replace(/(\S)[ \u00A0\u202F]*([;!?])(?=\s|$|»)/g, `$1${thin}$2`)
        .replace(/(\S)[ \u00A0\u202F]*:(?=\s|$)/g, '$1\u00A0:');
      return undefined;
    });
  };
};

export default rehypeFrenchSpacing;
