// Error summaries safe to log: grammY errors carry the request payload (the citizen's text), so they are
// never logged whole. Only the method, Telegram's code and description, and the error's name go out.
import { GrammyError, HttpError } from 'grammy';

/** Fields describing an error, without payloads or message text. */
export interface ErrorSummary {
  name: string;
  message: string;
  method?: string;
  code?: number;
}

/** Summarises any thrown value for a log line. */
export function summarizeError(err: unknown): ErrorSummary {
  if (err instanceof GrammyError) return { name: 'GrammyError', message: err.description, method: err.method, code: err.error_code };
  if (err instanceof HttpError) {
    // The cause's message holds the request URL, and with it the bot token: keep only its code.
    const code = typeof err.error === 'object' && err.error !== null && 'code' in err.error ? String(err.error.code) : 'unknown';
    return { name: 'HttpError', message: `${err.message} (${code})` };
  }
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { name: typeof err, message: String(err) };
}

/** Telegram answers 403 when the citizen blocked the bot or deleted the account: expected, not a fault. */
export function isBlocked(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 403;
}

/** "message is not modified": an edit with the same text and keyboard, which already shows what we want. */
export function isNotModified(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 400 && /message is not modified/i.test(err.description);
}
