import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';

/** Deepest nesting Folio prints, of blocks and of inline markup each; deeper structure would leave no room on the page. */
export const maxNesting = 100;

/** What nests: blocks (lists, quotations, footnotes, definitions), inline markup (emphasis, links...) or raw HTML elements. */
export type NestingKind = 'containers' | 'inline' | 'html';

const containers = new Set<Nodes['type']>(['list', 'blockquote', 'footnoteDefinition', 'defList']);
const inline = new Set<Nodes['type']>(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * Refuse a parsed tree with blocks (lists, quotations, footnote definitions,
 * definition lists) or inline markup (emphasis, strong, strikethrough, links)
 * nested more than `maxNesting` deep. Adds a fatal message at the first such
 * node and returns false. The parser itself refuses lists and quotations
 * nested deeper as it reads them (`remark-nesting-limit`); this catches every
 * other way of nesting.
 */
export function checkDepth(tree: Root, file: VFile): boolean {
  // An explicit stack: recursion is what overflowed on deep input.
  const stack: { node: Nodes; blocks: number; spans: number }[] = [{ node: tree, blocks: 0, spans: 0 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { node } = top;
    const blocks = containers.has(node.type) ? top.blocks + 1 : top.blocks;
    const spans = inline.has(node.type) ? top.spans + 1 : top.spans;
    if (blocks > maxNesting || spans > maxNesting) {
      const start = node.position?.start;
      tooDeep(file, blocks > maxNesting ? 'containers' : 'inline', { line: start?.line ?? 1, column: start?.column ?? 1 });
      return false;
    }
    const children: readonly Nodes[] = 'children' in node ? node.children : [];
    // Last child first, so that the first node too deep in reading order is the one reported.
    for (const child of children.toReversed()) stack.push({ node: child, blocks, spans });
  }
  return true;
}

/** Add the fatal message for nesting deeper than `maxNesting` at `place`. */
export function tooDeep(file: VFile, kind: NestingKind, place: { readonly line: number; readonly column: number }): void {
  const what = { containers: 'lists or quotations', inline: 'emphasis, links or other inline markup', html: 'HTML elements' }[kind];
  const message = file.message(`${what} are nested more than ${maxNesting} levels deep here; flatten the structure`, {
    place,
    ruleId: 'nesting',
    source: 'folio',
  });
  message.fatal = true;
}
