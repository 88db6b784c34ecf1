import { describe, expect, it } from 'vitest';
import { resolveMeta, uuidUrn } from '../../src/pipeline/meta.js';

const now = new Date('2030-01-01T00:00:00Z');

describe('resolveMeta', () => {
  it('derives a stable urn:uuid from the content when no identifier is given', () => {
    const first = resolveMeta({ title: 'T', lang: 'en' }, { source: 'same text', now });
    const second = resolveMeta({ title: 'T', lang: 'en' }, { source: 'same text', now });
    expect(first.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first.id).toBe(second.id);
    expect(uuidUrn('other text')).not.toBe(first.id);
  });

  it('keeps an explicit identifier', () => {
    expect(resolveMeta({ title: 'T', lang: 'en', identifier: 'isbn:9780000000000' }, { source: '', now }).id).toBe('isbn:9780000000000');
  });

  it('dates outputs from SOURCE_DATE_EPOCH, else the front matter date, else now', () => {
    expect(
      resolveMeta({ title: 'T', lang: 'en', date: '2024-02-25' }, { source: '', now, sourceDateEpoch: 86_400 }).modified.toISOString(),
    ).toBe('1970-01-02T00:00:00.000Z');
    expect(resolveMeta({ title: 'T', lang: 'en', date: '2024-02-25' }, { source: '', now }).modified.toISOString()).toBe(
      '2024-02-25T00:00:00.000Z',
    );
    expect(resolveMeta({ title: 'T', lang: 'en' }, { source: '', now }).modified).toBe(now);
  });

  it('normalises authors and keywords to lists', () => {
    const meta = resolveMeta({ title: 'T', lang: 'en', author: 'Ada', keywords: 'mice, stem cells ,,' }, { source: '', now });
    expect(meta.authors).toEqual(['Ada']);
    expect(meta.keywordList).toEqual(['mice', 'stem cells']);
  });
});
