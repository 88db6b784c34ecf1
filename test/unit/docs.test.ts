import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectionKeys } from '../../src/config/collection.js';
import { configKeys } from '../../src/config/config.js';
import { frontMatterKeys } from '../../src/front-matter/front-matter.js';
import { otherToolKeys } from '../../src/front-matter/other-tools.js';

describe('docs/front-matter.md', () => {
  it('documents every front matter key the schema accepts, and no other', () => {
    const doc = readFileSync(new URL('../../docs/front-matter.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| `([a-zA-Z]+)` \|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual([...frontMatterKeys].sort());
  });

  it('lists every other tool\'s key that Folio ignores silently, tool by tool', () => {
    const doc = readFileSync(new URL('../../docs/front-matter.md', import.meta.url), 'utf8');
    for (const [tool, keys] of Object.entries(otherToolKeys)) {
      const line = doc.split('\n').find((text) => text.startsWith(`- **${tool}:** `)) ?? '';
      expect([...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]).filter((key) => key !== 'layout' && key !== 'author'), tool).toEqual(keys);
    }
  });
});

describe('docs/configuration.md', () => {
  const doc = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
  const keysOf = (section: string): string[] => {
    const text = doc.split(/^## /m).find((part) => part.startsWith(`${section}\n`)) ?? '';
    return [...text.matchAll(/^\| `([a-zA-Z]+)` \|/gm)].map((match) => match[1] ?? '');
  };

  it('documents every config file option, and no other', () => {
    expect(keysOf('Options').sort()).toEqual([...configKeys].sort());
  });

  it('documents every key of a collection, and no other', () => {
    expect(keysOf('Collections').sort()).toEqual([...collectionKeys].sort());
  });
});

describe('docs/constructs.md', () => {
  it('shows every construct source verbatim with its printed picture (rebuild: node scripts/docs-constructs.js)', () => {
    const page = readFileSync(new URL('../../docs/constructs.md', import.meta.url), 'utf8');
    const sources = readdirSync(new URL('../../docs/constructs/', import.meta.url)).filter((name) => name.endsWith('.md'));
    expect(sources.length).toBeGreaterThanOrEqual(12);
    for (const name of sources) {
      const body = readFileSync(new URL(`../../docs/constructs/${name}`, import.meta.url), 'utf8').replace(/^---\n[\s\S]*?\n---\n\n/, '').trimEnd();
      expect(page, name).toContain(body);
      const picture = `images/${name.replace(/\.md$/, '.png')}`;
      expect(page).toContain(`](${picture})`);
      expect(existsSync(new URL(`../../docs/${picture}`, import.meta.url)), picture).toBe(true);
    }
  });
});
