import * as v from 'valibot';
import { LayoutOption, Paper, RunningText, TocOption } from '../config/print-settings.js';
import { readDate } from './read-date.js';

const nonEmpty = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));

/** One name or a list of names (`author: Ada` or `author: [Ada, Grace]`). */
const names = v.union([nonEmpty, v.array(nonEmpty)], 'must be a string or a list of strings');

/**
 * A date as authors write it (`2024-04-09`, `2024-4-9`, `April 9, 2024`, a
 * YAML or TOML date, ...), read into `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SSZ`
 * when it gives a time (see `readDate`).
 */
const anyDate = v.pipe(
  v.union([v.string(), v.date()], 'must be a date such as `2024-04-09`'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const reading = readDate(dataset.value);
    if (reading.ok) return reading.date;
    addIssue({ message: reading.problem });
    return NEVER;
  }),
);

/** A BCP 47 language tag such as `en`, `en-GB`, `fr` or `zh-Hant`. */
export const LanguageTag = v.pipe(
  v.string('must be a language tag such as `en` or `fr`'),
  v.check((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, 'is not a valid BCP 47 language tag (try `en`, `en-GB` or `fr`)'),
);

/**
 * The front matter a Markdown document may carry. Each entry's description is
 * the documentation of the key (see docs/front-matter.md).
 */
export const FrontMatter = v.object({
  title: v.pipe(
    nonEmpty,
    v.description('Headline: the document title, PDF Title, EPUB `dc:title`. Default the first `#` heading, else the file name.'),
  ),
  subtitle: v.optional(v.pipe(nonEmpty, v.description('Secondary title shown under the headline; EPUB subtitle.'))),
  description: v.optional(v.pipe(nonEmpty, v.description('One-sentence standfirst under the title; PDF Subject, EPUB `dc:description`.'))),
  author: v.optional(
    v.pipe(
      names,
      v.description(
        'Author name or list of names, shown in the byline; PDF Author, EPUB `dc:creator`. `authors` is read when `author` is not given.',
      ),
    ),
  ),
  date: v.optional(
    v.pipe(
      anyDate,
      v.description(
        'Publication date: any unambiguous date, such as `2024-04-09` or `April 9, 2024`. Shown in the byline; EPUB `dc:date`; the date outputs are stamped with unless `SOURCE_DATE_EPOCH` is set.',
      ),
    ),
  ),
  lang: v.optional(
    v.pipe(
      LanguageTag,
      v.description(
        "Language of the text, a BCP 47 tag such as `en`, `fr`, `de-CH`, `ar` or `ja`: hyphenation, quotation marks, dates, the words Folio adds (contents, folio, callout titles) and the digits of page numbers, the direction, the Chinese, Japanese or Korean face, `lang` everywhere. Default the build's `lang`, else `en`.",
      ),
    ),
    'en',
  ),
  dir: v.optional(
    v.pipe(
      v.picklist(['ltr', 'rtl'], 'must be `ltr` or `rtl`'),
      v.description(
        'Direction of the text: `rtl` (right to left) or `ltr`. Default: that of the language, `rtl` for Arabic, Hebrew, Persian, Urdu and other languages written in a right-to-left script. Sets `dir` on the HTML, PDF and EPUB, mirrors the page layout and the EPUB page progression.',
      ),
    ),
  ),
  keywords: v.optional(
    v.pipe(
      v.union([v.string(), v.array(nonEmpty)], 'must be a list of strings or a comma-separated string'),
      v.description('Subjects, as a list or comma-separated text: PDF Keywords, EPUB `dc:subject`.'),
    ),
  ),
  identifier: v.optional(
    v.pipe(nonEmpty, v.description('Stable identifier such as an ISBN URN; default a `urn:uuid` derived from the content.')),
  ),
  publisher: v.optional(v.pipe(nonEmpty, v.description('Publisher name: EPUB `dc:publisher`.'))),
  rights: v.optional(v.pipe(nonEmpty, v.description('Rights statement: EPUB `dc:rights`.'))),
  shortTitle: v.optional(v.pipe(nonEmpty, v.description("Title in the PDF's running header on pages after the first. Default `title`."))),
  paper: v.optional(
    v.pipe(
      Paper,
      v.description(
        'PDF paper: `a4` (default), `a5`, `b5`, `a3`, `letter`, `legal`, or a size such as `170mm x 240mm` (units `mm`, `cm`, `in`, `pt`; each side 74–1189 mm). Margins follow the paper.',
      ),
    ),
  ),
  handout: v.optional(
    v.pipe(
      LayoutOption,
      v.description(
        'Handout written beside the PDF: `none` (default); `2up`, two pages side by side on a landscape sheet (`<name>.2up.pdf`); or `booklet`, saddle-stitched (`<name>.booklet.pdf`: print duplex, flip on the short edge, fold).',
      ),
    ),
  ),
  layout: v.optional(
    v.pipe(
      LayoutOption,
      v.description(
        "Older spelling of `handout`, read when its value is `none`, `2up` or `booklet`; any other value (Jekyll's `layout: post`) is another tool's and ignored.",
      ),
    ),
  ),
  sheet: v.optional(
    v.pipe(
      Paper,
      v.description(
        'Paper the handout is printed on, as `paper`. Default: A4, else letter, when two pages fit on it side by side at full size (A5 pages go on A4, half-letter on letter); otherwise the paper itself, each page shrunk to half of it (an A4 article becomes an A5-sized booklet on A4).',
      ),
    ),
  ),
  toc: v.optional(
    v.pipe(
      TocOption,
      v.description(
        'PDF table of contents with page numbers after the title block, listing the two highest heading levels the document uses (`#` and `##` in a book whose chapters are `#`): `true`, `false` or `auto` (default), which shows one when the document has 5 or more sections at its highest level. A long one flows across pages.',
      ),
    ),
  ),
  header: v.optional(
    v.pipe(
      RunningText,
      v.description(
        'Running header of the PDF on pages after the first, with placeholders `{title}` (`shortTitle`, else `title`), `{section}` (the heading of the top level that the page is in), `{page}`, `{pages}` and `{date}`; `""` for none. Default `{title}`. Overrides the config\'s `print.header`.',
      ),
    ),
  ),
  footer: v.optional(
    v.pipe(
      RunningText,
      v.description(
        'Footer of every PDF page, with the placeholders of `header`; `""` for none. Default `{page} of {pages}` in the language of the text. Overrides the config\'s `print.footer`.',
      ),
    ),
  ),
  css: v.optional(
    v.pipe(
      v.union([nonEmpty, v.array(nonEmpty)], 'must be a path or a list of paths'),
      v.description(
        "Stylesheets for the PDF and HTML, relative to the Markdown file and inside its project folder, added after the theme's and the config's `css`: a few rules without forking the theme.",
      ),
    ),
  ),
  cover: v.optional(
    v.pipe(
      nonEmpty,
      v.description(
        'EPUB cover image (PNG, JPEG, GIF or SVG), relative to the Markdown file and inside its project folder. Without it the EPUB gets a typographic cover (title and byline) rendered by Chromium; so does a remote `https://` cover without `--allow-network`, or one that cannot be fetched (with a warning).',
      ),
    ),
  ),
});

/** Validated front matter. */
export type FrontMatter = v.InferOutput<typeof FrontMatter>;
