// The PostgreSQL implementation of the Store port, for several instances on one database. A turn is one
// transaction that first takes a transaction-scoped advisory lock on its conversation: two messages of one citizen
// that reach two instances at once are played one after the other, each reading what the other wrote. The dedup
// key is inserted in that transaction (a primary key: exactly once across instances), and the aggregates are
// upserted in it. In one process, a keyed queue keeps the call order and spares pool connections.
import { ProtocolTakenError, StoreConflictError, StoreError } from '../../core/errors.ts';
import { KeyedLock } from '../../core/lock.ts';
import { fromLatestStaysOpen } from '../../conversation/storage.ts';
import type { ConversationKey, LeaseHolder, OutboxEntry, PlayTurn, PurgeResult, RekeyResult, RequestRecord, SessionRecord, Store, StoreHealth, TurnOutcome, TurnReader, TurnRecord } from '../../conversation/storage.ts';
import { withoutAnswers } from '../../conversation/state.ts';
import { compactDayOf, dayOf } from '../../core/time.ts';
import { flagsOf } from '../../stats/rollup.ts';
import { conversationId } from '../cache.ts';
import { closedOf, type RequestRow, type SessionRow, toRecord, toRequest } from '../rows.ts';
import { type PostgresLocation, connect, guard, pgCode, safeUrl, storeError } from './connect.ts';
import { type Tx, mergeUserMark, pruneUserMarks, rollupEvents, rollupSession } from './rollup.ts';
import { migrate } from './schema.ts';
import { PostgresStatsReader } from './stats.ts';
import type postgres from 'postgres';

/** How many times a turn is played when its write conflicts (a sweep closed it, a taken protocol, a deadlock). */
const MAX_ATTEMPTS = 3;

/** Thrown inside the transaction to roll it back with a verdict. */
class Verdict {
  constructor(readonly kind: 'duplicate' | 'conflict') {}
}

/** An error of `play` itself (the caller's), carried through the transaction unchanged. */
class PlayFailed {
  constructor(readonly error: unknown) {}
}

/** Closed sessions whose stored view may still hold form answers (conversation/state.ts ANSWER_VIEWS). */
const HOLDING_ANSWERS = "ended_at IS NOT NULL AND (state::jsonb #>> '{view,at}') IN ('form', 'confirm', 'leave', 'resume')";

/** How long a health probe's answer is reused: a load balancer asking often costs one tiny write a second. */
const HEALTH_TTL_MS = 1_000;

const SESSION_COLUMNS = 'id, channel, user_key, started_at, last_at, ended_at, outcome, messages_in, messages_out, searched, viewed, finished, requested, handoff, feedback_yes, feedback_no, state';

/**
 * The protocol number of the sequence's n-th request: ATD-YYYYMMDD-NNNNNN, where NNNNNN is n scrambled by a
 * bijection of 0..999999 (times an odd multiplier not divisible by 5), so that numbers do not reveal how many
 * requests came before. Two requests of one day share digits only a million requests apart.
 */
export function protocolOf(at: number, n: number): string {
  const digits = ((n % 1_000_000) * 718_281 + 271_828) % 1_000_000;
  return `ATD-${compactDayOf(at)}-${String(digits).padStart(6, '0')}`;
}

/** The PostgreSQL store. Open it with `PostgresStore.open`, which migrates the schema first. */
export class PostgresStore implements Store {
  /** The statistics of this database, on the same pool. */
  readonly stats: PostgresStatsReader;
  private readonly lock = new KeyedLock();
  /** Open sessions this instance wrote to (id → last message): what `closeAllOpen` closes at its shutdown. */
  private readonly mine = new Map<string, number>();
  private closed = false;
  private probed: { at: number; health: StoreHealth } | undefined;

  private constructor(
    /** The pool: for this folder's modules and white-box tests, never handed above the port. */
    readonly sql: postgres.Sql,
  ) {
    this.stats = new PostgresStatsReader(sql, { owned: false });
  }

  /** Connects and brings the schema up to date. A clear pt-BR error when the database cannot be reached. */
  static async open(location: PostgresLocation): Promise<PostgresStore> {
    const sql = connect(location);
    try {
      await migrate(sql);
    } catch (err) {
      await sql.end({ timeout: 1 }).catch(() => undefined);
      throw new StoreError(`Não foi possível preparar o banco PostgreSQL ${safeUrl(location.url)}: ${err instanceof Error ? err.message : String(err)}. Confira DATABASE_URL e se o servidor está no ar.`, { cause: err });
    }
    return new PostgresStore(sql);
  }

  runTurn<T>(key: ConversationKey, play: PlayTurn<T>): Promise<TurnOutcome<T>> {
    if (this.closed) return Promise.reject(new StoreError('O banco de dados já foi fechado; a mensagem não foi gravada.'));
    return this.lock.run(conversationId(key), () => this.turn(key, play));
  }

  private async turn<T>(key: ConversationKey, play: PlayTurn<T>): Promise<TurnOutcome<T>> {
    for (let attempt = 1; ; attempt++) {
      let pending: TurnRecord | undefined;
      let written: TurnRecord | undefined;
      try {
        const { result } = await this.sql.begin(async (tx) => {
          await tx`SELECT pg_advisory_xact_lock(hashtextextended(${`${key.channel}\u001f${key.userKey}`}, 0))`;
          const played: { read: boolean; session: SessionRecord | undefined } = { read: false, session: undefined };
          const reader: TurnReader = {
            latestSession: async () => {
              played.read = true;
              played.session = await this.latest(tx, key);
              return played.session ? { ...played.session } : undefined;
            },
            seen: async (dedupKey) => (await tx`SELECT 1 FROM processed_updates WHERE key = ${dedupKey}`).length > 0,
            findRequest: async (protocol) => this.findRequest(tx, protocol, key),
            newProtocol: async (at) => {
              const [row] = await tx<{ n: number }[]>`SELECT nextval('protocol_numbers') AS n`;
              return protocolOf(at, row?.n ?? 0);
            },
          };
          let plan;
          try {
            plan = await play(reader);
          } catch (err) {
            throw new PlayFailed(err);
          }
          if (plan.write) {
            pending = plan.write;
            await this.write(tx, key, plan.write, played);
            written = plan.write;
          }
          return { result: plan.result };
        });
        if (written) {
          const s = written.session;
          if (written.end) this.mine.delete(s.id);
          else this.mine.set(s.id, s.lastAt);
          if (written.closePrevious) this.mine.delete(written.closePrevious.sessionId);
        }
        return { status: 'done', result };
      } catch (err) {
        if (err instanceof PlayFailed) throw err.error;
        if (err instanceof Verdict) {
          if (err.kind === 'duplicate') return { status: 'duplicate' };
          if (attempt < MAX_ATTEMPTS) continue;
          throw new StoreConflictError(`A conversa ${key.channel} mudou ${MAX_ATTEMPTS} vezes enquanto era gravada; nada foi gravado.`);
        }
        const code = pgCode(err);
        const protocol = pending?.request?.protocol;
        if (protocol !== undefined && code === '23505' && typeof err === 'object' && err !== null && 'constraint_name' in err && err.constraint_name === 'requests_pkey') {
          if (attempt < MAX_ATTEMPTS) continue;
          throw new ProtocolTakenError(protocol, { cause: err });
        }
        // A deadlock between aggregate rows, or a serialization failure: nothing was stored, play again.
        if ((code === '40P01' || code === '40001') && attempt < MAX_ATTEMPTS) continue;
        throw storeError('gravar a mensagem', err);
      }
    }
  }

  private async latest(tx: Tx, key: ConversationKey): Promise<SessionRecord | undefined> {
    const rows = await tx.unsafe<SessionRow[]>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE channel = $1 AND user_key = $2 ORDER BY started_at DESC, seq DESC LIMIT 1`, [key.channel, key.userKey]);
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  private async findRequest(tx: Tx, protocol: string, key: ConversationKey): Promise<RequestRecord | undefined> {
    const rows = await tx<RequestRow[]>`SELECT * FROM requests WHERE protocol = ${protocol} AND channel = ${key.channel} AND user_key = ${key.userKey}`;
    return rows[0] ? toRequest(rows[0]) : undefined;
  }

  /** The body of the turn's transaction. Throws a Verdict to roll everything back. */
  private async write(tx: Tx, key: ConversationKey, t: TurnRecord, played: { read: boolean; session: SessionRecord | undefined }): Promise<void> {
    const s = t.session;
    if (s.channel !== key.channel || s.userKey !== key.userKey) throw new StoreError('A sessão gravada não pertence à conversa do turno.');
    if (t.dedupKey !== undefined) {
      // The primary key is the check: a concurrent insert of the same key waits for the other's commit, then does nothing.
      const inserted = await tx`INSERT INTO processed_updates (key, at) VALUES (${t.dedupKey}, ${s.lastAt}) ON CONFLICT (key) DO NOTHING RETURNING key`;
      if (inserted.length === 0) throw new Verdict('duplicate');
    }
    const f = flagsOf(t.events);
    const b = (v: boolean): number => (v ? 1 : 0);
    const state = JSON.stringify(s.state);
    if (t.isNew) {
      if (played.read) {
        // The latest session must still be the one the turn was played from (a sweep may have closed it).
        const head = await this.latest(tx, key);
        if ((head?.id ?? null) !== (played.session?.id ?? null) || (head?.endedAt ?? null) !== (played.session?.endedAt ?? null)) throw new Verdict('conflict');
      }
      if (t.closePrevious) await this.closeRow(tx, t.closePrevious.sessionId, t.closePrevious.endedAt, t.closePrevious.outcome);
      await tx`INSERT INTO sessions (id, channel, user_key, started_at, last_at, messages_in, messages_out, searched, viewed, finished, requested, handoff, feedback_yes, feedback_no, state)
        VALUES (${s.id}, ${s.channel}, ${s.userKey}, ${s.startedAt}, ${s.lastAt}, ${s.messagesIn}, ${s.messagesOut}, ${b(f.searched)}, ${b(f.viewed)}, ${b(f.finished)}, ${b(f.requested)}, ${b(f.handoff)}, ${f.feedbackYes}, ${f.feedbackNo}, ${state})`;
    } else {
      const playedIn = played.read && played.session?.id === s.id ? played.session.messagesIn : null;
      const updated = await tx`UPDATE sessions SET last_at = ${s.lastAt}, messages_in = ${s.messagesIn}, messages_out = ${s.messagesOut},
          searched = greatest(searched, ${b(f.searched)}), viewed = greatest(viewed, ${b(f.viewed)}), finished = greatest(finished, ${b(f.finished)}),
          requested = greatest(requested, ${b(f.requested)}), handoff = greatest(handoff, ${b(f.handoff)}),
          feedback_yes = feedback_yes + ${f.feedbackYes}, feedback_no = feedback_no + ${f.feedbackNo}, state = ${state}
        WHERE id = ${s.id} AND ended_at IS NULL AND (${playedIn}::int IS NULL OR messages_in = ${playedIn}::int)`;
      if (updated.count === 0) throw new Verdict('conflict');
    }
    // Sent together (pipelined: one round trip); the request last, so that a taken protocol is the error reported.
    const inserts = t.events.map((e) => {
      const serviceId = 'serviceId' in e && typeof e.serviceId === 'string' ? e.serviceId : e.type === 'search' ? (e.topId ?? null) : null;
      return tx`INSERT INTO events (session_id, at, type, service_id, data) VALUES (${s.id}, ${s.lastAt}, ${e.type}, ${serviceId}, ${JSON.stringify(e)})`;
    });
    if (t.request) {
      inserts.push(tx`INSERT INTO requests (protocol, session_id, user_key, channel, service_id, status, created_at, answers)
        VALUES (${t.request.protocol}, ${s.id}, ${s.userKey}, ${s.channel}, ${t.request.serviceId}, 'Recebida', ${s.lastAt}, ${JSON.stringify(t.request.answers)})`);
    }
    const settled = await Promise.allSettled(inserts);
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    if (t.end) await this.closeRow(tx, s.id, s.lastAt, t.end);
    if (t.outbox) {
      const o = t.outbox;
      await tx`INSERT INTO outbox (id, channel, address, replies, created_at) VALUES (${o.id}, ${o.channel}, ${o.address}, ${JSON.stringify(o.replies)}, ${o.createdAt})`;
    }
    await rollupEvents(tx, s.lastAt, s.channel, t.events);
  }

  /**
   * Closes one open session and counts it in the aggregates; false when it was not open (someone else closed it).
   * `endedAt`/`outcome` default to its last message and the outcome its state recorded (the idle sweep).
   */
  private async closeRow(tx: Tx, id: string, endedAt?: number, outcome?: string, scrub = true): Promise<boolean> {
    // The row lock makes a concurrent close of the same session wait, then find it closed.
    const rows = await tx.unsafe<SessionRow[]>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = $1 AND ended_at IS NULL FOR UPDATE`, [id]);
    const row = rows[0];
    if (!row) return false;
    const end = endedAt ?? row.last_at;
    const why = outcome ?? toRecord(row).state.outcome ?? 'abandoned';
    await tx`UPDATE sessions SET ended_at = ${end}, outcome = ${why} WHERE id = ${id}`;
    // Its form answers go, unless a restart may still carry the conversation on (a shutdown's close).
    if (scrub) await this.scrub(tx, row);
    await rollupSession(tx, closedOf(row, end, why));
    return true;
  }

  /** Removes the form answers from a session's stored state (when it holds any). */
  private async scrub(tx: Tx, row: SessionRow): Promise<void> {
    const state = toRecord(row).state;
    const clean = withoutAnswers(state);
    if (clean !== state) await tx`UPDATE sessions SET state = ${JSON.stringify(clean)} WHERE id = ${row.id}`;
  }

  /** Closes sessions one transaction each (a sweep never holds many locks); how many this call closed. */
  private async closeEach(ids: readonly string[], what: string, cutoff?: number, scrub = true): Promise<number> {
    let n = 0;
    for (const id of ids) {
      const closed = await guard(what, () =>
        this.sql.begin(async (tx) => {
          if (cutoff !== undefined) {
            // Still idle? A turn may have written to it since the list was read.
            const still = await tx`SELECT 1 FROM sessions WHERE id = ${id} AND ended_at IS NULL AND last_at < ${cutoff} FOR UPDATE`;
            if (still.length === 0) return false;
          }
          return this.closeRow(tx, id, undefined, undefined, scrub);
        }),
      );
      this.mine.delete(id);
      if (closed) n++;
    }
    return n;
  }

  async closeIdleSessions(before: number): Promise<number> {
    this.assertOpen();
    const rows = await guard('encerrar as sessões paradas', () => this.sql<{ id: string }[]>`SELECT id FROM sessions WHERE ended_at IS NULL AND last_at < ${before} ORDER BY id`);
    for (const [id, lastAt] of this.mine) if (lastAt < before) this.mine.delete(id);
    const n = await this.closeEach(rows.map((r) => r.id), 'encerrar as sessões paradas', before);
    // Sessions a shutdown closed with a form half-way, and that no restart carried on in time.
    await guard('apagar respostas de formulários abandonados', () =>
      this.sql.begin(async (tx) => {
        const held = await tx.unsafe<SessionRow[]>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE ${HOLDING_ANSWERS} AND last_at < $1 FOR UPDATE`, [before]);
        for (const row of held) await this.scrub(tx, row);
      }),
    );
    return n;
  }

  /**
   * Closes the open sessions THIS instance served (graceful shutdown): on a shared database the others' citizens
   * are still being answered. Sessions left open by an instance that died are closed by the idle sweep.
   */
  async closeAllOpen(): Promise<number> {
    this.assertOpen();
    return this.closeEach([...this.mine.keys()].sort(), 'encerrar as sessões abertas', undefined, false);
  }

  async rekey(channel: string, fromUserKey: string, toUserKey: string): Promise<RekeyResult> {
    this.assertOpen();
    const from = conversationId({ channel, userKey: fromUserKey });
    const to = conversationId({ channel, userKey: toUserKey });
    if (from === to) return { sessions: 0, requests: 0 };
    // Both conversations held, always in the same order (here and across instances), so two moves never wait on each other.
    const [first, second] = from < to ? [from, to] : [to, from];
    const [a, b] = fromUserKey < toUserKey ? [fromUserKey, toUserKey] : [toUserKey, fromUserKey];
    return this.lock.run(first, () =>
      this.lock.run(second, () =>
        guard('mover a conversa para a nova chave', () =>
          this.sql.begin(async (tx) => {
            await tx`SELECT pg_advisory_xact_lock(hashtextextended(${`${channel}\u001f${a}`}, 0))`;
            await tx`SELECT pg_advisory_xact_lock(hashtextextended(${`${channel}\u001f${b}`}, 0))`;
            const fromLatest = await this.latest(tx, { channel, userKey: fromUserKey });
            const toLatest = await this.latest(tx, { channel, userKey: toUserKey });
            // `from`'s latest session stays open only when it becomes `to`'s latest: `to` has no open session, and its latest started earlier.
            const keep = fromLatestStaysOpen(fromLatest, toLatest) ? fromLatest?.id : undefined;
            const open = await tx<{ id: string }[]>`SELECT id FROM sessions WHERE channel = ${channel} AND user_key = ${fromUserKey} AND ended_at IS NULL ORDER BY id`;
            // Before any close below, so that the closed session counts against the merged mark.
            await mergeUserMark(tx, channel, fromUserKey, toUserKey);
            const sessions = (await tx`UPDATE sessions SET user_key = ${toUserKey} WHERE channel = ${channel} AND user_key = ${fromUserKey}`).count;
            const requests = (await tx`UPDATE requests SET user_key = ${toUserKey} WHERE channel = ${channel} AND user_key = ${fromUserKey}`).count;
            for (const row of open) {
              if (row.id === keep) continue;
              await this.closeRow(tx, row.id);
              this.mine.delete(row.id);
            }
            return { sessions, requests };
          }),
        ),
      ),
    );
  }

  async outboxSent(ids: readonly string[]): Promise<void> {
    this.assertOpen();
    if (ids.length === 0) return;
    await guard('marcar respostas enviadas', () => this.sql`DELETE FROM outbox WHERE id = ANY(${[...ids]}::text[])`);
  }

  async pendingOutbox(channel: string, limit: number): Promise<OutboxEntry[]> {
    this.assertOpen();
    const rows = await guard('ler as respostas pendentes', () =>
      this.sql<{ id: string; channel: string; address: string; replies: string; created_at: number }[]>`SELECT id, channel, address, replies, created_at FROM outbox WHERE channel = ${channel} ORDER BY created_at, seq LIMIT ${limit}`,
    );
    return rows.map((r) => ({ id: r.id, channel: r.channel, address: r.address, replies: JSON.parse(r.replies) as OutboxEntry['replies'], createdAt: r.created_at }));
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, reason: 'O banco de dados foi fechado (o Atende está parando).' };
    const now = Date.now();
    if (this.probed && now - this.probed.at < HEALTH_TTL_MS) return this.probed.health;
    let health: StoreHealth;
    try {
      // One real (tiny) commit: the only proof that the database takes writes.
      await this.sql`INSERT INTO processed_updates (key, at) VALUES ('store:health', ${now}) ON CONFLICT (key) DO UPDATE SET at = excluded.at`;
      health = { ok: true };
    } catch (err) {
      health = { ok: false, reason: `O banco PostgreSQL não aceita gravações: ${err instanceof Error ? err.message : String(err)}` };
    }
    this.probed = { at: now, health };
    return health;
  }

  async takeLease(name: string, holder: string, now: number, until: number): Promise<LeaseHolder> {
    this.assertOpen();
    return guard('gravar a concessão', () =>
      this.sql.begin(async (tx) => {
        await tx`INSERT INTO leases (name, holder, expires_at) VALUES (${name}, ${holder}, ${until})
          ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
          WHERE leases.holder = excluded.holder OR leases.expires_at <= ${now}`;
        const [row] = await tx<{ holder: string; expires_at: number }[]>`SELECT holder, expires_at FROM leases WHERE name = ${name}`;
        return { holder: row?.holder ?? holder, expiresAt: row?.expires_at ?? until };
      }),
    );
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    this.assertOpen();
    await guard('liberar a concessão', () => this.sql`DELETE FROM leases WHERE name = ${name} AND holder = ${holder}`);
  }

  async markOnce(key: string, at: number): Promise<boolean> {
    this.assertOpen();
    const rows = await guard('gravar uma marca', () => this.sql`INSERT INTO processed_updates (key, at) VALUES (${key}, ${at}) ON CONFLICT (key) DO NOTHING RETURNING key`);
    return rows.length === 1;
  }

  async purge(before: number): Promise<PurgeResult> {
    this.assertOpen();
    return guard('apagar dados antigos', () =>
      this.sql.begin(async (tx) => {
        const events = (await tx`DELETE FROM events WHERE session_id IN (SELECT id FROM sessions WHERE ended_at IS NOT NULL AND last_at < ${before})`).count;
        const sessions = (await tx`DELETE FROM sessions WHERE ended_at IS NOT NULL AND last_at < ${before}`).count;
        const requests = (await tx`DELETE FROM requests WHERE created_at < ${before}`).count;
        const processedUpdates = (await tx`DELETE FROM processed_updates WHERE at < ${before}`).count;
        // Replies a crash left unsent (they can hold personal data), uncounted.
        await tx`DELETE FROM outbox WHERE created_at < ${before}`;
        const userMarks = await pruneUserMarks(tx, dayOf(Date.now()));
        return { sessions, events, requests, processedUpdates, userMarks };
      }),
    );
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('O banco de dados já foi fechado.');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Turns in flight finish (or fail) first; then the pool's connections are ended.
    await this.sql.end({ timeout: 5 });
  }
}
