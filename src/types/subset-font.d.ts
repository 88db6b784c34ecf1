// The `subset-font` package ships no type declarations; this covers the part Folio uses.
declare module 'subset-font' {
  interface SubsetFontOptions {
    /** `truetype`, `woff` or `woff2`; default the input's format. */
    targetFormat?: 'truetype' | 'woff' | 'woff2';
    /** Axis positions to pin (a number) or narrow (`{ min, max, default }`), by axis tag. */
    variationAxes?: Record<string, number>;
    /** Keep every glyph; `text` must then be empty. */
    keepAllGlyphs?: boolean;
  }
  /** A subset (and instance) of a TrueType, WOFF or WOFF2 font with the glyphs `text` needs. */
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
