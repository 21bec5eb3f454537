// The small logger interface the core depends on; pino is wired in only at the composition root.

/** Structured fields attached to a log line. Never put message text or raw platform ids here. */
export type LogFields = Record<string, unknown>;

/** Minimal logger, satisfied by pino and by the silent logger below. */
export interface Logger {
  debug(fields: LogFields, msg?: string): void;
  info(fields: LogFields, msg?: string): void;
  warn(fields: LogFields, msg?: string): void;
  error(fields: LogFields, msg?: string): void;
  child(bindings: LogFields): Logger;
}

/** A logger that drops everything (tests, benchmarks). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
