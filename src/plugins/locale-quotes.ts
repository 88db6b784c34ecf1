import type remarkSmartypants from 'remark-smartypants';
import { quoteMarksFor } from '../locale/quote-marks.js';

type Options = NonNullable<Parameters<typeof remarkSmartypants>[0]>;

/**
 * remark-smartypants options for a language: its quotation marks as CLDR
 * gives them (`src/locale/quote-marks.ts`), `--` as an en dash and `---` as
 * an em dash, `...` as an ellipsis. A straight single quote is far more
 * often an apostrophe (`C'est`, `geht's`, `don't` in any language) than an
 * inner quotation, and smartypants makes an apostrophe the closing single
 * quote: the language's inner marks are used only where that closing one is
 * ’ (English, Hebrew, Swedish), else single quotes stay ‘ ’.
 */
export function smartypantsOptions(lang: string): Options {
  const marks = quoteMarksFor(lang);
  const single = marks.alternateEnd === '’' ? { open: marks.alternateStart, close: '’' } : { open: '‘', close: '’' };
  return {
    dashes: 'oldschool',
    openingQuotes: { double: marks.start, single: single.open },
    closingQuotes: { double: marks.end, single: single.close },
  };
}
