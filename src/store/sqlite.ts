// The SQLite implementation of the storage port (better-sqlite3, WAL mode, migrations versioned in code).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Outcome, parseState, type EngineEvent } from '../conversation/types.ts';
import { StoreError } from '../core/errors.ts';
import { type Checkpointer, startCheckpointer } from './checkpoint.ts';
import { applySessionRollup, applyEventRollup, rollupMigrations, type ClosedSession } from '../stats/rollup.ts';
import type { ChannelCount, RequestRecord, SessionRecord, Store, TurnRecord } from './port.ts';
import { dayOf } from './time.ts';

/** Ordered schema migrations; index + 1 is the schema version stored in PRAGMA user_version. */
const migrations: string[] = [
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
];

interface SessionRow {
  id: string;
  channel: string;
  user_key: string;
  started_at: number;
  last_at: number;
  ended_at: number | null;
  outcome: string | null;
  messages_in: number;
  messages_out: number;
  searched: number;
  viewed: number;
  finished: number;
  requested: number;
  handoff: number;
  feedback_yes: number;
  feedback_no: number;
  state: string;
}

interface RequestRow {
  protocol: string;
  session_id: string;
  user_key: string;
  channel: string;
  service_id: string;
  status: string;
  created_at: number;
  answers: string;
}

function toRecord(row: SessionRow): SessionRecord {
  const outcome = Outcome.safeParse(row.outcome);
  return {
    id: row.id,
    channel: row.channel,
    userKey: row.user_key,
    startedAt: row.started_at,
    lastAt: row.last_at,
    endedAt: row.ended_at,
    outcome: outcome.success ? outcome.data : null,
    messagesIn: row.messages_in,
    messagesOut: row.messages_out,
    // An older shape is migrated; one that cannot be read restarts at the menu, flagged so the citizen is told.
    state: parseState(JSON.parse(row.state)),
  };
}

function closedOf(row: SessionRow, endedAt: number, outcome: string): ClosedSession {
  return {
    id: row.id,
    channel: row.channel,
    userKey: row.user_key,
    startedAt: row.started_at,
    endedAt,
    outcome,
    messagesIn: row.messages_in,
    messagesOut: row.messages_out,
    searched: row.searched === 1,
    viewed: row.viewed === 1,
    finished: row.finished === 1,
    requested: row.requested === 1,
    handoff: row.handoff === 1,
    feedbackYes: row.feedback_yes,
    feedbackNo: row.feedback_no,
  };
}

function flagsOf(events: ReadonlyArray<EngineEvent>): { searched: number; viewed: number; finished: number; requested: number; handoff: number; yes: number; no: number } {
  const f = { searched: 0, viewed: 0, finished: 0, requested: 0, handoff: 0, yes: 0, no: 0 };
  for (const e of events) {
    if (e.type === 'search') f.searched = 1;
    else if (e.type === 'service_viewed') f.viewed = 1;
    else if (e.type === 'walkthrough_finished') f.finished = 1;
    else if (e.type === 'form_submitted') f.requested = 1;
    else if (e.type === 'handoff') f.handoff = 1;
    else if (e.type === 'feedback') {
      if (e.helpful) f.yes += 1;
      else f.no += 1;
    }
  }
  return f;
}

/** Opens the database file, applies migrations and returns the raw handle. Clear errors for corrupt or locked files. */
export function openDatabase(path: string): Database.Database {
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, { timeout: 2000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > migrations.length) {
      throw new StoreError(`O banco de dados ${path} está na versão ${version} do esquema, mais nova que a deste Atende (${migrations.length}). Atualize o Atende ou aponte DATABASE_PATH para outro arquivo.`);
    }
    for (let v = version; v < migrations.length; v++) {
      const sql = migrations[v] ?? '';
      db.transaction(() => {
        db.exec(sql);
        db.pragma(`user_version = ${v + 1}`);
      })();
    }
    // Pages damaged behind a sound header, or a write lock held by another process, would let the bot start
    // and then fail message after message: find out now (quick_check reads every page, ~0.4 s per 150 MB).
    const integrity = String(db.pragma('quick_check(1)', { simple: true }));
    if (integrity !== 'ok') throw Object.assign(new Error(integrity), { code: 'SQLITE_CORRUPT' });
    db.exec('BEGIN IMMEDIATE; COMMIT');
    return db;
  } catch (err) {
    if (err instanceof StoreError) throw err;
    const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new StoreError(`O arquivo de banco de dados ${path} está corrompido ou não é um banco SQLite. Restaure-o de um backup, ou mova-o para outro lugar para que um novo seja criado.`, { cause: err });
    }
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      throw new StoreError(`O arquivo de banco de dados ${path} está bloqueado por outro processo. Pare a outra instância do Atende (só uma pode gravar no banco) e inicie de novo.`, { cause: err });
    }
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'EACCES') {
      throw new StoreError(`Não foi possível abrir o banco de dados ${path} para gravação. Confira DATABASE_PATH e as permissões da pasta.`, { cause: err });
    }
    throw new StoreError(`Não foi possível abrir o banco de dados ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

/** Options of the SQLite store. */
export interface SqliteStoreOptions {
  /** Checkpoint the WAL from a worker thread, off the event loop (long-running servers; see checkpoint.ts). */
  backgroundCheckpoint?: boolean;
}

/** The SQLite store. Every turn is one transaction. */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly stmts;
  private readonly checkpointer: Checkpointer | undefined;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.db = openDatabase(path);
    if (options.backgroundCheckpoint && path !== ':memory:') {
      // The worker does the regular checkpoints. This connection still steps in past 10,000 pages (~40 MB of
      // WAL): under a steady stream of commits the worker's checkpoints never catch up, so the WAL would
      // never restart from the beginning and would grow without end.
      this.db.pragma('wal_autocheckpoint = 10000');
      this.checkpointer = startCheckpointer(path);
    }
    const db = this.db;
    this.stmts = {
      latest: db.prepare<[string, string], SessionRow>('SELECT * FROM sessions WHERE channel = ? AND user_key = ? ORDER BY started_at DESC, rowid DESC LIMIT 1'),
      byId: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
      insert: db.prepare(
        `INSERT INTO sessions (id, channel, user_key, started_at, last_at, messages_in, messages_out, searched, viewed, finished, requested, handoff, feedback_yes, feedback_no, state)
         VALUES (@id, @channel, @userKey, @startedAt, @lastAt, @messagesIn, @messagesOut, @searched, @viewed, @finished, @requested, @handoff, @yes, @no, @state)`,
      ),
      update: db.prepare(
        `UPDATE sessions SET last_at = @lastAt, messages_in = @messagesIn, messages_out = @messagesOut,
           searched = max(searched, @searched), viewed = max(viewed, @viewed), finished = max(finished, @finished),
           requested = max(requested, @requested), handoff = max(handoff, @handoff),
           feedback_yes = feedback_yes + @yes, feedback_no = feedback_no + @no, state = @state
         WHERE id = @id`,
      ),
      close: db.prepare<[number, string, string]>('UPDATE sessions SET ended_at = ?, outcome = ? WHERE id = ? AND ended_at IS NULL'),
      event: db.prepare<[string, number, string, string | null, string]>('INSERT INTO events (session_id, at, type, service_id, data) VALUES (?, ?, ?, ?, ?)'),
      request: db.prepare<[string, string, string, string, string, string, number, string]>(
        'INSERT INTO requests (protocol, session_id, user_key, channel, service_id, status, created_at, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      findRequest: db.prepare<[string, string], RequestRow>('SELECT * FROM requests WHERE protocol = ? AND user_key = ?'),
      seen: db.prepare<[string], { key: string }>('SELECT key FROM processed_updates WHERE key = ?'),
      markSeen: db.prepare<[string, number]>('INSERT OR IGNORE INTO processed_updates (key, at) VALUES (?, ?)'),
      idle: db.prepare<[number], SessionRow>('SELECT * FROM sessions WHERE ended_at IS NULL AND last_at < ?'),
      open: db.prepare<[], SessionRow>('SELECT * FROM sessions WHERE ended_at IS NULL'),
      today: db.prepare<[number, number], ChannelCount>('SELECT channel, count(*) AS sessions FROM sessions WHERE started_at >= ? AND started_at < ? GROUP BY channel ORDER BY channel'),
    };
  }

  latestSession(channel: string, userKey: string): SessionRecord | undefined {
    const row = this.stmts.latest.get(channel, userKey);
    return row ? toRecord(row) : undefined;
  }

  commitTurn = (turn: TurnRecord): void => {
    this.commitTx(turn);
  };

  private readonly commitTx = (turn: TurnRecord): void => {
    this.db.transaction((t: TurnRecord) => {
      const s = t.session;
      const f = flagsOf(t.events);
      const params = {
        id: s.id,
        channel: s.channel,
        userKey: s.userKey,
        startedAt: s.startedAt,
        lastAt: s.lastAt,
        messagesIn: s.messagesIn,
        messagesOut: s.messagesOut,
        searched: f.searched,
        viewed: f.viewed,
        finished: f.finished,
        requested: f.requested,
        handoff: f.handoff,
        yes: f.yes,
        no: f.no,
        state: JSON.stringify(s.state),
      };
      if (t.isNew) this.stmts.insert.run(params);
      else this.stmts.update.run(params);
      for (const e of t.events) {
        const serviceId = 'serviceId' in e && typeof e.serviceId === 'string' ? e.serviceId : e.type === 'search' ? (e.topId ?? null) : null;
        this.stmts.event.run(s.id, s.lastAt, e.type, serviceId, JSON.stringify(e));
        applyEventRollup(this.db, { day: dayOf(s.lastAt), channel: s.channel, event: e });
      }
      if (t.request) {
        this.stmts.request.run(t.request.protocol, s.id, s.userKey, s.channel, t.request.serviceId, 'Recebida', s.lastAt, JSON.stringify(t.request.answers));
      }
      if (t.dedupKey) this.stmts.markSeen.run(t.dedupKey, s.lastAt);
      if (t.end) this.closeRow(s.id, s.lastAt, t.end);
    })(turn);
  };

  private closeRow(id: string, endedAt: number, outcome: string): void {
    const row = this.stmts.byId.get(id);
    if (!row || row.ended_at !== null) return;
    this.stmts.close.run(endedAt, outcome, id);
    applySessionRollup(this.db, closedOf(row, endedAt, outcome));
  }

  closeSession(sessionId: string, endedAt: number, outcome: Outcome): void {
    this.db.transaction(() => this.closeRow(sessionId, endedAt, outcome))();
  }

  closeIdleSessions(before: number): number {
    return this.db.transaction(() => {
      const rows = this.stmts.idle.all(before);
      for (const row of rows) this.closeRow(row.id, row.last_at, toRecord(row).state.outcome ?? 'abandoned');
      return rows.length;
    })();
  }

  closeAllOpen(): number {
    return this.db.transaction(() => {
      const rows = this.stmts.open.all();
      for (const row of rows) this.closeRow(row.id, row.last_at, toRecord(row).state.outcome ?? 'abandoned');
      return rows.length;
    })();
  }

  seen(dedupKey: string): boolean {
    return this.stmts.seen.get(dedupKey) !== undefined;
  }

  markSeen(dedupKey: string, at: number): void {
    this.stmts.markSeen.run(dedupKey, at);
  }

  findRequest(protocol: string, userKey: string): RequestRecord | undefined {
    const row = this.stmts.findRequest.get(protocol, userKey);
    if (!row) return undefined;
    return {
      protocol: row.protocol,
      sessionId: row.session_id,
      userKey: row.user_key,
      channel: row.channel,
      serviceId: row.service_id,
      status: row.status,
      createdAt: row.created_at,
      answers: JSON.parse(row.answers) as Record<string, string>,
    };
  }

  sessionsToday(now: number): ChannelCount[] {
    const start = Date.parse(`${dayOf(now)}T00:00:00-03:00`);
    return this.stmts.today.all(start, start + 86_400_000);
  }

  close(): void {
    if (this.checkpointer && this.db.open) {
      this.checkpointer.stop();
      // Leave everything in the database file itself, even while another connection (a stats reader) is open.
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // Busy or failing: SQLite checkpoints again when the last connection closes or the next one opens.
      }
    }
    if (this.db.open) this.db.close();
  }
}
