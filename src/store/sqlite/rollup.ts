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

/** An event count: which rows, and how many events (one, or the sum of a group commit's turns). */
type Count =
  | { kind: 'followUp'; day: string; channel: string; serviceId: string; followUp: string; n: number }
  | { kind: 'daily'; list: RankedList; day: string; channel: string; key: string; n: number }
  | { kind: 'period'; list: RankedList; month: string; year: string; channel: string; key: string; n: number };

/** The aggregate writes of one connection, prepared once. */
export class RollupWriter {
  private readonly channel;
  private readonly lastDay;
  private readonly mark;
  private readonly periodUser;
  private readonly prune;
  private readonly mergeMark;
  private readonly dailyN: Record<RankedList, Database.Statement<[string, string, string, number]>>;
  /** The four period rows of an event (month and year, its channel and all channels) in one statement. */
  private readonly periodN: Record<RankedList, Database.Statement<[string, string, string, number, string, string, string, number, string, string, string, number, string, string, string, number]>>;
  private readonly followUpN;
  /** Event counts of a group commit, by row: the same rows counted by several turns are written once (see `deferEvents`). */
  private batch: Map<string, Count> | undefined;
  /** The counts of the turn being written in the batch, kept only if its savepoint is released. */
  private turn: Count[] | undefined;

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
    const t = RANKED_TABLES;
    this.prune = db.prepare<[number]>('DELETE FROM channel_users WHERE last_day < ?');
    this.mergeMark = db.prepare<[string, string, string]>(
      `INSERT INTO channel_users (channel, user_key, last_day) SELECT channel, ?, last_day FROM channel_users WHERE channel = ? AND user_key = ?
       ON CONFLICT (channel, user_key) DO UPDATE SET last_day = max(last_day, excluded.last_day)`,
    );
    // Each count adds n at once: one event, or the events of a group commit's turns on the same row.
    const upsertN = (table: string, at: string, key: string, value: string): Database.Statement<[string, string, string, number]> =>
      db.prepare(`INSERT INTO ${table} (${at}, channel, ${key}, ${value}) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET ${value} = ${value} + excluded.${value}`);
    this.dailyN = {
      service_views: upsertN(t.service_views.daily, 'day', t.service_views.key, t.service_views.value),
      failed_searches: upsertN(t.failed_searches.daily, 'day', t.failed_searches.key, t.failed_searches.value),
    };
    // One statement per event for its four period rows: each statement run costs about as much as the row it writes.
    const upsertPeriodsN = (table: string, key: string, value: string): Database.Statement<[string, string, string, number, string, string, string, number, string, string, string, number, string, string, string, number]> =>
      db.prepare(`INSERT INTO ${table} (period, channel, ${key}, ${value}) VALUES (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?) ON CONFLICT DO UPDATE SET ${value} = ${value} + excluded.${value}`);
    this.periodN = {
      service_views: upsertPeriodsN(t.service_views.period, t.service_views.key, t.service_views.value),
      failed_searches: upsertPeriodsN(t.failed_searches.period, t.failed_searches.key, t.failed_searches.value),
    };
    this.followUpN = db.prepare<[string, string, string, string, number]>(
      'INSERT INTO daily_follow_ups (day, channel, service_id, kind, count) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count',
    );
  }

  /**
   * From now until `writeDeferred`, event counts wait (group commit): each turn's between `turnStarted` and
   * `turnKept` (its savepoint released) or `turnDropped` (rolled back). Call inside the batch's transaction.
   */
  deferEvents(): void {
    this.batch = new Map();
    this.turn = undefined;
  }

  /** A turn of the batch starts writing. */
  turnStarted(): void {
    if (this.batch) this.turn = [];
  }

  /** The turn's savepoint was released: its counts join the batch's. */
  turnKept(): void {
    if (this.batch && this.turn) {
      for (const d of this.turn) {
        const id = d.kind === 'followUp' ? `f\u0000${d.day}\u0000${d.channel}\u0000${d.serviceId}\u0000${d.followUp}` : `${d.kind}\u0000${d.list}\u0000${d.kind === 'daily' ? d.day : d.month}\u0000${d.channel}\u0000${d.key}`;
        const known = this.batch.get(id);
        if (known) known.n += d.n;
        else this.batch.set(id, d);
      }
    }
    this.turn = undefined;
  }

  /** The turn was rolled back: its counts go with it. */
  turnDropped(): void {
    this.turn = undefined;
  }

  /** Writes the counts of the batch's kept turns, one upsert per row (still inside its transaction), and stops deferring. */
  writeDeferred(): void {
    const batch = this.batch;
    this.batch = undefined;
    this.turn = undefined;
    if (!batch) return;
    for (const d of batch.values()) this.write(d);
  }

  /** Adds one count to its rows. */
  private write(d: Count): void {
    if (d.kind === 'followUp') this.followUpN.run(d.day, d.channel, d.serviceId, d.followUp, d.n);
    else if (d.kind === 'daily') this.dailyN[d.list].run(d.day, d.channel, d.key, d.n);
    else this.periodN[d.list].run(d.month, d.channel, d.key, d.n, d.month, ALL_CHANNELS, d.key, d.n, d.year, d.channel, d.key, d.n, d.year, ALL_CHANNELS, d.key, d.n);
  }

  /** Stops deferring without writing (the batch's transaction failed). */
  dropDeferred(): void {
    this.batch = undefined;
    this.turn = undefined;
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
    const r = eventRollup(at, event);
    const counts: Count[] = [];
    if (f) counts.push({ kind: 'followUp', day: f.day, channel, serviceId: f.serviceId, followUp: f.kind, n: 1 });
    if (r) {
      counts.push({ kind: 'daily', list: r.list, day: r.day, channel, key: r.key, n: 1 });
      counts.push({ kind: 'period', list: r.list, month: r.periods[0], year: r.periods[1], channel, key: r.key, n: 1 });
    }
    // In a group commit the turn's counts wait for its savepoint (see deferEvents); otherwise they are written now.
    if (this.turn) this.turn.push(...counts);
    else for (const d of counts) this.write(d);
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
