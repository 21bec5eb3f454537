// Retention in SQLite: deletes raw sessions, events, requests and dedup keys older than a cut-off, keeping the
// daily aggregates, in one transaction.
import type Database from 'better-sqlite3';
import type { PurgeResult } from '../../conversation/storage.ts';
import { dayOf } from '../../core/time.ts';
import type { RollupWriter } from './rollup.ts';

/** Deletes raw data older than `before` (ms) in one transaction. Open sessions are never deleted. */
export function purgeOlderThan(db: Database.Database, rollup: RollupWriter, before: number): PurgeResult {
  return db.transaction(() => {
    // Events have no index (one WAL frame less per turn, see schema.ts): their row ids follow time, so the first
    // event at or after the cut-off, read from the oldest, bounds those to delete, and the read stops there. An
    // event of a session deleted here is no later than its session's last message.
    const kept = db.prepare<[number], { id: number }>('SELECT id FROM events WHERE at >= ? ORDER BY id LIMIT 1').get(before);
    const events = db
      .prepare('DELETE FROM events WHERE id < ? AND at < ? AND session_id IN (SELECT id FROM sessions WHERE ended_at IS NOT NULL AND last_at < ?)')
      .run(kept?.id ?? Number.MAX_SAFE_INTEGER, before, before).changes;
    const sessions = db.prepare('DELETE FROM sessions WHERE ended_at IS NOT NULL AND last_at < ?').run(before).changes;
    const requests = db.prepare('DELETE FROM requests WHERE created_at < ?').run(before).changes;
    const processedUpdates = db.prepare('DELETE FROM processed_updates WHERE at < ?').run(before).changes;
    // Replies a crash left unsent and no restart sent (they can hold personal data): not counted, never kept.
    db.prepare('DELETE FROM outbox WHERE created_at < ?').run(before);
    // Forgetting users unseen for over a year never changes a count (any later session is new in every period).
    const userMarks = rollup.pruneUserMarks(dayOf(Date.now()));
    return { sessions, events, requests, processedUpdates, userMarks };
  }).immediate();
}
