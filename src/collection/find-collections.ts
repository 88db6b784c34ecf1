import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Collection } from '../config/collection.js';
import { ConfigError } from '../errors.js';
import { isMarkdownFile, outputNameOf } from '../fs/markdown-files.js';
import { isInside } from '../fs/inside.js';
import type { Source } from '../pipeline/load.js';

/** A collection and its articles, found on disk, in reading order. */
export interface CollectionSources {
  readonly collection: Collection;
  readonly articles: readonly Source[];
}

/** File names compared as people read them: `2-b.md` before `10-c.md`. */
const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Find each collection's articles: its `files` in the order given, or the
 * `*.md` of its `folder` (and subfolders) by file name. Paths are absolute
 * (`resolveConfig` made them so). Each article is named relative to the
 * working folder (`cwd`), or to its own folder when it lies outside; its
 * images stay inside its project, as a document's do (`findProjectRoot`).
 */
export async function findCollections(collections: readonly Collection[], cwd: string): Promise<CollectionSources[]> {
  return Promise.all(
    collections.map(async (collection) => {
      const files = collection.folder === undefined ? (collection.files ?? []) : await markdownFiles(collection.folder, collection.name);
      for (const file of files) {
        if (!(await stat(file).catch(() => undefined))?.isFile()) {
          throw new ConfigError(`Collection \`${collection.name}\` lists \`${path.relative(cwd, file) || file}\`, which does not exist`);
        }
      }
      const articles = files.map((file) => ({ path: file, root: isInside(file, cwd) ? cwd : path.dirname(file) }));
      return { collection, articles };
    }),
  );
}

async function markdownFiles(folder: string, name: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => {
    throw new ConfigError(`The folder \`${folder}\` of collection \`${name}\` does not exist`);
  });
  const files = entries
    .filter((entry) => entry.isFile() && isMarkdownFile(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => byName.compare(path.relative(folder, a), path.relative(folder, b)));
  if (files.length === 0) throw new ConfigError(`The folder \`${folder}\` of collection \`${name}\` holds no Markdown file`);
  return files;
}

/** Refuse two collections, or a collection and a document, writing the same `<name>.*`. */
export function refuseCollectionClashes(collections: readonly CollectionSources[], sources: readonly Source[]): void {
  const names = new Map<string, string>();
  for (const source of sources) names.set(outputNameOf(source.path, source.root), source.path);
  for (const { collection } of collections) {
    const other = names.get(collection.name);
    if (other !== undefined) {
      throw new ConfigError(
        `Collection \`${collection.name}\` and \`${other}\` would both write \`${collection.name}.*\`: rename the collection`,
      );
    }
    names.set(collection.name, `collection \`${collection.name}\``);
  }
}
