import path from 'node:path';
import { ContentError } from '../errors.js';
import type { CollectionSources } from '../collection/find-collections.js';
import type { Source } from '../pipeline/load.js';
import type { WatchBuild } from '../watch/watch.js';
import type { PreviewDocument } from './preview-pages.js';
import type { PreviewEvent } from './preview-server.js';

/** A source's output name, as `load` gives it: `desk/two` for `content/desk/two.md`. */
function documentName(source: Source): string {
  return path.relative(source.root, source.path).replace(/\.md$/i, '').split(path.sep).join('/');
}

/** The documents the preview offers: each source (its path from `cwd`), then each collection. */
export function previewDocuments(sources: readonly Source[], collections: readonly CollectionSources[], cwd: string): PreviewDocument[] {
  return [
    ...sources.map((source) => ({ name: documentName(source), source: path.relative(cwd, source.path) || source.path })),
    // Named as the build reports them (`collection handouts`).
    ...collections.map(({ collection }) => ({ name: collection.name, source: `collection ${collection.name}` })),
  ];
}

/** Remember the title of each source a build wrote (`OutputResult.title`), for the preview's index. */
export function noteTitles(titles: Map<string, string>, build: WatchBuild): void {
  for (const output of build.result.outputs) if (output.title !== undefined) titles.set(output.source, output.title);
}

/** The documents with the titles known so far. */
export function withTitles(documents: readonly PreviewDocument[], titles: ReadonlyMap<string, string>): PreviewDocument[] {
  return documents.map((document) => ({ ...document, title: titles.get(document.source) }));
}

/**
 * What open preview pages need to know of a build: which documents were
 * built, whose PDF was written, and each one's problems as
 * `file:line:column: error: reason` lines (and failures that are not about
 * the content, such as a lost browser). A collection gets its articles' problems.
 */
export function previewEvent(build: WatchBuild, cwd: string): PreviewEvent {
  const documents = previewDocuments(build.sources, build.collections, cwd);
  const names = new Map<string, string[]>();
  const link = (source: string, name: string): void => void names.set(source, [...(names.get(source) ?? []), name]);
  for (const document of documents) link(document.source, document.name);
  for (const { collection, articles } of build.collections)
    for (const article of articles) link(path.relative(cwd, article.path), collection.name);
  const problems: Record<string, string[]> = {};
  const add = (source: string, line: string): void => {
    for (const name of names.get(source) ?? []) (problems[name] ??= []).push(line);
  };
  for (const message of build.result.messages) {
    const place = message.line === undefined ? '' : `:${message.line}:${message.column ?? 1}`;
    add(String(message.file), `${message.file}${place}: ${message.fatal ? 'error' : 'warning'}: ${message.reason}`);
  }
  const written = new Set<string>();
  for (const output of build.result.outputs) {
    if (output.format !== 'pdf') continue;
    if (output.path !== undefined) for (const name of names.get(output.source) ?? []) written.add(name);
    else if (output.error && !(output.error instanceof ContentError))
      add(output.source, `${output.source}: pdf failed: ${output.error.message}`);
  }
  return { documents: documents.map((document) => document.name), written: [...written], problems };
}
