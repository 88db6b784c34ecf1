#!/usr/bin/env node
import { parseCommandLine, UsageError, type CliCommand } from './cli/args.js';
import { mergeOptions } from './cli/options.js';
import { Reporter } from './cli/report.js';
import { processTerminal, type Terminal } from './cli/terminal.js';
import { usage } from './cli/usage.js';
import { loadConfig } from './config/load-config.js';
import type { BuildOptions } from './config/schema.js';
import { ConfigError } from './errors.js';
import { version } from './version.js';

/**
 * Run the command line; returns the exit code. The CLI (this file and
 * `src/cli/`) is the only place that prints: argv is read by `cli/args.ts`,
 * the config file by `config/load-config.ts`, and the report printed by
 * `cli/report.ts`.
 */
export async function main(argv: readonly string[], terminal: Terminal = processTerminal()): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return usageError(terminal, `${error.message}\nRun \`folio --help\` for usage.`);
    throw error;
  }
  if (command.kind === 'help') return print(terminal, usage);
  if (command.kind === 'version') return print(terminal, version);
  let options: BuildOptions;
  try {
    const config = await loadConfig({ cwd: terminal.cwd, path: command.configPath });
    options = mergeOptions(config?.options, command.flags, terminal.cwd);
  } catch (error) {
    if (error instanceof ConfigError) return usageError(terminal, error.message);
    throw error;
  }
  const reporter = new Reporter(terminal, command.verbosity);
  // `--watch`/`--serve` (src/cli/watch.ts): the same options and reporter, build after build.
  if (command.watch) {
    const { runWatch } = await import('./cli/watch.js');
    return runWatch(options, command.watch, reporter, terminal, command.verbosity);
  }
  return runBuild(options, reporter);
}

/** One build, reported as it goes; returns 0, 1 when something failed, 130 after Ctrl-C. */
export async function runBuild(options: BuildOptions, reporter: Reporter): Promise<number> {
  const controller = new AbortController();
  const onSignal = (): void => {
    controller.abort(new Error('interrupted'));
  };
  process.once('SIGINT', onSignal);
  try {
    const { build } = await import('./build/build.js');
    const result = await build(options, {
      signal: controller.signal,
      onStart: (plan) => {
        reporter.start(plan.documents, plan.formats.length);
      },
      // Once interrupted, the pages being printed fail on purpose: report only what was written.
      onOutput: (output) => {
        if (output.path !== undefined || !controller.signal.aborted) reporter.output(output);
      },
    });
    return reporter.finish(result);
  } catch (error) {
    if (controller.signal.aborted) {
      // 128 + SIGINT, as shells report it; the browser is closed and no partial file is left.
      reporter.note('interrupted; the outputs listed above are complete');
      return 130;
    }
    reporter.fatal(error);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
  }
}

function print(terminal: Terminal, text: string): number {
  terminal.stdout.write(`${text}\n`);
  return 0;
}

function usageError(terminal: Terminal, reason: string): number {
  terminal.stderr.write(`folio: ${reason}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
