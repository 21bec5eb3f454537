// Telegram channel (grammY): starts the bot by long polling (@grammyjs/runner) or by webhook, and stops it gracefully.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GrammyError } from 'grammy';
import { AtendeError, ConfigError } from '../../core/errors.ts';
import type { Health } from '../shared/health.ts';
import { holdLease } from '../shared/lease.ts';
import type { ChannelAdapter, ChannelRuntime } from '../types.ts';
import { CHANNEL, type TelegramBot, type TelegramOptions, type TelegramSettings, createTelegramBot } from './bot.ts';
import { publicCommands, staffCommands } from './copy.ts';
import { summarizeError } from './errors.ts';
import { runPolling } from './polling.ts';
import { apiSignal } from './send.ts';
import { startWebhookServer } from './webhook.ts';

export { createTelegramBot, type TelegramBot, type TelegramOptions, type TelegramSettings } from './bot.ts';

/** Update types the bot acts on; the rest are not even fetched. */
const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

/**
 * Updates handled at once (the runner's default is 500). Handling is CPU work on one thread plus waits on the
 * Bot API; past what keeps the CPU busy, more updates in flight only hold memory: they live long enough to be
 * promoted to V8's old space. Under a flood (bench:load, saturation) peak RSS was ~310 MB with 500 or 200,
 * ~270–300 MB with 100 and ~185–210 MB with 64 or 50, at the same throughput. Even with Telegram's real round
 * trip (~150 ms from Brazil, one or two calls in a row per update) 64 allow ~250 updates/s, far above the
 * ~30 messages/s Telegram lets a bot send. The price: updates of one chat waiting for their turn (behind a
 * flood wait of that chat, say) also hold places, so one citizen forwarding ~60 messages at once can delay
 * everyone else until Telegram lets that chat through again.
 */
const UPDATE_CONCURRENCY = 64;

/** How long start-up may wait for the Bot API before it gives up with a clear message. */
const STARTUP_TIMEOUT_MS = 30_000;

/** Contacts Telegram (getMe). A refused token or an unreachable API root fails start-up with what to do. */
async function connect(t: TelegramBot, apiRoot: string): Promise<void> {
  try {
    await t.bot.init(apiSignal(AbortSignal.timeout(STARTUP_TIMEOUT_MS)));
  } catch (err) {
    if (err instanceof GrammyError && err.error_code === 401) {
      throw new ConfigError('Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather (/mybots → API Token).');
    }
    if (err instanceof GrammyError && err.error_code === 404) {
      throw new ConfigError(`The Bot API at ${apiRoot} answered 404: check TELEGRAM_API_ROOT (no /bot<token> at the end) and the token.`);
    }
    throw new AtendeError('TELEGRAM', `Could not reach the Telegram Bot API at ${apiRoot} within ${STARTUP_TIMEOUT_MS / 1000} s: check the network or TELEGRAM_API_ROOT.`, { cause: err });
  }
}

/** Registers the command menu (pt-BR); staff also see their commands. Best effort: a failure is logged, not fatal. */
async function registerCommands(t: TelegramBot, staffIds: readonly string[]): Promise<void> {
  const signal = apiSignal(AbortSignal.timeout(STARTUP_TIMEOUT_MS));
  try {
    await t.bot.api.setMyCommands(publicCommands, {}, signal);
  } catch (err) {
    t.logger.warn({ error: summarizeError(err) }, 'command menu not registered');
  }
  for (const id of staffIds) {
    try {
      await t.bot.api.setMyCommands([...publicCommands, ...staffCommands], { scope: { type: 'chat', chat_id: Number(id) } }, signal);
    } catch (err) {
      // Telegram only knows a chat after the person has written to the bot once.
      t.logger.debug({ error: summarizeError(err) }, 'staff command menu not registered for one staff id');
    }
  }
}

/** How the channel was started: long polling, or a webhook with its local address. */
type Started = { mode: 'polling' | 'webhook'; webhook?: { host: string; port: number }; stop: () => Promise<void>; up: () => boolean };

/** A handler for one more path on the webhook server. */
type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** The Telegram channel adapter: long polling, or a webhook when TELEGRAM_WEBHOOK_URL is set. */
export class TelegramAdapter implements ChannelAdapter {
  readonly name = CHANNEL;
  private started: Started | undefined;
  private bot: TelegramBot | undefined;
  private stopping: Promise<void> | undefined;
  private readonly routes = new Map<string, Route>();

  constructor(
    private readonly settings: TelegramSettings | undefined,
    private readonly options: TelegramOptions = {},
  ) {}

  /** "polling" or "webhook", once started. */
  get mode(): 'polling' | 'webhook' | undefined {
    return this.started?.mode;
  }

  /** The webhook server's local address, in webhook mode. */
  get webhook(): { host: string; port: number } | undefined {
    return this.started?.webhook;
  }

  /** Serves one more path (`/healthz`) on the webhook server, in webhook mode; call before start. */
  mount(path: string, handler: Route): void {
    this.routes.set(path, handler);
  }

  async start(runtime: ChannelRuntime): Promise<void> {
    if (this.started) throw new AtendeError('TELEGRAM', 'The Telegram channel is already started.');
    const tg = this.settings;
    if (!tg) throw new ConfigError('TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather (see docs/telegram.md).');
    this.bot = createTelegramBot(runtime, tg, this.options);
    this.started = await launch(this.bot, tg, this.options, runtime, this.routes);
  }

  health(): Health {
    if (!this.started || this.stopping) return { ok: false, reason: 'O canal do Telegram não está rodando (parando ou não iniciado).' };
    if (!this.started.up()) return { ok: false, reason: this.started.mode === 'polling' ? 'A busca de mensagens do Telegram (long polling) parou: veja o log.' : 'O servidor do webhook do Telegram não está escutando.' };
    return { ok: true };
  }

  /** Resolves when no update is being handled (tests and benchmarks wait on it). */
  async idle(): Promise<void> {
    await this.bot?.idle();
  }

  stop(): Promise<void> {
    this.stopping ??= this.started ? this.started.stop() : Promise.resolve();
    return this.stopping;
  }
}

/** Builds and starts the Telegram channel; rejects with a clear message when it cannot. */
export async function startTelegram(runtime: ChannelRuntime, settings: TelegramSettings | undefined, options: TelegramOptions = {}): Promise<TelegramAdapter> {
  const adapter = new TelegramAdapter(settings, options);
  await adapter.start(runtime);
  return adapter;
}

/** The running Telegram channel (kept as a name for tests and benchmarks). */
export type TelegramChannel = TelegramAdapter;

/** Connects, registers the commands, and takes updates by webhook or long polling. */
/** The lease name of one bot token's long polling: a digest, never the token itself. */
function pollingLease(token: string): string {
  return `telegram-polling:${createHash('sha256').update(token).digest('hex').slice(0, 16)}`;
}

/** Refusal of a second long-polling process on one database, in pt-BR for the operator, with an English line for logs. */
function pollingTaken(other: { holder: string; expiresAt: number }): AtendeError {
  const until = new Date(other.expiresAt).toISOString();
  return new AtendeError(
    'TELEGRAM_POLLING_TAKEN',
    `Outro processo do Atende já recebe as mensagens deste bot por long polling neste banco de dados (${other.holder}, concessão válida até ${until}). ` +
      'Só um processo pode fazer long polling por token: pare o outro, ou, para várias instâncias, use o modo webhook (TELEGRAM_WEBHOOK_URL) com PostgreSQL (veja docs/deploy.md). ' +
      `Se o outro processo morreu, a concessão expira sozinha em até 30 s. / Another Atende process is already long-polling this bot token on this database (${other.holder}, until ${until}): stop it, or use webhook mode for several instances.`,
  );
}

async function launch(t: TelegramBot, tg: TelegramSettings, options: TelegramOptions, runtime: ChannelRuntime, routes: ReadonlyMap<string, Route>): Promise<Started> {
  const { bot, logger } = t;
  await connect(t, tg.apiRoot ?? 'https://api.telegram.org');
  await registerCommands(t, tg.staffIds);
  // Replies a killed process had stored but not sent go out first (see the outbox in conversation/storage.ts).
  t.resendPending();

  if (tg.webhook) {
    const webhook = tg.webhook;
    const server = await startWebhookServer(bot, {
      host: webhook.host,
      port: webhook.port,
      path: new URL(webhook.url).pathname,
      secret: webhook.secret ?? '',
      logger,
      routes,
    });
    try {
      await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] }, apiSignal(AbortSignal.timeout(STARTUP_TIMEOUT_MS)));
    } catch (err) {
      server.destroy();
      await server.close();
      throw new AtendeError('TELEGRAM', `Telegram refused the webhook ${webhook.url}: ${summarizeError(err).message}. It must be a public https URL on port 443, 80, 88 or 8443.`, { cause: err });
    }
    logger.info({ mode: 'webhook', bot: bot.botInfo.username, port: server.port }, 'telegram started');
    return {
      mode: 'webhook',
      webhook: { host: server.host, port: server.port },
      up: () => server.listening,
      stop: async () => {
        // The webhook stays registered: Telegram keeps updates for us while we are down.
        const closed = server.close();
        await t.drain();
        server.destroy();
        await closed;
        logger.info({}, 'telegram stopped');
      },
    };
  }

  // One long-polling process per token and database: a second one would take updates from the first (409s, and
  // two processes answering). Held for as long as polling runs; see channels/shared/lease.ts.
  let stopPolling = (): void => undefined;
  const lease = await holdLease(runtime.leases, pollingLease(tg.token), { logger, refusal: pollingTaken, onLost: () => stopPolling() });
  // Polling and a webhook cannot coexist: remove a webhook left by an earlier deployment (updates are kept).
  try {
    await bot.api.deleteWebhook({ drop_pending_updates: false }, apiSignal(AbortSignal.timeout(STARTUP_TIMEOUT_MS)));
  } catch (err) {
    await lease.release();
    throw new AtendeError('TELEGRAM', `Could not switch the bot to long polling (deleteWebhook failed: ${summarizeError(err).message}). Check the network, or set TELEGRAM_WEBHOOK_URL to use a webhook.`, { cause: err });
  }
  // Confirms only handled updates, and caps each chat's share of the slots (see polling.ts).
  const handle = runPolling(bot, {
    timeoutSeconds: options.pollTimeoutSeconds ?? 30,
    allowedUpdates: ALLOWED_UPDATES,
    // Pause a little (at most 10 ms) after a poll that brought few updates, so that updates arriving together
    // come in one getUpdates call. Polling again at once cost almost one HTTP round trip per update at
    // 300–500 updates/s (0.9 getUpdates per update, against 0.2 with the pause).
    pauseMs: options.pollPauseMs ?? 10,
    concurrency: options.updateConcurrency ?? UPDATE_CONCURRENCY,
    logger,
    ...(options.chatQueueCap !== undefined ? { chatQueueCap: options.chatQueueCap } : {}),
  });
  stopPolling = () => void handle.stop();
  handle.task()?.catch((err: unknown) => {
    const hint = err instanceof GrammyError && err.error_code === 409 ? ' Another process is using this bot token (polling or webhook): stop it, then restart Atende.' : '';
    logger.error({ error: summarizeError(err) }, `telegram polling stopped.${hint}`);
  });
  logger.info({ mode: 'polling', bot: bot.botInfo.username }, 'telegram started');
  return {
    mode: 'polling',
    up: () => handle.isRunning(),
    stop: async () => {
      // Stop fetching first (aborts the pending getUpdates), then let the updates already fetched finish.
      await handle.stop();
      await t.drain();
      await handle.confirm();
      await lease.release();
      logger.info({}, 'telegram stopped');
    },
  };
}
