import * as v from 'valibot';
import { chapterPrefix, prefixIds } from '../../src/collection/assemble-collection.js';
import { renderCollection } from '../../src/collection/render-collection.js';
import { CollectionOptions } from '../../src/config/collection.js';
import { resolvePrintSettings } from '../../src/config/print-settings.js';
import type { Chapter } from '../../src/model.js';
import { resolveMeta } from '../../src/pipeline/meta.js';
import type { Rendered } from '../../src/pipeline/render.js';
import { loadTheme } from '../../src/theme/load-theme.js';

const theme = await loadTheme('default');

/** A chapter with its ids prefixed for its place in a book (`c1-`, `c2-`, …), as `buildCollection` prepares each article. */
export function inBook(chapter: Chapter, index: number): Chapter {
  return { ...chapter, hast: prefixIds(chapter.hast, chapterPrefix(index)) };
}

/**
 * A collection rendered in memory as `buildCollection` renders it, in the
 * default theme: the book's metadata from the collection's `options`
 * (English unless they say otherwise), a table of contents, and one chapter
 * an article, each with its own metadata for its title block.
 */
export function renderBook(options: CollectionOptions, chapters: Chapter[]): Rendered {
  const { name, files: _files, folder: _folder, ...matter } = v.parse(CollectionOptions, options);
  const meta = resolveMeta({ ...matter, lang: matter.lang ?? 'en' }, { source: name, now: new Date('2024-01-01') });
  return renderCollection({ meta, chapters, assets: new Map() }, theme, resolvePrintSettings(meta, { toc: true }));
}
