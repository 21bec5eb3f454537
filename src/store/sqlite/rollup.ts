// Writes the aggregates in SQLite: upserts of what stats/rollup.ts computes for a closed session or an event.
// Called inside the store's transactions only (the turn's, or the close's), so the totals never drift.
import type Database from 'better-sqlite3';
import type { EngineEvent } from '../../conversation/types.ts';
import type { DailyCounts } from '../../stats/counts.ts';
import type { RankedList } from '../../stats/reader.ts';
import { ALL_CHANNELS, type ClosedSession, eventRollup, followUpRollup, sessionRollup, userMarkCutoff } from '../../stats/rollup.ts';

/** The tables of each ranked list: per day, per month or year, and their key and value columns. */
export const RANKED_TABLES: Record<RankedList, { daily: string; period: string; key: string; value: string }> = {
  service_views: { daily: 'daily_service_views', period: 'period_service_views', key: 'service_id', value: 'views' },
  failed_searches: { daily: 'daily_failed_searches', period: 'period_failed_searches', key: 'query', value: 'count' },
};

type CountParams = { [K in keyof DailyCounts]: number } & { day: string; channel: string };

/** The aggregate writes of one connection, prepared once. */
export class RollupWriter {
  private readonly channel;
  private readonly lastDay;
  private readonly mark;
  private readonly periodUser;
  private readonly daily: Record<RankedList, Database.Statement<[string, string, string]>>;
  /** The four period rows of an event (month and year, its channel and all channels) in one statement. */
  private readonly period: Record<RankedList, Database.Statement<[string, string, string, string, string, string, string, string, string, string, string, string]>>;
  private readonly prune;
  private readonly mergeMark;
  private readonly followUp;

  constructor(db: Database.Database) {
    this.channel = db.prepare<CountParams>(
      `INSERT INTO daily_channel (day, channel, sessions, users, messages_in, messages_out, searched, viewed, finished, requested, completed, handoff, search_viewed, search_completed, feedback_yes, feedback_no)
       VALUES (@day, @channel, @sessions, @users, @messagesIn, @messagesOut, @searched, @viewed, @finished, @requested, @completed, @handoff, @searchViewed, @searchCompleted, @feedbackYes, @feedbackNo)
       ON CONFLICT (day, channel) DO UPDATE SET sessions = sessions + @sessions, users = users + @users, messages_in = messages_in + @messagesIn, messages_out = messages_out + @messagesOut,
         searched = searched + @searched, viewed = viewed + @viewed, finished = finished + @finished, requested = requested + @requested,
         completed = completed + @completed, handoff = handoff + @handoff, search_viewed = search_viewed + @searchViewed,
         search_completed = search_completed + @searchCompleted, feedback_yes = feedback_yes + @feedbackYes, feedback_no = feedback_no + @feedbackNo`,
    );
    this.lastDay = db.prepare<[string, string], { last_day: number }>('SELECT last_day FROM channel_users WHERE channel = ? AND user_key = ?');
    this.mark = db.prepare<[string, string, number]>(
      'INSERT INTO channel_users (channel, user_key, last_day) VALUES (?, ?, ?) ON CONFLICT (channel, user_key) DO UPDATE SET last_day = excluded.last_day',
    );
    this.periodUser = db.prepare<[string, string]>('INSERT INTO period_users (period, channel, users) VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET users = users + 1');
    const upsert = (table: string, at: string, key: string, value: string): Database.Statement<[string, string, string]> =>
      db.prepare(`INSERT INTO ${table} (${at}, channel, ${key}, ${value}) VALUES (?, ?, ?, 1) ON CONFLICT DO UPDATE SET ${value} = ${value} + 1`);
    const t = RANKED_TABLES;
    this.daily = {
      service_views: upsert(t.service_views.daily, 'day', t.service_views.key, t.service_views.value),
      failed_searches: upsert(t.failed_searches.daily, 'day', t.failed_searches.key, t.failed_searches.value),
    };
    // One statement per event for its four period rows: each statement run costs about as much as the row it writes.
    const upsertPeriods = (table: string, key: string, value: string): Database.Statement<[string, string, string, string, string, string, string, string, string, string, string, string]> =>
      db.prepare(`INSERT INTO ${table} (period, channel, ${key}, ${value}) VALUES (?, ?, ?, 1), (?, ?, ?, 1), (?, ?, ?, 1), (?, ?, ?, 1) ON CONFLICT DO UPDATE SET ${value} = ${value} + 1`);
    this.period = {
      service_views: upsertPeriods(t.service_views.period, t.service_views.key, t.service_views.value),
      failed_searches: upsertPeriods(t.failed_searches.period, t.failed_searches.key, t.failed_searches.value),
    };
    this.prune = db.prepare<[number]>('DELETE FROM channel_users WHERE last_day < ?');
    this.mergeMark = db.prepare<[string, string, string]>(
      `INSERT INTO channel_users (channel, user_key, last_day) SELECT channel, ?, last_day FROM channel_users WHERE channel = ? AND user_key = ?
       ON CONFLICT (channel, user_key) DO UPDATE SET last_day = max(last_day, excluded.last_day)`,
    );
    this.followUp = db.prepare<[string, string, string, string]>(
      'INSERT INTO daily_follow_ups (day, channel, service_id, kind, count) VALUES (?, ?, ?, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1',
    );
  }

  /** Adds a closed session to its start day's aggregates and unique-user counts. */
  session(s: ClosedSession): void {
    const r = sessionRollup(s, this.lastDay.get(s.channel, s.userKey)?.last_day);
    if (r.firstOfDay) this.mark.run(s.channel, s.userKey, r.dayNumber);
    for (const p of r.newPeriods) this.periodUser.run(p, s.channel);
    this.channel.run({ day: r.day, channel: s.channel, ...r.counts });
  }

  /** Counts an event committed at `at` (service views, searches with no result) on its day, month and year. */
  event(at: number, channel: string, event: EngineEvent): void {
    const f = followUpRollup(at, event);
    if (f) this.followUp.run(f.day, channel, f.serviceId, f.kind);
    const r = eventRollup(at, event);
    if (!r) return;
    this.daily[r.list].run(r.day, channel, r.key);
    const [month, year] = r.periods;
    this.period[r.list].run(month, channel, r.key, month, ALL_CHANNELS, r.key, year, channel, r.key, year, ALL_CHANNELS, r.key);
  }

  /**
   * Gives `to` the later of the two users' last days (Store.rekey): the same person under a new key is not counted
   * again. `from` keeps its own mark, so that a late message under the old key is not counted again either.
   */
  mergeUser(channel: string, from: string, to: string): void {
    this.mergeMark.run(to, channel, from);
  }

  /** Forgets users not seen for over a year (see userMarkCutoff); returns how many. */
  pruneUserMarks(today: string): number {
    return this.prune.run(userMarkCutoff(today)).changes;
  }
}
