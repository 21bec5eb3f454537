// The real CLI: `serve` with WEBCHAT_PORT as a child process. Proves the wiring: the web chat starts (lazily, only
// when configured), answers over HTTP, stops on SIGTERM with the session closed and counted as the channel "web",
// and its logs carry neither what the citizen wrote nor the browser's id.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { spawnServe, useServeSandbox, waitForLog } from '../support/serve.ts';
import { answerText, postMessage } from '../support/webchat.ts';

const sandbox = useServeSandbox('atende-webchat-serve-');

describe('npm start -- serve with WEBCHAT_PORT', () => {
  it('serves the web chat, then exits with code 0 on SIGTERM, the session counted as web', async () => {
    const { databasePath } = await sandbox();
    const proc = spawnServe({ WEBCHAT_PORT: '0', DATABASE_PATH: databasePath, PSEUDONYM_SECRET: 'serve-test', CATALOGUE_WATCH: 'false', LOG_LEVEL: 'info' });
    const started = await waitForLog(proc, 'webchat started', 60_000);
    const base = `http://127.0.0.1:${String(started.port)}`;

    const first = await postMessage(base, { origin: base, input: { kind: 'text', text: 'perdi meu rg' } });
    expect(first.status, proc.stderr).toBe(200);
    expect(answerText(first)).toContain('Carteira de Identidade Nacional (CIN)');
    const session = first.json.session ?? '';
    const step = await postMessage(base, { origin: base, session, input: { kind: 'option', id: 'card:steps' } });
    expect(answerText(step)).toContain('Etapa 1 de 4');

    proc.signal('SIGTERM');
    const exit = await proc.exited();
    expect(exit, proc.stderr).toEqual({ code: 0, signal: null });
    expect(proc.stderr).toContain('webchat stopped');
    expect(proc.stderr).not.toContain('perdi meu rg');
    expect(proc.stderr).not.toContain(session);

    const db = new Database(databasePath, { readonly: true });
    try {
      const rows = db.prepare('SELECT channel, ended_at AS endedAt FROM sessions').all() as { channel: string; endedAt: number | null }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]?.channel).toBe('web');
      expect(rows[0]?.endedAt).not.toBeNull();
      const rollup = db.prepare("SELECT coalesce(sum(sessions), 0) AS n FROM daily_channel WHERE channel = 'web'").get() as { n: number };
      expect(rollup.n).toBe(1);
    } finally {
      db.close();
    }
  });
});
