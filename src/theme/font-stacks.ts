import parse from 'css-tree/parser';
import walk from 'css-tree/walker';
import { fontFaceRule } from './font-faces.js';

/** A `font-family` list as the browser tries it: family names, first to last, unquoted. */
export type FontStack = readonly string[];

/** More stacks than this and the stylesheet's variables are not worth unfolding: callers then assume nothing. */
const mostStacks = 512;

/**
 * Every family list a stylesheet's `font-family` declarations can come to
 * (those of `@font-face` rules aside), each `var(--x)` replaced in turn by
 * every value the stylesheet gives `--x` anywhere (under `:lang()`,
 * `@media print`...), or its fallback when it gives none. `undefined` when
 * the stylesheet cannot be read or unfolds into too many lists.
 */
export function fontStacks(css: string): readonly FontStack[] | undefined {
  /** `font-family` values, and `font` shorthands (whose family list ends them). */
  const families: { readonly value: string; readonly shorthand: boolean }[] = [];
  const variables = new Map<string, string[]>();
  try {
    // A theme's variable fonts add some thousand `@font-face` rules: they name no stacks, and would be most of the parsing.
    walk(parse(css.replace(fontFaceRule, ''), { parseValue: false, parseCustomProperty: false }), {
      visit: 'Declaration',
      enter(node) {
        if (this.atrule?.name.toLowerCase() === 'font-face' || node.value.type !== 'Raw') return;
        const property = node.property.startsWith('--') ? node.property : node.property.toLowerCase();
        if (property === 'font-family' || property === 'font') families.push({ value: node.value.value, shorthand: property === 'font' });
        else if (property.startsWith('--')) variables.set(property, [...(variables.get(property) ?? []), node.value.value]);
      },
    });
  } catch {
    return undefined;
  }
  const stacks = new Map<string, FontStack>();
  for (const { value, shorthand } of families) {
    const unfolded = unfold(value, variables, new Set());
    if (unfolded === undefined) return undefined;
    for (const text of unfolded) {
      const stack = familyNames(shorthand ? shorthandFamilies(text) : text);
      if (stack.length === 0) continue;
      stacks.set(stack.join('\n'), stack);
      if (stacks.size > mostStacks) return undefined;
    }
  }
  return [...stacks.values()];
}

const variable = /var\(\s*(--[\w-]+)\s*(?:,((?:[^()]|\((?:[^()]|\([^()]*\))*\))*))?\)/;

/** The texts `value` comes to with each of its variables' values, or `undefined` past `mostStacks` or in a cycle. */
function unfold(value: string, variables: ReadonlyMap<string, readonly string[]>, open: ReadonlySet<string>): string[] | undefined {
  const found = variable.exec(value);
  if (found === null) return [value];
  const [whole, name = '', fallback = ''] = found;
  if (open.has(name)) return undefined;
  const before = value.slice(0, found.index);
  const after = value.slice(found.index + whole.length);
  const texts: string[] = [];
  for (const choice of variables.get(name) ?? [fallback]) {
    const inner = unfold(choice, variables, new Set([...open, name]));
    if (inner === undefined) return undefined;
    for (const text of inner) {
      const rest = unfold(before + text + after, variables, open);
      if (rest === undefined) return undefined;
      texts.push(...rest);
      if (texts.length > mostStacks) return undefined;
    }
  }
  return texts;
}

/**
 * The family list at the end of a `font` shorthand, after the size and any
 * line height (`italic 700 12pt/1.4 "Source Serif 4", serif`); none for a
 * system font keyword (`caption`).
 */
function shorthandFamilies(value: string): string {
  const size = /(?:^|\s)(?:[\d.]+(?:[a-z]+|%)|(?:xx?-|xxx-)?(?:small|large)|medium|smaller|larger)(?:\s*\/\s*[^\s,"']+)?\s+(?=\S)/i.exec(
    value,
  );
  return size === null ? '' : value.slice(size.index + size[0].length);
}

/** The family names of a `font-family` value, quotes and `!important` removed. */
function familyNames(value: string): string[] {
  return [...value.replace(/!\s*important\s*$/i, '').matchAll(/"([^"]*)"|'([^']*)'|([^,"']+)/g)]
    .map(([, double, single, bare]) => (double ?? single ?? bare ?? '').trim().replace(/\s+/g, ' '))
    .filter((name) => name !== '');
}
