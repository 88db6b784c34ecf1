import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * What raw HTML in content may keep: GitHub's schema, plus the classes the
 * maths syntax marks code with, and without GitHub's `user-content-` id
 * prefix (the printed page runs no script, so DOM clobbering cannot happen).
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'mark', 'small', 'abbr', 'cite'],
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-./, 'math-inline', 'math-display']],
    abbr: ['title'],
    img: [...(defaultSchema.attributes?.['img'] ?? []), 'width', 'height'],
  },
};
