// Delivering one reply (its texts, in order) to one WhatsApp chat, and saying honestly whether it arrived.
// whatsapp-web.js resolves sendMessage with undefined for a chat that does not exist, and by default as soon as
// the message is queued in the page; a message the server refused then shows only as ack -1 (Constants.js
// MessageAck.ACK_ERROR), if at all. So: wait for the server, check the answer, try again with growing delays.
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { type Backoff, backoffDelay } from './backoff.ts';
import type { SendOptions, WhatsAppClient } from './client.ts';

/** MessageAck.ACK_ERROR (whatsapp-web.js src/util/Constants.js): the server refused the message. */
const ACK_ERROR = -1;

/**
 * The options of every send. `waitUntilMsgSent`: resolve once the server has the message (Injected/Utils.js).
 * `linkPreview: false`: the preview is fetched inside the send with nothing catching its errors, so one failed
 * preview would fail the send (wwebjs #2998); the official links are written out in full anyway.
 */
export const SEND_OPTIONS: Readonly<SendOptions> = { waitUntilMsgSent: true, linkPreview: false };

/** Why a part was not delivered: no such chat, refused by the server, an error or no answer in time, or shutdown. */
export type SendFailure = 'no_chat' | 'refused' | 'error' | 'timeout' | 'shutdown';

/** What became of one reply: what an outbox of replies would record for it. */
export type Delivery =
  | { status: 'sent'; parts: number }
  | { status: 'failed'; reason: SendFailure; /** parts delivered before the one that failed */ sent: number; parts: number; error?: unknown };

/** How hard to try. */
export interface SendPolicy {
  /** Tries per part, the first included. */
  attempts: number;
  /** Waits between tries. */
  backoff: Backoff;
  /** Longest wait for one try (the page can hang while the phone's connection is down). */
  timeoutMs: number;
}

/** Four tries over about 14 s (2, 4, 8 s): long enough to ride out a reconnection, each try given a minute. */
export const DEFAULT_SEND_POLICY: SendPolicy = { attempts: 4, backoff: { initialMs: 2000, maxMs: 30_000 }, timeoutMs: 60_000 };

// What sendMessage resolves with comes out of the browser page: only its ack is read, and checked.
const Sent = z.object({ ack: z.number() });

/** One try's outcome. */
type Try = { ok: true } | { ok: false; reason: SendFailure; error?: unknown };

const TIMED_OUT = Symbol('timeout');

/** Sends per second across all chats: WhatsApp bans numbers that send in bursts (after a reconnection, say). */
export const DEFAULT_SENDS_PER_SECOND = 3;

/** Waits `ms`, or rejects when `signal` aborts. */
type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

const realSleep: Sleep = (ms, signal) => sleep(ms, undefined, { signal });

/** Spaces sends out across every chat: one may start every 1/perSecond s, in the order they asked (a queue). */
export class Pacer {
  private readonly intervalMs: number;
  /** When the last send was let go (host clock, ms). */
  private last = Number.NEGATIVE_INFINITY;
  private tail: Promise<void> = Promise.resolve();

  constructor(
    perSecond: number,
    private readonly now: () => number = Date.now,
    private readonly wait: Sleep = realSleep,
  ) {
    // Rounded up: never faster than asked.
    this.intervalMs = Math.ceil(1000 / perSecond);
  }

  /** Resolves when the caller may send. Its place is taken at call time; rejects when `signal` aborts the wait. */
  slot(signal: AbortSignal): Promise<void> {
    // Each turn waits for the one before it, then for the interval measured from when that one was let go.
    const turn = this.tail.then(async () => {
      const ms = this.last + this.intervalMs - this.now();
      if (ms > 0) await this.wait(ms, signal);
      this.last = this.now();
    });
    this.tail = turn.catch(() => undefined);
    return turn;
  }
}

/** Sends replies through the client; `signal` (the channel's shutdown) stops the waiting between tries. */
export class Sender {
  /** `pacer`, shared by every chat, spaces the tries out (none: no pacing). */
  constructor(
    private readonly client: Pick<WhatsAppClient, 'sendMessage'>,
    private readonly policy: SendPolicy,
    private readonly signal: AbortSignal,
    private readonly pacer?: Pacer,
  ) {}

  /** Sends `texts` to `chatId` in order; stops at the first part that could not be delivered. Never rejects. */
  async deliver(chatId: string, texts: readonly string[]): Promise<Delivery> {
    for (const [i, text] of texts.entries()) {
      const result = await this.sendPart(chatId, text);
      // The rest of this answer would make no sense without the part that failed.
      if (!result.ok) return { status: 'failed', reason: result.reason, sent: i, parts: texts.length, ...(result.error !== undefined ? { error: result.error } : {}) };
    }
    return { status: 'sent', parts: texts.length };
  }

  private async sendPart(chatId: string, text: string): Promise<Try> {
    let last: Try = { ok: false, reason: 'error' };
    for (let attempt = 0; attempt < this.policy.attempts; attempt++) {
      try {
        if (attempt > 0) await realSleep(backoffDelay(this.policy.backoff, attempt - 1), this.signal);
        await this.pacer?.slot(this.signal);
      } catch {
        return { ok: false, reason: 'shutdown' };
      }
      last = await this.tryOnce(chatId, text);
      // A chat that does not exist will not exist a moment later either.
      if (last.ok || last.reason === 'no_chat') return last;
    }
    return last;
  }

  private async tryOnce(chatId: string, text: string): Promise<Try> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), this.policy.timeoutMs);
    });
    try {
      const answer = await Promise.race([this.client.sendMessage(chatId, text, { ...SEND_OPTIONS }), timeout]);
      if (answer === TIMED_OUT) return { ok: false, reason: 'timeout' };
      if (answer === undefined || answer === null) return { ok: false, reason: 'no_chat' };
      const sent = Sent.safeParse(answer);
      if (!sent.success) return { ok: false, reason: 'error', error: sent.error };
      return sent.data.ack === ACK_ERROR ? { ok: false, reason: 'refused' } : { ok: true };
    } catch (error) {
      return { ok: false, reason: 'error', error };
    } finally {
      clearTimeout(timer);
    }
  }
}
