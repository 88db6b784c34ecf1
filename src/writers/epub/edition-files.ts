import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { unified } from 'unified';
import { linkFiles } from '../../hast/link-files.js';
import type { EditionFile } from '../../model.js';
import rehypeEpubFootnotes from '../../plugins/rehype-epub-footnotes.js';
import type { Labels } from '../../locale/labels.js';
import { chapterFile, splitSectionsInPlace } from './epub-split.js';
import { cloneTree } from '../../hast/clone-tree.js';

/**
 * The XHTML files of the e-reader edition (`Rendered.ereader`), notes made
 * pop-ups: one tree (a document) split into files by section
 * (`splitSections`; the copy made for the notes is split in place); several (a collection's articles) a file each, titled
 * by their headline, their links to one another's ids pointed at the file
 * that holds them (`chapter-2.xhtml#c2-methods`). Pure.
 */
export function editionFiles(ereader: readonly Root[], title: string, labels: Labels): EditionFile[] {
  const [only, ...more] = ereader;
  if (only && more.length === 0) return splitSectionsInPlace(withNotes(only, labels), { title });
  const files = ereader.map((tree, index) => {
    const headline = selectAll('h1', tree)[0];
    const articleTitle = headline ? toString(headline).replace(/\s+/g, ' ').trim() : `${index + 1}`;
    const [section] = splitSectionsInPlace(withNotes(tree, labels), { title: articleTitle, minLength: Number.POSITIVE_INFINITY });
    return { title: articleTitle, tree: section?.tree ?? tree, filename: chapterFile(index) };
  });
  linkFiles(files);
  return files;
}

/** A copy of the e-reader edition with notes made pop-ups: the caller's own, to split in place. */
function withNotes(tree: Root, labels: Labels): Root {
  return unified().use(rehypeEpubFootnotes, { label: labels.notes, backLabel: labels.backToText }).runSync(cloneTree(tree));
}
