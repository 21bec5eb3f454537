// The real CLI (`serve`) with WHATSAPP_CLOUD_* pointed at the fake Graph API: a conversation that goes on across
// a restart, and a message acknowledged just before a crash, which is kept and never answered twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeGraphApi, MetaWebhook, type SentMessage } from '../fakes/graph-api.ts';
import { type CliProcess, killAll, spawnServe, waitForLog } from '../support/serve.ts';
import { APP_SECRET, MARIA, VERIFY_TOKEN } from './whatsapp-cloud-support.ts';

let graph: FakeGraphApi | undefined;
let dir: string | undefined;
afterEach(async () => {
  await killAll();
  await graph?.stop();
  graph = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

interface Sandbox {
  graph: FakeGraphApi;
  databasePath: string;
}

async function sandbox(): Promise<Sandbox> {
  graph = new FakeGraphApi();
  await graph.start();
  dir = mkdtempSync(join(tmpdir(), 'atende-wacloud-serve-'));
  return { graph, databasePath: join(dir, 'atende.sqlite') };
}

/** Starts `serve` with only the Cloud API channel; resolves with the process and Meta's side of its webhook. */
async function serve(s: Sandbox): Promise<{ proc: CliProcess; meta: MetaWebhook }> {
  const proc = spawnServe({
    WHATSAPP_CLOUD_ACCESS_TOKEN: s.graph.token,
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: s.graph.phoneNumberId,
    WHATSAPP_CLOUD_APP_SECRET: APP_SECRET,
    WHATSAPP_CLOUD_VERIFY_TOKEN: VERIFY_TOKEN,
    WHATSAPP_CLOUD_API_ROOT: s.graph.url,
    WHATSAPP_CLOUD_WEBHOOK_PORT: '0',
    DATABASE_PATH: s.databasePath,
    PSEUDONYM_SECRET: 'wacloud-serve-test',
    CATALOGUE_WATCH: 'false',
    LOG_LEVEL: 'info',
  });
  try {
    const listening = await waitForLog(proc, 'whatsapp cloud webhook listening', 60_000);
    const url = `http://127.0.0.1:${String(listening.port)}/whatsapp/webhook`;
    return { proc, meta: new MetaWebhook({ url, appSecret: APP_SECRET, graph: s.graph }) };
  } catch (err) {
    proc.signal('SIGKILL');
    throw err;
  }
}

/** Posts a signed notification (200 expected) and waits for `count` messages to the citizen after it. */
async function exchange(s: Sandbox, meta: MetaWebhook, body: Record<string, unknown>, count = 1): Promise<SentMessage[]> {
  const mark = s.graph.mark();
  const res = await meta.post(body);
  expect(res.status).toBe(200);
  return s.graph.waitForSends(MARIA.phone, count, mark, 30_000);
}

describe('serve with WHATSAPP_CLOUD_* set', () => {
  it('carries a walkthrough on across a restart, and exits with code 0 on SIGTERM', async () => {
    const s = await sandbox();
    let { proc, meta } = await serve(s);
    try {
      const [menu] = await exchange(s, meta, meta.text(MARIA, 'oi'));
      expect(menu?.kind).toBe('button');
      const results = await exchange(s, meta, meta.text(MARIA, 'ipva'));
      const choice = results.find((m) => m.ids.some((id) => id.startsWith('svc:')));
      const service = choice?.ids.find((id) => id.startsWith('svc:')) ?? '';
      const card = await exchange(s, meta, meta.listReply(MARIA, service, choice?.choices[0] ?? ''));
      expect(card.flatMap((m) => m.ids)).toContain('card:steps');
      const step1 = await exchange(s, meta, meta.buttonReply(MARIA, 'card:steps', '📋 Passo a passo'));
      const first = step1[step1.length - 1];
      expect(first?.body).toMatch(/Etapa 1 de \d/);
      expect(first?.ids).toContain('walk:next');

      proc.signal('SIGTERM');
      expect(await proc.exited()).toEqual({ code: 0, signal: null });
      expect(proc.stderr).toContain('whatsapp cloud stopped');

      ({ proc, meta } = await serve(s));
      const step2 = await exchange(s, meta, meta.buttonReply(MARIA, 'walk:next', '➡️ Próxima etapa'));
      expect(step2[step2.length - 1]?.body).toMatch(/Etapa 2 de \d/);
      // Logs never carry the phone number or what the citizen typed.
      expect(proc.stderr).not.toContain(MARIA.phone);
      expect(proc.stderr).not.toContain('ipva');
    } catch (err) {
      throw new Error(`${String(err)}\n--- serve stderr ---\n${proc.stderr.slice(-4000)}`);
    }
    proc.signal('SIGTERM');
    expect((await proc.exited()).code).toBe(0);
    const db = new Database(s.databasePath, { readonly: true });
    try {
      expect(db.prepare('SELECT DISTINCT channel FROM sessions').all()).toEqual([{ channel: 'whatsapp' }]);
    } finally {
      db.close();
    }
  });

  it('keeps a message it acknowledged just before being killed, and does not answer its redelivery twice', async () => {
    const s = await sandbox();
    let { proc, meta } = await serve(s);
    const hello = meta.text(MARIA, 'oi', { id: 'wamid.ACKED-THEN-KILLED' });
    try {
      // The reply is held at the Graph API: the 200 is answered (the turn is stored), the reply is not yet sent.
      const held = s.graph.hold();
      expect((await meta.post(hello)).status).toBe(200);
      await s.graph.waitFor(() => held.held() === 1, 20_000, 'a held send');
      proc.signal('SIGKILL');
      await proc.exited();
      held.release();

      ({ proc, meta } = await serve(s));
      const mark = s.graph.mark();
      // Meta delivers the message again (as if the 200 had been lost), then the citizen writes on.
      expect((await meta.post(hello)).status).toBe(200);
      const next = await exchange(s, meta, meta.text(MARIA, 'ipva'));
      expect(s.graph.sentTo(MARIA.phone, mark)).toEqual(next);
      expect(next.map((m) => m.body).join('\n')).not.toContain('Eu sou o *Atende*');
    } catch (err) {
      throw new Error(`${String(err)}\n--- serve stderr ---\n${proc.stderr.slice(-4000)}`);
    }
    const db = new Database(s.databasePath, { readonly: true });
    try {
      expect(db.prepare("SELECT key FROM processed_updates WHERE key = 'wa-cloud:wamid.ACKED-THEN-KILLED'").all()).toHaveLength(1);
      expect(db.prepare("SELECT sum(messages_in) AS n FROM sessions WHERE channel = 'whatsapp'").get()).toEqual({ n: 2 });
    } finally {
      db.close();
    }
  });
});
