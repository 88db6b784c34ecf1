import type { CssNode, List, ListItem } from 'css-tree';
import generate from 'css-tree/generator';
import parse from 'css-tree/parser';
import walk from 'css-tree/walker';
import type { Element, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { toXast } from 'hast-util-to-xast';
import { visit } from 'unist-util-visit';
import { toXml } from 'xast-util-to-xml';
import { checkUrl } from './check-url.js';
import { escapeCdataEnds } from './escape-cdata-ends.js';

/**
 * Remove every reference of an SVG image that leads outside it, each
 * through the one protocol check (`checkUrl(url, 'svg')`: only `#parts`
 * of the image and `data:image/...` stay), so that a reader of the output
 * fetches nothing: `href` and `xlink:href` (`<image>`, `<use>`, `<a>`,
 * `<feImage>`), CSS `url()` in presentation attributes (`fill`, `filter`,
 * `mask`...), in `style` attributes and in `<style>` sheets (the
 * declaration that names it goes), and `@import` rules. Changes the tree;
 * returns the URLs removed, in order, each once.
 */
export function removeOutsideReferences(svg: Element): string[] {
  const removed = new Set<string>();
  const outside = (url: string): boolean => {
    const refused = checkUrl(url, 'svg').kind === 'refused';
    if (refused) removed.add(url.trim());
    return refused;
  };
  visit(svg, 'element', (node: Element) => {
    node.properties = checkedProperties(node.properties, outside);
    // A link that leads nowhere is a group: EPUBCheck asks a link for a title (ACC-011), and a reader could not follow it.
    if (node.tagName === 'a' && node.properties['href'] === undefined && node.properties['xLinkHref'] === undefined) node.tagName = 'g';
    if (node.tagName === 'style') {
      const css = toString(node);
      const cleaned = withoutOutsideUrls(css, 'stylesheet', outside);
      if (cleaned !== css) node.children = [{ type: 'text', value: cleaned }];
    }
  });
  return [...removed];
}

/** The properties without links outside the image, and with CSS values that name none. */
function checkedProperties(properties: Properties, outside: (url: string) => boolean): Properties {
  const kept: Properties = {};
  for (const [name, value] of Object.entries(properties)) {
    if ((name === 'href' || name === 'xLinkHref') && outside(String(value))) continue;
    if (typeof value === 'string' && /url\s*\(/i.test(value)) {
      const context = name === 'style' ? 'declarationList' : 'value';
      const cleaned = withoutOutsideUrls(value, context, outside);
      // A presentation attribute holds one value: it goes whole when its URL does.
      if (context === 'value' && cleaned !== value) continue;
      kept[name] = cleaned;
    } else kept[name] = value;
  }
  return kept;
}

/**
 * CSS without the declarations and `@import` rules whose URL leads outside
 * the image; the text as written when nothing goes.
 */
function withoutOutsideUrls(css: string, context: 'stylesheet' | 'declarationList' | 'value', outside: (url: string) => boolean): string {
  let ast: CssNode;
  try {
    ast = parse(css, { context });
  } catch {
    // CSS css-tree cannot read (`url(#1 grad)`, from an editor) goes whole when a URL in it leads outside.
    const urls = [...css.matchAll(/url\(\s*["']?([^"')]*)/gi)].map((match) => match[1] ?? '');
    return urls.filter(outside).length > 0 ? '' : css;
  }
  const state = { changed: false };
  const leadsOutside = (node: CssNode): boolean => {
    let found = false;
    walk(node, (child) => {
      if (child.type === 'Url' && outside(child.value)) found = true;
    });
    return found;
  };
  const drop = (node: CssNode, item: ListItem<CssNode>, list: List<CssNode> | null): void => {
    if (!leadsOutside(node)) return;
    state.changed = true;
    list?.remove(item);
  };
  if (context === 'value') return leadsOutside(ast) ? '' : css;
  walk(ast, {
    enter(node: CssNode, item: ListItem<CssNode>, list: List<CssNode> | null) {
      if (node.type === 'Declaration') drop(node, item, list);
      // `@import "x.css"` names its sheet with a string, not `url()`.
      else if (node.type === 'Atrule' && node.name.toLowerCase() === 'import') {
        const named = node.prelude?.type === 'AtrulePrelude' ? node.prelude.children.first : null;
        if (named?.type === 'String' && outside(named.value)) {
          state.changed = true;
          list?.remove(item);
        } else drop(node, item, list);
      }
    },
  });
  return state.changed ? generate(ast) : css;
}

/** An SVG image with its references outside it removed (`removeOutsideReferences`), and the URLs removed. */
export interface CheckedSvg {
  /** The image as it came when nothing was removed, else re-serialised as UTF-8 XML. */
  readonly bytes: Uint8Array;
  readonly removed: readonly string[];
}

/**
 * An SVG file's bytes without references outside the image, for the
 * assets stage: the file as it came when it has none. Pure.
 */
export function withoutOutsideReferences(bytes: Uint8Array): CheckedSvg {
  const tree = fromHtml(new TextDecoder('utf-8').decode(bytes), { fragment: true });
  const svg = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  const removed = svg ? removeOutsideReferences(svg) : [];
  if (!svg || removed.length === 0) return { bytes, removed };
  svg.properties['xmlns'] = 'http://www.w3.org/2000/svg';
  const xast = toXast(svg, { space: 'svg' });
  escapeCdataEnds(xast);
  const xml = toXml(xast, { closeEmptyElements: true, allowDangerousXml: true });
  return { bytes: new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`), removed };
}
