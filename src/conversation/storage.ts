// The storage port: everything the conversation runtime asks of a database, and nothing more. Memory and SQLite
// implement it today, PostgreSQL next; one contract suite (test/store/contract.ts) holds them all to it.
// Every method is async, so a store may talk to a server. Nothing here names a database or its error codes.
import type { ConversationState, EngineEvent, NewRequest, Outcome, Reply } from './types.ts';

/** One conversation: a citizen (pseudonymous key) on a channel. Turns of one key never overlap. */
export interface ConversationKey {
  channel: string;
  /** Pseudonymous user id (HMAC of the platform id); never the raw id. */
  userKey: string;
}

/** An open (or the latest) session of one citizen on one channel. */
export interface SessionRecord {
  id: string;
  channel: string;
  /** Pseudonymous user id (HMAC of the platform id); never the raw id. */
  userKey: string;
  startedAt: number;
  lastAt: number;
  endedAt: number | null;
  outcome: Outcome | null;
  messagesIn: number;
  messagesOut: number;
  state: ConversationState;
}

/** A stored request (form submission). `answers` holds personal data: only here, never in events. */
export interface RequestRecord {
  protocol: string;
  sessionId: string;
  userKey: string;
  channel: string;
  serviceId: string;
  status: string;
  createdAt: number;
  answers: Record<string, string>;
}

/**
 * Replies on their way to a citizen: stored in the turn's transaction, deleted once the platform took them, so a
 * process killed between the commit and the send sends them after its restart (`Store.pendingOutbox`).
 * `address` is the platform's chat id (a raw id, kept only until the replies are sent).
 */
export interface OutboxEntry {
  id: string;
  channel: string;
  address: string;
  replies: Reply[];
  createdAt: number;
}

/** Everything one handled message changes, written atomically (one transaction) by `Store.runTurn`. */
export interface TurnRecord {
  /** The session after this turn. Its id, channel and user key must match the turn's conversation. */
  session: SessionRecord;
  /** True when this turn opened the session (insert instead of update). */
  isNew: boolean;
  /** The previous session, still open but idle, closed in the same transaction before the new one opens. */
  closePrevious?: { sessionId: string; endedAt: number; outcome: Outcome };
  events: ReadonlyArray<EngineEvent>;
  request?: NewRequest;
  /** Closes the session at `session.lastAt` with this outcome. */
  end?: Outcome;
  /** Platform update/message id: stored with the turn, so that a redelivered update is never handled twice. */
  dedupKey?: string;
  /** The turn's replies, kept until sent (channels that ask for it: Telegram). */
  outbox?: OutboxEntry;
}

/** What a turn may read while it holds its conversation (inside the store's transaction, where it has one). */
export interface TurnReader {
  /** The latest session of this conversation, open or closed. A copy: changing it changes nothing stored. */
  latestSession(): Promise<SessionRecord | undefined>;
  /** Was this platform update already handled? A shortcut only: the write checks again, atomically. */
  seen(dedupKey: string): Promise<boolean>;
  /** A request by protocol, only if it belongs to this conversation's citizen. */
  findRequest(protocol: string): Promise<RequestRecord | undefined>;
  /**
   * A protocol number for a request made at `at` that no one else holds (a store with a sequence: PostgreSQL).
   * Absent, the runtime draws one at random and the store refuses a taken one (ProtocolTakenError).
   */
  newProtocol?(at: number): Promise<string>;
}

/** What a turn decided: the value handed back to the caller, and what to store (nothing, when `write` is absent). */
export interface TurnPlan<T> {
  result: T;
  write?: TurnRecord;
}

/** How a turn ended: played and stored, or refused because its dedup key was already stored. */
export type TurnOutcome<T> = { status: 'done'; result: T } | { status: 'duplicate' };

/** Plays a turn from what it reads. May run more than once (see Store.runTurn), so it must have no side effects. */
export type PlayTurn<T> = (read: TurnReader) => Promise<TurnPlan<T>>;

/** How many rows of each kind a purge removed. */
export interface PurgeResult {
  sessions: number;
  events: number;
  requests: number;
  processedUpdates: number;
  /** Pseudonymous users no longer needed for unique-user counts (not seen for over a year). */
  userMarks: number;
}

/** What `Store.rekey` moved: how many sessions and requests now belong to the new key. */
export interface RekeyResult {
  sessions: number;
  requests: number;
}

/** Who holds a lease, and until when (ms). */
export interface LeaseHolder {
  holder: string;
  expiresAt: number;
}

/** Whether a store can take writes now; `reason` (pt-BR, for operators) says what is wrong and what to do. */
export type StoreHealth = { ok: true } | { ok: false; reason: string };

/**
 * The rule of `Store.rekey` when both keys have sessions, for every store: `from`'s latest session stays open
 * only when it becomes `to`'s latest, that is when `to` has no session, or its latest is closed and started
 * earlier. Every other open session of `from` is closed.
 */
export function fromLatestStaysOpen(from: { startedAt: number } | undefined, to: { startedAt: number; endedAt: number | null } | undefined): boolean {
  return from !== undefined && (to === undefined || (to.endedAt !== null && from.startedAt > to.startedAt));
}

/** The storage port of the conversation runtime. */
export interface Store {
  /**
   * Plays and stores one turn of one conversation.
   * - Order: turns of one key run one at a time, in the order runTurn was called (in-process queue; a store
   *   shared by several processes adds its own lock, e.g. a transaction-scoped advisory lock on the key).
   * - Exactly once: the plan's dedup key and all its writes commit in ONE transaction; when the key is already
   *   stored, nothing is written and the outcome is "duplicate".
   * - Statistics: the aggregates (daily counts, unique users, top lists) change in that same transaction.
   * - `play` runs again (at most a few times) when the write conflicted: another process changed the
   *   conversation meanwhile, or the request's protocol number was taken. After that it throws
   *   StoreConflictError or ProtocolTakenError; any other failure is a StoreError. Nothing is stored then.
   */
  runTurn<T>(key: ConversationKey, play: PlayTurn<T>): Promise<TurnOutcome<T>>;
  /**
   * Closes every open session whose last message is older than `before` (the idle sweep); returns how many.
   * Form answers never outlive a session: every close (this one, a turn's `end`, `closePrevious`) stores the
   * state through `withoutAnswers` (conversation/state.ts), and this sweep also scrubs sessions closed earlier by
   * `closeAllOpen` whose last message is older than `before` and that still hold answers.
   */
  closeIdleSessions(before: number): Promise<number>;
  /**
   * Closes every open session now (graceful shutdown) at its last message time; returns how many. Keeps the
   * state as it is (answers included): a restart within the idle time carries the conversation on, and the
   * idle sweep scrubs it after that.
   */
  closeAllOpen(): Promise<number>;
  /**
   * Moves one citizen from `fromUserKey` to `toUserKey` on `channel` (both pseudonymous: a platform that renames
   * its users, such as WhatsApp's phone number to LID). One transaction, under the conversation order of both
   * keys. Sessions (with their state) and requests change owner; the unique-user mark becomes the later of the
   * two, so that nobody is counted twice. The rule when both keys have sessions: `to`'s latest session stays its
   * latest; an open session of `from` stays open only when it is newer than everything `to` has (`to` has no open
   * session, and its latest started earlier), otherwise it is closed at its last message, as the idle sweep would
   * close it. Idempotent: a second call (or a call for a `from` with nothing stored) moves nothing.
   */
  rekey(channel: string, fromUserKey: string, toUserKey: string): Promise<RekeyResult>;
  /** Stores `key` once: true the first time (a group that gets its note), false ever after, across restarts. */
  markOnce(key: string, at: number): Promise<boolean>;
  /**
   * Takes (or renews) the lease `name` for `holder` until `until` when it is free, expired at `now`, or already
   * this holder's; returns who holds it afterwards. One row per name in the database: processes sharing the
   * database see the same lease (the one long-polling process of a bot token).
   */
  takeLease(name: string, holder: string, now: number, until: number): Promise<LeaseHolder>;
  /** Gives the lease up when `holder` holds it (a clean stop), so that another process may take it at once. */
  releaseLease(name: string, holder: string): Promise<void>;
  /** Marks outbox entries sent: they are deleted (a store may batch the deletes for a moment). */
  outboxSent(ids: readonly string[]): Promise<void>;
  /** Outbox entries of a channel not yet marked sent, oldest first (at most `limit`): sent again after a restart. */
  pendingOutbox(channel: string, limit: number): Promise<OutboxEntry[]>;
  /**
   * Deletes raw data older than `before` (LGPD retention), keeping the aggregates. Open sessions stay. Outbox
   * entries older than `before` (left unsent) go too, uncounted.
   */
  purge(before: number): Promise<PurgeResult>;
  /**
   * Can the store durably write right now (for `GET /healthz`)? Cheap enough to be asked every second: a store
   * may probe with a tiny write, at most about once a second. Never rejects. After a fault it must also refuse
   * turns (StoreError) rather than confirm what it cannot keep: e.g. SQLite whose file was deleted while open.
   */
  health(): Promise<StoreHealth>;
  /** Releases the database. Idempotent. */
  close(): Promise<void>;
}
