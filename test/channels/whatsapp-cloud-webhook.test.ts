// The Cloud API webhook over real HTTP on 127.0.0.1: Meta's handshake, signed POSTs, the size cap, redeliveries.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer } from '../../src/channels/whatsapp-cloud/server.ts';
import { webhookRoute } from '../../src/channels/whatsapp-cloud/webhook.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { MetaWebhook } from '../fakes/graph-api.ts';
import { sqliteOf } from '../support/app.ts';
import { APP_SECRET, type CloudUnderTest, MARIA, VERIFY_TOKEN, startCloud } from './whatsapp-cloud-support.ts';

let cloud: CloudUnderTest | undefined;
afterEach(async () => {
  await cloud?.cleanup();
  cloud = undefined;
});

async function start(options: Parameters<typeof startCloud>[0] = {}): Promise<CloudUnderTest> {
  cloud = await startCloud(options);
  return cloud;
}

describe('the GET handshake', () => {
  it('echoes the challenge as plain text when the verify token matches', async () => {
    const c = await start();
    const res = await c.meta.handshake({ 'hub.mode': 'subscribe', 'hub.challenge': '1158201444', 'hub.verify_token': VERIFY_TOKEN });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('1158201444');
  });

  it('answers 403 to a wrong verify token, without the challenge', async () => {
    const c = await start();
    const res = await c.meta.handshake({ 'hub.mode': 'subscribe', 'hub.challenge': '1158201444', 'hub.verify_token': `${VERIFY_TOKEN}x` });
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('1158201444');
  });

  it('answers 403 to another mode, or to no parameters at all', async () => {
    const c = await start();
    expect((await c.meta.handshake({ 'hub.mode': 'unsubscribe', 'hub.challenge': '1', 'hub.verify_token': VERIFY_TOKEN })).status).toBe(403);
    expect((await c.meta.handshake({})).status).toBe(403);
  });
});

describe('a POST signed with the app secret', () => {
  it('is answered 200 and handled', async () => {
    const c = await start();
    const sent = await c.play(c.meta.text(MARIA, 'oi'));
    expect(sent.length).toBeGreaterThan(0);
  });
});

describe('a POST without a valid signature', () => {
  it('without the header is refused with 401 and not handled', async () => {
    const c = await start();
    const res = await c.meta.post(c.meta.text(MARIA, 'oi'), { signature: null });
    expect(res.status).toBe(401);
    await c.adapter.idle();
    expect(c.graph.calls.filter((x) => x.method === 'POST')).toHaveLength(0);
    expect(sqliteOf(c.app).prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
  });

  it('signed with another secret is refused with 401', async () => {
    const c = await start();
    const body = JSON.stringify(c.meta.text(MARIA, 'oi'));
    const res = await c.meta.post(body, { signature: c.meta.sign(body, `${APP_SECRET}-antigo`) });
    expect(res.status).toBe(401);
  });

  it('whose body was changed after signing is refused with 401', async () => {
    const c = await start();
    const body = JSON.stringify(c.meta.text(MARIA, 'oi'));
    const res = await c.meta.post(body.replace('"oi"', '"oi!"'), { signature: c.meta.sign(body) });
    expect(res.status).toBe(401);
  });

  it('with a signature of the re-serialised JSON instead of the bytes sent is refused with 401', async () => {
    const c = await start();
    const pretty = JSON.stringify(c.meta.text(MARIA, 'oi'), null, 2);
    const res = await c.meta.post(pretty, { signature: c.meta.sign(JSON.stringify(JSON.parse(pretty))) });
    expect(res.status).toBe(401);
  });

  it('with a malformed header is refused with 401', async () => {
    const c = await start();
    const res = await c.meta.post(c.meta.text(MARIA, 'oi'), { signature: 'sha1=abc' });
    expect(res.status).toBe(401);
  });
});

describe('a body over the size cap', () => {
  it('is refused with 413 before its signature is even checked', async () => {
    const c = await start({ options: { maxBodyBytes: 64 * 1024 } });
    const big = c.meta.text(MARIA, 'x'.repeat(100 * 1024));
    const res = await c.meta.post(big);
    expect(res.status).toBe(413);
    await c.adapter.idle();
    expect(c.graph.sent).toHaveLength(0);
  });
});

describe('a signed body that is not JSON', () => {
  it('is answered 400', async () => {
    const c = await start();
    expect((await c.meta.post('{not json')).status).toBe(400);
  });
});

describe('other paths and methods', () => {
  it('answer 404 and 405', async () => {
    const c = await start();
    const base = c.url.replace('/whatsapp/webhook', '');
    expect((await fetch(`${base}/outro`)).status).toBe(404);
    expect((await fetch(c.url, { method: 'PUT', body: '{}' })).status).toBe(405);
  });

  it('can be mounted next to the webhook (a health check)', async () => {
    const c = await start();
    c.adapter.mount('/healthz', (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
    const res = await fetch(c.url.replace('/whatsapp/webhook', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe('a message Meta delivers twice', () => {
  it('is answered once, and the second POST is still acknowledged', async () => {
    const c = await start();
    const body = c.meta.text(MARIA, 'oi', { id: 'wamid.REPLAYED' });
    const first = await c.play(body);
    expect(first.length).toBeGreaterThan(0);
    const second = await c.play(body);
    expect(second).toHaveLength(0);
    const key = sqliteOf(c.app).prepare("SELECT key FROM processed_updates WHERE key LIKE '%wamid.REPLAYED'").all();
    expect(key).toEqual([{ key: 'wa-cloud:wamid.REPLAYED' }]);
  });

  it('at the same time as the first delivery is still answered once', async () => {
    const c = await start();
    const body = c.meta.text(MARIA, 'oi', { id: 'wamid.TWICE' });
    const mark = c.graph.mark();
    const [a, b] = await Promise.all([c.meta.post(body), c.meta.post(body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await c.adapter.idle();
    expect(c.graph.sentTo(MARIA.phone, mark)).toHaveLength(1);
  });
});

describe('after stop', () => {
  it('the server is closed', async () => {
    const c = await start();
    await c.adapter.stop();
    await expect(fetch(c.url, { method: 'POST', body: '{}' })).rejects.toThrow();
  });
});

describe('a port already taken', () => {
  it('stops start-up with a message naming the settings', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      await expect(startCloud({ settings: { webhook: { host: '127.0.0.1', port } } })).rejects.toThrow(/cannot listen on 127\.0\.0\.1:\d+.*WHATSAPP_CLOUD_WEBHOOK_PORT/);
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });
});

describe('when the 200 is answered', () => {
  async function route(deliver: () => Promise<void>, o: { ackWithinMs: number; stopping?: boolean }) {
    const server = await startHttpServer({ host: '127.0.0.1', port: 0, logger: silentLogger, variables: 'TEST_PORT' });
    server.mount('/w', webhookRoute({ verifyToken: VERIFY_TOKEN, appSecret: APP_SECRET, maxBodyBytes: 1 << 20, ackWithinMs: o.ackWithinMs, logger: silentLogger, deliver, stopping: () => o.stopping ?? false }));
    const meta = new MetaWebhook({ url: `http://127.0.0.1:${server.port}/w`, appSecret: APP_SECRET });
    return { server, meta };
  }

  it('only once the messages of the POST are stored', async () => {
    let release: () => void = () => undefined;
    const stored = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { server, meta } = await route(() => stored, { ackWithinMs: 60_000 });
    try {
      let answered = false;
      const response = meta.post(meta.text(MARIA, 'oi')).then((res) => {
        answered = true;
        return res;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(answered).toBe(false);
      release();
      expect((await response).status).toBe(200);
    } finally {
      server.destroy();
      await server.close();
    }
  });

  it('not at all when storing takes too long: 503, so that Meta delivers again', async () => {
    const { server, meta } = await route(() => new Promise<void>(() => undefined), { ackWithinMs: 50 });
    try {
      expect((await meta.post(meta.text(MARIA, 'oi'))).status).toBe(503);
    } finally {
      server.destroy();
      await server.close();
    }
  });

  it('not at all while shutting down: 503, for whoever runs next', async () => {
    let delivered = 0;
    const { server, meta } = await route(async () => void delivered++, { ackWithinMs: 1_000, stopping: true });
    try {
      expect((await meta.post(meta.text(MARIA, 'oi'))).status).toBe(503);
      expect(delivered).toBe(0);
    } finally {
      server.destroy();
      await server.close();
    }
  });
});
