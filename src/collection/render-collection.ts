import type { Element, Root } from 'hast';
import type { PrintSettings } from '../config/print-settings.js';
import type { Publication } from '../model.js';
import { renderEdition, type Rendered } from '../pipeline/render.js';
import type { Theme } from '../theme/theme.js';
import { chapterId, printChapter } from './assemble-collection.js';

/**
 * Render a collection (a publication with one chapter per article, whose
 * meta is the book's, each chapter carrying its article's). Print: the
 * book's title block and table of contents, then each article as a chapter
 * starting on a new page (see `printChapter`). E-reader: each article in
 * the theme's e-reader template with its own title block, one tree per
 * article, which the EPUB writer makes a file each. Pure.
 */
export function renderCollection(publication: Publication, theme: Theme, printSettings: PrintSettings): Rendered {
  const sections: Element[] = publication.chapters.map((chapter, index) => printChapter(chapter, index));
  const [first] = publication.chapters;
  const book: Publication = first ? { ...publication, chapters: [{ ...first, hast: { type: 'root', children: sections } }] } : publication;
  const ereader = publication.chapters.map((chapter, index) =>
    startsAt(renderEdition({ ...publication, meta: chapter.meta, chapters: [chapter] }, theme, 'ereader'), chapterId(index)),
  );
  return { publication, print: renderEdition(book, theme, 'print', printSettings), ereader, printSettings };
}

/** The tree with its outermost element (the template's) carrying the chapter's start id, which links to the article lead to. */
function startsAt(tree: Root, id: string): Root {
  const outer = tree.children.find((node): node is Element => node.type === 'element');
  if (outer) outer.properties['id'] = id;
  return tree;
}
