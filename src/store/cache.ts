// The latest session of each active conversation, kept in memory by a store so that a message needs no SELECT.
// Write-through: the store puts what it committed; it drops an entry whenever it cannot vouch for it (a failed
// or conflicting write, a sweep that closed it, a purge). What another process writes is caught at commit time
// by the store's compare-and-set, never trusted from here.
import type { ConversationKey, SessionRecord } from '../conversation/storage.ts';

/** The cache key of a conversation. */
export function conversationId(key: ConversationKey): string {
  return `${key.channel}\u0000${key.userKey}`;
}

/** A bounded map from conversation to its latest session, least recently used out first. */
export class SessionCache {
  private readonly entries = new Map<string, SessionRecord>();

  constructor(private readonly capacity: number = 20_000) {}

  /** The cached latest session, if any (and marks it recently used). */
  get(id: string): SessionRecord | undefined {
    const s = this.entries.get(id);
    if (s === undefined) return undefined;
    this.entries.delete(id);
    this.entries.set(id, s);
    return s;
  }

  /** Remembers the latest session of a conversation. */
  set(id: string, session: SessionRecord): void {
    this.entries.delete(id);
    this.entries.set(id, session);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  /** Forgets one conversation. */
  delete(id: string): void {
    this.entries.delete(id);
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.clear();
  }

  /** Number of conversations cached. */
  get size(): number {
    return this.entries.size;
  }
}
