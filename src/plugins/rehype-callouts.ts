import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { rehypeGithubAlerts, type IAlert, type IOptions } from 'rehype-github-alerts';
import { SKIP, visit } from 'unist-util-visit';
import type { Plugin } from 'unified';
import { isElementContent } from '../hast/content-model.js';
import { labelsFor } from '../locale/labels.js';

/** Options of `rehypeCallouts`. */
export interface RehypeCalloutsOptions {
  readonly lang: string;
}

/**
 * GitHub alert syntax (`> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`,
 * `[!CAUTION]`) becomes `<aside class="callout callout-note">` with a title
 * in the document's language, no icon (print and e-readers style it by class).
 */
const rehypeCallouts: Plugin<[RehypeCalloutsOptions], Root> = function (options) {
  const names = labelsFor(options.lang).callouts;
  const alerts: IAlert[] = Object.entries(names).map(([keyword, title]) => ({ keyword, title, icon: '' }));
  const alertOptions: IOptions = {
    alerts,
    build: (alert, children): ElementContent =>
      h('aside', { className: ['callout', `callout-${alert.keyword.toLowerCase()}`], role: 'note' }, [
        h('p', { className: ['callout-title'] }, alert.title),
        ...children,
      ]),
  };
  return (tree: Root): undefined => {
    // rehype-github-alerts 4.2 crashes on a blockquote whose first paragraph is empty (it reads
    // `children[0].type`): give it only blockquotes that start with `[!`, each in a tree of its own.
    // The library keeps its options in a module-level variable, so the processor of whichever
    // language was set up last would title every callout: set them again, right before use.
    const transform = rehypeGithubAlerts(alertOptions);
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'blockquote' || !parent || index === undefined || !startsWithMarker(node)) return undefined;
      const root: Root = { type: 'root', children: [node] };
      transform(root);
      parent.children.splice(index, 1, ...root.children.filter(isElementContent));
      return SKIP;
    });
  };
};

export default rehypeCallouts;

/** Whether a blockquote opens with `[!…]`, the alert marker. */
function startsWithMarker(blockquote: Element): boolean {
  const paragraph = blockquote.children.find((child): child is Element => child.type === 'element' && child.tagName === 'p');
  const first = paragraph?.children[0];
  return first?.type === 'text' && /^\s*\[!/.test(first.value);
}
