import type { Root } from 'mdast';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import type { Construct, Extension, ParseContext, Point, State } from 'micromark-util-types';
import type { Plugin } from 'unified';

/** Options of `remarkFootnoteLimit`. */
export interface RemarkFootnoteLimitOptions {
  /** Most footnote definitions, and most footnote references, the parser reads. */
  readonly max: number;
}

/** Thrown out of the parser at the first footnote definition or reference past the limit; `place` is where it starts. */
export class FootnoteLimitError extends Error {
  override name = 'FootnoteLimitError';
  readonly place: { readonly line: number; readonly column: number };
  readonly kind: 'definitions' | 'references';

  constructor(place: Point, kind: 'definitions' | 'references', max: number) {
    super(`more than ${max} footnote ${kind}`);
    this.place = { line: place.line, column: place.column };
    this.kind = kind;
  }
}

/**
 * Make the parser stop at the first footnote definition, or reference, past
 * `max`, throwing a `FootnoteLimitError` with its place. micromark looks each
 * footnote up in a list of those defined, so its time grows with the square
 * of their number: 100,000 footnotes took 7 minutes and 3.9 GB to parse
 * (issue 16). Use it after remark-gfm, so that its constructs are tried
 * before GFM's own.
 */
const remarkFootnoteLimit: Plugin<[RemarkFootnoteLimitOptions], Root> = function (options) {
  (this.data().micromarkExtensions ??= []).push(footnoteLimit(options.max));
};

export default remarkFootnoteLimit;

function footnoteLimit(max: number): Extension {
  const gfm = gfmFootnote();
  const counted = (construct: Construct | Construct[] | undefined, kind: 'definitions' | 'references'): Construct[] => {
    // The offsets of each one read, per parse: a definition is read twice at one place (checked, then parsed).
    const seen = new WeakMap<ParseContext, Set<number>>();
    return [construct ?? []].flat().map((original) => ({
      ...original,
      name: `folioFootnoteLimit-${original.name ?? ''}`,
      tokenize(effects, ok, nok): State {
        const start = this.now();
        const read: State = (code) => {
          let offsets = seen.get(this.parser);
          if (!offsets) seen.set(this.parser, (offsets = new Set()));
          offsets.add(start.offset);
          if (offsets.size > max) throw new FootnoteLimitError(start, kind, max);
          return ok(code);
        };
        return original.tokenize.call(this, effects, read, nok);
      },
    }));
  };
  return { document: { 91: counted(gfm.document?.[91], 'definitions') }, text: { 91: counted(gfm.text?.[91], 'references') } };
}
