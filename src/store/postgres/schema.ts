// The PostgreSQL schema, versioned in code like SQLite's: the same tables and aggregates, with a sequence for
// protocol numbers and a lease table for the one long-polling process. Applied under an advisory lock, so that
// several instances starting together migrate once.
import type postgres from 'postgres';

/** Ordered migrations; index + 1 is the version stored in atende_schema. */
export const migrations: string[] = [
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     seq BIGINT GENERATED ALWAYS AS IDENTITY,
     channel TEXT NOT NULL,
     user_key TEXT NOT NULL,
     started_at BIGINT NOT NULL,
     last_at BIGINT NOT NULL,
     ended_at BIGINT,
     outcome TEXT,
     messages_in INTEGER NOT NULL DEFAULT 0,
     messages_out INTEGER NOT NULL DEFAULT 0,
     searched INTEGER NOT NULL DEFAULT 0,
     viewed INTEGER NOT NULL DEFAULT 0,
     finished INTEGER NOT NULL DEFAULT 0,
     requested INTEGER NOT NULL DEFAULT 0,
     handoff INTEGER NOT NULL DEFAULT 0,
     feedback_yes INTEGER NOT NULL DEFAULT 0,
     feedback_no INTEGER NOT NULL DEFAULT 0,
     state TEXT NOT NULL
   );
   CREATE INDEX sessions_user ON sessions (channel, user_key, started_at DESC, seq DESC);
   CREATE INDEX sessions_open ON sessions (last_at) WHERE ended_at IS NULL;
   CREATE INDEX sessions_started ON sessions (started_at);
   CREATE TABLE events (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     session_id TEXT NOT NULL,
     at BIGINT NOT NULL,
     type TEXT NOT NULL,
     service_id TEXT,
     data TEXT NOT NULL
   );
   CREATE INDEX events_session ON events (session_id);
   CREATE TABLE requests (
     protocol TEXT PRIMARY KEY,
     session_id TEXT NOT NULL,
     user_key TEXT NOT NULL,
     channel TEXT NOT NULL,
     service_id TEXT NOT NULL,
     status TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     answers TEXT NOT NULL
   );
   CREATE INDEX requests_created ON requests (created_at);
   CREATE TABLE processed_updates (
     key TEXT PRIMARY KEY,
     at BIGINT NOT NULL
   );
   CREATE INDEX processed_updates_at ON processed_updates (at);
   CREATE SEQUENCE protocol_numbers;
   CREATE TABLE daily_channel (
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
   );
   CREATE TABLE channel_users (
     channel TEXT NOT NULL,
     user_key TEXT NOT NULL,
     last_day INTEGER NOT NULL,
     PRIMARY KEY (channel, user_key)
   );
   CREATE TABLE period_users (
     period TEXT NOT NULL,
     channel TEXT NOT NULL,
     users INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (period, channel)
   );
   CREATE TABLE daily_service_views (
     day TEXT NOT NULL,
     channel TEXT NOT NULL,
     service_id TEXT NOT NULL,
     views INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (day, channel, service_id)
   );
   CREATE TABLE period_service_views (
     period TEXT NOT NULL,
     channel TEXT NOT NULL,
     service_id TEXT NOT NULL,
     views INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (period, channel, service_id)
   );
   CREATE TABLE daily_failed_searches (
     day TEXT NOT NULL,
     channel TEXT NOT NULL,
     query TEXT NOT NULL,
     count INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (day, channel, query)
   );
   CREATE INDEX daily_failed_searches_top ON daily_failed_searches (day, channel, count DESC);
   CREATE TABLE period_failed_searches (
     period TEXT NOT NULL,
     channel TEXT NOT NULL,
     query TEXT NOT NULL,
     count INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (period, channel, query)
   );
   CREATE INDEX period_failed_searches_top ON period_failed_searches (period, channel, count DESC);
   CREATE TABLE leases (
     name TEXT PRIMARY KEY,
     holder TEXT NOT NULL,
     expires_at BIGINT NOT NULL
   );`,
  // Answered follow-up questions per day × channel × service × kind ("Perguntas mais frequentes por serviço"),
  // back-filled from follow-up events already stored (their day in Minas Gerais time, UTC−3, no daylight saving).
  `CREATE TABLE daily_follow_ups (
     day TEXT NOT NULL,
     channel TEXT NOT NULL,
     service_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     count INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (day, channel, service_id, kind)
   );
   INSERT INTO daily_follow_ups (day, channel, service_id, kind, count)
     SELECT to_char(to_timestamp(e.at / 1000.0) AT TIME ZONE 'UTC' - interval '3 hours', 'YYYY-MM-DD'), s.channel, e.service_id, e.data::jsonb ->> 'kind', count(*)
       FROM events e JOIN sessions s ON s.id = e.session_id
      WHERE e.type = 'follow_up' AND e.service_id IS NOT NULL AND e.data::jsonb ->> 'kind' IS NOT NULL
      GROUP BY 1, 2, 3, 4;`,
  // Replies stored with their turn and deleted once sent: a restart sends what a killed process had not.
  `CREATE TABLE outbox (
     id TEXT PRIMARY KEY,
     seq BIGINT GENERATED ALWAYS AS IDENTITY,
     channel TEXT NOT NULL,
     address TEXT NOT NULL,
     replies TEXT NOT NULL,
     created_at BIGINT NOT NULL
   );
   CREATE INDEX outbox_channel ON outbox (channel, created_at, seq);
   CREATE INDEX sessions_answers ON sessions (last_at) WHERE ended_at IS NOT NULL AND (state::jsonb #>> '{view,at}') IN ('form', 'confirm', 'leave', 'resume');`,
];

/** The advisory lock key that serialises migrations across instances (any constant nobody else uses). */
const MIGRATION_LOCK = 4_815_162_342;

/** Brings the schema up to date, once even when several instances start at the same moment. */
export async function migrate(sql: postgres.Sql): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    await tx`CREATE TABLE IF NOT EXISTS atende_schema (version INTEGER NOT NULL)`;
    const rows = await tx<{ version: number }[]>`SELECT version FROM atende_schema`;
    const version = rows[0]?.version ?? 0;
    if (rows.length === 0) await tx`INSERT INTO atende_schema (version) VALUES (0)`;
    if (version > migrations.length) {
      throw new Error(`schema version ${version} is newer than this Atende's (${migrations.length})`);
    }
    for (let v = version; v < migrations.length; v++) {
      await tx.unsafe(migrations[v] ?? '');
      await tx`UPDATE atende_schema SET version = ${v + 1}`;
    }
  });
}
