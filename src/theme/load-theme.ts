import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import * as v from 'valibot';
import { ConfigError, TemplateError } from '../errors.js';
import { didYouMean } from '../suggest.js';
import { installDir } from '../install-dir.js';
import type { Asset } from '../model.js';
import { fontUrl } from './font-faces.js';
import { fontPackageDir } from './font-package.js';
import type { Theme } from './theme.js';
import { loadVariableFonts, VariableFont } from './variable-fonts.js';

/** Folder holding the themes that ship with Folio. */
export const builtInThemes = path.join(installDir, 'templates');

const ThemeManifest = v.object({
  description: v.optional(v.string()),
  /** npm packages (fontsource layout: `files/<name>`) that the stylesheets' `fonts/<name>` URLs come from. */
  fontPackages: v.optional(v.array(v.string()), []),
  /**
   * Variable fonts by family name: a fontsource variable package and the weights to set text in
   * (default 400 and 700). Folio writes their `@font-face` rules after print.css and makes each
   * static instance when a page first needs it (`src/theme/variable-fonts.ts`).
   */
  variableFonts: v.optional(v.record(v.string(), VariableFont), {}),
  /** Font families needed only by some elements, with a CSS selector for them: the standalone HTML embeds them only when it has such elements. */
  fontConditions: v.optional(v.record(v.string(), v.string()), {}),
});

/**
 * A theme that is not there is a mistake in how Folio was called (`--theme
 * newsrom`), not a broken theme: a `ConfigError` naming the theme meant and
 * listing the themes there are.
 */
async function refuseMissingTheme(name: string, themesDir: string): Promise<never> {
  const entries = await readdir(themesDir, { withFileTypes: true }).catch(() => []);
  const themes = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  themes.sort();
  const there = themes.length === 0 ? 'it holds no theme' : `the themes there are ${themes.map((theme) => `\`${theme}\``).join(', ')}`;
  throw new ConfigError(`Theme \`${name}\` does not exist in \`${themesDir}\`${didYouMean(name, themes)}: ${there}`);
}

const mediaTypes: Record<string, string> = {
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/**
 * Load the theme `name` from `themesDir` (by default Folio's own): read and
 * parse every template once, and gather the fonts its stylesheet uses.
 */
export async function loadTheme(name = 'default', themesDir = builtInThemes): Promise<Theme> {
  const dir = path.join(themesDir, name);
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) await refuseMissingTheme(name, themesDir);
  const read = (file: string): Promise<string> =>
    readFile(path.join(dir, file), 'utf8').catch((error: unknown) => {
      throw new TemplateError(`Theme \`${name}\` is missing \`${file}\` (looked in \`${dir}\`)`, { cause: error });
    });
  const manifest = v.safeParse(ThemeManifest, JSON.parse(await read('theme.json')));
  if (!manifest.success) {
    throw new TemplateError(`Theme \`${name}\` has an invalid theme.json: ${manifest.issues[0].message}`);
  }
  const [printHtml, printCss, ereaderHtml, ereaderCss, contentOpf, nav, ncx, chapter, cover] = await Promise.all([
    read('print.html'),
    read('print.css'),
    read('ereader.html'),
    read('ereader.css'),
    read('epub/content.opf.ejs'),
    read('epub/nav.xhtml.ejs'),
    read('epub/toc.ncx.ejs'),
    read('epub/chapter.xhtml.ejs'),
    read('epub/cover.html'),
  ]);
  const variable = await loadVariableFonts(manifest.output.variableFonts, dir);
  const css = variable.css === '' ? printCss : `${printCss}\n/* theme.json variableFonts */\n${variable.css}\n`;
  const assets = new Map<string, Asset>([['print.css', { bytes: new TextEncoder().encode(css), type: 'text/css' }]]);
  for (const [url, asset] of await loadFonts(printCss, dir, manifest.output.fontPackages)) assets.set(url, asset);
  return {
    name,
    print: { tree: fromHtml(printHtml), css },
    ereader: { tree: fromHtml(ereaderHtml, { fragment: true }), css: ereaderCss },
    epub: { contentOpf, nav, ncx, chapter, cover: fromHtml(cover) },
    assets,
    fontInstances: variable.instances,
    fontConditions: manifest.output.fontConditions,
  };
}

/** Find each `url("fonts/<file>")` of `css` in the theme's `fonts/` folder or a font package. */
async function loadFonts(css: string, dir: string, packages: readonly string[]): Promise<Map<string, Asset>> {
  const packageDirs = packages.map((name) => fontPackageDir(name, dir));
  const urls = new Set(Array.from(css.matchAll(fontUrl), ([, url = '']) => url));
  const entries = await Promise.all(
    [...urls].map(async (url): Promise<[string, Asset]> => {
      const file = url.slice('fonts/'.length);
      const candidates = [path.join(dir, url), ...packageDirs.map((root) => path.join(root, 'files', file))];
      for (const candidate of candidates) {
        const bytes = await readFile(candidate).catch(() => undefined);
        if (bytes) return [url, { bytes, type: mediaTypes[path.extname(file)] ?? 'application/octet-stream' }];
      }
      throw new TemplateError(`Font \`${url}\` named in the theme's print.css was not found (looked in ${candidates.join(', ')})`);
    }),
  );
  return new Map(entries);
}
