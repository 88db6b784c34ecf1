import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import createDebug from 'debug';
import { errorCode } from '../errors.js';
import { EventStream } from './event-stream.js';
import { indexPage, viewerPage, viewPath, type PreviewDocument } from './preview-pages.js';
import { staticFile } from './static-files.js';

const debug = createDebug('folio:preview');

/** Port the preview listens on unless told otherwise (another port is taken when it is busy). */
const defaultPreviewPort = 4173;

/**
 * What the preview pages hear after each build: which documents were built,
 * whose PDF was written, and the problems of each (`file:line:column: reason`).
 */
export interface PreviewEvent {
  readonly documents: readonly string[];
  readonly written: readonly string[];
  readonly problems: Readonly<Record<string, readonly string[]>>;
}

/** Options of `startPreview`. */
export interface PreviewOptions {
  /** Folder the PDFs are built into (`<outDir>/<name>.pdf`). */
  readonly outDir: string;
  /** The documents to offer, asked at each request. */
  readonly documents: () => readonly PreviewDocument[];
  /** Port to listen on; when it is busy, any free one. Default 4173. */
  readonly port?: number;
}

/** A running preview server on 127.0.0.1. */
export interface PreviewServer extends AsyncDisposable {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  /** Tell open pages that builds of some documents started. */
  building(documents: readonly string[]): void;
  /** Tell open pages that a build ended: they redraw the documents whose PDF was written. */
  built(event: PreviewEvent): void;
  close(): Promise<void>;
}

// The page's own script and pdf.js only; pdf.js compiles WebAssembly (image decoders) and runs a worker.
const pageSecurity = {
  'content-security-policy':
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * Serve the print edition of each document, paginated as it will print,
 * on 127.0.0.1: `/` lists the documents, `/view/<name>` shows one (its PDF
 * drawn page by page by pdf.js in Folio's own page), and open pages redraw
 * when told through Server-Sent Events (`/_folio/events`) that it was rebuilt.
 */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const events = new EventStream();
  const server = createServer((request, response) => {
    handle(request, response, options, events).catch((error: unknown) => {
      debug('%s failed: %O', request.url, error);
      if (!response.headersSent) send(response, 400, 'text/plain; charset=utf-8', 'Bad request');
      else response.end();
    });
  });
  const port = await listen(server, options.port ?? defaultPreviewPort);
  debug('listening on port %d', port);
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= new Promise((resolve) => {
      events.close();
      server.close(() => {
        resolve();
      });
      server.closeAllConnections();
    }));
  return {
    url: `http://127.0.0.1:${port}/`,
    building: (documents) => {
      events.send('building', { documents });
    },
    built: (event) => {
      events.send('build', event);
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, options: PreviewOptions, events: EventStream): Promise<void> {
  // Only this machine's pages: a foreign Host header is a DNS-rebinding attempt.
  const host = (request.headers.host ?? '').replace(/:\d+$/, '');
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) send(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
  else if (request.method !== 'GET' && request.method !== 'HEAD') send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  else await route(new URL(request.url ?? '/', 'http://127.0.0.1').pathname, response, options, events);
}

/** Answer a request for `pathname`: the index, the event stream, a viewer page, a document's PDF or a static file. */
async function route(pathname: string, response: ServerResponse, options: PreviewOptions, events: EventStream): Promise<void> {
  const documents = options.documents();
  const named = (prefix: string, suffix = ''): PreviewDocument | undefined => {
    if (!pathname.startsWith(prefix) || !pathname.endsWith(suffix)) return undefined;
    const name = decodeURIComponent(pathname.slice(prefix.length, pathname.length - suffix.length));
    return documents.find((document) => document.name === name);
  };
  if (pathname === '/') {
    const [only] = documents;
    if (documents.length === 1 && only) redirect(response, viewPath(only.name));
    else send(response, 200, 'text/html; charset=utf-8', indexPage(documents), pageSecurity);
    return;
  }
  if (pathname === '/_folio/events') {
    events.add(response);
    return;
  }
  const viewed = named('/view/');
  if (viewed) {
    send(response, 200, 'text/html; charset=utf-8', viewerPage(viewed), pageSecurity);
    return;
  }
  const printed = named('/pdf/', '.pdf');
  if (printed) {
    // Only the PDFs of known documents: names come from the sources, never from the URL alone.
    const bytes = await readFile(path.join(options.outDir, `${printed.name}.pdf`)).catch(() => undefined);
    if (bytes) send(response, 200, 'application/pdf', bytes);
    else send(response, 404, 'text/plain; charset=utf-8', 'Not built yet');
    return;
  }
  const file = await staticFile(pathname);
  if (file) send(response, 200, file.type, file.bytes);
  else send(response, 404, 'text/plain; charset=utf-8', 'Not found');
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  response.end(body);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { location, 'cache-control': 'no-store' });
  response.end();
}

/** Listen on 127.0.0.1:`port`, or on a free port when that one is taken. */
async function listen(server: Server, port: number): Promise<number> {
  const attempt = (wanted: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const onError = (error: Error): void => {
        reject(error);
      };
      server.once('error', onError);
      server.listen(wanted, '127.0.0.1', () => {
        server.off('error', onError);
        // An object for a TCP server; a string only for a pipe or a Unix socket.
        const address = server.address();
        if (typeof address === 'object' && address !== null) resolve(address.port);
        else reject(new Error(`The preview server is not listening on a port (\`${String(address)}\`)`));
      });
    });
  try {
    return await attempt(port);
  } catch (error) {
    if (errorCode(error) !== 'EADDRINUSE' || port === 0) throw error;
    debug('port %d is busy; taking a free one', port);
    return attempt(0);
  }
}
