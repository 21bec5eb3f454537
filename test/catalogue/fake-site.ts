// A fake official site on 127.0.0.1 for the link checker: real HTTP (and HTTPS with a self-signed certificate),
// one path per behaviour a real site can have. No internet involved.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A running fake site: its bases, what it was asked, and how many requests it held at once. */
export interface FakeSite {
  /** http://127.0.0.1:<port> */
  http: string;
  /** https://127.0.0.1:<port>, with a certificate no client trusts. */
  https: string;
  /** "METHOD /path" of every request, in arrival order. */
  seen: string[];
  /** Most requests under way at the same time, on /devagar paths. */
  maxInFlight(): number;
  close(): Promise<void>;
}

const tls = join(import.meta.dirname, '..', 'fixtures', 'tls');

function route(req: IncomingMessage, res: ServerResponse, state: { inFlight: number; max: number }): void {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const redirect = (status: number, location: string): void => {
    res.writeHead(status, { location }).end();
  };
  if (path === '/ok') {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
  } else if (path === '/velho') {
    redirect(301, '/meio'); // relative Location
  } else if (path === '/meio') {
    redirect(302, `http://${req.headers.host}/ok`); // absolute Location
  } else if (path === '/sumiu') {
    res.writeHead(404).end('não encontrado');
  } else if (path === '/erro') {
    res.writeHead(503).end();
  } else if (path === '/lento') {
    // Never answers: the checker must give up on its own.
  } else if (path === '/so-get') {
    if (req.method === 'HEAD') res.writeHead(405, { allow: 'GET' }).end();
    else res.writeHead(200).end('ok');
  } else if (path === '/sem-head') {
    if (req.method === 'HEAD') req.socket.destroy(); // refuses HEAD at network level, as some firewalls do
    else res.writeHead(200).end('ok');
  } else if (path === '/circulo') {
    redirect(301, '/circulo');
  } else if (path.startsWith('/longe/')) {
    redirect(302, `/longe/${Number(path.slice('/longe/'.length)) + 1}`);
  } else if (path === '/sem-destino') {
    res.writeHead(302).end();
  } else if (path.startsWith('/devagar')) {
    state.inFlight += 1;
    state.max = Math.max(state.max, state.inFlight);
    setTimeout(() => {
      state.inFlight -= 1;
      res.writeHead(200).end('ok');
    }, 100);
  } else {
    res.writeHead(404).end();
  }
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections(); // also the held /lento request and the client's keep-alive sockets
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Starts the fake site on two free ports of 127.0.0.1. */
export async function startFakeSite(): Promise<FakeSite> {
  const seen: string[] = [];
  const state = { inFlight: 0, max: 0 };
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    seen.push(`${req.method} ${req.url}`);
    route(req, res, state);
  };
  const plain = createServer(handler);
  const secure = createHttpsServer({ key: readFileSync(join(tls, 'self-signed.key')), cert: readFileSync(join(tls, 'self-signed.crt')) }, handler);
  const [httpPort, httpsPort] = [await listen(plain), await listen(secure)];
  return {
    http: `http://127.0.0.1:${httpPort}`,
    https: `https://127.0.0.1:${httpsPort}`,
    seen,
    maxInFlight: () => state.max,
    close: async () => {
      await Promise.all([stop(plain), stop(secure)]);
    },
  };
}

/** An http:// base on 127.0.0.1 where nothing listens (a port just freed): connections are refused. */
export async function closedPortBase(): Promise<string> {
  const server = createServer();
  const port = await listen(server);
  await stop(server);
  return `http://127.0.0.1:${port}`;
}
