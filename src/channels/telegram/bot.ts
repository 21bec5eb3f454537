// The grammY bot of Atende: middleware and handlers, independent of how updates arrive (polling or webhook).
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type Context, type Transformer } from 'grammy';
import { formatIssue } from '../../catalogue/load.ts';
import type { Logger } from '../../core/logger.ts';
import { copy } from '../../conversation/text.ts';
import type { Incoming, Reply } from '../../conversation/types.ts';
import { withBoundary } from '../shared/boundary.ts';
import { InFlight } from '../shared/inflight.ts';
import { isStaff, rejectedReloadNote, runStaffCommand, STAFF_COMMANDS, type StaffReport } from '../shared/staff.ts';
import type { ChannelRuntime } from '../types.ts';
import { groupNote, openPrivateChat } from './copy.ts';
import { isBlocked, summarizeError } from './errors.ts';
import { GroupNotes } from './groups.ts';
import { grammyFetch } from './http.ts';
import { dedupKey, parseCallbackData, parseCommand, parseMessage } from './parse.ts';
import { escapeHtml, renderVerbatim, shouldEdit } from './render.ts';
import { apiSignal, deliver, sendRendered, type Target } from './send.ts';
import { isHandledUpdate } from './validate.ts';

/** The channel name stored with sessions and statistics. */
export const CHANNEL = 'telegram';

/** The Telegram part of the configuration (TELEGRAM_* and STAFF_TELEGRAM_IDS). */
export interface TelegramSettings {
  token: string;
  apiRoot?: string;
  webhook?: { url: string; secret?: string; port: number; host: string };
  /** Telegram user ids allowed to run staff commands. */
  staffIds: readonly string[];
}

/** Tuning knobs; the defaults suit production, tests shorten some of them. */
export interface TelegramOptions {
  /** Long-polling timeout of getUpdates, in seconds. */
  pollTimeoutSeconds?: number;
  /** The longest pause after a getUpdates call that brought few updates, in ms (batches updates under load). */
  pollPauseMs?: number;
  /** Updates handled at once in polling mode (see UPDATE_CONCURRENCY in index.ts). */
  updateConcurrency?: number;
  /** Updates of one chat at once in long polling, beyond which they are dropped: the rate limit plus one (default 21). */
  chatQueueCap?: number;
  /** How long stop() lets in-flight updates finish before it aborts their pending retries, in ms. */
  shutdownGraceMs?: number;
}

/** A configured bot plus the hooks the channel needs to run and stop it. */
export interface TelegramBot {
  bot: Bot;
  logger: Logger;
  /** Resolves when no update (and no staff notice) is being handled. */
  idle(): Promise<void>;
  /**
   * Stops new work from starting, waits up to `graceMs` for in-flight updates, then aborts what still
   * waits on Telegram (retries after 429 or network errors) and waits for it to unwind.
   */
  drain(graceMs?: number): Promise<void>;
  /** Sends the replies a previous process stored but had not sent (killed meanwhile); in the background, tracked. */
  resendPending(): void;
}

/** Replies sent again per start at most (older ones are dropped from the outbox unsent: a day-old answer helps nobody). */
const RESEND_LIMIT = 500;

/** Logs every failed Bot API attempt (installed inside auto-retry, so each retried attempt is seen). */
function logFailures(logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok) {
        logger.warn({ method, code: result.error_code, description: result.description, retryAfter: result.parameters?.retry_after }, 'Bot API call failed');
      }
      return result;
    } catch (err) {
      if (!signal?.aborted) logger.warn({ method, error: summarizeError(err) }, 'Bot API call failed');
      throw err;
    }
  };
}

/** Builds the bot with every handler installed. Does not contact Telegram until started. */
export function createTelegramBot(runtime: ChannelRuntime, tg: TelegramSettings, options: TelegramOptions = {}): TelegramBot {
  const logger = runtime.logger.child({ channel: CHANNEL });
  // grammY refuses an apiRoot with a trailing slash; people paste URLs with one.
  const apiRoot = tg.apiRoot?.replace(/\/+$/, '');
  // A lean HTTP client instead of node-fetch: every reply is one API call, so its cost is paid per message.
  const bot = new Bot(tg.token, { client: { ...(apiRoot ? { apiRoot } : {}), fetch: grammyFetch } });
  bot.api.config.use(logFailures(logger));
  // Telegram's 429 (retry_after) and network errors are retried; a flood wait longer than 5 minutes is given up.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 300 }));

  const work = new InFlight();
  const shutdown = work.signal;
  const track = <T>(task: Promise<T>): Promise<T> => work.track(task);
  const target = (chatId: number): Target => ({ api: bot.api, chatId, signal: shutdown });
  const groups = new GroupNotes(runtime);
  let ownReloads = 0;
  let lastRejected: string | undefined;

  const userKey = (ctx: Context): string | undefined => (ctx.from ? runtime.userKey(CHANNEL, String(ctx.from.id)) : undefined);

  async function sendReport(chatId: number, report: StaffReport): Promise<void> {
    await sendRendered(target(chatId), renderVerbatim(report.title, report.lines));
  }

  /** Marks outbox entries sent; a failure only means they are sent again after a restart. */
  async function markSent(ids: readonly string[]): Promise<void> {
    try {
      await runtime.outbox?.sent(ids);
    } catch (err) {
      logger.warn({ err }, 'replies sent, but not marked sent: a restart may send them again');
    }
  }

  /** Delivers stored replies, then marks them sent; kept for the next start only when a shutdown cut the send short. */
  async function deliverStored(chatId: number, replies: Reply[], outboxId: string | undefined, edit?: number): Promise<void> {
    try {
      await deliver(target(chatId), replies, edit);
    } catch (err) {
      if (outboxId !== undefined && !shutdown.aborted) await markSent([outboxId]);
      throw err;
    }
    if (outboxId !== undefined) await markSent([outboxId]);
  }

  async function converse(ctx: Context, chatId: number, userId: number, incoming: Incoming, pressedMessageId?: number): Promise<void> {
    // The replies are stored with the turn (the outbox) and marked sent once Telegram took them.
    const handled = await runtime.handle(CHANNEL, String(userId), incoming, dedupKey(ctx.update.update_id), runtime.outbox ? String(chatId) : undefined);
    if (handled.skipped) logger.debug({ updateId: ctx.update.update_id, skipped: handled.skipped }, 'update not answered in full');
    const edit = pressedMessageId !== undefined && incoming.kind === 'option' && shouldEdit(incoming.id, handled.replies) ? pressedMessageId : undefined;
    await deliverStored(chatId, handled.replies, handled.outboxId, edit);
  }

  async function resend(): Promise<void> {
    const outbox = runtime.outbox;
    if (!outbox) return;
    const pending = await outbox.pending(CHANNEL, RESEND_LIMIT);
    if (pending.length > 0) logger.info({ replies: pending.length }, 'sending replies stored but not sent before the last stop');
    for (const entry of pending) {
      if (shutdown.aborted) return;
      const chatId = Number(entry.address);
      // Oldest first. Started before updates are fetched, but not awaited: after a crash, a new message of the
      // same chat may rarely be answered before its stored reply goes out.
      await withBoundary(() => deliverStored(chatId, entry.replies, entry.id), {
        log: logger,
        context: { outboxId: entry.id },
        message: 'stored reply could not be sent',
        describe: (err) => ({ error: summarizeError(err) }),
        expected: (err) => (isBlocked(err) ? 'citizen cannot be reached (bot blocked or account deleted)' : undefined),
      });
    }
  }

  async function runStaff(name: string, chatId: number): Promise<void> {
    // A reload asked for here is answered here; the listener below only tells staff about the watcher's reloads.
    if (name === 'recarregar') ownReloads++;
    let outcome;
    try {
      outcome = await runStaffCommand(name, runtime.staff);
    } finally {
      if (name === 'recarregar') ownReloads--;
    }
    if (outcome.reload) logger.info({ ok: outcome.reload.ok, services: outcome.reload.services, errors: outcome.reload.errors.length }, 'catalogue reload requested by staff');
    await sendReport(chatId, outcome.report);
  }

  // 1. Every update is tracked, so that shutdown can wait for it.
  bot.use((_ctx, next) => track(next()));

  // 1b. Updates of other kinds, or with fields of the wrong type, are dropped before any handler runs.
  bot.use((ctx, next) => {
    if (isHandledUpdate(ctx.update)) return next();
    logger.debug({ updateId: ctx.update.update_id }, 'update ignored: not a kind Atende handles, or malformed');
    return undefined;
  });

  // 2. One boundary per update: log with context, apologise, and never let one chat stop the bot.
  bot.use((ctx, next) => {
    const chat = ctx.chat;
    return withBoundary(next, {
      log: logger,
      context: { updateId: ctx.update.update_id, chatType: chat?.type, user: userKey(ctx) },
      message: 'update failed; apologising to the citizen',
      describe: (err) => ({ error: summarizeError(err) }),
      expected: (err) => (isBlocked(err) ? 'citizen cannot be reached (bot blocked or account deleted)' : undefined),
      apologise:
        chat?.type === 'private'
          ? async () => {
              if (!shutdown.aborted) await bot.api.sendMessage(chat.id, escapeHtml(copy.apology), { parse_mode: 'HTML' }, apiSignal(shutdown));
            }
          : undefined,
    });
  });

  // 3. Stop a pressed button's spinner at once, before the press waits its turn in the chat's queue.
  //    Not awaited: awaiting here would let a later message of the same chat overtake the press.
  bot.on('callback_query', (ctx, next) => {
    const answer = bot.api.answerCallbackQuery(ctx.callbackQuery.id, undefined, apiSignal(shutdown)).catch((err: unknown) => {
      logger.debug({ updateId: ctx.update.update_id, error: summarizeError(err) }, 'callback query not answered');
    });
    void track(answer);
    return next();
  });

  // 4. In order within a chat, in parallel across chats.
  bot.use(sequentialize((ctx: Context) => (ctx.chat ? String(ctx.chat.id) : ctx.from ? `user:${ctx.from.id}` : undefined)));

  const privateChats = bot.chatType('private');

  privateChats.on('message', async (ctx) => {
    const message = ctx.message;
    const command = message.text !== undefined ? parseCommand(message.text) : undefined;
    if (command && STAFF_COMMANDS.has(command.name) && isStaff(tg.staffIds, ctx.from.id)) {
      await runStaff(command.name, ctx.chat.id);
      return;
    }
    const incoming = parseMessage(message);
    if (!incoming) return;
    await converse(ctx, ctx.chat.id, ctx.from.id, incoming);
  });

  privateChats.on('callback_query:data', async (ctx) => {
    const query = ctx.callbackQuery;
    await converse(ctx, ctx.chat.id, ctx.from.id, parseCallbackData(query.data), query.message?.message_id);
  });

  // Groups: one short note pointing to the private chat, the first time the bot sees (or joins) the group.
  bot.chatType(['group', 'supergroup']).on(['message', 'my_chat_member'], async (ctx) => {
    const joined = ctx.myChatMember?.new_chat_member.status;
    if (joined !== undefined && joined !== 'member' && joined !== 'administrator') return;
    if (!(await groups.firstTime(ctx.chat.id))) return;
    const username = bot.botInfo.username;
    logger.info({ updateId: ctx.update.update_id }, 'group noted: only private chats are served');
    await sendRendered(target(ctx.chat.id), [
      { html: escapeHtml(groupNote(username)), keyboard: { inline_keyboard: [[{ text: openPrivateChat, url: `https://t.me/${username}` }]] } },
    ]);
  });

  // The last resort; the boundary above already catches everything thrown by handlers.
  bot.catch((err) => {
    logger.error({ updateId: err.ctx.update.update_id, error: summarizeError(err.error) }, 'unhandled error in bot middleware');
  });

  // A rejected hot reload (a file saved with an error) is told to staff; the same errors only once in a row.
  runtime.staff.onCatalogueReload((result) => {
    if (shutdown.aborted || ownReloads > 0) return;
    if (result.ok) {
      lastRejected = undefined;
      return;
    }
    const key = result.errors.map(formatIssue).join('\n');
    if (key === lastRejected) return;
    lastRejected = key;
    for (const id of tg.staffIds) {
      void track(
        sendReport(Number(id), rejectedReloadNote(result)).catch((err: unknown) => {
          logger.warn({ error: summarizeError(err) }, 'staff could not be told about a rejected catalogue reload');
        }),
      );
    }
  });

  // Alerts from other channels (WhatsApp asks to pair again) go to every staff id; each failure is logged.
  async function alertStaff(report: StaffReport): Promise<void> {
    const sends = tg.staffIds.map((id) =>
      track(
        sendReport(Number(id), report).then(
          () => true,
          (err: unknown) => {
            logger.warn({ error: summarizeError(err) }, 'staff could not be told about an alert (has this staff id written to the bot?)');
            return false;
          },
        ),
      ),
    );
    const delivered = (await Promise.all(sends)).filter(Boolean).length;
    logger.info({ delivered, staff: tg.staffIds.length }, 'staff alert sent on Telegram');
  }
  const stopAlerts = tg.staffIds.length > 0 ? runtime.staff.onAlert(alertStaff) : () => undefined;

  async function drain(graceMs = options.shutdownGraceMs ?? 10_000): Promise<void> {
    stopAlerts();
    await work.drain(graceMs, { onGiveUp: (updates) => logger.warn({ updates }, 'aborting updates still waiting on Telegram at shutdown') });
  }

  return {
    bot,
    logger,
    idle: () => work.idle(),
    drain,
    resendPending: () => {
      void track(resend().catch((err: unknown) => logger.error({ err }, 'stored replies could not be read')));
    },
  };
}
