import { spawn } from 'node:child_process';

/**
 * The command that opens a URL in the user's browser: `$BROWSER` when set
 * (as Python's webbrowser and many CLIs honour it), else the platform's
 * opener (`open`, `cmd /c start`, `xdg-open`).
 */
export function openerFor(env: Readonly<Record<string, string | undefined>>, platform = process.platform): readonly [string, string[]] {
  const chosen = env['BROWSER']?.trim();
  if (chosen) return [chosen, []];
  if (platform === 'darwin') return ['open', []];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""']];
  return ['xdg-open', []];
}

/** `--open`: open `url` and let it run on its own; a failure is a note, never the end of watching. */
export function openInBrowser(url: string, env: Readonly<Record<string, string | undefined>>, say: (text: string) => void): void {
  const [command, args] = openerFor(env);
  const child = spawn(command, [...args, url], { detached: true, stdio: 'ignore' });
  child.on('error', (error) => {
    say(`could not open the preview with \`${command}\` (${error.message}); open ${url} yourself`);
  });
  child.unref();
}
