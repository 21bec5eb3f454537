// The aggregates of the memory store and its StatsReader. The same arithmetic as every store
// (stats/rollup.ts), kept in maps, and the same top-list algorithm (stats/toplist.ts) over them.
import type { DayRange } from '../../stats/calendar.ts';
import { type DailyRow, addCounts, zeroCounts } from '../../stats/counts.ts';
import type { ChannelCount, FailedSearch, FailedTotal, FollowUpCount, FollowUpQuery, GapsQuery, Ranked, RankedList, StatsReader } from '../../stats/reader.ts';
import { ALL_CHANNELS, type ClosedSession, eventRollup, followUpRollup, sessionRollup, userMarkCutoff } from '../../stats/rollup.ts';
import { type Piece, type PieceSet, type RankedSource, topOf } from '../../stats/toplist.ts';
import type { EngineEvent } from '../../conversation/types.ts';

const byCountThenKey = (a: Ranked, b: Ranked): number => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The aggregate "tables" of a memory store. */
export class MemoryAggregates {
  /** "day|channel" → counters. */
  readonly daily = new Map<string, DailyRow>();
  /** "channel|userKey" → day number of the user's last session start. */
  readonly userMarks = new Map<string, number>();
  /** "period|channel" → users whose first session of that ISO week, month or year it was. */
  readonly periodUsers = new Map<string, number>();
  /** list → "day|channel" → key → count. */
  readonly lists: Record<RankedList, Map<string, Map<string, number>>> = { service_views: new Map(), failed_searches: new Map() };
  /** list → "month or year|channel or ALL_CHANNELS" → key → count. */
  readonly periodLists: Record<RankedList, Map<string, Map<string, number>>> = { service_views: new Map(), failed_searches: new Map() };
  /** "day|channel" → "serviceId|kind" → answered follow-up questions. */
  readonly followUps = new Map<string, Map<string, number>>();

  /** Adds a closed session (as the SQLite store does in its closing transaction). */
  session(s: ClosedSession): void {
    const mark = `${s.channel}|${s.userKey}`;
    const r = sessionRollup(s, this.userMarks.get(mark));
    if (r.firstOfDay) this.userMarks.set(mark, r.dayNumber);
    for (const p of r.newPeriods) this.periodUsers.set(`${p}|${s.channel}`, (this.periodUsers.get(`${p}|${s.channel}`) ?? 0) + 1);
    const key = `${r.day}|${s.channel}`;
    let row = this.daily.get(key);
    if (!row) {
      row = { day: r.day, channel: s.channel, ...zeroCounts() };
      this.daily.set(key, row);
    }
    addCounts(row, r.counts);
  }

  /** Counts one committed event, on its day and on its month and year (per channel and for ALL_CHANNELS). */
  event(at: number, channel: string, event: EngineEvent): void {
    const f = followUpRollup(at, event);
    if (f) bump(this.followUps, `${f.day}|${channel}`, `${f.serviceId}|${f.kind}`);
    const r = eventRollup(at, event);
    if (!r) return;
    bump(this.lists[r.list], `${r.day}|${channel}`, r.key);
    for (const p of r.periods) {
      bump(this.periodLists[r.list], `${p}|${channel}`, r.key);
      bump(this.periodLists[r.list], `${p}|${ALL_CHANNELS}`, r.key);
    }
  }

  /**
   * Gives `to` the later of the two users' last days (Store.rekey): the same person under a new key is not counted
   * again. `from` keeps its own mark, so that a late message under the old key is not counted again either.
   */
  mergeUser(channel: string, from: string, to: string): void {
    const day = this.userMarks.get(`${channel}|${from}`);
    if (day === undefined) return;
    const current = this.userMarks.get(`${channel}|${to}`);
    if (current === undefined || day > current) this.userMarks.set(`${channel}|${to}`, day);
  }

  /** Forgets users not seen for over a year; returns how many. */
  pruneUserMarks(today: string): number {
    const cutoff = userMarkCutoff(today);
    let n = 0;
    for (const [k, day] of this.userMarks) {
      if (day < cutoff) {
        this.userMarks.delete(k);
        n++;
      }
    }
    return n;
  }
}

function bump(table: Map<string, Map<string, number>>, slot: string, key: string): void {
  let counts = table.get(slot);
  if (!counts) {
    counts = new Map();
    table.set(slot, counts);
  }
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The per-piece reads of the top lists over the maps: the same algorithm (topOf) as SQLite, so the same answers. */
class MemoryRankedSource implements RankedSource {
  constructor(private readonly aggregates: MemoryAggregates) {}

  private rows(list: RankedList, piece: Piece): Ranked[] {
    const table = piece.kind === 'day' ? this.aggregates.lists[list] : this.aggregates.periodLists[list];
    return [...(table.get(`${piece.at}|${piece.channel}`) ?? new Map<string, number>())].map(([key, count]) => ({ key, count }));
  }

  async pieceTop(list: RankedList, piece: Piece, limit: number): Promise<Ranked[]> {
    return this.rows(list, piece).sort(byCountThenKey).slice(0, limit);
  }

  async sums(list: RankedList, set: PieceSet, keys?: readonly string[], limit?: number): Promise<Ranked[]> {
    const wanted = keys ? new Set(keys) : undefined;
    const pieces: Piece[] = [
      ...set.days.flatMap((at) => set.dayChannels.map((channel): Piece => ({ kind: 'day', at, channel }))),
      ...set.periods.map((at): Piece => ({ kind: 'period', at, channel: set.channel })),
    ];
    const sums = new Map<string, number>();
    for (const p of pieces) for (const r of this.rows(list, p)) if (!wanted || wanted.has(r.key)) sums.set(r.key, (sums.get(r.key) ?? 0) + r.count);
    const out = [...sums].map(([key, count]) => ({ key, count })).sort(byCountThenKey);
    return limit === undefined ? out : out.slice(0, limit);
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Splits "day|channel". */
function slotOf(slot: string): { day: string; channel: string } {
  const i = slot.indexOf('|');
  return { day: slot.slice(0, i), channel: slot.slice(i + 1) };
}

/** The StatsReader of a memory store. */
export class MemoryStatsReader implements StatsReader {
  private readonly ranked: RankedSource;

  constructor(
    private readonly aggregates: MemoryAggregates,
    private readonly started: () => Iterable<{ channel: string; startedAt: number }>,
  ) {
    this.ranked = new MemoryRankedSource(aggregates);
  }

  async dataExtent(): Promise<DayRange | undefined> {
    const days = [...this.aggregates.daily.values()].map((r) => r.day).sort();
    const first = days[0];
    const last = days[days.length - 1];
    return first && last ? { start: first, end: last } : undefined;
  }

  async channels(): Promise<string[]> {
    return [...new Set([...this.aggregates.daily.values()].map((r) => r.channel))].sort();
  }

  async dailyRows(range: DayRange): Promise<DailyRow[]> {
    return [...this.aggregates.daily.values()].filter((r) => r.day >= range.start && r.day <= range.end).map((r) => ({ ...r }));
  }

  async usersByPeriod(keys: readonly string[]): Promise<Map<string, number>> {
    const wanted = new Set(keys);
    const out = new Map<string, number>();
    for (const [k, n] of this.aggregates.periodUsers) if (wanted.has(k.slice(0, k.indexOf('|')))) out.set(k, n);
    return out;
  }

  async top(list: RankedList, range: DayRange, channel: string, limit: number): Promise<Ranked[]> {
    return topOf(this.ranked, list, range, channel, limit, await this.channels());
  }

  async failedSearches(q: GapsQuery): Promise<{ rows: FailedSearch[]; total: FailedTotal }> {
    const byQuery = new Map<string, { count: number; days: Set<string>; channels: Set<string> }>();
    for (const [slot, counts] of this.aggregates.lists.failed_searches) {
      const s = slotOf(slot);
      if (s.day < q.from || s.day > q.to || (q.channel !== undefined && s.channel !== q.channel)) continue;
      for (const [query, count] of counts) {
        let entry = byQuery.get(query);
        if (!entry) {
          entry = { count: 0, days: new Set(), channels: new Set() };
          byQuery.set(query, entry);
        }
        entry.count += count;
        entry.days.add(s.day);
        entry.channels.add(s.channel);
      }
    }
    const all = [...byQuery].map(([query, e]): FailedSearch => ({ query, count: e.count, days: e.days.size, channels: [...e.channels].sort() }));
    all.sort((a, b) => b.count - a.count || (a.query < b.query ? -1 : a.query > b.query ? 1 : 0));
    return { rows: all.slice(0, q.limit), total: { searches: all.reduce((n, r) => n + r.count, 0), queries: all.length } };
  }

  async followUps(q: FollowUpQuery): Promise<FollowUpCount[]> {
    const wanted = q.channels ? new Set(q.channels) : undefined;
    const sums = new Map<string, number>();
    for (const [slot, counts] of this.aggregates.followUps) {
      const s = slotOf(slot);
      if (s.day < q.from || s.day > q.to || (wanted && !wanted.has(s.channel))) continue;
      for (const [key, n] of counts) sums.set(key, (sums.get(key) ?? 0) + n);
    }
    return [...sums]
      .map(([key, count]) => ({ serviceId: key.slice(0, key.indexOf('|')), kind: key.slice(key.indexOf('|') + 1), count }))
      .sort((a, b) => b.count - a.count || cmp(a.serviceId, b.serviceId) || cmp(a.kind, b.kind));
  }

  async sessionsStarted(from: number, to: number): Promise<ChannelCount[]> {
    const counts = new Map<string, number>();
    for (const s of this.started()) if (s.startedAt >= from && s.startedAt < to) counts.set(s.channel, (counts.get(s.channel) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([channel, sessions]) => ({ channel, sessions }));
  }

  async close(): Promise<void> {}
}
