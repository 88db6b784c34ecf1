import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { project } from '../helpers/project.js';

describe('loadTheme', () => {
  it('refuses a theme that is not there as a usage mistake, naming the theme meant and the themes there are', async () => {
    const dir = await project({ 'themes/newsroom/theme.json': '{}', 'themes/plain/theme.json': '{}' }, 'folio-themes-');
    const themes = path.join(dir, 'themes');
    const refused = loadTheme('newsrom', themes);
    await expect(refused).rejects.toThrow(ConfigError);
    await expect(refused).rejects.toThrow(
      `Theme \`newsrom\` does not exist in \`${themes}\` (did you mean \`newsroom\`?): the themes there are \`newsroom\`, \`plain\``,
    );
    await mkdir(path.join(dir, 'empty'));
    await expect(loadTheme('any', path.join(dir, 'empty'))).rejects.toThrow('it holds no theme');
  });
});
