// The web chat's HTTP server (node:http): a small route table, so that other parts of Atende (a health check)
// can mount a route next to the chat's, plus the response helpers every route uses.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { AtendeError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import { type Listening, listen } from '../shared/listen.ts';

/** A handler of one route. It may answer at once or later; a rejection becomes a logged 500. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

/** One route of the server: a path (exact) and the methods it answers. */
export interface WebRoute {
  path: string;
  /** Methods answered; others get 405 with Allow. GET routes answer HEAD too. */
  methods: readonly string[];
  handle: RouteHandler;
}

/** Headers every response carries. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Sends a complete response (HEAD gets the headers only). */
export function send(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer = ''): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Length': String(bytes.length), ...headers });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** Sends a JSON response that no cache keeps. */
export function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  send(req, res, status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers }, JSON.stringify(value));
}

/** A listening server: its address, and how to stop it. */
export type WebServer = Listening;

/** Finds the route of a request and runs it; 404 and 405 otherwise. */
function dispatch(routes: readonly WebRoute[], req: IncomingMessage, res: ServerResponse, log: Logger): void {
  const url = new URL(req.url ?? '/', 'http://webchat.local');
  const route = routes.find((r) => r.path === url.pathname);
  if (!route) {
    send(req, res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Não encontrado.');
    return;
  }
  const method = req.method === 'HEAD' && route.methods.includes('GET') ? 'GET' : (req.method ?? '');
  if (!route.methods.includes(method)) {
    const allow = [...route.methods, ...(route.methods.includes('GET') ? ['HEAD'] : [])].join(', ');
    send(req, res, 405, { Allow: allow, 'Content-Type': 'text/plain; charset=utf-8' }, 'Método não permitido.');
    return;
  }
  Promise.resolve()
    .then(() => route.handle(req, res, url))
    .catch((err: unknown) => {
      log.error({ err, path: url.pathname }, 'web chat request failed');
      if (!res.headersSent) sendJson(req, res, 500, { error: 'internal' });
      else res.end();
    });
}

/** Starts the server on host:port (0 picks a free port). Rejects with a clear message when it cannot listen. */
export async function startWebServer(o: { host: string; port: number; routes: () => readonly WebRoute[]; logger: Logger }): Promise<WebServer> {
  const server: Server = createServer((req, res) => dispatch(o.routes(), req, res, o.logger));
  // Slow clients (a body trickling in, headers never finished) cannot hold a connection for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  // An idle keep-alive connection outlives the proxy's (nginx and most load balancers keep theirs 60 s): the side
  // that closes first must be the proxy, or it sends a request on a socket this server is closing (a 502 for the
  // citizen). bench:load saw those resets with Node's default of 5 s. Shutdown closes idle connections at once.
  server.keepAliveTimeout = 75_000;
  return listen(server, {
    host: o.host,
    port: o.port,
    logger: o.logger,
    what: 'web chat server',
    refusal: (err) => {
      const why = err.code === 'EADDRINUSE' ? 'a porta já está em uso' : err.message;
      return new AtendeError('WEBCHAT_LISTEN', `O chat web não conseguiu escutar em ${o.host}:${o.port} (${why}): mude WEBCHAT_PORT ou WEBCHAT_HOST, ou pare o que usa essa porta.`, { cause: err });
    },
  });
}
