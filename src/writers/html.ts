import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { withDocumentLinks } from '../hast/document-links.js';
import { documentMatches } from '../hast/document-matches.js';
import { rewriteElements } from '../hast/rewrite-elements.js';
import { stringify } from '../hast/stringify.js';
import type { Asset } from '../model.js';
import { instancedFont } from '../theme/instanced-font.js';
import { siteOrigin, themeUrlPrefix, type Theme } from '../theme/theme.js';
import { fontFaceRule, fontFaceRules, fontUrl, type FontFaceRule } from '../theme/font-faces.js';
import { servedCodePoints } from '../theme/served-code-points.js';
import { codePointsOf, meetsRange, sortedCodePoints } from '../theme/unicode-range.js';
import type { Writer } from './writer.js';

const dataUrls = new WeakMap<Theme, Map<string, string>>();

/**
 * The print edition as one standalone HTML file: the theme's stylesheet is
 * inlined, with the fonts this document can use embedded as data URLs, and
 * so are the document's images, so the file opens anywhere.
 */
export const writeHtml: Writer = async (document, { theme }) => {
  // Links to the other documents of the run lead to their HTML editions, beside this one. Copy on
  // write (issue 13): the print edition is shared with the PDF writer and stays as it is.
  const linked = withDocumentLinks(document.print);
  const style = h('style', await standaloneCss(theme, linked));
  const image = imageAsDataUrl(document.publication.assets);
  const tree = rewriteElements(linked, (node) => (isThemeStylesheet(node) ? style : image(node)));
  return { artifacts: [{ bytes: new TextEncoder().encode(stringify(tree)) }], warnings: [] };
};

/** A copy of an `<img>` pointing at its image as a data URL (the load stage read every image into `assets`). */
function imageAsDataUrl(assets: ReadonlyMap<string, Asset>): (node: Element) => Element | undefined {
  const encoded = new Map<string, string>();
  return (node) => {
    const src = node.properties['src'];
    if (node.tagName !== 'img' || typeof src !== 'string') return undefined;
    const asset = assets.get(src);
    if (asset === undefined) return undefined;
    let url = encoded.get(src);
    if (url === undefined) encoded.set(src, (url = toDataUrl(asset)));
    return { ...node, properties: { ...node.properties, src: url } };
  };
}

function toDataUrl(asset: Asset): string {
  return `data:${asset.type};base64,${Buffer.from(asset.bytes).toString('base64')}`;
}

/** The theme's `<link>` to its stylesheet, which the standalone file has inline. */
function isThemeStylesheet(node: Element): boolean {
  const href = node.properties['href'];
  return node.tagName === 'link' && typeof href === 'string' && href.startsWith(themeUrlPrefix);
}

/**
 * The print stylesheet for `tree`: each `@font-face` is kept, with its font
 * embedded, only when the document can use it: its family's condition
 * (theme.json `fontConditions`) matches an element, and some character of
 * the text that the family will draw (`servedCodePoints`: not one an
 * earlier family of its stacks covers) falls in its `unicode-range`. The
 * rest would be dead weight (the maths font alone is 400 kB, each CJK face
 * some megabytes, and the CJK slices and the emoji face claim the digits
 * and Latin letters the text face draws). A variable font's instance is
 * made for the characters its family draws.
 */
async function standaloneCss(theme: Theme, tree: Root): Promise<string> {
  const codePoints = sortedCodePoints(codePointsOf(toString(tree)));
  const unavailable = new Set(
    Object.entries(theme.fontConditions)
      .filter(([, selector]) => !documentMatches(selector, tree))
      .map(([family]) => family),
  );
  const served = servedCodePoints(theme, codePoints, unavailable, userStylesheets(tree));
  const used = ({ family, range }: FontFaceRule): boolean => {
    if (family !== undefined && unavailable.has(family)) return false;
    return range === undefined || meetsRange(range, served(family));
  };
  const rules = fontFaceRules(theme).filter(used);
  const embedded = new Map<string, string>();
  await Promise.all(
    rules.flatMap(({ text, family }) =>
      [...text.matchAll(fontUrl)].map(async ([, url = '']) => {
        const file = theme.assets.get(url);
        if (file) embedded.set(url, dataUrl(theme, url, file));
        const instance = file ? undefined : await instancedFont(theme, new URL(themeUrlPrefix + url, siteOrigin), new Set(served(family)));
        if (instance) embedded.set(url, toDataUrl(instance));
      }),
    ),
  );
  const kept = new Set(rules.map((rule) => rule.text));
  return theme.print.css.replace(fontFaceRule, (rule) =>
    kept.has(rule) ? rule.replace(fontUrl, (_match, url: string) => `url("${embedded.get(url) ?? url}")`) : '',
  );
}

/** A theme file (a font) as a data URL, encoded once per theme. */
function dataUrl(theme: Theme, url: string, asset: Asset): string {
  let cache = dataUrls.get(theme);
  if (!cache) dataUrls.set(theme, (cache = new Map<string, string>()));
  let encoded = cache.get(url);
  if (encoded === undefined) cache.set(url, (encoded = toDataUrl(asset)));
  return encoded;
}

/** The text of the stylesheets the document adds to the theme's, in its head (`<style data-folio="css">`, from config and front matter `css`). */
function userStylesheets(tree: Root): string {
  const isElement = (node: Root['children'][number]): node is Element => node.type === 'element';
  const head = tree.children
    .filter(isElement)
    .find((node) => node.tagName === 'html')
    ?.children.filter(isElement)
    .find((node) => node.tagName === 'head');
  return (head?.children ?? [])
    .filter((node): node is Element => isElement(node) && node.tagName === 'style' && node.properties['dataFolio'] === 'css')
    .map((node) => toString(node))
    .join('\n');
}
