import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { folio, project } from '../helpers/project.js';
import { readPdfText } from '../helpers/read-output.js';
import { startRemoteChromium, type RemoteChromium } from '../helpers/remote-chromium.js';

/** A project of `count` one-paragraph stories. */
async function batch(count: number): Promise<string> {
  const stories = Array.from({ length: count }, (_, index): [string, string] => [
    `content/story-${index}.md`,
    `---\ntitle: Story ${index}\n---\n\nThe text of story number ${index}.\n`,
  ]);
  return project(Object.fromEntries(stories), 'folio-fleet-');
}

let fleet: RemoteChromium[] = [];

beforeAll(async () => {
  fleet = await Promise.all([startRemoteChromium(), startRemoteChromium()]);
});

afterAll(() => {
  for (const member of fleet) member.kill();
});

describe('printing on remote browsers', () => {
  it('spreads a batch across two endpoints and leaves them running', async () => {
    const dir = await batch(6);
    const result = await build({ cwd: dir, formats: ['pdf'], concurrency: 2, browserEndpoints: fleet.map((member) => member.endpoint) });
    expect(result.ok).toBe(true);
    expect(result.browsers.map((use) => use.endpoint).sort()).toEqual(fleet.map((member) => member.endpoint).sort());
    expect(result.browsers.every((use) => use.jobs >= 2 && use.lost === undefined)).toBe(true);
    expect(fleet.every((member) => member.process.exitCode === null)).toBe(true);
    expect(await readPdfText(path.join(dir, 'out/story-3.pdf'))).toContain('The text of story number 3.');
    // A remote browser has no Folio dictionaries (docs/fleet.md): it prints as it does, and that is no warning.
    expect(result.messages.filter((message) => message.ruleId === 'no-hyphenation')).toEqual([]);
  });

  it('sends a lost endpoint’s documents to the other when one browser dies mid-batch', async () => {
    const [doomed, survivor] = await Promise.all([startRemoteChromium(), startRemoteChromium()]);
    const dir = await batch(8);
    let killed = false;
    const result = await build(
      { cwd: dir, formats: ['pdf'], concurrency: 2, browserEndpoints: [doomed.endpoint, survivor.endpoint] },
      {
        onOutput: () => {
          if (!killed) {
            killed = true;
            doomed.kill();
          }
        },
      },
    );
    survivor.kill();
    expect(result.outputs.map((output) => output.error?.message)).toEqual(Array(8).fill(undefined));
    expect((await readdir(path.join(dir, 'out'))).length).toBe(8);
    const lost = result.browsers.find((use) => use.endpoint === doomed.endpoint);
    const kept = result.browsers.find((use) => use.endpoint === survivor.endpoint);
    expect(lost?.lost).toBeDefined();
    expect(kept?.jobs).toBeGreaterThan(lost?.jobs ?? 0);
  });

  it('takes the endpoints from the command line, repeated or comma-separated', async () => {
    const dir = await batch(3);
    const [first, second] = fleet.map((member) => member.endpoint);
    const { code, stdout, stderr } = await folio(['build', '--format', 'pdf', '--browser-endpoint', `${first},${second}`], dir);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(3);
    expect(fleet.every((member) => member.process.exitCode === null)).toBe(true);
  });

  it('names every endpoint when none can be reached', async () => {
    const dir = await batch(1);
    const result = await build({ cwd: dir, formats: ['pdf'], browserEndpoints: ['ws://127.0.0.1:9/devtools/browser/none'] });
    expect(result.ok).toBe(false);
    expect(result.outputs[0]?.error?.message).toMatch(
      /No browser endpoint can be reached \(ws:\/\/127\.0\.0\.1:9\/devtools\/browser\/none: /,
    );
  });

  describe('an endpoint that accepts the connection and never answers', () => {
    let silent: Server;
    const sockets: Socket[] = [];
    let endpoint = '';

    beforeAll(async () => {
      silent = createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const address = silent.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      endpoint = `ws://127.0.0.1:${address.port}/devtools/browser/silent`;
    });

    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });

    it('ends the build with an error naming it once the timeout has passed', async () => {
      const dir = await batch(1);
      const result = await build({ cwd: dir, formats: ['pdf'], timeout: 1500, browserEndpoints: [endpoint] });
      expect(result.ok).toBe(false);
      expect(result.outputs[0]?.error?.message).toMatch(
        /No browser endpoint can be reached \(ws:\/\/127\.0\.0\.1:\d+\/devtools\/browser\/silent: .*timed out/,
      );
    });

    it('stops waiting for it on Ctrl-C, with exit code 130', async () => {
      const dir = await batch(1);
      // A timeout far longer than the test: only the signal can end the wait.
      const child = spawn(process.execPath, [path.resolve('dist/cli.js'), 'build', '--format', 'pdf', '--browser-endpoint', endpoint], {
        cwd: dir,
        env: { ...process.env },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const connected = sockets.length;
      // Once the connection is open and waiting for the handshake, interrupt.
      await expect.poll(() => sockets.length, { timeout: 20_000 }).toBeGreaterThan(connected);
      child.kill('SIGINT');
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code, stderr).toBe(130);
    });
  });
});
