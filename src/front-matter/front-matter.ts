import * as v from 'valibot';
import { LayoutOption, Paper, TocOption } from '../config/print-settings.js';
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
    v.description('Headline: document title, PDF Title, EPUB dc:title. An article without one takes its first `#` heading, else its file name.'),
  ),
  subtitle: v.optional(v.pipe(nonEmpty, v.description('Secondary title shown under the headline.'))),
  description: v.optional(
    v.pipe(nonEmpty, v.description('One-sentence standfirst: shown under the title, PDF Subject, EPUB dc:description.')),
  ),
  author: v.optional(v.pipe(names, v.description('Author name or list of names; shown in the byline.'))),
  date: v.optional(
    v.pipe(anyDate, v.description('Publication date, such as `2024-04-09` or `April 9, 2024`, read as `YYYY-MM-DD`; shown in the byline.')),
  ),
  lang: v.optional(v.pipe(LanguageTag, v.description('Language of the text (BCP 47). Default the build\'s `lang`, else `en`.')), 'en'),
  keywords: v.optional(
    v.pipe(
      v.union([v.string(), v.array(nonEmpty)], 'must be a list of strings or a comma-separated string'),
      v.description('Subjects: PDF Keywords, EPUB dc:subject.'),
    ),
  ),
  identifier: v.optional(v.pipe(nonEmpty, v.description('Stable identifier (ISBN, URN); default derived from the content.'))),
  publisher: v.optional(v.pipe(nonEmpty, v.description('Publisher name: EPUB dc:publisher.'))),
  rights: v.optional(v.pipe(nonEmpty, v.description('Rights statement: EPUB dc:rights.'))),
  shortTitle: v.optional(v.pipe(nonEmpty, v.description('Title in the PDF running header; default `title`.'))),
  paper: v.optional(v.pipe(Paper, v.description('PDF paper: `a4` (default), `a5`, `letter`, ... or `170mm x 240mm`.'))),
  handout: v.optional(v.pipe(LayoutOption, v.description('Handout written beside the PDF: `none` (default), `2up` or `booklet`.'))),
  layout: v.optional(
    v.pipe(
      LayoutOption,
      v.description('Older spelling of `handout`, read when its value is `none`, `2up` or `booklet`; any other value (Jekyll\'s `layout: post`) is another tool\'s and ignored.'),
    ),
  ),
  sheet: v.optional(v.pipe(Paper, v.description('Paper the handout is printed on: by default A4 (or letter) when two pages fit on it at full size, else the paper itself.'))),
  toc: v.optional(v.pipe(TocOption, v.description('PDF table of contents with page numbers: `true`, `false` or `auto` (default).'))),
  cover: v.optional(
    v.pipe(
      nonEmpty,
      v.description('Cover image (PNG, JPEG, GIF or SVG), relative to the Markdown file; default a typographic cover made from the title and byline.'),
    ),
  ),
});

/** Validated front matter. */
export type FrontMatter = v.InferOutput<typeof FrontMatter>;

/** The keys front matter may use. */
export const frontMatterKeys: ReadonlySet<string> = new Set(Object.keys(FrontMatter.entries));
