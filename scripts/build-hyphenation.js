#!/usr/bin/env node
// Make Chromium's hyphenation dictionaries (hyphenation/hyph-<locale>.hyb and
// hyphenation/NOTICE.md) from the TeX patterns of the `hyphen` package, once,
// when Folio is built (`npm run compile`), not when it runs. The work is in
// scripts/hyphenation/*.ts, type-checked with the rest and compiled here in
// memory with esbuild, so this step needs nothing that `compile` has not
// already installed. The same inputs give the same bytes.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const hyphenDir = path.dirname(createRequire(import.meta.url).resolve('hyphen/package.json'));
const outDir = path.join(root, 'hyphenation');

const started = performance.now();
const { outputFiles } = await build({
  absWorkingDir: root,
  entryPoints: ['scripts/hyphenation/build-hyphenation.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  write: false,
  logLevel: 'warning',
});
const code = outputFiles[0]?.text ?? '';
/** @type {typeof import('./hyphenation/build-hyphenation.ts')} */
const { buildHyphenation } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const { files, skipped } = await buildHyphenation({ hyphenDir, outDir });
const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
console.log(
  `hyphenation: ${files.length} dictionaries, ${(bytes / 1024).toFixed(0)} kB, in ${Math.round(performance.now() - started)} ms` +
    (skipped.length > 0 ? ` (not shipped: ${skipped.join(', ')})` : ''),
);
