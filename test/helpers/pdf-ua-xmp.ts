import { inflateSync } from 'node:zlib';
import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { PDFName, PDFRawStream, type PDFDocument } from 'pdf-lib';

/** A PDF's XMP packet as a reader of metadata sees it. */
export interface Xmp {
  /** The stream's `/Type` and `/Subtype`, and its filter (`undefined`: stored as plain text). */
  readonly type: string | undefined;
  readonly subtype: string | undefined;
  readonly filter: string | undefined;
  /** Each property of the packet by its qualified name (`dc:title`): a list's items, or the one value. */
  readonly properties: Readonly<Record<string, string | readonly string[]>>;
}

/** Read the catalog's `/Metadata` stream with an XML parser; `undefined` when there is none. */
export function readXmp(pdf: PDFDocument): Xmp | undefined {
  const stream = pdf.catalog.lookup(PDFName.of('Metadata'));
  if (!(stream instanceof PDFRawStream)) return undefined;
  const name = (key: string): string | undefined => stream.dict.lookup(PDFName.of(key))?.toString().replace(/^\//, '');
  const filter = name('Filter');
  const bytes = filter === 'FlateDecode' ? inflateSync(stream.contents) : stream.contents;
  const tree = fromXml(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  const properties: Record<string, string | readonly string[]> = {};
  for (const description of elements(tree, 'rdf:Description')) {
    for (const [key, value] of Object.entries(description.attributes)) {
      if (!key.startsWith('xmlns') && key !== 'rdf:about' && typeof value === 'string') properties[key] = value;
    }
    for (const property of description.children) {
      if (property.type !== 'element') continue;
      const items = elements(property, 'rdf:li').map(text);
      const container = elements(property, 'rdf:Alt').length > 0;
      properties[property.name] = items.length > 0 ? (container ? (items[0] ?? '') : items) : text(property);
    }
  }
  return { type: name('Type'), subtype: name('Subtype'), filter, properties };
}

/** Every element named `name` inside `node`, depth first. */
function elements(node: Root | Element, name: string): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.name === name) found.push(child);
    found.push(...elements(child, name));
  }
  return found;
}

/** An element's text. */
function text(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('');
}
