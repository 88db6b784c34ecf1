import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { VFile } from 'vfile';
import type { FrontMatter } from './front-matter/front-matter.js';
import type { Direction } from './locale/direction.js';

/** An output format Folio can write. */
export type Format = 'pdf' | 'epub' | 'html';

/** Every format, in the order outputs are reported. */
export const formats: readonly Format[] = ['pdf', 'epub', 'html'];

/** The two editions a document is rendered for. */
export type Edition = 'print' | 'ereader';

/**
 * Document metadata, resolved from front matter with defaults applied and
 * derived values filled in, so that writers never have to guess.
 */
export interface Meta extends FrontMatter {
  /** Direction of the text: front matter `dir`, else the language's (`src/locale/direction.ts`). */
  readonly dir: Direction;
  /** Authors, always a list (front matter allows one string). */
  readonly authors: readonly string[];
  /** Keywords, always a list (front matter allows a comma-separated string). */
  readonly keywordList: readonly string[];
  /** `urn:uuid:` identifier: front matter `identifier`, else derived from the content. */
  readonly id: string;
  /** The instant outputs are stamped with: `SOURCE_DATE_EPOCH`, else the front matter date, else now. */
  readonly modified: Date;
}

/** Bytes and what they are (a media type): a stylesheet, a font, an image, a page to print. */
export interface Asset {
  readonly bytes: Uint8Array;
  readonly type: string;
}

/** One Markdown source, the trees made from it, and its metadata. */
export interface Chapter {
  readonly file: VFile;
  readonly mdast: MdastRoot;
  /** The document body as HTML syntax tree, shared by both editions. */
  readonly hast: HastRoot;
  /** The source's own metadata (in a collection, the article's; the book's is `Publication.meta`). */
  readonly meta: Meta;
}

/** One file of an edition: an XHTML file of the EPUB, named, titled, with its tree. */
export interface EditionFile {
  readonly filename: string;
  readonly title: string;
  readonly tree: HastRoot;
}

/** A file the document refers to (an image, the cover), read into memory by the assets stage. */
export interface ContentAsset extends Asset {
  /** Where it came from: the path relative to the project folder, or the URL of a remote file. */
  readonly source: string;
}

/** The document model every stage after `parse` works on. */
export interface Publication {
  readonly meta: Meta;
  readonly chapters: readonly Chapter[];
  /**
   * Every image the document uses, keyed by the reference exactly as written
   * (an `<img src>` or the front matter `cover`), so writers embed from
   * memory and never read the disk or the network themselves.
   */
  readonly assets: ReadonlyMap<string, ContentAsset>;
}

declare module 'vfile' {
  interface DataMap {
    /** Front matter as validated by the schema (set by `parse`). */
    matter: FrontMatter;
    /** Path of the output without extension, relative to the output folder, e.g. `news/article`. */
    outputName: string;
    /**
     * The project the Markdown file belongs to (set by `load`, found by
     * `findProjectRoot`): absolute, or relative to the vfile's `cwd`. Its
     * images must stay inside it, and a site-absolute `/img/x.png` starts there.
     */
    projectRoot: string;
  }
}

declare module 'mdast' {
  /** Hugo's TOML front matter between `+++` lines, as remark-frontmatter reads it. */
  interface Toml extends Literal {
    type: 'toml';
  }

  interface FrontmatterContentMap {
    toml: Toml;
  }

  interface RootContentMap {
    toml: Toml;
  }
}
