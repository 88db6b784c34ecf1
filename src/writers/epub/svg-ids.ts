import type { Element } from 'hast';
import { visit } from 'unist-util-visit';

/** An XML name without colons (NCName), as XML requires of an `id`; approximated with Unicode classes. */
const ncName = /^[\p{L}_][\p{L}\p{N}\p{Mn}\p{Mc}_.\-\u00B7\u203F\u2040]*$/u;

/**
 * Make every id of an SVG image a valid XML name (EPUBCheck RSC-005: drawing
 * programs write ids such as `1` or `a b`) and unique (a chart tool may
 * repeat one), pointing the references to the first holder of each id
 * (`href="#x"`, `url(#x)` in attributes and styles) at its new name, as a
 * browser resolves them to the first. Changes the tree in place.
 */
export function validSvgIds(svg: Element): void {
  const taken = new Set<string>();
  const renamed = new Map<string, string>();
  visit(svg, 'element', (node: Element) => {
    const id = node.properties['id'];
    if (typeof id !== 'string') return;
    const first = !renamed.has(id) && !taken.has(id);
    const valid = ncName.test(id) && !taken.has(id) ? id : freeName(id, taken);
    taken.add(valid);
    node.properties['id'] = valid;
    if (first && valid !== id) renamed.set(id, valid);
  });
  if (renamed.size === 0) return;
  const rename = (text: string): string =>
    text.replace(/url\(\s*(["']?)#([^"')]+)\1\s*\)/g, (match, quote: string, id: string) =>
      renamed.has(id) ? `url(${quote}#${renamed.get(id)}${quote})` : match,
    );
  visit(svg, (node) => {
    if (node.type === 'text') node.value = rename(node.value);
    if (node.type !== 'element') return;
    const { properties } = node;
    for (const [name, value] of Object.entries(properties)) {
      if (typeof value !== 'string') continue;
      const target = /^#(.+)$/.exec(value)?.[1];
      properties[name] =
        target !== undefined && (name === 'href' || name === 'xLinkHref') && renamed.has(target)
          ? `#${renamed.get(target)}`
          : rename(value);
    }
  });
}

/** A valid, unused name made from `id`: invalid characters as `_`, a `_` before a leading digit, a number after a taken one. */
function freeName(id: string, taken: ReadonlySet<string>): string {
  let base =
    Array.from(id)
      .map((char) => (/[\p{L}\p{N}_.-]/u.test(char) ? char : '_'))
      .join('') || '_';
  if (!/^[\p{L}_]/u.test(base)) base = `_${base}`;
  let name = base;
  for (let suffix = 1; taken.has(name); suffix++) name = `${base}-${suffix}`;
  return name;
}
