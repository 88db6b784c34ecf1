import path from 'node:path';

/**
 * Whether `file` lies inside `folder` (below it, never the folder itself).
 * Both are compared as given: resolve symbolic links first (`realpath`) when
 * the answer guards what may be read.
 */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  // `..secret.png` is a name inside the folder; only `..` as a whole segment leads out.
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** Whether `path` is `folder` itself or lies inside it (a change to a watched folder or anything in it). */
export function isWithin(file: string, folder: string): boolean {
  return path.relative(folder, file) === '' || isInside(file, folder);
}
