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
