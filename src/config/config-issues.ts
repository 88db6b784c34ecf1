import * as v from 'valibot';
import type { VFileMessage } from 'vfile-message';
import { problemAt } from '../errors.js';
import { didYouMean, didYouMeanAllowed } from '../suggest.js';
import type { KeyPath, LocateKey } from './key-places.js';
import { unknownKeys } from './unknown-keys.js';

/**
 * Every problem of a config (or of options given to `build()`), as messages
 * such as `folio.config.json:4:5: \`print.paper\` must be …`: each unknown key
 * with the known key it is closest to, each wrong value in words (not the
 * validator's `Invalid type: Expected Array …`), in the order of the file
 * when the places are known. `file` is the config as shown to the user
 * (none for options from code); `locate` finds a key's line and column.
 */
export function describeIssues(
  schema: v.GenericSchema,
  value: unknown,
  file?: string,
  locate: LocateKey = () => undefined,
): VFileMessage[] {
  const message = (keys: KeyPath, reason: string, ruleId: string): VFileMessage =>
    problemAt(`${keys.length > 0 ? `\`${keyPath(keys)}\`` : 'the config'} ${reason}`, { file, ...locate(keys) }, ruleId);
  const unknown = unknownKeys(schema, value).map(({ path, known }) => {
    const key = String(path.at(-1));
    return message(path, `is not an option Folio knows${didYouMean(key, known)}`, 'config-unknown-key');
  });
  // valibot stops at the first unknown key of an object: those are all listed above instead.
  const issues = (v.safeParse(schema, value).issues ?? []).filter(
    (issue) => !(issue.type === 'strict_object' && issue.expected === 'never'),
  );
  const wrong = issues.map((issue) => message(issuePath(issue), inWords(issue), 'config-value'));
  return [...unknown, ...wrong].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** `collections[0].name`, as the key would be written in JavaScript. */
export function keyPath(keys: KeyPath): string {
  return keys.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

function issuePath(issue: v.BaseIssue<unknown>): KeyPath {
  return (issue.path ?? []).flatMap((item) => (typeof item.key === 'string' || typeof item.key === 'number' ? [item.key] : []));
}

/** What the validator's own messages (`Invalid type: Expected Array but received "pdf"`) mean, for the types Folio's options use. */
const typeWords: Readonly<Record<string, string>> = {
  array: 'must be a list, such as `["a", "b"]`',
  string: 'must be text',
  number: 'must be a number',
  boolean: 'must be `true` or `false`',
  object: 'must be an object, such as `{ "key": "value" }`',
  strict_object: 'must be an object, such as `{ "key": "value" }`',
  integer: 'must be a whole number',
};

/** An issue's message in words, with the value given when it is short and plain: ``must be a list, such as `["a", "b"]`, not `"pdf"` ``. */
function inWords(issue: v.BaseIssue<unknown>): string {
  // Folio's schemas give their own messages; valibot's defaults all start with `Invalid`.
  const own = !issue.message.startsWith('Invalid ');
  const reason = own
    ? issue.message
    : (typeWords[issue.type] ??
      (issue.type === 'min_value'
        ? `must be ${String(issue.requirement)} or more`
        : issue.type === 'max_value'
          ? `must be ${String(issue.requirement)} or less`
          : issue.type === 'min_length'
            ? 'must not be empty'
            : issue.message));
  return `${reason}${given(issue.input)}${didYouMeanAllowed(issue)}`;
}

/** `, not \`"pdf"\`` for a short string, number or boolean, else nothing. */
function given(input: unknown): string {
  if (!(typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean')) return '';
  const text = JSON.stringify(input);
  return text.length <= 40 ? `, not \`${text}\`` : '';
}
