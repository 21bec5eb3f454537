// One "só entendo texto" per burst of media: an album of photos arrives as one message per photo (on WhatsApp Web,
// plus an "album" message), and the citizen should read the answer once, not once per photo. Both WhatsApp channels.
import { BoundedMap } from './bounded.ts';

/** The latest media time of each citizen, until a message that is not media ends the burst. */
export class MediaBursts {
  private readonly last: BoundedMap<string, number>;

  /** `windowMs`: media messages of one citizen at most this far apart are one burst. */
  constructor(
    private readonly windowMs: number,
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
