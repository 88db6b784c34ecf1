import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/** Elements whose content no browser shows, removed with it: scripts, styles, frames, templates. */
const unseen = ['script', 'style', 'template', 'iframe', 'noembed', 'noframes', 'title'];

/**
 * What raw HTML in content may keep: GitHub's schema, plus text-level
 * elements HTML 5 defines (`u`, `mark`, `small`, `abbr`, `cite`, `dfn`,
 * `bdi`, `bdo`, `time`, `wbr`), figures and table captions, and the classes
 * the maths syntax marks code with; without GitHub's `user-content-` id
 * prefix (the printed page runs no script, so DOM clobbering cannot happen)
 * and without `name` (`rehype-legacy-html` made link targets ids already).
 * Elements no browser shows go with their content. URLs are left to the
 * one protocol check that runs next (`rehype-check-urls`), which warns
 * about what it removes and reads `HTTP://` as a browser does; attributes
 * are checked for each element afterwards (`rehype-valid-attributes`).
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  protocols: {},
  strip: unseen,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure',
    'figcaption',
    'caption',
    'mark',
    'small',
    'abbr',
    'cite',
    'u',
    'dfn',
    'bdi',
    'bdo',
    'time',
    'wbr',
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((name) => name !== 'name'),
    code: [['className', /^language-./, 'math-inline', 'math-display']],
    abbr: ['title'],
    img: [...(defaultSchema.attributes?.['img'] ?? []), 'width', 'height', 'srcSet'],
  },
};
