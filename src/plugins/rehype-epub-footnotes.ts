import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { Plugin } from 'unified';

/** Options of `rehypeEpubFootnotes`. */
export interface EpubFootnotesOptions {
  /** Accessible name of the notes section, in the document's language. Default `Notes`. */
  readonly label?: string;
  /** Accessible name of a link back to the text; `{n}` is the note number. Default `Back to note {n} in the text`. */
  readonly backLabel?: string;
}

/**
 * Turn GFM footnotes (as remark-rehype writes them) into EPUB 3 notes that
 * e-readers show as pop-ups: each reference becomes
 * `<a epub:type="noteref" role="doc-noteref">`, each note an
 * `<aside epub:type="footnote" role="doc-footnote">` that starts with its
 * number linking back to the text, gathered in a `section.footnotes`.
 */
const rehypeEpubFootnotes: Plugin<[EpubFootnotesOptions?], Root> = function (options = {}) {
  const label = options.label ?? 'Notes';
  const backLabel = options.backLabel ?? 'Back to note {n} in the text';
  return (tree: Root): undefined => {
    const numbers = new Map<string, string>();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || node.properties['dataFootnoteRef'] === undefined) return;
      const href = node.properties['href'] ?? '';
      numbers.set(href.slice(1), textOf(node));
      delete node.properties['dataFootnoteRef'];
      delete node.properties['ariaDescribedBy'];
      node.properties['epub:type'] = 'noteref';
      node.properties['role'] = 'doc-noteref';
    });
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'section' || node.properties['dataFootnotes'] === undefined || !parent || index === undefined) return undefined;
      const items = node.children.flatMap((child) => (child.type === 'element' && child.tagName === 'ol' ? child.children : []));
      const notes = items
        .filter((item): item is Element => item.type === 'element' && item.tagName === 'li')
        .map((item) => note(item, numbers, backLabel));
      parent.children[index] = h('section.footnotes', { 'epub:type': 'footnotes', ariaLabel: label }, notes);
      return SKIP;
    });
  };
};

export default rehypeEpubFootnotes;

function note(item: Element, numbers: ReadonlyMap<string, string>, backLabel: string): Element {
  const id = item.properties['id'] ?? '';
  const number = numbers.get(id) ?? '';
  let firstBackref: string | undefined;
  visit(item, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'a' || node.properties['dataFootnoteBackref'] === undefined) return undefined;
    if (firstBackref === undefined && parent && index !== undefined) {
      // The note's number links back instead; drop the ↩ and the space before it.
      firstBackref = node.properties['href'] ?? '';
      parent.children.splice(index, 1);
      const before = parent.children[index - 1];
      if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
      return [SKIP, index];
    }
    delete node.properties['dataFootnoteBackref'];
    node.properties['className'] = ['footnote-backref'];
    node.properties['role'] = 'doc-backlink';
    return SKIP;
  });
  const backlink = h(
    'a.footnote-number',
    { href: firstBackref ?? '', role: 'doc-backlink', ariaLabel: backLabel.replace('{n}', number) },
    `${number}.`,
  );
  const content = item.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const first = content[0];
  if (first?.type === 'element' && first.tagName === 'p') {
    first.children.unshift(backlink, { type: 'text', value: ' ' });
  } else {
    content.unshift(h('p', [backlink]));
  }
  return h('aside', { id, 'epub:type': 'footnote', role: 'doc-footnote' }, content);
}

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text.trim();
}
