// Long polling is one process per bot token and database: a second `serve` polling the same token on the same
// database is refused with what to do; once the first stops, the next one starts. On SQLite and PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegram } from '../../src/channels/telegram/index.ts';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';
import { testApp } from '../support/app.ts';
import { type PgServer, startPostgres } from '../support/postgres.ts';

let server: PgServer;
let dir: string;
beforeAll(async () => {
  server = await startPostgres();
  dir = mkdtempSync(join(tmpdir(), 'atende-lease-'));
}, 120_000);
afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['SQLite', async (): Promise<Record<string, string>> => ({ DATABASE_PATH: join(dir, `lease-${Date.now()}.sqlite`) })],
  ['PostgreSQL', async (): Promise<Record<string, string>> => ({ DATABASE_URL: await server.createDatabase() })],
])('two long-polling processes for one token on one %s database', (_name, database) => {
  it('refuses the second with a clear message, and lets the next one start once the first stopped', async () => {
    const fake = new FakeTelegramApi();
    const { url } = await fake.start();
    const db = await database();
    const env = { TELEGRAM_BOT_TOKEN: '123:ABC', TELEGRAM_API_ROOT: url, STATE_DIR: dir, ...db };
    const apps = [await testApp(env), await testApp(env), await testApp(env)];
    const [a, b, c] = apps;
    try {
      if (!a || !b || !c) throw new Error('apps');
      const first = await startTelegram(a.app.channels, a.app.config.telegram, { shutdownGraceMs: 1000, pollTimeoutSeconds: 1 });
      const second = startTelegram(b.app.channels, b.app.config.telegram, { shutdownGraceMs: 1000, pollTimeoutSeconds: 1 });
      await expect(second).rejects.toThrow(/já recebe as mensagens deste bot por long polling neste banco de dados.*webhook/);
      await expect(second).rejects.toThrow(/Another Atende process is already long-polling this bot token/);
      // Another token on the same database is another lease.
      const other = await startTelegram(b.app.channels, { ...b.app.config.telegram, token: '456:DEF', apiRoot: url, staffIds: [] }, { shutdownGraceMs: 1000, pollTimeoutSeconds: 1 });
      await other.stop();
      await first.stop();
      const third = await startTelegram(c.app.channels, c.app.config.telegram, { shutdownGraceMs: 1000, pollTimeoutSeconds: 1 });
      expect(third.mode).toBe('polling');
      await third.stop();
    } finally {
      for (const t of apps) await t.cleanup();
      await fake.stop();
    }
  }, 60_000);
});
