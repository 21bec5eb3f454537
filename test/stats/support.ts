// Shared helpers for the statistics tests: sessions written through the store's REAL paths
// (SqliteStore.commitTurn, then closed by the turn's `end`, by closeSession or by closeIdleSessions).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EngineEvent, type Outcome, initialState } from '../../src/conversation/types.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { SessionRecord } from '../../src/store/port.ts';

/** How a test session is closed: by its last turn, by closeSession, or by the idle sweep. */
export type CloseBy = 'turn' | 'closeSession' | 'idle';

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

/** Records one session through commitTurn and closes it through the chosen real path. */
export function recordSession(store: SqliteStore, spec: SessionSpec): void {
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
  store.commitTurn({ session: base, isNew: true, events: events.slice(0, half) });
  const last: SessionRecord = { ...base, lastAt: start + 120_000, messagesIn, messagesOut };
  const outcome: Outcome = spec.outcome ?? 'abandoned';
  const closeBy = spec.closeBy ?? 'turn';
  if (closeBy === 'turn') {
    store.commitTurn({ session: last, isNew: false, events: events.slice(half), end: outcome });
    return;
  }
  store.commitTurn({ session: last, isNew: false, events: events.slice(half) });
  if (closeBy === 'closeSession') store.closeSession(base.id, last.lastAt, outcome);
  else store.closeIdleSessions(last.lastAt + 1);
}

/** A temporary SQLite store; `cleanup` closes it and removes the directory. */
export function tempStore(): { store: SqliteStore; dir: string; path: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'atende-stats-'));
  const path = join(dir, 'atende.sqlite');
  const store = new SqliteStore(path);
  return {
    store,
    dir,
    path,
    cleanup() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The article's table at a scale: channel "whatsapp" (the MG App) 12.5 → 14.6 and "telegram" (Portal MG)
 * 13.5 → 17.3 sessions per thousand (scale 1000 = 12,500 sessions), spread evenly over 2019 and 2020,
 * closing in turn by each real path. Users repeat: user i % `users` (at most `users` distinct per year).
 * Batches of sessions share one outer transaction (commitTurn's own transactions become savepoints):
 * the same code runs, only the commits are fewer.
 */
export function recordArticle(store: SqliteStore, scale: number, users: number): void {
  const plan: [string, number, number][] = [
    ['whatsapp', 12.5, 14.6],
    ['telegram', 13.5, 17.3],
  ];
  const modes: CloseBy[] = ['turn', 'closeSession', 'idle'];
  for (const [channel, y2019, y2020] of plan) {
    for (const [year, perThousand] of [
      [2019, y2019],
      [2020, y2020],
    ] as const) {
      const n = Math.round(perThousand * scale);
      const startMs = local(`${year}-01-01T00:00`);
      const span = local(`${year + 1}-01-01T00:00`) - startMs - 10 * 60_000;
      const batch = store.db.transaction((from: number, to: number) => {
        for (let i = from; i < to; i++) {
          const at = new Date(startMs + Math.floor((i * span) / n) - 3 * 3600_000).toISOString().slice(0, 16);
          recordSession(store, { channel, user: `${channel}-u${i % users}`, at, closeBy: modes[i % 3] ?? 'turn' });
        }
      });
      for (let i = 0; i < n; i += 1000) batch(i, Math.min(n, i + 1000));
    }
  }
}
