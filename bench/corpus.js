// @ts-check
// Generated inputs for the benchmark: many articles, and long documents made
// of the user's article repeated under section headings.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The article's body (front matter removed). */
export function articleBody(root) {
  const text = readFileSync(path.join(root, 'content/article.md'), 'utf8');
  return text.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
}

/** Write `count` articles into `dir`, each the article under its own title. */
export function writeArticles(dir, count, body) {
  mkdirSync(dir, { recursive: true });
  for (let index = 1; index <= count; index++) {
    writeFileSync(
      path.join(dir, `article-${String(index).padStart(3, '0')}.md`),
      `---\ntitle: Article ${index}\nlang: en\n---\n\n${body}\n`,
    );
  }
}

/** Write a long document of `sections` sections (each the article's body) to `file`. */
export function writeLongDocument(file, sections, body) {
  const parts = Array.from({ length: sections }, (_, index) => `## Section ${index + 1}\n\n${body}`);
  writeFileSync(file, `---\ntitle: A Long Document\nlang: en\n---\n\n${parts.join('\n\n')}\n`);
}

/** Write the book at `source` to `file`, its body repeated `times` times under its one front matter. */
export function writeRepeatedBook(source, file, times) {
  const text = readFileSync(source, 'utf8');
  const matter = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
  const body = text.slice(matter.length).trim();
  writeFileSync(file, `${matter}\n${Array.from({ length: times }, () => body).join('\n\n')}\n`);
}
