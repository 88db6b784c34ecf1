// @ts-check
// md-to-pdf (a devDependency), the tool Folio is measured against: its CLI,
// run with the system's Chromium since Puppeteer cannot download its own here.
import path from 'node:path';

const executablePath = process.env['PUPPETEER_EXECUTABLE_PATH'] ?? '/usr/bin/chromium';
const launchOptions = JSON.stringify({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });

/** The command and arguments that make `file`'s PDF beside it with md-to-pdf, from the project at `root`. */
export function mdToPdf(root, file) {
  return {
    command: process.execPath,
    args: [path.join(root, 'node_modules/md-to-pdf/dist/cli.js'), '--launch-options', launchOptions, file],
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: executablePath },
  };
}
