import { execFile } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';
import { tempFolder } from './temp-folder.js';

/** DAISY Ace, installed for the tests by `npm run setup` (scripts/setup.sh) into `.tools/ace`. */
const aceBin = process.env['ACE_BIN'] ?? path.resolve('.tools/ace/node_modules/.bin/ace-puppeteer');

/** One violation Ace reports: the axe rule, its impact, and the markup it found. */
export interface AceViolation {
  readonly rule: string;
  readonly impact: string;
  readonly html: string;
}

interface AceReport {
  readonly assertions: readonly { readonly assertions?: readonly AceAssertion[] }[];
}

interface AceAssertion {
  readonly 'earl:test': { readonly 'dct:title': string; readonly 'earl:impact': string };
  readonly 'earl:result': { readonly 'earl:outcome': string; readonly html?: string };
}

/** Run Ace on an EPUB with the browser Folio prints with, and list its violations. */
export async function aceViolations(epub: string): Promise<AceViolation[]> {
  await access(aceBin).catch(() => {
    throw new Error(`DAISY Ace is not installed at ${aceBin}: run \`npm run setup\` (it installs Ace into .tools/ace for the tests)`);
  });
  const out = await tempFolder('folio-ace-');
  const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: await findBrowser() };
  await promisify(execFile)(aceBin, ['--silent', '--force', '--outdir', out, epub], { env });
  const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as AceReport;
  return report.assertions
    .flatMap((document) => document.assertions ?? [])
    .filter((assertion) => assertion['earl:result']['earl:outcome'] === 'fail')
    .map((assertion) => ({
      rule: assertion['earl:test']['dct:title'],
      impact: assertion['earl:test']['earl:impact'],
      html: (assertion['earl:result'].html ?? '').slice(0, 200),
    }));
}

/** Assert that Ace reports no accessibility violation in an EPUB. */
export async function expectAcePasses(epub: string): Promise<void> {
  expect(await aceViolations(epub), `DAISY Ace on ${epub}`).toEqual([]);
}
