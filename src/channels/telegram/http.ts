// A lean `fetch` for grammY's API client: node:http(s) with keep-alive agents, the JSON body written in one
// go and the answer read into one buffer. grammY's default on Node (node-fetch) builds WHATWG Request,
// Headers and body streams for every call; under load that was the largest single cost of serving an
// update (see docs/performance-load.md). Only what grammY uses is implemented.
import { Agent as HttpAgent, type ClientRequest, type IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import type { ApiClientOptions } from 'grammy';

/** The part of an AbortSignal used here (grammY passes its own polyfilled signal). */
interface SignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** What grammY passes to fetch: JSON text, or a stream for file uploads (multipart). */
export interface LeanInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | AsyncIterable<Uint8Array> | null;
  signal?: SignalLike | null;
}

/** The part of a fetch Response that grammY reads. */
export interface LeanResponse {
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
  text(): Promise<string>;
}

/** The fetch function type grammY's client options expect. */
export type GrammyFetch = NonNullable<ApiClientOptions['fetch']>;

// Telegram (and a local Bot API server) keep connections open: reusing them saves a TCP (and TLS) handshake
// per call. The cap bounds memory and connection churn under a flood: calls beyond it wait for a free socket.
// `timeout` closes idle sockets; it also makes Node honour a server's "Keep-Alive: timeout=N" hint (closing
// a second earlier). Without it, a socket the server is closing at that very moment gets the next call,
// which fails with ECONNRESET (seen under load against a 5 s keep-alive) and waits for auto-retry.
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 128, maxFreeSockets: 128, timeout: 30_000 };
const httpAgent = new HttpAgent(AGENT_OPTIONS);
const httpsAgent = new HttpsAgent(AGENT_OPTIONS);

function abortError(): Error {
  const err = new Error('The Bot API request was aborted');
  err.name = 'AbortError';
  return err;
}

function isAsyncIterable(v: unknown): v is AsyncIterable<Uint8Array> {
  return typeof v === 'object' && v !== null && Symbol.asyncIterator in v;
}

/** Performs one HTTP request the way grammY needs it; rejects on network errors and on abort. */
export function leanFetch(input: string | URL, init: LeanInit = {}): Promise<LeanResponse> {
  return new Promise<LeanResponse>((resolve, reject) => {
    const signal = init.signal ?? undefined;
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const url = typeof input === 'string' ? new URL(input) : input;
    const secure = url.protocol === 'https:';
    const headers: Record<string, string | number> = { ...init.headers };
    const body = init.body ?? undefined;
    if (typeof body === 'string') headers['content-length'] = Buffer.byteLength(body);
    else if (body instanceof Uint8Array) headers['content-length'] = body.byteLength;
    const options = { method: init.method ?? 'GET', headers, agent: secure ? httpsAgent : httpAgent };
    let settled = false;
    let req: ClientRequest | undefined;
    const onAbort = (): void => {
      req?.destroy(abortError());
    };
    const fail = (err: Error): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      reject(err);
    };
    const onResponse = (res: IncomingMessage): void => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.on('close', () => {
        if (!res.complete) fail(new Error('The Bot API connection closed before the answer was complete'));
      });
      res.on('end', () => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        const status = res.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          ok: status >= 200 && status < 300,
          status,
          json: async () => JSON.parse(text) as unknown,
          text: async () => text,
        });
      });
    };
    req = secure ? httpsRequest(url, options, onResponse) : httpRequest(url, options, onResponse);
    req.on('error', fail);
    signal?.addEventListener('abort', onAbort);
    if (body === undefined || typeof body === 'string' || body instanceof Uint8Array) {
      req.end(body);
    } else if (isAsyncIterable(body)) {
      const source = Readable.from(body);
      source.on('error', (err: Error) => req?.destroy(err));
      source.pipe(req);
    } else {
      req.destroy(new TypeError('Unsupported request body for the Bot API'));
    }
  });
}

/** leanFetch typed as grammY's client option (its typings name node-fetch's Request and Response). */
export const grammyFetch = leanFetch as unknown as GrammyFetch;
