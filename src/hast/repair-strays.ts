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
      return group(
        children,
        (child) => !is(child, 'li'),
        (run) => element('li', outOfPlace('li', run), ['no-marker']),
      );
    case 'dl':
      return termsBeforeDescriptions(
        group(
          children,
          (child) => !is(child, 'dt', 'dd', 'div'),
          (run) => element('dd', outOfPlace('dd', run)),
        ),
      );
    case 'tr':
      return group(
        children,
        (child) => !is(child, 'td', 'th'),
        (run) => element('td', outOfPlace('td', run)),
      );
    case 'thead':
    case 'tbody':
    case 'tfoot':
      return group(
        children,
        (child) => !is(child, 'tr'),
        (run) => element('tr', [element('td', outOfPlace('td', run))]),
      );
    case 'table':
      return captionFirst(
        group(
          children,
          (child) => !is(child, ...tableParts),
          (run) => element('tbody', [element('tr', [element('td', outOfPlace('td', run))])]),
        ),
      );
    case 'details':
      return summaryFirst(children);
    case 'figure':
      return captionLast(children);
    default:
      return outOfPlace(parent, children);
  }
}

/** What `outOfPlace` moves or renames; any other element stays where it is. */
const strays = new Set([
  'li',
  'dt',
  'dd',
  ...rowGroups,
  'tr',
  'td',
  'th',
  'col',
  'colgroup',
  'source',
  'caption',
  'figcaption',
  'legend',
  'summary',
  'rt',
  'rp',
]);

/** List items, definition parts, table parts, captions and summaries outside their containers. */
function outOfPlace(parent: string, children: Children): Children {
  // Nearly every element holds none: it keeps its children without a copy (issue 13).
  if (!children.some((child) => child.type === 'element' && strays.has(child.tagName))) return children;
  let fixed = group(
    children,
    (child) => is(child, 'li'),
    (run) => element('ul', run),
  );
  fixed = group(
    fixed,
    (child) => is(child, 'dt', 'dd'),
    (run) => element('dl', termsBeforeDescriptions(run)),
  );
  return fixed.flatMap((child): Children => {
    if (child.type !== 'element') return [child];
    if (rowGroups.has(child.tagName) || is(child, 'tr', 'td', 'th')) return child.children;
    if (is(child, 'col', 'colgroup', 'source')) return [];
    if (is(child, 'caption', 'figcaption', 'legend') || (child.tagName === 'summary' && parent !== 'details'))
      return [{ ...child, tagName: 'div' }];
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
  const summary = children.find((child) => named(child, 'summary'));
  if (!summary) return [element('summary', []), ...children];
  const rest = children.filter((child) => child !== summary).map((child) => renamed(child, 'summary', 'p'));
  return [summary, ...rest];
}

/** A figure's caption, first or last as HTML requires; a second caption becomes a paragraph. */
function captionLast(children: Children): Children {
  const [caption, ...others] = children.filter((child) => named(child, 'figcaption'));
  if (!caption) return children;
  const elements = children.filter((child) => child.type === 'element');
  if (others.length === 0 && (elements[0] === caption || elements.at(-1) === caption)) return children;
  const rest = children.filter((child) => child !== caption).map((child) => renamed(child, 'figcaption', 'p'));
  return [...rest, caption];
}

/** A table's caption first. */
function captionFirst(children: Children): Children {
  const caption = children.find((child) => named(child, 'caption'));
  if (!caption || caption === children.find((child) => child.type === 'element')) return children;
  const rest = children.filter((child) => child !== caption).map((child) => renamed(child, 'caption', 'div'));
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

/** Whether `node` is a `name` element; when not, it may still be another element. */
function named<Name extends string>(node: ElementContent, name: Name): node is Element & { tagName: Name } {
  return node.type === 'element' && node.tagName === name;
}

/** `node` as a `to` element when it is a `from` one. */
function renamed(node: ElementContent, from: string, to: string): ElementContent {
  return named(node, from) ? { ...node, tagName: to } : node;
}

function element(tagName: string, children: Children, className?: string[]): Element {
  return { type: 'element', tagName, properties: className ? { className } : {}, children };
}
