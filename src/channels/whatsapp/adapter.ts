// The WhatsApp adapter: client messages in, conversation runtime, rendered texts out (connection.ts keeps it up).
// Each message runs inside the channel's error boundary: a failure is logged and answered politely, never fatal.
import { KeyedLock } from '../../core/lock.ts';
import { copy } from '../../conversation/text.ts';
import type { Reply } from '../../conversation/types.ts';
import { type LogFields, type Logger, silentLogger } from '../../core/logger.ts';
import { logUserKey, withBoundary } from '../shared/boundary.ts';
import { MediaBursts } from '../shared/burst.ts';
import type { Health } from '../shared/health.ts';
import { InFlight } from '../shared/inflight.ts';
import type { ChannelAdapter, ChannelRuntime } from '../types.ts';
import type { AlertStaff } from './alerts.ts';
import type { Backoff } from './backoff.ts';
import type { WhatsAppClient, WhatsAppMessage } from './client.ts';
import { Connection } from './connection.ts';
import { Identities, type Rekey } from './identity.ts';
import { dedupKey, parseMessage, skipReason } from './parse.ts';
import { renderReplies } from './render.ts';
import { DEFAULT_SEND_POLICY, DEFAULT_SENDS_PER_SECOND, type Delivery, Pacer, Sender, type SendPolicy } from './send.ts';

/** The channel's name in sessions and statistics. */
export const WHATSAPP = 'whatsapp';

/** Messages older than this when they arrive are not answered: five minutes. */
export const DEFAULT_MAX_MESSAGE_AGE_MS = 5 * 60_000;

/** How long a start may take to become ready: a healthy one takes 10-60 s, a big first sync a few minutes. */
export const DEFAULT_READY_TIMEOUT_MS = 3 * 60_000;

/** An album's messages arrive within a second or two: 5 s from the previous media is the same burst. */
export const DEFAULT_MEDIA_BURST_MS = 5_000;

/** Default backoff of reconnections: 1 s, 2 s, 4 s... up to 5 minutes. */
export const DEFAULT_BACKOFF: Backoff = { initialMs: 1000, maxMs: 5 * 60_000 };

/** What the adapter needs besides the runtime; `now` (milliseconds) and `backoff` are injectable for tests. */
export interface AdapterOptions {
  client: WhatsAppClient;
  /** Where its logs go; the runtime's logger when absent. */
  logger?: Logger;
  /** The LocalAuth folder, named in the operator's instructions. */
  authDir: string;
  /** Shows the pairing QR code to the operator (the terminal, in production). */
  showQr: (qr: string) => void;
  /** Tells staff when WhatsApp needs a person (a new pairing); the runtime's staff desk (`staff.alert`) when absent. */
  alertStaff?: AlertStaff;
  /** Reconnection delays. */
  backoff?: Backoff;
  /** How hard to try to deliver each reply (DEFAULT_SEND_POLICY for what is not given). */
  send?: Partial<SendPolicy>;
  /** Most sends per second, all chats together (DEFAULT_SENDS_PER_SECOND). */
  sendsPerSecond?: number;
  /** Media this soon after the chat's previous media get no answer of their own (an album: DEFAULT_MEDIA_BURST_MS). */
  mediaBurstMs?: number;
  /** The host's clock (ms), for the age of messages. */
  now?: () => number;
  /** Older messages are not answered (DEFAULT_MAX_MESSAGE_AGE_MS when absent); a few seconds of grace are added. */
  maxMessageAgeMs?: number;
  /** Longest wait for in-flight sends and for the browser to close on shutdown. */
  stopTimeoutMs?: number;
  /** Longest wait for `ready` after a start or `authenticated` before the browser is restarted (DEFAULT_READY_TIMEOUT_MS). */
  readyTimeoutMs?: number;
  /**
   * Moves what the store holds under a citizen's phone-number address to their LID, the first time both are
   * known (conversations were keyed on the phone number before). The runtime's `rekey` when absent.
   */
  rekey?: Rekey;
}

/** Runs the WhatsApp channel on one client. `start(runtime)` once, `stop()` on shutdown. */
export class WhatsAppAdapter implements ChannelAdapter {
  readonly name = WHATSAPP;
  private readonly opts: AdapterOptions;
  private log: Logger;
  private runtime: ChannelRuntime | undefined;
  private readonly now: () => number;
  private readonly backoff: Backoff;
  private readonly stopTimeoutMs: number;
  private readonly maxMessageAgeMs: number;
  private connection: Connection | undefined;
  private stopping = false;
  private stopped: Promise<void> | undefined;
  /** Message ids being handled right now: a second delivery during that time is dropped at once. */
  private readonly inFlight = new Set<string>();
  /** Every message being handled or answered, for shutdown. */
  private readonly work = new InFlight();
  /** Replies go out one message at a time per citizen, so the answers to two quick messages never interleave. */
  private readonly chats = new KeyedLock();
  /** Messages of one address reach the runtime in arrival order, although finding the sender's LID takes a moment. */
  private readonly arrivals = new KeyedLock();
  private identities: Identities | undefined;
  private readonly sender: Sender;
  private readonly bursts: MediaBursts;

  constructor(opts: AdapterOptions) {
    this.opts = opts;
    this.log = (opts.logger ?? silentLogger).child({ channel: WHATSAPP });
    this.now = opts.now ?? Date.now;
    this.backoff = opts.backoff ?? DEFAULT_BACKOFF;
    this.stopTimeoutMs = opts.stopTimeoutMs ?? 10_000;
    this.maxMessageAgeMs = opts.maxMessageAgeMs ?? DEFAULT_MAX_MESSAGE_AGE_MS;
    this.bursts = new MediaBursts(opts.mediaBurstMs ?? DEFAULT_MEDIA_BURST_MS);
    const pacer = new Pacer(opts.sendsPerSecond ?? DEFAULT_SENDS_PER_SECOND);
    this.sender = new Sender(opts.client, { ...DEFAULT_SEND_POLICY, ...opts.send }, this.work.signal, pacer);
  }

  /** Subscribes to the client's events and starts connecting in the background (pairing may take minutes). */
  async start(runtime: ChannelRuntime): Promise<void> {
    this.runtime = runtime;
    if (!this.opts.logger) this.log = runtime.logger.child({ channel: WHATSAPP });
    const { client, authDir, showQr, readyTimeoutMs = DEFAULT_READY_TIMEOUT_MS } = this.opts;
    this.identities = new Identities((ids) => client.getContactLidAndPhone(ids), this.opts.rekey ?? ((from, to) => this.moveToLid(runtime, from, to)));
    this.connection = new Connection({
      client,
      log: this.log,
      authDir,
      showQr,
      backoff: this.backoff,
      stopTimeoutMs: this.stopTimeoutMs,
      readyTimeoutMs,
      alertStaff: this.opts.alertStaff ?? ((report) => runtime.staff.alert(report)),
    });
    client.on('message', (message) => this.onMessage(message));
    this.connection.start();
  }

  /** The default rekey: the runtime moves the citizen's stored conversation, under pseudonyms only. */
  private async moveToLid(runtime: ChannelRuntime, phone: string, lid: string): Promise<void> {
    const moved = await runtime.rekey(WHATSAPP, phone, lid);
    if (moved.sessions > 0 || moved.requests > 0) this.log.info({ user: this.userKey(lid), ...moved }, 'whatsapp: conversation moved from the phone number to the LID');
  }

  /** Up while WhatsApp is connected and answering, and the adapter is not stopping. */
  health(): Health {
    if (this.stopping || !this.connection) return { ok: false, reason: 'O canal do WhatsApp não está rodando (parando ou não iniciado).' };
    return this.connection.ready ? { ok: true } : { ok: false, reason: 'O WhatsApp não está conectado (pareando, reconectando ou esperando a leitura do QR code): veja o log.' };
  }

  /** Resolves when every reply accepted so far has been sent (or has failed). */
  idle(): Promise<void> {
    return this.work.idle();
  }

  /** Stops taking messages, lets in-flight sends finish, cancels reconnection and closes the browser. */
  stop(): Promise<void> {
    this.stopped ??= this.shutdown();
    return this.stopped;
  }

  private async shutdown(): Promise<void> {
    this.stopping = true;
    this.connection?.halt();
    // Destroying the client below makes what is still waiting fail, so there is nothing to unwind.
    await this.work.drain(this.stopTimeoutMs, { unwindMs: 0, onGiveUp: () => this.log.warn({}, 'whatsapp: some replies were still being sent at shutdown') });
    await this.connection?.close();
    this.log.info({}, 'whatsapp client destroyed');
  }

  private onMessage(message: WhatsAppMessage): void {
    const runtime = this.runtime;
    const identities = this.identities;
    if (this.stopping || !runtime || !identities) return;
    const skip = skipReason(message, { now: this.now(), maxAgeMs: this.maxMessageAgeMs });
    if (skip) {
      this.log.debug({ skip }, 'whatsapp message ignored');
      return;
    }
    const dedup = dedupKey(message);
    if (this.inFlight.has(dedup)) {
      this.log.debug({ skip: 'in_flight' }, 'whatsapp message ignored');
      return;
    }
    const incoming = parseMessage(message);
    if (!incoming) {
      this.log.debug({ skip: 'unsupported', type: message.type }, 'whatsapp message ignored');
      return;
    }
    const address = message.from;
    if (this.bursts.continues(address, this.now(), incoming.kind === 'media')) {
      this.log.debug({ skip: 'media_burst', type: message.type }, 'whatsapp message ignored');
      return;
    }
    this.inFlight.add(dedup);
    const context: LogFields = { user: this.userKey(address) };
    let citizen = address;
    // The runtime keeps each citizen's messages in order from the moment `handle` is called, and stores the dedup
    // key before answering, so a redelivery finds it. Finding the LID comes first, in arrival order per address.
    const arrival = this.arrivals.run(address, async () => {
      const { identity, failed } = await identities.resolve(address);
      citizen = identity.key;
      context.user = this.userKey(citizen);
      if (failed?.stage === 'lookup') this.log.warn({ ...context, ...errorFields(failed.error) }, 'whatsapp: LID not found; this citizen is keyed on the address they wrote from for now');
      if (failed?.stage === 'move') this.log.warn({ ...context, ...errorFields(failed.error) }, 'whatsapp: what was stored under the phone number could not be moved to the LID; trying again on the next message');
      return { key: identity.key, handled: runtime.handle(WHATSAPP, identity.key, incoming, dedup) };
    });
    const task = withBoundary(
      async () => {
        const { key, handled } = await arrival;
        // Replies go to the address the message came from: that chat exists on the phone.
        await this.chats.run(key, async () => {
          const h = await handled;
          if (h.skipped) this.log.debug({ skip: h.skipped }, 'whatsapp message not answered in full');
          if (h.replies.length > 0) await this.send(address, renderReplies(h.replies), context);
        });
      },
      {
        log: this.log,
        context,
        message: 'whatsapp reply failed',
        describe: errorFields,
        apologise: () => this.chats.run(citizen, () => this.send(address, renderReplies([apology]), context)),
      },
    ).finally(() => this.inFlight.delete(dedup));
    void this.work.track(task);
  }

  /** Delivers one reply; a part that could not be delivered is logged, and the reply is not taken as sent. */
  private async send(address: string, texts: readonly string[], context: LogFields): Promise<Delivery> {
    const delivery = await this.sender.deliver(address, texts);
    if (delivery.status === 'failed') {
      const { reason, sent, parts, error } = delivery;
      this.log.error({ ...context, reason, sent, parts, ...(error !== undefined ? errorFields(error) : {}) }, 'whatsapp reply not delivered');
    }
    return delivery;
  }

  private userKey(chatId: string): string {
    return logUserKey(this.runtime, WHATSAPP, chatId);
  }
}

const apology: Reply = { text: copy.apology };

/**
 * An error as it may be logged: errors from the page can quote the chat id, which may be a phone number, so long
 * runs of digits are masked.
 */
function errorFields(err: unknown): LogFields {
  const error = err instanceof Error ? err : new Error(String(err));
  const mask = (text: string | undefined): string | undefined => text?.replace(/\d{6,}/g, '######');
  return { err: { type: error.name, message: mask(error.message), stack: mask(error.stack) } };
}
