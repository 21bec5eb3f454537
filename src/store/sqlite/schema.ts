// The SQLite schema, versioned in code: index + 1 of each migration is the version in PRAGMA user_version.
// Never edit a migration that has shipped; append a new one.

/**
 * Schema of the aggregate tables (one migration, appended to the store's list).
 * - daily_channel: one row per local day × channel, by the session's START day.
 * - channel_users: the last day each pseudonymous user started a session on a channel. Because a citizen
 *   has at most one open session per channel, their sessions close in start order; so a session is the
 *   first of its day / week / month / year exactly when its period differs from the stored last day's.
 * - period_users: those "first of the period" counts per ISO week, month and year (days live in daily_channel.users).
 * - daily_service_views / daily_failed_searches: per event day × channel (real channels only).
 * - period_service_views / period_failed_searches: the same per month and per year, with "*" rows for
 *   all channels, so that a month's or a year's top list is one indexed read.
 */
const rollupMigrations: string[] = [
  `CREATE TABLE daily_channel (
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
   ) WITHOUT ROWID;
   CREATE TABLE channel_users (
     channel TEXT NOT NULL,
     user_key TEXT NOT NULL,
     last_day INTEGER NOT NULL,
     PRIMARY KEY (channel, user_key)
   ) WITHOUT ROWID;
   CREATE TABLE period_users (
     period TEXT NOT NULL,
     channel TEXT NOT NULL,
     users INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (period, channel)
   ) WITHOUT ROWID;
   CREATE TABLE daily_service_views (
     day TEXT NOT NULL,
     channel TEXT NOT NULL,
     service_id TEXT NOT NULL,
     views INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (day, channel, service_id)
   ) WITHOUT ROWID;
   CREATE INDEX daily_service_views_top ON daily_service_views (day, channel, views DESC);
   CREATE TABLE period_service_views (
     period TEXT NOT NULL,
     channel TEXT NOT NULL,
     service_id TEXT NOT NULL,
     views INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (period, channel, service_id)
   ) WITHOUT ROWID;
   CREATE INDEX period_service_views_top ON period_service_views (period, channel, views DESC);
   CREATE TABLE daily_failed_searches (
     day TEXT NOT NULL,
     channel TEXT NOT NULL,
     query TEXT NOT NULL,
     count INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (day, channel, query)
   ) WITHOUT ROWID;
   CREATE INDEX daily_failed_searches_top ON daily_failed_searches (day, channel, count DESC);
   CREATE TABLE period_failed_searches (
     period TEXT NOT NULL,
     channel TEXT NOT NULL,
     query TEXT NOT NULL,
     count INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (period, channel, query)
   ) WITHOUT ROWID;
   CREATE INDEX period_failed_searches_top ON period_failed_searches (period, channel, count DESC);`,
];


/** Ordered schema migrations; index + 1 is the schema version stored in PRAGMA user_version. */
export const migrations: string[] = [
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     channel TEXT NOT NULL,
     user_key TEXT NOT NULL,
     started_at INTEGER NOT NULL,
     last_at INTEGER NOT NULL,
     ended_at INTEGER,
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
   CREATE INDEX sessions_user ON sessions (channel, user_key, started_at);
   CREATE INDEX sessions_open ON sessions (last_at) WHERE ended_at IS NULL;
   CREATE INDEX sessions_started ON sessions (started_at);
   CREATE TABLE events (
     id INTEGER PRIMARY KEY,
     session_id TEXT NOT NULL,
     at INTEGER NOT NULL,
     type TEXT NOT NULL,
     service_id TEXT,
     data TEXT NOT NULL
   );
   CREATE INDEX events_session ON events (session_id);
   CREATE INDEX events_at ON events (at);
   CREATE TABLE requests (
     protocol TEXT PRIMARY KEY,
     session_id TEXT NOT NULL,
     user_key TEXT NOT NULL,
     channel TEXT NOT NULL,
     service_id TEXT NOT NULL,
     status TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     answers TEXT NOT NULL
   );
   CREATE INDEX requests_created ON requests (created_at);
   CREATE TABLE processed_updates (
     key TEXT PRIMARY KEY,
     at INTEGER NOT NULL
   );
   CREATE INDEX processed_updates_at ON processed_updates (at);`,
  ...rollupMigrations,
  // Fewer pages written per turn (each costs a WAL frame on every commit): an open session's index entry no longer
  // moves with every message (the idle sweep reads the few open sessions and filters them), the event time index
  // had no reader, and a top list of service views (a catalogue's few hundred services) sorts fast without one.
  `DROP INDEX sessions_open;
   CREATE INDEX sessions_open ON sessions (ended_at) WHERE ended_at IS NULL;
   DROP INDEX events_at;
   DROP INDEX daily_service_views_top;
   DROP INDEX period_service_views_top;`,
  // Answered follow-up questions per day × channel × service × kind ("Perguntas mais frequentes por serviço"),
  // filled from the follow-up events already stored (their day in Minas Gerais time, UTC−3 with no daylight saving).
  `CREATE TABLE daily_follow_ups (
     day TEXT NOT NULL,
     channel TEXT NOT NULL,
     service_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     count INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (day, channel, service_id, kind)
   ) WITHOUT ROWID;
   INSERT INTO daily_follow_ups (day, channel, service_id, kind, count)
     SELECT date(e.at / 1000, 'unixepoch', '-3 hours'), s.channel, e.service_id, json_extract(e.data, '$.kind'), count(*)
       FROM events e JOIN sessions s ON s.id = e.session_id
      WHERE e.type = 'follow_up' AND e.service_id IS NOT NULL AND json_extract(e.data, '$.kind') IS NOT NULL
      GROUP BY 1, 2, 3, 4;`,
  // One row per lease: the one long-polling process of a bot token on this database.
  `CREATE TABLE leases (
     name TEXT PRIMARY KEY,
     holder TEXT NOT NULL,
     expires_at INTEGER NOT NULL
   );`,
  // Sessions closed while still holding form answers (closed by a shutdown, which a restart carries on): the idle
  // sweep finds them here and removes the answers (conversation/state.ts withoutAnswers). A scrubbed session
  // leaves these views, and so this index. The list must stay the one in SCRUB_WHERE (store.ts).
  `CREATE INDEX sessions_answers ON sessions (last_at) WHERE ended_at IS NOT NULL AND json_extract(state, '$.view.at') IN ('form', 'confirm', 'leave', 'resume');`,
  // Replies stored with their turn and deleted once sent: a restart sends what a killed process had not.
  `CREATE TABLE outbox (
     id TEXT PRIMARY KEY,
     channel TEXT NOT NULL,
     address TEXT NOT NULL,
     replies TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX outbox_channel ON outbox (channel, created_at);`,
  // Events indexed by time, not by session: each event put an entry at a random place of the session index (session
  // ids are random), one more page written per event, and the turns of a group commit wrote as many such pages as
  // they had events; entries by time go to the end of the index, on a page they share. Purge, its only reader,
  // takes the events of the sessions it deletes by time (an event is never later than its session's last message).
  `DROP INDEX events_session;
   CREATE INDEX events_at ON events (at);`,
  // No index on events at all: the index by time still cost a WAL frame per turn with an event (its last page,
  // written again by every commit), 0.85 of the 3.18 frames a message wrote (bench:engine's conversations). Events
  // are appended as they happen, so their row ids already follow time: purge finds where the kept ones begin by
  // reading from the oldest, and reads only the rows it deletes (see purge.ts).
  `DROP INDEX events_at;`,
];
