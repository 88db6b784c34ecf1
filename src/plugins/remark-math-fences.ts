import type { InlineMath, Math } from 'mdast-util-math';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Node, Point } from 'unist';
import { SKIP, visit } from 'unist-util-visit';

/** Options of `remarkMathFences`. */
export interface RemarkMathFencesOptions {
  /** Parse Markdown text into mdast (without front matter), as the document's parser does. */
  readonly parse: (markdown: string) => Root;
}

/** The `$$` that ends display maths written across lines: at the end of a line. */
const closing = /\$\$\s*$/;

/**
 * Display maths written as MathJax and KaTeX read it in browsers (MkDocs,
 * Jupyter, GitHub): `$$` with the formula starting on the same line and the
 * closing `$$` at the end of a later one. remark-math reads such an opening
 * as a fence whose "meta" is the formula's first line, and looks for a `$$`
 * on a line of its own, swallowing the rest of the document when there is
 * none. Here the formula ends at the first line that ends with `$$`, and
 * what follows is read as Markdown again. An opening with no closing at all
 * is a formula of its first line. `$$x$$` within a line is display maths too.
 */
const remarkMathFences: Plugin<[RemarkMathFencesOptions], Root> = function (options) {
  return (tree, file) => {
    // toString(), not String(file.value): a file made without a value (as unified's run() makes one) reads as ''.
    repair(tree, file.toString(), options.parse);
  };
};

/**
 * Repair the display maths of `tree`, parsed from `source` (its positions
 * count from the source's first line). At the top level, everything after a
 * formula's real end is read again from the source: remark-math's mistake
 * also paired the fences that follow wrongly. Inside a list or a quotation
 * the formula's own lines are read again.
 */
function repair(tree: Root, source: string, parse: (markdown: string) => Root): void {
  displayDoubleDollars(tree, source);
  const lines = source.split('\n');
  visit(tree, 'math', (node: Math, index, parent) => {
    if (!node.meta || !parent || index === undefined) return undefined;
    const start = (node.position?.start.line ?? 1) - 1;
    const atTop = parent === tree && lines[start]?.startsWith('$$') === true;
    // The formula's lines after its opening one: from the file at the top level, else from the node.
    const after = atTop ? lines.slice(start + 1) : node.value.split('\n');
    const end = after.findIndex((line) => closing.test(line));
    const formula = end === -1 ? [node.meta] : [node.meta, ...after.slice(0, end), (after[end] ?? '').replace(closing, '')];
    const restLines = end === -1 ? after : after.slice(end + 1);
    const lastLine = start + formula.length;
    const rest = parse(restLines.join('\n'));
    repair(rest, restLines.join('\n'), parse);
    shiftLines(rest, lastLine);
    const math = displayMath(formula.join('\n'), node, lastLine);
    // At the top level the rest of the document replaces everything after the formula.
    parent.children.splice(index, atTop ? parent.children.length - index : 1, math, ...rest.children);
    return [SKIP, atTop ? parent.children.length : index + 1 + rest.children.length];
  });
}

export default remarkMathFences;

/**
 * `$$x$$` within a line is display maths, as MathJax, KaTeX's auto-render
 * and pandoc read it; remark-math reads it as inline maths, like `$x$`.
 */
function displayDoubleDollars(tree: Root, source: string): void {
  visit(tree, 'inlineMath', (node: InlineMath) => {
    const offset = node.position?.start.offset;
    if (offset === undefined || !source.startsWith('$$', offset)) return;
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, className: ['language-math', 'math-display'] } };
  });
}

/** A display maths node for `value`, as remark-math makes one, from `from`'s start to line `lastLine`. */
function displayMath(value: string, from: Math, lastLine: number): Math {
  return {
    type: 'math',
    meta: null,
    value,
    data: {
      hName: 'pre',
      hChildren: [
        {
          type: 'element',
          tagName: 'code',
          properties: { className: ['language-math', 'math-display'] },
          children: [{ type: 'text', value }],
        },
      ],
    },
    ...(from.position && { position: { start: from.position.start, end: { line: lastLine, column: 1 } } }),
  };
}

/** Move every position of a reparsed fragment down by `lines`; offsets into the fragment mean nothing in the file, so they go. */
function shiftLines(tree: Root, lines: number): void {
  const shift = (point: Point): Point => ({ line: point.line + lines, column: point.column });
  visit(tree, (node: Node) => {
    if (node.position) node.position = { start: shift(node.position.start), end: shift(node.position.end) };
  });
}
