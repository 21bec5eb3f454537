// Remembers which groups already got the "I only serve private chats" note, across restarts.
import type { Store } from '../../store/port.ts';

/** Once-per-group memory, kept in the store's processed-updates table (the same table as update dedup). */
export class GroupNotes {
  private readonly noted = new Set<string>();

  constructor(private readonly store: Store) {}

  /** True the first time it is asked for a group, false ever after. */
  firstTime(chatId: number, now: number = Date.now()): boolean {
    const key = `tg:group-note:${chatId}`;
    if (this.noted.has(key) || this.store.seen(key)) return false;
    this.noted.add(key);
    this.store.markSeen(key, now);
    return true;
  }
}
