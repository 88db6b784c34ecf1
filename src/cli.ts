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
import type { VFileMessage } from 'vfile-message';
import { githubAnnotations, inGithubActions } from './cli/annotations.js';
import { jsonReport } from './cli/json-report.js';
import type { BuildSummary } from './cli/report.js';
import { ConfigError, problemAt, toError } from './errors.js';
import { version } from './version.js';

/**
 * Run the command line; returns the exit code. The CLI (this file and
 * `src/cli/`) is the only place that prints: argv is read by `cli/args.ts`,
 * the config file by `config/load-config.ts`, and the report printed by
 * `cli/report.ts`.
 */
export async function main(argv: readonly string[], terminal: Terminal = processTerminal()): Promise<number> {
  // Read before argv is: a command line too wrong to parse still gets its report as JSON.
  const machine = machineOutput(terminal, argv.includes('--json'));
  let command: CliCommand;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    machine.report({ outputs: [], messages: error.problems.map((problem) => problemAt(problem, {}, 'usage')) });
    return usageError(terminal, [...error.problems, 'Run `folio --help` for usage.']);
  }
  if (command.kind === 'help') return print(terminal, usage);
  if (command.kind === 'version') return print(terminal, version);
  if (command.kind === 'init') return runInit(terminal, command.folder);
  let options: BuildOptions;
  try {
    const config = await loadConfig({ cwd: terminal.cwd, path: command.configPath });
    options = mergeOptions(config?.options, command.flags, terminal.cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    machine.report({ outputs: [], messages: configMessages(error) });
    return usageError(terminal, [error.message]);
  }
  // With `--json`, stdout holds the JSON alone: what a person reads goes to stderr.
  const reporter = new Reporter(command.json ? { ...terminal, stdout: terminal.stderr } : terminal, command.verbosity);
  // `--watch`/`--serve` (src/cli/watch.ts): the same options and reporter, build after build.
  if (command.watch) {
    const { runWatch } = await import('./cli/watch.js');
    return runWatch(options, command.watch, reporter, terminal, command.verbosity);
  }
  return runBuild(options, reporter, machine.report);
}

/** Where the reports for machines go: `--json` on stdout, GitHub Actions annotations when in a job (stderr under `--json`). */
function machineOutput(terminal: Terminal, json: boolean): { report: (summary: BuildSummary) => void } {
  return {
    report: (summary) => {
      if (inGithubActions(terminal.env)) {
        const places = { cwd: terminal.cwd, workspace: terminal.env['GITHUB_WORKSPACE'] };
        (json ? terminal.stderr : terminal.stdout).write(githubAnnotations(summary.messages, places));
      }
      if (json) terminal.stdout.write(`${JSON.stringify(jsonReport(summary, terminal.cwd), undefined, 2)}\n`);
    },
  };
}

/** A config error's problems, each with its place; or the error itself when it has none listed. */
function configMessages(error: ConfigError): readonly VFileMessage[] {
  return error.messages.length > 0 ? error.messages : [problemAt(error.message, {}, 'config')];
}

/** One build, reported as it goes (and to `report`, for machines, when it ends); returns 0, 1 when something failed, 2 for a mistake in how Folio was called, 130, 143 or 129 after SIGINT, SIGTERM or SIGHUP. */
export async function runBuild(
  options: BuildOptions,
  reporter: Reporter,
  report: (summary: BuildSummary) => void = () => undefined,
): Promise<number> {
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
    report(result);
    return reporter.finish(result);
  } catch (error) {
    if (stop.received) return stopped(reporter, stop.received);
    reporter.fatal(error);
    report({
      outputs: [],
      messages: error instanceof ConfigError ? configMessages(error) : [problemAt(toError(error).message, {}, 'build')],
    });
    // A mistake in how Folio was called (a theme that is not there, an output folder that overlaps the content): as for flags.
    return error instanceof ConfigError ? 2 : 1;
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

/** Print each problem of the command line or config on a line of its own; exit code 2. */
function usageError(terminal: Terminal, problems: readonly string[]): number {
  terminal.stderr.write(problems.map((problem) => `folio: ${problem}\n`).join(''));
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
