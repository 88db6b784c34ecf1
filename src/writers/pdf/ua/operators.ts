/**
 * Content-stream operators the PDF/UA pass reads, as small numbers: the
 * lexer gives each operator its code, and `other` to the rest (colours,
 * graphics state, text state), which only pass through.
 */
export const Op = {
  other: 0,
  q: 1,
  Q: 2,
  cm: 3,
  BT: 4,
  ET: 5,
  Tf: 6,
  Tm: 7,
  Td: 8,
  TD: 9,
  TStar: 10,
  TL: 11,
  Tj: 12,
  TJ: 13,
  quote: 14,
  doubleQuote: 15,
  BMC: 16,
  BDC: 17,
  EMC: 18,
  Do: 19,
  BI: 20,
  m: 21,
  l: 22,
  c: 23,
  v: 24,
  y: 25,
  h: 26,
  re: 27,
  W: 28,
  WStar: 29,
  n: 30,
  S: 31,
  s: 32,
  f: 33,
  F: 34,
  fStar: 35,
  B: 36,
  BStar: 37,
  b: 38,
  bStar: 39,
  sh: 40,
} as const;

/** An operator's code. */
export type OpCode = (typeof Op)[keyof typeof Op];

const spellings: Readonly<Record<string, OpCode>> = {
  ...{ q: Op.q, Q: Op.Q, cm: Op.cm, BT: Op.BT, ET: Op.ET, Tf: Op.Tf, Tm: Op.Tm, Td: Op.Td, TD: Op.TD, 'T*': Op.TStar, TL: Op.TL },
  ...{ Tj: Op.Tj, TJ: Op.TJ, "'": Op.quote, '"': Op.doubleQuote, BMC: Op.BMC, BDC: Op.BDC, EMC: Op.EMC, Do: Op.Do, BI: Op.BI },
  ...{ m: Op.m, l: Op.l, c: Op.c, v: Op.v, y: Op.y, h: Op.h, re: Op.re, W: Op.W, 'W*': Op.WStar, n: Op.n },
  ...{ S: Op.S, s: Op.s, f: Op.f, F: Op.F, 'f*': Op.fStar, B: Op.B, 'B*': Op.BStar, b: Op.b, 'b*': Op.bStar, sh: Op.sh },
};

/** Operators of up to three bytes, keyed by their bytes packed into a number (see `operatorKey`). */
const byKey = new Map<number, OpCode>(
  Object.entries(spellings).map(([spelling, code]) => [operatorKey(new TextEncoder().encode(spelling), 0, spelling.length), code]),
);

/** The bytes `start..end` packed into a number, for operators of one to three bytes; -1 for longer words. */
function operatorKey(bytes: Uint8Array, start: number, end: number): number {
  if (end - start > 3) return -1;
  let key = 0;
  for (let index = end - 1; index >= start; index--) key = key * 256 + (bytes[index] ?? 0);
  return key;
}

/** The code of the operator spelt by `bytes[start..end]`. */
export function operatorCode(bytes: Uint8Array, start: number, end: number): OpCode {
  return byKey.get(operatorKey(bytes, start, end)) ?? Op.other;
}

/** Operators that put marks on the page: text, paths painted, images and forms, shadings. */
export function paints(code: OpCode): boolean {
  return (code >= Op.Tj && code <= Op.doubleQuote) || (code >= Op.S && code <= Op.sh) || code === Op.Do || code === Op.BI;
}

/** Operators that show text. */
export function showsText(code: OpCode): boolean {
  return code >= Op.Tj && code <= Op.doubleQuote;
}

/** Operators that build a path or clip with it (a path object runs from the first of them to its painting operator). */
export function buildsPath(code: OpCode): boolean {
  return code >= Op.m && code <= Op.WStar;
}

/** Operators that end a path object: painting it, or `n`. */
export function endsPath(code: OpCode): boolean {
  return code >= Op.n && code <= Op.bStar;
}
