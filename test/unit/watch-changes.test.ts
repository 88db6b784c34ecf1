import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchFlags } from '../../src/cli/watch-flags.js';
import { classifyChanges } from '../../src/watch/classify-changes.js';

const root = path.resolve('/project/content');
const a = { path: path.join(root, 'a.md'), root };
const b = { path: path.join(root, 'desk/b.md'), root };
const places = { themeDir: path.resolve('/project/templates/default'), outDir: path.resolve('/project/out') };

describe('what a change rebuilds', () => {
  it('rebuilds an edited Markdown file alone', () => {
    expect(classifyChanges([a.path], [a, b], places)).toEqual({ theme: false, sources: [a], collections: [] });
  });

  it('rebuilds everything after a theme change', () => {
    expect(classifyChanges([path.join(places.themeDir, 'print.css')], [a, b], places)).toEqual({
      theme: true,
      sources: [a, b],
      collections: [],
    });
  });

  it('rebuilds the documents of a folder whose image changed', () => {
    expect(classifyChanges([path.join(root, 'desk/photo.jpg')], [a, b], places).sources).toEqual([a, b]);
  });

  it('rebuilds only the documents that used a changed image, and those of its folder not yet built', () => {
    const photo = path.join(root, 'desk/photo.jpg');
    const c = { path: path.join(root, 'c.md'), root };
    const uses = new Map([
      [a.path, new Set([photo])],
      [b.path, new Set<string>()],
    ]);
    expect(classifyChanges([photo], [a, b, c], places, [], uses).sources).toEqual([a, c]);
  });

  it("ignores Folio's outputs, editors' temporary files and deleted Markdown", () => {
    const noise = [
      path.join(places.outDir, 'a.pdf'),
      path.join(root, '.a.md.swp'),
      path.join(root, 'a.md~'),
      path.join(root, '4913'),
      path.join(root, 'gone.md'),
    ];
    expect(classifyChanges(noise, [a, b], places)).toEqual({ theme: false, sources: [], collections: [] });
  });
});

describe('the watch flags', () => {
  it('reads --watch, --serve (which implies --watch) and --port', () => {
    expect(watchFlags({})).toBeUndefined();
    expect(watchFlags({ watch: true })).toEqual({ serve: undefined });
    expect(watchFlags({ serve: true, port: '8080' })).toEqual({ serve: { port: 8080, open: false } });
    expect(watchFlags({ serve: true, open: true })).toEqual({ serve: { port: undefined, open: true } });
    expect(watchFlags({ open: true })).toBe('`--open` goes with `--serve`');
    expect(watchFlags({ port: '8080' })).toBe('`--port` goes with `--serve`');
    expect(watchFlags({ serve: true, port: 'http' })).toBe('`--port` takes a port number (0 to 65535)');
  });
});
