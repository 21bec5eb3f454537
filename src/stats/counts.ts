// The counters of the daily aggregates, as every store hands them to the report. Pure.

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
