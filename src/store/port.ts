// The storage port: the few operations the conversation runtime needs. SQLite and memory implement it.
import type { ConversationState, EngineEvent, NewRequest, Outcome } from '../conversation/types.ts';

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

/** Everything one handled message changes, written atomically. */
export interface TurnRecord {
  session: SessionRecord;
  /** True when this turn opened the session (insert instead of update). */
  isNew: boolean;
  events: ReadonlyArray<EngineEvent>;
  request?: NewRequest;
  /** Closes the session at `session.lastAt` with this outcome. */
  end?: Outcome;
  /** Platform update/message id, remembered so that a redelivered update is not answered twice. */
  dedupKey?: string;
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

/** Counts of today's sessions per channel (staff command /estatisticas). */
export interface ChannelCount {
  channel: string;
  sessions: number;
}

/** The storage port. All methods are synchronous: one message is handled start to finish without yielding. */
export interface Store {
  /** The latest session of this citizen on this channel, open or closed. */
  latestSession(channel: string, userKey: string): SessionRecord | undefined;
  /** Writes one turn atomically (session state, counters, events, request, dedup key, close). */
  commitTurn(turn: TurnRecord): void;
  /** Closes a session that was left open (idle timeout, shutdown). */
  closeSession(sessionId: string, endedAt: number, outcome: Outcome): void;
  /** Closes every open session whose last message is older than `before`; returns how many. */
  closeIdleSessions(before: number): number;
  /** Closes every open session now (graceful shutdown) at its last message time; returns how many. */
  closeAllOpen(): number;
  /** Was this platform update already handled? */
  seen(dedupKey: string): boolean;
  /** Remembers a key as handled without a conversation turn (e.g. a group that already got its note). */
  markSeen(dedupKey: string, at: number): void;
  /** A request by protocol, only if it belongs to this citizen. */
  findRequest(protocol: string, userKey: string): RequestRecord | undefined;
  /** Sessions started today (local day of `now`) per channel. */
  sessionsToday(now: number): ChannelCount[];
  close(): void;
}
