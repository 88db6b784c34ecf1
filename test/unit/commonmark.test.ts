import { fromHtml } from 'hast-util-from-html';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline/parse.js';
import { render } from '../../src/pipeline/render.js';
import { stringify } from '../../src/hast/stringify.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { asDocument, specExamples } from '../helpers/commonmark.js';
import { prepare } from '../helpers/pipeline.js';

const theme = await loadTheme('default');

/** Plain CommonMark HTML from Folio's parser (GFM, maths and definition lists on), for comparison with the spec. */
const toHtml = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify);

/** Both sides through the same HTML parser and serialiser, white space between tags ignored. */
function canonical(html: string): string {
  return stringify(fromHtml(html, { fragment: true }))
    .replace(/>\s+</g, '><')
    .trim();
}

describe('CommonMark specification examples', () => {
  it.each(specExamples.map((example) => [example.number, example.section, example] as const))(
    'example %i (%s) goes through the whole pipeline into both editions',
    async (_number, _section, example) => {
      const publication = await prepare(asDocument(example));
      const rendered = render(publication, theme);
      expect(stringify(rendered.print)).toContain('<html lang="en">');
      expect(() => stringify(rendered.ereader[0]!, { xml: true })).not.toThrow();
    },
  );

  it('parses at least 632 of the 652 examples as the spec says (GFM autolinks account for most others)', async () => {
    const failed: number[] = [];
    for (const example of specExamples) {
      const file = new VFile({ path: `example-${example.number}.md`, value: asDocument(example) });
      const tree = await toHtml.run(parse(file), file);
      if (canonical(toHtml.stringify(tree)) !== canonical(example.html)) failed.push(example.number);
    }
    const passed = specExamples.length - failed.length;
    console.info(`CommonMark ${passed}/${specExamples.length} examples match the spec; differing: ${failed.join(', ')}`);
    expect(passed).toBeGreaterThanOrEqual(632);
  });
});
