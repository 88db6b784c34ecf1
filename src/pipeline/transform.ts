import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { VFile } from 'vfile';

/**
 * Sanitising schema: GitHub's, without its `user-content-` id prefix (the
 * printed page runs no script, so DOM clobbering cannot happen there).
 */
const schema: SanitizeSchema = { ...defaultSchema, clobberPrefix: '' };

const transformer = unified()
  .use(remarkSmartypants, { dashes: 'oldschool' })
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypeSlug)
  .freeze();

/**
 * Turn the mdast of a document into the hast of its body, shared by both
 * editions: typographic punctuation, raw HTML parsed and sanitised, and
 * slugs on headings.
 */
export async function transform(mdast: MdastRoot, file: VFile): Promise<HastRoot> {
  // `run` mutates its input; keep the parsed tree intact for other uses.
  const tree = structuredClone(mdast);
  return (await transformer.run(tree, file)) as HastRoot;
}
