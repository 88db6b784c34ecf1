#!/usr/bin/env node
// Bundle Folio's entry points (the CLI and the API) with their
// dependencies into dist/, with esbuild. A cold `folio build` then reads a
// few files instead of resolving and compiling some 900 modules one by one:
// that was about a third of the time of an EPUB build. Code loaded only by
// some builds (the writers, maths, highlighting, watch mode) stays in chunks
// of its own, loaded when needed. TypeScript (tsconfig.build.json) still
// checks the code and writes the declarations beside the bundle.
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Two bundled libraries are patched as they are bundled, each for time the
 * book spent on nothing (issue 13); what they make is the same, which
 * test/integration/bundle.test.ts holds the bundle to. A release that
 * changes the code fails the bundle here rather than losing a fix unseen.
 * - unist-util-visit-parents names its visitor function after each node it
 *   visits (`Object.defineProperty(visit, 'name', ...)`, for stack traces),
 *   for every node of every walk: with the string it builds, a fifth of the
 *   Markdown and HTML stages of a 150-page book. Left out.
 * - remark-smartypants parses every text node of the document again with
 *   retext for the dashes, ellipses and backticks, the book's whole text in
 *   thousands of small parses. Only a text with two hyphens, an en dash and
 *   a hyphen, two backticks, two straight single quotes or two dots (white
 *   space between them or not) can change there: any other text is what
 *   that parse gives back.
 */
const patches = [
  {
    file: /[\\/]unist-util-visit-parents[\\/]lib[\\/]index\.js$/,
    find: /\n {4}if \(typeof value\.type === 'string'\) \{\n[^]*?\n {6}Object\.defineProperty\(visit, 'name', \{\n[^]*?\n {6}\}\)\n {4}\}\n/,
    replace: '\n',
  },
  {
    file: /[\\/]remark-smartypants[\\/]dist[\\/]plugin\.js$/,
    find: /node\.value = processor2\.processSync\(processedText\)\.toString\(\);/,
    replace:
      "node.value = /--|\u2013-|``|''|\\.\\s*\\./.test(processedText) ? processor2.processSync(processedText).toString() : processedText;",
  },
];

const patchLibraries = {
  name: 'patch-libraries',
  setup(build) {
    for (const { file, find, replace } of patches)
      build.onLoad({ filter: file }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!find.test(source)) throw new Error(`${args.path}: the code to patch was not found; update scripts/bundle.js`);
        return { contents: source.replace(find, replace), loader: 'js' };
      });
  },
};
/** pdf-lib's pako, with Node's zlib for `deflate` (scripts/bundle-stubs/pako-for-pdf-lib.js); jszip keeps pako as it is. */
const nativeDeflateForPdfLib = {
  name: 'native-deflate-for-pdf-lib',
  setup(build) {
    build.onResolve({ filter: /^pako$/ }, (args) =>
      /[\\/]node_modules[\\/]pdf-lib[\\/]/.test(args.importer)
        ? { path: path.join(root, 'scripts/bundle-stubs/pako-for-pdf-lib.js') }
        : undefined,
    );
  },
};
const outdir = path.join(root, 'dist');

// The previous bundle's chunks are named by their content: remove them so that none goes stale.
for (const entry of await readdir(outdir, { recursive: true }).catch(() => [])) {
  if (/\.js(\.map)?$/.test(entry)) await rm(path.join(outdir, entry));
}

await build({
  absWorkingDir: root,
  // src/browser/browser.ts too, for the benchmark's "Chromium start and close" case.
  entryPoints: ['src/cli.ts', 'src/index.ts', 'src/browser/browser.ts'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // typescript: loaded only to compile a user's folio.config.ts, from the user's own project.
  // subset-font: a runtime dependency, not bundled: it reads HarfBuzz's wasm from its own package.
  external: ['typescript', 'subset-font'],
  // Used by @puppeteer/browsers only to download browsers, which Folio never does.
  // jsonc-parser's `main` is a UMD build whose require() of its own files esbuild cannot follow: take its ES module build.
  alias: { 'proxy-agent': './scripts/bundle-stubs/proxy-agent.js', 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  // CommonJS dependencies inside an ES module bundle still call require() and read __dirname and
  // __filename. Those two are defined under names of Folio's own and substituted where they are
  // free, so that a module declaring its own `__dirname` (as ES modules often do) does not clash.
  banner: {
    js: [
      "import { createRequire as __folioRequire } from 'node:module';",
      "import { dirname as __folioDirname } from 'node:path';",
      "import { fileURLToPath as __folioPath } from 'node:url';",
      'const require = __folioRequire(import.meta.url);',
      'const __folio_filename = __folioPath(import.meta.url);',
      'const __folio_dirname = __folioDirname(__folio_filename);',
    ].join(' '),
  },
  define: { __dirname: '__folio_dirname', __filename: '__folio_filename' },
  // Source maps only on request (`npm run compile -- --sourcemap`): they were a third of the package.
  sourcemap: process.argv.includes('--sourcemap') ? 'linked' : false,
  sourcesContent: false,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [patchLibraries, nativeDeflateForPdfLib],
  logLevel: 'warning',
});

// The preview's PDF viewer runs pdf.js in the browser: only its minified library and worker and the
// data they fetch are copied into dist/pdfjs/, so an install does not bring all of pdfjs-dist (41 MB,
// and 33 MB more of @napi-rs/canvas, which it wants only for rendering in Node).
const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const pdfjsOut = path.join(outdir, 'pdfjs');
await rm(pdfjsOut, { recursive: true, force: true });
await mkdir(path.join(pdfjsOut, 'build'), { recursive: true });
for (const file of ['build/pdf.min.mjs', 'build/pdf.worker.min.mjs', 'LICENSE'])
  await cp(path.join(pdfjsDir, file), path.join(pdfjsOut, file));
for (const folder of ['cmaps', 'standard_fonts', 'wasm', 'iccs'])
  await cp(path.join(pdfjsDir, folder), path.join(pdfjsOut, folder), { recursive: true });
