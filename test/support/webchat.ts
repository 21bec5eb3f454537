// Shared test helper: the web chat adapter on 127.0.0.1 (a free port) in front of a real App (temporary SQLite
// file, bundled catalogue), and a small client that speaks the widget's protocol over real HTTP.
import { request } from 'node:http';
import { type WebChatSettings, WebChatAdapter } from '../../src/channels/web/index.ts';
import type { Logger } from '../../src/core/logger.ts';
import { type TestApp, testApp } from './app.ts';

/** A started web chat and its app; `stop` stops both and removes the temporary folder. */
export interface TestWebChat {
  adapter: WebChatAdapter;
  test: TestApp;
  /** http://127.0.0.1:<port> */
  base: string;
  stop(): Promise<void>;
}

/** Starts the web chat on a free port. `settings` overrides the test defaults; `env` goes to the app's config. */
export async function startWebChat(settings: Partial<WebChatSettings> = {}, env: Record<string, string> = {}, logger?: Logger): Promise<TestWebChat> {
  const test = await testApp(env, logger);
  const adapter = new WebChatAdapter({
    host: '127.0.0.1',
    port: 0,
    allowedOrigins: [],
    trustedProxies: ['127.0.0.1', '::1'],
    ipMessagesPerMinute: 0,
    maxBodyBytes: 8192,
    demo: true,
    ...settings,
  });
  try {
    await adapter.start(test.app.channels);
  } catch (err) {
    await test.cleanup();
    throw err;
  }
  const address = adapter.address;
  if (!address) throw new Error('the web chat did not report its address');
  return {
    adapter,
    test,
    base: `http://127.0.0.1:${address.port}`,
    async stop() {
      await adapter.stop();
      await test.cleanup();
    },
  };
}

/** One HTTP answer, read in full. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

/**
 * Sends one request with node:http (not fetch, which forbids setting Origin and Host): exact headers, a body
 * that may lie about its length or stream in chunks.
 */
export function raw(url: string, o: { method?: string; headers?: Record<string, string>; body?: string | Buffer | Buffer[] } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: o.method ?? 'GET', headers: o.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    const parts = o.body === undefined ? [] : Array.isArray(o.body) ? o.body : [o.body];
    for (const p of parts) req.write(p);
    req.end();
  });
}

/** The JSON answer of the message API. */
export interface ApiAnswer {
  status: number;
  headers: RawResponse['headers'];
  json: { session?: string; replies?: { kind: string; paragraphs: { text: string; bold?: boolean; italic?: boolean; href?: string }[][]; options: { id: string; label: string }[]; links: { label: string; url: string }[] }[]; error?: string };
}

let counter = 0;

/** Posts one widget message (a fresh message id unless given) from `origin`. */
export async function postMessage(base: string, o: { origin: string; session?: string; id?: string; input: Record<string, unknown>; headers?: Record<string, string> }): Promise<ApiAnswer> {
  const body = JSON.stringify({ ...(o.session ? { session: o.session } : {}), id: o.id ?? `msg-${process.pid}-${++counter}-${Date.now()}`, input: o.input });
  const res = await raw(`${base}/webchat/api/message`, { method: 'POST', headers: { Origin: o.origin, 'Content-Type': 'application/json', ...o.headers }, body });
  return { status: res.status, headers: res.headers, json: JSON.parse(res.text) as ApiAnswer['json'] };
}

/** All the text of an answer's replies, joined (for "contains" checks). */
export function answerText(a: ApiAnswer): string {
  return (a.json.replies ?? []).map((r) => r.paragraphs.map((p) => p.map((s) => s.text).join('')).join('\n')).join('\n\n');
}
