#!/usr/bin/env node
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import type { VFileMessage } from 'vfile-message';
import { LayoutOption, Paper } from './config/print-settings.js';
import { ContentError, isFolioError } from './errors.js';
import { formats, type Format } from './model.js';
import { build } from './pipeline/build.js';
import type { OutputResult } from './pipeline/build-document.js';
import { version } from './version.js';

const usage = `Usage: folio build [paths...] [options]

Builds each Markdown file (folders are searched for *.md) into out/<name>.pdf,
out/<name>.epub and out/<name>.html. Default path: content/.

Options:
  -f, --format <list>     formats to write, comma-separated: pdf,epub,html (default all)
  -o, --out <dir>         output folder (default out/)
      --theme <name>      theme folder under templates/ (default "default")
      --browser <path>    Chrome or Chromium to print with (default: found automatically)
      --concurrency <n>   documents built at once (default: number of cores)
      --paper <size>      PDF paper: a4, a5, letter, ... or 170mm x 240mm (wins over front matter)
      --layout <kind>     handout beside the PDF: none, 2up or booklet (wins over front matter)
      --allow-network     fetch images given as http(s):// URLs (default: refused)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 all written, 1 something failed, 2 wrong usage.`;

/** Run the command line; returns the exit code. The only place that prints. */
export async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        theme: { type: 'string' },
        browser: { type: 'string' },
        concurrency: { type: 'string' },
        paper: { type: 'string' },
        layout: { type: 'string' },
        'allow-network': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) return print(usage, 0);
  if (values.version) return print(version, 0);
  const [command, ...paths] = positionals;
  if (command !== 'build') return usageError(command ? `unknown command \`${command}\`` : 'missing command');
  const chosen = values.format?.split(',').map((format) => format.trim()) ?? [...formats];
  const unknown = chosen.filter((format) => !formats.includes(format as Format));
  if (unknown.length > 0) return usageError(`unknown format \`${unknown.join(', ')}\` (choose from ${formats.join(', ')})`);
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) {
    return usageError('`--concurrency` takes a whole number of 1 or more');
  }
  for (const [flag, schema] of [['paper', Paper], ['layout', LayoutOption]] as const) {
    const value = values[flag];
    const checked = value === undefined ? undefined : v.safeParse(schema, value);
    if (checked && !checked.success) return usageError(`\`--${flag}\` ${checked.issues[0].message}, not \`${value}\``);
  }
  const printOverrides = {
    ...(values.paper !== undefined && { paper: values.paper }),
    ...(values.layout !== undefined && { layout: values.layout }),
  };

  const controller = new AbortController();
  const onSignal = (): void => controller.abort(new Error('interrupted'));
  process.once('SIGINT', onSignal);
  try {
    const result = await build(
      {
        inputs: paths,
        formats: chosen,
        ...(values.out !== undefined && { outDir: values.out }),
        ...(values.theme !== undefined && { theme: values.theme }),
        ...(values.browser !== undefined && { executablePath: values.browser }),
        ...(concurrency !== undefined && { concurrency }),
        printOverrides,
        ...(values['allow-network'] === true && { allowNetwork: true }),
      },
      // Once interrupted, the pages being printed fail on purpose: report only what was written.
      { signal: controller.signal, onOutput: (output) => (output.path !== undefined || !controller.signal.aborted) && reportOutput(output) },
    );
    const byPlace = [...result.messages].sort(
      (a, b) => String(a.file).localeCompare(String(b.file)) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    );
    for (const message of byPlace) process.stderr.write(`${formatMessage(message)}\n`);
    const failed = result.outputs.filter((output) => output.error);
    if (failed.length > 0) process.stderr.write(`folio: ${failed.length} of ${result.outputs.length} outputs failed\n`);
    return result.ok ? 0 : 1;
  } catch (error) {
    if (controller.signal.aborted) {
      // 128 + SIGINT, as shells report it; the browser is closed and no partial file is left.
      process.stderr.write('folio: interrupted; the outputs listed above are complete\n');
      return 130;
    }
    process.stderr.write(`folio: ${isFolioError(error) ? error.message : ((error as Error).stack ?? String(error))}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
  }
}

function reportOutput(output: OutputResult): void {
  if (output.path !== undefined) {
    const where = path.relative(process.cwd(), output.path) || output.path;
    process.stdout.write(`${where}  ${formatSize(output.size ?? 0)}  ${Math.round(output.ms)} ms\n`);
  } else if (output.error && !(output.error instanceof ContentError)) {
    const detail = isFolioError(output.error) ? output.error.message : (output.error.stack ?? output.error.message);
    process.stderr.write(`${output.source}: ${output.format} failed: ${detail}\n`);
  }
}

/** `content/article.md:3:7: error: reason`, as unified-engine prints. */
function formatMessage(message: VFileMessage): string {
  const place = message.line === undefined ? '' : `:${message.line}:${message.column ?? 1}`;
  return `${message.file}${place}: ${message.fatal ? 'error' : 'warning'}: ${message.reason}`;
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function print(text: string, code: number): number {
  process.stdout.write(`${text}\n`);
  return code;
}

function usageError(reason: string): number {
  process.stderr.write(`folio: ${reason}\nRun \`folio --help\` for usage.\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
