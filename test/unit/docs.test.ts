import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frontMatterKeys } from '../../src/config/front-matter.js';

describe('docs/front-matter.md', () => {
  it('documents every front matter key the schema accepts, and no other', () => {
    const doc = readFileSync(new URL('../../docs/front-matter.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| `([a-zA-Z]+)` \|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual([...frontMatterKeys].sort());
  });
});
