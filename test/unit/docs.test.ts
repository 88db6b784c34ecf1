import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillOptionTables, optionTables, optionTablesCommand } from '../../src/config/fill-option-tables.js';
import { otherToolKeys } from '../../src/front-matter/other-tools.js';

describe('option tables of docs/*.md', () => {
  it(`say what the schemas' descriptions say, each table once (rebuild: ${optionTablesCommand})`, () => {
    const names = readdirSync(new URL('../../docs/', import.meta.url)).filter((name) => name.endsWith('.md'));
    const placed: string[] = [];
    for (const name of names) {
      const doc = readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');
      const { markdown, tables } = fillOptionTables(doc);
      placed.push(...tables);
      expect(doc, `docs/${name} is stale: run \`${optionTablesCommand}\` (or \`npm run docs\`) and commit it`).toBe(markdown);
    }
    expect(placed.sort()).toEqual(Object.keys(optionTables).sort());
  });
});

describe('docs/front-matter.md', () => {
  it("lists every other tool's key that Folio ignores silently, tool by tool", () => {
    const doc = readFileSync(new URL('../../docs/front-matter.md', import.meta.url), 'utf8');
    for (const [tool, keys] of Object.entries(otherToolKeys)) {
      const line = doc.split('\n').find((text) => text.startsWith(`- **${tool}:** `)) ?? '';
      expect(
        [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]).filter((key) => key !== 'layout' && key !== 'author'),
        tool,
      ).toEqual(keys);
    }
  });
});

describe('docs/constructs.md', () => {
  it('shows every construct source verbatim with its printed picture (rebuild: node scripts/docs-constructs.js)', () => {
    const page = readFileSync(new URL('../../docs/constructs.md', import.meta.url), 'utf8');
    const sources = readdirSync(new URL('../../docs/constructs/', import.meta.url)).filter((name) => name.endsWith('.md'));
    expect(sources.length).toBeGreaterThanOrEqual(12);
    for (const name of sources) {
      const body = readFileSync(new URL(`../../docs/constructs/${name}`, import.meta.url), 'utf8')
        .replace(/^---\n[\s\S]*?\n---\n\n/, '')
        .trimEnd();
      expect(page, name).toContain(body);
      const picture = `images/${name.replace(/\.md$/, '.png')}`;
      expect(page).toContain(`](${picture})`);
      expect(existsSync(new URL(`../../docs/${picture}`, import.meta.url)), picture).toBe(true);
    }
  });
});
