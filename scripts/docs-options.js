// @ts-check
// Rewrite the option tables of docs/*.md from the valibot schemas' descriptions
// (src/config/fill-option-tables.ts), between `<!-- options:start NAME -->` and
// `<!-- options:end -->`, keeping the prose around them. The schemas are read
// from src/ itself, bundled in memory with esbuild (as scripts/bundle.js does),
// so no `npm run compile` is needed first and Folio's public API need not
// export them. test/unit/docs.test.ts fails when a table is stale.
// Run: node scripts/docs-options.js (or npm run docs)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundled = await build({
  absWorkingDir: root,
  entryPoints: ['src/config/fill-option-tables.ts'],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const code = bundled.outputFiles[0]?.text ?? '';
/** @type {import('../src/config/fill-option-tables.js')} */
const { fillOptionTables, optionTables } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const docs = path.join(root, 'docs');
const placed = [];
for (const name of readdirSync(docs)
  .filter((file) => file.endsWith('.md'))
  .sort()) {
  const file = path.join(docs, name);
  const before = readFileSync(file, 'utf8');
  const { markdown, tables } = fillOptionTables(before);
  if (tables.length === 0) continue;
  placed.push(...tables);
  if (markdown !== before) writeFileSync(file, markdown);
  console.log(`docs/${name}: ${tables.join(', ')}${markdown === before ? ' (unchanged)' : ''}`);
}
const missing = Object.keys(optionTables).filter((name) => !placed.includes(name));
if (missing.length > 0)
  throw new Error(
    `No docs/*.md has the markers of ${missing.join(', ')}: add \`<!-- options:start NAME -->\` and \`<!-- options:end -->\` where the table goes.`,
  );
