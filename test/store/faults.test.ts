// Faults of the SQLite file itself, on a real file: its folder deleted or the file replaced while the store is
// open (SQLite would keep writing into the unlinked file and confirm it), and a database that cannot be written
// (SQLITE_READONLY from a real connection). The store confirms nothing more, logs the fault once, and reports
// itself unhealthy.
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError, rootCode } from '../../src/core/errors.ts';
import type { LogFields, Logger } from '../../src/core/logger.ts';
import type { ConversationKey, Store, TurnPlan, TurnReader } from '../../src/conversation/storage.ts';
import { initialState } from '../../src/conversation/types.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';

interface Record_ {
  level: string;
  fields: LogFields;
  msg?: string | undefined;
}

function recordingLogger(): { logger: Logger; records: Record_[] } {
  const records: Record_[] = [];
  const at =
    (level: string) =>
    (fields: LogFields, msg?: string): void => {
      records.push({ level, fields, msg });
    };
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: () => logger };
  return { logger, records };
}

const T0 = Date.parse('2026-11-25T10:00:00-03:00');

/** One message of a citizen, with a request (a protocol) when `protocol` is given. */
async function play(read: TurnReader, k: ConversationKey, when: number, protocol?: string): Promise<TurnPlan<string>> {
  const latest = await read.latestSession();
  const open = latest !== undefined && latest.endedAt === null;
  const base = open ? latest : { id: randomUUID(), channel: k.channel, userKey: k.userKey, startedAt: when, lastAt: when, endedAt: null, outcome: null, messagesIn: 0, messagesOut: 0, state: initialState() };
  const session = { ...base, lastAt: when, messagesIn: base.messagesIn + 1, messagesOut: base.messagesOut + 1 };
  const write = { session, isNew: !open, events: [], ...(protocol ? { request: { protocol, serviceId: 'agendamento-uai', answers: { nome: 'x' } } } : {}) };
  return { result: protocol ?? 'ok', write };
}

/** Runs `n` turns of different citizens, each with a protocol; how many were confirmed, and the errors. */
async function confirmMany(store: Store, n: number, from: number): Promise<{ confirmed: string[]; errors: unknown[] }> {
  const confirmed: string[] = [];
  const errors: unknown[] = [];
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const k = { channel: 'telegram', userKey: `u${from + i}` };
      try {
        const out = await store.runTurn(k, (read) => play(read, k, T0 + from + i, `ATD-20261125-${String(from + i).padStart(6, '0')}`));
        if (out.status === 'done') confirmed.push(out.result);
      } catch (err) {
        errors.push(err);
      }
    }),
  );
  return { confirmed, errors };
}

let dir: string | undefined;
let store: SqliteStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function openStore(logger: Logger): SqliteStore {
  dir = mkdtempSync(join(tmpdir(), 'atende-faults-'));
  store = new SqliteStore(join(dir, 'data', 'atende.sqlite'), { logger });
  return store;
}

describe('the SQLite store when its folder is deleted while it runs', () => {
  it('confirms no protocol afterwards, logs the fault once, and reports itself unhealthy', async () => {
    const { logger, records } = recordingLogger();
    const s = openStore(logger);
    const before = await confirmMany(s, 5, 0);
    expect(before.confirmed).toHaveLength(5);
    expect(await s.health()).toEqual({ ok: true });

    rmSync(join(dir ?? '', 'data'), { recursive: true, force: true });
    const after = await confirmMany(s, 20, 100);
    const later = await confirmMany(s, 20, 200);

    expect(after.confirmed).toEqual([]);
    expect(later.confirmed).toEqual([]);
    expect([...after.errors, ...later.errors].every((e) => e instanceof StoreError)).toBe(true);
    const faults = records.filter((r) => r.level === 'error');
    expect(faults).toHaveLength(1);
    expect(faults[0]?.fields.fault).toBe('deleted');
    const health = await s.health();
    expect(health.ok).toBe(false);
    expect(health.ok ? '' : health.reason).toContain('apagado');
    // Shutdown still works, and says why the sessions could not be closed.
    await expect(s.closeAllOpen()).rejects.toBeInstanceOf(StoreError);
  });

  it('notices a file replaced by another (a backup restored over it) the same way', async () => {
    const { logger, records } = recordingLogger();
    const s = openStore(logger);
    expect((await confirmMany(s, 3, 0)).confirmed).toHaveLength(3);
    const path = join(dir ?? '', 'data', 'atende.sqlite');
    copyFileSync(path, `${path}.copy`);
    renameSync(`${path}.copy`, path);

    expect((await confirmMany(s, 10, 100)).confirmed).toEqual([]);
    expect(records.filter((r) => r.level === 'error').map((r) => r.fields.fault)).toEqual(['replaced']);
    expect((await s.health()).ok).toBe(false);
  });
});

describe('the SQLite store when the database cannot be written', () => {
  // Tests may run as root, where chmod does not stop writes: a real connection made read-only (query_only)
  // gives the driver's real SQLITE_READONLY on every write, as a read-only file or mount does.
  it('refuses each turn with a StoreError, logs the fault once, reports unhealthy, and recovers when writable again', async () => {
    const { logger, records } = recordingLogger();
    const s = openStore(logger);
    expect((await confirmMany(s, 3, 0)).confirmed).toHaveLength(3);

    s.db.pragma('query_only = 1');
    const failed = await confirmMany(s, 10, 100);
    expect(failed.confirmed).toEqual([]);
    expect(failed.errors).toHaveLength(10);
    expect(failed.errors.every((e) => e instanceof StoreError && rootCode(e) === 'SQLITE_READONLY')).toBe(true);
    expect(records.filter((r) => r.level === 'error').map((r) => r.fields.code)).toEqual(['SQLITE_READONLY']);
    expect((await s.health()).ok).toBe(false);

    s.db.pragma('query_only = 0');
    expect((await confirmMany(s, 3, 200)).confirmed).toHaveLength(3);
    expect(await s.health()).toEqual({ ok: true });
  });
});
