// Remembers which groups already got the "I only serve private chats" note, across restarts.
import type { ChannelRuntime } from '../types.ts';

/** Once-per-group memory, kept by the store (markOnce: the same table as update dedup). */
export class GroupNotes {
  private readonly noted = new Set<string>();

  constructor(private readonly runtime: Pick<ChannelRuntime, 'markOnce'>) {}

  /** True the first time it is asked for a group, false ever after. */
  async firstTime(chatId: number, now: number = Date.now()): Promise<boolean> {
    const key = `tg:group-note:${chatId}`;
    if (this.noted.has(key)) return false;
    this.noted.add(key);
    return this.runtime.markOnce(key, now);
  }
}
