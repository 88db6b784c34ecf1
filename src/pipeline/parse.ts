import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkDefinitionList } from 'remark-definition-list';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkHeadingAttributes from '../plugins/remark-heading-attributes.js';
import remarkMathFences from '../plugins/remark-math-fences.js';
import type { VFile } from 'vfile';
import { ContentError } from '../errors.js';
import { checkDepth, maxNesting, tooDeep } from '../markdown/check-nesting.js';
import remarkFootnoteLimit, { FootnoteLimitError } from '../plugins/remark-footnote-limit.js';
import remarkNestingLimit, { NestingLimitError } from '../plugins/remark-nesting-limit.js';
import type { MatterBlock } from '../front-matter/matter-source.js';
import { completeFrontMatter, readFrontMatter } from '../front-matter/read-front-matter.js';
import { settleTitle } from '../front-matter/settle-title.js';

/**
 * Most footnote definitions, and most references, in a document: 10,000 took
 * 40 s and 0.7 GB to build into HTML on a loaded machine, 100,000 took 7
 * minutes and 3.9 GB only to parse (issue 16). A real book has a few thousand.
 */
const maxFootnotes = 10_000;

/** The syntax Folio reads: CommonMark, GFM, maths (`$...$`), definition lists. */
const syntax = unified()
  .use(remarkParse)
  .use(remarkNestingLimit, { max: maxNesting })
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkDefinitionList)
  .freeze();

/**
 * Markdown as authors write it: the syntax above, display maths as MathJax
 * reads it (`remark-math-fences`), heading ids (`{#id}`); YAML or TOML
 * (`+++`) front matter.
 */
const parser = unified()
  .use(remarkParse)
  .use(remarkNestingLimit, { max: maxNesting })
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkGfm)
  .use(remarkFootnoteLimit, { max: maxFootnotes })
  .use(remarkMath)
  .use(remarkDefinitionList)
  .use(remarkMathFences, { parse: (markdown) => syntax.parse(markdown) })
  .use(remarkHeadingAttributes)
  .freeze();

/** What parsing needs besides the file. */
export interface ParseOptions {
  /** Language of a document whose front matter gives none (the build's `lang`). Default `en`. */
  readonly lang?: string | undefined;
}

/**
 * Parse a loaded Markdown file into mdast and read its front matter, which
 * is stored as `file.data.matter`: the title, when the front matter gives
 * none, comes from the first `#` heading or the file name (`settleTitle`),
 * and the heading that repeats the title is taken out of the tree. Throws a
 * `ContentError` (whose messages carry file, line and column) when the
 * Markdown or its front matter is unusable.
 */
export function parse(file: VFile, options: ParseOptions = {}): Root {
  const lang = options.lang ?? 'en';
  const parsed = parseNested(file);
  // Before any plugin walks the tree: tree walkers recurse, and deep nesting overflowed the stack (issue 16).
  if (!checkDepth(parsed, file)) throw new ContentError(file);
  const mdast = parser.runSync(parsed, file);
  const values = readFrontMatter(file, matterBlock(mdast), lang);
  if (!values) throw new ContentError(file);
  const title = settleTitle(mdast, typeof values['title'] === 'string' ? values['title'].trim() : undefined, file.stem);
  file.data.matter = completeFrontMatter(values, title, lang);
  return mdast;
}

/** Parse, turning what the parser refuses (nesting too deep, too many footnotes) into a fatal message at its place. */
function parseNested(file: VFile): Root {
  try {
    return parser.parse(file);
  } catch (error) {
    if (error instanceof NestingLimitError) tooDeep(file, 'containers', error.place);
    else if (error instanceof FootnoteLimitError) {
      const reason = `more than ${maxFootnotes} footnote ${error.kind}: split the document into several`;
      file.message(reason, { place: error.place, ruleId: 'footnotes', source: 'folio' }).fatal = true;
    } else throw error;
    throw new ContentError(file, { cause: error });
  }
}

/** The front matter block, which remark-frontmatter finds only at the very start of the file. */
function matterBlock(mdast: Root): MatterBlock | undefined {
  const [first] = mdast.children;
  if (first?.type !== 'yaml' && first?.type !== 'toml') return undefined;
  return { kind: first.type, value: first.value, line: (first.position?.start.line ?? 1) + 1 };
}
