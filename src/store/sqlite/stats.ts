// The SQLite implementation of the StatsReader port. Every query touches the aggregate tables only (never
// sessions or events, except the staff's sessions of today); top lists go through stats/toplist.ts, which
// needs only the two piece queries below.
import type Database from 'better-sqlite3';
import type { DayRange } from '../../stats/calendar.ts';
import type { DailyRow } from '../../stats/counts.ts';
import type { ChannelCount, FailedSearch, FailedTotal, FollowUpCount, FollowUpQuery, GapsQuery, Ranked, RankedList, StatsReader } from '../../stats/reader.ts';
import { type Piece, type PieceSet, type RankedSource, topOf } from '../../stats/toplist.ts';
import { openReadOnly } from './database.ts';
import { RANKED_TABLES } from './rollup.ts';

const DAILY_COLUMNS = `day, channel, sessions, users, messages_in AS messagesIn, messages_out AS messagesOut, searched, viewed, finished, requested, completed,
  handoff, search_viewed AS searchViewed, search_completed AS searchCompleted, feedback_yes AS feedbackYes, feedback_no AS feedbackNo`;

/** The per-piece reads of the top lists, with statements prepared once per table and shape. */
class SqliteRankedSource implements RankedSource {
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

  async pieceTop(list: RankedList, p: Piece, limit: number): Promise<Ranked[]> {
    const t = RANKED_TABLES[list];
    const table = p.kind === 'day' ? t.daily : t.period;
    const col = p.kind === 'day' ? 'day' : 'period';
    return this.stmt(`SELECT ${t.key} AS key, ${t.value} AS count FROM ${table} WHERE ${col} = ? AND channel = ? ORDER BY ${t.value} DESC, ${t.key} LIMIT ?`).all(p.at, p.channel, limit);
  }

  async sums(list: RankedList, s: PieceSet, keys?: readonly string[], limit?: number): Promise<Ranked[]> {
    const t = RANKED_TABLES[list];
    if (keys !== undefined) {
      if (keys.length === 0) return [];
      const sql = `SELECT key, sum(n) AS count FROM (
          SELECT ${t.key} AS key, ${t.value} AS n FROM ${t.daily}
          WHERE day IN (SELECT value FROM json_each(?)) AND channel IN (SELECT value FROM json_each(?)) AND ${t.key} IN (SELECT value FROM json_each(?))
          UNION ALL
          SELECT ${t.key} AS key, ${t.value} AS n FROM ${t.period}
          WHERE period IN (SELECT value FROM json_each(?)) AND channel = ? AND ${t.key} IN (SELECT value FROM json_each(?))
        ) GROUP BY key`;
      const k = JSON.stringify(keys);
      return this.stmt(sql).all(JSON.stringify(s.days), JSON.stringify(s.dayChannels), k, JSON.stringify(s.periods), s.channel, k);
    }
    const sql = `SELECT key, sum(n) AS count FROM (
        SELECT ${t.key} AS key, ${t.value} AS n FROM ${t.daily} WHERE day IN (SELECT value FROM json_each(?)) AND channel IN (SELECT value FROM json_each(?))
        UNION ALL
        SELECT ${t.key} AS key, ${t.value} AS n FROM ${t.period} WHERE period IN (SELECT value FROM json_each(?)) AND channel = ?
      ) GROUP BY key ORDER BY count DESC, key LIMIT ?`;
    return this.stmt(sql).all(JSON.stringify(s.days), JSON.stringify(s.dayChannels), JSON.stringify(s.periods), s.channel, limit ?? -1);
  }
}

/** Reads the statistics of one SQLite connection (the store's own, or a read-only one of its own). */
export class SqliteStatsReader implements StatsReader {
  /** The piece reads behind `top` (tests check the threshold algorithm through it). */
  readonly ranked: RankedSource;
  private readonly db: Database.Database;
  private readonly owned: boolean;
  private readonly daily;
  private readonly extent;
  private readonly periodUsers;
  private readonly channelList;
  private readonly failed;
  private readonly failedTotal;
  private readonly started;
  private followUpSums: Database.Statement<[string, string, string | null, string | null], FollowUpCount> | undefined;

  constructor(db: Database.Database, options: { owned: boolean }) {
    this.db = db;
    this.owned = options.owned;
    this.ranked = new SqliteRankedSource(db);
    this.daily = db.prepare<[string, string], DailyRow>(`SELECT ${DAILY_COLUMNS} FROM daily_channel WHERE day BETWEEN ? AND ?`);
    this.extent = db.prepare<[], { first: string | null; last: string | null }>('SELECT min(day) AS first, max(day) AS last FROM daily_channel');
    this.channelList = db.prepare<[], { channel: string }>('SELECT DISTINCT channel FROM daily_channel ORDER BY channel');
    this.periodUsers = db.prepare<[string], { period: string; channel: string; users: number }>(
      'SELECT period, channel, users FROM period_users WHERE period IN (SELECT value FROM json_each(?))',
    );
    this.failed = db.prepare<[string, string, string | null, string | null, number], { query: string; total: number; days: number; channels: string }>(
      `SELECT query, SUM(count) AS total, COUNT(DISTINCT day) AS days, GROUP_CONCAT(DISTINCT channel) AS channels
         FROM daily_failed_searches
        WHERE day BETWEEN ? AND ? AND (? IS NULL OR channel = ?)
        GROUP BY query
        ORDER BY total DESC, query
        LIMIT ?`,
    );
    this.failedTotal = db.prepare<[string, string, string | null, string | null], { searches: number | null; queries: number }>(
      `SELECT SUM(count) AS searches, COUNT(DISTINCT query) AS queries FROM daily_failed_searches
        WHERE day BETWEEN ? AND ? AND (? IS NULL OR channel = ?)`,
    );
    this.started = db.prepare<[number, number], ChannelCount>('SELECT channel, count(*) AS sessions FROM sessions WHERE started_at >= ? AND started_at < ? GROUP BY channel ORDER BY channel');
  }

  async dataExtent(): Promise<DayRange | undefined> {
    const r = this.extent.get();
    return r?.first && r.last ? { start: r.first, end: r.last } : undefined;
  }

  async channels(): Promise<string[]> {
    return this.channelList.all().map((r) => r.channel);
  }

  async dailyRows(range: DayRange): Promise<DailyRow[]> {
    return this.daily.all(range.start, range.end);
  }

  async usersByPeriod(keys: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (keys.length === 0) return out;
    for (const r of this.periodUsers.all(JSON.stringify([...new Set(keys)]))) out.set(`${r.period}|${r.channel}`, r.users);
    return out;
  }

  async top(list: RankedList, range: DayRange, channel: string, limit: number): Promise<Ranked[]> {
    return topOf(this.ranked, list, range, channel, limit, await this.channels());
  }

  async failedSearches(q: GapsQuery): Promise<{ rows: FailedSearch[]; total: FailedTotal }> {
    const channel = q.channel ?? null;
    const rows = this.failed.all(q.from, q.to, channel, channel, q.limit).map((r) => ({ query: r.query, count: r.total, days: r.days, channels: r.channels.split(',').sort() }));
    const t = this.failedTotal.get(q.from, q.to, channel, channel);
    return { rows, total: { searches: t?.searches ?? 0, queries: t?.queries ?? 0 } };
  }

  async followUps(q: FollowUpQuery): Promise<FollowUpCount[]> {
    // The one follow-up query (ported as is to other stores): sums per service and kind over the days and channels.
    this.followUpSums ??= this.db.prepare<[string, string, string | null, string | null], FollowUpCount>(
      `SELECT service_id AS serviceId, kind, SUM(count) AS count FROM daily_follow_ups
        WHERE day BETWEEN ? AND ? AND (? IS NULL OR channel IN (SELECT value FROM json_each(?)))
        GROUP BY service_id, kind ORDER BY count DESC, service_id, kind`,
    );
    const channels = q.channels ? JSON.stringify(q.channels) : null;
    return this.followUpSums.all(q.from, q.to, channels, channels);
  }

  async sessionsStarted(from: number, to: number): Promise<ChannelCount[]> {
    return this.started.all(from, to);
  }

  async close(): Promise<void> {
    if (this.owned && this.db.open) this.db.close();
  }
}

/** Opens a read-only statistics reader on a SQLite file (the `stats`, `dashboard` and `catalogue gaps` commands). */
export function openSqliteStats(path: string): SqliteStatsReader {
  return new SqliteStatsReader(openReadOnly(path), { owned: true });
}
