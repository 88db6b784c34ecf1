import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import { defListHastHandlers } from 'remark-definition-list';
import remarkGemoji from 'remark-gemoji';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified, type Processor } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError } from '../errors.js';
import { checkRawNesting } from '../hast/check-raw-nesting.js';
import { smartypantsOptions } from '../plugins/locale-quotes.js';
import rehypeCallouts from '../plugins/rehype-callouts.js';
import rehypeCheckUrls from '../plugins/rehype-check-urls.js';
import rehypeCode from '../plugins/rehype-code.js';
import rehypeContentModel from '../plugins/rehype-content-model.js';
import rehypeDeadLinks, { type RehypeDeadLinksOptions } from '../plugins/rehype-dead-links.js';
import rehypeFigure from '../plugins/rehype-figure.js';
import rehypeEmptyHeadings from '../plugins/rehype-empty-headings.js';
import rehypeEmptyLinks from '../plugins/rehype-empty-links.js';
import rehypeFrenchSpacing from '../plugins/rehype-french-spacing.js';
import rehypeHeadingLevels from '../plugins/rehype-heading-levels.js';
import rehypeLegacyHtml from '../plugins/rehype-legacy-html.js';
import rehypeMath from '../plugins/rehype-math.js';
import rehypePageBreaks from '../plugins/rehype-page-breaks.js';
import rehypeReportUnsafe from '../plugins/rehype-report-unsafe.js';
import rehypeTaskLabels from '../plugins/rehype-task-labels.js';
import rehypeUniqueIds from '../plugins/rehype-unique-ids.js';
import rehypeValidAttributes from '../plugins/rehype-valid-attributes.js';
import { sanitizeSchema } from '../plugins/sanitize-schema.js';
import { cloneTree } from '../hast/clone-tree.js';

type Transformer = Processor<undefined, MdastRoot, HastRoot>;

/** One frozen processor per language (quotes and spacing differ), built on first use. */
const byLanguage = new Map<string, Transformer>();

function transformerFor(lang: string): Transformer {
  const key = lang.toLowerCase();
  let transformer = byLanguage.get(key);
  if (!transformer) {
    const french = key === 'fr' || key.startsWith('fr-');
    transformer = unified()
      .use(remarkGemoji)
      .use(remarkSmartypants, smartypantsOptions(key))
      .use(remarkRehype, { allowDangerousHtml: true, handlers: defListHastHandlers })
      .use(rehypeRawWhenNeeded)
      .use(rehypeLegacyHtml)
      .use(rehypeReportUnsafe, sanitizeSchema)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeCheckUrls)
      .use(rehypeContentModel)
      .use(rehypeValidAttributes)
      .use(rehypePageBreaks)
      .use(rehypeCallouts, { lang: key })
      .use(rehypeFigure)
      .use(rehypeMath)
      .use(rehypeCode)
      .use(french ? [rehypeFrenchSpacing] : [])
      .use(rehypeEmptyHeadings)
      .use(rehypeSlug)
      .use(rehypeUniqueIds)
      .use(rehypeHeadingLevels)
      .use(rehypeTaskLabels)
      .use(rehypeEmptyLinks)
      .freeze();
    byLanguage.set(key, transformer);
  }
  return transformer;
}

/**
 * rehype-raw re-parses the whole tree through parse5 (1.5 s for 10 MB); skip it when there is no raw HTML.
 * HTML nested too deep for it is refused first.
 */
function rehypeRawWhenNeeded() {
  const raw = rehypeRaw();
  return (tree: HastRoot, file: VFile): HastRoot => {
    if (!hasRaw(tree)) return tree;
    if (!checkRawNesting(tree, file)) throw new ContentError(file);
    return raw(tree, file);
  };
}

function hasRaw(tree: HastRoot): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/**
 * Turn the mdast of a document into the hast of its body, shared by both
 * editions: GitHub's emoji shortcodes (`:tada:`) as the emoji they name,
 * typographic punctuation for the document's language, raw HTML
 * parsed, brought up to HTML 5, sanitised (with a warning for what is
 * dropped) and repaired into valid XHTML without losing a word, callouts,
 * figures, maths as MathML, highlighted code, slugs on headings, and dead
 * links reported and unlinked (links to other Markdown files built in the
 * same run lead to their HTML: `options.documents`).
 */
export async function transform(mdast: MdastRoot, file: VFile, options: TransformOptions = {}): Promise<HastRoot> {
  // `run` mutates its input; keep the parsed tree intact for other uses.
  const tree = await transformerFor(file.data.matter?.lang ?? 'en').run(cloneTree(mdast), file);
  // Links depend on the run (which documents are built with this one), not on the language.
  return unified().use(rehypeDeadLinks, options).runSync(tree, file);
}

/** What else a document's transform depends on: the documents built with it. */
export type TransformOptions = RehypeDeadLinksOptions;
