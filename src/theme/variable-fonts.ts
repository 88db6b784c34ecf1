import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { TemplateError } from '../errors.js';
import { fontPackageDir } from './font-package.js';
import type { FontInstance } from './theme.js';
import { parseUnicodeRange } from './unicode-range.js';

/** A theme.json `variableFonts` entry: a fontsource variable font package and the weights the theme sets text in. */
export const VariableFont = v.object({
  package: v.string(),
  weights: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))), [400, 700]),
  /**
   * A monochrome emoji face (Noto Emoji): its instances say they serve emoji presentation (VS16) too,
   * so Chromium prints `❤️` in it rather than in a colour bitmap font (`src/theme/emoji-presentation.ts`).
   */
  emoji: v.optional(v.boolean(), false),
});

/** The `@font-face` rules of a theme's variable fonts, and the fonts those rules name. */
export interface VariableFaces {
  /** CSS appended to the print stylesheet. */
  readonly css: string;
  readonly instances: ReadonlyMap<string, FontInstance>;
}

/**
 * For each family of theme.json `variableFonts`, one `@font-face` rule per
 * file of its package (fontsource layout: `index.css` names `files/<file>`
 * with a `unicode-range` each, the CJK ones in about a hundred slices) and
 * per weight, under the family name given, naming a static instance of the
 * file (`fonts/<file>?wght=700`) that is made only when a page asks for it
 * (`instancedFont`). Nothing but the packages' stylesheets is read here.
 */
export async function loadVariableFonts(
  fonts: Readonly<Record<string, v.InferOutput<typeof VariableFont>>>,
  themeDir: string,
): Promise<VariableFaces> {
  const rules: string[] = [];
  const instances = new Map<string, FontInstance>();
  for (const [family, font] of Object.entries(fonts)) {
    const dir = fontPackageDir(font.package, themeDir);
    const css = await readFile(path.join(dir, 'index.css'), 'utf8').catch((error: unknown) => {
      throw new TemplateError(`Font package \`${font.package}\` has no \`index.css\` (a fontsource variable font package has one)`, {
        cause: error,
      });
    });
    for (const [rule] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
      const file = /url\(["']?\.?\/?files\/([^"')]+)["']?\)/.exec(rule)?.[1];
      const range = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1]?.trim();
      if (file === undefined || range === undefined) continue;
      const read = once(() => readFile(path.join(dir, 'files', file)));
      for (const weight of font.weights) {
        const url = `fonts/${file}?wght=${weight}`;
        instances.set(url, { read, weight, range: parseUnicodeRange(range), emoji: font.emoji });
        rules.push(
          `@font-face { font-family: ${JSON.stringify(family)}; font-style: normal; font-weight: ${weight}; src: url("${url}") format("truetype"); unicode-range: ${range}; }`,
        );
      }
    }
  }
  return { css: rules.join('\n'), instances };
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
