import { createRequire } from 'node:module';

/** One example of the CommonMark specification (`commonmark-spec` package), tabs restored. */
export interface SpecExample {
  readonly number: number;
  readonly section: string;
  readonly markdown: string;
  readonly html: string;
}

const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] };

/** The 652 examples of CommonMark 0.31.2, written by the spec's authors (the spec shows tabs as `→`). */
export const specExamples: readonly SpecExample[] = spec.tests.map((example) => ({
  ...example,
  markdown: example.markdown.replace(/→/g, '\t'),
  html: example.html.replace(/→/g, '\t'),
}));

/** An example as a Folio document: front matter added, the example's text untouched. */
export function asDocument(example: SpecExample): string {
  return `---\ntitle: Example ${example.number}\n---\n\n${example.markdown}`;
}
