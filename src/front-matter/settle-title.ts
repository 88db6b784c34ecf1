import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * Decide a document's title, and take out of `tree` the heading it repeats,
 * as the templates print the title as the page's `h1`:
 *
 * - with a title from the front matter, the opening `#` heading (the first
 *   block, HTML comments aside) goes when it says the same (letter case,
 *   white space and curly or straight quotes aside);
 * - without one, the first `#` heading of the document is the title, and goes;
 * - without either, the file name is the title: `continued-fractions.md`
 *   becomes `Continued fractions`, `intro_to_HTML.md` becomes `intro to HTML`.
 *
 * Only top-level headings count (not one inside a quotation or a list), and
 * the nodes left keep their positions. `stem` is the file name without its
 * extension.
 */
export function settleTitle(tree: Root, given: string | undefined, stem: string | undefined): string {
  if (given !== undefined) {
    const opening = tree.children.findIndex((node) => !isPreamble(node));
    const node = tree.children[opening];
    if (node && isTitleHeading(node) && comparable(toString(node)) === comparable(given)) tree.children.splice(opening, 1);
    return given;
  }
  const first = tree.children.findIndex((node) => isTitleHeading(node) && toString(node).trim() !== '');
  const heading = tree.children[first];
  if (heading) {
    tree.children.splice(first, 1);
    return toString(heading).replace(/\s+/g, ' ').trim();
  }
  return titleFromFileName(stem ?? '');
}

function isTitleHeading(node: RootContent): node is Heading {
  return node.type === 'heading' && node.depth === 1;
}

/** What comes before the opening block and is not read: the front matter, HTML comments, blank HTML. */
function isPreamble(node: RootContent): boolean {
  if (node.type === 'yaml' || node.type === 'toml') return true;
  return node.type === 'html' && /^(?:\s*<!--[\s\S]*?-->)*\s*$/.test(node.value);
}

/** A title as compared with a heading: letter case, runs of white space and curly quotes do not matter. */
function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A file name made into a title: dashes and underscores become spaces, and
 * a name all in lower case gets a capital first letter; nothing else
 * changes. `Untitled` when nothing is left.
 */
function titleFromFileName(stem: string): string {
  const title = stem.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (title === '') return 'Untitled';
  return title === title.toLowerCase() ? title.charAt(0).toUpperCase() + title.slice(1) : title;
}
