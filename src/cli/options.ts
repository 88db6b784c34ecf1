import path from 'node:path';
import { convertPathToPattern, isDynamicPattern } from 'tinyglobby';
import type { BuildOptions } from '../config/schema.js';

/**
 * The build options of a run: the config file's, then the flags' on top
 * (print flags go to `printOverrides`, above front matter). Paths on the
 * command line start from the working folder, the config's from its own
 * folder. Paths given on the command line replace `inputs` and build no
 * collection: `folio build content/a.md` builds that article only, and
 * writes it where a build of all `inputs` would (`contentRoots`).
 */
export function mergeOptions(config: BuildOptions | undefined, flags: BuildOptions, cwd: string): BuildOptions {
  const base = config ?? {};
  const relocate = base.cwd !== undefined && path.resolve(base.cwd) !== path.resolve(cwd);
  const here = (file: string): string => (relocate ? fromCwd(file, cwd) : file);
  return {
    ...base,
    ...flags,
    ...(flags.inputs && {
      inputs: flags.inputs.map(here),
      collections: [],
      // A config that builds only collections (`inputs: []`) still keeps its documents under `content/`.
      contentRoots: base.contentRoots ?? (base.inputs && base.inputs.length > 0 ? base.inputs : ['content']),
    }),
    ...(flags.outDir !== undefined && { outDir: here(flags.outDir) }),
    // `--css` adds to the config's stylesheets rather than replacing them.
    ...(flags.css && { css: [...(base.css ?? []), ...flags.css.map(here)] }),
  };
}

/** A path or glob relative to `cwd`, made absolute. */
function fromCwd(file: string, cwd: string): string {
  if (path.isAbsolute(file)) return file;
  return isDynamicPattern(file) ? `${convertPathToPattern(cwd)}/${file}` : path.resolve(cwd, file);
}
