import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';

/** What a path answers with: a content type and a body. */
export interface Resource {
  readonly type: string;
  readonly body: string | Uint8Array;
}

/** A running loopback server: its address, and how many requests it has answered (a test may set it back to 0). */
export interface LoopbackServer {
  readonly origin: string;
  requests: number;
}

/**
 * Start an HTTP server on 127.0.0.1 (a free port) that answers each path of
 * `resources` with its type and body, and any other path with 404. Call it
 * at the top of a test file: it closes once the file's tests are done.
 */
export async function loopbackServer(resources: Record<string, Resource>): Promise<LoopbackServer> {
  const paths = new Map(Object.entries(resources));
  const state = { origin: '', requests: 0 };
  const server = createServer((request, response) => {
    state.requests += 1;
    const found = paths.get(request.url ?? '');
    if (found) response.writeHead(200, { 'content-type': found.type }).end(found.body);
    else response.writeHead(404).end('Not found');
  });
  afterAll(
    () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
