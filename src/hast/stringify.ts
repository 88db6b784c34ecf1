import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

const html = unified().use(rehypeStringify).freeze();
/** XML-compatible serialisation (self-closed void elements), for EPUB XHTML. */
const xhtml = unified().use(rehypeStringify, { closeSelfClosing: true, closeEmptyElements: true, tightSelfClosing: false }).freeze();

/** Serialise a hast tree as HTML, or as XHTML-compatible markup with `{ xml: true }`. */
export function stringify(tree: Root, options: { xml?: boolean } = {}): string {
  return (options.xml ? xhtml : html).stringify(tree);
}
