import { describe, expect, it } from 'vitest';
import type { Cache } from '../../src/fs/cache.js';
import { printedPagesKey, readPrintedPages, writePrintedPages } from '../../src/writers/pdf/printed-pages.js';

function memoryCache(): Cache & { readonly files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    read: (key) => Promise.resolve(files.get(key)),
    write: (key, bytes) => {
      files.set(key, bytes);
      return Promise.resolve();
    },
  };
}

describe('the pages of an earlier print', () => {
  it('are kept and read back under a key of the sources, the print settings and the headings', async () => {
    const cache = memoryCache();
    const key = printedPagesKey(['/book/a.md'], { paper: 'A4' }, ['intro', 'двигатель']);
    await writePrintedPages(cache, key, {
      pages: new Map([
        ['intro', 2],
        ['двигатель', 5],
      ]),
      pageCount: 9,
    });
    expect(await readPrintedPages(cache, key)).toEqual({
      pages: new Map([
        ['intro', 2],
        ['двигатель', 5],
      ]),
      pageCount: 9,
    });
    expect(printedPagesKey(['/book/a.md'], { paper: 'A5' }, ['intro', 'двигатель'])).not.toBe(key);
    expect(printedPagesKey(['/book/a.md'], { paper: 'A4' }, ['intro'])).not.toBe(key);
    expect(printedPagesKey(['/book/b.md'], { paper: 'A4' }, ['intro', 'двигатель'])).not.toBe(key);
  });

  it('are none when nothing or something else is kept', async () => {
    const cache = memoryCache();
    expect(await readPrintedPages(cache, 'missing')).toBeUndefined();
    for (const text of ['not json', '[]', '{"pageCount": 2, "pages": [["a", "2"]]}', '{"pages": [["a", 2]]}', 'null']) {
      cache.files.set('bad', new TextEncoder().encode(text));
      expect(await readPrintedPages(cache, 'bad'), text).toBeUndefined();
    }
  });
});
