// Exact top-N lists (most viewed services, searches with no result) over any range of days, read from
// the per-day, per-month and per-year rows without summing the long tail.
//
// A range is split into pieces (whole years, whole months, loose days × channel). One piece is one
// indexed read. Several pieces use a threshold algorithm (Fagin et al.): read the top M rows of each
// piece, sum exactly the best candidates, and accept the answer only if no other key can reach it:
// a key missing from a piece's top M counts at most that piece's M-th value there. When the proof
// fails, M grows; in the end a plain GROUP BY over every row gives the answer. Always exact.
import type Database from 'better-sqlite3';
import { type DayRange, addDays, decompose } from './calendar.ts';
import { ALL_CHANNELS } from './rollup.ts';

/** One entry of a top list. */
export interface Ranked {
  key: string;
  count: number;
}

/** The daily and period tables of one kind of list, and their key and value columns. */
export interface RankedTables {
  daily: string;
  period: string;
  key: string;
  value: string;
}

/** Service views per day and per month/year. */
export const SERVICE_VIEWS: RankedTables = { daily: 'daily_service_views', period: 'period_service_views', key: 'service_id', value: 'views' };
/** Searches with no result per day and per month/year. */
export const FAILED_SEARCHES: RankedTables = { daily: 'daily_failed_searches', period: 'period_failed_searches', key: 'query', value: 'count' };

interface Piece {
  kind: 'day' | 'period';
  at: string;
  channel: string;
}

const byCountThenKey = (a: Ranked, b: Ranked): number => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Top-N queries over one database handle (statements prepared once per table and shape). */
export class TopLists {
  private readonly cache = new Map<string, Database.Statement<(string | number)[], Ranked>>();

  constructor(private readonly db: Database.Database) {}

  private stmt(sql: string): Database.Statement<(string | number)[], Ranked> {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare<(string | number)[], Ranked>(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  private pieceTop(t: RankedTables, p: Piece, limit: number): Ranked[] {
    const table = p.kind === 'day' ? t.daily : t.period;
    const col = p.kind === 'day' ? 'day' : 'period';
    return this.stmt(`SELECT ${t.key} AS key, ${t.value} AS count FROM ${table} WHERE ${col} = ? AND channel = ? ORDER BY ${t.value} DESC, ${t.key} LIMIT ?`).all(p.at, p.channel, limit);
  }

  /** The top `limit` keys over a range, for one channel or ALL_CHANNELS (`dataChannels`: every real channel). */
  top(t: RankedTables, range: DayRange, channel: string, limit: number, dataChannels: readonly string[]): Ranked[] {
    const parts = decompose(range);
    const days: string[] = [];
    for (const d of parts.days) for (let day = d.start; day <= d.end; day = addDays(day, 1)) days.push(day);
    const dayChannels = channel === ALL_CHANNELS ? [...dataChannels] : [channel];
    const periods = [...parts.years, ...parts.months];
    const pieces: Piece[] = [
      ...days.flatMap((at) => dayChannels.map((ch): Piece => ({ kind: 'day', at, channel: ch }))),
      ...periods.map((at): Piece => ({ kind: 'period', at, channel })),
    ];
    if (pieces.length === 0) return [];
    const only = pieces[0];
    if (pieces.length === 1 && only) return this.pieceTop(t, only, limit);
    const exact = (keys: string[]): Map<string, number> => this.exactSums(t, { days, dayChannels, periods, channel }, keys);
    for (let m = Math.max(40, limit * 4), attempt = 0; attempt < 3; attempt++, m *= 4) {
      const found = this.thresholdTop(t, pieces, limit, m, exact);
      if (found) return found;
    }
    return this.groupBy(t, { days, dayChannels, periods, channel }, limit);
  }

  private thresholdTop(t: RankedTables, pieces: Piece[], limit: number, m: number, exact: (keys: string[]) => Map<string, number>): Ranked[] | undefined {
    const lower = new Map<string, number>();
    const seenThreshold = new Map<string, number>();
    let total = 0;
    for (const p of pieces) {
      const rows = this.pieceTop(t, p, m);
      // A key that is not among this piece's top m counts at most the m-th value here (0 when the piece was read whole).
      const threshold = rows.length === m ? (rows[m - 1]?.count ?? 0) : 0;
      total += threshold;
      for (const r of rows) {
        lower.set(r.key, (lower.get(r.key) ?? 0) + r.count);
        seenThreshold.set(r.key, (seenThreshold.get(r.key) ?? 0) + threshold);
      }
    }
    const byLower = [...lower].map(([key, count]) => ({ key, count })).sort(byCountThenKey);
    const candidates = byLower.slice(0, limit * 2);
    const sums = exact(candidates.map((c) => c.key));
    const ranked = candidates.map((c) => ({ key: c.key, count: sums.get(c.key) ?? 0 })).sort(byCountThenKey);
    const chosen = ranked.slice(0, limit);
    // The best any key outside the exactly-summed candidates could reach.
    let bound = total;
    for (const r of byLower.slice(limit * 2)) bound = Math.max(bound, r.count + total - (seenThreshold.get(r.key) ?? 0));
    const last = chosen[chosen.length - 1];
    if (chosen.length < limit) return bound === 0 ? chosen : undefined;
    return last && bound < last.count ? chosen : undefined;
  }

  private exactSums(t: RankedTables, s: { days: string[]; dayChannels: string[]; periods: string[]; channel: string }, keys: string[]): Map<string, number> {
    const out = new Map<string, number>();
    if (keys.length === 0) return out;
    const sql = `SELECT key, sum(n) AS count FROM (
        SELECT ${t.key} AS key, ${t.value} AS n FROM ${t.daily}
        WHERE day IN (SELECT value FROM json_each(?)) AND channel IN (SELECT value FROM json_each(?)) AND ${t.key} IN (SELECT value FROM json_each(?))
        UNION ALL
        SELECT ${t.key} AS key, ${t.value} AS n FROM ${t.period}
        WHERE period IN (SELECT value FROM json_each(?)) AND channel = ? AND ${t.key} IN (SELECT value FROM json_each(?))
      ) GROUP BY key`;
    const k = JSON.stringify(keys);
    for (const r of this.stmt(sql).all(JSON.stringify(s.days), JSON.stringify(s.dayChannels), k, JSON.stringify(s.periods), s.channel, k)) out.set(r.key, r.count);
    return out;
  }

  private groupBy(t: RankedTables, s: { days: string[]; dayChannels: string[]; periods: string[]; channel: string }, limit: number): Ranked[] {
    const sql = `SELECT key, sum(n) AS count FROM (
        SELECT ${t.key} AS key, ${t.value} AS n FROM ${t.daily} WHERE day IN (SELECT value FROM json_each(?)) AND channel IN (SELECT value FROM json_each(?))
        UNION ALL
        SELECT ${t.key} AS key, ${t.value} AS n FROM ${t.period} WHERE period IN (SELECT value FROM json_each(?)) AND channel = ?
      ) GROUP BY key ORDER BY count DESC, key LIMIT ?`;
    return this.stmt(sql).all(JSON.stringify(s.days), JSON.stringify(s.dayChannels), JSON.stringify(s.periods), s.channel, limit);
  }
}
