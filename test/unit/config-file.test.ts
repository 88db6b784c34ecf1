import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeOptions } from '../../src/cli/options.js';
import { defineConfig } from '../../src/config/config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { resolvePrintSettings } from '../../src/config/print-settings.js';
import { ConfigError, problemLine } from '../../src/errors.js';
import { project } from '../helpers/project.js';

/** A folder holding `files`, for a config to be looked for in. */
const folder = (files: Record<string, string>): Promise<string> => project(files, 'folio-config-');

/** The `ConfigError` a promise rejects with (the test fails if it resolves or rejects with something else). */
async function failure(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(error)}`);
  return error;
}

describe('loadConfig', () => {
  it('finds folio.config.json in the working folder; its paths start from the config folder', async () => {
    const dir = await folder({ 'folio.config.json': '{ "outDir": "dist", "formats": ["pdf"], "print": { "paper": "a5" } }' });
    const loaded = await loadConfig({ cwd: dir });
    expect(loaded?.path).toBe(path.join(dir, 'folio.config.json'));
    const config = resolveConfig(loaded?.options);
    expect(config.outDir).toBe(path.join(dir, 'dist'));
    expect(config.formats).toEqual(['pdf']);
    expect(config.print.paper?.name).toBe('A5');
  });

  it('returns undefined when there is no config file, and refuses a --config that does not exist', async () => {
    const dir = await folder({});
    expect(await loadConfig({ cwd: dir })).toBeUndefined();
    await expect(loadConfig({ cwd: dir, path: 'nope.json' })).rejects.toThrow('Config file `nope.json` does not exist');
  });

  it('names the file, line, column and key of each problem in a JSON config, and suggests a mistyped key', async () => {
    const json = '{\n  "outdir": "out",\n  "print": {\n    "paper": "b9"\n  },\n  "concurrency": 0\n}\n';
    const dir = await folder({ 'folio.config.json': json });
    const error = await loadConfig({ cwd: dir }).catch((caught: unknown) => caught as Error);
    expect(error).toBeInstanceOf(Error);
    const lines = (error as Error).message.split('\n').slice(1);
    expect(lines[0]).toBe('folio.config.json:2:3: `outdir` is not an option Folio knows (did you mean `outDir`?)');
    expect(lines[1]).toMatch(/^folio\.config\.json:4:5: `print\.paper` must be `a4`/);
    expect(lines[2]).toMatch(/^folio\.config\.json:6:3: `concurrency` /);
  });

  it('gives the line and column of every JSON syntax error, in words, whatever the Node.js version says', async () => {
    const dir = await folder({ 'folio.config.json': '{\n  "outDir": "out",\n}\n' });
    const error = await failure(loadConfig({ cwd: dir }));
    expect(error.messages.map(problemLine)).toEqual([
      'folio.config.json:3:1: not valid JSON: a key in double quotes was expected (JSON allows no comma after the last entry)',
    ]);
    // V8's message for an unexpected token has no position at all (issue 16): the place still comes.
    const token = await folder({ 'folio.config.json': '{\n  "outDir": "out",\n  "formats": [pdf],\n  "theme": mine\n}\n' });
    expect((await failure(loadConfig({ cwd: token }))).messages.map(problemLine)).toEqual([
      'folio.config.json:3:15: not valid JSON: this is not a JSON value (text goes in double quotes)',
      'folio.config.json:4:12: not valid JSON: this is not a JSON value (text goes in double quotes)',
    ]);
  });

  it('reports every unknown key at once, each with its place and the key it is closest to', async () => {
    const json = '{\n  "outdir": "out",\n  "fromats": ["pdf"],\n  "colour": true,\n  "print": { "papr": "a5" }\n}\n';
    const dir = await folder({ 'folio.config.json': json });
    expect((await failure(loadConfig({ cwd: dir }))).messages.map(problemLine)).toEqual([
      'folio.config.json:2:3: `outdir` is not an option Folio knows (did you mean `outDir`?)',
      'folio.config.json:3:3: `fromats` is not an option Folio knows (did you mean `formats`?)',
      'folio.config.json:4:3: `colour` is not an option Folio knows',
      'folio.config.json:5:14: `print.papr` is not an option Folio knows (did you mean `paper`?)',
    ]);
  });

  it('says in words what a value must be, with its line in a JavaScript config', async () => {
    const dir = await folder({ 'folio.config.js': 'export default {\n  outDir: "out",\n  formats: "pdf",\n  concurrency: 0,\n};\n' });
    const error = await failure(loadConfig({ cwd: dir }));
    expect(error.messages.map(problemLine)).toEqual([
      'folio.config.js:3:3: `formats` must be a list of formats, such as `["pdf", "epub"]`, not `"pdf"`',
      'folio.config.js:4:3: `concurrency` must be 1 or more, not `0`',
    ]);
    expect(error.message).not.toContain('Invalid type');
  });

  it('loads CommonJS: a .cjs, and module.exports in a .js of a "type": "module" package', async () => {
    const cjs = await folder({ 'folio.config.cjs': 'module.exports = { outDir: "from-cjs" };\n' });
    expect((await loadConfig({ cwd: cjs }))?.options.outDir).toBe('from-cjs');
    const typed = await folder({ 'package.json': '{ "type": "module" }', 'folio.config.js': 'module.exports = { outDir: "from-js" };\n' });
    expect((await loadConfig({ cwd: typed }))?.options.outDir).toBe('from-js');
    expect(await readdir(typed)).toEqual(['folio.config.js', 'package.json']);
    const bad = await folder({ 'package.json': '{ "type": "module" }', 'folio.config.js': 'module.exports = { outdir: "x" };\n' });
    expect((await failure(loadConfig({ cwd: bad }))).messages.map(problemLine)).toEqual([
      'folio.config.js:1:20: `outdir` is not an option Folio knows (did you mean `outDir`?)',
    ]);
  });

  it('gives the line of a syntax error in a JavaScript config, ES module or CommonJS', async () => {
    const esm = await folder({ 'folio.config.mjs': 'export default {\n  outDir: "out"\n  formats: ["pdf"],\n};\n' });
    const [esmMessage] = (await failure(loadConfig({ cwd: esm }))).messages.map(problemLine);
    expect(esmMessage).toMatch(/^folio\.config\.mjs:3:\d+: cannot be loaded: /);
    const cjs = await folder({ 'folio.config.cjs': 'module.exports = {\n  outDir: "out",\n  formats: ["pdf",,\n};\n' });
    const [cjsMessage] = (await failure(loadConfig({ cwd: cjs }))).messages.map(problemLine);
    expect(cjsMessage).toMatch(/^folio\.config\.cjs:4:\d+: cannot be loaded: /);
  });

  it('finds the config in a folder above the working one, and stops at the project root', async () => {
    const dir = await folder({ 'folio.config.json': '{ "outDir": "dist" }', 'content/news/a.md': '# A\n' });
    const loaded = await loadConfig({ cwd: path.join(dir, 'content/news') });
    expect(loaded?.path).toBe(path.join(dir, 'folio.config.json'));
    expect(resolveConfig(loaded?.options).outDir).toBe(path.join(dir, 'dist'));
    const nested = await folder({ 'folio.config.json': '{}', 'site/package.json': '{}', 'site/content/a.md': '# A\n' });
    expect(await loadConfig({ cwd: path.join(nested, 'site/content') })).toBeUndefined();
  });

  it('loads the default export of folio.config.js and names the key of a problem in it', async () => {
    const dir = await folder({ 'folio.config.js': 'export default { theme: "mine", themesDir: "themes" };\n' });
    const config = resolveConfig((await loadConfig({ cwd: dir }))?.options);
    expect(config.theme).toBe('mine');
    expect(config.themesDir).toBe(path.join(dir, 'themes'));
    const bad = await folder({ 'folio.config.mjs': 'export default { formats: ["docx"] };\n' });
    await expect(loadConfig({ cwd: bad })).rejects.toThrow(
      'folio.config.mjs:1:18: `formats[0]` must be `pdf`, `epub` or `html`, not `"docx"`',
    );
  });

  it('loads folio.config.ts with the typescript package, and refuses it with what to do when there is none', async () => {
    const source = "import type { Config } from 'folio';\nconst config: Config = { outDir: 'typed' as string };\nexport default config;\n";
    const dir = await folder({ 'folio.config.ts': source });
    expect((await loadConfig({ cwd: dir }))?.options.outDir).toBe('typed');
    if ((process.features as { typescript?: unknown }).typescript) return; // Node.js strips the types itself.
    await expect(loadConfig({ cwd: dir, loadTypescript: () => Promise.resolve(undefined) })).rejects.toThrow(
      /folio\.config\.ts` is TypeScript, which Node\.js .* install `typescript` .* rename it to `folio\.config\.js`/,
    );
  });

  it('names the format a typo meant', async () => {
    const dir = await folder({ 'folio.config.json': '{ "formats": ["pfd", "ePub"] }' });
    expect((await failure(loadConfig({ cwd: dir }))).messages.map(problemLine)).toEqual([
      'folio.config.json:1:15: `formats[0]` must be `pdf`, `epub` or `html`, not `"pfd"` (did you mean `pdf`?)',
      'folio.config.json:1:22: `formats[1]` must be `pdf`, `epub` or `html`, not `"ePub"` (did you mean `epub`?)',
    ]);
  });

  it('gives the line of each syntax error in a TypeScript config', async () => {
    if ((process.features as { typescript?: unknown }).typescript) return; // Node.js strips the types itself, and places its own errors.
    const dir = await folder({ 'folio.config.ts': "const config = {\n  outDir: 'x'\n  formats: ['pdf'],\n};\nexport default config;\n" });
    expect((await failure(loadConfig({ cwd: dir }))).messages.map(problemLine)).toEqual([
      "folio.config.ts:3:3: cannot be loaded: ',' expected.",
    ]);
  });

  it('refuses two config files in one folder', async () => {
    const dir = await folder({ 'folio.config.json': '{}', 'folio.config.js': 'export default {};' });
    await expect(loadConfig({ cwd: dir })).rejects.toThrow('Found `folio.config.js` and `folio.config.json`');
  });

  it('validates collections: a name that is a file name, and files or a folder', async () => {
    const dir = await folder({ 'folio.config.json': '{ "collections": [{ "name": "../up", "title": "T" }] }' });
    const message = await loadConfig({ cwd: dir }).catch((error: unknown) => (error as Error).message);
    expect(message).toContain('`collections[0].name` must be a file name');
    expect(message).toContain('`collections[0]` needs either `files` or `folder`');
  });
});

describe('precedence', () => {
  it('puts flags over the config file, and the config under front matter for print settings', () => {
    const config = { outDir: 'from-config', theme: 'mine', print: { paper: 'a5', layout: 'booklet' as const }, cwd: '/project' };
    const options = mergeOptions(config, { outDir: 'from-flag', printOverrides: { layout: '2up' } }, '/project');
    const resolved = resolveConfig(options);
    expect(resolved.outDir).toBe('/project/from-flag');
    expect(resolved.theme).toBe('mine');
    const settings = resolvePrintSettings({ title: 'T', paper: resolved.print.paper }, resolved.print, resolved.printOverrides);
    expect(settings.paper.name).toBe('A5');
    expect(settings.layout).toBe('2up');
    const matter = resolvePrintSettings({ title: 'T', layout: 'none' }, resolved.print, {});
    expect(matter.layout).toBe('none');
  });

  it('reads command-line paths from the working folder and builds no collection when paths are given', () => {
    const config = { collections: [{ name: 'pack', title: 'Pack', files: ['a.md'] }], cwd: '/project' };
    const options = mergeOptions(config, { inputs: ['notes/b.md', 'drafts/*.md'], outDir: 'out' }, '/elsewhere');
    expect(options.inputs).toEqual(['/elsewhere/notes/b.md', '/elsewhere/drafts/*.md']);
    expect(options.outDir).toBe('/elsewhere/out');
    expect(options.collections).toEqual([]);
    expect(mergeOptions(config, {}, '/project').collections).toHaveLength(1);
  });

  it("keeps the config's content folders for naming outputs when paths on the command line replace `inputs`", () => {
    const flags = { inputs: ['content/harbour/report.md'] };
    expect(mergeOptions({ inputs: ['chapters', 'content/**/*.md'] }, flags, '/p').contentRoots).toEqual(['chapters', 'content/**/*.md']);
    expect(mergeOptions({ inputs: [], contentRoots: ['text'] }, flags, '/p').contentRoots).toEqual(['text']);
    expect(mergeOptions({ inputs: [] }, flags, '/p').contentRoots).toEqual(['content']);
    expect(mergeOptions(undefined, flags, '/p').contentRoots).toEqual(['content']);
    expect(mergeOptions(undefined, {}, '/p').contentRoots).toBeUndefined();
  });

  it('defineConfig returns the config it is given', () => {
    const config = { outDir: 'out', formats: ['pdf' as const] };
    expect(defineConfig(config)).toBe(config);
  });
});
