// The error boundary of a channel: one per update or message. A failure is logged with context (never the
// message text) and answered with an apology; it never stops the channel or the process.
import type { LogFields, Logger } from '../../core/logger.ts';
import type { ChannelRuntime } from '../types.ts';

/** How one channel reports a failure of one unit of work. */
export interface BoundaryOptions {
  log: Logger;
  /** Fields that identify the work (update id, pseudonymous user, chat type), never message text. */
  context: LogFields;
  /** The log message of an unexpected failure. */
  message: string;
  /** What of an error is safe to log (platform errors can carry the payload); default `{ err }`. */
  describe?: (err: unknown) => LogFields;
  /** An expected failure (the citizen blocked the bot): its info-level log message, and no apology. */
  expected?: (err: unknown) => string | undefined;
  /** Sends the apology to the citizen; undefined when there is nobody to tell. */
  apologise?: (() => Promise<unknown>) | undefined;
}

/** Runs `task` inside the boundary. Never rejects. */
export async function withBoundary(task: () => Promise<unknown>, o: BoundaryOptions): Promise<void> {
  const describe = o.describe ?? ((err: unknown): LogFields => ({ err }));
  try {
    await task();
  } catch (err) {
    const fields = { ...o.context, ...describe(err) };
    const expected = o.expected?.(err);
    if (expected !== undefined) {
      o.log.info(fields, expected);
      return;
    }
    o.log.error(fields, o.message);
    if (!o.apologise) return;
    try {
      await o.apologise();
    } catch (apologyError) {
      o.log.warn({ ...o.context, ...describe(apologyError) }, 'apology could not be sent');
    }
  }
}

/** A user's pseudonymous key for log lines: "unknown" before start or when it cannot be computed (a log line never throws). */
export function logUserKey(runtime: ChannelRuntime | undefined, channel: string, platformUserId: string): string {
  try {
    return runtime?.userKey(channel, platformUserId) ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
