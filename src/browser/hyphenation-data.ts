import { copyFile, link, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import createDebug from 'debug';
import { installDir } from '../install-dir.js';

const debug = createDebug('folio:browser');

/** Where Folio's dictionaries are: made by `npm run compile` (scripts/build-hyphenation.js), shipped in the package. */
export const hyphenationDir: string = path.join(installDir, 'hyphenation');

/**
 * The version folder the dictionaries go in. Chromium takes the highest
 * valid version folder under `hyphen-data/` that holds a `manifest.json`
 * (an object), and deletes lower ones at start; Folio's profiles are its own
 * and new, so one fixed version is enough.
 */
const version = '1.0';

/**
 * Lay Folio's hyphenation dictionaries out in a new Chromium profile the way
 * Chrome's component updater leaves its own hyphenation component
 * (`<profile>/hyphen-data/<version>/hyph-<locale>.hyb` and `manifest.json`),
 * so that Chromium finds them when it starts: they must be there before it
 * launches, since a language it found no dictionary for stays unhyphenated.
 * Files are hard-linked (copied across file systems). Returns how many were
 * installed: 0 when Folio has none (`hyphenation/` was never made).
 */
export async function installHyphenation(profile: string, from = hyphenationDir): Promise<number> {
  const names = await readdir(from).then(
    (entries) => entries.filter((name) => /^hyph-[a-z0-9-]+\.hyb$/.test(name)),
    () => [],
  );
  if (names.length === 0) return 0;
  const folder = path.join(profile, 'hyphen-data', version);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'manifest.json'), `${JSON.stringify({ name: 'Hyphenation', version, manifest_version: 2 })}\n`);
  await Promise.all(
    names.map(async (name) => {
      const source = path.join(from, name);
      const target = path.join(folder, name);
      await link(source, target).catch(() => copyFile(source, target));
    }),
  );
  debug('installed %d hyphenation dictionaries into %s', names.length, folder);
  return names.length;
}
