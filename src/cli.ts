#!/usr/bin/env node
import path from 'node:path';
import { parseCommandLine, UsageError, type CliCommand } from './cli/args.js';
import { mergeOptions } from './cli/options.js';
import { Reporter } from './cli/report.js';
import { exitCodeFor, interrupted, type StopSignal } from './cli/signals.js';
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
  if (command.kind === 'init') return runInit(terminal, command.folder);
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

/** One build, reported as it goes; returns 0, 1 when something failed, 130, 143 or 129 after SIGINT, SIGTERM or SIGHUP. */
export async function runBuild(options: BuildOptions, reporter: Reporter): Promise<number> {
  const controller = new AbortController();
  using stop = interrupted((signal) => {
    controller.abort(new Error(`interrupted (${signal})`));
  });
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
    // A signal that came as the last output was written still ends the run as interrupted.
    if (stop.received) return stopped(reporter, stop.received);
    return reporter.finish(result);
  } catch (error) {
    if (stop.received) return stopped(reporter, stop.received);
    reporter.fatal(error);
    return 1;
  }
}

/** The browser is closed and its temporary files removed by now, and no partial file is left. */
function stopped(reporter: Reporter, signal: StopSignal): number {
  reporter.note('interrupted; the outputs listed above are complete');
  return exitCodeFor(signal);
}

/** `folio init`: scaffold the project, say what was made, and what to run next. */
async function runInit(terminal: Terminal, folder: string | undefined): Promise<number> {
  const { initProject } = await import('./cli/init.js');
  const dir = path.resolve(terminal.cwd, folder ?? '.');
  const steps = await initProject(dir);
  const lines = steps.map((step) => `${step.outcome} ${step.file}${step.detail === undefined ? '' : ` (${step.detail})`}`);
  const into = folder === undefined ? '' : `cd ${folder} && `;
  return print(terminal, [...lines, `Next: ${into}npm install --save-dev folio && npm run build (writes out/)`].join('\n'));
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
