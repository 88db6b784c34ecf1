import type { Nodes, Text } from 'xast';
import type { Raw } from 'xast-util-to-xml';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Escape the `>` of every `]]>` in the text of an XML tree, as the XML
 * specification requires (§2.4: it "MUST, for compatibility, be escaped
 * using either `&gt;` or a character reference when it appears in the
 * string `]]>` in content"). `xast-util-to-xml` escapes only `&` and `<`
 * in text, and a reader refuses the whole file for one `]]>` (EPUBCheck
 * RSC-016). Each such `>` becomes a raw `&gt;` between text nodes, so the
 * tree must be serialised with `allowDangerousXml`. Changes the tree.
 */
export function escapeCdataEnds(tree: Nodes): void {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !node.value.includes(']]>')) return undefined;
    const parts: (Text | Raw)[] = [];
    for (const [at, piece] of node.value.split(']]>').entries()) {
      if (at > 0) parts.push({ type: 'text', value: ']]' }, { type: 'raw', value: '&gt;' });
      if (piece !== '') parts.push({ type: 'text', value: piece });
    }
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
}
