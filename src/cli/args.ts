import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { LanguageTag } from '../front-matter/front-matter.js';
import { LayoutOption, Paper } from '../config/print-settings.js';
import type { BuildOptions } from '../config/schema.js';
import { formats, type Format } from '../model.js';
import { watchArgs, watchFlags, type WatchFlags } from './watch-flags.js';
import { toError } from '../errors.js';

/** The command line's options, as `node:util` `parseArgs` reads them. One entry per flag. */
const options = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  theme: { type: 'string' },
  browser: { type: 'string' },
  'browser-endpoint': { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  paper: { type: 'string' },
  layout: { type: 'string' },
  sheet: { type: 'string' },
  toc: { type: 'boolean' },
  css: { type: 'string', multiple: true },
  lang: { type: 'string' },
  'allow-network': { type: 'boolean' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  ...watchArgs,
} as const;

/** How much the CLI prints. */
export type Verbosity = 'quiet' | 'normal' | 'verbose';

/** What the command line asks for. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  /** `folio init [folder]`: scaffold a project (src/cli/init.ts). */
  | { readonly kind: 'init'; readonly folder: string | undefined }
  | {
      readonly kind: 'build';
      /** Paths or globs given on the command line (they replace the config's `inputs`). */
      readonly paths: readonly string[];
      /** `--config`, when given. */
      readonly configPath: string | undefined;
      /** Build options the flags set: they win over the config file. */
      readonly flags: BuildOptions;
      readonly verbosity: Verbosity;
      /** `--watch` and `--serve`: keep rebuilding (src/cli/watch.ts). */
      readonly watch: WatchFlags | undefined;
    };

/** The command line is wrong; the CLI exits 2 with the message and a hint. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Read argv into a command. Pure: throws `UsageError`, prints nothing. */
export function parseCommandLine(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options });
  } catch (error) {
    throw new UsageError(toError(error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === 'init') {
    if (paths.length > 1) throw new UsageError('`folio init` takes one folder at most');
    return { kind: 'init', folder: paths[0] };
  }
  if (command !== 'build') throw new UsageError(command ? `unknown command \`${command}\`` : 'missing command');
  if (values.quiet && values.verbose) throw new UsageError('`--quiet` and `--verbose` cannot be used together');
  const watching = watchFlags(values);
  if (typeof watching === 'string') throw new UsageError(watching);
  const flags: BuildOptions = {
    ...(paths.length > 0 && { inputs: paths }),
    ...(values.format !== undefined && { formats: formatList(values.format) }),
    ...(values.out !== undefined && { outDir: values.out }),
    ...(values.theme !== undefined && { theme: values.theme }),
    ...(values.browser !== undefined && { executablePath: values.browser }),
    ...(values['browser-endpoint'] !== undefined && { browserEndpoints: endpointList(values['browser-endpoint']) }),
    ...(values.concurrency !== undefined && { concurrency: wholeNumber(values.concurrency) }),
    ...(values['allow-network'] === true && { allowNetwork: true }),
    ...(values.strict === true && { strict: true }),
    ...(values.lang !== undefined && { lang: checked('lang', LanguageTag, values.lang) }),
    ...(values.css !== undefined && { css: values.css }),
    printOverrides: {
      ...(values.paper !== undefined && { paper: checked('paper', Paper, values.paper) }),
      ...(values.layout !== undefined && { layout: checked('layout', LayoutOption, values.layout) }),
      ...(values.sheet !== undefined && { sheet: checked('sheet', Paper, values.sheet) }),
      ...(values.toc === true && { toc: true }),
    },
  };
  return {
    kind: 'build',
    paths,
    configPath: values.config,
    flags,
    verbosity: values.quiet ? 'quiet' : values.verbose ? 'verbose' : 'normal',
    watch: watching,
  };
}

function formatList(text: string): Format[] {
  const chosen = text.split(',').map((format) => format.trim());
  const unknown = chosen.filter((format) => !isFormat(format));
  if (unknown.length > 0) throw new UsageError(`unknown format \`${unknown.join(', ')}\` (choose from ${formats.join(', ')})`);
  return chosen.filter(isFormat);
}

function isFormat(text: string): text is Format {
  return formats.some((format) => format === text);
}

function wholeNumber(text: string): number {
  const number = Number(text);
  if (!(Number.isInteger(number) && number > 0)) throw new UsageError('`--concurrency` takes a whole number of 1 or more');
  return number;
}

/** `value` once `schema` accepts it, as given (the build validates it again, into its output type). */
function checked<T extends v.GenericSchema>(flag: string, schema: T, value: string): v.InferInput<T> {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new UsageError(`\`--${flag}\` ${result.issues[0].message}, not \`${value}\``);
  return value;
}

/** `--browser-endpoint` may be repeated or take a comma-separated list. */
function endpointList(values: readonly string[]): string[] {
  const endpoints = values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  const wrong = endpoints.find((endpoint) => !/^wss?:\/\/./.test(endpoint));
  if (wrong !== undefined)
    throw new UsageError(
      `\`--browser-endpoint\` takes a DevTools address such as \`ws://host:9222/devtools/browser/<id>\`, not \`${wrong}\``,
    );
  return endpoints;
}
