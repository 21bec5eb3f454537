// The shared /healthz handler over real HTTP: 200 only when every check is ok, else 503 with the first failing
// part as the reason; a check that throws counts as down; HEAD has no body; other methods get 405.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type HealthCheck, healthHandler } from '../../src/channels/shared/health.ts';
import { WebChatAdapter } from '../../src/channels/web/index.ts';
import { MemoryStore } from '../../src/store/memory/store.ts';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(checks: () => HealthCheck[]): Promise<string> {
  const handler = healthHandler(checks);
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/healthz`;
}

describe('the /healthz handler', () => {
  it('answers 200 only when every part is ready, else 503 naming the first part that is not', async () => {
    const store = new MemoryStore();
    const web = new WebChatAdapter({ host: '127.0.0.1', port: 0, allowedOrigins: [], trustedProxies: [], maxBodyBytes: 65_536, ipMessagesPerMinute: 0, demo: false });
    const checks = (): HealthCheck[] => [
      { name: 'database', check: () => store.health() },
      { name: 'web', check: () => web.health() },
    ];
    const url = await serve(checks);
    // The web chat was never started: down.
    let res = await fetch(url);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { ready: boolean; reason: string; checks: Record<string, { ok: boolean }> };
    expect(body.ready).toBe(false);
    expect(body.reason).toMatch(/^web: /);
    expect(body.checks.database?.ok).toBe(true);

    await store.close();
    res = await fetch(url);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { reason: string }).reason).toMatch(/^database: /);
  });

  it('is ready when all checks pass, counts a check that throws as down, and answers HEAD and other methods', async () => {
    let failing = false;
    const url = await serve(() => [
      { name: 'catalogue', check: () => ({ ok: true }) },
      {
        name: 'telegram',
        check: () => {
          if (failing) throw new Error('boom');
          return { ok: true };
        },
      },
    ]);
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ready: true, checks: { catalogue: { ok: true }, telegram: { ok: true } } });
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    failing = true;
    const down = await fetch(url);
    expect(down.status).toBe(503);
    expect(((await down.json()) as { reason: string }).reason).toContain('telegram: ');
  });
});
