// Retention in SQLite: deletes raw sessions, events, requests and dedup keys older than a cut-off, keeping the
// daily aggregates, in one transaction.
import type Database from 'better-sqlite3';
import type { PurgeResult } from '../../conversation/storage.ts';
import { dayOf } from '../../core/time.ts';
import type { RollupWriter } from './rollup.ts';

/** Deletes raw data older than `before` (ms) in one transaction. Open sessions are never deleted. */
export function purgeOlderThan(db: Database.Database, rollup: RollupWriter, before: number): PurgeResult {
  return db.transaction(() => {
    // By time first (the events_at index): the events of a session deleted here are no later than its last message.
    const events = db.prepare('DELETE FROM events WHERE at < ? AND session_id IN (SELECT id FROM sessions WHERE ended_at IS NOT NULL AND last_at < ?)').run(before, before).changes;
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
