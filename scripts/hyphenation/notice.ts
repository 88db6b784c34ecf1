import { texMinimums } from '../../src/locale/hyphenation-minimums.js';
import { upstream, type PatternSource } from './pattern-sources.js';

/** One dictionary as written, for the notice. */
export interface Written {
  readonly file: string;
  readonly source: PatternSource;
  readonly bytes: number;
}

/** What the notice says about the `hyphen` package the patterns came through. */
export interface HyphenPackage {
  readonly version: string;
  readonly licence: string;
}

const mitText = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/**
 * `hyphenation/NOTICE.md`: what the dictionaries are, where each one's
 * patterns come from and under which licence, so the licences travel with
 * the files. Generated with them by `npm run compile`.
 */
export function notice(written: readonly Written[], hyphen: HyphenPackage, skipped: readonly string[]): string {
  const rows = written.map(({ file, source, bytes }) => {
    const { left, right } = texMinimums(source.code);
    const licence = source.licence ? `${source.licence.name}; ${source.licence.copyright}` : 'as the head of the upstream file states';
    return row([
      `\`${file}\``,
      source.language,
      `[\`hyph-${source.code}.tex\`](${upstream}hyph-${source.code}.tex)`,
      `${left}/${right}`,
      licence,
      String(bytes),
    ]);
  });
  const quoted = written
    .filter(({ source }) => source.licence?.text !== undefined)
    .map(({ source }) => `### \`hyph-${source.code}.tex\`\n\n${source.licence?.copyright ?? ''}\n\n> ${source.licence?.text ?? ''}`);
  return `# Hyphenation dictionaries: sources and licences

The \`hyph-<locale>.hyb\` files in this folder are Chromium's hyphenation dictionaries (the minikin \`.hyb\` format
Blink reads), which Folio installs into the profile of the Chromium it starts, so that \`hyphens: auto\` hyphenates
the print edition. \`npm run compile\` makes them (\`scripts/build-hyphenation.js\`) from the TeX hyphenation patterns
of the [hyph-utf8](https://github.com/hyphenation/tex-hyphen) project, as the \`hyphen\` npm package
(version ${hyphen.version}) ships them. The patterns are not changed, only packed another way; exceptions are kept,
less the breaks inside Chromium's minimum of 2 letters before and 3 after a break. Minimums below are TeX's
\`\\lefthyphenmin\`/\`\\righthyphenmin\`; Folio never goes below 2/3.

Each pattern file remains under its own licence. Where the table names one, it was read from the head of the
upstream file; for the others the upstream file's head (linked) states the licence: it was not available offline
when this file was made, and must be read there.

${row(['File', 'Language', 'Patterns (hyph-utf8)', 'TeX minimums', 'Licence', 'Bytes'])}
${row(['---', '---', '---', '---', '---', '---:'])}
${rows.join('\n')}
${skipped.length > 0 ? `\nNot shipped: ${skipped.map((code) => `\`${code}\``).join(', ')} (see \`scripts/hyphenation/pattern-sources.ts\`).\n` : ''}
## Licence texts

${quoted.join('\n\n')}

Knuth's \`hyphen.tex\` (<https://ctan.org/pkg/hyphen-base>), whose patterns \`hyph-en-us.tex\` holds, permits unlimited
copying and redistribution as long as it is not modified, and modifications only under another name than
\`hyphen.tex\`: Folio ships no file of that name.

### MIT (the files marked MIT and MIT/X11 above)

${mitText}

### BSD 3-clause

The terms of <https://opensource.org/licenses/BSD-3-Clause>, as the head of \`hyph-pt.tex\` gives them.

### The \`hyphen\` package (ISC), through which the patterns came

\`\`\`text
${hyphen.licence.trim()}
\`\`\`
`;
}
