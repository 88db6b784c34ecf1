import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/resolve.js';
import type { CollectionSources } from '../collection/find-collections.js';
import type { Source } from '../pipeline/load.js';

/** A folder to watch, with or without its subfolders. */
export interface WatchTarget {
  readonly folder: string;
  readonly recursive: boolean;
}

/**
 * The folders that hold what a build reads: each input folder and the theme
 * (with subfolders), the folder of each input file (alone: a file may sit in
 * a project root full of `node_modules`), and the root of each source no
 * other target covers (such as the folder before a glob's first wildcard).
 * A collection's `folder` is watched with subfolders, the folder of each of
 * its listed `files` alone.
 */
export async function watchTargets(
  config: ResolvedConfig,
  sources: readonly Source[],
  themeDir: string,
  collections: readonly CollectionSources[] = [],
): Promise<WatchTarget[]> {
  const targets = new Map<string, boolean>([[themeDir, true]]);
  const add = (folder: string, recursive: boolean): void => {
    targets.set(folder, (targets.get(folder) ?? false) || recursive);
  };
  for (const input of config.inputs) {
    const absolute = path.resolve(config.cwd, input);
    const info = await stat(absolute).catch(() => undefined);
    if (info) add(info.isDirectory() ? absolute : path.dirname(absolute), info.isDirectory());
  }
  const covers = (file: string): boolean =>
    [...targets].some(([folder, recursive]) => (recursive ? !path.relative(folder, file).startsWith('..') : path.dirname(file) === folder));
  for (const source of sources) if (!covers(source.path)) add(source.root, true);
  for (const { collection, articles } of collections) {
    if (collection.folder !== undefined) add(collection.folder, true);
    for (const article of articles) if (!covers(article.path)) add(path.dirname(article.path), false);
  }
  return [...targets].map(([folder, recursive]) => ({ folder, recursive }));
}
