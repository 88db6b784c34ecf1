import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';

/** What a path answers with: a content type and a body. */
export interface Resource {
  readonly type: string;
  readonly body: string | Uint8Array;
}

/** A path that answers `200 image/png` and sends bytes until the client hangs up: a server that streams forever. */
export const endless = 'endless';

/**
 * A running loopback server: its address, how many requests it has
 * answered (a test may set it back to 0), and how many bytes it sent to
 * endless responses before their clients hung up.
 */
export interface LoopbackServer {
  readonly origin: string;
  requests: number;
  endlessBytes: number;
}

/**
 * Start an HTTP server on 127.0.0.1 (a free port) that answers each path of
 * `resources` with its type and body (`endless`: a stream that never
 * ends), and any other path with 404. Call it
 * at the top of a test file: it closes once the file's tests are done.
 */
export async function loopbackServer(resources: Record<string, Resource | typeof endless>): Promise<LoopbackServer> {
  const paths = new Map(Object.entries(resources));
  const state = { origin: '', requests: 0, endlessBytes: 0 };
  const server = createServer((request, response) => {
    state.requests += 1;
    const found = paths.get(request.url ?? '');
    if (found === endless) {
      // A PNG signature, then zeros for ever, as fast as the client reads them (no Content-Length).
      const chunk = new Uint8Array(1 << 16);
      chunk.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      response.writeHead(200, { 'content-type': 'image/png' });
      const pump = (): void => {
        while (!response.destroyed) {
          state.endlessBytes += chunk.byteLength;
          if (!response.write(chunk)) return;
        }
      };
      response.on('drain', pump);
      pump();
    } else if (found) response.writeHead(200, { 'content-type': found.type }).end(found.body);
    else response.writeHead(404).end('Not found');
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
