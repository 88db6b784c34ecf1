import { chmod } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';
import { BrowserError } from '../../src/errors.js';
import { project } from '../helpers/project.js';

const dir = await project({ chrome: '#!/bin/sh\n' }, 'folio-browser-');
const fake = path.join(dir, 'chrome');
await chmod(fake, 0o755);
const emptyCache = { PUPPETEER_CACHE_DIR: path.join(dir, 'no-cache') };

describe('findBrowser', () => {
  it('takes the explicit option first', async () => {
    await expect(findBrowser({ executablePath: fake, env: { PUPPETEER_EXECUTABLE_PATH: '/nope' } })).resolves.toBe(fake);
  });

  it('then PUPPETEER_EXECUTABLE_PATH', async () => {
    await expect(findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: fake } })).resolves.toBe(fake);
  });

  it('refuses an explicit path that does not exist, naming it', async () => {
    await expect(findBrowser({ executablePath: '/no/such/chrome', env: {} })).rejects.toThrow(/`\/no\/such\/chrome` does not exist/);
  });

  it('falls back to system locations, in order', async () => {
    await expect(findBrowser({ env: emptyCache, systemPaths: [undefined, '/no/such/chromium', fake] })).resolves.toBe(fake);
  });

  it('names the fix when there is no browser at all', async () => {
    const search = findBrowser({ env: emptyCache, systemPaths: ['/no/such/chromium'] });
    await expect(search).rejects.toBeInstanceOf(BrowserError);
    await expect(search).rejects.toThrow(
      /apt-get install chromium.*npx @puppeteer\/browsers install chrome@stable.*PUPPETEER_EXECUTABLE_PATH/,
    );
  });
});
