import type { Operands } from './operands.js';
import { buildsPath, endsPath, Op, type OpCode } from './operators.js';

/** A transformation matrix `[a b c d e f]`. */
export type Matrix = readonly [number, number, number, number, number, number];

/** The identity matrix. */
export const identity: Matrix = [1, 0, 0, 1, 0, 0];

/** `first` then `second`: the matrix product first × second. */
export function multiply(first: Matrix, second: Matrix): Matrix {
  const [a, b, c, d, e, f] = first;
  const [p, q, r, s, t, u] = second;
  return [a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u];
}

/**
 * Where a content stream draws, as far as telling the page's margins from
 * its body needs: the current transformation, the text position (origins
 * only: glyph widths are not read) and the box of the path being built.
 * Points are in the space of the matrix it starts with (the page's, for a
 * page or for a form painted from it).
 */
export class Geometry {
  #ctm: Matrix;
  readonly #saved: Matrix[] = [];
  // The text line matrix, kept in fields: it changes for nearly every glyph Chromium draws.
  #la = 1;
  #lb = 0;
  #lc = 0;
  #ld = 1;
  #le = 0;
  #lf = 0;
  #leading = 0;
  #fontSize = 0;
  #left = Infinity;
  #bottom = Infinity;
  #right = -Infinity;
  #top = -Infinity;
  /** The centre of what the last painting operator drew (NaN when unknown, as for a shading). */
  centreX = Number.NaN;
  centreY = Number.NaN;

  /** Start at `ctm`. */
  constructor(ctm: Matrix) {
    this.#ctm = ctm;
  }

  /** The current transformation matrix. */
  get ctm(): Matrix {
    return this.#ctm;
  }

  /** Where text shown now starts. */
  get textX(): number {
    const [a, , c, , e] = this.#ctm;
    return this.#le * a + this.#lf * c + e;
  }

  /** Where text shown now starts, vertically. */
  get textY(): number {
    const [, b, , d, , f] = this.#ctm;
    return this.#le * b + this.#lf * d + f;
  }

  /** The size of the text shown now, in the page's units. */
  get textSize(): number {
    const [a, b, c, d] = multiply([this.#la, this.#lb, this.#lc, this.#ld, 0, 0], this.#ctm);
    return this.#fontSize * Math.sqrt(Math.abs(a * d - b * c));
  }

  /** Follow one operator; `track` (when the caller will ask where it paints) also collects path points. */
  update(code: OpCode, operands: Operands, track: boolean): void {
    switch (code) {
      case Op.q:
        this.#saved.push(this.#ctm);
        return;
      case Op.Q:
        this.#ctm = this.#saved.pop() ?? this.#ctm;
        return;
      case Op.cm:
        this.#ctm = multiply(
          [operands.number(0), operands.number(1), operands.number(2), operands.number(3), operands.number(4), operands.number(5)],
          this.#ctm,
        );
        return;
      case Op.BT:
        this.#setLine(1, 0, 0, 1, 0, 0);
        return;
      case Op.Tm:
        this.#setLine(
          operands.number(0),
          operands.number(1),
          operands.number(2),
          operands.number(3),
          operands.number(4),
          operands.number(5),
        );
        return;
      case Op.Td:
      case Op.TD:
        if (code === Op.TD) this.#leading = -operands.number(1);
        this.#move(operands.number(0), operands.number(1));
        return;
      case Op.TStar:
      case Op.quote:
      case Op.doubleQuote:
        this.#move(0, -this.#leading);
        break;
      case Op.TL:
        this.#leading = operands.number(0);
        return;
      case Op.Tf:
        this.#fontSize = operands.number(1);
        return;
      default:
    }
    if (track) this.#painted(code, operands);
  }

  #setLine(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.#la = a;
    this.#lb = b;
    this.#lc = c;
    this.#ld = d;
    this.#le = e;
    this.#lf = f;
  }

  /** Move to the start of the next line, offset by `x`, `y` in text space. */
  #move(x: number, y: number): void {
    const e = x * this.#la + y * this.#lc + this.#le;
    this.#lf = x * this.#lb + y * this.#ld + this.#lf;
    this.#le = e;
  }

  /** Collect path points; set the centre of what a painting operator draws. */
  #painted(code: OpCode, operands: Operands): void {
    const n = (index: number): number => operands.number(index);
    if (code === Op.re) {
      this.#point(n(0), n(1));
      this.#point(n(0) + n(2), n(1) + n(3));
      this.#point(n(0), n(1) + n(3));
      this.#point(n(0) + n(2), n(1));
    } else if (buildsPath(code)) {
      for (let index = 0; index + 1 < operands.count; index += 2) this.#point(n(index), n(index + 1));
    } else if (endsPath(code)) {
      this.#centre((this.#left + this.#right) / 2, (this.#bottom + this.#top) / 2, this.#left <= this.#right);
      this.#left = this.#bottom = Infinity;
      this.#right = this.#top = -Infinity;
    } else if (code === Op.Do || code === Op.BI) {
      const [a, b, c, d, e, f] = this.#ctm;
      this.#centre(0.5 * (a + c) + e, 0.5 * (b + d) + f, true);
    } else if (code >= Op.Tj && code <= Op.doubleQuote) this.#centre(this.textX, this.textY, true);
    else if (code === Op.sh) this.#centre(Number.NaN, Number.NaN, false);
  }

  #point(x: number, y: number): void {
    const [a, b, c, d, e, f] = this.#ctm;
    const px = x * a + y * c + e;
    const py = x * b + y * d + f;
    this.#left = Math.min(this.#left, px);
    this.#bottom = Math.min(this.#bottom, py);
    this.#right = Math.max(this.#right, px);
    this.#top = Math.max(this.#top, py);
  }

  #centre(x: number, y: number, known: boolean): void {
    this.centreX = known ? x : Number.NaN;
    this.centreY = known ? y : Number.NaN;
  }
}
