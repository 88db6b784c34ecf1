/** What an operand token is. */
export const Kind = { number: 1, name: 2, literal: 3, hex: 4, arrayOpen: 5, arrayClose: 6, dictOpen: 7, dictClose: 8, other: 9 } as const;

/** An operand token's kind. */
export type OperandKind = (typeof Kind)[keyof typeof Kind];

/**
 * The operand tokens before an operator, as the lexer found them: kind,
 * byte range and, for numbers, the value. One instance is reused for every
 * operator of a stream, so nothing is allocated per token; read what you
 * need before the handler returns.
 */
export class Operands {
  count = 0;
  kinds = new Uint8Array(16);
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  numbers = new Float64Array(16);

  /** Add a token. */
  push(kind: OperandKind, start: number, end: number, value = 0): void {
    if (this.count === this.kinds.length) this.#grow();
    this.kinds[this.count] = kind;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.numbers[this.count] = value;
    this.count++;
  }

  /** The number at `index` (0 for anything else). */
  number(index: number): number {
    return this.kinds[index] === Kind.number ? (this.numbers[index] ?? 0) : 0;
  }

  /** The kind of the token at `index`. */
  kind(index: number): number {
    return this.kinds[index] ?? 0;
  }

  #grow(): void {
    const size = this.kinds.length * 2;
    this.kinds = double(this.kinds, new Uint8Array(size));
    this.starts = double(this.starts, new Int32Array(size));
    this.ends = double(this.ends, new Int32Array(size));
    this.numbers = double(this.numbers, new Float64Array(size));
  }
}

/** `into`, holding `from` at its start. */
function double<T extends Uint8Array | Int32Array | Float64Array>(from: T, into: T): T {
  into.set(from);
  return into;
}

/** A name token's text, `#xx` escapes decoded (`/Artifact` → `Artifact`). */
export function nameText(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let index = start + 1; index < end; index++) {
    const byte = bytes[index] ?? 0;
    if (byte === 0x23 && index + 2 < end) {
      text += String.fromCharCode(Number.parseInt(String.fromCharCode(bytes[index + 1] ?? 0, bytes[index + 2] ?? 0), 16));
      index += 2;
    } else text += String.fromCharCode(byte);
  }
  return text;
}

/** Whether a name token is `/text` (ASCII, no escapes), read without making a string. */
export function nameIs(bytes: Uint8Array, start: number, end: number, text: string): boolean {
  if (end - start - 1 !== text.length) return false;
  for (let index = 0; index < text.length; index++) if (bytes[start + 1 + index] !== text.charCodeAt(index)) return false;
  return true;
}

/** The bytes a string token stands for: a literal's escapes resolved, a hexadecimal string's digits read. */
export function stringBytes(bytes: Uint8Array, start: number, end: number, kind: number): Uint8Array {
  return kind === Kind.hex ? hexBytes(bytes, start + 1, end - 1) : literalBytes(bytes, start + 1, end - 1);
}

function hexBytes(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((end - start) / 2));
  let length = 0;
  let high = -1;
  for (let index = start; index < end; index++) {
    const digit = hexDigit(bytes[index] ?? 0);
    if (digit < 0) continue;
    if (high < 0) high = digit;
    else {
      out[length++] = high * 16 + digit;
      high = -1;
    }
  }
  if (high >= 0) out[length++] = high * 16;
  return out.subarray(0, length);
}

function hexDigit(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

const escapes: Readonly<Record<number, number>> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };

function literalBytes(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const out = new Uint8Array(end - start);
  let length = 0;
  for (let index = start; index < end; index++) {
    const byte = bytes[index] ?? 0;
    if (byte !== 0x5c) {
      out[length++] = byte;
      continue;
    }
    const next = bytes[++index] ?? 0;
    if (next >= 0x30 && next <= 0x37) {
      let value = next - 0x30;
      for (let digits = 1; digits < 3 && (bytes[index + 1] ?? 0) >= 0x30 && (bytes[index + 1] ?? 0) <= 0x37; digits++) {
        value = value * 8 + (bytes[++index] ?? 0) - 0x30;
      }
      out[length++] = value & 0xff;
    } else if (next === 0x0d) {
      if (bytes[index + 1] === 0x0a) index++;
    } else if (next !== 0x0a) out[length++] = escapes[next] ?? next;
  }
  return out.subarray(0, length);
}
