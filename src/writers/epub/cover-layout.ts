import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { stringify } from '../../hast/stringify.js';
import { inUnicodeRange, parseUnicodeRange, type UnicodeRange } from '../../theme/unicode-range.js';

/**
 * What a cover page needs loaded before its text is set, as a key: two
 * pages with the same key can be drawn in one canvas, the second refilled
 * with the other's text (`LockedPage.refill`), and come out as if each had
 * been loaded on its own. The key holds the `<head>` (stylesheets and
 * fonts) without its title, the root's language and direction, and for each
 * text of the body, where it is and which `@font-face` rules of limited
 * `unicode-range` its characters fall in: a font that one text loaded can
 * change how the next is set, even where it has none of its glyphs (the
 * line's metrics are the first loaded font's), so texts that need other
 * fonts are never drawn one over the other. `undefined` for a page whose
 * body brings stylesheets of its own.
 */
export function coverLayout(page: Root): string | undefined {
  const html = childElement(page.children, 'html');
  const head = html && childElement(html.children, 'head');
  const body = html && childElement(html.children, 'body');
  if (!html || !head || !body) return undefined;
  const untitled = head.children.filter((node) => !(node.type === 'element' && node.tagName === 'title'));
  const texts = textsOf(body, '', fontRanges(untitled));
  if (texts === undefined) return undefined;
  const { lang, dir } = html.properties;
  return JSON.stringify([stringify({ type: 'root', children: [{ ...head, children: untitled }] }), lang, dir, texts]);
}

/** Each text under `element`, as where it is and which fonts it needs; `undefined` when a stylesheet is among them. */
function textsOf(element: Element, path: string, ranges: readonly UnicodeRange[]): string[] | undefined {
  const here = `${path}>${element.tagName}.${classNames(element)}`;
  const texts: string[] = [];
  for (const child of element.children) {
    if (child.type === 'text') texts.push(`${here}: ${fontsOf(child.value, ranges)}`);
    if (child.type !== 'element') continue;
    if (child.tagName === 'style' || child.tagName === 'link') return undefined;
    const inner = textsOf(child, here, ranges);
    if (inner === undefined) return undefined;
    texts.push(...inner);
  }
  return texts;
}

function childElement(nodes: readonly RootContent[], tagName: string): Element | undefined {
  return nodes.find((node): node is Element => node.type === 'element' && node.tagName === tagName);
}

function classNames(element: Element): string {
  const names = element.properties['className'];
  return Array.isArray(names) ? names.join('.') : '';
}

/** The `unicode-range` of every `@font-face` rule of the head's stylesheets that has one. */
function fontRanges(head: readonly RootContent[]): UnicodeRange[] {
  const css = head.map((node) => (node.type === 'element' && node.tagName === 'style' ? toString(node) : '')).join('\n');
  return [...css.matchAll(/@font-face\s*\{[^}]*\}/g)].flatMap(([rule]) => {
    const range = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];
    return range === undefined ? [] : [parseUnicodeRange(range)];
  });
}

/** Which of `ranges` each character of `text` falls in, each distinct set once: `0,3|2|` (the empty set: none). */
function fontsOf(text: string, ranges: readonly UnicodeRange[]): string {
  const sets = new Set<string>();
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    sets.add(ranges.flatMap((range, index) => (inUnicodeRange(range, point) ? [index] : [])).join(','));
  }
  return [...sets].sort().join('|');
}
