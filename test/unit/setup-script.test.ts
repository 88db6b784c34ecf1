import { execFile } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.js';

// issue 14: `fc-list | grep -q` under `pipefail` took an installed font for a missing one whenever grep
// stopped at the first match while fc-list was still writing (SIGPIPE). A stand-in fc-list names both
// fonts first and then writes far more than a pipe holds, so a reader that stops early always kills it.
test('setup.sh finds installed fonts however long the font list is', async () => {
  const bin = await tempFolder('folio-setup-');
  const fcList = path.join(bin, 'fc-list');
  await writeFile(
    fcList,
    '#!/usr/bin/env bash\necho "Noto Serif CJK JP"\necho "Noto Color Emoji"\nfor i in $(seq 1 40000); do echo "Some Other Font Family $i"; done\n',
  );
  await chmod(fcList, 0o755);
  const { stdout } = await promisify(execFile)('bash', ['scripts/setup.sh', '--check'], {
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` },
  });
  const missing = stdout.split('\n');
  expect(missing).not.toContain('fonts-noto-cjk');
  expect(missing).not.toContain('fonts-noto-color-emoji');
});

test('setup.sh --check names a font that is not installed', async () => {
  const bin = await tempFolder('folio-setup-');
  await writeFile(path.join(bin, 'fc-list'), '#!/usr/bin/env bash\necho "DejaVu Sans"\n');
  await chmod(path.join(bin, 'fc-list'), 0o755);
  const { stdout } = await promisify(execFile)('bash', ['scripts/setup.sh', '--check'], {
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` },
  });
  expect(stdout.split('\n')).toEqual(expect.arrayContaining(['fonts-noto-cjk', 'fonts-noto-color-emoji']));
});
