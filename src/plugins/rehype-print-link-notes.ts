import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Plugin } from 'unified';

/** Options of `rehypePrintLinkNotes`. */
export interface RehypePrintLinkNotesOptions {
  /** Title of the list of addresses, in the document's language. */
  readonly title: string;
}

/** Addresses paper cannot follow: everything that leaves the document. */
const external = /^(?:https?|ftp|mailto):/i;

/**
 * Paper has no links: give each external link a numbered note and list the
 * addresses at the end of the body, so a reader of the printout can type
 * them. A link whose text already is its address gets no note; one address
 * linked twice keeps one number; internal links (`#...`) are left alone and
 * stay clickable in the PDF. A link that shows its address is classed
 * `link-address`. Print edition only.
 */
const rehypePrintLinkNotes: Plugin<[RehypePrintLinkNotesOptions], Root> = function (options) {
  return (tree: Root): undefined => {
    const numbers = new Map<string, number>();
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a') return undefined;
      const href = node.properties['href'];
      if (typeof href !== 'string' || !external.test(href) || !parent || index === undefined) return SKIP;
      if (showsAddress(node, href)) {
        // Shown as written: the theme never hyphenates it (a hyphen would change the address).
        node.properties['className'] = [...classesOf(node), 'link-address'];
        return SKIP;
      }
      let number = numbers.get(href);
      if (number === undefined) numbers.set(href, (number = numbers.size + 1));
      const ref = h('sup.link-note-ref', [h('a', { href: `#link-note-${number}`, role: 'doc-noteref' }, String(number))]);
      parent.children.splice(index + 1, 0, ref);
      return [SKIP, index + 2];
    });
    if (numbers.size === 0) return;
    tree.children.push(notes(numbers, options.title));
  };
};

export default rehypePrintLinkNotes;

/** Whether the link's text is its address already (an autolink), ignoring the scheme. */
function showsAddress(link: Element, href: string): boolean {
  const bare = (text: string): string =>
    text
      .trim()
      .replace(/^(?:https?:\/\/|mailto:)/i, '')
      .replace(/\/$/, '');
  return bare(toString(link)) === bare(href);
}

function classesOf(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function notes(numbers: ReadonlyMap<string, number>, title: string): Element {
  const items: ElementContent[] = [...numbers].map(([href, number]) =>
    h('li', { id: `link-note-${number}` }, [h('a.link-note-url', { href }, href.replace(/^mailto:/i, ''))]),
  );
  return h('section.link-notes', { ariaLabel: title }, [h('p.link-notes-title', title), h('ol', items)]);
}
