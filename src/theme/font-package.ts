import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TemplateError } from '../errors.js';

/**
 * The folder of font package `name`, as the theme's folder resolves it, else
 * as Folio's own install does: a theme copied out of Folio (into a project
 * whose package manager does not hoist Folio's dependencies) still finds them.
 */
export function fontPackageDir(name: string, themeDir: string): string {
  for (const from of [path.join(themeDir, 'theme.json'), fileURLToPath(import.meta.url)]) {
    try {
      return path.dirname(createRequire(from).resolve(`${name}/package.json`));
    } catch {
      // Not installed where `from` looks: try the next place.
    }
  }
  throw new TemplateError(
    `Font package \`${name}\` named in \`${path.join(themeDir, 'theme.json')}\` is not installed: \`npm install ${name}\``,
  );
}
