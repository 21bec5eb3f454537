// The rows every SQL store keeps (SQLite and PostgreSQL have the same sessions and requests tables) and how
// they become port records.
import type { RequestRecord, SessionRecord } from '../conversation/storage.ts';
import { parseState } from '../conversation/state.ts';
import { Outcome } from '../conversation/types.ts';
import type { ClosedSession } from '../stats/rollup.ts';

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
