// The StatsReader port: every read that reports (`stats`), the dashboard, `catalogue gaps` and the staff's
// /estatisticas make. Separate from the Store port: reports may run in another process, read-only, and a
// store may serve them from a replica. Memory and SQLite implement it; no SQL of any database appears here.
import type { DayRange } from './calendar.ts';
import type { DailyRow } from './counts.ts';

/** Sessions per channel (the staff's /estatisticas). */
export interface ChannelCount {
  channel: string;
  sessions: number;
}

/** The two ranked lists the aggregates keep: services viewed, and searches that found nothing. */
export type RankedList = 'service_views' | 'failed_searches';

/** One entry of a top list. */
export interface Ranked {
  key: string;
  count: number;
}

/** Filters of the gaps report. Days are YYYY-MM-DD in Minas Gerais time, both ends included. */
export interface GapsQuery {
  from: string;
  to: string;
  limit: number;
  channel?: string;
}

/** One query that found nothing in the period. */
export interface FailedSearch {
  query: string;
  count: number;
  days: number;
  channels: string[];
}

/** Failed searches in a period, over every query (not only the listed ones). */
export interface FailedTotal {
  searches: number;
  queries: number;
}

/** Filters of the follow-up questions report. Days are YYYY-MM-DD in Minas Gerais time, both ends included. */
export interface FollowUpQuery {
  from: string;
  to: string;
  /** Only these channels; every channel when absent. */
  channels?: readonly string[];
}

/** How many times one kind of question (a follow-up topic: "cost", "documents"…) was answered about one service. */
export interface FollowUpCount {
  serviceId: string;
  kind: string;
  count: number;
}

/** Reads of the statistics aggregates. Every method reads aggregates only (never raw events), except `sessionsStarted`. */
export interface StatsReader {
  /** First and last day with any closed session, or undefined when there is none. */
  dataExtent(): Promise<DayRange | undefined>;
  /** Every channel that has ever had a closed session, alphabetically. */
  channels(): Promise<string[]>;
  /** Every day × channel row in a range. */
  dailyRows(range: DayRange): Promise<DailyRow[]>;
  /** Unique users per (ISO week, month or year key) and channel, keyed "period|channel", for the given keys. */
  usersByPeriod(keys: readonly string[]): Promise<Map<string, number>>;
  /** The `limit` highest entries of a list over a range, for one channel or ALL_CHANNELS; ties by key. Exact. */
  top(list: RankedList, range: DayRange, channel: string, limit: number): Promise<Ranked[]>;
  /** The most frequent searches with no result in a period, and the period's totals. */
  failedSearches(q: GapsQuery): Promise<{ rows: FailedSearch[]; total: FailedTotal }>;
  /** Every (service, question kind) answered in a period with its count, most asked first, ties by service then kind. */
  followUps(q: FollowUpQuery): Promise<FollowUpCount[]>;
  /** Sessions started in [from, to) (ms), open or closed, per channel. */
  sessionsStarted(from: number, to: number): Promise<ChannelCount[]>;
  /** Releases what the reader holds. Idempotent. */
  close(): Promise<void>;
}
