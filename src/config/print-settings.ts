import * as v from 'valibot';

/** A sheet size in millimetres, portrait or landscape as given. */
export interface PaperSize {
  /** How the user named it: `A4`, `Letter`, or `170mm x 240mm`. */
  readonly name: string;
  readonly width: number;
  readonly height: number;
}

const a4: PaperSize = { name: 'A4', width: 210, height: 297 };
const letter: PaperSize = { name: 'Letter', width: 215.9, height: 279.4 };

/** Paper sizes known by name (ISO 216 and North American), in millimetres. */
const namedPapers: Readonly<Record<string, PaperSize>> = {
  a3: { name: 'A3', width: 297, height: 420 },
  a4,
  a5: { name: 'A5', width: 148, height: 210 },
  b5: { name: 'B5', width: 176, height: 250 },
  letter,
  legal: { name: 'Legal', width: 215.9, height: 355.6 },
};

const millimetresPer: Readonly<Record<string, number>> = { mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72 };
/** Sides outside this range (in mm) are refused: smaller than a postcard side or larger than A0. */
const smallestSide = 74;
const largestSide = 1189;
const customSize = /^(\d{1,4}(?:\.\d{1,2})?)\s*(mm|cm|in|pt)\s*[x×]\s*(\d{1,4}(?:\.\d{1,2})?)\s*(mm|cm|in|pt)$/;

/** Read `a4`, `letter` or `170mm x 240mm` (units mm, cm, in, pt); `undefined` when it is none of them. */
export function parsePaper(text: string): PaperSize | undefined {
  const named = namedPapers[text.trim().toLowerCase()];
  if (named) return named;
  const match = customSize.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const [, w = '', wUnit = '', h = '', hUnit = ''] = match;
  const width = round(Number(w) * (millimetresPer[wUnit] ?? Number.NaN));
  const height = round(Number(h) * (millimetresPer[hUnit] ?? Number.NaN));
  const fits = (side: number): boolean => side >= smallestSide && side <= largestSide;
  return fits(width) && fits(height) ? { name: `${width}mm x ${height}mm`, width, height } : undefined;
}

function round(mm: number): number {
  return Math.round(mm * 100) / 100;
}

const paperMessage = `must be \`a4\`, \`a5\`, \`letter\` (or ${Object.keys(namedPapers).join(', ')}) or a size such as \`170mm x 240mm\`, each side ${smallestSide}–${largestSide} mm`;

/** Paper option: a name or `W x H` with units; validated strictly and read into a `PaperSize`. */
export const Paper = v.pipe(
  v.string(paperMessage),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const paper = parsePaper(dataset.value);
    if (paper !== undefined) return paper;
    addIssue({ message: paperMessage });
    return NEVER;
  }),
);

/** Handout imposition written beside the normal PDF. */
export const layouts = ['none', '2up', 'booklet'] as const;
/** Handout imposition: `none`, `2up` or `booklet`. */
export type Layout = (typeof layouts)[number];
/** Layout option. */
export const LayoutOption = v.picklist(layouts, 'must be `none`, `2up` or `booklet`');

/** Table of contents: always, never, or `auto` (when the document has many sections). */
export const TocOption = v.union([v.boolean(), v.literal('auto')], 'must be `true`, `false` or `auto`');
/** Table of contents option. */
export type Toc = v.InferOutput<typeof TocOption>;

/** The placeholders a running header or footer may hold. */
export const placeholders = ['title', 'section', 'page', 'pages', 'date'] as const;

/** Header or footer text: placeholders in braces, any other `{word}` refused (a typo would print as written). */
export const RunningText = v.pipe(
  v.string(),
  v.check(
    (text) => [...text.matchAll(/\{(\w+)\}/g)].every(([, name]) => placeholders.some((known) => known === name)),
    `may use the placeholders ${placeholders.map((name) => `\`{${name}}\``).join(', ')} and no other`,
  ),
);

/** Print settings as a config or the command line gives them; every key optional. */
export const PrintOptions = v.object({
  paper: v.optional(v.pipe(Paper, v.description('Paper: `a4` (default), `a5`, `letter`, ... or `170mm x 240mm`.'))),
  layout: v.optional(v.pipe(LayoutOption, v.description('Handout written beside the PDF: `none` (default), `2up` or `booklet`.'))),
  sheet: v.optional(
    v.pipe(
      Paper,
      v.description(
        'Paper the handout is printed on: by default A4 (or letter) when two pages fit on it at full size, else the paper itself.',
      ),
    ),
  ),
  toc: v.optional(v.pipe(TocOption, v.description('Table of contents with page numbers: `true`, `false` or `auto` (default).'))),
  header: v.optional(
    v.pipe(
      RunningText,
      v.description(
        'Running header of the PDF on pages after the first, with placeholders `{title}` (the short title), `{section}` (the heading of the top level that the page is in), `{page}`, `{pages}` and `{date}`; `""` for none. Default `{title}`.',
      ),
    ),
  ),
  footer: v.optional(
    v.pipe(
      RunningText,
      v.description(
        'Footer of every PDF page, with the placeholders of `header`; `""` for none. Default `{page} of {pages}` (in the language of the text).',
      ),
    ),
  ),
});

/** Print settings as given, before precedence is applied. */
export type PrintOptions = v.InferOutput<typeof PrintOptions>;

/** The print edition's settings for one document, precedence applied. */
export interface PrintSettings {
  readonly paper: PaperSize;
  readonly layout: Layout;
  /** Paper the handout (`layout`) is printed on, two pages side by side on it turned landscape. */
  readonly sheet: PaperSize;
  readonly toc: Toc;
  /** Text of the running header on pages after the first. */
  readonly runningTitle: string;
  /** Running header text with placeholders (`header`); `undefined` for the theme's own. */
  readonly header?: string | undefined;
  /** Footer text with placeholders (`footer`); `undefined` for the theme's own. */
  readonly footer?: string | undefined;
  /** Stylesheets (their text) added after the theme's, in order: the config's and the flags' `css`, then the front matter's. */
  readonly stylesheets?: readonly string[] | undefined;
}

/** What front matter may say about print (see `FrontMatter`). */
export interface PrintMatter extends PrintOptions {
  /** Folio's spelling of the handout; wins over `layout`, its older spelling. */
  readonly handout?: Layout | undefined;
  readonly title: string;
  readonly shortTitle?: string | undefined;
}

/**
 * The sheet a handout of `paper` pages is printed on, unless the user names
 * one: the office paper (A4, else letter) that holds two pages side by side
 * at full size, as A4 does A5 pages; when none does, the paper itself, each
 * page shrunk to half of it (an A4 article as an A5-sized booklet).
 */
export function handoutSheet(paper: PaperSize): PaperSize {
  const office = [a4, letter];
  const [short, long] = sides(paper);
  // Landscape, the sheet's long side takes two pages' short sides, its short side a page's long side.
  const fitsTwice = (sheet: PaperSize): boolean => {
    const [sheetShort, sheetLong] = sides(sheet);
    return 2 * short <= sheetLong + 0.5 && long <= sheetShort + 0.5;
  };
  return office.find(fitsTwice) ?? paper;
}

/** A paper's short and long side, in millimetres. */
function sides(paper: PaperSize): readonly [number, number] {
  return [Math.min(paper.width, paper.height), Math.max(paper.width, paper.height)];
}

/** Apply precedence: defaults, then config, then front matter, then command-line flags. Pure. */
export function resolvePrintSettings(matter: PrintMatter, config: PrintOptions = {}, flags: PrintOptions = {}): PrintSettings {
  const pick = <K extends keyof PrintOptions>(key: K): PrintOptions[K] => flags[key] ?? matter[key] ?? config[key];
  const paper = pick('paper') ?? a4;
  return {
    paper,
    layout: flags.layout ?? matter.handout ?? matter.layout ?? config.layout ?? 'none',
    sheet: pick('sheet') ?? handoutSheet(paper),
    toc: pick('toc') ?? 'auto',
    runningTitle: matter.shortTitle ?? matter.title,
    header: pick('header'),
    footer: pick('footer'),
  };
}
