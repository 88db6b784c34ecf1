// @ts-check
// Runs Folio's CLI (the arguments after this file's name) and reports the
// Node process's peak resident memory on stderr as `peak-rss-kb <n>`.
// Chromium's own processes are not included.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.on('exit', () => process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
const cli = path.join(fileURLToPath(new URL('..', import.meta.url)), 'dist/cli.js');
process.argv = [process.argv[0] ?? 'node', cli, ...process.argv.slice(2)];
await import(cli);
