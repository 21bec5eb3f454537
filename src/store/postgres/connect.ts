// Connecting to PostgreSQL: the URL (sslmode honoured), the pool size and statement timeout, how numbers come
// back, and the driver's errors in the port's words. No SQLSTATE code is read above this folder.
import postgres from 'postgres';
import { AtendeError, StoreError } from '../../core/errors.ts';

/** Where and how to connect (DATABASE_URL, DATABASE_POOL_SIZE, DATABASE_STATEMENT_TIMEOUT_MS). */
export interface PostgresLocation {
  url: string;
  /** Connections in this process's pool. */
  poolSize?: number;
  /** A statement (a lock wait included) running longer than this is cancelled, and the turn fails. */
  statementTimeoutMs?: number;
}

type SslOption = false | 'prefer' | 'require' | 'verify-full';

/** The URL without its sslmode, and what that sslmode means to the driver (libpq's names). */
export function sslOf(url: string): { url: string; ssl: SslOption } {
  const u = new URL(url);
  const mode = u.searchParams.get('sslmode') ?? 'disable';
  u.searchParams.delete('sslmode');
  const modes: Record<string, SslOption> = { disable: false, allow: 'prefer', prefer: 'prefer', require: 'require', 'verify-ca': 'verify-full', 'verify-full': 'verify-full' };
  const ssl = modes[mode];
  if (ssl === undefined) throw new StoreError(`sslmode=${mode} não existe em DATABASE_URL; use disable, prefer, require, verify-ca ou verify-full.`);
  return { url: u.toString(), ssl };
}

/** The URL with its password hidden, for messages. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return `${u.protocol}//${u.username ? `${u.username}${u.password ? ':***' : ''}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return 'postgres://…';
  }
}

/** Opens a pool. Connections are made on demand, and again after the server restarts or the network drops. */
export function connect(location: PostgresLocation, options: { max?: number } = {}): postgres.Sql {
  const { url, ssl } = sslOf(location.url);
  return postgres(url, {
    ssl,
    max: options.max ?? location.poolSize ?? 10,
    connect_timeout: 5,
    idle_timeout: 60,
    onnotice: () => undefined,
    // BIGINT (ms timestamps, counts) as plain numbers: every value we store fits in 2^53.
    types: { int8: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) } },
    connection: {
      application_name: 'atende',
      statement_timeout: location.statementTimeoutMs ?? 5000,
      // A frozen instance never keeps a conversation's lock for long: its transaction is ended by the server.
      idle_in_transaction_session_timeout: 30_000,
    },
  });
}

/** The SQLSTATE (or the driver's own code) of an error, inside this folder only. */
export function pgCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

/** A driver error in the port's words: a StoreError, the driver's error (and its code) kept as `cause`. */
export function storeError(what: string, err: unknown): Error {
  if (err instanceof AtendeError) return err;
  const code = pgCode(err) ?? '';
  const reason = err instanceof Error ? err.message : String(err);
  if (['ECONNREFUSED', 'ECONNRESET', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03'].includes(code) || code.startsWith('08')) {
    return new StoreError(`O PostgreSQL não está acessível (${reason}) ao ${what}; nada foi gravado. O Atende reconecta sozinho quando o banco voltar.`, { cause: err });
  }
  if (code === '57014') return new StoreError(`O PostgreSQL demorou demais ao ${what} (DATABASE_STATEMENT_TIMEOUT_MS); nada foi gravado.`, { cause: err });
  return new StoreError(`O banco de dados PostgreSQL falhou ao ${what}: ${reason}`, { cause: err });
}

/** Runs a database call; a driver error leaves the port as a StoreError. */
export async function guard<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw storeError(what, err);
  }
}
