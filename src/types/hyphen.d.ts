// The `hyphen` package ships no type declarations; this covers the part Folio uses.
declare module 'hyphen/*' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
  }
  export function hyphenateSync(text: string, options?: HyphenateOptions): string;
}
