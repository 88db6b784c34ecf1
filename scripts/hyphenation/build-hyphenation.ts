/**
 * Make Folio's Chromium hyphenation dictionaries: one `hyph-<locale>.hyb` for
 * every pattern set of the `hyphen` package that loads, and `NOTICE.md`.
 * Run by `scripts/build-hyphenation.js` (`npm run compile`); the output is the
 * same bytes for the same inputs.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { texMinimums } from '../../src/locale/hyphenation-minimums.js';
import { buildHyb } from './hyb-writer.js';
import { loadHyphenPatterns, type Patterns } from './hyphen-patterns.js';
import { notice, type Written } from './notice.js';
import { aliases, patternSources, skipped, type PatternSource } from './pattern-sources.js';

/** Where the patterns are and where the dictionaries go. */
export interface BuildHyphenationOptions {
  /** `node_modules/hyphen`. */
  readonly hyphenDir: string;
  /** The folder to (re)write: `hyphenation/`. */
  readonly outDir: string;
}

/** What was written. */
export interface BuildHyphenationResult {
  readonly files: readonly Written[];
  readonly skipped: readonly string[];
}

/** Build every dictionary into `outDir`, which is emptied first. */
export async function buildHyphenation({ hyphenDir, outDir }: BuildHyphenationOptions): Promise<BuildHyphenationResult> {
  const patternsDir = path.join(hyphenDir, 'patterns');
  const codes = (await readdir(patternsDir))
    .filter((name) => /^[a-z]{2,3}(-[a-z0-9]+)*\.js$/.test(name))
    .map((name) => name.slice(0, -'.js'.length))
    .sort();
  const known = new Map(patternSources.map((source) => [source.code, source]));
  const loaded = new Map<string, Patterns>();
  const left: string[] = [];
  for (const code of codes) {
    if (skipped.has(code)) {
      left.push(code);
      continue;
    }
    try {
      loaded.set(code, await loadHyphenPatterns(path.join(patternsDir, `${code}.js`)));
    } catch {
      left.push(code);
    }
  }
  const jobs: { name: string; source: PatternSource; patterns: Patterns }[] = [];
  for (const [code, patterns] of loaded) {
    const source = known.get(code) ?? { code, language: code };
    jobs.push({ name: source.chromium ?? code, source, patterns });
  }
  for (const [name, code] of Object.entries(aliases)) {
    const patterns = loaded.get(code);
    const source = known.get(code);
    if (patterns && source) jobs.push({ name, source, patterns });
  }
  jobs.sort((a, b) => a.name.localeCompare(b.name, 'en'));

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const files: Written[] = [];
  for (const { name, source, patterns } of jobs) {
    const { bytes } = buildHyb({ ...patterns, ...texMinimums(source.code), locale: source.code.split('-')[0] ?? source.code });
    const file = `hyph-${name}.hyb`;
    await writeFile(path.join(outDir, file), bytes);
    files.push({ file, source, bytes: bytes.length });
  }
  const manifest: unknown = JSON.parse(await readFile(path.join(hyphenDir, 'package.json'), 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? String(manifest.version) : 'unknown';
  const hyphen = { version, licence: await readFile(path.join(hyphenDir, 'LICENSE'), 'utf8') };
  await writeFile(path.join(outDir, 'NOTICE.md'), notice(files, hyphen, left));
  return { files, skipped: left };
}
