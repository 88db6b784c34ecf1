import type { Element, Properties, Root } from 'hast';
import { urlAttributes } from 'html-url-attributes';
import { find, html } from 'property-information';
import { parseSrcset } from 'srcset';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkUrl, type UrlUse } from '../hast/check-url.js';
import { srcsetImage } from '../hast/srcset-image.js';
import type { Plugin } from 'unified';

/** URL attributes besides HTML's (`html-url-attributes`): a list of images, and addresses that name things. */
const otherUrlAttributes: Readonly<Record<string, UrlUse>> = { srcSet: 'image', longDesc: 'citation', itemType: 'citation' };

/** What each URL attribute leads to, as far as a reader of the output is concerned. */
function useOf(name: string): UrlUse | undefined {
  if (name === 'href') return 'link';
  if (name === 'src' || name === 'poster' || name === 'data') return 'image';
  const other = otherUrlAttributes[name];
  if (other !== undefined) return other;
  return Object.hasOwn(urlAttributes, name) ? 'citation' : undefined;
}

/**
 * Every URL the sanitiser kept (`href`, `src`, `srcset`, `cite`,
 * `longdesc`, `itemtype`, and any other URL attribute HTML defines) through
 * the one protocol check (`src/hast/check-url.ts`), so that a reader of the
 * output never fetches anything and no script runs: what it refuses is
 * removed with a warning at the file and line that wrote it (`file:`,
 * `javascript:`, `//host`); what it keeps is written as a browser reads it
 * (`HTTP://x` → `http://x`). An `<img>` with only a `srcset` gets the image
 * a browser would show as its `src`; the `srcset` itself goes, since Folio
 * embeds one image. An `<img>` left without a `src` is reported: it shows
 * its alt text (`rehype-valid-attributes`). Remote images are left to the
 * assets stage, which fetches them only with `--allow-network`. Runs right
 * after sanitising.
 */
const rehypeCheckUrls: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile): undefined => {
    visit(tree, 'element', (node: Element) => {
      const reported = file.messages.length;
      // `srcset` last: it stands in for a `src` only once that is known to be refused or missing.
      const entries = Object.entries(node.properties).sort(([a], [b]) => Number(a === 'srcSet') - Number(b === 'srcSet'));
      for (const [name, value] of entries) {
        const use = useOf(name);
        if (use === undefined || value === undefined || value === null) continue;
        if (name === 'srcSet') checkSrcset(node, String(value), file);
        else checkAttribute(node, name, value, use, file);
      }
      if (node.tagName === 'img' && typeof node.properties['src'] !== 'string' && file.messages.length === reported)
        warn(file, node, '`<img>` has no usable `src`, so its alt text is shown instead: give the image a `src`', 'image-source');
    });
  };
};

export default rehypeCheckUrls;

/** One attribute (a space-separated list for `itemtype`): kept as a browser reads it, or removed with a warning. */
function checkAttribute(node: Element, name: string, value: Properties[string], use: UrlUse, file: VFile): void {
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  const kept: string[] = [];
  for (const url of values) {
    if (url.trim() === '' && name === 'src') continue;
    const verdict = checkUrl(url, use);
    if (verdict.kind === 'refused') warn(file, node, removed(node, name, url, verdict.reason));
    else kept.push(verdict.url);
  }
  node.properties[name] = kept.length === 0 ? undefined : Array.isArray(value) ? kept : kept[0];
}

/** What the removal of one URL means to the reader. */
function removed(node: Element, name: string, url: string, reason: string): string {
  if (node.tagName === 'img' && name === 'src') return `image \`${url}\` is shown as its alt text: ${reason}`;
  if (name === 'href') return `link to \`${url}\` keeps its text but loses its link: ${reason}`;
  return `\`${find(html, name).attribute}="${url}"\` on \`<${node.tagName}>\` was removed: ${reason}`;
}

/**
 * A `srcset`: on an `<img>` without a `src`, the candidate a browser shows
 * becomes the `src`; on any element it then goes, unless every candidate
 * is a file of the project (a `<source>` the content model decides on).
 */
function checkSrcset(node: Element, srcset: string, file: VFile): void {
  delete node.properties['srcSet'];
  const candidates = parseSrcset(srcset);
  const refused = candidates.flatMap(({ url }) => {
    const verdict = checkUrl(url, 'image');
    return verdict.kind === 'refused' ? [{ url, reason: verdict.reason }] : [];
  });
  for (const { url, reason } of refused) warn(file, node, removed(node, 'srcSet', url, reason));
  const src = node.properties['src'];
  if (node.tagName === 'img') {
    if (typeof src === 'string' && src.trim() !== '') return;
    const chosen = srcsetImage(srcset, undefined, (url) => checkUrl(url, 'image').kind !== 'refused');
    const verdict = chosen === undefined ? undefined : checkUrl(chosen, 'image');
    if (verdict !== undefined && verdict.kind !== 'refused') node.properties['src'] = verdict.url;
    return;
  }
  const remote = candidates.filter(({ url }) => checkUrl(url, 'image').kind === 'remote');
  if (refused.length === 0 && remote.length === 0 && candidates.length > 0) node.properties['srcSet'] = srcset;
  for (const { url } of remote)
    warn(
      file,
      node,
      `remote image \`${url}\` in a \`srcset\` of \`<${node.tagName}>\` was removed: a reader would fetch it from the network`,
      'remote-srcset',
    );
}

/** A warning at the element's place; each kind its own rule, so that the report groups only warnings alike. */
function warn(file: VFile, node: Element, reason: string, ruleId = 'url'): void {
  file.message(reason, { ...(node.position && { place: node.position.start }), ruleId, source: 'folio' });
}
