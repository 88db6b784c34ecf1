import { visit } from 'unist-util-visit';
import { fromXml } from 'xast-util-from-xml';
import type JSZip from 'jszip';
import { entryText } from './tools.js';

/**
 * The content documents of an EPUB in reading order: the spine's XHTML files,
 * less the navigation document (`properties="nav"`) and the cover.
 */
export async function epubContentDocuments(zip: JSZip): Promise<string[]> {
  const opfPath = /full-path="([^"]+)"/.exec(await entryText(zip, 'META-INF/container.xml'))?.[1] ?? 'OEBPS/content.opf';
  const folder = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/') + 1) : '';
  const opf = fromXml(await entryText(zip, opfPath));
  const elements = (name: string): Record<string, string>[] => {
    const found: Record<string, string>[] = [];
    visit(opf, 'element', (node) => {
      if (node.name === name) found.push(Object.fromEntries(Object.entries(node.attributes).map(([key, value]) => [key, value ?? ''])));
    });
    return found;
  };
  const items = new Map(elements('item').map((item) => [item['id'], item]));
  const documents = elements('itemref')
    .map((ref) => items.get(ref['idref']))
    .filter((item): item is Record<string, string> => item?.['media-type'] === 'application/xhtml+xml')
    .filter(
      (item) =>
        !(item['properties'] ?? '').split(' ').includes('nav') && item['id'] !== 'cover' && !/(^|\/)cover\.xhtml$/.test(item['href'] ?? ''),
    );
  return Promise.all(documents.map((item) => entryText(zip, folder + (item['href'] ?? ''))));
}

/** The names of an EPUB's chapter files (`OEBPS/chapter-<n>.xhtml`), in the order of their numbers. */
export function epubChapters(zip: JSZip): string[] {
  const number = (name: string): number => Number(/(\d+)\.xhtml$/.exec(name)?.[1]);
  return Object.keys(zip.files)
    .filter((name) => /^OEBPS\/chapter-\d+\.xhtml$/.test(name))
    .sort((a, b) => number(a) - number(b));
}

/** The text of every XHTML file of an EPUB (chapters, cover, navigation), one after another. */
export async function epubXhtml(zip: JSZip): Promise<string> {
  const names = Object.keys(zip.files).filter((name) => name.endsWith('.xhtml'));
  return (await Promise.all(names.map((name) => entryText(zip, name)))).join('\n');
}
