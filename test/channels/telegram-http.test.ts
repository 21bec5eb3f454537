// The lean HTTP client under grammY: what it sends, what it hands back, and how it fails.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { leanFetch } from '../../src/channels/telegram/http.ts';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  port: number;
}

let server: Server | undefined;

afterEach(async () => {
  const s = server;
  server = undefined;
  if (s) {
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections();
    });
  }
});

/** A local server that records each request and answers with `answer` (or not at all). */
async function serve(answer: (req: IncomingMessage, res: ServerResponse, received: Received) => void): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const s = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), port: req.socket.remotePort ?? 0 };
      received.push(r);
      answer(req, res, r);
    });
  });
  server = s;
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, received };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

const post = (body: string, signal?: AbortSignal) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body, ...(signal ? { signal } : {}) });

describe('when the Bot API answers', () => {
  it('posts the JSON body (with its length) and hands back the status and the parsed answer', async () => {
    const { url, received } = await serve((_req, res) => json(res, 200, { ok: true, result: { message_id: 7 } }));
    const body = JSON.stringify({ chat_id: 42, text: 'Olá, cidadão! Ação concluída ✅' });
    const res = await leanFetch(`${url}/bot123:ABC/sendMessage`, post(body));
    expect(res.ok).toBe(true);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, result: { message_id: 7 } });
    expect(received[0]).toMatchObject({ method: 'POST', url: '/bot123:ABC/sendMessage', body });
    expect(received[0]?.headers['content-length']).toBe(String(Buffer.byteLength(body)));
  });

  it('hands back an error answer (429) as it came, for grammY and auto-retry to read', async () => {
    const { url } = await serve((_req, res) => json(res, 429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }));
    const res = await leanFetch(`${url}/bot123:ABC/sendMessage`, post('{}'));
    expect(res.ok).toBe(false);
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });
  });

  it('reuses the connection for the next call', async () => {
    const { url, received } = await serve((_req, res) => json(res, 200, { ok: true, result: true }));
    await (await leanFetch(`${url}/bot123:ABC/getMe`, post('{}'))).json();
    await (await leanFetch(`${url}/bot123:ABC/getMe`, post('{}'))).json();
    expect(received).toHaveLength(2);
    expect(received[1]?.port).toBe(received[0]?.port);
  });

  it('streams a body given as chunks (file uploads)', async () => {
    const { url, received } = await serve((_req, res) => json(res, 200, { ok: true, result: true }));
    async function* parts(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('--boundary\r\n');
      yield Buffer.from('conteúdo');
    }
    const res = await leanFetch(`${url}/bot123:ABC/sendDocument`, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=boundary' }, body: parts() });
    expect(res.ok).toBe(true);
    expect(received[0]?.body).toBe('--boundary\r\nconteúdo');
  });
});

describe('when the call cannot complete', () => {
  it('rejects when the connection drops without an answer (auto-retry then retries)', async () => {
    const { url } = await serve((req) => req.socket.destroy());
    await expect(leanFetch(`${url}/bot123:ABC/sendMessage`, post('{}'))).rejects.toThrow();
  });

  it('rejects when the connection drops in the middle of the answer', async () => {
    const { url } = await serve((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 1000 });
      res.write('{"ok":tr');
      setTimeout(() => req.socket.destroy(), 20);
    });
    await expect(leanFetch(`${url}/bot123:ABC/sendMessage`, post('{}'))).rejects.toThrow(/closed before the answer was complete|aborted|socket/i);
  });

  it('rejects with an AbortError when the signal aborts a call waiting for its answer', async () => {
    const held: ServerResponse[] = [];
    const { url, received } = await serve((_req, res) => held.push(res));
    const controller = new AbortController();
    const call = leanFetch(`${url}/bot123:ABC/getUpdates`, post('{"timeout":30}', controller.signal));
    while (received.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('does not even send a call whose signal is already aborted', async () => {
    const { url, received } = await serve((_req, res) => json(res, 200, { ok: true, result: true }));
    const controller = new AbortController();
    controller.abort();
    await expect(leanFetch(`${url}/bot123:ABC/sendMessage`, post('{}', controller.signal))).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 50));
    expect(received).toHaveLength(0);
  });
});
