import type { Element, Root, RootContent } from 'hast';
import { referenceTree } from './reference.js';
import { cut, words } from './words.js';

/** Elements whose text a browser does not show. */
const hidden = new Set(['style', 'script', 'template', 'iframe', 'noscript', 'textarea', 'title']);

/** Elements that end a run of text (phrasing elements do not). */
const blocks = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** A run of text that no block boundary interrupts: prose, with its inline code apart. */
export interface TextRun {
  /** The run's text, piece by piece: `code` for a code span, or the whole of a code block. */
  readonly pieces: readonly { readonly text: string; readonly code: boolean }[];
  /** Text of a heading. */
  readonly heading: boolean;
}

/**
 * The words of the document's visible text, in order: what a browser shows of
 * its GFM reading (not the content of `style`, `script`, `iframe`…, nor GFM's
 * hidden "Footnotes" label), everything under `<details>` included (paper has
 * no disclosure widget, so print must show all of it), less the syntax of
 * other tools that Folio may render rather than print (see `prose`). Code is
 * taken as written. A word that a code span cuts is written `option|s`
 * (see `missingWords`).
 */
export function referenceWords(markdown: string): string[] {
  return textRuns(referenceTree(markdown)).flatMap((run) => {
    const texts = run.pieces.map((piece, index) =>
      piece.code ? piece.text : prose(piece.text, run.heading && index === run.pieces.length - 1),
    );
    const found: string[] = [];
    texts.forEach((text, index) => {
      const [first, ...rest] = words(text);
      if (first === undefined) return;
      // A code span and the letters touching it make one word, which may print whole or in two.
      const touching = index > 0 && /[\p{L}\p{N}\p{M}]$/u.test(texts[index - 1] ?? '') && /^[\p{L}\p{N}\p{M}]/u.test(text);
      const previous = found.at(-1);
      if (touching && previous !== undefined && !previous.includes(cut)) found[found.length - 1] = `${previous}${cut}${first}`;
      else found.push(first);
      found.push(...rest);
    });
    return found;
  });
}

/**
 * Prose without the syntax that an extension turns into something else, which
 * the PDF need not print as written. Each rule only ever drops words.
 * - Maths: `$…$` and `$$…$$` are formulas in Folio (remark-math, KaTeX), and
 *   typeset formulas (`\frac`, `\sqrt`) no longer read as the source's words.
 *   Escapes are gone from the tree by now, so an escaped `\$` pairs like any
 *   other: that drops a few more words, never adds a false one.
 * - A GitHub alert's marker `[!NOTE]` becomes a title in the document's language.
 * - Admonition openers of MkDocs (`!!! info`, `??? hint`) and Docusaurus
 *   (`:::tip`): the keyword is a marker, not text (their titles stay).
 * - A heading's closing attribute block `{#id .class}` (the Go site, pandoc) is not text.
 * - Emoji shortcodes (`:construction:`) may be printed as the emoji.
 * - MDX `import … from '…'` lines are code for another tool.
 * - A paragraph that is only `\newpage` or `\pagebreak` (pandoc) is a page break.
 */
function prose(text: string, endOfHeading: boolean): string {
  const kept = text
    .replace(/\$\$[\s\S]+?\$\$|\$(?:\\.|[^$\\])+?\$/g, ' ')
    .replace(/\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/gi, ' ')
    .replace(/(^|\n)[ \t]*(?:!!!|\?\?\?\+?|:::+)[ \t]*[\w-]+/g, '$1 ')
    .replace(/:[a-z][a-z0-9_+-]*:/g, ' ')
    .replace(/(^|\n)[ \t]*(?:import|export)\s[^\n]*?\sfrom\s+['"][^'"\n]+['"];?/g, '$1 ')
    .replace(/^\s*\\(?:newpage|pagebreak)\s*$/, ' ');
  return endOfHeading ? kept.replace(/\{\s*[#.][^}]*\}\s*$/, ' ') : kept;
}

/** The visible text of a tree, cut into runs at block boundaries; a code block is a run of its own. */
function textRuns(tree: Root): TextRun[] {
  const runs: TextRun[] = [];
  let pieces: { text: string; code: boolean }[] = [];
  let inHeading = false;
  const flush = (): void => {
    if (pieces.some((piece) => piece.text.trim() !== '')) runs.push({ pieces, heading: inHeading });
    pieces = [];
    inHeading = false;
  };
  const add = (text: string, code: boolean): void => {
    const last = pieces.at(-1);
    if (last && !last.code && !code) last.text += text;
    else pieces.push({ text, code });
  };
  const walk = (node: Root | RootContent, heading: boolean): void => {
    if (node.type === 'text') {
      add(node.value, false);
      inHeading ||= heading;
    }
    if (node.type !== 'root' && node.type !== 'element') return;
    const tag = node.type === 'element' ? node.tagName : '';
    if (node.type === 'element' && (hidden.has(tag) || isFootnoteLabel(node))) return;
    if (tag === 'pre') {
      flush();
      runs.push({ pieces: [{ text: plain(node), code: true }], heading: false });
      return;
    }
    if (tag === 'code') {
      add(plain(node), true);
      return;
    }
    if (blocks.has(tag)) flush();
    for (const child of node.children) walk(child, heading || /^h[1-6]$/.test(tag));
    if (blocks.has(tag)) flush();
  };
  walk(tree, false);
  flush();
  return runs;
}

/** GFM's hidden "Footnotes" heading of the notes section (`h2#footnote-label.sr-only`). */
function isFootnoteLabel(node: Element): boolean {
  return /^h[1-6]$/.test(node.tagName) && node.properties['id'] === 'footnote-label';
}

function plain(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'root' && node.type !== 'element') return '';
  if (node.type === 'element' && hidden.has(node.tagName)) return '';
  return node.children.map(plain).join('');
}
