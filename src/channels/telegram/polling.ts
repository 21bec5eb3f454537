// Long polling that confirms only what was handled. Telegram forgets every update below the `offset` of a
// getUpdates call, and @grammyjs/runner's own fetcher confirms a batch as soon as it has fetched it: a process
// killed then loses the updates fetched but not yet handled (8 in one kill run). Here the offset never passes an
// update still being handled, so Telegram delivers it again after a crash (the store's dedup key answers the ones
// already stored exactly once). And each chat may hold only a few of the runner's slots: a flooder's updates
// beyond that are confirmed and dropped at once, so that one chat (stuck in a flood wait, say) cannot hold every
// slot. The cap is one more than the runtime's rate limit: the runtime answers the first messages of a flood and
// sends its one notice, and what the cap drops is what the rate limit would have dropped anyway.
import { type RunnerHandle, type UpdateSupplier, createConcurrentSink, createRunner, createSource } from '@grammyjs/runner';
import { type Bot, BotError, GrammyError } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../../core/logger.ts';
import { summarizeError } from './errors.ts';
import { apiSignal } from './send.ts';

/**
 * How long one update may hold the offset back. One stuck in a flood wait (Telegram's retry_after) would
 * otherwise stop new updates from being fetched once 100 more wait behind it; past this it is confirmed while
 * still being handled (only a crash in that window would lose it).
 */
const HOLD_MS = 30_000;

/** How many updates already fetched may sit in getUpdates' window of 100 above the offset. */
const WINDOW_ROOM = 50;

/** Updates of one chat handled or waiting at once, by default: the default rate limit (20 a minute) plus its notice. */
const CHAT_QUEUE_CAP = 21;

/** Which updates are handled, and the offset that confirms exactly those. */
export class HandledUpdates {
  /** Updates being handled: id → since when. */
  private readonly inFlight = new Map<number, number>();
  /** Handled, but above an update still in flight: Telegram sends them again, and they are skipped. */
  private readonly done = new Set<number>();
  private next = 0;
  private wake: (() => void) | undefined;

  constructor(
    private readonly holdMs: number = HOLD_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The offset for the next getUpdates: the oldest update still being handled (held at most holdMs), else the
   * next new one. getUpdates returns at most 100 updates from the offset: when more than WINDOW_ROOM known ones
   * lie above a held update, it is let go, or new updates (another citizen's) could not be fetched at all.
   */
  offset(): number {
    const t = this.now();
    const held = [...this.inFlight].filter(([, since]) => t - since < this.holdMs).map(([id]) => id);
    held.sort((a, b) => a - b);
    const known = [...this.inFlight.keys(), ...this.done];
    let min = this.next;
    for (const id of held) {
      if (known.filter((k) => k >= id).length <= WINDOW_ROOM) {
        min = id;
        break;
      }
    }
    for (const id of this.done) if (id < min) this.done.delete(id);
    return min;
  }

  /** The updates of a batch not seen before (now in flight). */
  take(updates: readonly Update[]): Update[] {
    const fresh: Update[] = [];
    for (const u of updates) {
      const id = u.update_id;
      if (this.inFlight.has(id) || this.done.has(id)) continue;
      this.inFlight.set(id, this.now());
      this.next = Math.max(this.next, id + 1);
      fresh.push(u);
    }
    return fresh;
  }

  /** An update was handled (answered, apologised for, or dropped). */
  handled(id: number): void {
    this.inFlight.delete(id);
    this.done.add(id);
    // Only the oldest in flight moves the offset: the others wait for it, without a poll each.
    let oldest = true;
    for (const other of this.inFlight.keys()) if (other < id) oldest = false;
    if (oldest) this.wake?.();
  }

  /** Resolves when the offset can move (the oldest update in flight is handled), after `ms`, or on abort. */
  settled(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done);
      this.wake = done;
    });
  }
}

/** Counts each chat's updates in flight, to cap them. */
class ChatQueues {
  private readonly counts = new Map<number, number>();

  constructor(private readonly cap: number) {}

  /** True when the update may take a place (its chat is under the cap). */
  enter(chat: number): boolean {
    const n = this.counts.get(chat) ?? 0;
    if (n >= this.cap) return false;
    this.counts.set(chat, n + 1);
    return true;
  }

  /** A running update of this chat is done. */
  leave(chat: number): void {
    const n = (this.counts.get(chat) ?? 1) - 1;
    if (n > 0) this.counts.set(chat, n);
    else this.counts.delete(chat);
  }
}

/** The chat an update belongs to, if any. */
function chatOf(u: Update): number | undefined {
  // Read defensively: an update that breaks Telegram's schema (a message with no chat) reaches here before any check.
  const id = u.message?.chat?.id ?? u.callback_query?.message?.chat?.id ?? u.callback_query?.from?.id ?? u.my_chat_member?.chat?.id;
  return typeof id === 'number' ? id : undefined;
}

/** Options of the polling runner. */
export interface PollingOptions {
  timeoutSeconds: number;
  allowedUpdates: readonly string[];
  concurrency: number;
  pauseMs: number;
  logger: Logger;
  /** Updates of one chat at once (default 21); set it to the runtime's rate limit plus one. */
  chatQueueCap?: number;
}

/** Errors after which polling must stop (a wrong token, another process polling). */
function unrecoverable(err: unknown): boolean {
  return err instanceof GrammyError && (err.error_code === 401 || err.error_code === 409);
}

/** Starts long polling with the runner's source and concurrent sink, confirming only handled updates. */
export function runPolling(bot: Bot, o: PollingOptions): RunnerHandle & { confirm(): Promise<void> } {
  const handled = new HandledUpdates();
  const chats = new ChatQueues(o.chatQueueCap ?? CHAT_QUEUE_CAP);
  let dropping = false;
  let retryMs = 100;
  const supplier: UpdateSupplier<Update> = {
    supply: async (batchSize, shimSignal) => {
      // The runner's typings name the abort-controller polyfill; at run time it is Node's own AbortSignal.
      const signal = shimSignal as unknown as AbortSignal;
      for (;;) {
        let updates: Update[];
        try {
          updates = await bot.api.getUpdates({ offset: handled.offset(), limit: Math.max(1, Math.min(batchSize, 100)), timeout: o.timeoutSeconds, allowed_updates: [...o.allowedUpdates] as never }, apiSignal(signal));
          retryMs = 100;
        } catch (err) {
          if (signal.aborted || unrecoverable(err)) throw err;
          o.logger.warn({ error: summarizeError(err), retryMs }, 'telegram getUpdates failed; trying again');
          const retryAfter = err instanceof GrammyError ? err.parameters.retry_after : undefined;
          await new Promise((resolve) => setTimeout(resolve, retryAfter !== undefined ? retryAfter * 1000 : retryMs));
          retryMs = Math.min(retryMs * 2, 15_000);
          continue;
        }
        const fresh = handled.take(updates);
        if (fresh.length > 0 || updates.length === 0) return fresh;
        // Only updates still being handled came back: wait until one is done, then confirm it with the next call.
        await handled.settled(1_000, signal);
        if (signal.aborted) return [];
      }
    },
  };
  const consume = async (update: Update): Promise<void> => {
    try {
      // Inside the try: whatever a malformed update holds, it is marked handled, or it would hold the offset back.
      const chat = chatOf(update);
      if (chat !== undefined && !chats.enter(chat)) {
        // Logged once per run of drops, not once per update of a flood.
        if (!dropping) o.logger.warn({ updateId: update.update_id }, 'a chat is over its share of update slots: its further updates are dropped');
        dropping = true;
        return;
      }
      dropping = false;
      try {
        await bot.handleUpdate(update);
      } finally {
        if (chat !== undefined) chats.leave(chat);
      }
    } finally {
      handled.handled(update.update_id);
    }
  };
  const source = createSource(supplier, { speedTrafficBalance: 1, maxDelayMilliseconds: o.pauseMs });
  // A middleware error comes out of handleUpdate as a BotError (with its context): the bot's error handler answers
  // it, as grammY's own runner does. Anything else failed outside the bot and has no context: logged as it is.
  const sink = createConcurrentSink({ consume }, async (error) => {
    try {
      if (error instanceof BotError) {
        await bot.errorHandler(error);
        return;
      }
      o.logger.error({ error: summarizeError(error) }, 'telegram update failed outside the boundary');
    } catch (err) {
      o.logger.error({ error: summarizeError(err) }, 'telegram update failed outside the boundary');
    }
  }, { concurrency: o.concurrency });
  const runner = createRunner(source, sink);
  runner.start();
  return Object.assign(runner, {
    /** After a stop and drain: one last call that confirms what was handled (best effort). */
    confirm: async (): Promise<void> => {
      try {
        await bot.api.getUpdates({ offset: handled.offset(), limit: 1, timeout: 0 });
      } catch {
        // Telegram sends them again at the next start; the store answers each once.
      }
    },
  });
}
