import type { VFileMessage } from 'vfile-message';

/**
 * GitHub Actions workflow commands for messages (`::error file=a.md,line=3,col=7,title=folio:raw-html::reason`),
 * which the runner shows as annotations on the file's line in a pull request
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
export function githubAnnotations(messages: readonly VFileMessage[]): string {
  return messages.map((message) => `${annotation(message)}\n`).join('');
}

function annotation(message: VFileMessage): string {
  const properties = [
    message.file ? `file=${property(message.file)}` : undefined,
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
