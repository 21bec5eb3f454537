// The PostgreSQL implementation of the StatsReader port: the same aggregate reads as SQLite's, with arrays for
// sets. Keys sort by code point (COLLATE "C"), as in SQLite and in JavaScript, so ties come out the same.
import type postgres from 'postgres';
import type { DayRange } from '../../stats/calendar.ts';
import type { DailyRow } from '../../stats/counts.ts';
import type { ChannelCount, FailedSearch, FailedTotal, FollowUpCount, FollowUpQuery, GapsQuery, Ranked, RankedList, StatsReader } from '../../stats/reader.ts';
import { type Piece, type PieceSet, type RankedSource, topOf } from '../../stats/toplist.ts';
import { type PostgresLocation, connect, guard } from './connect.ts';
import { RANKED_TABLES } from './rollup.ts';
import { migrate } from './schema.ts';

const DAILY_COLUMNS = `day, channel, sessions, users, messages_in AS "messagesIn", messages_out AS "messagesOut", searched, viewed, finished, requested, completed,
  handoff, search_viewed AS "searchViewed", search_completed AS "searchCompleted", feedback_yes AS "feedbackYes", feedback_no AS "feedbackNo"`;

/** The per-piece reads of the top lists. */
class PostgresRankedSource implements RankedSource {
  constructor(private readonly sql: postgres.Sql) {}

  async pieceTop(list: RankedList, p: Piece, limit: number): Promise<Ranked[]> {
    const t = RANKED_TABLES[list];
    const table = p.kind === 'day' ? t.daily : t.period;
    const col = p.kind === 'day' ? 'day' : 'period';
    return this.sql.unsafe<Ranked[]>(`SELECT ${t.key} AS key, ${t.value} AS count FROM ${table} WHERE ${col} = $1 AND channel = $2 ORDER BY ${t.value} DESC, ${t.key} COLLATE "C" LIMIT $3`, [p.at, p.channel, limit]);
  }

  async sums(list: RankedList, s: PieceSet, keys?: readonly string[], limit?: number): Promise<Ranked[]> {
    const t = RANKED_TABLES[list];
    if (keys !== undefined && keys.length === 0) return [];
    const only = keys !== undefined ? `AND ${t.key} = ANY($5::text[])` : '';
    const sql = `SELECT key, sum(n)::int8 AS count FROM (
        SELECT ${t.key} AS key, ${t.value} AS n FROM ${t.daily} WHERE day = ANY($1::text[]) AND channel = ANY($2::text[]) ${only}
        UNION ALL
        SELECT ${t.key} AS key, ${t.value} AS n FROM ${t.period} WHERE period = ANY($3::text[]) AND channel = $4 ${only}
      ) AS pieces GROUP BY key ORDER BY count DESC, key COLLATE "C" ${keys === undefined && limit !== undefined ? `LIMIT ${Math.max(0, Math.floor(limit))}` : ''}`;
    const params: (string | string[])[] = [s.days, s.dayChannels, s.periods, s.channel];
    if (keys !== undefined) params.push([...keys]);
    return this.sql.unsafe<Ranked[]>(sql, params);
  }
}

/** Reads the statistics of a PostgreSQL database (the store's pool, or a small one of its own). */
export class PostgresStatsReader implements StatsReader {
  private readonly ranked: RankedSource;

  constructor(
    private readonly sql: postgres.Sql,
    private readonly options: { owned: boolean },
  ) {
    this.ranked = new PostgresRankedSource(sql);
  }

  async dataExtent(): Promise<DayRange | undefined> {
    const [r] = await guard('ler as estatísticas', () => this.sql<{ first: string | null; last: string | null }[]>`SELECT min(day) AS first, max(day) AS last FROM daily_channel`);
    return r?.first && r.last ? { start: r.first, end: r.last } : undefined;
  }

  async channels(): Promise<string[]> {
    const rows = await guard('ler as estatísticas', () => this.sql<{ channel: string }[]>`SELECT channel FROM daily_channel GROUP BY channel ORDER BY channel COLLATE "C"`);
    return rows.map((r) => r.channel);
  }

  async dailyRows(range: DayRange): Promise<DailyRow[]> {
    const rows = await guard('ler as estatísticas', () => this.sql.unsafe<DailyRow[]>(`SELECT ${DAILY_COLUMNS} FROM daily_channel WHERE day BETWEEN $1 AND $2`, [range.start, range.end]));
    return rows.map((r) => ({ ...r }));
  }

  async usersByPeriod(keys: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (keys.length === 0) return out;
    const rows = await guard('ler as estatísticas', () => this.sql<{ period: string; channel: string; users: number }[]>`SELECT period, channel, users FROM period_users WHERE period = ANY(${[...new Set(keys)]}::text[])`);
    for (const r of rows) out.set(`${r.period}|${r.channel}`, r.users);
    return out;
  }

  async top(list: RankedList, range: DayRange, channel: string, limit: number): Promise<Ranked[]> {
    return guard('ler as estatísticas', async () => topOf(this.ranked, list, range, channel, limit, await this.channels()));
  }

  async failedSearches(q: GapsQuery): Promise<{ rows: FailedSearch[]; total: FailedTotal }> {
    const channel = q.channel ?? null;
    return guard('ler as buscas sem resultado', async () => {
      const rows = await this.sql<{ query: string; total: number; days: number; channels: string[] }[]>`
        SELECT query, sum(count)::int8 AS total, count(DISTINCT day) AS days, array_agg(DISTINCT channel) AS channels
          FROM daily_failed_searches
         WHERE day BETWEEN ${q.from} AND ${q.to} AND (${channel}::text IS NULL OR channel = ${channel}::text)
         GROUP BY query
         ORDER BY total DESC, query COLLATE "C"
         LIMIT ${q.limit}`;
      const [t] = await this.sql<{ searches: number | null; queries: number }[]>`
        SELECT sum(count)::int8 AS searches, count(DISTINCT query) AS queries FROM daily_failed_searches
         WHERE day BETWEEN ${q.from} AND ${q.to} AND (${channel}::text IS NULL OR channel = ${channel}::text)`;
      return {
        rows: rows.map((r) => ({ query: r.query, count: r.total, days: r.days, channels: [...r.channels].sort() })),
        total: { searches: t?.searches ?? 0, queries: t?.queries ?? 0 },
      };
    });
  }

  async followUps(q: FollowUpQuery): Promise<FollowUpCount[]> {
    const channels = q.channels ? [...q.channels] : null;
    const rows = await guard('ler as perguntas mais frequentes', () =>
      this.sql<FollowUpCount[]>`SELECT service_id AS "serviceId", kind, sum(count)::int8 AS count FROM daily_follow_ups
        WHERE day BETWEEN ${q.from} AND ${q.to} AND (${channels}::text[] IS NULL OR channel = ANY(${channels}::text[]))
        GROUP BY service_id, kind ORDER BY count DESC, service_id COLLATE "C", kind COLLATE "C"`,
    );
    return rows.map((r) => ({ serviceId: r.serviceId, kind: r.kind, count: r.count }));
  }

  async sessionsStarted(from: number, to: number): Promise<ChannelCount[]> {
    const rows = await guard('contar as sessões', () =>
      this.sql<ChannelCount[]>`SELECT channel, count(*) AS sessions FROM sessions WHERE started_at >= ${from} AND started_at < ${to} GROUP BY channel ORDER BY channel COLLATE "C"`,
    );
    return rows.map((r) => ({ channel: r.channel, sessions: r.sessions }));
  }

  async close(): Promise<void> {
    if (this.options.owned) await this.sql.end({ timeout: 5 });
  }
}

/** Opens a statistics reader with a small pool of its own (the `stats`, `dashboard` and `catalogue gaps` commands). */
export async function openPostgresStats(location: PostgresLocation): Promise<PostgresStatsReader> {
  const sql = connect(location, { max: 2 });
  await guard('preparar o banco', () => migrate(sql)).catch(async (err: unknown) => {
    await sql.end({ timeout: 1 });
    throw err;
  });
  return new PostgresStatsReader(sql, { owned: true });
}
