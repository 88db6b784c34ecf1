import type { ServerResponse } from 'node:http';

/**
 * Server-Sent Events to every open preview page: each page keeps one
 * `GET /_folio/events` open, and `send` writes an event to all of them.
 */
export class EventStream {
  readonly #clients = new Set<ServerResponse>();

  /** Keep `response` open as an event stream until the page goes away. */
  add(response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    // Ask a page that loses the connection (the server restarted) to try again soon.
    response.write('retry: 500\n\n');
    this.#clients.add(response);
    response.on('close', () => this.#clients.delete(response));
  }

  /** Send event `name` with `data` (as JSON) to every page. */
  send(name: string, data: unknown): void {
    const text = `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const client of this.#clients) client.write(text);
  }

  /** How many pages are listening. */
  get size(): number {
    return this.#clients.size;
  }

  /** End every stream (the server is closing). */
  close(): void {
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}
