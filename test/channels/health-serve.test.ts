// GET /healthz on every HTTP surface of the real `serve` (Telegram webhook against the fake Bot API, WhatsApp Cloud
// against the fake Graph API, the web chat, the dashboard), over real HTTP: 200 and ready while everything is up;
// 503 with the database named as the reason once its folder is deleted; 503 while shutting down.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeGraphApi } from '../fakes/graph-api.ts';
import { spawnServe, useServeSandbox, waitForLog } from '../support/serve.ts';
import { APP_SECRET, VERIFY_TOKEN } from './whatsapp-cloud-support.ts';

const sandbox = useServeSandbox('atende-healthz-');
let graph: FakeGraphApi | undefined;
afterEach(async () => {
  await graph?.stop();
  graph = undefined;
});

interface Answer {
  status: number;
  body: { ready?: boolean; reason?: string; checks?: Record<string, { ok: boolean; reason?: string }> };
}

async function healthz(base: string): Promise<Answer> {
  const res = await fetch(`${base}/healthz`);
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

/** Asks until the answer is not 200 any more (the store checks its file every second), or gives up. */
async function untilNotReady(base: string): Promise<Answer> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const a = await healthz(base);
    if (a.status !== 200 || Date.now() > deadline) return a;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('GET /healthz on a running serve', () => {
  it('is 200 on every surface while all is up, and 503 naming the database once its folder is deleted', { timeout: 180_000 }, async () => {
    const { fake, url, dir } = await sandbox();
    graph = new FakeGraphApi();
    await graph.start();
    const proc = spawnServe({
      DATABASE_PATH: join(dir, 'db', 'atende.sqlite'),
      STATE_DIR: join(dir, 'state'),
      PSEUDONYM_SECRET: 'healthz-test',
      CATALOGUE_WATCH: 'false',
      LOG_LEVEL: 'info',
      TELEGRAM_BOT_TOKEN: '123:ABC',
      TELEGRAM_API_ROOT: url,
      TELEGRAM_WEBHOOK_URL: 'https://atende.example.gov.br/telegram/hook',
      TELEGRAM_WEBHOOK_SECRET: 'segredo-do-webhook',
      TELEGRAM_WEBHOOK_PORT: '0',
      WHATSAPP_CLOUD_ACCESS_TOKEN: graph.token,
      WHATSAPP_CLOUD_PHONE_NUMBER_ID: graph.phoneNumberId,
      WHATSAPP_CLOUD_APP_SECRET: APP_SECRET,
      WHATSAPP_CLOUD_VERIFY_TOKEN: VERIFY_TOKEN,
      WHATSAPP_CLOUD_API_ROOT: graph.url,
      WHATSAPP_CLOUD_WEBHOOK_PORT: '0',
      WEBCHAT_PORT: '0',
      DASHBOARD_PORT: '0',
      DASHBOARD_TOKEN: 'um-token-longo-do-painel',
    });
    expect(fake.url).toBe(url);
    const portOf = async (msg: string): Promise<string> => `http://127.0.0.1:${String((await waitForLog(proc, msg, 60_000)).port)}`;
    const bases = {
      telegram: await portOf('telegram started'),
      whatsapp: await portOf('whatsapp cloud webhook listening'),
      webchat: await portOf('webchat started'),
      dashboard: await portOf('dashboard listening'),
    };
    await waitForLog(proc, 'atende serving', 60_000);

    for (const [surface, base] of Object.entries(bases)) {
      const a = await healthz(base);
      expect({ surface, ...a }, proc.stderr.slice(-3000)).toMatchObject({ surface, status: 200, body: { ready: true } });
      expect(Object.keys(a.body.checks ?? {}).sort()).toEqual(['catalogue', 'database', 'process', 'telegram', 'web', 'whatsapp']);
    }

    rmSync(join(dir, 'db'), { recursive: true, force: true });
    const first = await untilNotReady(bases.webchat);
    expect(first.status).toBe(503);
    expect(first.body.ready).toBe(false);
    expect(first.body.reason).toMatch(/^database: /);
    expect(first.body.checks?.database?.ok).toBe(false);
    expect(first.body.checks?.catalogue?.ok).toBe(true);
    for (const base of Object.values(bases)) expect((await healthz(base)).status).toBe(503);
    // The answer names no path: the webhook's health is public.
    expect(JSON.stringify(first.body)).not.toContain(dir);

    proc.signal('SIGTERM');
    expect(await proc.exited(), proc.stderr.slice(-3000)).toEqual({ code: 0, signal: null });
  });
});
