import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PDF's text as MuPDF reads it (`mutool draw -F txt`), line by line. */
export async function mupdfText(file: string): Promise<string> {
  return (await run('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', file], { maxBuffer: 64 << 20 })).stdout;
}

/** A PDF's text as pdf.js reads it (`getTextContent`, as its viewer's search and copy do), a line per text line. */
export async function pdfjsText(file: string): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await pdf.destroy();
  return pages.join('\n');
}

/** A line end where a word was hyphenated: the part before the hyphen and the first word of the next line. */
export interface LineBreak {
  readonly head: string;
  readonly tail: string;
}

/**
 * The words a PDF's layout text (`pdftotext -layout`) breaks at a line end
 * with a hyphen (`-`, or U+2010, Chromium's default hyphen), in order.
 */
export function hyphenatedLineEnds(layoutText: string): LineBreak[] {
  const lines = layoutText.split('\n').map((line) => line.trim());
  const breaks: LineBreak[] = [];
  lines.forEach((line, index) => {
    const head = /(\p{L}+)[-\u2010]$/u.exec(line)?.[1];
    const tail = lines
      .slice(index + 1)
      .find((next) => next !== '')
      ?.match(/^\p{L}+/u)?.[0];
    if (head !== undefined && tail !== undefined) breaks.push({ head, tail });
  });
  return breaks;
}
