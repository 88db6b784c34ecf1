import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { hyphenatedLineEnds } from '../helpers/pdf-readers.js';
import { project } from '../helpers/project.js';

const text =
  'Typesetting characteristically benefits from automatic hyphenation, particularly in narrow justified columns where ' +
  'interword spacing otherwise becomes uncomfortably large. Internationalization, responsibility, photosynthesis and ' +
  'incomprehensibility are examples of extraordinarily long words that algorithms determine acceptable breakpoints for.';

describe('hyphenation on a cold start', () => {
  it('hyphenates the first print of every freshly started browser (no race with its dictionaries)', async () => {
    const dir = await project({ 'content/doc.md': `---\ntitle: Doc\nlang: en\npaper: 105mm x 148mm\n---\n\n${text}\n` }, 'folio-cold-');
    const launches = 8;
    for (let launch = 1; launch <= launches; launch++) {
      // Each build starts its own Chromium with a new profile, and this document is the first thing it prints.
      const result = await build({ cwd: dir, formats: ['pdf'] });
      expect(result.ok, `launch ${launch}`).toBe(true);
      expect(
        result.messages.filter((message) => message.ruleId === 'no-hyphenation'),
        `launch ${launch}`,
      ).toEqual([]);
      const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path.join(dir, 'out/doc.pdf'), '-']).toString('utf8');
      expect(hyphenatedLineEnds(layout).length, `launch ${launch}`).toBeGreaterThanOrEqual(3);
    }
  });
});
