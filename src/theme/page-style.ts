import type { PaperSize, PrintSettings } from '../config/print-settings.js';
import { labelsFor } from '../locale/labels.js';

/** Page margins in millimetres; `inside` is the binding edge (left on right-hand pages). */
export interface Margins {
  readonly top: number;
  readonly bottom: number;
  readonly inside: number;
  readonly outside: number;
}

/** Margins on A4 (short side 210 mm): wider at the binding edge, deeper at the foot for the folio. */
const a4Margins: Margins = { top: 20, bottom: 22, inside: 24, outside: 18 };

/**
 * Margins for a paper: A4's, scaled with the short side (so A5 gets about
 * 70%), never under 12 mm (what office printers cannot reach, plus room for
 * the running header and footer).
 */
export function marginsFor(paper: PaperSize): Margins {
  const scale = Math.min(paper.width, paper.height) / 210;
  const size = (mm: number): number => Math.max(12, Math.round(mm * scale * 10) / 10);
  return { top: size(a4Margins.top), bottom: size(a4Margins.bottom), inside: size(a4Margins.inside), outside: size(a4Margins.outside) };
}

/** Body text size: a little smaller on small paper so that a line keeps about 65 characters. */
function fontSizeFor(paper: PaperSize): number {
  return Math.min(paper.width, paper.height) < 180 ? 9.5 : 10.5;
}

/**
 * The print edition's page rules for one document: `@page` size and mirrored
 * margins from the paper, and the running header's and footer's text as
 * custom properties that templates/<theme>/print.css puts in its margin boxes.
 * User text only enters as escaped CSS strings (see `cssString`), so it can
 * never close the `<style>` element or add rules.
 */
export function pageStyle(settings: PrintSettings, lang: string): string {
  const { paper } = settings;
  const m = marginsFor(paper);
  const labels = labelsFor(lang);
  return [
    `:root { --folio-running-title: ${cssString(settings.runningTitle)}; --folio-page-of: ${cssString(` ${labels.of} `)}; --folio-font-size: ${fontSizeFor(paper)}pt; }`,
    `@page { size: ${paper.width}mm ${paper.height}mm; margin: ${m.top}mm ${m.outside}mm ${m.bottom}mm ${m.inside}mm; }`,
    `@page :left { margin-left: ${m.outside}mm; margin-right: ${m.inside}mm; }`,
    '',
  ].join('\n');
}

/**
 * A CSS string literal of `text`: every character but letters, digits, space
 * and plain punctuation becomes a hexadecimal escape, so quotes, backslashes,
 * `<` and line breaks cannot end the string, the rule or the style element.
 */
export function cssString(text: string): string {
  const escaped = Array.from(text)
    .map((char) => (/^[\p{L}\p{N} .,:;!?'’‘“”()–—-]$/u.test(char) ? char : `\\${(char.codePointAt(0) ?? 0xfffd).toString(16)} `))
    .join('');
  return `"${escaped}"`;
}
