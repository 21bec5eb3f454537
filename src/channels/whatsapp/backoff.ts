// Growing delays, for reconnecting and for sending again.

/** Delays: `initialMs`, doubled after each failed attempt, never above `maxMs`. */
export interface Backoff {
  initialMs: number;
  maxMs: number;
}

/** The delay before attempt `attempt` (0-based) after a failure: initial × 2^attempt, capped. */
export function backoffDelay(backoff: Backoff, attempt: number): number {
  return Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(attempt, 30));
}
