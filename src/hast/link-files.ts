import type { Element } from 'hast';
import type { EditionFile } from '../model.js';
import { visit } from 'unist-util-visit';
import { fragmentTarget } from './links.js';

/**
 * Point every `#id` link at the file that holds the id, as `file.xhtml#id`,
 * when that is another file of the edition: an EPUB split per section, or a
 * collection's articles, one file each. Links whose id no file holds stay
 * as they are. Changes the trees in place.
 */
export function linkFiles(files: readonly Pick<EditionFile, 'filename' | 'tree'>[]): void {
  const holders = new Map<string, string>();
  for (const file of files) {
    visit(file.tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id === 'string' && !holders.has(id)) holders.set(id, file.filename);
    });
  }
  for (const file of files) {
    visit(file.tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      const id = fragmentTarget(href.slice(1), holders);
      const holder = id === undefined ? undefined : holders.get(id);
      if (holder !== undefined && holder !== file.filename) node.properties['href'] = `${holder}${href}`;
    });
  }
}
