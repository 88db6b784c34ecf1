import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { tempFolder } from './temp-folder.js';

/**
 * A fresh project folder holding `files` (paths relative to it, folders made
 * as needed), removed once the file's tests are done (`tempFolder`).
 */
export async function project(files: Record<string, string | Uint8Array>, prefix = 'folio-project-'): Promise<string> {
  const dir = await tempFolder(prefix);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

/** What a run of the command line gave. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const cli = path.resolve('dist/cli.js');

/** The environment of the tests, less `GITHUB_ACTIONS`: in a GitHub Actions job the CLI would add annotations to what it prints. */
export function plainEnv(): NodeJS.ProcessEnv {
  const { GITHUB_ACTIONS: _actions, ...env } = process.env;
  return env;
}

/** Run `folio` (the compiled CLI) in `cwd` as a user would; resolves whatever the exit code. */
export async function folio(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = plainEnv()): Promise<CliRun> {
  return promisify(execFile)(process.execPath, [cli, ...args], { cwd, env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: unknown) => {
      const failed = error as CliRun;
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    },
  );
}
