import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { shows } from './shows.js';

const reference = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw);

/**
 * The tree a browser builds from a Markdown source: remark-parse, remark-gfm,
 * remark-rehype and rehype-raw, without sanitising (the front matter block
 * skipped). The reference Folio's outputs are compared with.
 */
export async function browserTree(markdown: string): Promise<Root> {
  return await reference.run(reference.parse(markdown));
}

/** Elements whose text no browser shows. */
const unseen = new Set(['style', 'script', 'template', 'iframe', 'noembed', 'noframes', 'title', 'head']);

/** The words a reader sees in a tree (the text, and the alt of an image with no source), lower-cased, in order: letters and digits, everything else a separator. */
export function visibleWords(tree: Root | Element): string[] {
  const words: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'element' && unseen.has(node.tagName)) return SKIP;
    // An image with no source shows its text alternative.
    const alt =
      node.type === 'element' && node.tagName === 'img' && node.properties['src'] === undefined ? node.properties['alt'] : undefined;
    const text = node.type === 'text' ? node.value : typeof alt === 'string' ? alt : '';
    words.push(
      ...text
        .normalize('NFKC')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    );
    return undefined;
  });
  return words;
}

/** The blocks of a tree by kind, as a reader counts them. */
export interface BlockCounts {
  headings: number;
  listItems: number;
  tables: number;
  codeBlocks: number;
  blockquotes: number;
}

/**
 * Count the blocks of a tree. A `pre` that Folio made a `div.pre` (it held
 * blocks) or a `span.pre` (a heading held it) and the `listing`/`xmp` a browser lays out as `pre` are code
 * blocks; a heading that shows nothing is none; a list item Folio added around list content that had none
 * (`li.no-marker`) is not a list item.
 */
export function countBlocks(tree: Root | Element): BlockCounts {
  const counts: BlockCounts = { headings: 0, listItems: 0, tables: 0, codeBlocks: 0, blockquotes: 0 };
  visit(tree, 'element', (node: Element) => {
    const classes = Array.isArray(node.properties['className']) ? node.properties['className'].map(String) : [];
    if (/^h[1-6]$/.test(node.tagName)) counts.headings += shows(node) ? 1 : 0;
    else if (node.tagName === 'li' && !classes.includes('no-marker')) counts.listItems += 1;
    else if (node.tagName === 'table') counts.tables += 1;
    else if (['pre', 'listing', 'xmp'].includes(node.tagName) || (['div', 'span'].includes(node.tagName) && classes.includes('pre')))
      counts.codeBlocks += 1;
    else if (node.tagName === 'blockquote') counts.blockquotes += 1;
  });
  return counts;
}
