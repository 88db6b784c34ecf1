import * as v from 'valibot';
import { formats } from '../model.js';
import { CollectionOptions } from './collection.js';
import { LanguageTag } from '../front-matter/front-matter.js';
import { PrintOptions } from './print-settings.js';

/** The longest timer Node.js keeps: 2^31 - 1 ms. */
export const maxTimeout = 2_147_483_647;

/**
 * Default largest Markdown file, in bytes: 10 MB, which took 1.8 GB of memory to build into HTML
 * (20 MB passed 3 GB, 50 MB ran out of memory at 4.6 GB).
 */
export const defaultMaxInputSize = 10_000_000;

/** The last second of the year 9999, the latest date a PDF or EPUB date can say. */
export const maxEpoch = 253_402_300_799;

/** Options of a build, as given to `build()` or by the command line. Descriptions document each option. */
export const BuildOptions = v.object({
  inputs: v.optional(
    v.pipe(
      v.array(v.string()),
      v.description(
        'Markdown files, folders of them (searched for `*.md`), or globs such as `"content/**/*.md"`. Default `content`; `[]` when only collections are built. Paths given on the command line replace it.',
      ),
    ),
  ),
  outDir: v.optional(
    v.pipe(v.string(), v.description('Folder outputs are written to (subfolders of the content mirrored). Default `out`. Flag `--out`.')),
  ),
  formats: v.optional(
    v.pipe(
      v.array(v.picklist(formats, 'must be `pdf`, `epub` or `html`'), 'must be a list of formats, such as `["pdf", "epub"]`'),
      v.minLength(1, 'must name at least one format'),
      v.description('Formats to write: any of `pdf`, `epub`, `html`. Default all. Flag `--format`.'),
    ),
  ),
  theme: v.optional(v.pipe(v.string(), v.description('Theme name: a folder of `themesDir`. Default `default`. Flag `--theme`.'))),
  themesDir: v.optional(
    v.pipe(
      v.string(),
      v.description(
        "Folder holding themes (copy Folio's `templates/default` into it to start one: see docs/configuration.md#themes). Default Folio's own `templates/`.",
      ),
    ),
  ),
  executablePath: v.optional(
    v.pipe(v.string(), v.description('Chrome or Chromium to print with. Default: found automatically. Flag `--browser`.')),
  ),
  browserEndpoints: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.regex(/^wss?:\/\/./, 'must be a `ws://` or `wss://` DevTools endpoint'))),
      v.description(
        'Running browsers to print with (`ws://host:port/devtools/browser/<id>`); documents are spread across them (see docs/fleet.md). Default: launch one. Flag `--browser-endpoint`.',
      ),
    ),
  ),
  concurrency: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1),
      v.description('Documents built at once. Default the number of cores. Flag `--concurrency`.'),
    ),
  ),
  timeout: v.optional(
    v.pipe(
      v.number(),
      v.minValue(1),
      // Node's timers hold at most 2^31 - 1 ms (about 24.8 days); a larger one fires at once (issue 16).
      v.maxValue(maxTimeout, `must be at most ${maxTimeout} ms (about 24 days)`),
      v.description('Milliseconds a page may take to load. Default 60000; at most 2147483647 (about 24 days).'),
    ),
  ),
  maxInputSize: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1),
      v.description(
        'Largest Markdown file read, in bytes: a larger one is refused with an error naming it, and the rest of the batch builds. Default 10000000 (10 MB), which takes about 1.8 GB of memory to build; memory grows with the size.',
      ),
    ),
  ),
  sourceDateEpoch: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(0),
      v.maxValue(maxEpoch, `must be at most ${maxEpoch} (the end of the year 9999)`),
      v.description(
        'Seconds since 1970 stamped on outputs, for reproducible builds. Default the `SOURCE_DATE_EPOCH` environment variable.',
      ),
    ),
  ),
  strict: v.optional(
    v.pipe(
      v.boolean(),
      v.description(
        'Treat warnings as errors, for CI: a document with a warning writes nothing, and the build fails (the command exits 1). Default `false`. Flag `--strict`.',
      ),
    ),
  ),
  allowNetwork: v.optional(
    v.pipe(
      v.boolean(),
      v.description(
        'Fetch images given as `http(s)://` URLs and embed them. Default `false`: each is shown as its alt text, with a warning. Flag `--allow-network`.',
      ),
    ),
  ),
  lang: v.optional(
    v.pipe(
      LanguageTag,
      v.description(
        'Language (BCP 47, such as `en`, `fr` or `de-CH`) of every article and collection whose front matter gives none. Default `en`. Flag `--lang`.',
      ),
    ),
  ),
  print: v.optional(
    v.pipe(
      PrintOptions,
      v.description('Print edition settings (`paper`, `layout`, `sheet`, `toc`) for every document; front matter overrides them.'),
    ),
  ),
  css: v.optional(
    v.pipe(
      v.array(v.string()),
      v.description(
        "Stylesheets added after the theme's to every document's PDF and HTML (a few rules without forking the theme); front matter `css` comes after them. Flag `--css`, which adds to them.",
      ),
    ),
  ),
  printOverrides: v.optional(
    v.pipe(
      PrintOptions,
      v.description("Print edition settings that win over front matter (the command line's `--paper`, `--layout` and `--sheet`)."),
    ),
  ),
  collections: v.optional(
    v.pipe(
      v.array(CollectionOptions),
      v.description(
        'Books made of several articles (a handout pack, an anthology), each written to `<outDir>/<name>.pdf`, `.epub` and `.html`: see docs/configuration.md#collections.',
      ),
    ),
  ),
  contentRoots: v.optional(
    v.pipe(
      v.array(v.string()),
      v.description(
        "Content folders outputs are named relative to: a Markdown file below one of them is written to the same path below `outDir` whether it is built alone, with its folder or by a glob (`content/harbour/report.md` → `out/harbour/report.pdf`). Default the folders of `inputs` (a glob's folder before its first wildcard), then `content/`, also when paths on the command line or `build()` name single files.",
      ),
    ),
  ),
  shard: v.optional(
    v.pipe(
      v.strictObject({
        index: v.pipe(v.number(), v.integer(), v.minValue(1)),
        count: v.pipe(v.number(), v.integer(), v.minValue(1)),
      }),
      v.check((shard) => shard.index <= shard.count, 'must have an `index` from 1 to `count`'),
      v.description(
        'Build only part `index` of `count` of the batch (`{ index: 2, count: 4 }`), so that machines of a CI matrix share it: documents are dealt out in order of their paths, a collection goes whole to one part. Flag `--shard 2/4`.',
      ),
    ),
  ),
  cwd: v.optional(v.pipe(v.string(), v.description('Folder relative paths start from. Default the current one.'))),
});

/** Options of a build. */
export type BuildOptions = v.InferInput<typeof BuildOptions>;
