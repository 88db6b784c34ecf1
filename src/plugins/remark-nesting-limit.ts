import type { Root } from 'mdast';
import { blockQuote, list } from 'micromark-core-commonmark';
import type { Construct, ContainerState, Extension, ParseContext, Point, State, TokenizeContext } from 'micromark-util-types';
import type { Plugin } from 'unified';

/** Options of `remarkNestingLimit`. */
export interface RemarkNestingLimitOptions {
  /** Deepest nesting of list items and block quotations the parser opens. */
  readonly max: number;
}

/** Thrown out of the parser at the first container nested deeper than the limit; `place` is where it starts. */
export class NestingLimitError extends Error {
  override name = 'NestingLimitError';
  readonly place: { readonly line: number; readonly column: number };

  constructor(place: Point, max: number) {
    super(`containers nested more than ${max} deep`);
    this.place = { line: place.line, column: place.column };
  }
}

/** The innermost container known on the line being parsed. */
interface Innermost {
  readonly line: number;
  readonly offset: number;
  readonly depth: number;
  /** The depth around it, and whether it started here (a container is tried twice at one place: checked, then parsed). */
  readonly parent: number;
  readonly started: boolean;
}

/**
 * Make the parser itself refuse list items and block quotations nested more
 * than `max` deep, as it opens them: it stops at the first one too deep and
 * throws a `NestingLimitError` with its place. Checking the tree afterwards
 * is too late: micromark and mdast-util-from-markdown take time that grows
 * with the square of the depth (10,000 `+ ` on one line: 22 s; `* `: 57 s),
 * and recursive tree walkers overflow the stack (issue 16). Counting
 * characters before parsing misses ways of writing nesting; this counts the
 * containers the parser opens, however they are written.
 */
const remarkNestingLimit: Plugin<[RemarkNestingLimitOptions], Root> = function (options) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(nestingLimit(options.max));
};

export default remarkNestingLimit;

/**
 * A micromark extension: the list and block quotation constructs, tried
 * before micromark's own, that count depth. Each container's depth is kept
 * with its state; on each line the innermost container continued or opened
 * so far (per parse) is the parent of the next one opened.
 */
function nestingLimit(max: number): Extension {
  const innermost = new WeakMap<ParseContext, Innermost>();
  const depths = new WeakMap<ContainerState, number>();
  const counted = (construct: Construct): Construct => ({
    ...construct,
    // A name of its own: micromark's `disable` acts on names, and the original stays enabled (its own sibling items use it).
    name: `folioNestingLimit-${construct.name ?? ''}`,
    tokenize(effects, ok, nok): State {
      const start = this.now();
      const known = innermost.get(this.parser);
      const parent = known?.line !== start.line ? 0 : known.started && known.offset === start.offset ? known.parent : known.depth;
      const state = this.containerState;
      const opened: State = (code) => {
        if (parent + 1 > max) throw new NestingLimitError(start, max);
        if (state) depths.set(state, parent + 1);
        innermost.set(this.parser, { line: start.line, offset: start.offset, depth: parent + 1, parent, started: true });
        return ok(code);
      };
      return construct.tokenize.call(this, effects, opened, nok);
    },
    continuation: construct.continuation && {
      ...construct.continuation,
      tokenize(this: TokenizeContext, effects, ok, nok): State {
        const start = this.now();
        const depth = this.containerState ? depths.get(this.containerState) : undefined;
        const continued: State = (code) => {
          if (depth !== undefined)
            innermost.set(this.parser, { line: start.line, offset: start.offset, depth, parent: depth - 1, started: false });
          return ok(code);
        };
        return (construct.continuation?.tokenize ?? ((_, __, no) => no)).call(this, effects, continued, nok);
      },
    },
  });
  const countedList = counted(list);
  const countedQuote = counted(blockQuote);
  return {
    document: {
      42: countedList, // *
      43: countedList, // +
      45: countedList, // -
      48: countedList, // 0 to 9: ordered lists
      49: countedList,
      50: countedList,
      51: countedList,
      52: countedList,
      53: countedList,
      54: countedList,
      55: countedList,
      56: countedList,
      57: countedList,
      62: countedQuote, // >
    },
  };
}
