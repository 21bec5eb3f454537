// The rows of the SQLite store and how they become port records; the SQLite error codes the store reads.
import { AtendeError, StoreError } from '../../core/errors.ts';
import type { RequestRecord, SessionRecord } from '../../conversation/storage.ts';
import { parseState } from '../../conversation/state.ts';
import { Outcome } from '../../conversation/types.ts';
import type { ClosedSession } from '../../stats/rollup.ts';

/** A row of `sessions`. */
export interface SessionRow {
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

/** A row of `requests`. */
export interface RequestRow {
  protocol: string;
  session_id: string;
  user_key: string;
  channel: string;
  service_id: string;
  status: string;
  created_at: number;
  answers: string;
}

/** The columns that say which version of a session a turn was played from. */
export interface SessionHead {
  id: string;
  messages_in: number;
  ended_at: number | null;
}

/** The stored text as JSON, or null when it is not JSON (parseState then restarts the conversation). */
function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A session row as the port's record. */
export function toRecord(row: SessionRow): SessionRecord {
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
    // An older version is migrated; one that no longer validates (manual edit) restarts, and the citizen is told.
    state: parseState(jsonOrNull(row.state)),
  };
}

/** A request row as the port's record. */
export function toRequest(row: RequestRow): RequestRecord {
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

/** What the rollup needs of a session row that closes now. */
export function closedOf(row: SessionRow, endedAt: number, outcome: string): ClosedSession {
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

/** True when the stored head is the session a turn was played from (none for none). */
export function sameHead(row: SessionHead | undefined, played: SessionRecord | undefined): boolean {
  if (!row || !played) return row === undefined && played === undefined;
  return row.id === played.id && row.messages_in === played.messagesIn && (row.ended_at === null) === (played.endedAt === null);
}

/** The insert of a request hit the protocol's primary key. */
export function isProtocolClash(err: unknown): boolean {
  return err instanceof Error && 'code' in err && err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' && err.message.includes('requests.protocol');
}

/** A driver error in the port's words: a StoreError, the driver's error (and its code) kept as `cause`. */
export function storeError(what: string, err: unknown): Error {
  if (err instanceof AtendeError) return err;
  return new StoreError(`O banco de dados SQLite falhou ao ${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
}

/** Runs a database call; a driver error leaves the port as a StoreError. */
export function guard<T>(what: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    throw storeError(what, err);
  }
}
