import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { withDocumentLinks } from '../hast/document-links.js';
import { stringify } from '../hast/stringify.js';
import type { Asset } from '../model.js';
import { instancedFont } from '../theme/instanced-font.js';
import { siteOrigin, themeUrlPrefix, type Theme } from '../theme/theme.js';
import { fontFaceRule, fontFaceRules, type FontFaceRule } from '../theme/font-faces.js';
import { codePointsOf, meetsRange, sortedCodePoints } from '../theme/unicode-range.js';
import type { Writer } from './writer.js';

const dataUrls = new WeakMap<Theme, Map<string, string>>();

/**
 * The print edition as one standalone HTML file: the theme's stylesheet is
 * inlined, with the fonts this document can use embedded as data URLs, and
 * so are the document's images, so the file opens anywhere.
 */
export const writeHtml: Writer = async (document, { theme }) => {
  // Links to the other documents of the run lead to their HTML editions, beside this one.
  const tree = withDocumentLinks(document.print);
  await inlineStylesheets(tree, theme);
  embedImages(tree, document.publication.assets);
  return { artifacts: [{ bytes: new TextEncoder().encode(stringify(tree)) }], warnings: [] };
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

async function inlineStylesheets(tree: Root, theme: Theme): Promise<void> {
  const css = await standaloneCss(theme, tree);
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
 * (the maths font alone is 400 kB, each CJK face some megabytes). A
 * variable font's instance is made for the document's characters.
 */
async function standaloneCss(theme: Theme, tree: Root): Promise<string> {
  const codePoints = codePointsOf(toString(tree));
  const sorted = sortedCodePoints(codePoints);
  const families = new Set(
    Object.entries(theme.fontConditions)
      .filter(([, selector]) => !select(selector, tree))
      .map(([family]) => family),
  );
  const used = ({ family, range }: FontFaceRule): boolean => {
    if (family !== undefined && families.has(family)) return false;
    return range === undefined || meetsRange(range, sorted);
  };
  const rules = fontFaceRules(theme)
    .filter(used)
    .map((rule) => rule.text);
  const urls = new Set(rules.flatMap((rule) => [...rule.matchAll(fontUrl)].map(([, url = '']) => url)));
  const embedded = new Map<string, string>();
  await Promise.all(
    [...urls].map(async (url) => {
      const file = theme.assets.get(url);
      if (file) embedded.set(url, dataUrl(theme, url, file));
      const instance = file ? undefined : await instancedFont(theme, new URL(themeUrlPrefix + url, siteOrigin), codePoints);
      if (instance) embedded.set(url, toDataUrl(instance));
    }),
  );
  const kept = new Set(rules);
  return theme.print.css.replace(fontFaceRule, (rule) =>
    kept.has(rule) ? rule.replace(fontUrl, (_match, url: string) => `url("${embedded.get(url) ?? url}")`) : '',
  );
}

const fontUrl = /url\(["']?(fonts\/[^"')]+)["']?\)/g;

/** A theme file (a font) as a data URL, encoded once per theme. */
function dataUrl(theme: Theme, url: string, asset: Asset): string {
  let cache = dataUrls.get(theme);
  if (!cache) dataUrls.set(theme, (cache = new Map<string, string>()));
  let encoded = cache.get(url);
  if (encoded === undefined) cache.set(url, (encoded = toDataUrl(asset)));
  return encoded;
}
