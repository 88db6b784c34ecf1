import { describe, expect, it } from 'vitest';
import * as folio from '../../src/index.js';

describe('public API', () => {
  it('exports exactly these values (types are checked by tsc)', () => {
    expect(Object.keys(folio).sort()).toEqual([
      'BrowserError',
      'BuildOptions',
      'CollectionOptions',
      'Config',
      'ConfigError',
      'ContentError',
      'FolioError',
      'FrontMatter',
      'RenderError',
      'TemplateError',
      'build',
      'defineConfig',
      'findBrowser',
      'formats',
      'loadConfig',
    ]);
  });

  it('types a config file with defineConfig and Config', () => {
    const config: folio.Config = folio.defineConfig({
      formats: ['pdf'],
      collections: [{ name: 'pack', title: 'Pack', folder: 'content/pack' }],
    });
    expect(config.collections?.[0]?.name).toBe('pack');
  });
});
