// The SQLite store on real temporary files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/core/errors.ts';
import type { RequestRecord } from '../../src/conversation/storage.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { memoryRuntime } from '../support/runtime.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atende-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const text = (t: string) => ({ kind: 'text' as const, text: t });

/** A request looked up through the port, as the citizen `userKey` on `channel`. */
async function lookUp(store: SqliteStore, channel: string, userKey: string, protocol: string): Promise<RequestRecord | undefined> {
  const outcome = await store.runTurn({ channel, userKey }, async (read) => ({ result: await read.findRequest(protocol) }));
  return outcome.status === 'done' ? outcome.result : undefined;
}

describe('the SQLite store', () => {
  it('runs in WAL mode with the migrations applied once', async () => {
    const path = join(dir, 'a.sqlite');
    const store = new SqliteStore(path);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const version = store.db.pragma('user_version', { simple: true });
    await store.close();
    const again = new SqliteStore(path);
    expect(again.db.pragma('user_version', { simple: true })).toBe(version);
    await again.close();
  });

  it('stores a whole conversation: session, events and a request with its protocol', async () => {
    const store = new SqliteStore(join(dir, 'a.sqlite'));
    const { runtime } = memoryRuntime({ store });
    await runtime.handle('terminal', 'u1', { kind: 'option', id: 'svc:agendamento-uai' });
    for (const t of ['Fazer solicitação', 'Maria da Silva', '529.982.247-25', 'Belo Horizonte', '15/12/2026', '1', 'pular', 'sim']) await runtime.handle('terminal', 'u1', text(t));
    const session = store.db.prepare('SELECT * FROM sessions').get() as { user_key: string; messages_in: number; state: string; requested: number };
    expect(session.messages_in).toBe(9);
    expect(session.requested).toBe(1);
    const types = (store.db.prepare('SELECT type FROM events ORDER BY id').all() as { type: string }[]).map((r) => r.type);
    expect(types).toEqual(expect.arrayContaining(['service_viewed', 'form_started', 'form_submitted']));
    const req = store.db.prepare('SELECT * FROM requests').get() as { protocol: string; answers: string; user_key: string };
    expect(req.protocol).toMatch(/^ATD-\d{8}-\d{6}$/);
    expect(JSON.parse(req.answers)).toMatchObject({ nome: 'Maria da Silva', cpf: '529.982.247-25' });
    // Personal answers live only in the requests table.
    const events = JSON.stringify(store.db.prepare('SELECT data FROM events').all());
    expect(events).not.toContain('Maria');
    expect(events).not.toContain('529.982');
    expect((await lookUp(store, 'terminal', req.user_key, req.protocol))?.serviceId).toBe('agendamento-uai');
    expect(await lookUp(store, 'terminal', 'someone-else', req.protocol)).toBeUndefined();
    await store.close();
  });

  it('updates the daily aggregates when a session closes', async () => {
    const store = new SqliteStore(join(dir, 'a.sqlite'));
    const { runtime, clock } = memoryRuntime({ store });
    await runtime.handle('telegram', 'a', text('perdi meu rg'));
    await runtime.handle('telegram', 'b', text('receita de bolo'));
    expect(store.db.prepare('SELECT count(*) AS n FROM daily_channel').get()).toEqual({ n: 0 });
    clock.now += 31 * 60_000;
    expect(await runtime.sweep()).toBe(2);
    const row = store.db.prepare('SELECT sessions, searched, viewed FROM daily_channel WHERE channel = ?').get('telegram');
    expect(row).toEqual({ sessions: 2, searched: 2, viewed: 1 });
    const failed = store.db.prepare('SELECT query, count FROM daily_failed_searches').all();
    expect(failed).toEqual([{ query: 'receita de bolo', count: 1 }]);
    await store.close();
  });

  it('writes no index page for an event (one WAL frame less per turn), and purge still takes only the old events', async () => {
    const store = new SqliteStore(join(dir, 'a.sqlite'));
    const indexes = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'").all();
    expect(indexes).toEqual([]);
    const { runtime, clock } = memoryRuntime({ store });
    const DAY = 86_400_000;
    clock.now = Date.now() - 400 * DAY;
    await runtime.handle('telegram', 'old', text('perdi meu rg'));
    await runtime.handle('telegram', 'old', text('sair'));
    clock.now = Date.now() - 2 * DAY;
    await runtime.handle('telegram', 'recent', text('renovar cnh'));
    await runtime.handle('telegram', 'recent', text('sair'));
    clock.now = Date.now();
    await runtime.handle('telegram', 'open', text('ipva'));
    const before = store.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number };
    const oldEvents = store.db.prepare('SELECT count(*) AS n FROM events WHERE at < ?').get(Date.now() - 365 * DAY) as { n: number };
    expect(oldEvents.n).toBeGreaterThan(0);
    const result = await store.purge(Date.now() - 365 * DAY);
    expect(result.events).toBe(oldEvents.n);
    expect(store.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: before.n - oldEvents.n });
    expect(store.db.prepare('SELECT count(*) AS n FROM events WHERE at < ?').get(Date.now() - 365 * DAY)).toEqual({ n: 0 });
    await store.close();
  });

  it('remembers handled updates, so a redelivery is recognised after a restart', async () => {
    const path = join(dir, 'a.sqlite');
    const store = new SqliteStore(path);
    await memoryRuntime({ store }).runtime.handle('telegram', 'u', text('oi'), 'tg:77');
    await store.close();
    const again = new SqliteStore(path);
    const { runtime } = memoryRuntime({ store: again });
    expect(await runtime.handle('telegram', 'u', text('oi'), 'tg:77')).toEqual({ replies: [], skipped: 'duplicate' });
    expect((await runtime.handle('telegram', 'u', text('oi'), 'tg:78')).replies.length).toBeGreaterThan(0);
    await again.close();
  });

  it('gives a clear error for a corrupt database file', () => {
    const path = join(dir, 'bad.sqlite');
    writeFileSync(path, 'this is not a database, just some text that is long enough to have a header'.repeat(100));
    expect(() => new SqliteStore(path)).toThrow(StoreError);
    expect(() => new SqliteStore(path)).toThrow(/corrompido ou não é um banco SQLite/);
  });

  it('gives a clear error when another process holds the write lock', async () => {
    const path = join(dir, 'locked.sqlite');
    await new SqliteStore(path).close();
    const holder = new Database(path);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => new SqliteStore(path)).toThrow(/bloqueado por outro processo/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});

describe('when the disk is full', () => {
  it('the write fails cleanly, the citizen gets an apology, and the error is logged without the message text', async () => {
    const store = new SqliteStore(join(dir, 'full.sqlite'));
    const logged: { fields: Record<string, unknown>; msg?: string }[] = [];
    const logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: (fields: Record<string, unknown>, msg?: string) => void logged.push({ fields, msg }),
      child: () => logger,
    };
    const { runtime } = memoryRuntime({ store, logger });
    await runtime.handle('terminal', 'warm', text('oi'));
    // Cap the file at its current size: the next page allocation fails with SQLITE_FULL, as on a full disk.
    const pages = store.db.pragma('page_count', { simple: true });
    store.db.pragma(`max_page_count = ${Number(pages)}`);
    const secret = 'meu cpf 529.982.247-25 '.repeat(200);
    let answer;
    for (let i = 0; i < 50; i++) {
      answer = await runtime.handle('terminal', `user-${i}`, text(secret));
      if (answer.skipped === 'error') break;
    }
    expect(answer?.skipped).toBe('error');
    expect(answer?.replies[0]?.text).toContain('Desculpe');
    expect(logged.some((l) => l.fields.code === 'SQLITE_FULL')).toBe(true);
    expect(JSON.stringify(logged.map((l) => ({ ...l.fields, err: undefined })))).not.toContain('529.982');
    await store.close();
  });
});
