// The official WhatsApp channel (Cloud API): a signed webhook in, the conversation runtime, Graph API sends out.
// Each message runs inside the channel's error boundary; replies to one citizen go out in order.
import { KeyedLock } from '../../core/lock.ts';
import { AtendeError, ConfigError } from '../../core/errors.ts';
import { type Logger, silentLogger } from '../../core/logger.ts';
import { copy } from '../../conversation/text.ts';
import type { Reply } from '../../conversation/types.ts';
import { logUserKey, withBoundary } from '../shared/boundary.ts';
import type { Health } from '../shared/health.ts';
import { InFlight } from '../shared/inflight.ts';
import type { ChannelAdapter, ChannelRuntime } from '../types.ts';
import { BoundedMap } from '../shared/bounded.ts';
import { MediaBursts } from '../shared/burst.ts';
import { type Address, GraphClient, GraphError, type RetryPolicy } from './graph.ts';
import { type Citizen, type MessageEvent, type StatusEvent, parseWebhook } from './parse.ts';
import { type OutgoingMessage, renderReplies } from './render.ts';
import { type HttpServer, type RouteHandler, startHttpServer } from './server.ts';
import { WEBHOOK_PATH, webhookRoute } from './webhook.ts';
import { CustomerWindows, WINDOW_MS } from './window.ts';

/** The channel's name in sessions and statistics: analysts compare channels, not transports. */
export const WHATSAPP = 'whatsapp';

/** Prefix of the dedup key of a message: its wamid. */
export const DEDUP_PREFIX = 'wa-cloud:';

/** The part of the configuration this channel reads (WHATSAPP_CLOUD_*). */
export interface WhatsAppCloudSettings {
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  apiRoot: string;
  apiVersion: string;
  webhook: { host: string; port: number };
}

/** Replaceable parts and bounds, for tests. */
export interface WhatsAppCloudOptions {
  /** Where its logs go; the runtime's logger when absent. */
  logger?: Logger;
  now?: () => number;
  retry?: Partial<RetryPolicy>;
  random?: () => number;
  /** Longest wait for replies in flight at shutdown. */
  stopTimeoutMs?: number;
  /** Longest wait for a POST's messages to be stored before answering 503. */
  ackWithinMs?: number;
  maxBodyBytes?: number;
  /** Check the token and number id against the Graph API at start (default true). */
  checkOnStart?: boolean;
}

/** Failed deliveries so far (failed statuses and refused sends), by Graph error code. */
export interface DeliveryFailures {
  total: number;
  byCode: Record<string, number>;
}

/** Meta's payloads are at most 3 MB; a little more is allowed, anything larger is refused with 413. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Answer Meta within this, or 503 so that it delivers again (see webhook.ts). */
const ACK_WITHIN_MS = 10_000;

const START_CHECK_MS = 10_000;

/** Media messages of one citizen at most this far apart (Meta's timestamps) are one burst (an album). */
const MEDIA_BURST_MS = 10_000;

// Meta refused an interactive message as malformed: a limit counted differently than ours.
const INVALID_PARAMETER = new Set([100, 131008, 131009]);

/** The Cloud API channel adapter. `start(runtime)` once, `stop()` on shutdown. */
export class WhatsAppCloudAdapter implements ChannelAdapter {
  readonly name = WHATSAPP;
  private log: Logger;
  private runtime: ChannelRuntime | undefined;
  private graph: GraphClient | undefined;
  private server: HttpServer | undefined;
  private readonly now: () => number;
  private stopping = false;
  private stopped: Promise<void> | undefined;
  /** Every reply being sent, for shutdown; its signal stops retries. */
  private readonly work = new InFlight();
  /** Replies to one citizen go out one message at a time, in the order the messages came. */
  private readonly chats = new KeyedLock();
  private readonly windows = new CustomerWindows();
  private readonly bursts = new MediaBursts(MEDIA_BURST_MS);
  /** Which citizen each sent message went to, so that its statuses are logged under the same pseudonym. */
  private readonly sentTo = new BoundedMap<string, string>(50_000);
  /** Failed statuses already counted (Meta may deliver a status twice). */
  private readonly failedSeen = new BoundedMap<string, true>(10_000);
  private readonly failures: DeliveryFailures = { total: 0, byCode: {} };

  constructor(
    private readonly settings: WhatsAppCloudSettings,
    private readonly options: WhatsAppCloudOptions = {},
  ) {
    this.log = (options.logger ?? silentLogger).child({ channel: WHATSAPP, transport: 'cloud' });
    this.now = options.now ?? Date.now;
  }

  /** The webhook server's local address, once started. */
  get webhook(): { host: string; port: number } | undefined {
    return this.server ? { host: this.server.host, port: this.server.port } : undefined;
  }

  /** Serves another path on the webhook's server (a health check), once started. */
  mount(path: string, handler: RouteHandler): void {
    if (!this.server) throw new AtendeError('WHATSAPP_CLOUD', 'Start the WhatsApp Cloud API channel before mounting routes on its server.');
    this.server.mount(path, handler);
  }

  /** Up while its webhook server listens and it is not stopping. */
  health(): Health {
    return this.server && !this.stopping ? { ok: true } : { ok: false, reason: 'O webhook do WhatsApp (Cloud API) não está recebendo mensagens (parando ou não iniciado).' };
  }

  /** Failed deliveries counted since start, by Graph error code (for the health check and analysts). */
  deliveryFailures(): DeliveryFailures {
    return { total: this.failures.total, byCode: { ...this.failures.byCode } };
  }

  /** Checks the token, then listens for Meta's webhook. Rejects with a ConfigError when the settings are wrong. */
  async start(runtime: ChannelRuntime): Promise<void> {
    if (this.runtime) throw new AtendeError('WHATSAPP_CLOUD', 'The WhatsApp Cloud API channel is already started.');
    this.runtime = runtime;
    if (!this.options.logger) this.log = runtime.logger.child({ channel: WHATSAPP, transport: 'cloud' });
    this.graph = new GraphClient(this.settings, {
      ...(this.options.retry ? { retry: this.options.retry } : {}),
      ...(this.options.random ? { random: this.options.random } : {}),
      onRetry: ({ attempt, delayMs, error }) => this.log.info({ ...error.fields(), attempt, delayMs: Math.round(delayMs) }, 'whatsapp cloud send will be retried'),
    });
    if (this.options.checkOnStart !== false) await this.checkToken(this.graph);
    const { host, port } = this.settings.webhook;
    this.server = await startHttpServer({ host, port, logger: this.log, variables: 'WHATSAPP_CLOUD_WEBHOOK_PORT or WHATSAPP_CLOUD_WEBHOOK_HOST' });
    this.server.mount(
      WEBHOOK_PATH,
      webhookRoute({
        verifyToken: this.settings.verifyToken,
        appSecret: this.settings.appSecret,
        maxBodyBytes: this.options.maxBodyBytes ?? MAX_BODY_BYTES,
        ackWithinMs: this.options.ackWithinMs ?? ACK_WITHIN_MS,
        logger: this.log,
        deliver: (body) => this.deliver(body),
        stopping: () => this.stopping,
      }),
    );
    this.log.info({ host: this.server.host, port: this.server.port, path: WEBHOOK_PATH, apiVersion: this.settings.apiVersion }, 'whatsapp cloud webhook listening');
  }

  /** Resolves when every reply accepted so far has been sent (or has failed). */
  idle(): Promise<void> {
    return this.work.idle();
  }

  /** Stops taking POSTs, lets replies in flight finish (bounded), closes the server. Idempotent. */
  stop(): Promise<void> {
    this.stopped ??= this.shutdown();
    return this.stopped;
  }

  private async shutdown(): Promise<void> {
    this.stopping = true;
    const closed = this.server?.close();
    await this.work.drain(this.options.stopTimeoutMs ?? 10_000, {
      unwindMs: 2_000,
      onGiveUp: (left) => this.log.warn({ left }, 'whatsapp cloud: some replies were still being sent at shutdown'),
    });
    this.server?.destroy();
    await closed;
    this.log.info({}, 'whatsapp cloud stopped');
  }

  private async checkToken(graph: GraphClient): Promise<void> {
    try {
      await graph.checkNumber(AbortSignal.timeout(START_CHECK_MS));
    } catch (err) {
      if (err instanceof GraphError && (err.status === 401 || err.graphCode === 190)) {
        throw new ConfigError('Meta refused WHATSAPP_CLOUD_ACCESS_TOKEN (expired, revoked or mistyped): generate a system user token with the whatsapp_business_messaging permission (see docs/whatsapp.md).');
      }
      if (err instanceof GraphError && err.graphCode === 100 && err.subcode === 33) {
        throw new ConfigError('WHATSAPP_CLOUD_PHONE_NUMBER_ID names no number this token can use: copy the "Phone number ID" from WhatsApp > API Setup in the Meta app (not the phone number itself).');
      }
      const fields = err instanceof GraphError ? err.fields() : { error: err instanceof Error ? err.name : String(err) };
      this.log.warn(fields, 'whatsapp cloud: the token could not be checked at start-up; starting anyway');
    }
  }

  /** Takes one verified webhook body; resolves once its messages are stored. */
  private async deliver(body: unknown): Promise<void> {
    const { events, skipped } = parseWebhook(body, this.settings.phoneNumberId);
    if (skipped > 0) this.log.warn({ skipped }, 'whatsapp cloud webhook entries not understood');
    const stored: Promise<unknown>[] = [];
    for (const event of events) {
      if (event.kind === 'message') this.onMessage(event, stored);
      else this.onStatus(event);
    }
    await Promise.all(stored);
  }

  private onMessage(e: MessageEvent, stored: Promise<unknown>[]): void {
    const runtime = this.runtime;
    if (!runtime) return;
    const user = this.userKey(e.citizen.id);
    this.windows.seen(user, e.at);
    const incoming = e.incoming;
    if (!incoming) {
      this.log.debug({ type: e.type, user }, 'whatsapp cloud message ignored');
      return;
    }
    const quiet = this.bursts.continues(user, e.at, incoming.kind === 'media');
    // Handled at once: the runtime keeps each citizen's messages in order and stores the wamid with the turn,
    // before it resolves; the replies then wait for the earlier ones of the same citizen.
    const handled = runtime.handle(WHATSAPP, e.citizen.id, incoming, `${DEDUP_PREFIX}${e.wamid}`);
    stored.push(handled);
    const task = withBoundary(
      () =>
        this.chats.run(user, async () => {
          const h = await handled;
          if (h.skipped) this.log.debug({ skip: h.skipped, user }, 'whatsapp cloud message not answered in full');
          if (quiet) {
            this.log.debug({ user }, 'whatsapp cloud media burst: answered once');
            return;
          }
          if (h.replies.length > 0) await this.sendReplies(e.citizen, user, h.replies);
        }),
      {
        log: this.log,
        context: { user },
        message: 'whatsapp cloud reply failed',
        describe: (err) => (err instanceof GraphError ? err.fields() : { err }),
        apologise: () => this.chats.run(user, () => this.sendReplies(e.citizen, user, [{ text: copy.apology }])),
      },
    );
    void this.work.track(task);
  }

  private onStatus(s: StatusEvent): void {
    const user = this.sentTo.get(s.wamid) ?? (s.citizenId !== undefined ? this.userKey(s.citizenId) : undefined);
    if (s.status !== 'failed') {
      this.log.debug({ status: s.status, user }, 'whatsapp cloud message status');
      return;
    }
    const codes = s.errors.map((e) => e.code);
    if (this.failedSeen.get(s.wamid) === undefined) {
      this.failedSeen.set(s.wamid, true);
      this.countFailure(codes[0]);
    }
    this.log.warn({ event: 'whatsapp_delivery_failed', user, codes, titles: s.errors.map((e) => e.title) }, 'whatsapp cloud message not delivered');
  }

  private countFailure(code: number | undefined): void {
    const key = code === undefined ? 'unknown' : String(code);
    this.failures.total++;
    this.failures.byCode[key] = (this.failures.byCode[key] ?? 0) + 1;
  }

  /** Sends the replies of one turn in order; stops at the first message that cannot be sent. */
  private async sendReplies(citizen: Citizen, user: string, replies: readonly Reply[]): Promise<void> {
    const address: Address = citizen.phone !== undefined ? { to: citizen.phone } : { recipient: citizen.bsuid ?? citizen.id };
    for (const rendered of renderReplies(replies)) {
      for (const [i, message] of rendered.messages.entries()) {
        const fallback = i === rendered.messages.length - 1 ? rendered.fallback : undefined;
        // The rest of an answer would make no sense without the part that failed.
        if (!(await this.sendOne(address, user, message, fallback))) return;
      }
    }
  }

  private async sendOne(address: Address, user: string, message: OutgoingMessage, fallback?: readonly OutgoingMessage[]): Promise<boolean> {
    const graph = this.graph;
    if (!graph) return false;
    const now = this.now();
    if (!this.windows.isOpen(user, now)) {
      const last = this.windows.lastAt(user);
      this.log.warn(
        { user, hoursSinceLastMessage: last === undefined ? undefined : Math.round(((now - last) / 3_600_000) * 10) / 10, windowHours: WINDOW_MS / 3_600_000 },
        'whatsapp cloud reply not sent: the 24-hour customer service window is closed (Meta only accepts templates then, and Atende sends none)',
      );
      return false;
    }
    try {
      const wamid = await graph.send(address, message, this.work.signal);
      if (wamid !== '') this.sentTo.set(wamid, user);
      return true;
    } catch (err) {
      if (this.work.signal.aborted) {
        this.log.warn({ user }, 'whatsapp cloud reply abandoned at shutdown');
        return false;
      }
      if (!(err instanceof GraphError)) throw err;
      if (fallback && message.type === 'interactive' && err.graphCode !== undefined && INVALID_PARAMETER.has(err.graphCode)) {
        this.log.warn({ ...err.fields(), user, interactive: message.interactive.type }, 'whatsapp cloud interactive message refused as invalid; sent as numbered text instead');
        for (const m of fallback) if (!(await this.sendOne(address, user, m))) return false;
        return true;
      }
      this.countFailure(err.graphCode);
      this.logSendFailure(err, user);
      return false;
    }
  }

  private logSendFailure(err: GraphError, user: string): void {
    const fields = { ...err.fields(), user, event: 'whatsapp_delivery_failed' };
    if (err.status === 401 || err.graphCode === 190) {
      this.log.error(fields, 'whatsapp cloud send refused: WHATSAPP_CLOUD_ACCESS_TOKEN expired or was revoked; generate a new system user token');
    } else if (err.graphCode === 131047) {
      this.log.warn(fields, 'whatsapp cloud send refused by Meta: more than 24 hours since the citizen wrote (re-engagement needs a template)');
    } else if (err.kind !== 'client') {
      this.log.error(fields, 'whatsapp cloud send failed after retries');
    } else {
      this.log.error(fields, 'whatsapp cloud send refused');
    }
  }

  private userKey(citizenId: string): string {
    return logUserKey(this.runtime, WHATSAPP, citizenId);
  }
}
