// The SQLite implementation of the Store port (better-sqlite3, WAL mode, migrations versioned in code).
// A turn's writes are one transaction (a savepoint when turns of other citizens share the commit, see
// store/group.ts): the dedup key first, the session (compare-and-set on what the turn read), events, request,
// aggregates and close. The latest session of each active conversation stays in memory (store/cache.ts).
import type Database from 'better-sqlite3';
import { ProtocolTakenError, StoreConflictError, StoreError, rootCode } from '../../core/errors.ts';
import { KeyedLock } from '../../core/lock.ts';
import { type Logger, silentLogger } from '../../core/logger.ts';
import { fromLatestStaysOpen } from '../../conversation/storage.ts';
import type { ConversationKey, LeaseHolder, OutboxEntry, PlayTurn, PurgeResult, RekeyResult, RequestRecord, SessionRecord, Store, StoreHealth, TurnOutcome, TurnReader, TurnRecord } from '../../conversation/storage.ts';
import { withoutAnswers } from '../../conversation/state.ts';
import { flagsOf } from '../../stats/rollup.ts';
import { SessionCache, conversationId } from '../cache.ts';
import { GroupCommit } from '../group.ts';
import { type Checkpointer, startCheckpointer } from './checkpoint.ts';
import { openDatabase } from './database.ts';
import { DatabaseFaults } from './health.ts';
import { purgeOlderThan } from './purge.ts';
import { RollupWriter } from './rollup.ts';
import { type RequestRow, type SessionHead, type SessionRow, closedOf, guard, isProtocolClash, sameHead, storeError, toRecord, toRequest } from './rows.ts';
import { SqliteStatsReader } from './stats.ts';

/** What a turn was played from: the latest session it read, and whether that came from the cache. */
interface Played {
  read: boolean;
  session: SessionRecord | undefined;
  cached: boolean;
}

/** A turn's write for the next commit. */
interface TurnWrite {
  key: ConversationKey;
  write: TurnRecord;
  played: Played;
}

/** The parameters of the session insert, in column order. */
type SessionInsert = [string, string, string, number, number, number, number, number, number, number, number, number, number, number, string];
/** The parameters of the session update: the new values, the id, and (twice) the message count the turn was played from. */
type SessionUpdate = [number, number, number, number, number, number, number, number, number, number, string, string, number | null, number | null];

const bit = (flag: boolean): number => (flag ? 1 : 0);

/** How many times a turn is played when its write conflicts (another process, a taken protocol number). */
const MAX_ATTEMPTS = 3;

const DUPLICATE = Symbol('duplicate');
const CONFLICT = Symbol('conflict');

/** How a turn's write ended: stored (undefined), refused as a duplicate, or conflicting with another writer. */
type Verdict = typeof DUPLICATE | typeof CONFLICT | undefined;

/** Options of the SQLite store. */
export interface SqliteStoreOptions {
  /** Checkpoint the WAL from a worker thread, off the event loop (long-running servers; see checkpoint.ts). */
  backgroundCheckpoint?: boolean;
  /** Conversations whose latest session is kept in memory (least recently used out first). */
  cacheSize?: number;
  /** Where a fault of the database itself (file deleted, read-only) is logged, once per fault. */
  logger?: Logger;
}

/**
 * Closed sessions still holding form answers: the very WHERE of the `sessions_answers` partial index (schema.ts),
 * so that SQLite reads the index. The views are conversation/state.ts ANSWER_VIEWS (checked by a test).
 */
export const SCRUB_WHERE = "ended_at IS NOT NULL AND json_extract(state, '$.view.at') IN ('form', 'confirm', 'leave', 'resume')";

/** The stored text of a state whose view may hold answers (checked before parsing it). */
const ANSWER_VIEW_TEXT = /"view":\{"at":"(?:form|confirm|leave|resume)"/;

/** How long a health probe's answer is reused: a load balancer asking often costs one tiny write a second. */
const HEALTH_TTL_MS = 1_000;

/** The SQLite store. Every turn is one transaction; `stats` reads the same connection. */
export class SqliteStore implements Store {
  /** The store's own connection: for this folder's modules and white-box tests, never handed above the port. */
  readonly db: Database.Database;
  /** The statistics of this database, on the same connection (the running bot's dashboard and staff reports). */
  readonly stats: SqliteStatsReader;
  private readonly stmts;
  private readonly rollup: RollupWriter;
  private readonly checkpointer: Checkpointer | undefined;
  private readonly lock = new KeyedLock();
  private readonly cache: SessionCache;
  private readonly turnTx;
  private readonly commits: GroupCommit<TurnWrite, Verdict>;
  private closed = false;
  /** Outbox entries marked sent, deleted at the next flush (see outboxSent). */
  private readonly sentIds: string[] = [];
  private sentFlush: Promise<void> | undefined;
  private readonly faults: DatabaseFaults;
  private probed: { at: number; health: StoreHealth } | undefined;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.db = openDatabase(path);
    this.faults = new DatabaseFaults(path, options.logger ?? silentLogger);
    if (options.backgroundCheckpoint && path !== ':memory:') {
      // The worker does the regular checkpoints. This connection still steps in past 10,000 pages (~40 MB of
      // WAL): under a steady stream of commits the worker's checkpoints never catch up, so the WAL would
      // never restart from the beginning and would grow without end.
      this.db.pragma('wal_autocheckpoint = 10000');
      this.checkpointer = startCheckpointer(path);
    }
    const db = this.db;
    this.cache = new SessionCache(options.cacheSize);
    this.rollup = new RollupWriter(db);
    this.stats = new SqliteStatsReader(db, { owned: false });
    this.stmts = {
      latest: db.prepare<[string, string], SessionRow>('SELECT * FROM sessions WHERE channel = ? AND user_key = ? ORDER BY started_at DESC, rowid DESC LIMIT 1'),
      head: db.prepare<[string, string], SessionHead>('SELECT id, messages_in, ended_at FROM sessions WHERE channel = ? AND user_key = ? ORDER BY started_at DESC, rowid DESC LIMIT 1'),
      byId: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
      // Positional parameters: binding by name costs a lookup per parameter, on every message.
      insert: db.prepare<SessionInsert>(
        `INSERT INTO sessions (id, channel, user_key, started_at, last_at, messages_in, messages_out, searched, viewed, finished, requested, handoff, feedback_yes, feedback_no, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      // Compare-and-set: only the version the turn was played from (same message count, still open) is updated.
      update: db.prepare<SessionUpdate>(
        `UPDATE sessions SET last_at = ?, messages_in = ?, messages_out = ?,
           searched = max(searched, ?), viewed = max(viewed, ?), finished = max(finished, ?),
           requested = max(requested, ?), handoff = max(handoff, ?),
           feedback_yes = feedback_yes + ?, feedback_no = feedback_no + ?, state = ?
         WHERE id = ? AND ended_at IS NULL AND (? IS NULL OR messages_in = ?)`,
      ),
      close: db.prepare<[number, string, string]>('UPDATE sessions SET ended_at = ?, outcome = ? WHERE id = ? AND ended_at IS NULL'),
      setState: db.prepare<[string, string]>('UPDATE sessions SET state = ? WHERE id = ?'),
      outboxAdd: db.prepare<[string, string, string, string, number]>('INSERT INTO outbox (id, channel, address, replies, created_at) VALUES (?, ?, ?, ?, ?)'),
      outboxDelete: db.prepare<[string]>('DELETE FROM outbox WHERE id = ?'),
      outboxPending: db.prepare<[string, number], { id: string; channel: string; address: string; replies: string; created_at: number }>(
        'SELECT * FROM outbox WHERE channel = ? ORDER BY created_at, rowid LIMIT ?',
      ),
      holdingAnswers: db.prepare<[number], SessionRow>(`SELECT * FROM sessions WHERE ${SCRUB_WHERE} AND last_at < ?`),
      event: db.prepare<[string, number, string, string | null, string]>('INSERT INTO events (session_id, at, type, service_id, data) VALUES (?, ?, ?, ?, ?)'),
      request: db.prepare<[string, string, string, string, string, string, number, string]>(
        'INSERT INTO requests (protocol, session_id, user_key, channel, service_id, status, created_at, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      findRequest: db.prepare<[string, string, string], RequestRow>('SELECT * FROM requests WHERE protocol = ? AND channel = ? AND user_key = ?'),
      seen: db.prepare<[string], { key: string }>('SELECT key FROM processed_updates WHERE key = ?'),
      // The dedup key goes in first: when it is already there, the whole turn is rolled back (exactly once).
      markSeen: db.prepare<[string, number]>('INSERT INTO processed_updates (key, at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING'),
      idle: db.prepare<[number], SessionRow>('SELECT * FROM sessions WHERE ended_at IS NULL AND last_at < ?'),
      open: db.prepare<[], SessionRow>('SELECT * FROM sessions WHERE ended_at IS NULL'),
      openOf: db.prepare<[string, string], SessionRow>('SELECT * FROM sessions WHERE channel = ? AND user_key = ? AND ended_at IS NULL'),
      moveSessions: db.prepare<[string, string, string]>('UPDATE sessions SET user_key = ? WHERE channel = ? AND user_key = ?'),
      moveRequests: db.prepare<[string, string, string]>('UPDATE requests SET user_key = ? WHERE channel = ? AND user_key = ?'),
    };
    // A turn's own transaction: a savepoint inside the batch's. IMMEDIATE for the batch: the write lock is taken
    // at BEGIN, so a second process waits (busy timeout) instead of failing half-way.
    this.turnTx = db.transaction((key: ConversationKey, t: TurnRecord, played: Played) => this.write(key, t, played));
    const single = this.turnTx.immediate;
    // Several turns: their event counts are summed per row and written once, at the end of the transaction.
    const batch = db.transaction((writes: TurnWrite[]): (Verdict | Error)[] => {
      this.rollup.deferEvents();
      try {
        const verdicts = writes.map((w) => this.writeOne(w, this.turnTx, true));
        this.rollup.writeDeferred();
        return verdicts;
      } finally {
        this.rollup.dropDeferred();
      }
    }).immediate;
    // A lone turn is its own transaction; several share one, each in a savepoint. The file is checked after
    // each commit (one stat): a commit into a file that was deleted meanwhile is confirmed to nobody.
    this.commits = new GroupCommit<TurnWrite, Verdict>(
      (writes) => {
        this.faults.assertNotLost();
        const verdicts: (Verdict | Error)[] = writes.length === 1 && writes[0] ? [this.writeOne(writes[0], single)] : batch(writes);
        this.faults.assertFile();
        if (verdicts.some((v) => v === undefined)) this.faults.writeSucceeded();
        return verdicts;
      },
      (err) => {
        this.faults.writeFailed(err);
        return storeError('gravar a mensagem', err);
      },
    );
  }

  runTurn<T>(key: ConversationKey, play: PlayTurn<T>): Promise<TurnOutcome<T>> {
    if (this.closed) return Promise.reject(new StoreError('O banco de dados já foi fechado; a mensagem não foi gravada.'));
    try {
      // What the last commit or the timer found; the commit itself checks the file again.
      this.faults.assertNotLost();
    } catch (err) {
      return Promise.reject(err);
    }
    const id = conversationId(key);
    return this.lock.run(id, () => this.turn(key, id, play));
  }

  private async turn<T>(key: ConversationKey, id: string, play: PlayTurn<T>): Promise<TurnOutcome<T>> {
    for (let attempt = 1; ; attempt++) {
      const played: Played = { read: false, session: undefined, cached: false };
      const reader: TurnReader = {
        latestSession: async () => {
          played.read = true;
          const cached = this.cache.get(id);
          played.cached = cached !== undefined;
          played.session = cached ?? this.load(key, id);
          return played.session ? { ...played.session } : undefined;
        },
        seen: async (dedupKey) => guard('ler as atualizações já tratadas', () => this.stmts.seen.get(dedupKey) !== undefined),
        findRequest: async (protocol) => this.findRequest(protocol, key),
      };
      let plan;
      this.commits.begin();
      try {
        plan = await play(reader);
      } catch (err) {
        this.commits.end();
        this.cache.delete(id);
        throw err;
      }
      if (!plan.write) {
        this.commits.end();
        // Nothing to compare-and-set: check here that a cached copy was current (another process may have
        // written since). Rare: only turns that store nothing (a duplicate, a rate-limited message) get here.
        if (played.cached && !sameHead(guard('ler a sessão', () => this.stmts.head.get(key.channel, key.userKey)), played.session)) {
          this.cache.delete(id);
          if (attempt < MAX_ATTEMPTS) continue;
        }
        return { status: 'done', result: plan.result };
      }
      const write = plan.write;
      let verdict: Verdict;
      try {
        verdict = await this.commits.submit({ key, write, played });
      } catch (err) {
        this.cache.delete(id);
        if (err instanceof ProtocolTakenError && attempt < MAX_ATTEMPTS) continue;
        throw err;
      }
      if (verdict === DUPLICATE) return { status: 'duplicate' };
      if (verdict === CONFLICT) {
        // Another process changed this conversation since it was read: read it again and play again.
        this.cache.delete(id);
        if (attempt < MAX_ATTEMPTS) continue;
        throw new StoreConflictError(`A conversa ${key.channel} mudou ${MAX_ATTEMPTS} vezes enquanto era gravada (outro processo no mesmo banco?); nada foi gravado.`);
      }
      const s = write.session;
      this.cache.set(id, write.end ? { ...s, endedAt: s.lastAt, outcome: write.end, state: withoutAnswers(s.state) } : s);
      return { status: 'done', result: plan.result };
    }
  }

  /** The latest session from the database (not in the cache), then cached. */
  private load(key: ConversationKey, id: string): SessionRecord | undefined {
    const row = guard('ler a sessão', () => this.stmts.latest.get(key.channel, key.userKey));
    if (!row) return undefined;
    const record = toRecord(row);
    this.cache.set(id, record);
    return record;
  }

  /** Writes one turn with `tx` (its own transaction, or a savepoint of the batch's); its verdict or its error. */
  private writeOne(w: TurnWrite, tx: (key: ConversationKey, t: TurnRecord, played: Played) => void, inBatch = false): Verdict | Error {
    try {
      if (inBatch) this.rollup.turnStarted();
      tx(w.key, w.write, w.played);
      if (inBatch) this.rollup.turnKept();
      return undefined;
    } catch (err) {
      if (inBatch) this.rollup.turnDropped();
      if (err === DUPLICATE || err === CONFLICT) return err;
      if (w.write.request && isProtocolClash(err)) return new ProtocolTakenError(w.write.request.protocol, { cause: err });
      this.faults.writeFailed(err);
      return storeError('gravar a mensagem', err);
    }
  }

  /** The body of the turn's transaction. Throws DUPLICATE or CONFLICT to roll everything back. */
  private write(key: ConversationKey, t: TurnRecord, played: Played): void {
    const s = t.session;
    if (s.channel !== key.channel || s.userKey !== key.userKey) throw new StoreError('A sessão gravada não pertence à conversa do turno.');
    if (t.dedupKey !== undefined && this.stmts.markSeen.run(t.dedupKey, s.lastAt).changes === 0) throw DUPLICATE;
    const f = flagsOf(t.events);
    const state = JSON.stringify(s.state);
    const [searched, viewed, finished, requested, handoff] = [bit(f.searched), bit(f.viewed), bit(f.finished), bit(f.requested), bit(f.handoff)];
    if (t.isNew) {
      // Off the hot path (once per session): the latest session must still be the one the turn was played from.
      if (played.read && !sameHead(this.stmts.head.get(key.channel, key.userKey), played.session)) throw CONFLICT;
      if (t.closePrevious) this.closeRow(t.closePrevious.sessionId, t.closePrevious.endedAt, t.closePrevious.outcome);
      this.stmts.insert.run(s.id, s.channel, s.userKey, s.startedAt, s.lastAt, s.messagesIn, s.messagesOut, searched, viewed, finished, requested, handoff, f.feedbackYes, f.feedbackNo, state);
    } else {
      const playedIn = played.read && played.session?.id === s.id ? played.session.messagesIn : null;
      if (this.stmts.update.run(s.lastAt, s.messagesIn, s.messagesOut, searched, viewed, finished, requested, handoff, f.feedbackYes, f.feedbackNo, state, s.id, playedIn, playedIn).changes === 0) throw CONFLICT;
    }
    for (const e of t.events) {
      const serviceId = 'serviceId' in e && typeof e.serviceId === 'string' ? e.serviceId : e.type === 'search' ? (e.topId ?? null) : null;
      this.stmts.event.run(s.id, s.lastAt, e.type, serviceId, JSON.stringify(e));
      this.rollup.event(s.lastAt, s.channel, e);
    }
    if (t.request) {
      this.stmts.request.run(t.request.protocol, s.id, s.userKey, s.channel, t.request.serviceId, 'Recebida', s.lastAt, JSON.stringify(t.request.answers));
    }
    if (t.end) this.closeRow(s.id, s.lastAt, t.end);
    if (t.outbox) this.stmts.outboxAdd.run(t.outbox.id, t.outbox.channel, t.outbox.address, JSON.stringify(t.outbox.replies), t.outbox.createdAt);
  }

  /**
   * Closes one open session and counts it in the aggregates; false when it was not open. Its form answers go
   * (`scrub`), unless a restart may still carry the conversation on (a shutdown's close).
   */
  private closeRow(id: string, endedAt: number, outcome: string, scrub = true): boolean {
    const row = this.stmts.byId.get(id);
    if (!row || row.ended_at !== null) return false;
    this.stmts.close.run(endedAt, outcome, id);
    if (scrub) this.scrub(row);
    this.rollup.session(closedOf(row, endedAt, outcome));
    return true;
  }

  /** Removes the form answers from a session's stored state (when it holds any). */
  private scrub(row: SessionRow): void {
    // Most sessions close outside a form: a look at the text spares them the parse (and its validation).
    if (!ANSWER_VIEW_TEXT.test(row.state)) return;
    const state = toRecord(row).state;
    const clean = withoutAnswers(state);
    if (clean !== state) this.stmts.setState.run(JSON.stringify(clean), row.id);
  }

  private closeRows(rows: SessionRow[], scrub: boolean): number {
    for (const row of rows) {
      this.closeRow(row.id, row.last_at, toRecord(row).state.outcome ?? 'abandoned', scrub);
      this.cache.delete(conversationId({ channel: row.channel, userKey: row.user_key }));
    }
    return rows.length;
  }

  async closeIdleSessions(before: number): Promise<number> {
    this.assertOpen();
    return guard('encerrar as sessões paradas', () =>
      this.db.transaction(() => {
        const n = this.closeRows(this.stmts.idle.all(before), true);
        // Sessions a shutdown closed with a form half-way, and that no restart carried on in time.
        for (const row of this.stmts.holdingAnswers.all(before)) {
          this.scrub(row);
          this.cache.delete(conversationId({ channel: row.channel, userKey: row.user_key }));
        }
        return n;
      }).immediate(),
    );
  }

  async closeAllOpen(): Promise<number> {
    this.assertOpen();
    return guard('encerrar as sessões abertas', () => this.db.transaction(() => this.closeRows(this.stmts.open.all(), false)).immediate());
  }

  /**
   * Marks replies sent. The deletes of one event-loop turn share one commit (every Telegram reply marks its
   * entry: one commit each would double the commits per message); the promise resolves once it is committed.
   */
  outboxSent(ids: readonly string[]): Promise<void> {
    try {
      this.assertOpen();
    } catch (err) {
      return Promise.reject(err);
    }
    if (ids.length === 0) return Promise.resolve();
    this.sentIds.push(...ids);
    this.sentFlush ??= new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        try {
          this.flushSent();
          resolve();
        } catch (err) {
          reject(err);
        }
      });
    });
    return this.sentFlush;
  }

  /** Deletes the outbox entries marked sent so far, in one transaction. */
  private flushSent(): void {
    this.sentFlush = undefined;
    const batch = this.sentIds.splice(0);
    if (batch.length === 0) return;
    guard('marcar respostas enviadas', () =>
      this.db.transaction(() => {
        for (const id of batch) this.stmts.outboxDelete.run(id);
      }).immediate(),
    );
  }

  async pendingOutbox(channel: string, limit: number): Promise<OutboxEntry[]> {
    this.assertOpen();
    const rows = guard('ler as respostas pendentes', () => this.stmts.outboxPending.all(channel, limit));
    return rows.map((r) => ({ id: r.id, channel: r.channel, address: r.address, replies: JSON.parse(r.replies) as OutboxEntry['replies'], createdAt: r.created_at }));
  }

  async rekey(channel: string, fromUserKey: string, toUserKey: string): Promise<RekeyResult> {
    this.assertOpen();
    const from = conversationId({ channel, userKey: fromUserKey });
    const to = conversationId({ channel, userKey: toUserKey });
    if (from === to) return { sessions: 0, requests: 0 };
    // Both conversations held, always in the same order, so that two moves never wait on each other.
    const [first, second] = from < to ? [from, to] : [to, from];
    return this.lock.run(first, () =>
      this.lock.run(second, async () => {
        try {
          return guard('mover a conversa para a nova chave', () => this.db.transaction(() => this.move(channel, fromUserKey, toUserKey)).immediate());
        } finally {
          this.cache.delete(from);
          this.cache.delete(to);
        }
      }),
    );
  }

  /** The body of rekey's transaction (see the rule on Store.rekey). */
  private move(channel: string, fromUserKey: string, toUserKey: string): RekeyResult {
    const fromLatest = this.stmts.latest.get(channel, fromUserKey);
    const toLatest = this.stmts.latest.get(channel, toUserKey);
    // `from`'s latest session stays open only when it becomes `to`'s latest: `to` has no open session, and its latest started earlier.
    const keep = fromLatestStaysOpen(fromLatest && { startedAt: fromLatest.started_at }, toLatest && { startedAt: toLatest.started_at, endedAt: toLatest.ended_at }) ? fromLatest?.id : undefined;
    const open = this.stmts.openOf.all(channel, fromUserKey);
    // Before any close below, so that the closed session counts against the merged mark.
    this.rollup.mergeUser(channel, fromUserKey, toUserKey);
    const sessions = this.stmts.moveSessions.run(toUserKey, channel, fromUserKey).changes;
    const requests = this.stmts.moveRequests.run(toUserKey, channel, fromUserKey).changes;
    for (const row of open) if (row.id !== keep) this.closeRow(row.id, row.last_at, toRecord(row).state.outcome ?? 'abandoned');
    return { sessions, requests };
  }

  async takeLease(name: string, holder: string, now: number, until: number): Promise<LeaseHolder> {
    this.assertOpen();
    return guard('gravar a concessão', () =>
      this.db.transaction(() => {
        this.db
          .prepare<{ name: string; holder: string; until: number; now: number }>(
            `INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @until) ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
             WHERE leases.holder = excluded.holder OR leases.expires_at <= @now`,
          )
          .run({ name, holder, until, now });
        const row = this.db.prepare<[string], { holder: string; expires_at: number }>('SELECT holder, expires_at FROM leases WHERE name = ?').get(name);
        return { holder: row?.holder ?? holder, expiresAt: row?.expires_at ?? until };
      }).immediate(),
    );
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    this.assertOpen();
    guard('liberar a concessão', () => this.db.prepare<[string, string]>('DELETE FROM leases WHERE name = ? AND holder = ?').run(name, holder));
  }

  async markOnce(key: string, at: number): Promise<boolean> {
    this.assertOpen();
    return guard('gravar uma marca', () => this.stmts.markSeen.run(key, at).changes === 1);
  }

  async purge(before: number): Promise<PurgeResult> {
    this.assertOpen();
    const result = guard('apagar dados antigos', () => purgeOlderThan(this.db, this.rollup, before));
    this.cache.clear();
    return result;
  }

  private findRequest(protocol: string, key: ConversationKey): RequestRecord | undefined {
    const row = guard('ler a solicitação', () => this.stmts.findRequest.get(protocol, key.channel, key.userKey));
    return row ? toRequest(row) : undefined;
  }

  /**
   * Runs `work` inside one outer transaction, so that its turns become savepoints and the whole load commits
   * once. For bulk loads into a store nothing else is using (tests, benchmarks): every turn run meanwhile on
   * this connection joins the batch, and a failure rolls all of it back.
   */
  async batch<T>(work: () => Promise<T>): Promise<T> {
    this.assertOpen();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.cache.clear();
      throw err;
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('O banco de dados já foi fechado.');
    this.faults.assertFile();
  }

  async health(): Promise<StoreHealth> {
    if (this.closed || !this.db.open) return { ok: false, reason: 'O banco de dados foi fechado (o Atende está parando).' };
    const known = this.faults.current();
    if (!known.ok) return known;
    const now = Date.now();
    if (this.probed && now - this.probed.at < HEALTH_TTL_MS) return this.probed.health;
    // Inside a bulk batch() nothing can be committed on its own: the last known state stands.
    if (this.db.inTransaction) return known;
    this.probed = { at: now, health: this.probe(now) };
    return this.probed.health;
  }

  /** One real (tiny) commit: the only proof that the database takes writes. Never waits for another writer. */
  private probe(now: number): StoreHealth {
    const timeout = Number(this.db.pragma('busy_timeout', { simple: true }));
    try {
      this.db.pragma('busy_timeout = 0');
      this.db.prepare('INSERT INTO processed_updates (key, at) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET at = excluded.at').run('store:health', now);
      this.faults.assertFile();
      this.faults.writeSucceeded();
      return { ok: true };
    } catch (err) {
      // Another process writing right now says nothing about this one; anything else is a fault.
      if (rootCode(err)?.startsWith('SQLITE_BUSY')) return { ok: true };
      this.faults.writeFailed(err);
      const health = this.faults.current();
      return health.ok ? { ok: false, reason: `O banco de dados não aceita gravações: ${err instanceof Error ? err.message : String(err)}` } : health;
    } finally {
      this.db.pragma(`busy_timeout = ${timeout}`);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Writes already played are stored; turns still playing will find the store closed.
    if (this.db.open) {
      this.commits.flush();
      try {
        this.flushSent();
      } catch {
        // Not deleted: those replies stay in the outbox and are sent again after a restart (a duplicate, never a loss).
      }
    }
    this.closed = true;
    this.faults.stop();
    this.cache.clear();
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
