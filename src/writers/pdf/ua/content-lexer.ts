import { skipInlineImage } from './inline-image.js';
import { Kind, Operands } from './operands.js';
import { Op, operatorCode, type OpCode } from './operators.js';

/**
 * Called for each operator of a content stream: its code, the byte range
 * from its first operand to its end, and its operands (valid only during
 * the call).
 */
export type OperatorHandler = (code: OpCode, start: number, end: number, operands: Operands) => void;

/** Byte classes: 0 regular, 1 white space, 2 delimiter (ISO 32000-1, 7.2.2). */
const byteClass = new Uint8Array(256);
for (const byte of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) byteClass[byte] = 1;
for (const char of '()<>[]{}/%') byteClass[char.charCodeAt(0)] = 2;

const [dot, minus, plus, zero, nine] = [0x2e, 0x2d, 0x2b, 0x30, 0x39];

/**
 * Read a (decoded) content stream operator by operator, in one pass with
 * no allocation per token: numbers are read as they are met, everything
 * else is kept as a byte range for the handler to read if it cares. An
 * inline image (`BI … ID … EI`) is one operator, `BI`. Unknown operators
 * get `Op.other`; stray delimiters are skipped, as viewers do.
 */
export function lexContent(bytes: Uint8Array, handle: OperatorHandler): void {
  const operands = new Operands();
  const length = bytes.length;
  let position = 0;
  let first = -1;
  while (position < length) {
    const byte = bytes[position] ?? 0;
    const kind = byteClass[byte] ?? 0;
    if (kind === 1) {
      position++;
      continue;
    }
    const start = position;
    if (kind === 2) {
      position = delimited(bytes, position, byte, operands);
      if (first < 0 && operands.count > 0) first = start;
      continue;
    }
    while (position < length && byteClass[bytes[position] ?? 0] === 0) position++;
    if ((byte >= zero && byte <= nine) || byte === minus || byte === plus || byte === dot) {
      operands.push(Kind.number, start, position, readNumber(bytes, start, position));
      if (first < 0) first = start;
      continue;
    }
    const code = operatorCode(bytes, start, position);
    if (code === Op.other && isOperandWord(bytes, start, position)) {
      operands.push(Kind.other, start, position);
      if (first < 0) first = start;
      continue;
    }
    if (code === Op.BI) position = skipInlineImage(bytes, position);
    handle(code, first < 0 ? start : first, position, operands);
    operands.count = 0;
    first = -1;
  }
}

/** Read the token starting with a delimiter at `position`; returns where it ends. */
function delimited(bytes: Uint8Array, position: number, byte: number, operands: Operands): number {
  switch (byte) {
    case 0x2f: {
      let end = position + 1;
      while (end < bytes.length && byteClass[bytes[end] ?? 0] === 0) end++;
      operands.push(Kind.name, position, end);
      return end;
    }
    case 0x28: {
      const end = literalEnd(bytes, position + 1);
      operands.push(Kind.literal, position, end);
      return end;
    }
    case 0x3c: {
      if (bytes[position + 1] === 0x3c) {
        operands.push(Kind.dictOpen, position, position + 2);
        return position + 2;
      }
      const close = bytes.indexOf(0x3e, position);
      const end = close < 0 ? bytes.length : close + 1;
      operands.push(Kind.hex, position, end);
      return end;
    }
    case 0x3e:
      if (bytes[position + 1] !== 0x3e) return position + 1;
      operands.push(Kind.dictClose, position, position + 2);
      return position + 2;
    case 0x5b:
      operands.push(Kind.arrayOpen, position, position + 1);
      return position + 1;
    case 0x5d:
      operands.push(Kind.arrayClose, position, position + 1);
      return position + 1;
    case 0x25: {
      let end = position;
      while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
      return end;
    }
    default:
      return position + 1;
  }
}

/** Where a literal string that opened before `position` ends (after its closing parenthesis). */
function literalEnd(bytes: Uint8Array, position: number): number {
  let depth = 1;
  let index = position;
  while (index < bytes.length) {
    const byte = bytes[index++];
    if (byte === 0x5c) index++;
    else if (byte === 0x28) depth++;
    else if (byte === 0x29 && --depth === 0) return index;
  }
  return bytes.length;
}

/** A PDF number (`-12`, `.5`, `3.25`): no exponent in PDF; a malformed one reads as 0. */
function readNumber(bytes: Uint8Array, start: number, end: number): number {
  let index = start;
  let sign = 1;
  const first = bytes[index];
  if (first === minus || first === plus) {
    if (first === minus) sign = -1;
    index++;
  }
  let value = 0;
  let scale = 0;
  for (; index < end; index++) {
    const byte = bytes[index] ?? 0;
    if (byte === dot && scale === 0) scale = 1;
    else if (byte >= zero && byte <= nine) {
      value = value * 10 + (byte - zero);
      if (scale > 0) scale *= 10;
    } else if (byte !== minus) return 0;
  }
  return (sign * value) / (scale || 1);
}

/** `true`, `false` and `null` are operands, not operators. */
function isOperandWord(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start < 4 || end - start > 5) return false;
  const word = String.fromCharCode(...bytes.subarray(start, end));
  return word === 'true' || word === 'false' || word === 'null';
}
