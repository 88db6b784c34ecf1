import path from 'node:path';
import type { CollectionSources } from '../collection/find-collections.js';
import type { Source } from '../pipeline/load.js';
import { isWithin } from '../fs/inside.js';

/** What a batch of changed files asks the watcher to do. */
export interface ChangePlan {
  /** The theme changed: read it again and rebuild every document. */
  readonly theme: boolean;
  /** Markdown files to rebuild (or build for the first time), as found by `findSources`. */
  readonly sources: readonly Source[];
  /** Collections to rebuild: one of their articles (or a file beside one) changed. */
  readonly collections: readonly CollectionSources[];
}

/** Where the watcher looks. */
export interface WatchedPlaces {
  /** The theme's folder: any change there is a theme change. */
  readonly themeDir: string;
  /** The output folder: changes there are Folio's own and never trigger a build. */
  readonly outDir: string;
}

/**
 * Decide what to rebuild after `changed` (absolute paths) changed, given the
 * sources and collections that exist now. Pure. A Markdown source rebuilds
 * alone; a theme change rebuilds everything; any other file (an image, a
 * stylesheet) rebuilds the documents whose last build used it (`uses`:
 * source path to the files it read), and, inside a content folder, the
 * documents of that folder that have not been built yet or failed, as any
 * of them may be waiting for it (issue 14: one image no longer rebuilds
 * every document). A collection rebuilds when one of its articles, or a file
 * in an article's folder, changed. Deleted files, editors' temporary files
 * and Folio's outputs are ignored.
 */
export function classifyChanges(
  changed: Iterable<string>,
  sources: readonly Source[],
  places: WatchedPlaces,
  collections: readonly CollectionSources[] = [],
  uses: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): ChangePlan {
  const byPath = new Map(sources.map((source) => [source.path, source]));
  const chosen = new Set<Source>();
  const books = new Set<CollectionSources>();
  let theme = false;
  for (const file of changed) {
    if (ignored(file) || isWithin(file, places.outDir)) continue;
    if (isWithin(file, places.themeDir)) {
      theme = true;
      continue;
    }
    for (const book of collections) {
      const markdown = /\.md$/i.test(file);
      if (book.articles.some((article) => (markdown ? article.path === file : isWithin(file, path.dirname(article.path))))) books.add(book);
    }
    const source = byPath.get(file);
    if (source) {
      chosen.add(source);
      continue;
    }
    if (/\.md$/i.test(file)) continue; // a Markdown file that is not a source (deleted, or outside the inputs)
    for (const other of sources) {
      const used = uses.get(other.path);
      if (used ? used.has(file) : isWithin(file, other.root)) chosen.add(other);
    }
  }
  if (theme) return { theme, sources, collections };
  return { theme, sources: sources.filter((source) => chosen.has(source)), collections: collections.filter((book) => books.has(book)) };
}

/** Editors' swap, backup and probe files (vim's `4913`, `.x.swp`, `x~`, `.#x`), and hidden files. */
function ignored(file: string): boolean {
  const name = path.basename(file);
  return name.startsWith('.') || name.endsWith('~') || name === '4913' || /\.(swp|swx|tmp|bak)$/i.test(name);
}
