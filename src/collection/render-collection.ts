import type { Element, Root } from 'hast';
import type { PrintSettings } from '../config/print-settings.js';
import type { Chapter, Meta, Publication } from '../model.js';
import type { Theme } from '../theme/theme.js';
import { chapterFile, chapterId, printChapter } from './assemble-collection.js';
import { linkFiles } from '../hast/link-files.js';
import { renderEdition, type Rendered } from '../pipeline/render.js';

/**
 * Render a collection (a publication with one chapter per article, whose
 * meta is the book's). Print: the book's title block and table of contents,
 * then each article as a chapter starting on a new page (see
 * `printChapter`). E-reader: each article in the theme's e-reader template
 * with its own title block, one tree per XHTML file, whose links to another
 * article's ids name that article's file (`chapter-2.xhtml#c2-methods`).
 * Pure.
 */
export function renderCollection(publication: Publication, articles: readonly Meta[], theme: Theme, printSettings: PrintSettings): Rendered {
  const sections: Element[] = publication.chapters.map((chapter, index) => printChapter(chapter, articles[index] ?? publication.meta, index));
  const first = publication.chapters[0] as Chapter;
  const book: Publication = { ...publication, chapters: [{ ...first, hast: { type: 'root', children: sections } }] };
  const ereaderChapters = publication.chapters.map((chapter, index) =>
    startsAt(renderEdition({ ...publication, meta: articles[index] ?? publication.meta, chapters: [chapter] }, theme, 'ereader'), chapterId(index)),
  );
  // All articles in one tree, where `#id` links work as they are.
  const ereader: Root = { type: 'root', children: ereaderChapters.flatMap((tree) => structuredClone(tree.children)) };
  linkFiles(ereaderChapters.map((tree, index) => ({ filename: chapterFile(index), tree })));
  return { publication, print: renderEdition(book, theme, 'print', printSettings), ereader, ereaderChapters, printSettings };
}

/** The tree with its outermost element (the template's) carrying the chapter's start id, which links to the article lead to. */
function startsAt(tree: Root, id: string): Root {
  const outer = tree.children.find((node): node is Element => node.type === 'element');
  if (outer) outer.properties['id'] = id;
  return tree;
}
