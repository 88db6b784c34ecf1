import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { installDir } from './install-dir.js';

/** Folio's version, from package.json. */
export const version: string = v.parse(
  v.object({ version: v.string() }),
  JSON.parse(readFileSync(path.join(installDir, 'package.json'), 'utf8')),
).version;
