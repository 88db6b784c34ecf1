import type { Nodes, Root } from 'hast';
import type { VFile } from 'vfile';
import { maxNesting, tooDeep } from '../markdown/check-nesting.js';

/** Elements that never hold others, and those whose end tag may be left out (a second `<li>` closes the first). */
const notNesting = new Set([
  ...['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta'],
  ...['param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'tbody', 'thead'],
  ...['tfoot', 'colgroup', 'caption', 'rb', 'rp', 'rt', 'rtc'],
]);

/** Formatting elements: one left open is opened again in each block that follows (HTML's "active formatting elements"). */
const formatting = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);

/** A start or end tag; quoted attribute values may hold `>`. */
const tag = /<(\/?)([a-z][^\s/>]*)(?:"[^"]*"|'[^']*'|[^'">])*>/gi;
const comment = /<!--[\s\S]*?(?:-->|$)/g;

/** The elements raw HTML holds open at a point of the document, as the HTML parser would. */
interface Open {
  /** Elements, innermost last: those opened inside a Markdown block are closed when it ends. */
  readonly elements: string[];
  /** Formatting elements left open, as `name` and its attributes: not closed by the end of a block. */
  readonly formatting: { readonly name: string; readonly tag: string }[];
}

/**
 * Refuse raw HTML whose elements nest more than `maxNesting` deep, before
 * it is parsed: rehype-raw builds the tree with recursion, and 10,000 nested
 * `<div>`s overflowed the stack (issue 16). The raw nodes are read in order as
 * one stream of tags, much as the HTML parser reads them: an end tag closes
 * the elements opened after its own, the end of a Markdown block closes what
 * was opened in it, except formatting elements (`<b>`), which are opened
 * again, at most three alike. Adds a fatal message at the start tag where the
 * nesting gets too deep and returns false.
 */
export function checkRawNesting(tree: Root, file: VFile): boolean {
  const open: Open = { elements: [], formatting: [] };
  // An explicit stack (deep trees overflowed recursion); a number is the end of a block: how many elements were open at its start.
  const stack: (Nodes | number)[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'number') {
      open.elements.length = Math.min(open.elements.length, node);
      continue;
    }
    if (node.type === 'raw') {
      const at = follow(open, node.value);
      if (at === undefined) continue;
      tooDeep(file, 'html', placeIn(node.value, at, node.position?.start ?? { line: 1, column: 1 }));
      return false;
    }
    if (node.type === 'element') stack.push(open.elements.length);
    const children: readonly Nodes[] = 'children' in node ? node.children : [];
    for (const child of children.toReversed()) stack.push(child);
  }
  return true;
}

/**
 * Follow the tags of `html`, keeping what is still open in `open`; the
 * offset of the start tag that opens one more than `maxNesting`, if any.
 */
function follow(open: Open, html: string): number | undefined {
  // Comments blanked out, lines kept, so that offsets stay true.
  const text = html.replace(comment, (inside) => inside.replace(/[^\n]/g, ' '));
  for (const match of text.matchAll(tag)) {
    const [whole, slash, rawName] = match;
    const name = (rawName ?? '').toLowerCase();
    if (slash) close(open, name);
    else if (formatting.has(name)) {
      // The HTML parser keeps at most three alike ("Noah's Ark").
      if (open.formatting.filter((element) => element.tag === whole).length < 3) open.formatting.push({ name, tag: whole });
    } else if (
      !notNesting.has(name) &&
      !(whole.endsWith('/>') && open.elements.some((element) => element === 'svg' || element === 'math'))
    ) {
      // `<path/>` is closed in SVG and MathML; in HTML the slash means nothing (`<div/>` opens a div).
      open.elements.push(name);
    }
    if (open.elements.length + open.formatting.length > maxNesting) return match.index;
  }
  return undefined;
}

/** An end tag closes the innermost element of its name and those opened after it. */
function close(open: Open, name: string): void {
  if (formatting.has(name)) {
    const at = open.formatting.findLastIndex((element) => element.name === name);
    if (at !== -1) open.formatting.splice(at, 1);
    return;
  }
  const at = open.elements.lastIndexOf(name);
  if (at !== -1) open.elements.length = at;
}

/** The place of `offset` in `text`, which starts at `start`. */
function placeIn(text: string, offset: number, start: { line: number; column: number }): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  const last = lines.at(-1) ?? '';
  return lines.length === 1
    ? { line: start.line, column: start.column + last.length }
    : { line: start.line + lines.length - 1, column: last.length + 1 };
}
