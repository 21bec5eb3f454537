// Bulk loading of the SQLite aggregate tables for bench:stats: the same arithmetic as the store's rollups
// (src/stats/rollup.ts), done in memory, then written in key order (flushed as it goes). For benchmarks only,
// into an EMPTY database (it does not know users already seen there). test/stats/bulk.test.ts checks that
// it produces exactly the tables the store's own turn-by-turn path produces.
import type Database from 'better-sqlite3';
import type { EngineEvent } from '../src/conversation/types.ts';
import { localDayNumber } from '../src/core/time.ts';
import { dayString, isoWeek } from '../src/stats/calendar.ts';
import { type DailyCounts, zeroCounts } from '../src/stats/counts.ts';
import { ALL_CHANNELS, type ClosedSession, newUserPeriods, normalizeFailedQuery } from '../src/stats/rollup.ts';

/** Counts under a three-part key (period, channel, item), in nested maps so that no key string is built per event. */
class Counter3 {
  private readonly root = new Map<string, Map<string, Map<string, number>>>();

  add(a: string, b: string, c: string): void {
    let mb = this.root.get(a);
    if (!mb) {
      mb = new Map();
      this.root.set(a, mb);
    }
    let mc = mb.get(b);
    if (!mc) {
      mc = new Map();
      mb.set(b, mc);
    }
    mc.set(c, (mc.get(c) ?? 0) + 1);
  }

  /** Every (a, b, c, n) whose first part passes `take`, in key order (inserting in primary-key order keeps B-tree writes appends); taken parts are forgotten. */
  *drain(take: (a: string) => boolean = () => true): Generator<[string, string, string, number]> {
    for (const a of [...this.root.keys()].filter(take).sort()) {
      const mb = this.root.get(a) ?? new Map<string, Map<string, number>>();
      for (const b of [...mb.keys()].sort()) {
        const mc = mb.get(b) ?? new Map<string, number>();
        for (const c of [...mc.keys()].sort()) yield [a, b, c, mc.get(c) ?? 0];
      }
      this.root.delete(a);
    }
  }
}

/**
 * The last start day of each user of one channel. Keyed by user key, or — when the caller has dense integer
 * ids for its users (a bulk import) — by those ids in a typed array, which spares a hash lookup per session.
 */
class UserMarks {
  private readonly byKey = new Map<string, number>();
  private byIndex = new Int32Array(0);
  private keys: string[] = [];
  private mode: 'key' | 'index' | undefined;

  /** The user's last day (undefined for a first session), then records `day` if it is later. */
  swap(userKey: string, userIndex: number | undefined, day: number): number | undefined {
    const mode = userIndex === undefined ? 'key' : 'index';
    if (this.mode !== mode) {
      if (this.mode !== undefined) throw new Error('RollupAccumulator: give userIndex for every session of a channel, or for none');
      this.mode = mode;
    }
    if (userIndex === undefined) {
      const last = this.byKey.get(userKey);
      if (last === undefined || day > last) this.byKey.set(userKey, day);
      return last;
    }
    if (userIndex >= this.byIndex.length) {
      const grown = new Int32Array(Math.max(1024, userIndex + 1, this.byIndex.length * 2));
      grown.set(this.byIndex);
      this.byIndex = grown;
    }
    // 0 means "never seen": day 0 (1 January 1970) is never a session day.
    const last = this.byIndex[userIndex] || undefined;
    if (last === undefined) this.keys[userIndex] = userKey;
    if (last === undefined || day > last) this.byIndex[userIndex] = day;
    return last;
  }

  /** Every (user key, last day), sorted by key. */
  entries(): [string, number][] {
    const out: [string, number][] = this.mode === 'index' ? this.keys.flatMap((k, i): [string, number][] => (k === undefined ? [] : [[k, this.byIndex[i] ?? 0]])) : [...this.byKey];
    return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

/** Accumulates closed sessions and events in memory; `write` stores the result. */
export class RollupAccumulator {
  /** channel → day number → counters. */
  private readonly daily = new Map<string, Map<number, DailyCounts>>();
  /** channel → user → last start day number. */
  private readonly lastDay = new Map<string, UserMarks>();
  private readonly periodUsers = new Counter3();
  private readonly dailyViews = new Counter3();
  private readonly periodViews = new Counter3();
  private readonly dailyFailed = new Counter3();
  private readonly periodFailed = new Counter3();
  private readonly days = new Map<number, { day: string; week: string }>();
  private readonly normalized = new Map<string, string>();

  private dayInfo(n: number): { day: string; week: string } {
    let d = this.days.get(n);
    if (d === undefined) {
      d = { day: dayString(n), week: isoWeek(n).key };
      this.days.set(n, d);
    }
    return d;
  }

  /**
   * Adds one closed session (as applySessionRollup). Sessions of one user must come in start order.
   * `userIndex`: optional dense integer id of `s.userKey` within its channel (see UserMarks).
   */
  addSession(s: ClosedSession, userIndex?: number): void {
    const n = localDayNumber(s.startedAt);
    const { day, week } = this.dayInfo(n);
    let marks = this.lastDay.get(s.channel);
    if (!marks) {
      marks = new UserMarks();
      this.lastDay.set(s.channel, marks);
    }
    let byDay = this.daily.get(s.channel);
    if (!byDay) {
      byDay = new Map();
      this.daily.set(s.channel, byDay);
    }
    const fresh = newUserPeriods(n, marks.swap(s.userKey, userIndex, n));
    if (fresh.day) {
      if (fresh.week) this.periodUsers.add(week, s.channel, '');
      if (fresh.month) this.periodUsers.add(day.slice(0, 7), s.channel, '');
      if (fresh.year) this.periodUsers.add(day.slice(0, 4), s.channel, '');
    }
    let c = byDay.get(n);
    if (!c) {
      c = zeroCounts();
      byDay.set(n, c);
    }
    const completed = s.finished || s.requested;
    c.sessions += 1;
    if (fresh.day) c.users += 1;
    c.messagesIn += s.messagesIn;
    c.messagesOut += s.messagesOut;
    if (s.searched) c.searched += 1;
    if (s.viewed) c.viewed += 1;
    if (s.finished) c.finished += 1;
    if (s.requested) c.requested += 1;
    if (completed) c.completed += 1;
    if (s.handoff) c.handoff += 1;
    if (s.searched && s.viewed) c.searchViewed += 1;
    if (s.searched && s.viewed && completed) c.searchCompleted += 1;
    c.feedbackYes += s.feedbackYes;
    c.feedbackNo += s.feedbackNo;
  }

  /** Adds one committed event (as applyEventRollup). */
  addEvent(day: string, channel: string, event: EngineEvent): void {
    const month = day.slice(0, 7);
    const year = day.slice(0, 4);
    if (event.type === 'service_viewed') {
      this.dailyViews.add(day, channel, event.serviceId);
      for (const p of [month, year]) {
        this.periodViews.add(p, channel, event.serviceId);
        this.periodViews.add(p, ALL_CHANNELS, event.serviceId);
      }
    } else if (event.type === 'search' && event.results === 0) {
      // normalizeFailedQuery is pure: remember its answers (bounded) rather than run the redaction patterns again.
      let query = this.normalized.get(event.query);
      if (query === undefined) {
        query = normalizeFailedQuery(event.query);
        if (this.normalized.size > 200_000) this.normalized.clear();
        this.normalized.set(event.query, query);
      }
      if (query === '') return;
      this.dailyFailed.add(day, channel, query);
      for (const p of [month, year]) {
        this.periodFailed.add(p, channel, query);
        this.periodFailed.add(p, ALL_CHANNELS, query);
      }
    }
  }

  /**
   * Writes the day- and month-level figures gathered so far and forgets them, keeping memory flat over a
   * long load. Every figure is added to what is stored, so flushing at any moment gives the same totals.
   * Returns the rows written.
   */
  flush(db: Database.Database): number {
    return this.store(db, false);
  }

  /** Writes everything (including the per-year lists and the users' last days) in one transaction. Returns the rows written. */
  write(db: Database.Database): number {
    return this.store(db, true);
  }

  private store(db: Database.Database, all: boolean): number {
    let rows = 0;
    const previousCache = db.pragma('cache_size', { simple: true });
    // A bigger page cache while loading millions of rows in key order; restored afterwards.
    db.pragma('cache_size = -262144');
    try {
      db.transaction(() => {
        const daily = db.prepare(
          `INSERT INTO daily_channel (day, channel, sessions, users, messages_in, messages_out, searched, viewed, finished, requested, completed, handoff, search_viewed, search_completed, feedback_yes, feedback_no)
           VALUES (@day, @channel, @sessions, @users, @messagesIn, @messagesOut, @searched, @viewed, @finished, @requested, @completed, @handoff, @searchViewed, @searchCompleted, @feedbackYes, @feedbackNo)
           ON CONFLICT (day, channel) DO UPDATE SET sessions = sessions + excluded.sessions, users = users + excluded.users,
             messages_in = messages_in + excluded.messages_in, messages_out = messages_out + excluded.messages_out, searched = searched + excluded.searched,
             viewed = viewed + excluded.viewed, finished = finished + excluded.finished, requested = requested + excluded.requested, completed = completed + excluded.completed,
             handoff = handoff + excluded.handoff, search_viewed = search_viewed + excluded.search_viewed, search_completed = search_completed + excluded.search_completed,
             feedback_yes = feedback_yes + excluded.feedback_yes, feedback_no = feedback_no + excluded.feedback_no`,
        );
        for (const channel of [...this.daily.keys()].sort()) {
          const byDay = this.daily.get(channel) ?? new Map<number, DailyCounts>();
          for (const n of [...byDay.keys()].sort((a, b) => a - b)) {
            daily.run({ day: dayString(n), channel, ...byDay.get(n) });
            rows++;
          }
        }
        this.daily.clear();
        const users = db.prepare<[string, string, number]>('INSERT INTO period_users (period, channel, users) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET users = users + excluded.users');
        for (const [period, channel, , n] of this.periodUsers.drain()) {
          users.run(period, channel, n);
          rows++;
        }
        const add = (table: string, keyCol: string, valueCol: string, periodCol: string): Database.Statement<[string, string, string, number]> =>
          db.prepare(`INSERT INTO ${table} (${periodCol}, channel, ${keyCol}, ${valueCol}) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET ${valueCol} = ${valueCol} + excluded.${valueCol}`);
        // Per-year lists are kept until the end: flushing them every month would rewrite the same rows again and again.
        const take = (period: string): boolean => all || period.length !== 4;
        rows += writeQuads(add('daily_service_views', 'service_id', 'views', 'day'), this.dailyViews.drain());
        rows += writeQuads(add('period_service_views', 'service_id', 'views', 'period'), this.periodViews.drain(take));
        rows += writeQuads(add('daily_failed_searches', 'query', 'count', 'day'), this.dailyFailed.drain());
        rows += writeQuads(add('period_failed_searches', 'query', 'count', 'period'), this.periodFailed.drain(take));
        if (all) {
          const mark = db.prepare<[string, string, number]>(
            'INSERT INTO channel_users (channel, user_key, last_day) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET last_day = max(last_day, excluded.last_day)',
          );
          for (const channel of [...this.lastDay.keys()].sort()) {
            for (const [user, day] of this.lastDay.get(channel)?.entries() ?? []) {
              mark.run(channel, user, day);
              rows++;
            }
          }
        }
      })();
    } finally {
      db.pragma(`cache_size = ${Number(previousCache)}`);
    }
    return rows;
  }
}

function writeQuads(stmt: Database.Statement<[string, string, string, number]>, entries: Iterable<[string, string, string, number]>): number {
  let rows = 0;
  for (const [a, b, k, n] of entries) {
    stmt.run(a, b, k, n);
    rows++;
  }
  return rows;
}
