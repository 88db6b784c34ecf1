import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { ContentError, errorCode, toError } from '../errors.js';
import { isInside } from '../fs/inside.js';

/** A stylesheet a document adds: its absolute path and its text. */
export interface Stylesheet {
  readonly path: string;
  readonly text: string;
}

/**
 * The text of the stylesheets a document adds after the theme's: the
 * config's and the flags' `css` (absolute paths), then its front matter's
 * `css` (relative to the Markdown file and, as images, inside its project).
 * A stylesheet that cannot be read is a fatal message on the file, at its
 * front matter.
 */
export async function loadStylesheets(file: VFile, configured: readonly string[]): Promise<Stylesheet[]> {
  const given = file.data.matter?.css;
  const own = given === undefined ? [] : typeof given === 'string' ? [given] : given;
  const root = path.resolve(file.cwd, file.data.projectRoot ?? '.');
  const folder = path.dirname(path.resolve(file.cwd, file.path));
  const texts: Stylesheet[] = [];
  for (const sheet of configured) texts.push({ path: sheet, text: await read(file, sheet, `\`css\` stylesheet \`${sheet}\``) });
  for (const sheet of own) {
    const absolute = path.resolve(folder, sheet);
    const real = await realpath(absolute).catch(() => absolute);
    if (!isInside(real, root))
      fail(file, `front matter \`css\` stylesheet \`${sheet}\` is outside the project folder: copy it into the project`);
    texts.push({ path: absolute, text: await read(file, absolute, `front matter \`css\` stylesheet \`${sheet}\``) });
  }
  return texts;
}

async function read(file: VFile, absolute: string, what: string): Promise<string> {
  const text = await readFile(absolute, 'utf8').catch((error: unknown) => toError(error));
  if (!(text instanceof Error)) return text;
  const code = errorCode(text);
  return fail(
    file,
    code === 'ENOENT' ? `${what} not found (looked for \`${absolute}\`)` : `${what} cannot be read (${code ?? text.message})`,
  );
}

function fail(file: VFile, reason: string): never {
  const message = file.message(reason, { ruleId: 'css', source: 'folio' });
  message.fatal = true;
  throw new ContentError(file);
}
