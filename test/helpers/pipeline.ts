import { VFile } from 'vfile';
import type { Meta, Publication } from '../../src/model.js';
import { parse } from '../../src/pipeline/parse.js';
import { resolveMeta } from '../../src/pipeline/meta.js';
import { transform } from '../../src/pipeline/transform.js';

/** A Markdown string through parse and transform, in memory, as `load` would hand it over. */
export async function prepare(markdown: string, path = 'content/doc.md', sourceDateEpoch?: number): Promise<Publication & { meta: Meta }> {
  const file = new VFile({ path, value: markdown });
  file.data.outputName = 'doc';
  file.data.projectRoot = 'content';
  const mdast = parse(file);
  const hast = await transform(mdast, file);
  const matter = file.data.matter ?? { title: '', lang: 'en' };
  const meta = resolveMeta(matter, { source: markdown, sourceDateEpoch, now: new Date('2000-01-01T00:00:00Z') });
  return { meta, chapters: [{ file, mdast, hast, meta }], assets: new Map() };
}
