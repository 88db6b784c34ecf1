/** Where a piece of text was drawn: its origin, its size, and how many glyphs it has. */
export interface TextPlace {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly glyphs: number;
}

/**
 * Text gathered in drawing order, with the spaces a reader hears but the
 * content stream does not draw: where the text moves to another line
 * (Chromium draws no space at a soft line break, and none at a hyphenation
 * break, whose hyphen carries `/ActualText` U+00AD), or jumps ahead on the
 * same line (a table of contents' title and page number are drawn apart,
 * with no space between them).
 */
export class TextRun {
  text = '';
  first: TextPlace | undefined;
  last: TextPlace | undefined;

  /** Add text drawn at `place`. */
  append(text: string, place: TextPlace): void {
    if (text === '') return;
    if (this.last && needsSpace(this.text, this.last, text, place)) this.text += ' ';
    this.text += text;
    this.first ??= place;
    this.last = place;
  }

  /** Add another run after this one. */
  extend(run: TextRun): void {
    if (run.first === undefined || run.last === undefined) return;
    if (this.last && needsSpace(this.text, this.last, run.text, run.first)) this.text += ' ';
    this.text += run.text;
    this.first ??= run.first;
    this.last = run.last;
  }

  /** The text as read: soft hyphens gone, white space collapsed, trimmed. */
  read(): string {
    return this.text
      .replace(/\u00AD/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  }
}

/** Whether a space separates `after` (drawn at `next`) from `before` (whose last piece was drawn at `last`). */
function needsSpace(before: string, last: TextPlace, after: string, next: TextPlace): boolean {
  const end = before.charCodeAt(before.length - 1);
  if (end === 0xad || isSpace(end) || isSpace(after.charCodeAt(0))) return false;
  const size = Math.max(last.size, next.size, 1e-3);
  if (Math.abs(next.y - last.y) > 0.3 * size) return true;
  return next.x - last.x > (last.glyphs + 0.5) * size;
}

/** Whether a UTF-16 code unit is white space. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}
