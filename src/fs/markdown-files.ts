import path from 'node:path';

/** Extensions of Markdown files, as GitHub and editors recognise them. */
const markdownExtension = /\.(?:md|markdown|mdown|mkd|mkdn)$/i;

/** Whether a file name or path names a Markdown file (`.md`, `.markdown`, `.mdown`, `.mkd`, `.mkdn`). */
export function isMarkdownFile(name: string): boolean {
  return markdownExtension.test(name);
}

/**
 * The output name of a Markdown file found in `root`: its path below the
 * root, without the Markdown extension, with `/` separators
 * (`content/news/a.md` in `content` → `news/a`). Outputs are written to
 * `<outDir>/<name>.<format>`.
 */
export function outputNameOf(file: string, root: string): string {
  return path.relative(root, file).replace(markdownExtension, '').split(path.sep).join('/');
}
