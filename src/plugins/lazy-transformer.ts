import type { Root } from 'hast';
import type { VFile } from 'vfile';

/** A hast transformer as rehype plugins return them. */
export type Transformer = (tree: Root, file: VFile) => void;

/**
 * A transformer that loads a plugin only for trees that need it: KaTeX and
 * the highlight.js grammars cost more to load than most documents take to
 * build, and most documents have no maths or code.
 */
export function lazyTransformer(needed: (tree: Root) => boolean, load: () => Promise<Transformer>) {
  let loading: Promise<Transformer> | undefined;
  return async (tree: Root, file: VFile): Promise<undefined> => {
    if (!needed(tree)) return;
    loading ??= load();
    (await loading)(tree, file);
  };
}
