import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { defaultMaxInputSize } from '../config/schema.js';
import { ConfigError, ContentError, errorCode, problemAt, toError } from '../errors.js';
import { isInside } from '../fs/inside.js';
import { isMarkdownFile, outputNameOf } from '../fs/markdown-files.js';
import { findProjectRoot } from '../fs/project-root.js';
import { readBounded, TooLargeError } from '../fs/read-bounded.js';

/** A Markdown file to build, and the folder its outputs are named relative to. */
export interface Source {
  /** Absolute path of the Markdown file. */
  readonly path: string;
  /** Absolute folder it was found in: outputs mirror the path below it. (Its images stay inside its project: `findProjectRoot`.) */
  readonly root: string;
}

/** How `findSources` names outputs and treats a path that is not there. */
export interface FindOptions {
  /**
   * Absolute content folders: a file below one of them (the deepest) is
   * named relative to it, so that it gets the same output path whether it was
   * built alone, with its folder or by a glob. A file below none is named
   * relative to the folder it was found in.
   */
  readonly roots?: readonly string[];
  /**
   * Where a path that does not exist (or a glob that matches nothing) goes,
   * as an error naming it, so that the rest of the batch still builds. Without
   * it, such a path throws a `ConfigError` (watch mode: nothing to watch).
   */
  readonly missing?: VFileMessage[];
}

/**
 * Expand files, folders and globs into the Markdown sources they hold
 * (folders recursively, `*.md` only, sorted), each once. A glob (`*`, `**`
 * for any depth, `{a,b}`) names its outputs relative to the folder before its
 * first wildcard; a path that exists is never read as a glob. A content
 * folder of `options.roots` holding the file wins over both.
 */
export async function findSources(inputs: readonly string[], cwd: string, options: FindOptions = {}): Promise<Source[]> {
  const found = new Map<string, Source>();
  const add = (file: string, foundIn: string): void => {
    if (!found.has(file)) found.set(file, { path: file, root: contentRoot(file, options.roots ?? []) ?? foundIn });
  };
  const refuse = (input: string, reason: string): void => {
    if (!options.missing) throw new ConfigError(`\`${input}\` ${reason}`);
    options.missing.push(problemAt(reason, { file: input }, 'missing-input'));
  };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const info = await stat(absolute).catch(() => undefined);
    if (!info && isDynamicPattern(input)) {
      const root = path.resolve(cwd, staticBase(input));
      const files = await globMarkdown(input, cwd);
      if (files.length === 0) refuse(input, 'matches no Markdown file: check the pattern (quote it so the shell leaves it to Folio)');
      for (const file of files) add(file, root);
      continue;
    }
    if (!info) {
      refuse(input, 'does not exist: give a Markdown file, a folder of them or a glob');
      continue;
    }
    const files = info.isDirectory() ? await markdownIn(absolute) : [absolute];
    for (const file of files) add(file, info.isDirectory() ? absolute : path.dirname(absolute));
  }
  return [...found.values()];
}

/**
 * The content folders of `inputs` (made absolute from `cwd`): each folder
 * named, and each glob's folder before its first wildcard. A file named is no
 * content folder.
 */
export async function contentRoots(inputs: readonly string[], cwd: string): Promise<string[]> {
  const roots = await Promise.all(
    inputs.map(async (input) => {
      const absolute = path.resolve(cwd, input);
      const info = await stat(absolute).catch(() => undefined);
      if (!info && isDynamicPattern(input)) return path.resolve(cwd, staticBase(input));
      return info?.isDirectory() ? absolute : undefined;
    }),
  );
  return roots.filter((root) => root !== undefined);
}

/** The deepest of `roots` that holds `file`, if any. */
function contentRoot(file: string, roots: readonly string[]): string | undefined {
  return roots.filter((root) => isInside(file, root)).sort((a, b) => b.length - a.length)[0];
}

/** The folders of a glob before its first wildcard: `content/news/*.md` → `content/news`. */
function staticBase(pattern: string): string {
  const segments = pattern.split('/');
  const dynamic = segments.findIndex((segment) => isDynamicPattern(segment));
  return segments.slice(0, dynamic === -1 ? segments.length - 1 : dynamic).join('/') || '.';
}

async function globMarkdown(pattern: string, cwd: string): Promise<string[]> {
  const files = await glob(pattern, { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
  return files
    .filter((file) => isMarkdownFile(file))
    .map((file) => path.resolve(file))
    .sort();
}

async function markdownIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isMarkdownFile(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** What loading a source needs besides it. */
export interface LoadOptions {
  /** Largest file read, in bytes (the build's `maxInputSize`). Default 10 MB (`defaultMaxInputSize`). */
  readonly maxSize?: number | undefined;
}

function cannotRead(error: unknown): string {
  if (error instanceof TooLargeError) {
    return `is larger than the \`maxInputSize\` of ${megabytes(error.limit)} (it has ${error.size === error.limit + 1 ? 'more' : megabytes(error.size)}): split it into several documents, or raise \`maxInputSize\``;
  }
  return `cannot be read (${errorCode(error) ?? toError(error).message}): it changed while the build ran; build again`;
}

/** `10.0 MB`, in decimal units as the CLI reports sizes. */
function megabytes(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * Read a source into a vfile (path relative to `cwd` for messages), strictly
 * as UTF-8, BOM removed, with its output name and its project folder. A file
 * larger than `options.maxSize` is refused before it is read.
 */
export async function load(source: Source, cwd: string, options: LoadOptions = {}): Promise<VFile> {
  const file = new VFile({ path: path.relative(cwd, source.path) || source.path, cwd });
  const bytes = await readBounded(source.path, options.maxSize ?? defaultMaxInputSize).catch((error: unknown) => {
    // Too large, or deleted or replaced by a folder since the sources were found: one clear error for the file.
    const message = file.message(cannotRead(error), { ruleId: 'read', source: 'folio' });
    message.fatal = true;
    throw new ContentError(file, { cause: error });
  });
  file.value = decode(bytes, file);
  file.data.outputName = outputNameOf(source.path, source.root);
  file.data.projectRoot = await findProjectRoot(source.path, cwd);
  return file;
}

function decode(bytes: Uint8Array, file: VFile): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const before = text.slice(0, text.indexOf('\uFFFD'));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const message = file.message('not valid UTF-8 text: save the file as UTF-8', {
      place: { line, column },
      ruleId: 'encoding',
      source: 'folio',
    });
    message.fatal = true;
    throw new ContentError(file);
  }
}
