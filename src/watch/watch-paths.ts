import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import createDebug from 'debug';
import type { WatchTarget } from './watch-targets.js';

const debug = createDebug('folio:watch');

/**
 * Watch folders with Node's `fs.watch` (recursive on Linux too since Node
 * 20). Folders, not files, are watched, so editors that save by writing a
 * temporary file and renaming it are seen. `onChange` gets absolute paths; a
 * watcher that fails (its folder was removed) reports to `onError`. Returns
 * a function that stops watching.
 */
export function watchPaths(targets: readonly WatchTarget[], onChange: (file: string) => void, onError: (error: Error) => void): () => void {
  const watchers: FSWatcher[] = [];
  try {
    for (const { folder, recursive } of targets) {
      debug('watching %s%s', folder, recursive ? ' and below' : '');
      const watcher = watch(folder, { recursive }, (_event, name) => {
        onChange(name ? path.join(folder, name) : folder);
      });
      watcher.on('error', onError);
      watchers.push(watcher);
    }
  } catch (error) {
    for (const watcher of watchers) watcher.close();
    throw error;
  }
  return () => {
    for (const watcher of watchers) watcher.close();
  };
}
