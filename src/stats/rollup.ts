// Aggregate tables, updated as events are committed and as sessions close, so that reports never scan
// the raw events. Day × channel counters, plus per-month and per-year top lists and exact unique users
// per day, ISO week, month and year (see docs/statistics.md, "How the aggregates work", for the design and its one assumption).
import type Database from 'better-sqlite3';
import type { EngineEvent } from '../conversation/types.ts';
import { redact } from '../privacy/redact.ts';
import { dayOf } from '../store/time.ts';
import { dayNumber, isoWeek, weekIndex, yearMonthOf } from './calendar.ts';

/** What the rollup needs to know about a session when it closes. */
export interface ClosedSession {
  id: string;
  channel: string;
  userKey: string;
  startedAt: number;
  endedAt: number;
  outcome: string;
  messagesIn: number;
  messagesOut: number;
  searched: boolean;
  viewed: boolean;
  finished: boolean;
  requested: boolean;
  handoff: boolean;
  feedbackYes: number;
  feedbackNo: number;
}

/** The channel value of the all-channels rows in the per-month and per-year top lists. */
export const ALL_CHANNELS = '*';

/**
 * Schema of the aggregate tables (one migration, appended to the store's list).
 * - daily_channel: one row per local day × channel, by the session's START day.
 * - channel_users: the last day each pseudonymous user started a session on a channel. Because a citizen
 *   has at most one open session per channel, their sessions close in start order; so a session is the
 *   first of its day / week / month / year exactly when its period differs from the stored last day's.
 * - period_users: those "first of the period" counts per ISO week, month and year (days live in daily_channel.users).
 * - daily_service_views / daily_failed_searches: per event day × channel (real channels only).
 * - period_service_views / period_failed_searches: the same per month and per year, with "*" rows for
 *   all channels, so that a month's or a year's top list is one indexed read.
 */
export const rollupMigrations: string[] = [
  `CREATE TABLE daily_channel (
     day TEXT NOT NULL,
     channel TEXT NOT NULL,
     sessions INTEGER NOT NULL DEFAULT 0,
     users INTEGER NOT NULL DEFAULT 0,
     messages_in INTEGER NOT NULL DEFAULT 0,
     messages_out INTEGER NOT NULL DEFAULT 0,
     searched INTEGER NOT NULL DEFAULT 0,
     viewed INTEGER NOT NULL DEFAULT 0,
     finished INTEGER NOT NULL DEFAULT 0,
     requested INTEGER NOT NULL DEFAULT 0,
     completed INTEGER NOT NULL DEFAULT 0,
     handoff INTEGER NOT NULL DEFAULT 0,
     search_viewed INTEGER NOT NULL DEFAULT 0,
     search_completed INTEGER NOT NULL DEFAULT 0,
     feedback_yes INTEGER NOT NULL DEFAULT 0,
     feedback_no INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (day, channel)
   ) WITHOUT ROWID;
   CREATE TABLE channel_users (
     channel TEXT NOT NULL,
     user_key TEXT NOT NULL,
     last_day INTEGER NOT NULL,
     PRIMARY KEY (channel, user_key)
   ) WITHOUT ROWID;
   CREATE TABLE period_users (
     period TEXT NOT NULL,
     channel TEXT NOT NULL,
     users INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (period, channel)
   ) WITHOUT ROWID;
   CREATE TABLE daily_service_views (
     day TEXT NOT NULL,
     channel TEXT NOT NULL,
     service_id TEXT NOT NULL,
     views INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (day, channel, service_id)
   ) WITHOUT ROWID;
   CREATE INDEX daily_service_views_top ON daily_service_views (day, channel, views DESC);
   CREATE TABLE period_service_views (
     period TEXT NOT NULL,
     channel TEXT NOT NULL,
     service_id TEXT NOT NULL,
     views INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (period, channel, service_id)
   ) WITHOUT ROWID;
   CREATE INDEX period_service_views_top ON period_service_views (period, channel, views DESC);
   CREATE TABLE daily_failed_searches (
     day TEXT NOT NULL,
     channel TEXT NOT NULL,
     query TEXT NOT NULL,
     count INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (day, channel, query)
   ) WITHOUT ROWID;
   CREATE INDEX daily_failed_searches_top ON daily_failed_searches (day, channel, count DESC);
   CREATE TABLE period_failed_searches (
     period TEXT NOT NULL,
     channel TEXT NOT NULL,
     query TEXT NOT NULL,
     count INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (period, channel, query)
   ) WITHOUT ROWID;
   CREATE INDEX period_failed_searches_top ON period_failed_searches (period, channel, count DESC);`,
];

/** Which periods a session is the first of, for its user on its channel. */
export interface NewUserPeriods {
  day: boolean;
  week: boolean;
  month: boolean;
  year: boolean;
}

/**
 * Compares a session's start day with the user's previous one (day numbers). Sessions of one user on one
 * channel close in start order, so "a later period than the last one" means "first session of this period".
 * A day earlier than the last one (clock moved back) counts as nothing, so nobody is ever counted twice.
 */
export function newUserPeriods(day: number, lastDay: number | undefined): NewUserPeriods {
  if (lastDay === undefined) return { day: true, week: true, month: true, year: true };
  if (day <= lastDay) return { day: false, week: false, month: false, year: false };
  const a = yearMonthOf(day);
  const b = yearMonthOf(lastDay);
  return { day: true, week: weekIndex(day) !== weekIndex(lastDay), month: a.year !== b.year || a.month !== b.month, year: a.year !== b.year };
}

/** How a failed search's text is kept: redacted again (defence in depth), lower-case, spaces collapsed, bounded. */
export function normalizeFailedQuery(query: string): string {
  return redact(query).toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 200);
}

const cache = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepare(db: Database.Database) {
  return {
    channel: db.prepare(
      `INSERT INTO daily_channel (day, channel, sessions, users, messages_in, messages_out, searched, viewed, finished, requested, completed, handoff, search_viewed, search_completed, feedback_yes, feedback_no)
       VALUES (@day, @channel, 1, @users, @mi, @mo, @searched, @viewed, @finished, @requested, @completed, @handoff, @searchViewed, @searchCompleted, @yes, @no)
       ON CONFLICT (day, channel) DO UPDATE SET sessions = sessions + 1, users = users + @users, messages_in = messages_in + @mi, messages_out = messages_out + @mo,
         searched = searched + @searched, viewed = viewed + @viewed, finished = finished + @finished, requested = requested + @requested,
         completed = completed + @completed, handoff = handoff + @handoff, search_viewed = search_viewed + @searchViewed,
         search_completed = search_completed + @searchCompleted, feedback_yes = feedback_yes + @yes, feedback_no = feedback_no + @no`,
    ),
    lastDay: db.prepare<[string, string], { last_day: number }>('SELECT last_day FROM channel_users WHERE channel = ? AND user_key = ?'),
    mark: db.prepare<[string, string, number]>(
      'INSERT INTO channel_users (channel, user_key, last_day) VALUES (?, ?, ?) ON CONFLICT (channel, user_key) DO UPDATE SET last_day = excluded.last_day',
    ),
    periodUser: db.prepare<[string, string]>('INSERT INTO period_users (period, channel, users) VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET users = users + 1'),
    view: db.prepare<[string, string, string]>(
      'INSERT INTO daily_service_views (day, channel, service_id, views) VALUES (?, ?, ?, 1) ON CONFLICT DO UPDATE SET views = views + 1',
    ),
    periodView: db.prepare<[string, string, string]>(
      'INSERT INTO period_service_views (period, channel, service_id, views) VALUES (?, ?, ?, 1) ON CONFLICT DO UPDATE SET views = views + 1',
    ),
    failed: db.prepare<[string, string, string]>(
      'INSERT INTO daily_failed_searches (day, channel, query, count) VALUES (?, ?, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1',
    ),
    periodFailed: db.prepare<[string, string, string]>(
      'INSERT INTO period_failed_searches (period, channel, query, count) VALUES (?, ?, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1',
    ),
    prune: db.prepare<[number]>('DELETE FROM channel_users WHERE last_day < ?'),
  };
}

function stmts(db: Database.Database): ReturnType<typeof prepare> {
  let s = cache.get(db);
  if (!s) {
    s = prepare(db);
    cache.set(db, s);
  }
  return s;
}

/** Adds a closed session to its start day's aggregates and unique-user counts. Runs inside the store's closing transaction. */
export function applySessionRollup(db: Database.Database, s: ClosedSession): void {
  const day = dayOf(s.startedAt);
  const n = dayNumber(day);
  const b = (v: boolean): number => (v ? 1 : 0);
  const st = stmts(db);
  const fresh = newUserPeriods(n, st.lastDay.get(s.channel, s.userKey)?.last_day);
  if (fresh.day) {
    st.mark.run(s.channel, s.userKey, n);
    if (fresh.week) st.periodUser.run(isoWeek(n).key, s.channel);
    if (fresh.month) st.periodUser.run(day.slice(0, 7), s.channel);
    if (fresh.year) st.periodUser.run(day.slice(0, 4), s.channel);
  }
  const completed = s.finished || s.requested;
  st.channel.run({
    day,
    channel: s.channel,
    users: b(fresh.day),
    mi: s.messagesIn,
    mo: s.messagesOut,
    searched: b(s.searched),
    viewed: b(s.viewed),
    finished: b(s.finished),
    requested: b(s.requested),
    completed: b(completed),
    handoff: b(s.handoff),
    searchViewed: b(s.searched && s.viewed),
    searchCompleted: b(s.searched && s.viewed && completed),
    yes: s.feedbackYes,
    no: s.feedbackNo,
  });
}

/** Counts event-level figures (service views, searches with no result) on the event's day, month and year. */
export function applyEventRollup(db: Database.Database, e: { day: string; channel: string; event: EngineEvent }): void {
  const st = stmts(db);
  const periods = [e.day.slice(0, 7), e.day.slice(0, 4)];
  if (e.event.type === 'service_viewed') {
    st.view.run(e.day, e.channel, e.event.serviceId);
    for (const p of periods) {
      st.periodView.run(p, e.channel, e.event.serviceId);
      st.periodView.run(p, ALL_CHANNELS, e.event.serviceId);
    }
  } else if (e.event.type === 'search' && e.event.results === 0) {
    const query = normalizeFailedQuery(e.event.query);
    if (query === '') return;
    st.failed.run(e.day, e.channel, query);
    for (const p of periods) {
      st.periodFailed.run(p, e.channel, query);
      st.periodFailed.run(p, ALL_CHANNELS, query);
    }
  }
}

/**
 * Forgets users whose last session started more than 366 days before `today` (for the purge command).
 * Safe for the counts: any later session of theirs falls in a new day, week, month and year anyway.
 */
export function pruneUserMarks(db: Database.Database, today: string): number {
  return stmts(db).prune.run(dayNumber(today) - 367).changes;
}
