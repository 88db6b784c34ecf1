import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { RenderError } from '../../errors.js';
import { extensionOfImageType } from '../../assets/image-types.js';
import type { Asset } from '../../model.js';
import { cleanSvg } from './epub-svg.js';

/** A file put in the EPUB besides the XHTML, with its manifest entry. */
export interface EpubFile extends Asset {
  /** Manifest id, e.g. `img-3f2a9c01b7d4e6a8`. */
  readonly id: string;
  /** Path relative to the package document, e.g. `images/3f2a9c01b7d4e6a8.png`. */
  readonly href: string;
}

/**
 * The EPUB file for an image: SVG cleaned for EPUB, then named after its
 * content, so the same image always gets the same name and is stored once.
 */
export function imageFile(asset: Asset): EpubFile {
  const bytes = asset.type === 'image/svg+xml' ? cleanSvg(asset.bytes) : asset.bytes;
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const extension = extensionOfImageType[asset.type] ?? 'bin';
  return { id: `img-${hash}`, href: `images/${hash}.${extension}`, type: asset.type, bytes };
}

/**
 * Point every `<img>` of the trees at its embedded file (changing the trees)
 * and return the files, keyed by `href`. Every image must be among `assets`
 * (the load stage read them all).
 */
export function embedImages(trees: readonly Root[], assets: ReadonlyMap<string, Asset>): Map<string, EpubFile> {
  const files = new Map<string, EpubFile>();
  const bySource = new Map<string, EpubFile>();
  for (const tree of trees) {
    visit(tree, 'element', (node: Element) => {
      const src = node.properties['src'];
      if (node.tagName !== 'img' || typeof src !== 'string') return;
      let file = bySource.get(src);
      if (!file) {
        const asset = assets.get(src);
        if (!asset) throw new RenderError(`The image \`${src}\` was not loaded before the EPUB was written`);
        file = imageFile(asset);
        bySource.set(src, file);
        files.set(file.href, file);
      }
      node.properties['src'] = file.href;
    });
  }
  return files;
}
