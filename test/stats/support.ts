// Shared helpers for the statistics tests: sessions written through the store's REAL paths (Store.runTurn,
// then closed by the turn's `end`, by the shutdown's closeAllOpen or by the idle sweep).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionRecord, Store, TurnRecord } from '../../src/conversation/storage.ts';
import { type EngineEvent, type Outcome, initialState } from '../../src/conversation/types.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';

/** How a test session is closed: by its last turn, by the shutdown (closeAllOpen), or by the idle sweep. */
export type CloseBy = 'turn' | 'shutdown' | 'idle';

/** One session to record. Events are split over two turns (first half, then the rest). */
export interface SessionSpec {
  channel: string;
  user: string;
  /** Local time, e.g. "2020-03-15T10:00" (Minas Gerais, UTC−3). */
  at: string;
  messagesIn?: number;
  messagesOut?: number;
  events?: EngineEvent[];
  closeBy?: CloseBy;
  outcome?: Outcome;
}

/** A timestamp (ms) of a local Minas Gerais time "YYYY-MM-DDTHH:MM". */
export function local(at: string): number {
  return Date.parse(`${at}:00-03:00`);
}

/** Writes one turn of a test session through the port. */
async function write(store: Store, record: TurnRecord): Promise<void> {
  const outcome = await store.runTurn({ channel: record.session.channel, userKey: record.session.userKey }, async () => ({ result: undefined, write: record }));
  if (outcome.status !== 'done') throw new Error('test turn refused as a duplicate');
}

/** Records one session through runTurn and closes it through the chosen real path. */
export async function recordSession(store: Store, spec: SessionSpec): Promise<void> {
  const start = local(spec.at);
  const events = spec.events ?? [];
  const half = Math.ceil(events.length / 2);
  const messagesIn = spec.messagesIn ?? 2;
  const messagesOut = spec.messagesOut ?? messagesIn;
  const base: SessionRecord = {
    id: randomUUID(),
    channel: spec.channel,
    userKey: spec.user,
    startedAt: start,
    lastAt: start,
    endedAt: null,
    outcome: null,
    messagesIn: 1,
    messagesOut: 1,
    state: initialState(),
  };
  await write(store, { session: base, isNew: true, events: events.slice(0, half) });
  const last: SessionRecord = { ...base, lastAt: start + 120_000, messagesIn, messagesOut };
  const outcome: Outcome = spec.outcome ?? 'abandoned';
  const closeBy = spec.closeBy ?? 'turn';
  if (closeBy === 'turn') {
    await write(store, { session: last, isNew: false, events: events.slice(half), end: outcome });
    return;
  }
  await write(store, { session: last, isNew: false, events: events.slice(half) });
  if (closeBy === 'shutdown') await store.closeAllOpen();
  else await store.closeIdleSessions(last.lastAt + 1);
}

/** A temporary SQLite store; `cleanup` closes it and removes the directory. */
export function tempStore(): { store: SqliteStore; dir: string; path: string; cleanup(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'atende-stats-'));
  const path = join(dir, 'atende.sqlite');
  const store = new SqliteStore(path);
  return {
    store,
    dir,
    path,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The article's table at a scale: channel "whatsapp" (the MG App) 12.5 → 14.6 and "telegram" (Portal MG)
 * 13.5 → 17.3 sessions per thousand (scale 1000 = 12,500 sessions), spread evenly over 2019 and 2020,
 * closing in turn by each real path. Users repeat: user i % `users` (at most `users` distinct per year).
 * Batches of 1,000 sessions share one outer transaction (SqliteStore.batch: each turn's own transaction becomes
 * a savepoint): the same code runs, only the commits are fewer.
 */
export async function recordArticle(store: SqliteStore, scale: number, users: number): Promise<void> {
  const plan: [string, number, number][] = [
    ['whatsapp', 12.5, 14.6],
    ['telegram', 13.5, 17.3],
  ];
  const modes: CloseBy[] = ['turn', 'shutdown', 'idle'];
  for (const [channel, y2019, y2020] of plan) {
    for (const [year, perThousand] of [
      [2019, y2019],
      [2020, y2020],
    ] as const) {
      const n = Math.round(perThousand * scale);
      const startMs = local(`${year}-01-01T00:00`);
      const span = local(`${year + 1}-01-01T00:00`) - startMs - 10 * 60_000;
      for (let from = 0; from < n; from += 1000) {
        await store.batch(async () => {
          for (let i = from; i < Math.min(n, from + 1000); i++) {
            const at = new Date(startMs + Math.floor((i * span) / n) - 3 * 3600_000).toISOString().slice(0, 16);
            await recordSession(store, { channel, user: `${channel}-u${i % users}`, at, closeBy: modes[i % 3] ?? 'turn' });
          }
        });
      }
    }
  }
}
