import { PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { decodeStream } from './content-streams.js';
import { FontDecoders, type FontDecoder } from './font-text.js';
import { dictEntry, entry, nameOf, numberOf, pdfName, resolve, textOf } from './pdf-values.js';
import type { ScopeResources, XObjectUse } from './scan-content.js';

/**
 * The document's resources as the content pass reads them, each looked up
 * once: fonts' decoders, forms' decoded content and whether a form holds
 * tagged content. A form's bytes are kept, since the pass rewrites them.
 */
export class ResourceCache {
  readonly #context: PDFContext;
  readonly #fonts: FontDecoders;
  readonly #forms = new Map<PDFStream, { bytes: Uint8Array; tagged: boolean | undefined }>();

  /** A cache for one document. */
  constructor(context: PDFContext) {
    this.#context = context;
    this.#fonts = new FontDecoders(context);
  }

  /** The names of one `/Resources` dictionary, resolved on demand. */
  scope(resources: PDFObject | undefined): ScopeResources {
    const context = this.#context;
    const dict = resolve(context, resources);
    const fonts = new Map<string, FontDecoder | undefined>();
    const xobjects = new Map<string, XObjectUse | undefined>();
    return {
      properties: (name) => {
        const properties = dictEntry(context, dictEntry(context, dict, 'Properties'), name);
        if (!properties) return undefined;
        return { mcid: numberOf(entry(context, properties, 'MCID')), actualText: textOf(entry(context, properties, 'ActualText')) };
      },
      font: (name) => {
        if (!fonts.has(name)) {
          const font = dictEntry(context, dictEntry(context, dict, 'Font'), name);
          fonts.set(name, font && this.#fonts.of(font));
        }
        return fonts.get(name);
      },
      xobject: (name) => {
        if (!xobjects.has(name)) xobjects.set(name, this.#xobject(dictEntry(context, dict, 'XObject')?.get(pdfName(name))));
        return xobjects.get(name);
      },
    };
  }

  /** A form's decoded content. */
  bytes(form: PDFStream): Uint8Array {
    let known = this.#forms.get(form);
    if (!known) this.#forms.set(form, (known = { bytes: decodeStream(form), tagged: undefined }));
    return known.bytes;
  }

  #xobject(value: PDFObject | undefined): XObjectUse | undefined {
    const stream = resolve(this.#context, value);
    if (!(stream instanceof PDFStream)) return undefined;
    const ref = value instanceof PDFRef ? value : undefined;
    if (nameOf(stream.dict.get(pdfName('Subtype'))) !== 'Form') return { ref, form: undefined, tagged: false };
    return { ref, form: stream, tagged: this.#tagged(stream, new Set()) };
  }

  /** Whether a form, or a form it paints, has marked content with an MCID. */
  #tagged(form: PDFStream, seen: Set<PDFStream>): boolean {
    this.bytes(form);
    const known = this.#forms.get(form);
    if (!known) return false;
    if (known.tagged !== undefined) return known.tagged;
    seen.add(form);
    known.tagged = Buffer.from(known.bytes.buffer, known.bytes.byteOffset, known.bytes.byteLength).includes('/MCID');
    const xobjects = dictEntry(this.#context, dictEntry(this.#context, form.dict, 'Resources'), 'XObject');
    for (const [, value] of xobjects?.entries() ?? []) {
      if (known.tagged) break;
      const inner = resolve(this.#context, value);
      if (inner instanceof PDFStream && !seen.has(inner) && nameOf(inner.dict.get(pdfName('Subtype'))) === 'Form')
        known.tagged = this.#tagged(inner, seen);
    }
    return known.tagged;
  }
}
