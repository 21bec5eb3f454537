// The real CLI: `tsx src/cli.ts serve` as a child process, pointed at the fake Bot API by TELEGRAM_API_ROOT.
// Proves the serve wiring: start-up, one short conversation, SIGTERM, clean exit with the database closed.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { spawnServe, useServeSandbox } from '../support/serve.ts';

const CITIZEN = 777;

const sandbox = useServeSandbox('atende-serve-');

describe('npm start -- serve with TELEGRAM_BOT_TOKEN', () => {
  it('serves a conversation over long polling, then exits with code 0 on SIGTERM', async () => {
    const { fake, url, databasePath } = await sandbox();
    const proc = spawnServe({
      TELEGRAM_BOT_TOKEN: '123:ABC',
      TELEGRAM_API_ROOT: url,
      DATABASE_PATH: databasePath,
      PSEUDONYM_SECRET: 'serve-test',
      CATALOGUE_WATCH: 'false',
      LOG_LEVEL: 'info',
    });

    try {
      await fake.waitFor((c) => c.method === 'getUpdates', 45_000);
      fake.pushText(CITIZEN, '/start');
      await fake.waitForMessage(CITIZEN, 'Como posso ajudar', { timeoutMs: 20_000 });
      fake.pushText(CITIZEN, 'perdi meu rg');
      await fake.waitForMessage(CITIZEN, 'Carteira de Identidade', { timeoutMs: 20_000 });
    } catch (err) {
      throw new Error(`${String(err)}\n--- serve stderr ---\n${proc.stderr}`);
    }

    proc.signal('SIGTERM');
    const { code, signal } = await proc.exited();
    const stderr = proc.stderr;
    expect({ code, signal }, stderr).toEqual({ code: 0, signal: null });
    expect(stderr).toContain('telegram stopped');
    // Shutdown closed the open session, so its figures reach the statistics.
    const db = new Database(databasePath, { readonly: true });
    try {
      const sessions = db.prepare('SELECT channel, ended_at AS endedAt FROM sessions').all() as { channel: string; endedAt: number | null }[];
      expect(sessions).toHaveLength(1);
      expect(sessions[0]?.channel).toBe('telegram');
      expect(sessions[0]?.endedAt).not.toBeNull();
    } finally {
      db.close();
    }
    // Logs never carry what the citizen wrote.
    expect(stderr).not.toContain('perdi meu rg');
  });
});
