import type { ConnectionTransport } from 'puppeteer-core';
import WebSocket from 'ws';
import { toError } from '../errors.js';

/**
 * A DevTools connection to a remote browser over a WebSocket whose opening
 * handshake has a deadline. Puppeteer's own transport waits for the
 * handshake without one, so an endpoint that accepts the connection and
 * never answers (a stuck proxy, a port that is not a browser's) hung a build
 * for ever, whatever its `timeout`. Once open, every DevTools call has
 * Puppeteer's `protocolTimeout`.
 */
export async function openTransport(endpoint: string, deadline: number, signal?: AbortSignal): Promise<ConnectionTransport> {
  signal?.throwIfAborted();
  const socket = new WebSocket(endpoint, [], {
    // As Puppeteer's own transport: large messages (a book's PDF), no compression.
    perMessageDeflate: false,
    followRedirects: true,
    maxPayload: 256 * 1024 * 1024,
    handshakeTimeout: deadline,
  });
  const abort = (): void => {
    socket.terminate();
  };
  signal?.addEventListener('abort', abort, { once: true });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
      // `terminate()` before the handshake emits an error, which rejects; an abort says why.
      signal?.addEventListener(
        'abort',
        () => {
          reject(toError(signal.reason));
        },
        { once: true },
      );
    });
  } catch (error) {
    socket.terminate();
    throw signal?.aborted ? signal.reason : error;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
  return transport(socket);
}

function transport(socket: WebSocket): ConnectionTransport {
  const connection: ConnectionTransport = {
    send: (message) => {
      socket.send(message);
    },
    close: () => {
      socket.close();
    },
  };
  socket.on('message', (data: WebSocket.RawData) => connection.onmessage?.(rawText(data)));
  socket.on('close', () => connection.onclose?.());
  // Errors after the handshake end in `close`, which Puppeteer hears as a lost connection.
  socket.on('error', () => undefined);
  return connection;
}

function rawText(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (data instanceof ArrayBuffer ? Buffer.from(data) : data).toString('utf8');
}
