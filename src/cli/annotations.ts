import path from 'node:path';
import type { VFileMessage } from 'vfile-message';

/**
 * GitHub Actions workflow commands for messages (`::error file=a.md,line=3,col=7,title=folio:raw-html::reason`),
 * which the runner shows as annotations on the file's line in a pull request
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
export function githubAnnotations(messages: readonly VFileMessage[], where: AnnotationPlaces = {}): string {
  return messages.map((message) => `${annotation(message, where)}\n`).join('');
}

/** Where the files named by messages are: GitHub places an annotation by its path from the repository's root. */
export interface AnnotationPlaces {
  /** The folder the messages' paths start from (the working folder). */
  readonly cwd?: string;
  /** The repository's root in the job (`GITHUB_WORKSPACE`); paths are made relative to it when both are given. */
  readonly workspace?: string | undefined;
}

function annotation(message: VFileMessage, { cwd, workspace }: AnnotationPlaces): string {
  // Run from a subfolder (`cd site && folio build`), a message's path starts there, not at the repository's root.
  const file =
    message.file && cwd !== undefined && workspace !== undefined
      ? path.relative(workspace, path.resolve(cwd, message.file)).split(path.sep).join('/')
      : message.file;
  const properties = [
    file ? `file=${property(file)}` : undefined,
    message.line === undefined ? undefined : `line=${message.line}`,
    message.line === undefined ? undefined : `col=${message.column ?? 1}`,
    `title=${property(message.ruleId === undefined ? 'folio' : `${message.source ?? 'folio'}:${message.ruleId}`)}`,
  ].filter((part) => part !== undefined);
  return `::${message.fatal === true ? 'error' : 'warning'} ${properties.join(',')}::${data(message.reason)}`;
}

/** A command's message, escaped as the runner reads it: `%`, CR and LF. */
function data(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property's value: also `:` and `,`, which separate properties. */
function property(text: string): string {
  return data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** Whether the CLI runs in a GitHub Actions job (the runner sets `GITHUB_ACTIONS=true`). */
export function inGithubActions(env: Readonly<Record<string, string | undefined>>): boolean {
  return env['GITHUB_ACTIONS'] === 'true';
}
