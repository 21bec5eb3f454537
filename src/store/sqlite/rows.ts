// The rows of the SQLite store (shared with PostgreSQL: ../rows.ts); the SQLite error codes the store reads.
import { AtendeError, StoreError } from '../../core/errors.ts';
import type { SessionRecord } from '../../conversation/storage.ts';

export { type RequestRow, type SessionRow, closedOf, toRecord, toRequest } from '../rows.ts';

/** The columns that say which version of a session a turn was played from. */
export interface SessionHead {
  id: string;
  messages_in: number;
  ended_at: number | null;
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
