import { readFileSync } from 'node:fs';
import path from 'node:path';
import { installDir } from './install-dir.js';

/** Folio's version, from package.json. */
export const version: string = (JSON.parse(readFileSync(path.join(installDir, 'package.json'), 'utf8')) as { version: string }).version;
