import type { PaperSize, PrintSettings } from '../config/print-settings.js';
import { hyphenateLimitChars } from '../locale/hyphenation-minimums.js';
import { labelsFor } from '../locale/labels.js';
import { counterStyleOf } from '../locale/numbering.js';
import { cssString } from './css-string.js';
import { sectionCounterStyle } from './running-sections.js';

/** Page margins in millimetres; `inside` is the binding edge (left on right-hand pages). */
export interface Margins {
  readonly top: number;
  readonly bottom: number;
  readonly inside: number;
  readonly outside: number;
}

/** Top and bottom margins on A4 (short side 210 mm): deeper at the foot, for the folio. */
const a4Vertical = { top: 20, bottom: 22 } as const;

/** Characters a line of text holds: 60 to 75 is comfortable reading; aim a little below the middle. */
const lineCharacters = 66;

/** The text face's average advance per character, in ems (Source Serif 4 on English prose, justified). */
const averageAdvance = 0.49;

const millimetresPerPoint = 25.4 / 72;

/** The narrowest margin office printers reach, with room for the running header and the folio. */
const smallestMargin = 12;

/**
 * Margins for a paper and a type size: the text column holds about
 * `lineCharacters` characters a line, and the rest of the width is split
 * two to three between the binding edge and the outer edge (which a reader
 * writes notes in); top and bottom are A4's, scaled with the short side.
 * Never under 12 mm.
 */
export function marginsFor(paper: PaperSize, fontSize = fontSizeFor(paper)): Margins {
  const scale = Math.min(paper.width, paper.height) / 210;
  const round = (mm: number): number => Math.max(smallestMargin, Math.round(mm * 10) / 10);
  const column = lineCharacters * averageAdvance * fontSize * millimetresPerPoint;
  const spare = Math.max(2 * smallestMargin, paper.width - column);
  return {
    top: round(a4Vertical.top * scale),
    bottom: round(a4Vertical.bottom * scale),
    inside: round(spare * 0.4),
    outside: round(spare * 0.6),
  };
}

/** Body text size in points: 11 on office paper, 9.5 on small paper (A5 and below), where margins would be too narrow. */
export function fontSizeFor(paper: PaperSize): number {
  return Math.min(paper.width, paper.height) < 180 ? 9.5 : 11;
}

/**
 * The print edition's page rules for one document: `@page` size and mirrored
 * margins from the paper, and the running header's and footer's content as
 * custom properties that templates/<theme>/print.css puts in its margin boxes:
 * the running title, and the folio in the language's words, word order and
 * digits (`3 of 8`, `٣ من ٨` in `ar-EG`, `3 / 8` in `ja`); and the
 * language's hyphenation minimums (`--folio-hyphenate-limit-chars`). User
 * text only enters as escaped CSS strings (see `cssString`), so it can never
 * close the `<style>` element or add rules. The margins are physical, as the
 * pages of a spread are: Chromium makes the first page of a right-to-left
 * document a left-hand page, so its binding edge is on the right.
 */
export function pageStyle(settings: PrintSettings, lang: string, date = ''): string {
  const { paper } = settings;
  const m = marginsFor(paper);
  const fill = (text: string): string => runningContent(text, { title: settings.runningTitle, date }, counterStyleOf(lang));
  return [
    `:root { --folio-running-title: ${cssString(settings.runningTitle)}; --folio-page-number: ${folioContent(lang)}; --folio-font-size: ${fontSizeFor(paper)}pt; --folio-hyphenate-limit-chars: ${hyphenateLimitChars(lang)}; }`,
    `@page { size: ${paper.width}mm ${paper.height}mm; margin: ${m.top}mm ${m.outside}mm ${m.bottom}mm ${m.inside}mm; }`,
    `@page :left { margin-left: ${m.outside}mm; margin-right: ${m.inside}mm; }`,
    // After the theme's stylesheet: the header and footer asked for replace its running title and folio,
    // in the same margin boxes (outer corners). The header is for pages after the first: Chromium 156 lets
    // a later `:right` rule override the theme's `:first`, so page 1 is cleared again after it.
    ...(settings.header === undefined
      ? []
      : [
          `@page :right { @top-right { content: ${fill(settings.header)}; } }`,
          `@page :left { @top-left { content: ${fill(settings.header)}; } }`,
          `@page :first { @top-left { content: none; } @top-right { content: none; } }`,
        ]),
    ...(settings.footer === undefined
      ? []
      : [
          `@page :right { @bottom-right { content: ${fill(settings.footer)}; } }`,
          `@page :left { @bottom-left { content: ${fill(settings.footer)}; } }`,
        ]),
    '',
  ].join('\n');
}

/** The CSS `content` of the folio: the language's words as strings, the page number and count as counters in its digits. */
export function folioContent(lang: string): string {
  const style = counterStyleOf(lang);
  return labelsFor(lang)
    .page.split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? counter('page', style) : part === '{pages}' ? counter('pages', style) : cssString(part)))
    .join(' ');
}

/**
 * A CSS `content` value for header or footer text: `{page}` and `{pages}`
 * become the page counters in the counter style of the language's digits
 * (`persian` for `fa`), `{section}` the page counter in the style that names
 * each page's section (see `running-sections.ts`), `{title}` and `{date}`
 * escaped strings, the rest escaped strings too; `none` when nothing is left.
 */
export function runningContent(text: string, values: { readonly title: string; readonly date: string }, style = 'decimal'): string {
  const parts = text.split(/\{(title|page|pages|date|section)\}/).flatMap((part, index) => {
    if (index % 2 === 0) return part === '' ? [] : [cssString(part)];
    if (part === 'page' || part === 'pages') return [counter(part, style)];
    if (part === 'section') return [counter('page', sectionCounterStyle)];
    const value = part === 'title' ? values.title : values.date;
    return value === '' ? [] : [cssString(value)];
  });
  return parts.length === 0 ? 'none' : parts.join(' ');
}

/** A CSS page counter in a counter style (`persian`, `arabic-indic`), plain for `decimal`. */
function counter(name: string, style: string): string {
  return style === 'decimal' ? `counter(${name})` : `counter(${name}, ${style})`;
}
