// Writes the aggregates in PostgreSQL: upserts of what stats/rollup.ts computes for a closed session or an event,
// always inside the transaction of the turn or the close that causes them. Unique users stay exact across
// instances: a user's mark is read and written under a lock on that user (see lockUser).
import type postgres from 'postgres';
import type { EngineEvent } from '../../conversation/types.ts';
import type { RankedList } from '../../stats/reader.ts';
import { ALL_CHANNELS, type ClosedSession, eventRollup, followUpRollup, sessionRollup, userMarkCutoff } from '../../stats/rollup.ts';

/** The tables of each ranked list: per day, per month or year, and their key and value columns. */
export const RANKED_TABLES: Record<RankedList, { daily: string; period: string; key: string; value: string }> = {
  service_views: { daily: 'daily_service_views', period: 'period_service_views', key: 'service_id', value: 'views' },
  failed_searches: { daily: 'daily_failed_searches', period: 'period_failed_searches', key: 'query', value: 'count' },
};

/** A transaction (or the pool, for statements that are their own transaction). */
export type Tx = postgres.TransactionSql | postgres.Sql;

/**
 * Holds a user's statistics lock until the transaction ends. Closes of one user's sessions (a turn's, another
 * instance's idle sweep) then read and move the user's last day one after the other. Always taken after the
 * session row is locked, never before, so that a turn and a sweep cannot wait for each other.
 */
async function lockUser(tx: Tx, channel: string, userKey: string): Promise<void> {
  await tx`SELECT pg_advisory_xact_lock(hashtextextended(${`stats\u001f${channel}\u001f${userKey}`}, 0))`;
}

/** Adds a closed session to its start day's aggregates and unique-user counts. */
export async function rollupSession(tx: Tx, s: ClosedSession): Promise<void> {
  await lockUser(tx, s.channel, s.userKey);
  const last = await tx<{ last_day: number }[]>`SELECT last_day FROM channel_users WHERE channel = ${s.channel} AND user_key = ${s.userKey}`;
  const r = sessionRollup(s, last[0]?.last_day);
  if (r.firstOfDay) {
    await tx`INSERT INTO channel_users (channel, user_key, last_day) VALUES (${s.channel}, ${s.userKey}, ${r.dayNumber})
             ON CONFLICT (channel, user_key) DO UPDATE SET last_day = excluded.last_day`;
  }
  for (const p of r.newPeriods) {
    await tx`INSERT INTO period_users (period, channel, users) VALUES (${p}, ${s.channel}, 1) ON CONFLICT (period, channel) DO UPDATE SET users = period_users.users + 1`;
  }
  const c = r.counts;
  await tx`INSERT INTO daily_channel AS d (day, channel, sessions, users, messages_in, messages_out, searched, viewed, finished, requested, completed, handoff, search_viewed, search_completed, feedback_yes, feedback_no)
    VALUES (${r.day}, ${s.channel}, ${c.sessions}, ${c.users}, ${c.messagesIn}, ${c.messagesOut}, ${c.searched}, ${c.viewed}, ${c.finished}, ${c.requested}, ${c.completed}, ${c.handoff}, ${c.searchViewed}, ${c.searchCompleted}, ${c.feedbackYes}, ${c.feedbackNo})
    ON CONFLICT (day, channel) DO UPDATE SET sessions = d.sessions + excluded.sessions, users = d.users + excluded.users,
      messages_in = d.messages_in + excluded.messages_in, messages_out = d.messages_out + excluded.messages_out,
      searched = d.searched + excluded.searched, viewed = d.viewed + excluded.viewed, finished = d.finished + excluded.finished,
      requested = d.requested + excluded.requested, completed = d.completed + excluded.completed, handoff = d.handoff + excluded.handoff,
      search_viewed = d.search_viewed + excluded.search_viewed, search_completed = d.search_completed + excluded.search_completed,
      feedback_yes = d.feedback_yes + excluded.feedback_yes, feedback_no = d.feedback_no + excluded.feedback_no`;
}

/** One counter row of a top-list table, and how much to add to it. */
interface CounterRow {
  table: string;
  keyColumn: string;
  value: string;
  at: string;
  atColumn: string;
  channel: string;
  key: string;
  n: number;
}

/**
 * Counts a turn's events committed at `at` (service views, searches with no result) on their day, month and year:
 * one upsert per table, rows in key order (two turns never lock the same rows in opposite orders). Called last in
 * the turn: these rows are hot (every citizen who views a popular service), so their locks are held only until
 * the commit that follows.
 */
export async function rollupEvents(tx: Tx, at: number, channel: string, events: ReadonlyArray<EngineEvent>): Promise<void> {
  const rows = new Map<string, CounterRow>();
  const add = (table: string, keyColumn: string, value: string, atColumn: string, when: string, ch: string, key: string): void => {
    const id = `${table}\u0000${when}\u0000${ch}\u0000${key}`;
    const row = rows.get(id);
    if (row) row.n++;
    else rows.set(id, { table, keyColumn, value, at: when, atColumn, channel: ch, key, n: 1 });
  };
  const followUps = new Map<string, { day: string; serviceId: string; kind: string; n: number }>();
  for (const e of events) {
    const f = followUpRollup(at, e);
    if (f) {
      const id = `${f.day}\u0000${f.serviceId}\u0000${f.kind}`;
      const row = followUps.get(id);
      if (row) row.n++;
      else followUps.set(id, { ...f, n: 1 });
    }
    const r = eventRollup(at, e);
    if (!r) continue;
    const t = RANKED_TABLES[r.list];
    add(t.daily, t.key, t.value, 'day', r.day, channel, r.key);
    for (const p of r.periods) {
      add(t.period, t.key, t.value, 'period', p, channel, r.key);
      add(t.period, t.key, t.value, 'period', p, ALL_CHANNELS, r.key);
    }
  }
  for (const id of [...followUps.keys()].sort()) {
    const f = followUps.get(id);
    if (!f) continue;
    await tx`INSERT INTO daily_follow_ups AS x (day, channel, service_id, kind, count) VALUES (${f.day}, ${channel}, ${f.serviceId}, ${f.kind}, ${f.n})
             ON CONFLICT (day, channel, service_id, kind) DO UPDATE SET count = x.count + excluded.count`;
  }
  const byTable = new Map<string, CounterRow[]>();
  for (const id of [...rows.keys()].sort()) {
    const row = rows.get(id);
    if (!row) continue;
    const list = byTable.get(row.table) ?? [];
    list.push(row);
    byTable.set(row.table, list);
  }
  for (const table of [...byTable.keys()].sort()) {
    const list = byTable.get(table) ?? [];
    const first = list[0];
    if (!first) continue;
    const values = list.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4}::int)`).join(', ');
    await tx.unsafe(
      `INSERT INTO ${table} AS x (${first.atColumn}, channel, ${first.keyColumn}, ${first.value}) VALUES ${values}
       ON CONFLICT (${first.atColumn}, channel, ${first.keyColumn}) DO UPDATE SET ${first.value} = x.${first.value} + excluded.${first.value}`,
      list.flatMap((r) => [r.at, r.channel, r.key, r.n]),
    );
  }
}

/**
 * Gives `to` the later of the two users' last days (Store.rekey): the same person under a new key is not counted
 * again. `from` keeps its own mark, so that a late message under the old key is not counted again either.
 */
export async function mergeUserMark(tx: Tx, channel: string, from: string, to: string): Promise<void> {
  await lockUser(tx, channel, to);
  await tx`INSERT INTO channel_users AS u (channel, user_key, last_day) SELECT channel, ${to}, last_day FROM channel_users WHERE channel = ${channel} AND user_key = ${from}
           ON CONFLICT (channel, user_key) DO UPDATE SET last_day = greatest(u.last_day, excluded.last_day)`;
}

/** Forgets users not seen for over a year (see userMarkCutoff); returns how many. */
export async function pruneUserMarks(tx: Tx, today: string): Promise<number> {
  const r = await tx`DELETE FROM channel_users WHERE last_day < ${userMarkCutoff(today)}`;
  return r.count;
}
