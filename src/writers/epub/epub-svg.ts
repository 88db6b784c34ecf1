import type { Element, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toXast } from 'hast-util-to-xast';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { toXml } from 'xast-util-to-xml';
import { RenderError } from '../../errors.js';
import { escapeCdataEnds } from '../../hast/escape-cdata-ends.js';
import { removeOutsideReferences } from '../../hast/svg-references.js';
import { validSvgIds } from './svg-ids.js';

/** Elements an SVG in an EPUB must not carry: scripts, and HTML islands that readers may not render. */
const droppedElements = new Set(['script', 'foreignObject', 'iframe', 'handler', 'listener']);

/**
 * An SVG image made safe for an EPUB: the XML declaration and DOCTYPE
 * (whose external DTD EPUBCheck refuses) and comments removed; scripts,
 * event handlers, editor metadata in other namespaces (Inkscape, Sodipodi)
 * and references outside the image (`removeOutsideReferences`) removed; the SVG and XLink namespaces
 * declared. Returns UTF-8 XML.
 */
export function cleanSvg(bytes: Uint8Array): Uint8Array {
  const tree = fromHtml(new TextDecoder('utf-8').decode(bytes), { fragment: true });
  const svg = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!svg) throw new RenderError('An SVG image has no `<svg>` element');
  visit(svg, (node, index, parent) => {
    if (node.type === 'comment' || (node.type === 'element' && (droppedElements.has(node.tagName) || node.tagName.includes(':')))) {
      if (parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    }
    if (node.type === 'element') node.properties = cleanProperties(node.properties);
    return undefined;
  });
  removeOutsideReferences(svg);
  validSvgIds(svg);
  svg.properties['xmlns'] = 'http://www.w3.org/2000/svg';
  if (usesXlink(svg)) svg.properties['xmlnsXLink'] = 'http://www.w3.org/1999/xlink';
  else delete svg.properties['xmlnsXLink'];
  const xast = toXast(svg, { space: 'svg' });
  escapeCdataEnds(xast);
  const xml = toXml(xast, { closeEmptyElements: true, allowDangerousXml: true });
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`);
}

/** Whether an element of the SVG links with `xlink:href`. */
function usesXlink(svg: Element): boolean {
  let found = false;
  visit(svg, 'element', (node: Element) => {
    found = node.properties['xLinkHref'] !== undefined;
    return found ? EXIT : undefined;
  });
  return found;
}

/** The properties but event handlers and other namespaces'. */
function cleanProperties(properties: Properties): Properties {
  return Object.fromEntries(
    Object.entries(properties).filter(([name]) => {
      const isHandler = /^on[A-Z]/.test(name);
      const isForeign = name.includes(':');
      return !(isHandler || isForeign);
    }),
  );
}
