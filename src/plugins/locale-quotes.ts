import type remarkSmartypants from 'remark-smartypants';

type Options = NonNullable<Parameters<typeof remarkSmartypants>[0]>;

/**
 * Opening and closing double quotation marks by primary language, as each
 * language's typesetters use them. Single quotes stay ‘ ’ everywhere: the
 * closing one is also the apostrophe, and `C'est` or `geht's` must keep it.
 */
const byLanguage: Record<string, [string, string]> = {
  fr: ['«', '»'],
  de: ['„', '“'],
  nl: ['„', '”'],
  pl: ['„', '”'],
  cs: ['„', '“'],
  it: ['«', '»'],
  es: ['«', '»'],
  ru: ['«', '»'],
  sv: ['”', '”'],
  ja: ['「', '」'],
};

/**
 * remark-smartypants options for a language: curly quotes of the language
 * (English ones by default), `--` as an en dash and `---` as an em dash, `...`
 * as an ellipsis.
 */
export function smartypantsOptions(lang: string): Options {
  const quotes = byLanguage[lang.split('-')[0]?.toLowerCase() ?? ''];
  return {
    dashes: 'oldschool',
    ...(quotes && { openingQuotes: { double: quotes[0], single: '‘' }, closingQuotes: { double: quotes[1], single: '’' } }),
  };
}
