import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Browser as BrowserName, ChromeReleaseChannel, computeSystemExecutablePath, getInstalledBrowsers } from '@puppeteer/browsers';
import { BrowserError } from '../errors.js';

/** Where well-known systems install Chromium (Chrome itself comes from `computeSystemExecutablePath`). */
const systemChromiums = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** How Folio finds a browser. */
export interface FindBrowserOptions {
  /** Path to Chrome or Chromium; wins over everything else. */
  readonly executablePath?: string | undefined;
  /** Environment to read `PUPPETEER_EXECUTABLE_PATH` and `PUPPETEER_CACHE_DIR` from. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** System locations to try last. Default: the system Chrome, then the usual Chromium paths. */
  readonly systemPaths?: readonly (string | undefined)[];
}

/**
 * Find a browser: the explicit option or `PUPPETEER_EXECUTABLE_PATH`, then a
 * Chrome downloaded by Puppeteer, then a system Chrome or Chromium.
 */
export async function findBrowser(options: FindBrowserOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const explicit = options.executablePath ?? env['PUPPETEER_EXECUTABLE_PATH'];
  if (explicit) {
    if (await isExecutable(explicit)) return explicit;
    throw new BrowserError(`The browser \`${explicit}\` does not exist or cannot be run; fix the path or unset it to let Folio search`);
  }
  const cacheDir = env['PUPPETEER_CACHE_DIR'] ?? path.join(os.homedir(), '.cache', 'puppeteer');
  const downloaded = await getInstalledBrowsers({ cacheDir }).catch(() => []);
  const chromes = downloaded
    .filter((browser) => browser.browser === BrowserName.CHROME || browser.browser === BrowserName.CHROMEHEADLESSSHELL)
    .sort((a, b) => b.buildId.localeCompare(a.buildId, 'en', { numeric: true }));
  for (const chrome of chromes) if (await isExecutable(chrome.executablePath)) return chrome.executablePath;
  for (const candidate of options.systemPaths ?? [systemChrome(), ...systemChromiums]) {
    if (candidate && (await isExecutable(candidate))) return candidate;
  }
  throw new BrowserError(
    'No Chrome or Chromium was found, and the PDF needs one. Install one: on Debian or Ubuntu ' +
      '`sudo apt-get install chromium`; with internet access `npx @puppeteer/browsers install chrome@stable --path ~/.cache/puppeteer`; ' +
      'or point `PUPPETEER_EXECUTABLE_PATH` at an installed Chrome',
  );
}

function systemChrome(): string | undefined {
  try {
    return computeSystemExecutablePath({ browser: BrowserName.CHROME, channel: ChromeReleaseChannel.STABLE });
  } catch {
    return undefined;
  }
}

async function isExecutable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}
