import { cacheKey, type Cache } from '../../fs/cache.js';

/** Where the headings a document refers to fell in a print of it: the page of each, by id, and the page count. */
export interface PrintedPages {
  readonly pages: ReadonlyMap<string, number>;
  readonly pageCount: number;
}

/**
 * The cache key of a document's printed pages: its sources, its print
 * settings and the headings it refers to. What is kept under it is only a
 * first guess for the next print, which checks it (`printWithPages`), so an
 * edit that moves no heading to another page prints once.
 */
export function printedPagesKey(sources: readonly string[], settings: unknown, ids: readonly string[]): string {
  return cacheKey('pdf-printed-pages-v1', JSON.stringify(settings), ...sources, '\0', ...ids);
}

/** The pages kept under `key`, if any and well-formed. */
export async function readPrintedPages(cache: Cache, key: string): Promise<PrintedPages | undefined> {
  const bytes = await cache.read(key);
  if (bytes === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof value !== 'object' || value === null) return undefined;
    const { pages, pageCount } = value as { pages?: unknown; pageCount?: unknown };
    const entries = Array.isArray(pages) ? pages.filter(isEntry) : [];
    if (!Number.isInteger(pageCount) || entries.length !== (Array.isArray(pages) ? pages.length : -1)) return undefined;
    return { pages: new Map(entries), pageCount: Number(pageCount) };
  } catch {
    return undefined;
  }
}

function isEntry(entry: unknown): entry is [string, number] {
  return Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && Number.isInteger(entry[1]);
}

export function writePrintedPages(cache: Cache, key: string, printed: PrintedPages): Promise<void> {
  const json = JSON.stringify({ pageCount: printed.pageCount, pages: [...printed.pages] });
  return cache.write(key, new TextEncoder().encode(json));
}
