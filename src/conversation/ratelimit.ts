// Per-user sliding-window rate limit: a flood gets one notice, then silence until the window clears.

/** What to do with one message: handle it, answer with the notice (once), or drop it. */
export type Verdict = 'ok' | 'notice' | 'drop';

/** Counts messages per key in a sliding window. Memory is bounded by pruning idle keys. */
export class RateLimiter {
  private readonly hits = new Map<string, { times: number[]; noticed: boolean }>();
  private lastPrune = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Records one message from `key` at `now` and says what to do with it. */
  hit(key: string, now: number): Verdict {
    this.prune(now);
    let entry = this.hits.get(key);
    if (!entry) {
      entry = { times: [], noticed: false };
      this.hits.set(key, entry);
    }
    while (entry.times.length > 0 && (entry.times[0] ?? 0) <= now - this.windowMs) entry.times.shift();
    if (entry.times.length >= this.max) {
      if (entry.noticed) return 'drop';
      entry.noticed = true;
      return 'notice';
    }
    entry.times.push(now);
    entry.noticed = false;
    return 'ok';
  }

  private prune(now: number): void {
    if (now - this.lastPrune < this.windowMs) return;
    this.lastPrune = now;
    for (const [key, entry] of this.hits) {
      const last = entry.times[entry.times.length - 1];
      if (last === undefined || last <= now - this.windowMs) this.hits.delete(key);
    }
  }
}
