import { EPub, type Options } from 'epub-gen-memory';
import type { EditionFile } from '../../model.js';
import type { Rendered } from '../../pipeline/render.js';
import { coverBody, coverImage } from './epub-cover.js';
import { embedImages, imageFile, type EpubFile } from './epub-images.js';
import { labelsFor } from '../../locale/labels.js';
import { epubPackage, manifestId, type EpubPackage } from './epub-package.js';
import { editionFiles } from './edition-files.js';
import { toXhtml } from './epub-xhtml.js';
import type { Writer, WriterContext } from '../writer.js';

/** Media types whose data is compressed already: deflating them again costs time and saves nothing. */
const compressed = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'font/woff', 'font/woff2']);

/**
 * epub-gen-memory with Folio's post-step: the library renders Folio's
 * templates and assembles the zip; then the images go in from memory (the
 * library would fetch them by URL and rename them at random), and every entry
 * gets the document's date (the library stamps "now") so that builds are
 * reproducible. The `mimetype` entry stays first and stored, and so do
 * images that are compressed already.
 */
class FolioEpub extends EPub {
  async bytes(files: readonly EpubFile[], modified: Date): Promise<Uint8Array> {
    await this.render();
    for (const file of files) {
      this.zip.file(`OEBPS/${file.href}`, file.bytes, { binary: true, compression: compressed.has(file.type) ? 'STORE' : 'DEFLATE' });
    }
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
export const writeEpub: Writer = async (document, context) => {
  const { meta } = document.publication;
  const label = labelsFor(meta.lang);
  // Start on the cover first: it may have to wait for Chromium to start.
  const cover = coverImage(document.publication, context.theme, context.browser, context.cache);
  cover.catch(() => undefined);
  const sections = editionFiles(document.ereader, meta.title, label);
  const images = embedImages(
    sections.map((section) => section.tree),
    document.publication.assets,
  );
  const coverFile = imageFile(await cover);
  images.set(coverFile.href, coverFile);
  const coverPage: EditionFile = { filename: 'cover.xhtml', title: label.cover, tree: coverBody(coverFile.href, meta, label.cover) };
  const files = [...images.values()].sort((a, b) => (a.href < b.href ? -1 : 1));
  const folio = epubPackage(meta, sections, { cover: { page: coverPage, imageId: coverFile.id }, items: files });
  const epub = new FolioEpub(
    options(document, context, folio),
    [coverPage, ...sections].map((section) => libraryChapter(section, folio)),
  );
  return { artifacts: [{ bytes: await epub.bytes(files, meta.modified) }], warnings: [] };
};

function options(document: Rendered, { theme }: WriterContext, folio: EpubPackage): Options & { folio: EpubPackage } {
  const { meta } = document.publication;
  return {
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
}

/**
 * A chapter for the library. Its `content` stays empty: the library would
 * strip attributes it does not know (`start`, `data-*`, `epub:type` on
 * nested elements) and fetch images; Folio's chapter template prints `body`.
 */
function libraryChapter(file: EditionFile, folio: EpubPackage): Record<string, unknown> & { content: string } {
  return { id: manifestId(file), title: file.title, filename: file.filename, content: '', body: toXhtml(file.tree), dir: folio.dir };
}
