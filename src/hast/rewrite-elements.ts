import type { Element, ElementContent, Root, RootContent } from 'hast';

type Change = (element: Element) => Element | undefined;

/**
 * A changed copy of `tree` that shares every node the change leaves alone
 * (copy on write): `change` is offered each element, before its children,
 * and returns its replacement or `undefined` to keep it; only the ancestors
 * of replaced elements are copied, so a change that touches a few links
 * costs a walk, not a copy of the book (issue 13). Neither tree may be
 * changed in place afterwards: they share nodes. Returns `tree` itself when
 * nothing changed.
 */
export function rewriteElements(tree: Root, change: Change): Root {
  const children = rewriteList(tree.children, (node: RootContent) => (node.type === 'element' ? rewriteElement(node, change) : node));
  return children === tree.children ? tree : { ...tree, children };
}

function rewriteElement(element: Element, change: Change): Element {
  const changed = change(element) ?? element;
  const children = rewriteList(changed.children, (node: ElementContent) => (node.type === 'element' ? rewriteElement(node, change) : node));
  return children === changed.children ? changed : { ...changed, children };
}

/** `nodes` with each node put through `rewrite`: the same array when every node stayed the same. */
function rewriteList<T>(nodes: T[], rewrite: (node: T) => T): T[] {
  let copy: T[] | undefined;
  nodes.forEach((node, index) => {
    const next = rewrite(node);
    if (next === node) return;
    copy ??= [...nodes];
    copy[index] = next;
  });
  return copy ?? nodes;
}
