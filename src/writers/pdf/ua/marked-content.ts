import { Kind, nameIs, nameText, stringBytes, type Operands } from './operands.js';

/** What a `BMC`/`BDC` says: whether it marks an artifact, its MCID and its `/ActualText`, when it has them. */
export interface MarkProperties {
  readonly artifact: boolean;
  readonly mcid: number | undefined;
  readonly actualText: string | undefined;
}

/** A property list named in the resources (`/Tag /Name BDC`), resolved by the caller. */
export type NamedProperties = (name: string) => { readonly mcid: number | undefined; readonly actualText: string | undefined } | undefined;

/** Read the operands of a `BMC` or `BDC`: an inline dictionary, or a name resolved through `named`. */
export function markProperties(bytes: Uint8Array, operands: Operands, named: NamedProperties): MarkProperties {
  const artifact = operands.kind(0) === Kind.name && nameIs(bytes, operands.starts[0] ?? 0, operands.ends[0] ?? 0, 'Artifact');
  if (operands.kind(1) === Kind.name) {
    const found = named(nameText(bytes, operands.starts[1] ?? 0, operands.ends[1] ?? 0));
    return { artifact, mcid: found?.mcid, actualText: found?.actualText };
  }
  let mcid: number | undefined;
  let actualText: string | undefined;
  let depth = 0;
  for (let index = 1; index < operands.count; index++) {
    const kind = operands.kind(index);
    if (kind === Kind.dictOpen || kind === Kind.arrayOpen) depth++;
    else if (kind === Kind.dictClose || kind === Kind.arrayClose) depth--;
    else if (depth === 1 && kind === Kind.name && index + 1 < operands.count) {
      const [start, end] = [operands.starts[index] ?? 0, operands.ends[index] ?? 0];
      const value = index + 1;
      if (operands.kind(value) === Kind.number && nameIs(bytes, start, end, 'MCID')) mcid = operands.number(value);
      else if ((operands.kind(value) === Kind.literal || operands.kind(value) === Kind.hex) && nameIs(bytes, start, end, 'ActualText')) {
        actualText = decodeTextString(stringBytes(bytes, operands.starts[value] ?? 0, operands.ends[value] ?? 0, operands.kind(value)));
      }
    }
  }
  return { artifact, mcid, actualText };
}

/** A PDF text string's text: UTF-16BE after its byte order mark, else (near enough) PDFDocEncoding as Latin-1. */
export function decodeTextString(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = '';
    for (let index = 2; index + 1 < bytes.length; index += 2)
      text += String.fromCharCode(((bytes[index] ?? 0) << 8) | (bytes[index + 1] ?? 0));
    return text;
  }
  return String.fromCharCode(...bytes);
}

/** One open marked-content sequence. */
interface Mark {
  /** An MCID sequence or an artifact: its content is accounted for. */
  readonly covers: boolean;
  readonly mcid: number | undefined;
  readonly actualText: string | undefined;
}

/**
 * The marked-content sequences open at a point of a content stream, and
 * whether what is drawn there is accounted for: inside an MCID sequence or
 * an artifact, here or where the stream (a form XObject) is painted from.
 */
export class MarkStack {
  readonly #marks: Mark[] = [];
  readonly #inherited: boolean;
  #covering = 0;
  #owner: number | undefined;
  #replaced = false;

  /** A stack for a stream painted inside covered content (`inherited`) or not. */
  constructor(inherited: boolean) {
    this.#inherited = inherited;
  }

  /** Whether content drawn now is tagged or an artifact. */
  get covered(): boolean {
    return this.#inherited || this.#covering > 0;
  }

  /** The innermost MCID open in this stream. */
  get owner(): number | undefined {
    return this.#owner;
  }

  /** Whether an `/ActualText` opened inside the owner replaces the text shown now. */
  get replaced(): boolean {
    return this.#replaced;
  }

  /** Open a sequence. */
  open(properties: MarkProperties): void {
    const covers = properties.artifact || properties.mcid !== undefined;
    if (covers) this.#covering++;
    this.#marks.push({ covers, mcid: properties.mcid, actualText: properties.actualText });
    this.#settle();
  }

  /** Close the innermost sequence (an unbalanced `EMC` is ignored). */
  close(): void {
    const mark = this.#marks.pop();
    if (mark?.covers) this.#covering--;
    this.#settle();
  }

  #settle(): void {
    this.#owner = undefined;
    this.#replaced = false;
    for (let index = this.#marks.length - 1; index >= 0; index--) {
      const mark = this.#marks[index];
      if (mark?.mcid !== undefined) {
        this.#owner = mark.mcid;
        return;
      }
      if (mark?.actualText !== undefined) this.#replaced = true;
    }
  }
}
