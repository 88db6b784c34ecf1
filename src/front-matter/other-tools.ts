/**
 * Front matter keys that belong to other Markdown tools, by tool. Folio
 * ignores them without a word, so that a manuscript written for one of
 * these tools builds as it is (issue "Real manuscripts, as written"). Keys
 * Folio reads itself (`title`, `author`, `date`, `description`, `lang`,
 * `keywords`, `toc`, ...) are not listed; neither is `layout`, which is
 * Folio's when its value is `none`, `2up` or `booklet` and another tool's
 * (Jekyll's, Hugo's) otherwise. Hugo's keys are case-insensitive, so every
 * key here is compared in lower case. docs/front-matter.md lists them.
 */
export const otherToolKeys = {
  Jekyll: [
    'permalink',
    'categories',
    'category',
    'tags',
    'published',
    'excerpt',
    'excerpt_separator',
    'redirect_from',
    'redirect_to',
    'sitemap',
    'comments',
  ],
  Hugo: [
    'draft',
    'weight',
    'slug',
    'aliases',
    'type',
    'url',
    'images',
    'series',
    'expiryDate',
    'publishDate',
    'lastmod',
    'menu',
    'linkTitle',
    'params',
    'outputs',
    'resources',
    'translationKey',
    'headless',
    'build',
    'cascade',
    'markup',
    'isCJKLanguage',
  ],
  Docusaurus: [
    'id',
    'sidebar_label',
    'sidebar_position',
    'sidebar_class_name',
    'sidebar_custom_props',
    'slug',
    'hide_title',
    'hide_table_of_contents',
    'toc_min_heading_level',
    'toc_max_heading_level',
    'pagination_label',
    'pagination_next',
    'pagination_prev',
    'custom_edit_url',
    'last_update',
    'displayed_sidebar',
    'parse_number_prefixes',
    'unlisted',
    'draft',
    'tags',
    'image',
    'authors',
  ],
  pandoc: [
    'abstract',
    'bibliography',
    'csl',
    'references',
    'nocite',
    'header-includes',
    'include-before',
    'include-after',
    'documentclass',
    'classoption',
    'geometry',
    'papersize',
    'fontsize',
    'mainfont',
    'sansfont',
    'monofont',
    'linestretch',
    'toc-title',
    'toc-depth',
    'numbersections',
    'link-citations',
    'colorlinks',
  ],
  MkDocs: ['template', 'hide', 'search', 'status', 'icon'],
  Obsidian: ['aliases', 'cssclasses', 'cssclass', 'publish', 'tags'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

const silent: ReadonlySet<string> = new Set(Object.values(otherToolKeys).flatMap((keys) => keys.map((key) => key.toLowerCase())));

/** Whether `key` is known as another tool's front matter key, and so is ignored silently. */
export function isOtherToolKey(key: string): boolean {
  return silent.has(key.toLowerCase());
}
