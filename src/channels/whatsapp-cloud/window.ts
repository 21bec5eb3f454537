// The 24-hour customer service window. A citizen's message opens it, and each new message restarts it; once it
// has closed, Meta only lets a business send approved templates (error 131047 otherwise), and Atende sends none.
// The bot only answers messages, so its replies are normally well inside the window; the check matters when
// Meta delivers a message late (it retries a failed webhook for days) or a reply waited long for a retry.
import { BoundedMap } from '../shared/bounded.ts';

/** The length of the window. */
export const WINDOW_MS = 24 * 60 * 60_000;

/** Kept short of the real end, for clocks that differ (Meta's timestamp against ours) and sends in flight. */
export const WINDOW_MARGIN_MS = 60_000;

/** Citizens' latest message times (ms, Meta's timestamps), keyed by pseudonymous user key. */
export class CustomerWindows {
  private readonly last: BoundedMap<string, number>;

  /** `max` citizens are remembered (the ones of the last 24 hours, on a busy channel, and then some). */
  constructor(max = 200_000) {
    this.last = new BoundedMap(max);
  }

  /** Records a message of `userKey` sent at `at` (ms); an older message never shortens the window. */
  seen(userKey: string, at: number): void {
    const previous = this.last.get(userKey);
    this.last.set(userKey, previous === undefined ? at : Math.max(previous, at));
  }

  /** When the citizen's latest message was sent (ms), if remembered. */
  lastAt(userKey: string): number | undefined {
    return this.last.get(userKey);
  }

  /** May free text be sent to `userKey` at `now` (ms)? */
  isOpen(userKey: string, now: number): boolean {
    const at = this.last.get(userKey);
    return at !== undefined && now - at < WINDOW_MS - WINDOW_MARGIN_MS;
  }
}
