import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** The folders made by this test file so far. */
const made = new Set<string>();

// Registered when a test file imports this module (itself or through another helper), so for that
// file: vitest evaluates each test file's modules afresh (`isolate`, its default). Hooks run in reverse
// order, so this one runs after the file's own `afterAll` hooks: a browser they stop has let go of its
// profile folder by then. Once per file rather than per test: a folder made in a `beforeAll` is used by
// every test after it, and in a concurrent suite there is no telling which test a hook belongs to.
afterAll(async () => {
  const folders = [...made];
  made.clear();
  // Retries: a browser killed a moment ago may still be writing into its profile.
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 5 })));
});

/**
 * A fresh empty folder in the system's temporary folder, named `<prefix>`
 * and six random characters. It is removed, with everything in it, once the
 * tests of the file that made it are done; no test needs to remove it.
 */
export async function tempFolder(prefix = 'folio-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.add(dir);
  return dir;
}
