import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Plugin } from 'unified';

/** Obsolete elements and the current ones browsers render them like. */
const renamed: Readonly<Record<string, string>> = {
  strike: 's',
  tt: 'code',
  acronym: 'abbr',
  listing: 'pre',
  xmp: 'pre',
  plaintext: 'pre',
  dir: 'ul',
};

/**
 * Raw HTML written for older browsers, or for GitHub, in the form HTML 5
 * (and so an EPUB reader) knows, before sanitising, so that nothing a
 * browser shows is lost for a name:
 *
 * - `<strike>`, `<tt>`, `<acronym>`, `<listing>`, `<xmp>`, `<dir>` become
 *   `<s>`, `<code>`, `<abbr>`, `<pre>`, `<pre>`, `<ul>`;
 * - `<center>` becomes a centred `<div>`;
 * - `<a name="x">` becomes `<a id="x">`, a link target as browsers treat it;
 * - `<picture>` becomes its `<img>`, the image a printer and most readers
 *   show: its `<source>`s name other files by media query (dark mode);
 * - `<details>` is open: paper cannot be clicked, and e-readers differ in
 *   whether they let a reader open it.
 */
const rehypeLegacyHtml: Plugin<[], Root> = function () {
  return (tree: Root): undefined => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const name = renamed[node.tagName];
      if (name !== undefined) node.tagName = name;
      if (node.tagName === 'center') {
        node.tagName = 'div';
        node.properties['align'] ??= 'center';
      }
      if (node.tagName === 'a') nameToId(node);
      if (node.tagName === 'details') node.properties['open'] = true;
      if (node.tagName === 'picture' && parent && index !== undefined) {
        parent.children.splice(index, 1, ...fallbackImages(node));
        return [SKIP, index];
      }
      return undefined;
    });
  };
};

export default rehypeLegacyHtml;

function nameToId(link: Element): void {
  const name = link.properties['name'];
  if (typeof name === 'string' && name.trim() !== '' && link.properties['id'] === undefined) link.properties['id'] = name.trim();
  delete link.properties['name'];
}

/** What a `<picture>` shows when no `<source>` applies: its `<img>` (and any text), without the sources. */
function fallbackImages(picture: Element): ElementContent[] {
  return picture.children.filter((child) => !(child.type === 'element' && child.tagName === 'source'));
}
