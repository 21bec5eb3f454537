// pino, writing JSON lines to stderr so that stdout stays clean for --json output.
import { pino } from 'pino';
import type { Logger } from './core/logger.ts';

/** Creates the process logger. Level comes from the validated config. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'atende' }, redact: { paths: ['text', 'chatId', 'userId', 'from'], censor: '[redacted]' } }, pino.destination(2));
}
