// Media that arrive together get one answer. An album of N images arrives as an "album" message and N image
// messages within a second or two; each would get the same "Ainda só entendo texto" reply.

/** Chats remembered before the old entries are swept. */
const SWEEP_AT = 10_000;

/** Remembers, per chat, when its last media message arrived. */
export class MediaBursts {
  private readonly lastAt = new Map<string, number>();

  /** `windowMs`: a media message this soon after the chat's previous one belongs to the same burst. */
  constructor(private readonly windowMs: number) {}

  /** True when this media message continues a burst already answered (and extends the burst). */
  continues(chat: string, now: number): boolean {
    const last = this.lastAt.get(chat);
    this.lastAt.set(chat, now);
    if (this.lastAt.size > SWEEP_AT) this.sweep(now);
    return last !== undefined && now - last < this.windowMs;
  }

  /** A text message ends the chat's burst: media after it are answered again. */
  end(chat: string): void {
    this.lastAt.delete(chat);
  }

  private sweep(now: number): void {
    for (const [chat, at] of this.lastAt) if (now - at >= this.windowMs) this.lastAt.delete(chat);
  }
}
