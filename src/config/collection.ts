import * as v from 'valibot';
import { FrontMatter, LanguageTag } from '../front-matter/front-matter.js';

const { title, author, toc, handout } = FrontMatter.entries;

/**
 * A book's metadata and print settings: an article's front matter but
 * `cover` (Folio draws the collection's cover) and `handout` (a config says
 * `layout`, as its `print` does). Its `lang` defaults to the build's. Where a
 * key means something else for a book, it is validated as the article's and
 * described anew.
 */
const bookEntries = {
  ...v.omit(FrontMatter, ['cover', 'handout', 'layout', 'lang']).entries,
  title: v.pipe(title, v.description("The book's title: title page, PDF Title, EPUB `dc:title`.")),
  author: v.optional(
    v.pipe(v.unwrap(author), v.description("Editor or author, or a list: the book's byline, PDF Author, EPUB `dc:creator`, the cover.")),
  ),
  lang: v.optional(
    v.pipe(
      LanguageTag,
      v.description(
        "Language of the book (BCP 47): its labels, dates and hyphenation. Default the build's `lang`, else `en`. Each article keeps its own `lang` for its quotation marks and spacing.",
      ),
    ),
  ),
  layout: handout,
  toc: v.optional(
    v.pipe(
      v.unwrap(toc),
      v.description('Table of contents with page numbers: `true` (the default for a collection), `false` or `auto`, as for an article.'),
    ),
  ),
};

/**
 * Several Markdown articles built into one PDF and one EPUB (a handout pack,
 * an anthology): one chapter per article, in the order of `files` or by
 * file name in `folder`, with a table of contents. Its other keys are the
 * book's own metadata and print settings, as front matter gives them for an
 * article. Each entry's description documents it (docs/configuration.md).
 */
export const CollectionOptions = v.pipe(
  v.strictObject({
    name: v.pipe(
      v.string(),
      v.regex(
        /^[\w-][\w.-]*(?:\/[\w-][\w.-]*)*$/,
        'must be a file name such as `handouts` (letters, digits, `-`, `_`, `.`; `/` for a subfolder)',
      ),
      v.description(
        'Output name: the collection is written to `<outDir>/<name>.pdf`, `.epub` and `.html`. Letters, digits, `-`, `_`, `.`; `/` for a subfolder.',
      ),
    ),
    files: v.optional(
      v.pipe(
        v.array(v.pipe(v.string(), v.nonEmpty('must not be empty'))),
        v.minLength(1, 'must list at least one Markdown file'),
        v.description('The articles, in reading order: Markdown files relative to the config file.'),
      ),
    ),
    folder: v.optional(
      v.pipe(
        v.string(),
        v.nonEmpty('must not be empty'),
        v.description('Instead of `files`: a folder whose `*.md` files are the articles, ordered by file name (`2-…` before `10-…`).'),
      ),
    ),
    ...bookEntries,
  }),
  v.check(
    (collection) => (collection.files === undefined) !== (collection.folder === undefined),
    'needs either `files` or `folder` (not both)',
  ),
);

/** A collection as a config gives it. */
export type CollectionOptions = v.InferInput<typeof CollectionOptions>;

/** A collection validated, with defaults applied. */
export type Collection = v.InferOutput<typeof CollectionOptions>;
