// One "só entendo texto" per burst of media: an album of photos arrives as one message per photo, and the
// citizen should read the answer once, not once per photo.
import { BoundedMap } from './bounded.ts';

/** Media messages of one citizen at most this far apart (Meta's timestamps) are one burst. */
export const BURST_MS = 10_000;

/** The latest media time of each citizen, until a message that is not media ends the burst. */
export class MediaBursts {
  private readonly last: BoundedMap<string, number>;

  constructor(
    private readonly windowMs: number = BURST_MS,
    max = 50_000,
  ) {
    this.last = new BoundedMap(max);
  }

  /**
   * Records a message of `userKey` at `at` (ms). True when it is media that continues a burst already
   * answered (its reply is not sent); any other message ends the burst.
   */
  continues(userKey: string, at: number, media: boolean): boolean {
    if (!media) {
      this.last.delete(userKey);
      return false;
    }
    const previous = this.last.get(userKey);
    this.last.set(userKey, at);
    return previous !== undefined && Math.abs(at - previous) <= this.windowMs;
  }
}
