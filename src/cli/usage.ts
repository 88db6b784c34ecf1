/** The text of `folio --help`. */
export const usage = `Usage: folio build [paths or globs...] [options]
       folio init [folder]   scaffold a project: folio.config.mjs, content/article.md, npm scripts

Builds each Markdown file (folders are searched for *.md; quote globs such as
"content/**/*.md") into out/<name>.pdf, out/<name>.epub and out/<name>.html,
and each collection of the config file into out/<collection>.pdf and .epub.
Default path: the config's \`inputs\`, else content/.

Options:
  -f, --format <list>     formats to write, comma-separated: pdf,epub,html (default all)
  -o, --out <dir>         output folder (default out/)
  -c, --config <file>     config file (default folio.config.{ts,mjs,js,cjs,json} in the working
                          folder or the nearest folder above it)
      --theme <name>      theme folder under the config's themesDir, else Folio's templates/ (default "default")
      --browser <path>    Chrome or Chromium to print with (default: found automatically)
      --browser-endpoint <ws://...>
                          print on a running browser instead (repeat or comma-separate
                          for a fleet: documents are spread across them; see docs/fleet.md)
      --concurrency <n>   documents built at once (default: number of cores)
      --paper <size>      PDF paper: a4, a5, letter, ... or 170mm x 240mm (wins over front matter)
      --layout <kind>     handout beside the PDF: none, 2up or booklet (wins over front matter)
      --sheet <size>      paper the handout is printed on (default: A4 or letter when two
                          pages fit on it at full size, else the paper itself)
      --toc               PDF table of contents with page numbers (wins over front matter)
      --css <file>        stylesheet added after the theme's to the PDF and HTML (repeatable;
                          adds to the config's \`css\`)
      --lang <tag>        language of documents whose front matter gives none, such as
                          en, fr or de-CH (default en)
      --allow-network     fetch images given as http(s):// URLs (default: show their alt text)
      --strict            treat warnings as errors: a document with one writes nothing (for CI)
      --json              print a report for machines on stdout: each output (path, bytes, ms)
                          and each message (file, line, column, severity, rule)
      --shard <i/n>       build part i of n of the batch, for a CI matrix (a collection stays
                          in one part; see docs/ci.md)
  -w, --watch             build, then rebuild what changes in the content or theme until Ctrl-C
      --serve             also serve a live preview of each PDF, as it will print (implies --watch)
      --port <n>          preview port on 127.0.0.1 (default 4173, else a free one)
      --open              open the preview in the default browser (or $BROWSER)
  -q, --quiet             print only errors
      --verbose           also print each warning's rule and each output's time per stage
  -h, --help              show this help
  -v, --version           show the version

Paths given on the command line replace the config's \`inputs\`, and then no
collection is built.

Every mistake in the flags or the config file is listed at once, with the
name meant when one is close. In a GitHub Actions job (GITHUB_ACTIONS=true),
each message is also written as an annotation of its file and line.

Exit codes: 0 all written, 1 something failed, 2 wrong usage (flags, config file or theme).
Watching ends with 130 (Ctrl-C).`;
