import { EPub, type Options } from 'epub-gen-memory';
import { stringify } from '../pipeline/stringify.js';
import { epubPackage, type EpubChapter, type EpubPackage } from './epub-package.js';
import type { Writer } from './writer.js';

/**
 * epub-gen-memory with Folio's post-step: the library renders Folio's
 * templates and assembles the zip; before it is written, every entry gets
 * the document's date (the library stamps "now", which breaks reproducible
 * builds) and the `mimetype` entry stays first and stored.
 */
class FolioEpub extends EPub {
  async bytes(modified: Date): Promise<Uint8Array> {
    await this.render();
    for (const entry of Object.values(this.zip.files)) entry.date = modified;
    return this.zip.generateAsync({
      type: 'uint8array',
      mimeType: 'application/epub+zip',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    });
  }
}

/** The e-reader edition as an EPUB 3 package built from Folio's own templates. */
export const writeEpub: Writer = async (document, { theme }) => {
  const { meta } = document.publication;
  const chapters: EpubChapter[] = [{ id: 'chapter-1', filename: 'chapter-1.xhtml', title: meta.title, tree: document.ereader }];
  const folio: EpubPackage = epubPackage(meta, chapters);
  const options: Options & { folio: EpubPackage } = {
    title: meta.title,
    author: [...meta.authors],
    description: meta.description ?? '',
    lang: meta.lang,
    date: meta.modified.toISOString(),
    css: theme.ereader.css,
    contentOPF: theme.epub.contentOpf,
    tocXHTML: theme.epub.nav,
    tocNCX: theme.epub.ncx,
    chapterXHTML: theme.epub.chapter,
    prependChapterTitles: false,
    ignoreFailedDownloads: false,
    verbose: false,
    version: 3,
    folio,
  };
  const content = chapters.map((chapter) => ({
    id: chapter.id,
    title: chapter.title,
    filename: chapter.filename,
    content: stringify(chapter.tree, { xml: true }),
  }));
  return [{ bytes: await new FolioEpub(options, content).bytes(meta.modified) }];
};
