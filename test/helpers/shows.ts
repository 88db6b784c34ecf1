import type { Element, ElementContent } from 'hast';

/** Blocks that Folio's repair moves out of a heading, which may hold only phrasing content. */
const movedOut = new Set(['table']);

/**
 * Whether a heading shows anything of its own: text, or an element other
 * than a line break, outside the blocks the repair moves out of it. A heading
 * that shows nothing (`<h3>` left open before a blank line, or before a
 * table) is no heading to a reader, and Folio leaves it out.
 */
export function shows(node: Element): boolean {
  const own = (child: ElementContent): boolean => {
    if (child.type === 'text') return child.value.trim() !== '';
    return child.type === 'element' && !movedOut.has(child.tagName) && !['br', 'wbr'].includes(child.tagName);
  };
  return node.children.some(own);
}
