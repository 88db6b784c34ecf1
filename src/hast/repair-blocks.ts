import type { Element, ElementContent } from 'hast';
import { isPhrasing, isVisibleText, phrasingContainers, plainBlocks } from './content-model.js';

/** Whether a child of a phrasing container is a block that cannot stay there. */
export function blockInPhrasing(node: ElementContent): boolean {
  return !isPhrasing(node);
}

/**
 * Split `node`'s children at the blocks among them: each run of other
 * children goes into a part made by `part()` (in order), each block stands
 * on its own between them. Runs of white space alone are kept as they are.
 */
export function splitAt(node: Element, isBlock: (child: ElementContent) => boolean, part: () => Element): ElementContent[] {
  const out: ElementContent[] = [];
  let run: ElementContent[] = [];
  const flush = (): void => {
    if (run.some((child) => child.type === 'element' || isVisibleText(child))) out.push({ ...part(), children: run });
    else out.push(...run);
    run = [];
  };
  for (const child of node.children) {
    if (isBlock(child)) {
      flush();
      out.push(child);
    } else {
      run.push(child);
    }
  }
  flush();
  return out;
}

/**
 * Keep `original`'s id on what replaced it: on the first element of `parts`
 * without an id, else on an empty anchor before them, so links to it still
 * lead somewhere.
 */
export function keepId(original: Element, parts: ElementContent[]): ElementContent[] {
  const id = original.properties['id'];
  if (id === undefined) return parts;
  const elements = parts.filter((part): part is Element => part.type === 'element');
  if (elements.some((part) => part.properties['id'] === id)) return parts;
  const free = elements.find((part) => part.properties['id'] === undefined);
  if (free) {
    free.properties['id'] = id;
    return parts;
  }
  return [{ type: 'element', tagName: 'span', properties: { id }, children: [] }, ...parts];
}

/**
 * Text-level markup (`em`, `b`, `code`...) that holds blocks, carried into
 * them: its runs of text stay wrapped in it, and each block gets it around
 * its own text, down through lists and tables. `<b>a<p>x</p></b>` becomes
 * `<b>a</b><p><b>x</b></p>`. The id stays on the first copy.
 */
export function carryInto(markup: Element): ElementContent[] {
  let copies = 0;
  const wrap = (children: ElementContent[]): Element => {
    const properties = { ...markup.properties };
    if (copies++ > 0) delete properties['id'];
    return { type: 'element', tagName: markup.tagName, properties, children, ...(markup.position && { position: markup.position }) };
  };
  return keepId(markup, wrapRuns(markup.children, wrap));
}

/** Runs of phrasing content wrapped by `wrap`; blocks get the markup inside them. */
function wrapRuns(children: readonly ElementContent[], wrap: (children: ElementContent[]) => Element): ElementContent[] {
  const out: ElementContent[] = [];
  let run: ElementContent[] = [];
  const flush = (): void => {
    if (run.some((child) => child.type === 'element' || isVisibleText(child))) out.push(wrap(run));
    else out.push(...run);
    run = [];
  };
  for (const child of children) {
    if (child.type !== 'element' || isPhrasing(child)) {
      run.push(child);
      continue;
    }
    flush();
    out.push(carry(child, wrap));
  }
  flush();
  return out;
}

function carry(block: Element, wrap: (children: ElementContent[]) => Element): Element {
  if (block.children.length === 0) return block;
  if (phrasingContainers.has(block.tagName)) return { ...block, children: [wrap(block.children)] };
  return { ...block, children: wrapRuns(block.children, wrap) };
}

/**
 * The children of a heading (or `summary`) with its plain boxes (`div`,
 * `p`...) shown inline as `span.block`, which the stylesheets lay out as
 * blocks, and its code as `span.block.pre`. A box holding something that cannot be inline (a list, a table)
 * gives up its box and leaves its content for the heading to split around.
 */
export function inlineBlocks(children: readonly ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element' || isPhrasing(child)) return [child];
    // Code keeps its lines and its face, as `span.block.pre`.
    if (child.tagName === 'pre' && child.children.every(isPhrasing))
      return [{ ...child, tagName: 'span', properties: withClasses(child, 'block', 'pre') }];
    if (!plainBlocks.has(child.tagName)) return [child];
    const inner = inlineBlocks(child.children);
    if (!inner.every(isPhrasing)) return keepId(child, inner);
    return [{ ...child, tagName: 'span', properties: withClasses(child, 'block'), children: inner }];
  });
}

function withClasses(node: Element, ...names: string[]): Element['properties'] {
  const existing = node.properties['className'];
  return { ...node.properties, className: [...(Array.isArray(existing) ? existing : []), ...names] };
}
