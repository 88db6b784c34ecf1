import { execFile } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSession } from '../../src/browser/browser-session.js';

const run = promisify(execFile);

/**
 * A local Chromium that crashes mid-build is started again; the dead one's
 * profile and temporary files (a `folio-chromium-*` folder of a few MB) go
 * with it, rather than being left in the temporary directory for ever.
 */
describe('a local browser that crashes', () => {
  let tmp = '';
  const before = process.env['TMPDIR'];

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'folio-crash-'));
    process.env['TMPDIR'] = tmp;
  });

  afterAll(() => {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
  });

  it('is started again, and its folder removed, so only the running browser has one', async () => {
    const session = new BrowserSession({});
    const first = await session.get();
    const [folder] = await readdir(tmp);
    expect(folder).toMatch(/^folio-chromium-/);
    // Every process of that browser (its command line names its profile) dies at once, as in a crash.
    await run('pkill', ['-KILL', '-f', path.join(tmp, folder ?? '')]);
    await expect.poll(() => first.connected, { timeout: 20_000 }).toBe(false);
    const second = await session.get();
    expect(second).not.toBe(first);
    expect(second.connected).toBe(true);
    const left = await readdir(tmp);
    expect(left).toHaveLength(1);
    expect(left).not.toContain(folder);
    await session.close();
    expect(await readdir(tmp)).toEqual([]);
  });
});
