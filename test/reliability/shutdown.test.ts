// Graceful shutdown of the real `serve` (SIGTERM): open sessions are closed at the time of their last message
// (not the shutdown time), an answer on its way is let through, and conversations carry on after a restart.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FakeTelegramApi } from '../fakes/telegram-api.ts';
import { startTelegramServe, waitForLog, waitShown, useServeSandbox } from '../support/serve.ts';

const EARLY = 9201;
const LATE = 9202;
const MIDFORM = 9203;

const sandbox = useServeSandbox('atende-shutdown-');

interface SessionRow {
  user: string;
  startedAt: number;
  lastAt: number;
  endedAt: number | null;
  outcome: string | null;
  messagesIn: number;
}

function readSessions(path: string): SessionRow[] {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare('SELECT user_key AS user, started_at AS startedAt, last_at AS lastAt, ended_at AS endedAt, outcome, messages_in AS messagesIn FROM sessions ORDER BY last_at')
      .all() as SessionRow[];
  } finally {
    db.close();
  }
}

/** Lets the wall clock move on by at least `ms` (set-up: the shutdown must come visibly later than the last message). */
async function letTimePass(ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) await new Promise((resolve) => setTimeout(resolve, until - Date.now()));
}

async function setUp(): Promise<{ f: FakeTelegramApi; databasePath: string; env: Record<string, string> }> {
  const { fake: f, databasePath } = await sandbox();
  return { f, databasePath, env: { DATABASE_PATH: databasePath, PSEUDONYM_SECRET: 'shutdown-test', RATE_LIMIT_MESSAGES: '1000' } };
}

describe('serve on SIGTERM', () => {
  it('closes every open session at the time of its own last message, and counts it in the daily figures', { timeout: 120_000 }, async () => {
    const { f, databasePath, env } = await setUp();
    const proc = await startTelegramServe(f, env);
    let mark = f.mark();
    f.pushText(EARLY, '/start agendamento-uai');
    await waitShown(f, EARLY, 'Agendar atendimento na UAI', mark);
    await letTimePass(50);
    mark = f.mark();
    f.pushText(LATE, 'perdi meu rg');
    await waitShown(f, LATE, 'Carteira de Identidade', mark);
    await letTimePass(50);

    const sentAt = Date.now();
    proc.signal('SIGTERM');
    expect(await proc.exited(), proc.stderr).toEqual({ code: 0, signal: null });

    const sessions = readSessions(databasePath);
    expect(sessions).toHaveLength(2);
    const [early, late] = sessions as [SessionRow, SessionRow];
    // Each ends when its citizen last wrote: two different times, both before the shutdown.
    expect(early.endedAt).toBe(early.lastAt);
    expect(late.endedAt).toBe(late.lastAt);
    expect(early.lastAt).toBeLessThan(late.lastAt);
    expect(late.lastAt).toBeLessThan(sentAt);
    expect(early.outcome).toBe('service_viewed');
    expect(early.user).not.toBe(late.user);

    const db = new Database(databasePath, { readonly: true });
    try {
      expect(db.prepare("SELECT sum(sessions) AS sessions, sum(messages_in) AS messagesIn FROM daily_channel WHERE channel = 'telegram'").get()).toEqual({ sessions: 2, messagesIn: 2 });
    } finally {
      db.close();
    }
  });

  it('lets an answer on its way reach the citizen before exiting, and the form carries on after a restart', { timeout: 180_000 }, async () => {
    const { f, databasePath, env } = await setUp();
    let proc = await startTelegramServe(f, env);
    const say = async (text: string, expected: string): Promise<void> => {
      const mark = f.mark();
      f.pushText(MIDFORM, text);
      await waitShown(f, MIDFORM, expected, mark);
    };
    await say('/start agendamento-uai', 'Agendar atendimento na UAI');
    const mark = f.mark();
    f.pushPress(MIDFORM, '📝 Fazer solicitação');
    await waitShown(f, MIDFORM, '(1/6)', mark);
    await say('Maria da Silva', '(2/6)');

    // Telegram is slow to take the next answer; SIGTERM arrives meanwhile.
    let holding = true;
    const slow = f.hold((c) => holding && c.method === 'sendMessage');
    const beforeCpf = f.mark();
    f.pushText(MIDFORM, '529.982.247-25');
    await slow.waitHeld(1, 30_000);
    proc.signal('SIGTERM');
    await waitForLog(proc, 'shutting down');
    holding = false;
    slow.release();
    expect(await proc.exited(), proc.stderr).toEqual({ code: 0, signal: null });
    // The answer went out during the shutdown.
    await waitShown(f, MIDFORM, '(3/6)', beforeCpf, 1_000);
    const [closed] = readSessions(databasePath);
    expect(closed?.endedAt).toBe(closed?.lastAt);
    expect(closed?.messagesIn).toBe(4);

    // A graceful restart moments later: the citizen answers field 3 and gets field 4.
    proc = await startTelegramServe(f, env);
    await say('Belo Horizonte', '(4/6)');
    proc.signal('SIGTERM');
    expect(await proc.exited(), proc.stderr).toEqual({ code: 0, signal: null });
  });
});
