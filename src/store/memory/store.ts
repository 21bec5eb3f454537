// An in-memory implementation of the Store port, for the engine's and runtime's unit tests. It keeps the same
// contract as SQLite (order, exactly once, aggregates in the turn, purge), checked by the same suite.
import { ProtocolTakenError, StoreConflictError, StoreError } from '../../core/errors.ts';
import { fromLatestStaysOpen } from '../../conversation/storage.ts';
import type { ConversationKey, LeaseHolder, OutboxEntry, PlayTurn, PurgeResult, RekeyResult, RequestRecord, SessionRecord, Store, StoreHealth, TurnOutcome, TurnReader, TurnRecord } from '../../conversation/storage.ts';
import type { Outcome } from '../../conversation/types.ts';
import { withoutAnswers } from '../../conversation/state.ts';
import { dayOf } from '../../core/time.ts';
import { type SessionFlags, addFlags, flagsOf, noFlags } from '../../stats/rollup.ts';
import { conversationId } from '../cache.ts';
import { KeyedLock } from '../../core/lock.ts';
import { MemoryAggregates, MemoryStatsReader } from './stats.ts';

/** How many times a turn is played when its write conflicts (as in SQLite). */
const MAX_ATTEMPTS = 3;

/** What a memory "database" holds. Two MemoryStores on one MemoryData behave like two processes on one database. */
export class MemoryData {
  readonly sessions = new Map<string, SessionRecord>();
  readonly events: { sessionId: string; at: number; type: string; data: unknown }[] = [];
  readonly requests = new Map<string, RequestRecord>();
  readonly aggregates = new MemoryAggregates();
  readonly flags = new Map<string, SessionFlags>();
  readonly latestOf = new Map<string, string>();
  readonly processed = new Map<string, number>();
  readonly leases = new Map<string, LeaseHolder>();
  readonly outbox = new Map<string, OutboxEntry>();
}

/** What a turn was played from: the version of the latest session it read (compare-and-set at write time, as in SQLite). */
interface Played {
  read: boolean;
  head: { id: string; messagesIn: number; endedAt: number | null } | undefined;
}

const headOf = (s: SessionRecord | undefined): Played['head'] => (s ? { id: s.id, messagesIn: s.messagesIn, endedAt: s.endedAt } : undefined);

/** Keeps everything in maps; `sessions`, `events` and `requests` are public so tests can inspect them. */
export class MemoryStore implements Store {
  readonly sessions: Map<string, SessionRecord>;
  readonly events: { sessionId: string; at: number; type: string; data: unknown }[];
  readonly requests: Map<string, RequestRecord>;
  readonly aggregates: MemoryAggregates;
  /** The statistics of this store. */
  readonly stats: MemoryStatsReader;
  private readonly flags: Map<string, SessionFlags>;
  private readonly latestOf: Map<string, string>;
  private readonly processed: Map<string, number>;
  private readonly lock = new KeyedLock();
  private closed = false;

  /** A store on `data` (a fresh, empty one by default; pass another store's data to "restart" on it). */
  constructor(readonly data: MemoryData = new MemoryData()) {
    this.sessions = data.sessions;
    this.events = data.events;
    this.requests = data.requests;
    this.aggregates = data.aggregates;
    this.flags = data.flags;
    this.latestOf = data.latestOf;
    this.processed = data.processed;
    this.stats = new MemoryStatsReader(this.aggregates, () => this.sessions.values());
  }

  runTurn<T>(key: ConversationKey, play: PlayTurn<T>): Promise<TurnOutcome<T>> {
    if (this.closed) return Promise.reject(new StoreError('O armazenamento em memória já foi fechado.'));
    return this.lock.run(conversationId(key), () => this.turn(key, play));
  }

  private async turn<T>(key: ConversationKey, play: PlayTurn<T>): Promise<TurnOutcome<T>> {
    for (let attempt = 1; ; attempt++) {
      const played: Played = { read: false, head: undefined };
      const reader: TurnReader = {
        latestSession: async () => {
          const s = this.latest(key);
          played.read = true;
          played.head = headOf(s);
          return s ? structuredClone(s) : undefined;
        },
        seen: async (dedupKey) => this.processed.has(dedupKey),
        findRequest: async (protocol) => {
          const r = this.requests.get(protocol);
          return r && r.channel === key.channel && r.userKey === key.userKey ? structuredClone(r) : undefined;
        },
      };
      const plan = await play(reader);
      if (!plan.write) return { status: 'done', result: plan.result };
      const t = plan.write;
      if (t.dedupKey !== undefined && this.processed.has(t.dedupKey)) return { status: 'duplicate' };
      try {
        this.check(key, t, played);
      } catch (err) {
        if ((err instanceof ProtocolTakenError || err instanceof StoreConflictError) && attempt < MAX_ATTEMPTS) continue;
        throw err;
      }
      this.apply(key, t);
      return { status: 'done', result: plan.result };
    }
  }

  /**
   * Everything that can refuse a turn, before anything changes (so a refused turn stores nothing, as a rolled
   * back transaction). Tests override it to simulate a store that refuses writes.
   */
  protected check(key: ConversationKey, t: TurnRecord, played: Played = { read: false, head: undefined }): void {
    const s = t.session;
    if (s.channel !== key.channel || s.userKey !== key.userKey) throw new StoreError('A sessão gravada não pertence à conversa do turno.');
    // Changed since the turn read it (another store on the same data, the sweep, a shutdown): play it again.
    if (played.read && JSON.stringify(headOf(this.latest(key))) !== JSON.stringify(played.head)) throw new StoreConflictError('A conversa mudou enquanto o turno era jogado.');
    if (t.isNew && this.sessions.has(s.id)) throw new StoreConflictError(`A sessão ${s.id} já existe.`);
    if (!t.isNew && this.sessions.get(s.id)?.endedAt !== null) throw new StoreConflictError(`A sessão ${s.id} foi encerrada enquanto o turno era jogado.`);
    if (t.request && this.requests.has(t.request.protocol)) throw new ProtocolTakenError(t.request.protocol);
  }

  private latest(key: ConversationKey): SessionRecord | undefined {
    const id = this.latestOf.get(conversationId(key));
    return id === undefined ? undefined : this.sessions.get(id);
  }

  private apply(key: ConversationKey, t: TurnRecord): void {
    const s = structuredClone(t.session);
    if (t.dedupKey !== undefined) this.processed.set(t.dedupKey, s.lastAt);
    if (t.closePrevious) this.closeSession(t.closePrevious.sessionId, t.closePrevious.endedAt, t.closePrevious.outcome);
    this.sessions.set(s.id, s);
    this.latestOf.set(conversationId(key), s.id);
    this.flags.set(s.id, addFlags(this.flags.get(s.id) ?? noFlags(), flagsOf(t.events)));
    for (const e of t.events) {
      this.events.push({ sessionId: s.id, at: s.lastAt, type: e.type, data: structuredClone(e) });
      this.aggregates.event(s.lastAt, s.channel, e);
    }
    if (t.request) {
      this.requests.set(t.request.protocol, {
        protocol: t.request.protocol,
        sessionId: s.id,
        userKey: s.userKey,
        channel: s.channel,
        serviceId: t.request.serviceId,
        status: 'Recebida',
        createdAt: s.lastAt,
        answers: { ...t.request.answers },
      });
    }
    if (t.end) this.closeSession(s.id, s.lastAt, t.end);
    if (t.outbox) this.data.outbox.set(t.outbox.id, structuredClone(t.outbox));
  }

  /** Closes a session; its form answers go (`scrub`) unless a restart may still carry it on (a shutdown). */
  private closeSession(sessionId: string, endedAt: number, outcome: Outcome, scrub = true): void {
    const s = this.sessions.get(sessionId);
    if (!s || s.endedAt !== null) return;
    s.endedAt = endedAt;
    s.outcome = outcome;
    if (scrub) s.state = withoutAnswers(s.state);
    const f = this.flags.get(sessionId) ?? noFlags();
    this.aggregates.session({ id: s.id, channel: s.channel, userKey: s.userKey, startedAt: s.startedAt, endedAt, outcome, messagesIn: s.messagesIn, messagesOut: s.messagesOut, ...f });
  }

  async closeIdleSessions(before: number): Promise<number> {
    let n = 0;
    for (const s of this.sessions.values()) {
      if (s.lastAt >= before) continue;
      if (s.endedAt === null) {
        this.closeSession(s.id, s.lastAt, s.state.outcome ?? 'abandoned');
        n++;
      } else {
        // Closed by a shutdown with a form half-way, and not carried on in time.
        s.state = withoutAnswers(s.state);
      }
    }
    return n;
  }

  async closeAllOpen(): Promise<number> {
    let n = 0;
    for (const s of this.sessions.values()) {
      if (s.endedAt !== null) continue;
      this.closeSession(s.id, s.lastAt, s.state.outcome ?? 'abandoned', false);
      n++;
    }
    return n;
  }

  async outboxSent(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.data.outbox.delete(id);
  }

  async pendingOutbox(channel: string, limit: number): Promise<OutboxEntry[]> {
    return [...this.data.outbox.values()]
      .filter((e) => e.channel === channel)
      .sort((a, b) => a.createdAt - b.createdAt)
      .slice(0, limit)
      .map((e) => structuredClone(e));
  }

  rekey(channel: string, fromUserKey: string, toUserKey: string): Promise<RekeyResult> {
    if (this.closed) return Promise.reject(new StoreError('O armazenamento em memória já foi fechado.'));
    const from = conversationId({ channel, userKey: fromUserKey });
    const to = conversationId({ channel, userKey: toUserKey });
    if (from === to) return Promise.resolve({ sessions: 0, requests: 0 });
    // Both conversations held, always in the same order, so that two moves never wait on each other.
    const [first, second] = from < to ? [from, to] : [to, from];
    return this.lock.run(first, () => this.lock.run(second, async () => this.move(channel, fromUserKey, toUserKey)));
  }

  /** The body of rekey (see the rule on Store.rekey); as one transaction: nothing here can fail half-way. */
  private move(channel: string, fromUserKey: string, toUserKey: string): RekeyResult {
    const fromLatest = this.latest({ channel, userKey: fromUserKey });
    const toLatest = this.latest({ channel, userKey: toUserKey });
    // `to`'s latest afterwards: its open session, else the newer of the two latest sessions (`to`'s on a tie).
    const kept = fromLatestStaysOpen(fromLatest, toLatest) ? fromLatest : toLatest;
    const moved: SessionRecord[] = [];
    for (const s of this.sessions.values()) {
      if (s.channel === channel && s.userKey === fromUserKey) {
        s.userKey = toUserKey;
        moved.push(s);
      }
    }
    let requests = 0;
    for (const r of this.requests.values()) {
      if (r.channel === channel && r.userKey === fromUserKey) {
        r.userKey = toUserKey;
        requests++;
      }
    }
    // Before any close below, so that the closed session counts against the merged mark.
    this.aggregates.mergeUser(channel, fromUserKey, toUserKey);
    for (const s of moved) if (s.endedAt === null && s !== kept) this.closeSession(s.id, s.lastAt, s.state.outcome ?? 'abandoned');
    this.latestOf.delete(conversationId({ channel, userKey: fromUserKey }));
    if (kept) this.latestOf.set(conversationId({ channel, userKey: toUserKey }), kept.id);
    return { sessions: moved.length, requests };
  }

  async takeLease(name: string, holder: string, now: number, until: number): Promise<LeaseHolder> {
    const held = this.data.leases.get(name);
    if (!held || held.holder === holder || held.expiresAt <= now) this.data.leases.set(name, { holder, expiresAt: until });
    return { ...(this.data.leases.get(name) ?? { holder, expiresAt: until }) };
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    if (this.data.leases.get(name)?.holder === holder) this.data.leases.delete(name);
  }

  async markOnce(key: string, at: number): Promise<boolean> {
    if (this.processed.has(key)) return false;
    this.processed.set(key, at);
    return true;
  }

  async purge(before: number): Promise<PurgeResult> {
    const result: PurgeResult = { sessions: 0, events: 0, requests: 0, processedUpdates: 0, userMarks: 0 };
    const gone = new Set<string>();
    for (const s of this.sessions.values()) if (s.endedAt !== null && s.lastAt < before) gone.add(s.id);
    for (let i = this.events.length - 1; i >= 0; i--) {
      if (gone.has(this.events[i]?.sessionId ?? '')) {
        this.events.splice(i, 1);
        result.events++;
      }
    }
    for (const id of gone) {
      this.sessions.delete(id);
      this.flags.delete(id);
      result.sessions++;
    }
    for (const [k, id] of this.latestOf) if (gone.has(id)) this.latestOf.delete(k);
    for (const [p, r] of this.requests) {
      if (r.createdAt < before) {
        this.requests.delete(p);
        result.requests++;
      }
    }
    for (const [k, at] of this.processed) {
      if (at < before) {
        this.processed.delete(k);
        result.processedUpdates++;
      }
    }
    for (const [id, e] of this.data.outbox) if (e.createdAt < before) this.data.outbox.delete(id);
    result.userMarks = this.aggregates.pruneUserMarks(dayOf(Date.now()));
    return result;
  }

  async health(): Promise<StoreHealth> {
    return this.closed ? { ok: false, reason: 'O armazenamento em memória foi fechado.' } : { ok: true };
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
