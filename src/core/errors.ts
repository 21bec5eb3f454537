// One base error with a code and a cause; a few subclasses for the boundaries that need to tell them apart.

/** Base error of Atende: a stable `code` for handling, a message that says what to do. */
export class AtendeError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AtendeError';
    this.code = code;
  }
}

/** Invalid configuration (environment variables): names the variable and what is expected. */
export class ConfigError extends AtendeError {
  constructor(message: string) {
    super('CONFIG', message);
    this.name = 'ConfigError';
  }
}

/** The database could not be opened or written. */
export class StoreError extends AtendeError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE', message, options);
    this.name = 'StoreError';
  }
}

/** The catalogue directory has invalid files. */
export class CatalogueError extends AtendeError {
  constructor(message: string) {
    super('CATALOGUE', message);
    this.name = 'CatalogueError';
  }
}

/**
 * The protocol number drawn for a request is already taken. Stores report it in these words (never with their
 * database's own error code), so that the caller can draw another number and play the turn again.
 */
export class ProtocolTakenError extends AtendeError {
  constructor(protocol: string, options?: { cause?: unknown }) {
    super('PROTOCOL_TAKEN', `O protocolo ${protocol} já existe; a solicitação não foi gravada.`, options);
    this.name = 'ProtocolTakenError';
  }
}

/**
 * Another writer kept changing the same conversation (a second process on one database): the store gave up
 * after retrying. Nothing of the turn was stored; the citizen can simply send the message again.
 */
export class StoreConflictError extends AtendeError {
  constructor(message: string) {
    super('STORE_CONFLICT', message);
    this.name = 'StoreConflictError';
  }
}

/**
 * The innermost `code` of an error and its causes ("SQLITE_FULL" under a StoreError), for log lines only:
 * nothing above the storage port branches on a database's codes.
 */
export function rootCode(err: unknown): string | undefined {
  let code: string | undefined;
  for (let e: unknown = err, depth = 0; typeof e === 'object' && e !== null && depth < 10; e = (e as { cause?: unknown }).cause, depth++) {
    if ('code' in e && (typeof e.code === 'string' || typeof e.code === 'number')) code = String(e.code);
  }
  return code;
}
