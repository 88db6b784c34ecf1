import type { Root, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkDefinitionList } from 'remark-definition-list';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkHeadingAttributes from '../plugins/remark-heading-attributes.js';
import type { VFile } from 'vfile';
import { ContentError } from '../errors.js';
import { checkDepth, checkIndentation } from './check-nesting.js';
import { readFrontMatter } from './read-front-matter.js';

/** Markdown as authors write it: CommonMark, GFM, maths (`$...$`), definition lists, heading ids (`{#id}`); YAML front matter. */
const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkDefinitionList)
  .use(remarkHeadingAttributes)
  .freeze();

/**
 * Parse a loaded Markdown file into mdast and validate its front matter,
 * which is stored as `file.data.matter`. Throws a `ContentError` (whose
 * messages carry file, line and column) when the front matter is unusable.
 */
export function parse(file: VFile): Root {
  if (!checkIndentation(file)) throw new ContentError(file);
  const mdast = parser.runSync(parser.parse(file), file);
  if (!checkDepth(mdast, file)) throw new ContentError(file);
  const yaml = mdast.children[0]?.type === 'yaml' ? (mdast.children[0] as Yaml) : undefined;
  const block = yaml && { value: yaml.value, line: (yaml.position?.start.line ?? 1) + 1 };
  const matter = readFrontMatter(file, block);
  if (!matter) throw new ContentError(file);
  file.data.matter = matter;
  return mdast;
}
