import { PDFDict, PDFStream, type PDFContext } from 'pdf-lib';
import { decodeStream } from './content-streams.js';
import { entry, nameOf } from './pdf-values.js';

/** Reads the bytes of a text-showing operator's string as text, and counts its glyphs. */
export type FontDecoder = (bytes: Uint8Array) => { readonly text: string; readonly glyphs: number };

/**
 * The text a font's codes stand for, from its `/ToUnicode` map (every font
 * Chromium writes has one); a font without one reads as Latin-1. Composite
 * (Type 0) fonts use two-byte codes unless the map says otherwise.
 */
export function fontDecoder(context: PDFContext, font: PDFDict | undefined): FontDecoder {
  const toUnicode = entry(context, font, 'ToUnicode');
  const composite = nameOf(entry(context, font, 'Subtype')) === 'Type0';
  if (!(toUnicode instanceof PDFStream)) {
    return (bytes) => ({ text: String.fromCharCode(...bytes), glyphs: composite ? bytes.length / 2 : bytes.length });
  }
  const { map, codeLength } = readCMap(decodeStream(toUnicode));
  const width = composite ? Math.max(codeLength, 2) : codeLength;
  return (bytes) => {
    let text = '';
    let glyphs = 0;
    for (let index = 0; index + width <= bytes.length; index += width) {
      let code = 0;
      for (let byte = 0; byte < width; byte++) code = code * 256 + (bytes[index + byte] ?? 0);
      text += map.get(code) ?? '\uFFFD';
      glyphs++;
    }
    return { text, glyphs };
  };
}

/** Decoders by font dictionary, made on first use: one per font of the document. */
export class FontDecoders {
  readonly #context: PDFContext;
  readonly #decoders = new Map<PDFDict, FontDecoder>();

  /** Decoders for the fonts of `context`'s document. */
  constructor(context: PDFContext) {
    this.#context = context;
  }

  /** The decoder of a font dictionary. */
  of(font: PDFDict): FontDecoder {
    let decoder = this.#decoders.get(font);
    if (!decoder) this.#decoders.set(font, (decoder = fontDecoder(this.#context, font)));
    return decoder;
  }
}

/** Read a ToUnicode CMap's `bfchar` and `bfrange` mappings, and the length of its codes in bytes. */
export function readCMap(bytes: Uint8Array): { map: Map<number, string>; codeLength: number } {
  const text = new TextDecoder('latin1').decode(bytes);
  const map = new Map<number, string>();
  const range = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(text);
  const codeLength = range?.[1] ? range[1].length / 2 : 1;
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code = '', unicode = ''] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) {
      map.set(Number.parseInt(code, 16), utf16(unicode));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low = '', high = '', target = ''] of (block[1] ?? '').matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g,
    )) {
      const from = Number.parseInt(low, 16);
      const to = Math.min(Number.parseInt(high, 16), from + 0xffff);
      if (target.startsWith('[')) {
        const list = [...target.matchAll(/<([0-9a-fA-F]*)>/g)].map((match) => utf16(match[1] ?? ''));
        for (let code = from; code <= to && code - from < list.length; code++) map.set(code, list[code - from] ?? '');
      } else {
        const base = target.slice(1, -1);
        const last = Number.parseInt(base.slice(-4), 16);
        for (let code = from; code <= to; code++)
          map.set(code, utf16(base.slice(0, -4) + (last + code - from).toString(16).padStart(4, '0')));
      }
    }
  }
  return { map, codeLength };
}

/** UTF-16BE hexadecimal digits as text. */
function utf16(hex: string): string {
  let text = '';
  for (let index = 0; index + 4 <= hex.length; index += 4) text += String.fromCharCode(Number.parseInt(hex.slice(index, index + 4), 16));
  if (hex.length % 4 === 2) text += String.fromCharCode(Number.parseInt(hex.slice(-2), 16));
  return text;
}
