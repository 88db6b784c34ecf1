import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { stringify } from '../pipeline/stringify.js';
import { themeUrlPrefix, type Theme } from '../theme/theme.js';
import type { Writer } from './writer.js';

const inlined = new WeakMap<Theme, string>();

/**
 * The print edition as one standalone HTML file: the theme's stylesheet is
 * inlined and its fonts embedded as data URLs, so the file opens anywhere.
 */
export const writeHtml: Writer = async (document, { theme }) => {
  const tree = structuredClone(document.print);
  inlineStylesheets(tree, theme);
  return [{ bytes: new TextEncoder().encode(stringify(tree)) }];
};

function inlineStylesheets(tree: Root, theme: Theme): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    const href = node.properties['href'];
    if (node.tagName !== 'link' || typeof href !== 'string' || !href.startsWith(themeUrlPrefix) || !parent || index === undefined) {
      return undefined;
    }
    parent.children[index] = h('style', standaloneCss(theme));
    return SKIP;
  });
}

/** The print stylesheet with every font it names embedded as a data URL (computed once per theme). */
export function standaloneCss(theme: Theme): string {
  let css = inlined.get(theme);
  if (css === undefined) {
    css = theme.print.css.replace(/url\(["']?(fonts\/[^"')]+)["']?\)/g, (match, url: string) => {
      const asset = theme.assets.get(url);
      return asset ? `url("data:${asset.type};base64,${Buffer.from(asset.bytes).toString('base64')}")` : match;
    });
    inlined.set(theme, css);
  }
  return css;
}
