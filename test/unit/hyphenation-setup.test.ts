import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { installHyphenation } from '../../src/browser/hyphenation-data.js';
import { hyphenationMessage } from '../../src/build/hyphenation-message.js';

describe('installing the dictionaries into a Chromium profile', () => {
  it('lays them out as Chrome’s hyphenation component: hyphen-data/<version>/ with a manifest', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-hyph-unit-'));
    const from = path.join(root, 'hyphenation');
    await mkdir(from);
    await writeFile(path.join(from, 'hyph-en-us.hyb'), 'en');
    await writeFile(path.join(from, 'hyph-de-1996.hyb'), 'de');
    await writeFile(path.join(from, 'NOTICE.md'), 'licences');
    expect(await installHyphenation(path.join(root, 'profile'), from)).toBe(2);
    const [version = ''] = await readdir(path.join(root, 'profile/hyphen-data'));
    expect(version).toMatch(/^\d+(\.\d+)*$/);
    const folder = path.join(root, 'profile/hyphen-data', version);
    expect((await readdir(folder)).sort()).toEqual(['hyph-de-1996.hyb', 'hyph-en-us.hyb', 'manifest.json']);
    expect(await readFile(path.join(folder, 'hyph-de-1996.hyb'), 'utf8')).toBe('de');
    expect(JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8'))).toMatchObject({ version });
  });

  it('installs nothing, and says so, when Folio has no dictionaries', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-hyph-unit-'));
    expect(await installHyphenation(path.join(root, 'profile'), path.join(root, 'missing'))).toBe(0);
    expect(await readdir(root)).toEqual([]);
  });
});

describe('the build’s warning about hyphenation', () => {
  it('is one message placed at the browser when a browser Folio started cannot hyphenate, and none otherwise', () => {
    expect(hyphenationMessage(undefined)).toBeUndefined();
    expect(hyphenationMessage({ state: 'on' })).toBeUndefined();
    expect(hyphenationMessage({ state: 'remote' })).toBeUndefined();
    const message = hyphenationMessage({ state: 'off', browser: '/usr/bin/chromium', reason: 'its dictionaries are missing' });
    expect(message?.file).toBe('/usr/bin/chromium');
    expect(message?.ruleId).toBe('no-hyphenation');
    expect(message?.fatal).toBeFalsy();
    expect(message?.reason).toBe(
      'the PDF is printed without hyphenation (its text is justified and complete): its dictionaries are missing',
    );
  });
});
