// @ts-check
// Regenerate docs/constructs.md and its pictures from docs/constructs/*.md:
// each source is built to PDF on A6-landscape paper with Folio itself (dist/),
// and its page rendered to docs/images/<name>.png with poppler's pdftoppm.
// Run after `npm run compile`: node scripts/docs-constructs.js
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = path.join(root, 'docs/constructs');
const { build } = await import(path.join(root, 'dist/index.js'));
const out = mkdtempSync(path.join(os.tmpdir(), 'folio-docs-'));
const names = readdirSync(sources)
  .filter((name) => name.endsWith('.md'))
  .sort();

const result = await build({ inputs: [sources], outDir: out, formats: ['pdf'], sourceDateEpoch: 0 });
if (!result.ok)
  throw new Error(
    result.outputs
      .map((output) => output.error?.message)
      .filter(Boolean)
      .join('\n'),
  );

const sections = names.map((name) => {
  const base = name.replace(/\.md$/, '');
  execFileSync('pdftoppm', [
    '-r',
    '110',
    '-png',
    '-singlefile',
    '-f',
    '1',
    '-l',
    '1',
    path.join(out, `${base}.pdf`),
    path.join(root, 'docs/images', base),
  ]);
  const text = readFileSync(path.join(sources, name), 'utf8');
  const title = /^title: (.*)$/m.exec(text)?.[1] ?? base;
  const body = text.replace(/^---\n[\s\S]*?\n---\n\n/, '').trimEnd();
  const fence = body.includes('```') ? '````' : '```';
  return `## ${title}\n\n${fence}markdown\n${body}\n${fence}\n\n![${title}, as printed](images/${base}.png)\n`;
});

writeFileSync(
  path.join(root, 'docs/constructs.md'),
  `# What you can write, and how it prints\n\n` +
    `Each construct below shows the Markdown to write and the page Folio prints from it\n` +
    `(a small A6 page, so the picture stays readable). The sources are in\n` +
    `[docs/constructs/](constructs/); \`node scripts/docs-constructs.js\` rebuilds this page and\n` +
    `its pictures. Every construct also comes out in the EPUB, which passes EPUBCheck.\n\n` +
    sections.join('\n'),
);
console.log(`docs/constructs.md: ${names.length} constructs`);
