import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { project } from '../helpers/project.js';

/**
 * Signals sent to real builds at random moments while outputs are being
 * written, 21 times: every run ends with the signal's exit code, and leaves
 * only whole files, no temporary file of the atomic writer and no browser
 * folder. (write-file-atomic's own signal handler once fought Folio's: Ctrl-C
 * killed Folio outright in 2 of 20 tries, and a SIGTERM was ignored.)
 */
const signals = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const;
const rounds = 7;

/** A one-pixel PNG: a cover of its own spares each EPUB a cover drawn in Chromium, so a round takes a second, not ten. */
const cover = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** A document large enough that writing its outputs takes a moment. */
const doc = (index: number): string =>
  `---\ntitle: Doc ${index}\ncover: cover.png\n---\n\n${Array.from({ length: 300 }, (_, line) => `Paragraph ${line} of document ${index}, with *some* text.`).join('\n\n')}\n`;

/** Whether an output is whole: an HTML page ends with its closing tag, an EPUB (a zip) with its end-of-directory record. */
async function whole(file: string): Promise<boolean> {
  const bytes = await readFile(file);
  if (file.endsWith('.html')) return bytes.toString('utf8').trimEnd().endsWith('</html>');
  if (file.endsWith('.epub')) return bytes.subarray(-22).readUInt32LE(0) === 0x06054b50;
  return false;
}

describe('signals during writes', () => {
  it(`end ${rounds * signals.length} builds with the signal's exit code, leaving only whole files`, async () => {
    const files: Record<string, string | Uint8Array> = Object.fromEntries(
      Array.from({ length: 30 }, (_, index) => [`content/doc-${String(index).padStart(2, '0')}.md`, doc(index)]),
    );
    files['content/cover.png'] = cover;
    const dir = await project(files, 'folio-signals-');
    const tmp = path.join(dir, 'tmp');
    const outcomes: string[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const [signal, exitCode] of signals) {
        await rm(path.join(dir, 'out'), { recursive: true, force: true });
        await mkdir(tmp, { recursive: true });
        const child = spawn(process.execPath, [path.resolve('dist/cli.js'), 'build', '--format', 'html,epub'], {
          cwd: dir,
          env: { ...process.env, TMPDIR: tmp },
        });
        let stderr = '';
        let sent = false;
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.stdout.on('data', () => {
          if (sent) return;
          sent = true;
          // A random moment after the first output, while others are being written.
          setTimeout(() => child.kill(signal), Math.random() * 40);
        });
        const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
        const written = await readdir(path.join(dir, 'out')).catch(() => []);
        const broken = [];
        for (const name of written) if (!(await whole(path.join(dir, 'out', name)))) broken.push(name);
        outcomes.push(
          `${signal}: exit ${String(code)}${code === exitCode ? '' : ` (expected ${exitCode}) ${stderr}`}; ${broken.length} broken of ${written.length}; tmp ${(await readdir(tmp)).join(',') || 'empty'}`,
        );
        expect(code, `${signal}, round ${round}: ${stderr}`).toBe(exitCode);
        expect(broken, `${signal}, round ${round}`).toEqual([]);
        expect(await readdir(tmp)).toEqual([]);
      }
    }
    expect(outcomes).toHaveLength(rounds * signals.length);
  });
});
