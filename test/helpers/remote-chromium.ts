import { spawn, type ChildProcess } from 'node:child_process';
import { findBrowser } from '../../src/browser/find-browser.js';
import { tempFolder } from './temp-folder.js';

/** A headless Chromium listening for DevTools on 127.0.0.1, as a browser fleet member would. */
export interface RemoteChromium {
  readonly endpoint: string;
  readonly process: ChildProcess;
  kill(): void;
}

/** Start a Chromium with `--remote-debugging-port=0` and read its WebSocket endpoint from its output; its profile goes once the file's tests are done. */
export async function startRemoteChromium(): Promise<RemoteChromium> {
  const profile = await tempFolder('folio-remote-');
  const child = spawn(await findBrowser(), [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ]);
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    // Chromium prints the line within a second or two; this turns one that never does into an error that
    // shows its output, well before the hook's own limit.
    const timer = setTimeout(() => {
      reject(new Error(`no DevTools endpoint in: ${output}`));
    }, 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', () => {
      reject(new Error(`Chromium exited: ${output}`));
    });
  });
  return { endpoint, process: child, kill: () => void child.kill('SIGKILL') };
}
