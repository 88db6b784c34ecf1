import type { Element, ElementContent } from 'hast';
import { isVisibleText } from './content-model.js';

type Children = ElementContent[];

const tableParts = new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr']);
const rowGroups = new Set(['thead', 'tbody', 'tfoot']);

/**
 * The children of a `parent` element (`#root` for the document) with
 * whatever stands where HTML does not allow it put in a container that
 * allows it, so that no word is dropped:
 * a list's stray content goes into a list item, stray list items into a
 * list, definition terms and descriptions into a `dl`, a row's stray
 * content into a cell, a `details`' summary first, a figure's caption last;
 * table parts outside a table give up their box (a caption becomes a `div`).
 */
export function fixStrays(parent: string, children: Children): Children {
  switch (parent) {
    case 'ul':
    case 'ol':
      return group(children, (child) => !is(child, 'li'), (run) => element('li', outOfPlace('li', run), ['no-marker']));
    case 'dl':
      return termsBeforeDescriptions(group(children, (child) => !is(child, 'dt', 'dd', 'div'), (run) => element('dd', outOfPlace('dd', run))));
    case 'tr':
      return group(children, (child) => !is(child, 'td', 'th'), (run) => element('td', outOfPlace('td', run)));
    case 'thead':
    case 'tbody':
    case 'tfoot':
      return group(children, (child) => !is(child, 'tr'), (run) => element('tr', [element('td', outOfPlace('td', run))]));
    case 'table':
      return captionFirst(group(children, (child) => !is(child, ...tableParts), (run) => element('tbody', [element('tr', [element('td', outOfPlace('td', run))])])));
    case 'details':
      return summaryFirst(children);
    case 'figure':
      return captionLast(children);
    default:
      return outOfPlace(parent, children);
  }
}

/** List items, definition parts, table parts, captions and summaries outside their containers. */
function outOfPlace(parent: string, children: Children): Children {
  let fixed = group(children, (child) => is(child, 'li'), (run) => element('ul', run));
  fixed = group(fixed, (child) => is(child, 'dt', 'dd'), (run) => element('dl', termsBeforeDescriptions(run)));
  return fixed.flatMap((child): Children => {
    if (child.type !== 'element') return [child];
    if (rowGroups.has(child.tagName) || is(child, 'tr', 'td', 'th')) return child.children;
    if (is(child, 'col', 'colgroup', 'source')) return [];
    if (is(child, 'caption', 'figcaption', 'legend') || (child.tagName === 'summary' && parent !== 'details')) return [{ ...child, tagName: 'div' }];
    if (is(child, 'rt', 'rp') && parent !== 'ruby') return [{ ...child, tagName: 'span' }];
    return [child];
  });
}

/**
 * A `dl` as HTML requires it: groups of terms, each followed by
 * descriptions. A description with no term before it gets an empty term,
 * and terms with no description after them an empty description.
 */
function termsBeforeDescriptions(children: Children): Children {
  const out: Children = [];
  let last: string | undefined;
  for (const child of children) {
    if (is(child, 'dd') && last !== 'dt' && last !== 'dd') out.push(element('dt', []));
    out.push(child);
    if (child.type === 'element') last = child.tagName;
  }
  if (last === 'dt') out.push(element('dd', []));
  return out;
}

/**
 * A `details`' first `summary` first; any other becomes a paragraph. One
 * with none gets an empty one, which XHTML requires (a browser shows its
 * own "Details" there; printed open, it needs no label).
 */
function summaryFirst(children: Children): Children {
  const index = children.findIndex((child) => is(child, 'summary'));
  if (index === -1) return [element('summary', []), ...children];
  const summary = children[index] as Element;
  const rest = children.filter((_, at) => at !== index).map((child) => (is(child, 'summary') ? { ...(child as Element), tagName: 'p' } : child));
  return [summary, ...rest];
}

/** A figure's caption, first or last as HTML requires; a second caption becomes a paragraph. */
function captionLast(children: Children): Children {
  const captions = children.filter((child) => is(child, 'figcaption'));
  if (captions.length === 0) return children;
  const elements = children.filter((child) => child.type === 'element');
  if (captions.length === 1 && (elements[0] === captions[0] || elements.at(-1) === captions[0])) return children;
  const [caption] = captions;
  const rest = children.filter((child) => child !== caption).map((child) => (is(child, 'figcaption') ? { ...(child as Element), tagName: 'p' } : child));
  return [...rest, caption as Element];
}

/** A table's caption first. */
function captionFirst(children: Children): Children {
  const index = children.findIndex((child) => is(child, 'caption'));
  const first = children.findIndex((child) => child.type === 'element');
  if (index === -1 || index === first) return children;
  const caption = children[index] as Element;
  const rest = children.filter((_, at) => at !== index).map((child) => (is(child, 'caption') ? { ...(child as Element), tagName: 'div' } : child));
  return [caption, ...rest];
}

/**
 * Consecutive children that `belongs` accepts (with the white space between
 * them), each run replaced by `make(run)`. White space alone never starts a run.
 */
function group(children: Children, belongs: (child: ElementContent) => boolean, make: (run: Children) => Element): Children {
  const out: Children = [];
  let run: Children = [];
  let pending: Children = [];
  const flush = (): void => {
    if (run.length > 0) out.push(make(run));
    out.push(...pending);
    run = [];
    pending = [];
  };
  for (const child of children) {
    const blank = child.type === 'comment' || (child.type === 'text' && !isVisibleText(child));
    if (blank) {
      (run.length > 0 ? pending : out).push(child);
    } else if (belongs(child)) {
      run.push(...pending, child);
      pending = [];
    } else {
      flush();
      out.push(child);
    }
  }
  flush();
  return out;
}

function is(node: ElementContent, ...names: string[]): boolean {
  return node.type === 'element' && names.includes(node.tagName);
}

function element(tagName: string, children: Children, className?: string[]): Element {
  return { type: 'element', tagName, properties: className ? { className } : {}, children };
}
