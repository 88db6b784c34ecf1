import { parseArgs } from 'node:util';
import { LanguageTag } from '../front-matter/front-matter.js';
import { LayoutOption, Paper } from '../config/print-settings.js';
import type { BuildOptions } from '../config/schema.js';
import { watchArgs, watchFlags, type WatchFlags } from './watch-flags.js';
import { closestName, didYouMean } from '../suggest.js';
import { checked, endpointList, formatList, readShard, wholeNumber } from './flag-values.js';
import { UsageError } from './usage-error.js';

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
  json: { type: 'boolean' },
  shard: { type: 'string' },
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
      /** `--json`: print the report as one JSON document on stdout (src/cli/json-report.ts). */
      readonly json: boolean;
    };

export { UsageError } from './usage-error.js';

/** The commands Folio has. */
const commands = ['build', 'init'] as const;

/** Every long flag, as typed (`--format`). */
const longFlags: readonly string[] = Object.keys(options);

/** Whether each flag takes a value. */
const flagTypes: ReadonlyMap<string, 'string' | 'boolean'> = new Map(Object.entries(options).map(([name, option]) => [name, option.type]));

/**
 * Read argv into a command. Pure: throws a `UsageError` listing every
 * problem at once (unknown flags and commands with the one meant, values
 * missing or wrong), prints nothing. `node:util` `parseArgs` splits argv
 * (no dependency, and it knows `--a=b`, `-abc` and `--`); it runs leniently
 * so that Folio, not its first refusal, words each problem.
 */
export function parseCommandLine(argv: readonly string[]): CliCommand {
  const problems: string[] = [];
  const { values, positionals, tokens } = parseArgs({
    args: singleDashRepaired(argv, problems),
    allowPositionals: true,
    strict: false,
    tokens: true,
    options,
  });
  for (const token of tokens) if (token.kind === 'option') problems.push(...optionProblems(token));
  if (values['help'] === true) return { kind: 'help' };
  if (values['version'] === true) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === 'init') {
    if (paths.length > 1) problems.push('`folio init` takes one folder at most');
    if (problems.length > 0) throw new UsageError(problems);
    return { kind: 'init', folder: paths[0] };
  }
  if (command === undefined) problems.push('missing command: `folio build [paths...]`');
  else if (!commands.some((known) => known === command)) problems.push(`unknown command \`${command}\`${didYouMean(command, commands)}`);
  const read = readValues(values, problems);
  if (problems.length > 0) throw new UsageError(problems);
  return { ...read, paths, flags: { ...(paths.length > 0 && { inputs: paths }), ...read.flags } };
}

/**
 * `-format pdf` is `-f ormat` to a parser, as in every Unix tool; someone who
 * typed it meant `--format`. Such a word (one dash, a flag's long name or
 * close to one) is a problem naming the flag meant, and is read as that flag
 * so that the rest of argv is read as meant.
 */
function singleDashRepaired(argv: readonly string[], problems: string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, index) => {
    const match = /^-([a-z][a-z-]+)(=.*)?$/i.exec(arg);
    if (!match?.[1] || (end !== -1 && index > end)) return arg;
    const name = match[1];
    const meant = longFlags.includes(name) ? name : closestName(name, longFlags);
    if (meant === undefined) return arg;
    problems.push(`\`${arg.split('=')[0] ?? arg}\` has one dash: write \`--${meant}\``);
    return `--${meant}${match[2] ?? ''}`;
  });
}

/** What is wrong with one flag as given: unknown (with the flag meant), missing its value, or given one it does not take. */
function optionProblems(token: { name: string; rawName: string; value?: string | undefined }): string[] {
  if (!Object.hasOwn(options, token.name)) {
    const candidates = token.rawName.startsWith('--') ? longFlags : shortFlags();
    const meant = didYouMean(token.name, candidates, (flag) => (flag.length === 1 ? `-${flag}` : `--${flag}`));
    return [`unknown option \`${token.rawName}\`${meant}`];
  }
  const type = flagTypes.get(token.name);
  if (type === 'string' && token.value === undefined) return [`\`${token.rawName}\` needs a value`];
  if (type === 'boolean' && token.value !== undefined) return [`\`${token.rawName}\` takes no value`];
  return [];
}

/** The short flags (`f`, `o`, ...). */
function shortFlags(): string[] {
  return Object.values(options).flatMap((option) => ('short' in option ? [option.short] : []));
}

/** The values a lenient parse gives: strings for string flags (checked above), booleans for the others. */
type Values = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** The build command the flags describe; each wrong value adds a problem. */
function readValues(values: Values, problems: string[]): Omit<Extract<CliCommand, { kind: 'build' }>, 'paths'> {
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const flag = (name: string): boolean => values[name] === true;
  if (flag('quiet') && flag('verbose')) problems.push('`--quiet` and `--verbose` cannot be used together');
  if (flag('json') && flag('watch')) problems.push('`--json` reports one build: it cannot be used with `--watch` or `--serve`');
  const watching = attempt(() => {
    const result = watchFlags({ watch: flag('watch'), serve: flag('serve'), port: text('port'), open: flag('open') });
    if (typeof result === 'string') throw new UsageError(result);
    return result;
  });
  const given = <T>(name: string, read: (value: string) => T): T | undefined => {
    const value = text(name);
    return value === undefined ? undefined : attempt(() => read(value));
  };
  const endpoints = values['browser-endpoint'];
  const css = values['css'];
  const stylesheets = Array.isArray(css) ? css.filter((file) => typeof file === 'string') : undefined;
  const formatsGiven = given('format', formatList);
  const endpointsGiven = Array.isArray(endpoints)
    ? attempt(() => endpointList(endpoints.filter((endpoint) => typeof endpoint === 'string')))
    : undefined;
  const concurrency = given('concurrency', wholeNumber);
  const shard = given('shard', readShard);
  const lang = given('lang', (value) => checked('lang', LanguageTag, value));
  const paper = given('paper', (value) => checked('paper', Paper, value));
  const layout = given('layout', (value) => checked('layout', LayoutOption, value));
  const sheet = given('sheet', (value) => checked('sheet', Paper, value));
  const [out, theme, browser] = [text('out'), text('theme'), text('browser')];
  const flags: BuildOptions = {
    ...(formatsGiven !== undefined && { formats: formatsGiven }),
    ...(out !== undefined && { outDir: out }),
    ...(theme !== undefined && { theme }),
    ...(browser !== undefined && { executablePath: browser }),
    ...(endpointsGiven !== undefined && { browserEndpoints: endpointsGiven }),
    ...(concurrency !== undefined && { concurrency }),
    ...(flag('allow-network') && { allowNetwork: true }),
    ...(flag('strict') && { strict: true }),
    ...(shard !== undefined && { shard }),
    ...(lang !== undefined && { lang }),
    ...(stylesheets !== undefined && { css: stylesheets }),
    printOverrides: {
      ...(paper !== undefined && { paper }),
      ...(layout !== undefined && { layout }),
      ...(sheet !== undefined && { sheet }),
      ...(flag('toc') && { toc: true }),
    },
  };
  return {
    kind: 'build',
    configPath: text('config'),
    flags,
    verbosity: flag('quiet') ? 'quiet' : flag('verbose') ? 'verbose' : 'normal',
    watch: watching,
    json: flag('json'),
  };
}
