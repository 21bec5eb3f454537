// The webhook's HTTP server: node:http with a table of exact paths, so that more routes (a health check) can
// be mounted next to the webhook. Bodies are read with a size cap. TLS ends at the proxy in front.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ConfigError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import { listen } from '../shared/listen.ts';

/** Serves one path: node's own request and response. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** The listening server. */
export interface HttpServer {
  readonly host: string;
  readonly port: number;
  /** Serves `path` (exact, query string aside) with `handler`; a later mount of the same path replaces it. */
  mount(path: string, handler: RouteHandler): void;
  /** Stops accepting connections; resolves when the open ones have closed (idle ones are closed at once). */
  close(): Promise<void>;
  /** Closes every connection still open. */
  destroy(): void;
}

/** Where to listen; `variables` names the settings to change when the port is taken. */
export interface HttpServerOptions {
  host: string;
  port: number;
  logger: Logger;
  variables: string;
}

/** The body was larger than the cap: answer 413. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`request body larger than ${limit} bytes`);
    this.name = 'BodyTooLarge';
  }
}

/** Reads a request body into one buffer, refusing (BodyTooLarge) past `limit` bytes, announced or sent. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const announced = Number(req.headers['content-length']);
    if (Number.isFinite(announced) && announced > limit) {
      reject(new BodyTooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        reject(new BodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/** Sends a short plain-text answer (and closes the connection after a refused body, whose rest is unread). */
export function answer(res: ServerResponse, status: number, text = '', close = false): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(text);
}

/** Starts the server; rejects with a ConfigError naming the settings when it cannot listen. */
export async function startHttpServer(o: HttpServerOptions): Promise<HttpServer> {
  const routes = new Map<string, RouteHandler>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler = routes.get(path);
    if (!handler) {
      answer(res, 404);
      return;
    }
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((err: unknown) => {
        o.logger.error({ err, path }, 'http handler failed');
        answer(res, 500);
      });
  });
  const listening = await listen(server, {
    host: o.host,
    port: o.port,
    logger: o.logger,
    what: 'webhook server',
    refusal: (err) => new ConfigError(`The WhatsApp Cloud API webhook server cannot listen on ${o.host}:${o.port} (${err.message}): change ${o.variables}, or stop what uses that port.`),
  });
  return {
    host: listening.host,
    port: listening.port,
    mount: (path, handler) => void routes.set(path, handler),
    close: () => listening.close(),
    destroy: () => listening.destroy(),
  };
}
