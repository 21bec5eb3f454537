// Retention: deletes raw sessions, events, requests and dedup keys older than a cut-off, keeping the daily aggregates.
import type Database from 'better-sqlite3';
import { pruneUserMarks } from '../stats/rollup.ts';
import { dayOf } from './time.ts';

/** How many rows of each kind a purge removed. */
export interface PurgeResult {
  sessions: number;
  events: number;
  requests: number;
  processedUpdates: number;
  /** Pseudonymous users no longer needed for unique-user counts (not seen for over a year). */
  userMarks: number;
}

/** Parses "365d", "12m" (months of 30 days), "2y" or "48h" into milliseconds. */
export function parsePeriod(text: string): number | undefined {
  const m = /^(\d+)\s*([hdmy])$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = { h: 3_600_000, d: 86_400_000, m: 30 * 86_400_000, y: 365 * 86_400_000 }[m[2] as 'h' | 'd' | 'm' | 'y'];
  return n > 0 ? n * unit : undefined;
}

/** Deletes raw data older than `before` (ms) in one transaction. Open sessions are never deleted. */
export function purge(db: Database.Database, before: number): PurgeResult {
  return db.transaction(() => {
    const events = db.prepare('DELETE FROM events WHERE session_id IN (SELECT id FROM sessions WHERE ended_at IS NOT NULL AND last_at < ?)').run(before).changes;
    const sessions = db.prepare('DELETE FROM sessions WHERE ended_at IS NOT NULL AND last_at < ?').run(before).changes;
    const requests = db.prepare('DELETE FROM requests WHERE created_at < ?').run(before).changes;
    const processedUpdates = db.prepare('DELETE FROM processed_updates WHERE at < ?').run(before).changes;
    // Forgetting users unseen for over a year never changes a count (any later session is new in every period).
    const userMarks = pruneUserMarks(db, dayOf(Date.now()));
    return { sessions, events, requests, processedUpdates, userMarks };
  })();
}
