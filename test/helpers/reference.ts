import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Nodes as MdastNodes } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGemoji from 'remark-gemoji';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse } from '../../src/pipeline/parse.js';
import { visit } from 'unist-util-visit';
import { countStructure, elements, type Structure } from './structure.js';

/**
 * A browser's reading of Markdown: CommonMark and GFM (tables, task lists,
 * strikethrough, autolinks, footnotes, emoji shortcodes as GitHub shows
 * them), raw HTML parsed by an HTML parser
 * (parse5, as browsers do) and nothing sanitised. Front matter is skipped.
 */
const browser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkGfm)
  .use(remarkGemoji)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .freeze();

/** The syntax tree (hast) a browser would build from a Markdown source. */
export function referenceTree(markdown: string): Root {
  return browser.runSync(browser.parse(markdown));
}

/**
 * The reference structure of a Markdown source: the blocks of its browser
 * reading, less the paragraphs Folio turns into something else by design:
 * - an image alone in its paragraph becomes a `figure` (its image still counts);
 * - a paragraph that is a display formula (`$$…$$`, where remark-math reads
 *   one) or a definition list (remark-definition-list) is no paragraph there;
 * - a GitHub alert's marker (`> [!NOTE]`) alone in its paragraph becomes the
 *   callout's title, which is not counted either.
 */
export function referenceStructure(markdown: string): Structure {
  const tree = referenceTree(markdown);
  const { maths, definitions } = extensionRanges(markdown);
  const markers = alertMarkers(tree);
  const skipParagraph = (paragraph: Element): boolean =>
    isLoneImage(paragraph) ||
    markers.has(paragraph) ||
    (isDisplayMaths(paragraph) && maths.some((range) => within(paragraph, range))) ||
    definitions.some((range) => within(paragraph, range));
  const first = firstH1(tree);
  return { counts: countStructure(tree, { skipParagraph }), firstH1: first && toString(first) };
}

/** Source ranges (offsets) of the display maths and the definition lists of Folio's reading. */
function extensionRanges(markdown: string): { maths: Range[]; definitions: Range[] } {
  const maths: Range[] = [];
  const definitions: Range[] = [];
  // Folio's own parse: its reading of `$$` display maths differs from remark-math's (remark-math-fences).
  visit(parse(new VFile({ path: 'reference.md', value: markdown })), (node: MdastNodes) => {
    const { start, end } = node.position ?? {};
    if (start === undefined || end === undefined) return;
    if (node.type === 'math') maths.push([start.line, end.line]);
    if (node.type === 'defList') definitions.push([start.line, end.line]);
  });
  return { maths, definitions };
}

/** First and last line of a construct. */
type Range = readonly [start: number, end: number];

function within(node: Element, [start, end]: Range): boolean {
  const from = node.position?.start.line;
  const to = node.position?.end.line;
  return from !== undefined && to !== undefined && from >= start && to <= end;
}

/**
 * A paragraph that is a display formula: `$$…$$` and nothing else. Only
 * those: when remark-math reads a `$$` that never closes, its formula runs
 * to the end of the document, and the paragraphs it swallows must still count.
 */
function isDisplayMaths(paragraph: Element): boolean {
  return /^\s*\$\$[\s\S]*\$\$\s*$/.test(toString(paragraph));
}

/** As Folio's figure plugin decides: the paragraph holds one `img` and white space. */
function isLoneImage(paragraph: Element): boolean {
  const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return content.length === 1 && content[0]?.type === 'element' && content[0].tagName === 'img';
}

/** First paragraphs of blockquotes that hold only an alert marker, when more follows (as rehype-github-alerts requires). */
function alertMarkers(tree: Root): Set<Element> {
  const found = new Set<Element>();
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'blockquote') return;
    const [first, ...rest] = elements(node.children);
    if (first?.tagName === 'p' && rest.length > 0 && /^\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$/i.test(toString(first)))
      found.add(first);
  });
  return found;
}

function firstH1(tree: Root): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (found === undefined && node.tagName === 'h1') found = node;
  });
  return found;
}
