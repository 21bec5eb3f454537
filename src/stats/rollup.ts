// The arithmetic of the aggregates, the same for every store: what a closed session and a committed event add.
// Stores keep day × channel counters, per-month and per-year top lists and exact unique users per day, ISO
// week, month and year (see docs/statistics.md, "How the aggregates work", for the design and its one assumption),
// and change them in the transaction of the turn or the close that causes them. Pure: no database here.
import type { EngineEvent } from '../conversation/types.ts';
import { dayOf } from '../core/time.ts';
import { redact } from '../privacy/redact.ts';
import { dayNumber, isoWeek, weekIndex, yearMonthOf } from './calendar.ts';
import { type DailyCounts, zeroCounts } from './counts.ts';
import type { RankedList } from './reader.ts';

/** What a session did, as far as the statistics care: accumulated turn by turn, counted when it closes. */
export interface SessionFlags {
  searched: boolean;
  viewed: boolean;
  finished: boolean;
  requested: boolean;
  handoff: boolean;
  feedbackYes: number;
  feedbackNo: number;
}

/** What the rollup needs to know about a session when it closes. */
export interface ClosedSession extends SessionFlags {
  id: string;
  channel: string;
  userKey: string;
  startedAt: number;
  endedAt: number;
  outcome: string;
  messagesIn: number;
  messagesOut: number;
}

/** The channel value of the all-channels rows in the per-month and per-year top lists. */
export const ALL_CHANNELS = '*';

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


/** The flags of a session that did nothing yet. */
export function noFlags(): SessionFlags {
  return { searched: false, viewed: false, finished: false, requested: false, handoff: false, feedbackYes: 0, feedbackNo: 0 };
}

/** The flags one turn's events set (feedback counted, the rest yes or no). */
export function flagsOf(events: ReadonlyArray<EngineEvent>): SessionFlags {
  const f = noFlags();
  for (const e of events) {
    if (e.type === 'search') f.searched = true;
    else if (e.type === 'service_viewed') f.viewed = true;
    else if (e.type === 'walkthrough_finished') f.finished = true;
    else if (e.type === 'form_submitted') f.requested = true;
    else if (e.type === 'handoff') f.handoff = true;
    else if (e.type === 'feedback') {
      if (e.helpful) f.feedbackYes += 1;
      else f.feedbackNo += 1;
    }
  }
  return f;
}

/** A session's flags after one more turn. */
export function addFlags(a: SessionFlags, b: SessionFlags): SessionFlags {
  return {
    searched: a.searched || b.searched,
    viewed: a.viewed || b.viewed,
    finished: a.finished || b.finished,
    requested: a.requested || b.requested,
    handoff: a.handoff || b.handoff,
    feedbackYes: a.feedbackYes + b.feedbackYes,
    feedbackNo: a.feedbackNo + b.feedbackNo,
  };
}

/** What one closed session adds to the aggregates of its START day. */
export interface SessionRollup {
  day: string;
  /** The start day's number: the user's new last day when `firstOfDay`. */
  dayNumber: number;
  /** The user's first session of that day on that channel (counted in `counts.users`). */
  firstOfDay: boolean;
  /** ISO week, month and year keys this session is the user's first of (each adds one to period_users). */
  newPeriods: string[];
  /** The day × channel counters to add. */
  counts: DailyCounts;
}

/** The rollup of a closed session, given the day number of the user's previous session on the channel (if any). */
export function sessionRollup(s: ClosedSession, lastDay: number | undefined): SessionRollup {
  const day = dayOf(s.startedAt);
  const n = dayNumber(day);
  const fresh = newUserPeriods(n, lastDay);
  const newPeriods: string[] = [];
  if (fresh.day) {
    if (fresh.week) newPeriods.push(isoWeek(n).key);
    if (fresh.month) newPeriods.push(day.slice(0, 7));
    if (fresh.year) newPeriods.push(day.slice(0, 4));
  }
  const completed = s.finished || s.requested;
  const b = (v: boolean): number => (v ? 1 : 0);
  const counts = zeroCounts();
  counts.sessions = 1;
  counts.users = b(fresh.day);
  counts.messagesIn = s.messagesIn;
  counts.messagesOut = s.messagesOut;
  counts.searched = b(s.searched);
  counts.viewed = b(s.viewed);
  counts.finished = b(s.finished);
  counts.requested = b(s.requested);
  counts.completed = b(completed);
  counts.handoff = b(s.handoff);
  counts.searchViewed = b(s.searched && s.viewed);
  counts.searchCompleted = b(s.searched && s.viewed && completed);
  counts.feedbackYes = s.feedbackYes;
  counts.feedbackNo = s.feedbackNo;
  return { day, dayNumber: n, firstOfDay: fresh.day, newPeriods, counts };
}

/**
 * What one committed event adds to a top list: one on its day × channel, and one on its month and year, for
 * the channel and for ALL_CHANNELS. Undefined for events no list counts.
 */
export interface EventRollup {
  list: RankedList;
  key: string;
  day: string;
  /** Month and year keys of the day. */
  periods: [string, string];
}

/** The rollup of one event committed at `at` (ms). Searches are counted only when they found nothing. */
export function eventRollup(at: number, event: EngineEvent): EventRollup | undefined {
  const day = dayOf(at);
  const periods: [string, string] = [day.slice(0, 7), day.slice(0, 4)];
  if (event.type === 'service_viewed') return { list: 'service_views', key: event.serviceId, day, periods };
  if (event.type === 'search' && event.results === 0) {
    const key = normalizeFailedQuery(event.query);
    return key === '' ? undefined : { list: 'failed_searches', key, day, periods };
  }
  return undefined;
}

/** What one answered follow-up question adds: one to its day × channel × service × kind. */
export interface FollowUpRollup {
  day: string;
  serviceId: string;
  kind: string;
}

/** The rollup of an answered follow-up question committed at `at` (ms); undefined for other events. */
export function followUpRollup(at: number, event: EngineEvent): FollowUpRollup | undefined {
  return event.type === 'follow_up' ? { day: dayOf(at), serviceId: event.serviceId, kind: event.kind } : undefined;
}

/**
 * Users whose last session started before this day number can be forgotten (purge): any later session of theirs
 * falls in a new day, week, month and year anyway, so no count changes. 367 days back from `today`.
 */
export function userMarkCutoff(today: string): number {
  return dayNumber(today) - 367;
}
