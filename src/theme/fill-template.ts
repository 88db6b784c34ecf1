import type { Element, ElementContent, Root, RootContent } from 'hast';

/** What goes into one `data-slot` of a template. */
export interface Slot {
  /** Plain text (escaped by construction: it becomes a text node). */
  readonly text?: string;
  /** Nodes to put in the slot instead of text. */
  readonly nodes?: readonly ElementContent[];
  /** Attributes to set on the slot element, e.g. `dateTime` on `<time>`. */
  readonly properties?: Readonly<Record<string, string>>;
}

/** Slot values by name; `undefined` removes the slot element. */
export type Slots = Readonly<Record<string, Slot | undefined>>;

/**
 * Fill a template tree in place. An element with `data-slot="name"` gets the
 * slot's content (a `<meta>` gets it as its `content` attribute) or is removed
 * when the slot is empty; an element with `data-if="a b"` is removed unless
 * one of the named slots has a value. The data attributes are removed.
 */
export function fillTemplate<T extends Root | Element>(tree: T, slots: Slots): T {
  fillChildren(tree, slots);
  return tree;
}

function fillChildren(parent: Root | Element, slots: Slots): void {
  const children: RootContent[] = [];
  let removed = false;
  for (const child of parent.children) {
    if (child.type !== 'element') {
      // Drop the line break that followed a removed element, so no blank lines pile up.
      if (!(removed && child.type === 'text' && child.value.trim() === '')) children.push(child);
      removed = false;
      continue;
    }
    removed = !keep(child, slots);
    if (removed) continue;
    const name = child.properties['dataSlot'];
    delete child.properties['dataSlot'];
    delete child.properties['dataIf'];
    if (typeof name === 'string') fillSlot(child, slots[name]);
    else fillChildren(child, slots);
    children.push(child);
  }
  parent.children = children;
}

function keep(element: Element, slots: Slots): boolean {
  const name = element.properties['dataSlot'];
  if (typeof name === 'string' && !hasValue(slots[name])) return false;
  const condition = element.properties['dataIf'];
  if (typeof condition !== 'string') return true;
  return condition.split(/\s+/).some((slot) => hasValue(slots[slot]));
}

function hasValue(slot: Slot | undefined): slot is Slot {
  return slot !== undefined && (Boolean(slot.text) || (slot.nodes?.length ?? 0) > 0);
}

function fillSlot(element: Element, slot: Slot | undefined): void {
  if (!slot) return;
  Object.assign(element.properties, slot.properties);
  if (element.tagName === 'meta') {
    element.properties['content'] = slot.text ?? '';
    return;
  }
  element.children = slot.nodes ? [...slot.nodes] : [{ type: 'text', value: slot.text ?? '' }];
}
