import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { installDir } from '../install-dir.js';

/** Folder of the preview page's own script and stylesheet (beside `templates/`). */
const previewDir = path.join(installDir, 'preview');

/** The folders of pdfjs-dist the page may load: the library, its worker and the data it fetches. */
const pdfjsFolders = new Set(['build', 'cmaps', 'standard_fonts', 'wasm', 'iccs']);

const mediaTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.icc': 'application/vnd.iccprofile',
};

/** A file the preview serves: bytes and media type. */
export interface StaticFile {
  readonly bytes: Uint8Array;
  readonly type: string;
}

let pdfjsRoot: string | undefined;

/**
 * The file for a `/_folio/...` URL path: `preview.js` and `preview.css`, or
 * a file of pdfjs-dist (`/_folio/pdfjs/build/pdf.min.mjs`). Anything else,
 * including paths that climb out of those folders, is `undefined`.
 */
export async function staticFile(urlPath: string): Promise<StaticFile | undefined> {
  let file: string | undefined;
  if (urlPath === '/_folio/preview.js' || urlPath === '/_folio/preview.css') {
    file = path.join(previewDir, path.basename(urlPath));
  } else if (urlPath.startsWith('/_folio/pdfjs/')) {
    const [folder, ...rest] = urlPath.slice('/_folio/pdfjs/'.length).split('/');
    pdfjsRoot ??= findPdfjs();
    const base = path.join(pdfjsRoot, folder ?? '');
    const candidate = path.join(base, ...rest.map(decodeURIComponent));
    if (folder && pdfjsFolders.has(folder) && candidate.startsWith(base + path.sep)) file = candidate;
  }
  if (file === undefined) return undefined;
  const bytes = await readFile(file).catch(() => undefined);
  return bytes && { bytes, type: mediaTypes[path.extname(file)] ?? 'application/octet-stream' };
}

/**
 * The folder pdf.js is served from: the copy `npm run compile` puts in
 * `dist/pdfjs/` (the installed package has no pdfjs-dist), else, in a
 * checkout not yet compiled, pdfjs-dist itself.
 */
function findPdfjs(): string {
  const copied = path.join(installDir, 'dist', 'pdfjs');
  if (existsSync(copied)) return copied;
  return path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}
