// Reads of the aggregate tables. Every query touches rollup rows only (never sessions or events),
// and top lists (toplist.ts) use the per-month and per-year rows wherever a range covers whole months or years.
import type Database from 'better-sqlite3';
import type { DayRange } from './calendar.ts';
import { FAILED_SEARCHES, type Ranked, SERVICE_VIEWS, TopLists } from './toplist.ts';

/** The counters of one day × channel row. */
export interface DailyCounts {
  sessions: number;
  users: number;
  messagesIn: number;
  messagesOut: number;
  searched: number;
  viewed: number;
  finished: number;
  requested: number;
  completed: number;
  handoff: number;
  searchViewed: number;
  searchCompleted: number;
  feedbackYes: number;
  feedbackNo: number;
}

/** A daily row with its day and channel. */
export interface DailyRow extends DailyCounts {
  day: string;
  channel: string;
}

/** An all-zero set of counters. */
export function zeroCounts(): DailyCounts {
  return { sessions: 0, users: 0, messagesIn: 0, messagesOut: 0, searched: 0, viewed: 0, finished: 0, requested: 0, completed: 0, handoff: 0, searchViewed: 0, searchCompleted: 0, feedbackYes: 0, feedbackNo: 0 };
}

/** Adds `b` into `a` (all counters). */
export function addCounts(a: DailyCounts, b: DailyCounts): void {
  a.sessions += b.sessions;
  a.users += b.users;
  a.messagesIn += b.messagesIn;
  a.messagesOut += b.messagesOut;
  a.searched += b.searched;
  a.viewed += b.viewed;
  a.finished += b.finished;
  a.requested += b.requested;
  a.completed += b.completed;
  a.handoff += b.handoff;
  a.searchViewed += b.searchViewed;
  a.searchCompleted += b.searchCompleted;
  a.feedbackYes += b.feedbackYes;
  a.feedbackNo += b.feedbackNo;
}

const DAILY_COLUMNS = `day, channel, sessions, users, messages_in AS messagesIn, messages_out AS messagesOut, searched, viewed, finished, requested, completed,
  handoff, search_viewed AS searchViewed, search_completed AS searchCompleted, feedback_yes AS feedbackYes, feedback_no AS feedbackNo`;

/** Read-side statements over one database handle. */
export class StatsQueries {
  private readonly daily;
  private readonly extent;
  private readonly periodUsers;
  private readonly channelList;
  private readonly lists: TopLists;

  constructor(db: Database.Database) {
    this.lists = new TopLists(db);
    this.daily = db.prepare<[string, string], DailyRow>(`SELECT ${DAILY_COLUMNS} FROM daily_channel WHERE day BETWEEN ? AND ?`);
    this.extent = db.prepare<[], { first: string | null; last: string | null }>('SELECT min(day) AS first, max(day) AS last FROM daily_channel');
    this.channelList = db.prepare<[], { channel: string }>('SELECT DISTINCT channel FROM daily_channel ORDER BY channel');
    this.periodUsers = db.prepare<[string], { period: string; channel: string; users: number }>(
      'SELECT period, channel, users FROM period_users WHERE period IN (SELECT value FROM json_each(?))',
    );
  }

  /** First and last day with any closed session, or undefined when there is none. */
  dataExtent(): DayRange | undefined {
    const r = this.extent.get();
    return r?.first && r.last ? { start: r.first, end: r.last } : undefined;
  }

  /** Every channel that has ever had a closed session. */
  channels(): string[] {
    return this.channelList.all().map((r) => r.channel);
  }

  /** Every day × channel row in a range. */
  dailyRows(range: DayRange): DailyRow[] {
    return this.daily.all(range.start, range.end);
  }

  /** Unique users per (week, month or year key) and channel, for the given keys. */
  usersByPeriod(keys: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    if (keys.length === 0) return out;
    for (const r of this.periodUsers.all(JSON.stringify([...new Set(keys)]))) out.set(`${r.period}|${r.channel}`, r.users);
    return out;
  }

  /** Most viewed services over a range, for one channel or ALL_CHANNELS. */
  topServices(range: DayRange, channel: string, limit: number): Ranked[] {
    return this.lists.top(SERVICE_VIEWS, range, channel, limit, this.channels());
  }

  /** Most frequent searches with no result over a range, for one channel or ALL_CHANNELS. */
  failedSearches(range: DayRange, channel: string, limit: number): Ranked[] {
    return this.lists.top(FAILED_SEARCHES, range, channel, limit, this.channels());
  }
}
