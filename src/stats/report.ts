// Builds the channel report from the aggregate tables: per channel and period, sessions, unique users,
// messages per session, growth on the same period a year earlier, the funnel, handoffs and feedback;
// over the whole range, the top services and the searches with no result; and the catalogue's ITD.
import type { Service } from '../catalogue/schema.ts';
import { AtendeError } from '../core/errors.ts';
import { type Bucket, type DayRange, type Granularity, bucketCount, bucketsOf, dayNumber, periodOf, previousYear } from './calendar.ts';
import { type DailyCounts, type DailyRow, addCounts, zeroCounts } from './counts.ts';
import { type ServiceQuestions, questionsByService } from './followups.ts';
import { type Itd, computeItd } from './itd.ts';
import { MAX_BUCKETS, type ReportOptions } from './options.ts';
import type { StatsReader } from './reader.ts';
import { ALL_CHANNELS } from './rollup.ts';

/** The same figures over the same period a year earlier. */
export interface PreviousPeriod extends DayRange {
  sessions: number;
  users: number | null;
}

/** Every figure of one channel (or ALL_CHANNELS) over one period. Rates are fractions (0–1), null when undefined (0 ÷ 0). */
export interface PeriodStats extends DayRange {
  channel: string;
  /** Bucket key ("2020", "2020-03", "2020-W11", "2020-03-15"), or "total" for the whole range. */
  period: string;
  /** The period covers its whole natural calendar period (day, ISO week, month or year of the grouping). */
  complete: boolean;
  sessions: number;
  /** Distinct pseudonymous users; null when the period is not a whole day, ISO week, month or year. */
  users: number | null;
  messagesIn: number;
  messagesOut: number;
  /** Citizen messages per session. */
  messagesPerSession: number | null;
  /** Null when the period is longer than a year (the year before would overlap it). */
  previous: PreviousPeriod | null;
  /** (sessions − previous) ÷ previous. */
  growth: number | null;
  funnel: {
    searched: number;
    viewedAfterSearch: number;
    completedAfterSearch: number;
    viewRate: number | null;
    completionRate: number | null;
  };
  viewed: number;
  finished: number;
  requested: number;
  completed: number;
  handoff: number;
  handoffRate: number | null;
  feedback: { yes: number; no: number; helpfulShare: number | null };
}

/** One channel's (or all channels') top list over the range. */
export interface TopList<T> {
  channel: string;
  items: T[];
}

/** The whole report. */
export interface Report {
  from: string;
  to: string;
  by: Granularity;
  /** The real channels reported, alphabetically; ALL_CHANNELS rows are added when there are several. */
  channels: string[];
  generatedAt: string;
  rows: PeriodStats[];
  /** Per channel (then ALL_CHANNELS) over the whole range. */
  totals: PeriodStats[];
  topServices: TopList<{ serviceId: string; title: string; views: number }>[];
  failedSearches: TopList<{ query: string; count: number }>[];
  /** The services citizens asked most questions about (answered follow-ups), over the reported channels. */
  followUps: ServiceQuestions[];
  itd: Itd;
}

/** What a report is built from. */
export interface ReportSource {
  stats: StatsReader;
  /** The catalogue in force (titles and ITD). */
  services: readonly Service[];
  /** Today's local day, for the default range when there is no data. */
  today: string;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** The natural period a range is exactly equal to, if any: its key and whether it is a single day. */
function naturalPeriod(range: DayRange): { key: string; by: Granularity } | undefined {
  for (const by of ['day', 'week', 'month', 'year'] as const) {
    const p = periodOf(range.start, by);
    if (p.start === range.start && p.end === range.end) return { key: p.key, by };
  }
  return undefined;
}

/** The report's range: the options' dates, or else every day with data, widened to whole buckets. */
export async function resolveRange(stats: StatsReader, o: ReportOptions, today: string): Promise<DayRange> {
  const extent = (await stats.dataExtent()) ?? { start: today, end: today };
  const start = o.from ?? periodOf(o.to && o.to < extent.start ? o.to : extent.start, o.by).start;
  const end = o.to ?? periodOf(extent.end < start ? start : extent.end, o.by).end;
  return { start, end };
}

/** Sums daily rows per channel over day ranges (rows indexed by day number: no date strings built per day). */
class Summer {
  private readonly byChannel = new Map<string, Map<number, DailyRow>>();

  constructor(rows: DailyRow[]) {
    for (const r of rows) {
      let m = this.byChannel.get(r.channel);
      if (!m) {
        m = new Map();
        this.byChannel.set(r.channel, m);
      }
      m.set(dayNumber(r.day), r);
    }
  }

  channels(): string[] {
    return [...this.byChannel.entries()].filter(([, m]) => [...m.values()].some((r) => r.sessions > 0)).map(([c]) => c);
  }

  sum(channel: string, range: DayRange): DailyCounts {
    const total = zeroCounts();
    const m = this.byChannel.get(channel);
    if (!m) return total;
    for (let n = dayNumber(range.start), last = dayNumber(range.end); n <= last; n++) {
      const r = m.get(n);
      if (r) addCounts(total, r);
    }
    return total;
  }
}

function statsOf(channel: string, period: string, range: DayRange, complete: boolean, c: DailyCounts, users: number | null, prev: PreviousPeriod | null): PeriodStats {
  return {
    channel,
    period,
    start: range.start,
    end: range.end,
    complete,
    sessions: c.sessions,
    users,
    messagesIn: c.messagesIn,
    messagesOut: c.messagesOut,
    messagesPerSession: ratio(c.messagesIn, c.sessions),
    previous: prev,
    growth: prev === null || prev.sessions === 0 ? null : (c.sessions - prev.sessions) / prev.sessions,
    funnel: {
      searched: c.searched,
      viewedAfterSearch: c.searchViewed,
      completedAfterSearch: c.searchCompleted,
      viewRate: ratio(c.searchViewed, c.searched),
      completionRate: ratio(c.searchCompleted, c.searchViewed),
    },
    viewed: c.viewed,
    finished: c.finished,
    requested: c.requested,
    completed: c.completed,
    handoff: c.handoff,
    handoffRate: ratio(c.handoff, c.sessions),
    feedback: { yes: c.feedbackYes, no: c.feedbackNo, helpfulShare: ratio(c.feedbackYes, c.feedbackYes + c.feedbackNo) },
  };
}

/** A report that would have too many periods (for instance every day of many years). */
export class ReportTooLargeError extends AtendeError {
  constructor(buckets: number) {
    super('STATS_TOO_MANY_PERIODS', `o período tem ${buckets} grupos (máximo ${MAX_BUCKETS}); escolha --from/--to mais curtos ou agrupe por semana, mês ou ano`);
    this.name = 'ReportTooLargeError';
  }
}

/** Builds the report. Reads only the aggregates; answers in milliseconds at 15 million sessions a year (SQLite). */
export async function buildReport(src: ReportSource, o: ReportOptions): Promise<Report> {
  const q = src.stats;
  const range = await resolveRange(q, o, src.today);
  const count = bucketCount(range, o.by);
  if (count > MAX_BUCKETS) throw new ReportTooLargeError(count);
  const buckets = bucketsOf(range, o.by);
  const prevOf = new Map<Bucket, Bucket>(buckets.map((b) => [b, previousYear(b, o.by)]));
  const totalPrev = previousYear(range, naturalPeriod(range)?.by ?? 'day');
  const firstPrev = [...prevOf.values(), totalPrev].reduce((m, b) => (b.start < m ? b.start : m), range.start);
  const summer = new Summer(await q.dailyRows({ start: firstPrev, end: range.end }));
  const channels = (o.channels ?? summer.channels()).slice().sort();
  const multi = channels.length > 1;

  // Unique users: a whole day from daily_channel, a whole week, month or year from period_users.
  const ranges: DayRange[] = [...buckets, ...prevOf.values(), range, totalPrev];
  const naturals = ranges.map(naturalPeriod);
  const periodUsers = await q.usersByPeriod(naturals.flatMap((p) => (p && p.by !== 'day' ? [p.key] : [])));
  const usersOf = (channel: string, r: DayRange, counts: DailyCounts): number | null => {
    const p = naturalPeriod(r);
    if (!p) return null;
    if (p.by === 'day') return counts.users;
    return periodUsers.get(`${p.key}|${channel}`) ?? 0;
  };
  const sumUsers = (xs: (number | null)[]): number | null => (xs.some((x) => x === null) ? null : xs.reduce<number>((a, x) => a + (x ?? 0), 0));

  const statsFor = (period: string, r: DayRange, prevRange: DayRange, complete: boolean): PeriodStats[] => {
    // A period longer than a year has no "same period a year earlier" that does not overlap it.
    const comparable = prevRange.end < r.start;
    const out = channels.map((ch) => {
      const cur = summer.sum(ch, r);
      const prev = summer.sum(ch, prevRange);
      const previous = comparable ? { start: prevRange.start, end: prevRange.end, sessions: prev.sessions, users: usersOf(ch, prevRange, prev) } : null;
      return statsOf(ch, period, r, complete, cur, usersOf(ch, r, cur), previous);
    });
    if (!multi) return out;
    const cur = zeroCounts();
    const prev = zeroCounts();
    for (const ch of channels) {
      addCounts(cur, summer.sum(ch, r));
      addCounts(prev, summer.sum(ch, prevRange));
    }
    const previous = comparable ? { start: prevRange.start, end: prevRange.end, sessions: prev.sessions, users: sumUsers(out.map((s) => s.previous?.users ?? null)) } : null;
    out.push(statsOf(ALL_CHANNELS, period, r, complete, cur, sumUsers(out.map((s) => s.users)), previous));
    return out;
  };

  const rows = buckets.flatMap((b) => statsFor(b.key, b, prevOf.get(b) ?? b, b.complete));
  const totals = statsFor('total', range, totalPrev, naturalPeriod(range) !== undefined);
  const listChannels = multi ? [...channels, ALL_CHANNELS] : channels;
  const titles = new Map(src.services.map((s) => [s.id, s.title]));
  const topServices = await Promise.all(
    listChannels.map(async (channel) => ({
      channel,
      items: (await q.top('service_views', range, channel, o.top)).map((r) => ({ serviceId: r.key, title: titles.get(r.key) ?? r.key, views: r.count })),
    })),
  );
  const failedSearches = await Promise.all(
    listChannels.map(async (channel) => ({ channel, items: (await q.top('failed_searches', range, channel, o.top)).map((r) => ({ query: r.key, count: r.count })) })),
  );
  const asked = await q.followUps({ from: range.start, to: range.end, ...(o.channels ? { channels: o.channels } : {}) });
  return {
    from: range.start,
    to: range.end,
    by: o.by,
    channels,
    generatedAt: new Date().toISOString(),
    rows,
    totals,
    topServices,
    failedSearches,
    followUps: questionsByService(asked, titles, o.top),
    itd: computeItd(src.services),
  };
}
