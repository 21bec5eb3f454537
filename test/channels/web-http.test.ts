// The web chat over real HTTP on 127.0.0.1, in front of a real App (SQLite file, bundled catalogue): the message
// API, its refusals (origin, size, type, rate limits), and the static files (widget, demo page).
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { IP_NOTICE } from '../../src/channels/web/api.ts';
import { DEMO_CSP } from '../../src/channels/web/demo.ts';
import { copy } from '../../src/conversation/text.ts';
import { type TestWebChat, answerText, postMessage, raw, startWebChat } from '../support/webchat.ts';

const PORTAL = 'https://www.mg.gov.br';

let chat: TestWebChat | undefined;
afterEach(async () => {
  await chat?.stop();
  chat = undefined;
});

async function start(...args: Parameters<typeof startWebChat>): Promise<TestWebChat> {
  chat = await startWebChat(...args);
  return chat;
}

describe('a message from an allowed origin', () => {
  it('answers with a new anonymous session and the replies of the turn', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL] });
    const a = await postMessage(base, { origin: PORTAL, input: { kind: 'text', text: 'perdi meu rg' } });
    expect(a.status).toBe(200);
    expect(a.json.session).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(answerText(a)).toContain('Carteira de Identidade Nacional (CIN)');
    expect(a.json.replies?.[0]?.options.map((o) => o.id)).toContain('card:steps');
  });

  it('carries CORS headers for that origin only, and no credentials', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL] });
    const a = await postMessage(base, { origin: PORTAL, input: { kind: 'start' } });
    expect(a.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(a.headers['access-control-allow-credentials']).toBeUndefined();
    expect(a.headers.vary).toContain('Origin');
    expect(a.headers['cache-control']).toBe('no-store');
  });

  it('continues the same conversation when the session comes back', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL] });
    const first = await postMessage(base, { origin: PORTAL, input: { kind: 'text', text: 'perdi meu rg' } });
    const step = await postMessage(base, { origin: PORTAL, session: first.json.session, input: { kind: 'option', id: 'card:steps' } });
    expect(step.json.session).toBe(first.json.session);
    expect(answerText(step)).toContain('Etapa 1 de 4');
  });

  it('opens the conversation on the service of a deep link', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL] });
    const a = await postMessage(base, { origin: PORTAL, input: { kind: 'start', service: 'cnh-renovacao' } });
    expect(answerText(a)).toContain('Renovação da CNH');
  });

  it('answers a retried message id once', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL] });
    const first = await postMessage(base, { origin: PORTAL, input: { kind: 'text', text: 'perdi meu rg' } });
    const session = first.json.session;
    const once = await postMessage(base, { origin: PORTAL, session, id: 'retry-me-1', input: { kind: 'option', id: 'card:steps' } });
    const again = await postMessage(base, { origin: PORTAL, session, id: 'retry-me-1', input: { kind: 'option', id: 'card:steps' } });
    expect(answerText(once)).toContain('Etapa 1 de 4');
    expect(again.status).toBe(200);
    expect(again.json.replies).toEqual([]);
  });

  it('counts the conversation as the channel web', async () => {
    const { base, test } = await start({ allowedOrigins: [PORTAL] });
    await postMessage(base, { origin: PORTAL, input: { kind: 'text', text: 'perdi meu rg' } });
    const counts = await test.app.stats.sessionsStarted(0, Date.now() + 60_000);
    expect(counts).toEqual([{ channel: 'web', sessions: 1 }]);
  });
});

describe('the server\'s own origin (the demo page)', () => {
  it('is allowed without being listed', async () => {
    const { base } = await start();
    const a = await postMessage(base, { origin: base, input: { kind: 'start' } });
    expect(a.status).toBe(200);
    expect(a.headers['access-control-allow-origin']).toBe(base);
  });

  it('is the public host named by a trusted proxy', async () => {
    const { base } = await start();
    const a = await postMessage(base, { origin: 'https://atende.mg.gov.br', headers: { 'X-Forwarded-Host': 'atende.mg.gov.br' }, input: { kind: 'start' } });
    expect(a.status).toBe(200);
  });

  it('is not taken from X-Forwarded-Host when the peer is no trusted proxy', async () => {
    const { base } = await start({ trustedProxies: [] });
    const a = await postMessage(base, { origin: 'https://atende.mg.gov.br', headers: { 'X-Forwarded-Host': 'atende.mg.gov.br' }, input: { kind: 'start' } });
    expect(a.status).toBe(403);
  });
});

describe('refusals', () => {
  it('refuses a disallowed origin with 403 and no CORS headers', async () => {
    const { base, test } = await start({ allowedOrigins: [PORTAL] });
    const a = await postMessage(base, { origin: 'https://mg.gov.br.example.com', input: { kind: 'text', text: 'perdi meu rg' } });
    expect(a.status).toBe(403);
    expect(a.headers['access-control-allow-origin']).toBeUndefined();
    // Nothing reached the conversation.
    expect(await test.app.stats.sessionsStarted(0, Date.now() + 60_000)).toEqual([]);
  });

  it('refuses a request without Origin', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL] });
    const res = await raw(`${base}/webchat/api/message`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id: 'abcdefgh', input: { kind: 'start' } }) });
    expect(res.status).toBe(403);
  });

  it('answers the preflight of an allowed origin, and refuses another\'s', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL] });
    const ok = await raw(`${base}/webchat/api/message`, { method: 'OPTIONS', headers: { Origin: PORTAL, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    expect(ok.status).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(ok.headers['access-control-allow-methods']).toBe('POST');
    expect(ok.headers['access-control-allow-headers']).toBe('Content-Type');
    const refused = await raw(`${base}/webchat/api/message`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(refused.status).toBe(403);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 413 to a body over the limit, declared up front', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL], maxBodyBytes: 2048 });
    const text = 'a'.repeat(3000);
    const res = await raw(`${base}/webchat/api/message`, { method: 'POST', headers: { Origin: PORTAL, 'Content-Type': 'application/json' }, body: JSON.stringify({ id: 'abcdefgh', input: { kind: 'text', text } }) });
    expect(res.status).toBe(413);
    expect(res.headers['access-control-allow-origin']).toBe(PORTAL);
  });

  it('answers 413 to a chunked body that grows past the limit', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL], maxBodyBytes: 2048 });
    const chunks = Array.from({ length: 4 }, () => Buffer.from('x'.repeat(1000)));
    const res = await raw(`${base}/webchat/api/message`, { method: 'POST', headers: { Origin: PORTAL, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, body: chunks });
    expect(res.status).toBe(413);
  });

  it('answers 415 to a body that is not JSON by its type', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL] });
    const res = await raw(`${base}/webchat/api/message`, { method: 'POST', headers: { Origin: PORTAL, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(res.status).toBe(415);
  });

  it('answers 400 to a malformed message, naming the field', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL] });
    const a = await postMessage(base, { origin: PORTAL, input: { kind: 'text', text: '   ' } });
    expect(a.status).toBe(400);
    expect(a.json.error).toContain('input.text');
    const bad = await raw(`${base}/webchat/api/message`, { method: 'POST', headers: { Origin: PORTAL, 'Content-Type': 'application/json' }, body: '{"id":' });
    expect(bad.status).toBe(400);
  });

  it('answers 405 to a GET on the API and 404 elsewhere', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL] });
    const get = await raw(`${base}/webchat/api/message`);
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST, OPTIONS');
    expect((await raw(`${base}/webchat/nada`)).status).toBe(404);
  });
});

describe('rate limits', () => {
  it('limits one address: 429 with the polite notice and Retry-After', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL], ipMessagesPerMinute: 3 });
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 5; i++) {
      last = await postMessage(base, { origin: PORTAL, input: { kind: 'start' } });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(last?.headers['retry-after']).toBe('60');
    expect(last && answerText(last)).toBe(IP_NOTICE);
  });

  it('counts the address a trusted proxy forwards, not the proxy', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL], ipMessagesPerMinute: 2 });
    const from = (ip: string) => postMessage(base, { origin: PORTAL, headers: { 'X-Forwarded-For': ip }, input: { kind: 'start' } });
    expect([(await from('200.1.1.1')).status, (await from('200.1.1.1')).status, (await from('200.1.1.1')).status]).toEqual([200, 200, 429]);
    expect((await from('200.2.2.2')).status).toBe(200);
  });

  it('limits one session with the runtime\'s notice', async () => {
    const { base } = await start({ allowedOrigins: [PORTAL] }, { RATE_LIMIT_MESSAGES: '2' });
    const first = await postMessage(base, { origin: PORTAL, input: { kind: 'start' } });
    const session = first.json.session;
    const second = await postMessage(base, { origin: PORTAL, session, input: { kind: 'text', text: 'ipva' } });
    const third = await postMessage(base, { origin: PORTAL, session, input: { kind: 'text', text: 'ipva' } });
    const fourth = await postMessage(base, { origin: PORTAL, session, input: { kind: 'text', text: 'ipva' } });
    expect([first.status, second.status, third.status, fourth.status]).toEqual([200, 200, 429, 429]);
    expect(answerText(third)).toBe(copy.rateLimited);
    expect(answerText(fourth)).toBe(copy.rateLimited);
    // Another browser is not held up by this one.
    expect((await postMessage(base, { origin: PORTAL, input: { kind: 'start' } })).status).toBe(200);
  });
});

describe('static files', () => {
  it('serves the widget script gzipped, under 30 KB, cacheable and revalidated by ETag', async () => {
    const { base } = await start();
    const res = await raw(`${base}/webchat/widget.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.length).toBeLessThan(30 * 1024);
    const source = gunzipSync(res.body).toString('utf8');
    expect(source).toContain('document.currentScript');
    expect(source).not.toMatch(/^export /m);
    // Text is written with textContent only: no HTML sink, whatever the catalogue or the citizen wrote.
    expect(source).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function/);
    const etag = String(res.headers.etag);
    expect((await raw(`${base}/webchat/widget.js`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('serves the demo page with a strict CSP and the widget tag', async () => {
    const { base } = await start();
    const res = await raw(`${base}/webchat/?servico=ipva`);
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(DEMO_CSP);
    expect(DEMO_CSP).not.toContain('unsafe-inline');
    expect(res.text).toContain('<script src="widget.js" data-service="ipva" defer></script>');
    expect(res.text).toContain('lang="pt-BR"');
  });

  it('falls back to the default service when the demo is asked for a malformed one', async () => {
    const { base } = await start();
    const res = await raw(`${base}/webchat/?servico=%22%3E%3Cscript%3E`);
    expect(res.text).toContain('data-service="cnh-renovacao"');
    expect(res.text).not.toContain('<script>');
  });

  it('does not serve the demo page when it is turned off', async () => {
    const { base } = await start({ demo: false });
    expect((await raw(`${base}/webchat/`)).status).toBe(404);
    expect((await raw(`${base}/webchat/widget.js`)).status).toBe(200);
  });

  it('takes one more route, for a health check mounted later', async () => {
    const { base, adapter } = await start();
    adapter.addRoute({ path: '/healthz', methods: ['GET'], handle: (_req, res) => void res.writeHead(200).end('ok') });
    const res = await raw(`${base}/healthz`);
    expect([res.status, res.text]).toEqual([200, 'ok']);
  });
});
