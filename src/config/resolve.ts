import os from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { ConfigError, problemLine } from '../errors.js';
import { formats as allFormats, type Format } from '../model.js';
import { builtInThemes } from '../theme/load-theme.js';
import type { Collection } from './collection.js';
import type { PrintOptions } from './print-settings.js';
import { describeIssues } from './config-issues.js';
import { BuildOptions, defaultMaxInputSize, maxEpoch } from './schema.js';

/** Build options validated once, with every default applied and paths made absolute. */
export interface ResolvedConfig {
  readonly cwd: string;
  readonly inputs: readonly string[];
  readonly outDir: string;
  readonly formats: readonly Format[];
  readonly theme: string;
  readonly themesDir: string;
  readonly executablePath: string | undefined;
  readonly browserEndpoints: readonly string[];
  readonly concurrency: number;
  readonly timeout: number;
  /** Largest Markdown file read, in bytes. */
  readonly maxInputSize: number;
  readonly sourceDateEpoch: number | undefined;
  /** Whether remote (`http(s)://`) images may be fetched. */
  readonly allowNetwork: boolean;
  /** Whether a warning fails its document, as an error does. */
  readonly strict: boolean;
  /** Language of documents (and collections) whose front matter gives none. */
  readonly lang: string;
  /** Print settings from the config: below front matter. */
  readonly print: PrintOptions;
  /** Stylesheets (absolute paths) added after the theme's, before the front matter's. */
  readonly css: readonly string[];
  /** Print settings from command-line flags: above front matter. */
  readonly printOverrides: PrintOptions;
  /** Collections to build, their `files` and `folder` made absolute. */
  readonly collections: readonly Collection[];
  /**
   * Content folders (or globs) outputs are named relative to (relative to
   * `cwd`): as given, else those of `inputs`, then `content/`, so a file
   * given alone is named as it would be in a build of `content/`.
   */
  readonly contentRoots: readonly string[];
  /** The part of the batch to build (`--shard`), if not all of it. */
  readonly shard: { readonly index: number; readonly count: number } | undefined;
}

/** Validate options (at the boundary, once) and fill in defaults. */
export function resolveConfig(options: unknown, env: Readonly<Record<string, string | undefined>> = process.env): ResolvedConfig {
  const result = v.safeParse(BuildOptions, options);
  if (!result.success) {
    const messages = describeIssues(BuildOptions, options);
    throw new ConfigError(`Invalid options:\n${messages.map(problemLine).join('\n')}`, { messages });
  }
  const given = result.output;
  const cwd = path.resolve(given.cwd ?? process.cwd());
  // An empty list builds no single document: a config whose collections are all it builds says `inputs: []`.
  const inputs = given.inputs ?? ['content'];
  return {
    cwd,
    inputs,
    outDir: path.resolve(cwd, given.outDir ?? 'out'),
    formats: allFormats.filter((format) => (given.formats ?? allFormats).includes(format)),
    theme: given.theme ?? 'default',
    themesDir: given.themesDir ? path.resolve(cwd, given.themesDir) : builtInThemes,
    executablePath: given.executablePath,
    browserEndpoints: given.browserEndpoints ?? [],
    concurrency: given.concurrency ?? os.availableParallelism(),
    timeout: given.timeout ?? 60_000,
    maxInputSize: given.maxInputSize ?? defaultMaxInputSize,
    sourceDateEpoch: given.sourceDateEpoch ?? epochFrom(env['SOURCE_DATE_EPOCH']),
    allowNetwork: given.allowNetwork ?? false,
    strict: given.strict ?? false,
    lang: given.lang ?? 'en',
    print: given.print ?? {},
    css: (given.css ?? []).map((file) => path.resolve(cwd, file)),
    printOverrides: given.printOverrides ?? {},
    collections: (given.collections ?? []).map((collection) => ({
      ...collection,
      ...(collection.files && { files: collection.files.map((file) => path.resolve(cwd, file)) }),
      ...(collection.folder !== undefined && { folder: path.resolve(cwd, collection.folder) }),
    })),
    contentRoots: given.contentRoots ?? [...inputs, 'content'],
    shard: given.shard,
  };
}

function epochFrom(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) > maxEpoch)
    throw new ConfigError(`\`SOURCE_DATE_EPOCH\` must be whole seconds since 1970 up to the year 9999 (${maxEpoch}), not \`${value}\``);
  return Number(value);
}
