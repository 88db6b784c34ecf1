import type { Element, Root } from 'hast';
import type { Options as Schema } from 'rehype-sanitize';
import { find, html } from 'property-information';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Plugin } from 'unified';

/**
 * Warn, with file and line, about each element and attribute of raw HTML
 * that rehype-sanitize (run next, with the same schema) will drop, so an
 * author learns why their markup vanished.
 */
const rehypeReportUnsafe: Plugin<[Schema], Root> = function (schema) {
  const allowed = new Set(schema.tagNames ?? []);
  const strip = new Set(schema.strip ?? []);
  const attributes = schema.attributes ?? {};
  const allowedAttribute = (tag: string, name: string): boolean =>
    [...(attributes[tag] ?? []), ...(attributes['*'] ?? [])].some((entry) => (Array.isArray(entry) ? entry[0] : entry) === name);
  return (tree: Root, file: VFile): undefined => {
    visit(tree, 'element', (node: Element) => {
      // Markdown only makes elements and attributes the schema allows: what is reported here was written as
      // raw HTML, and its place is where it was written.
      const place = node.position?.start;
      if (!allowed.has(node.tagName)) {
        const what = strip.has(node.tagName) ? 'with its content' : 'keeping its text';
        warn(file, `raw HTML \`<${node.tagName}>\` is not allowed and was removed ${what}`, place);
        return;
      }
      for (const name of Object.keys(node.properties)) {
        if (!allowedAttribute(node.tagName, name))
          warn(file, `raw HTML attribute \`${find(html, name).attribute}\` on \`<${node.tagName}>\` is not allowed and was removed`, place);
      }
    });
  };
};

export default rehypeReportUnsafe;

function warn(file: VFile, reason: string, place: { line: number; column: number } | undefined): void {
  file.message(reason, { ...(place && { place }), ruleId: 'sanitize', source: 'folio' });
}
