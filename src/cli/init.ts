import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from '../errors.js';

/** The npm scripts `folio init` adds to a project's package.json (an existing one of the same name is kept). */
export const initScripts: Readonly<Record<string, string>> = {
  build: 'folio build',
  'build:pdf': 'folio build --format pdf',
  dev: 'folio build --watch --serve',
};

const config = `// Folio's options: every key is described in docs/configuration.md (node_modules/folio/docs/).
/** @type {import('folio').Config} */
export default {
  inputs: ['content'],
  outDir: 'out',
  formats: ['pdf', 'epub', 'html'],
  print: {
    paper: 'a4',
    // Placeholders: {title} {section} {page} {pages} {date}.
    footer: '{title} · {page} of {pages}',
  },
  // A few CSS rules after the theme's, without a theme of your own:
  // css: ['styles/extra.css'],
};
`;

/** The sample article, dated `today`. */
const sample = (today: string): string => `---
title: A First Article
description: What Folio makes of a Markdown file.
author: Your Name
date: ${today}
---

Write in Markdown: *emphasis*, **strong**, \`code\`, [links](https://commonmark.org),
lists, tables, footnotes[^1] and maths such as $E = mc^2$.

## A section

- The PDF is for print: running header, page numbers, bookmarks.
- The EPUB is for e-readers.
- The HTML is one self-contained page.

\\newpage

## On a page of its own

\`\\newpage\` alone on a line starts a new page in the PDF.

[^1]: A footnote.
`;

/** What `folio init` did to one file. */
export interface InitStep {
  /** Path relative to the project folder. */
  readonly file: string;
  readonly outcome: 'created' | 'kept' | 'updated';
  readonly detail?: string;
}

/**
 * Scaffold a project in `dir`: `folio.config.mjs`, `content/article.md` and
 * npm scripts (`build`, `build:pdf`, `dev`) in `package.json`, made when
 * missing. A file that is already there is kept as it is; scripts of the same
 * name are kept too.
 */
export async function initProject(dir: string): Promise<InitStep[]> {
  await mkdir(path.join(dir, 'content'), { recursive: true });
  return [
    await create(dir, 'folio.config.mjs', config),
    await create(dir, 'content/article.md', sample(new Date().toISOString().slice(0, 10))),
    await addScripts(dir, path.basename(path.resolve(dir))),
  ];
}

async function create(dir: string, file: string, text: string): Promise<InitStep> {
  try {
    await writeFile(path.join(dir, file), text, { flag: 'wx' });
    return { file, outcome: 'created' };
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return { file, outcome: 'kept', detail: 'already there' };
    throw error;
  }
}

async function addScripts(dir: string, name: string): Promise<InitStep> {
  const file = path.join(dir, 'package.json');
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) {
    const manifest = { name: npmName(name), private: true, scripts: initScripts };
    await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
    return { file: 'package.json', outcome: 'created', detail: `scripts ${Object.keys(initScripts).join(', ')}` };
  }
  const manifest: unknown = JSON.parse(text);
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
    return { file: 'package.json', outcome: 'kept', detail: 'not a JSON object' };
  const scripts: Record<string, unknown> =
    'scripts' in manifest && typeof manifest.scripts === 'object' && manifest.scripts !== null ? { ...manifest.scripts } : {};
  const added = Object.keys(initScripts).filter((script) => !(script in scripts));
  if (added.length === 0) return { file: 'package.json', outcome: 'kept', detail: 'its scripts already there' };
  for (const script of added) scripts[script] = initScripts[script];
  await writeFile(file, `${JSON.stringify({ ...manifest, scripts }, null, 2)}\n`);
  return { file: 'package.json', outcome: 'updated', detail: `scripts ${added.join(', ')} added` };
}

/** A folder name as an npm package name: lower case, URL-safe. */
function npmName(folder: string): string {
  return (
    folder
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[._-]+/, '') || 'folio-project'
  );
}
