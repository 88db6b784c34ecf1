import * as v from 'valibot';
import type { Shard } from '../build/shard.js';
import { formats, type Format } from '../model.js';
import { didYouMean, didYouMeanAllowed } from '../suggest.js';
import { UsageError } from './usage-error.js';

/* The values of the command line's flags, each read or refused with a `UsageError` that says what the flag takes. */

/** `--shard 2/4`: the second of four parts of the batch. */
export function readShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError(`\`--shard\` takes a part and a count such as \`2/4\` (the second of four), not \`${text}\``);
  return { index, count };
}

/** `pdf,EPUB` → `['pdf', 'epub']`: names are read without case; each unknown one is a problem naming the format meant. */
export function formatList(text: string): Format[] {
  const chosen = text.split(',').map((format) => format.trim().toLowerCase());
  const unknown = chosen.filter((format) => !isFormat(format));
  if (unknown.length > 0)
    throw new UsageError(
      unknown.map((format) => `unknown format \`${format}\`${didYouMean(format, formats)}: choose from ${formats.join(', ')}`),
    );
  return chosen.filter(isFormat);
}

function isFormat(text: string): text is Format {
  return formats.some((format) => format === text);
}

/** `--concurrency 4`: a whole number of 1 or more. */
export function wholeNumber(text: string): number {
  const number = Number(text);
  if (!(Number.isInteger(number) && number > 0)) throw new UsageError('`--concurrency` takes a whole number of 1 or more');
  return number;
}

/** `value` once `schema` accepts it, as given (the build validates it again, into its output type). */
export function checked<T extends v.GenericSchema>(flag: string, schema: T, value: string): v.InferInput<T> {
  const result = v.safeParse(schema, value);
  if (!result.success)
    throw new UsageError(`\`--${flag}\` ${result.issues[0].message}, not \`${value}\`${didYouMeanAllowed(result.issues[0])}`);
  return value;
}

/** `--browser-endpoint` may be repeated or take a comma-separated list. */
export function endpointList(values: readonly string[]): string[] {
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
