import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { withDocumentLinks } from '../hast/document-links.js';
import { stringify } from '../hast/stringify.js';
import type { Asset } from '../model.js';
import { themeUrlPrefix, type Theme } from '../theme/theme.js';
import type { Writer } from './writer.js';

const dataUrls = new WeakMap<Theme, Map<string, string>>();

/**
 * The print edition as one standalone HTML file: the theme's stylesheet is
 * inlined, with the fonts this document can use embedded as data URLs, and
 * so are the document's images, so the file opens anywhere.
 */
export const writeHtml: Writer = (document, { theme }) => {
  // Links to the other documents of the run lead to their HTML editions, beside this one.
  const tree = withDocumentLinks(document.print);
  inlineStylesheets(tree, theme);
  embedImages(tree, document.publication.assets);
  return Promise.resolve({ artifacts: [{ bytes: new TextEncoder().encode(stringify(tree)) }], warnings: [] });
};

/** Point every `<img>` at its image as a data URL (the load stage read every image into `assets`). */
function embedImages(tree: Root, assets: ReadonlyMap<string, Asset>): void {
  const encoded = new Map<string, string>();
  visit(tree, 'element', (node: Element) => {
    const src = node.properties['src'];
    if (node.tagName !== 'img' || typeof src !== 'string') return;
    const asset = assets.get(src);
    if (asset === undefined) return;
    let url = encoded.get(src);
    if (url === undefined) encoded.set(src, (url = toDataUrl(asset)));
    node.properties['src'] = url;
  });
}

function toDataUrl(asset: Asset): string {
  return `data:${asset.type};base64,${Buffer.from(asset.bytes).toString('base64')}`;
}

function inlineStylesheets(tree: Root, theme: Theme): void {
  const css = standaloneCss(theme, tree);
  visit(tree, 'element', (node: Element, index, parent) => {
    const href = node.properties['href'];
    if (node.tagName !== 'link' || typeof href !== 'string' || !href.startsWith(themeUrlPrefix) || !parent || index === undefined) {
      return undefined;
    }
    parent.children[index] = h('style', css);
    return SKIP;
  });
}

/**
 * The print stylesheet for `tree`: each `@font-face` is kept, with its font
 * embedded, only when the document can use it: some character of the text
 * falls in its `unicode-range`, and its family's condition (theme.json
 * `fontConditions`) matches an element. The rest would be dead weight
 * (the maths font alone is 400 kB).
 */
function standaloneCss(theme: Theme, tree: Root): string {
  const codePoints = new Set<number>();
  for (const char of toString(tree)) codePoints.add(char.codePointAt(0) ?? 0);
  const families = new Set(
    Object.entries(theme.fontConditions)
      .filter(([, selector]) => !select(selector, tree))
      .map(([family]) => family),
  );
  return theme.print.css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => {
    const family = /font-family:\s*["']?([^"';]+)["']?/.exec(rule)?.[1];
    if (family !== undefined && families.has(family)) return '';
    const range = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];
    if (range !== undefined && !inRange(range, codePoints)) return '';
    return rule.replace(/url\(["']?(fonts\/[^"')]+)["']?\)/g, (match, url: string) => {
      const embedded = dataUrl(theme, url);
      return embedded === undefined ? match : `url("${embedded}")`;
    });
  });
}

/** Whether any of the code points falls in a CSS `unicode-range` such as `U+0000-00FF, U+0131`. */
function inRange(range: string, codePoints: ReadonlySet<number>): boolean {
  const spans = range.split(',').map((part) => {
    const [start = '0', end] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(start, 16), parseInt(end ?? start, 16)] as const;
  });
  for (const point of codePoints) if (spans.some(([start, end]) => point >= start && point <= end)) return true;
  return false;
}

/** A theme font as a data URL, encoded once per theme. */
function dataUrl(theme: Theme, url: string): string | undefined {
  let cache = dataUrls.get(theme);
  if (!cache) dataUrls.set(theme, (cache = new Map<string, string>()));
  let encoded = cache.get(url);
  const asset = theme.assets.get(url);
  if (encoded === undefined && asset) {
    encoded = toDataUrl(asset);
    cache.set(url, encoded);
  }
  return encoded;
}
