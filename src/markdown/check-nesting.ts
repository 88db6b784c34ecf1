import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';

/** Deepest nesting of lists and quotations Folio prints; deeper structure would leave no room on the page. */
const maxNesting = 100;

/**
 * Refuse, before parsing, text whose indentation or `>` markers imply nesting
 * far beyond `maxNesting`: the Markdown parser's cost grows faster than
 * linearly with list depth (1,000 levels took 48 s and then overflowed the
 * stack). Adds a fatal message at the first such line and returns false.
 */
export function checkIndentation(file: VFile): boolean {
  const lines = String(file.value).split('\n');
  for (const [index, line] of lines.entries()) {
    const prefix = /^[\t >]*/.exec(line)?.[0] ?? '';
    const columns = Array.from(prefix).reduce((sum, char) => sum + (char === '\t' ? 4 : 1), 0);
    const quotes = prefix.split('>').length - 1;
    if (columns > maxNesting * 4 || quotes > maxNesting) {
      tooDeep(file, index + 1);
      return false;
    }
  }
  return true;
}

/** Refuse a parsed tree with lists or quotations nested more than `maxNesting` deep. */
export function checkDepth(tree: Root, file: VFile): boolean {
  // An explicit stack: recursion is what overflowed on deep input.
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { node, depth } = top;
    const nested = node.type === 'list' || node.type === 'blockquote' ? depth + 1 : depth;
    if (nested > maxNesting) {
      tooDeep(file, node.position?.start.line ?? 1);
      return false;
    }
    for (const child of 'children' in node ? node.children : []) stack.push({ node: child, depth: nested });
  }
  return true;
}

function tooDeep(file: VFile, line: number): void {
  const message = file.message(`lists or quotations are nested more than ${maxNesting} levels deep here; flatten the structure`, {
    place: { line, column: 1 },
    ruleId: 'nesting',
    source: 'folio',
  });
  message.fatal = true;
}
