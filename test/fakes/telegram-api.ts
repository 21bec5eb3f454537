// A fake Telegram Bot API server on 127.0.0.1, shared by the Telegram tests, the crash test and the load benchmark.
// grammY's real HTTP client talks to it through `apiRoot` (TELEGRAM_API_ROOT). It records every call, serves
// getUpdates by long polling with offsets, keeps the messages the bot sent (with edits), validates what
// Telegram validates (HTML entities, 4096 characters, 64-byte callback data), and lets tests inject updates,
// 429 answers, network failures and held (slow) responses.
//
//   const fake = new FakeTelegramApi();
//   const { url } = await fake.start();              // TELEGRAM_API_ROOT=url, any token "123:ABC"
//   fake.pushText(42, 'oi');                         // a citizen with id 42 writes "oi"
//   const reply = await fake.waitForMessage(42, /Como posso ajudar/);
//   fake.pushPress(42, '📂 Ver serviços por categoria');
//   await fake.stop();
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BotCommand, CallbackQuery, Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update, User } from 'grammy/types';

/** The JSON parameters of one call. */
export type Payload = Record<string, unknown>;

/** One recorded Bot API call. `status` is 'pending' while it is held or waiting (long polling). */
export interface ApiCall {
  seq: number;
  method: string;
  payload: Payload;
  /** Date.now() when the request arrived. */
  at: number;
  status: 'pending' | 'ok' | 'error' | 'network';
  errorCode?: number;
  result?: unknown;
  /** For sendMessage and editMessageText: the message as this call left it. */
  sent?: SentMessage;
}

/** A Bot API error answer to inject. */
export interface ApiFailure {
  error_code: number;
  description: string;
  retry_after?: number;
}

/** A message the bot sent, as it reads now (after edits). */
export interface SentMessage {
  chatId: number;
  messageId: number;
  /** The text exactly as sent (HTML when parse_mode is HTML). */
  raw: string;
  /** The text as the citizen sees it: tags removed, entities decoded. */
  text: string;
  parseMode?: string;
  keyboard?: InlineKeyboardMarkup;
  edits: number;
}

/** A response gate: matching calls wait until `release()`. */
export interface Hold {
  /** Calls currently waiting on this hold. */
  readonly held: number;
  /** Resolves once at least `n` calls are waiting. */
  waitHeld(n?: number, timeoutMs?: number): Promise<void>;
  /** Lets every waiting call through; later calls are no longer held. */
  release(): void;
}

/** Options of the fake. */
export interface FakeOptions {
  /** Only this token is accepted (others get 401). Default: any token. */
  token?: string;
  botId?: number;
  botUsername?: string;
}

interface Waiter {
  offset: number;
  limit: number;
  call: ApiCall;
  res: ServerResponse;
  timer: NodeJS.Timeout;
}

interface Injected {
  method: string;
  failure: ApiFailure | 'network';
  when: (payload: Payload) => boolean;
  remaining: number;
}

interface HoldState {
  predicate: (call: ApiCall) => boolean;
  gate: Promise<void>;
  open: () => void;
  released: boolean;
  held: number;
  changed: (() => void)[];
}

type ApiResult = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };

class ApiProblem extends Error {
  constructor(
    readonly code: number,
    description: string,
  ) {
    super(description);
  }
}

const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'tg-spoiler', 'span', 'blockquote', 'tg-emoji']);
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/**
 * Parses Telegram HTML the strict way the docs describe: only known tags, properly nested, and every
 * <, > and & outside a tag written as an entity. Returns the visible text, or the reason it is refused.
 */
export function parseTelegramHtml(html: string): { text: string } | { error: string } {
  let text = '';
  const open: string[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i] ?? '';
    if (ch === '<') {
      const m = /^<(\/?)([a-z][a-z-]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/i.exec(html.slice(i));
      if (!m) return { error: `Can't find end of the tag starting at byte offset ${i}` };
      const [whole, closing, rawName] = m;
      const name = (rawName ?? '').toLowerCase();
      if (!ALLOWED_TAGS.has(name)) return { error: `Unsupported start tag "${name}" at byte offset ${i}` };
      if (closing) {
        const expected = open.pop();
        if (expected !== name) return { error: `Unmatched end tag at byte offset ${i}, expected "</${expected ?? ''}>", found "</${name}>"` };
      } else {
        open.push(name);
      }
      i += whole.length;
      continue;
    }
    if (ch === '&') {
      const m = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-f]{1,6});/i.exec(html.slice(i));
      if (!m?.[1]) return { error: `Character '&' at byte offset ${i} is not part of an entity; write &amp;` };
      const name = m[1].toLowerCase();
      text += name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? '');
      i += m[0].length;
      continue;
    }
    if (ch === '>') return { error: `Character '>' at byte offset ${i} is reserved; write &gt;` };
    text += ch;
    i += 1;
  }
  if (open.length > 0) return { error: `Can't find end tag corresponding to start tag "${open[open.length - 1] ?? ''}"` };
  return { text };
}

function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  return undefined;
}

function asObject(v: unknown): Payload | undefined {
  if (typeof v === 'string') {
    try {
      return asObject(JSON.parse(v));
    } catch {
      return undefined;
    }
  }
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Payload) : undefined;
}

function validateKeyboard(markup: Payload | undefined): InlineKeyboardMarkup | undefined {
  if (!markup) return undefined;
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows)) throw new ApiProblem(400, 'Bad Request: reply markup is not an inline keyboard');
  for (const row of rows) {
    if (!Array.isArray(row)) throw new ApiProblem(400, 'Bad Request: field "inline_keyboard" must be an Array of Arrays');
    for (const b of row as Payload[]) {
      if (typeof b.text !== 'string' || b.text === '') throw new ApiProblem(400, 'Bad Request: BUTTON_TEXT_EMPTY');
      if (typeof b.callback_data === 'string') {
        const bytes = Buffer.byteLength(b.callback_data, 'utf8');
        if (bytes < 1 || bytes > 64) throw new ApiProblem(400, 'Bad Request: BUTTON_DATA_INVALID');
      } else if (typeof b.url === 'string') {
        if (!/^(https?|tg):\/\/\S+$/i.test(b.url)) throw new ApiProblem(400, 'Bad Request: BUTTON_URL_INVALID');
      } else {
        throw new ApiProblem(400, 'Bad Request: can\'t find field "text" action in inline keyboard button');
      }
    }
  }
  return markup as unknown as InlineKeyboardMarkup;
}

/** The fake Bot API server. One instance per test (or benchmark). */
export class FakeTelegramApi {
  /** Every call received, in arrival order. */
  readonly calls: ApiCall[] = [];
  /** Commands registered with setMyCommands, per scope (JSON of the scope, '{}' for the default one). */
  readonly commands = new Map<string, BotCommand[]>();
  /** The webhook set by setWebhook, if any. */
  webhook: { url: string; secretToken?: string } | undefined;
  /** The bot's own user, as getMe returns it. */
  readonly me: User;

  private server: Server | undefined;
  private baseUrl = '';
  private readonly queue: Update[] = [];
  private nextUpdateId = 100_001;
  private nextIncomingMessageId = 1;
  private nextQueryId = 1;
  private nextSentMessageId = 50_001;
  private confirmedUpTo = 0;
  private waiter: Waiter | undefined;
  private readonly sent = new Map<number, SentMessage[]>();
  private readonly openQueries = new Set<string>();
  private readonly injected: Injected[] = [];
  private readonly holds: HoldState[] = [];
  private listeners: (() => void)[] = [];
  private readonly options: FakeOptions;

  constructor(options: FakeOptions = {}) {
    this.options = options;
    this.me = { id: options.botId ?? 7_000_000_001, is_bot: true, first_name: 'Atende MG', username: options.botUsername ?? 'atende_mg_bot' };
  }

  /** Starts listening on 127.0.0.1 (a free port); `url` is the apiRoot to give grammY. */
  async start(): Promise<{ url: string }> {
    const server = createServer((req, res) => {
      void this.handle(req, res);
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return { url: this.baseUrl };
  }

  /** The apiRoot (after start). */
  get url(): string {
    return this.baseUrl;
  }

  /** Stops the server: pending long polls are dropped, holds released, connections closed. */
  async stop(): Promise<void> {
    for (const h of this.holds) this.openHold(h);
    if (this.waiter) {
      clearTimeout(this.waiter.timer);
      this.waiter = undefined;
    }
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  // ---- updates -------------------------------------------------------------------------------

  /** Queues an update for getUpdates (an update_id is assigned when missing). Returns it. */
  pushUpdate(update: Omit<Update, 'update_id'> & { update_id?: number }): Update {
    const full = { ...update, update_id: update.update_id ?? this.nextUpdateId++ } as Update;
    this.nextUpdateId = Math.max(this.nextUpdateId, full.update_id + 1);
    if (full.callback_query) this.openQueries.add(full.callback_query.id);
    this.queue.push(full);
    this.queue.sort((a, b) => a.update_id - b.update_id);
    this.serveWaiter();
    return full;
  }

  /** Updates queued and not yet confirmed by a later getUpdates offset. */
  get pendingUpdates(): number {
    return this.queue.length;
  }

  /** A citizen (private chat) as Telegram describes them. */
  user(userId: number): User {
    return { id: userId, is_bot: false, first_name: `Cidadão ${userId}`, language_code: 'pt-br' };
  }

  private privateChat(userId: number): Chat.PrivateChat {
    return { id: userId, type: 'private', first_name: `Cidadão ${userId}` };
  }

  private groupChat(chatId: number): Chat.SupergroupChat {
    return { id: chatId, type: 'supergroup', title: `Grupo ${chatId}` };
  }

  private incoming(userId: number, chat: Chat, content: Partial<Message>): Message {
    return { message_id: this.nextIncomingMessageId++, date: Math.floor(Date.now() / 1000), chat, from: this.user(userId), ...content } as Message;
  }

  /** Builds (does not queue) a text message update; a text starting with "/" carries a bot_command entity. */
  textUpdate(userId: number, text: string, chat: Chat = this.privateChat(userId)): Update {
    const command = /^\/\S+/.exec(text);
    const entities = command ? [{ type: 'bot_command' as const, offset: 0, length: command[0].length }] : undefined;
    return { update_id: this.nextUpdateId++, message: this.incoming(userId, chat, entities ? { text, entities } : { text }) } as Update;
  }

  /** Builds (does not queue) a message update with other content, e.g. { photo: [...] } or { location: {...} }. */
  messageUpdate(userId: number, content: Partial<Message>, chat: Chat = this.privateChat(userId)): Update {
    return { update_id: this.nextUpdateId++, message: this.incoming(userId, chat, content) } as Update;
  }

  /**
   * Builds (does not queue) a button press. `button` is a button's label or callback data; it is looked up
   * in the latest message sent to this user that has it (or in `messageId`). Throws if no such button exists.
   */
  pressUpdate(userId: number, button: string, messageId?: number): Update {
    const candidates = (this.sent.get(userId) ?? []).filter((m) => messageId === undefined || m.messageId === messageId);
    for (let i = candidates.length - 1; i >= 0; i--) {
      const m = candidates[i];
      const found = m?.keyboard?.inline_keyboard.flat().find((b) => 'callback_data' in b && (b.text === button || b.callback_data === button));
      if (m && found && 'callback_data' in found) {
        const query: CallbackQuery = {
          id: String(this.nextQueryId++),
          from: this.user(userId),
          chat_instance: `ci-${userId}`,
          data: found.callback_data,
          message: { message_id: m.messageId, date: Math.floor(Date.now() / 1000), chat: this.privateChat(userId), from: this.me, text: m.text } as Message,
        };
        return { update_id: this.nextUpdateId++, callback_query: query } as Update;
      }
    }
    const shown = (this.sent.get(userId) ?? []).flatMap((m) => m.keyboard?.inline_keyboard.flat().map((b) => b.text) ?? []);
    throw new Error(`No button "${button}" in the messages sent to ${userId}. Buttons seen: ${shown.slice(-20).join(' | ')}`);
  }

  /** Queues a text from a citizen in their private chat. */
  pushText(userId: number, text: string): Update {
    return this.pushUpdate(this.textUpdate(userId, text));
  }

  /** Queues a press of a button (label or callback data) of a message the bot sent to this citizen. */
  pushPress(userId: number, button: string, messageId?: number): Update {
    return this.pushUpdate(this.pressUpdate(userId, button, messageId));
  }

  /** Queues a photo from a citizen. */
  pushPhoto(userId: number): Update {
    return this.pushUpdate(this.messageUpdate(userId, { photo: [{ file_id: 'photo-1', file_unique_id: 'u1', width: 90, height: 90 }] }));
  }

  /** Queues a text written in a group (supergroup) by a member. */
  pushGroupText(chatId: number, userId: number, text: string): Update {
    return this.pushUpdate(this.textUpdate(userId, text, this.groupChat(chatId)));
  }

  /** Queues "the bot was added to this group". */
  pushAddedToGroup(chatId: number, byUserId: number): Update {
    return this.pushUpdate({
      my_chat_member: {
        chat: this.groupChat(chatId),
        from: this.user(byUserId),
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { status: 'left', user: this.me },
        new_chat_member: { status: 'member', user: this.me },
      },
    });
  }

  // ---- failures and holds --------------------------------------------------------------------

  /**
   * Makes the next `times` calls of `method` (matching `when`) fail: with a Bot API error (use
   * { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 } for flood control),
   * or 'network' to drop the connection without an answer.
   */
  failNext(method: string, failure: ApiFailure | 'network', opts: { times?: number; when?: (payload: Payload) => boolean } = {}): void {
    this.injected.push({ method, failure, when: opts.when ?? (() => true), remaining: opts.times ?? 1 });
  }

  /** Holds the answers to matching calls until `release()` (a slow Telegram, for one chat or method). */
  hold(predicate: (call: ApiCall) => boolean): Hold {
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const state: HoldState = { predicate, gate, open, released: false, held: 0, changed: [] };
    this.holds.push(state);
    return {
      get held() {
        return state.held;
      },
      waitHeld: (n = 1, timeoutMs = 20_000) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`Only ${state.held} of ${n} calls were held after ${timeoutMs} ms`)), timeoutMs);
          const check = (): void => {
            if (state.held >= n) {
              clearTimeout(timer);
              resolve();
            } else {
              state.changed.push(check);
            }
          };
          check();
        }),
      release: () => this.openHold(state),
    };
  }

  private openHold(state: HoldState): void {
    if (state.released) return;
    state.released = true;
    state.open();
    this.holds.splice(this.holds.indexOf(state), 1);
  }

  // ---- observation ---------------------------------------------------------------------------

  /** The sequence number of the latest call (use with `after` to look only at what comes next). */
  mark(): number {
    return this.calls.length;
  }

  /** Calls of one method, in order. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** The messages the bot sent to a chat, as they read now. */
  messages(chatId: number): SentMessage[] {
    return [...(this.sent.get(chatId) ?? [])];
  }

  /** One sent message by id. */
  message(chatId: number, messageId: number): SentMessage | undefined {
    return this.sent.get(chatId)?.find((m) => m.messageId === messageId);
  }

  /**
   * Resolves with the first call (already received or still to come, after call number `after`) that
   * matches. The predicate is tried on each new call and again when a pending call completes, so waiting
   * stays cheap with tens of thousands of calls (benchmarks).
   */
  waitFor(predicate: (call: ApiCall) => boolean, timeoutMs = 20_000, after = 0): Promise<ApiCall> {
    return new Promise((resolve, reject) => {
      let scanned = Math.max(0, after);
      const pending = new Set<ApiCall>();
      const check = (): boolean => {
        for (const c of pending) {
          if (predicate(c)) {
            resolve(c);
            return true;
          }
          if (c.status !== 'pending') pending.delete(c);
        }
        for (; scanned < this.calls.length; scanned++) {
          const c = this.calls[scanned];
          if (!c) continue;
          if (predicate(c)) {
            scanned++;
            resolve(c);
            return true;
          }
          if (c.status === 'pending') pending.add(c);
        }
        return false;
      };
      if (check()) return;
      const listener = (): void => {
        if (check()) done();
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`No matching Bot API call within ${timeoutMs} ms. Last calls:\n${this.describeCalls(15)}`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
      };
      this.listeners.push(listener);
    });
  }

  /**
   * Resolves with the first message sent (sendMessage answered ok) to `chatId` after call number `after`
   * whose visible text matches `match` (substring, RegExp or predicate).
   */
  async waitForMessage(chatId: number, match: string | RegExp | ((m: SentMessage) => boolean) = () => true, opts: { after?: number; timeoutMs?: number } = {}): Promise<SentMessage> {
    const after = opts.after ?? 0;
    const test = (m: SentMessage): boolean => (typeof match === 'string' ? m.text.includes(match) : match instanceof RegExp ? match.test(m.text) : match(m));
    const call = await this.waitFor((c) => {
      if (c.seq <= after || c.method !== 'sendMessage' || c.status !== 'ok' || asNumber(c.payload.chat_id) !== chatId) return false;
      const m = this.sentFromResult(c);
      return m !== undefined && test(m);
    }, opts.timeoutMs, after);
    const m = this.sentFromResult(call);
    if (!m) throw new Error('unreachable: matched call has no message');
    return m;
  }

  /** Resolves once the bot has confirmed (by a later getUpdates offset) every update up to `updateId`. */
  async waitForConsumed(updateId: number, timeoutMs = 20_000): Promise<void> {
    await this.waitFor(() => this.confirmedUpTo >= updateId, timeoutMs);
  }

  /** A short listing of the latest calls, for failure messages. */
  describeCalls(last = 20): string {
    return this.calls
      .slice(-last)
      .map((c) => `#${c.seq} ${c.method} ${c.status}${c.errorCode ? ` ${c.errorCode}` : ''} ${typeof c.payload.text === 'string' ? JSON.stringify(c.payload.text.slice(0, 60)) : ''}`)
      .join('\n');
  }

  private sentFromResult(call: ApiCall): SentMessage | undefined {
    const result = asObject(call.result);
    const id = asNumber(result?.message_id);
    const chatId = asNumber(call.payload.chat_id);
    if (id === undefined || chatId === undefined) return undefined;
    // The message as it was sent by this call (later edits are visible through message()).
    return call.sent ?? this.message(chatId, id);
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!m?.[1] || !m[2]) {
      this.reply(res, { ok: false, error_code: 404, description: 'Not Found' });
      return;
    }
    const [, token, method] = m;
    let payload: Payload;
    try {
      payload = await this.readPayload(req, url);
    } catch {
      this.reply(res, { ok: false, error_code: 400, description: 'Bad Request: could not read the request body' });
      return;
    }
    const call: ApiCall = { seq: this.calls.length + 1, method, payload, at: Date.now(), status: 'pending' };
    this.calls.push(call);
    this.notify();
    if (this.options.token !== undefined && token !== this.options.token) {
      this.finish(res, call, { ok: false, error_code: 401, description: 'Unauthorized' });
      return;
    }
    const injected = this.injected.find((f) => f.method === method && f.remaining > 0 && f.when(payload));
    if (injected) {
      injected.remaining--;
      if (injected.failure === 'network') {
        call.status = 'network';
        this.notify();
        req.socket.destroy();
        return;
      }
      const f = injected.failure;
      this.finish(res, call, { ok: false, error_code: f.error_code, description: f.description, ...(f.retry_after !== undefined ? { parameters: { retry_after: f.retry_after } } : {}) });
      return;
    }
    for (const h of this.holds.filter((h) => h.predicate(call))) {
      h.held++;
      for (const c of h.changed.splice(0)) c();
      await h.gate;
      h.held--;
    }
    if (method === 'getUpdates') {
      this.getUpdates(call, res);
      return;
    }
    try {
      this.finish(res, call, { ok: true, result: this.dispatch(method, payload, call) });
    } catch (err) {
      if (err instanceof ApiProblem) this.finish(res, call, { ok: false, error_code: err.code, description: err.message });
      else this.finish(res, call, { ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` });
    }
  }

  private async readPayload(req: IncomingMessage, url: URL): Promise<Payload> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const payload: Payload = Object.fromEntries(url.searchParams);
    const type = req.headers['content-type'] ?? '';
    if (body === '') return payload;
    if (type.includes('application/json')) return { ...payload, ...(asObject(JSON.parse(body)) ?? {}) };
    if (type.includes('application/x-www-form-urlencoded')) return { ...payload, ...Object.fromEntries(new URLSearchParams(body)) };
    return { ...payload, _raw: body };
  }

  private reply(res: ServerResponse, result: ApiResult): void {
    if (res.writableEnded || res.destroyed) return;
    const body = JSON.stringify(result);
    res.writeHead(result.ok ? 200 : result.error_code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }

  private finish(res: ServerResponse, call: ApiCall, result: ApiResult): void {
    call.status = result.ok ? 'ok' : 'error';
    if (result.ok) call.result = result.result;
    else call.errorCode = result.error_code;
    this.reply(res, result);
    this.notify();
  }

  private getUpdates(call: ApiCall, res: ServerResponse): void {
    if (this.webhook) {
      this.finish(res, call, { ok: false, error_code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" });
      return;
    }
    const offset = asNumber(call.payload.offset) ?? 0;
    const limit = Math.max(1, Math.min(100, asNumber(call.payload.limit) ?? 100));
    const timeout = Math.max(0, asNumber(call.payload.timeout) ?? 0);
    if (offset > 0) {
      // An offset confirms every update before it: Telegram forgets them.
      while (this.queue.length > 0 && (this.queue[0]?.update_id ?? 0) < offset) this.queue.shift();
      this.confirmedUpTo = Math.max(this.confirmedUpTo, offset - 1);
    }
    if (this.waiter) {
      const old = this.waiter;
      this.waiter = undefined;
      clearTimeout(old.timer);
      this.finish(old.res, old.call, { ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' });
    }
    const ready = this.queue.filter((u) => u.update_id >= offset).slice(0, limit);
    if (ready.length > 0 || timeout === 0) {
      this.finish(res, call, { ok: true, result: ready });
      return;
    }
    const waiter: Waiter = {
      offset,
      limit,
      call,
      res,
      timer: setTimeout(() => {
        if (this.waiter === waiter) this.waiter = undefined;
        this.finish(res, call, { ok: true, result: [] });
      }, timeout * 1000),
    };
    this.waiter = waiter;
    this.notify();
    // The client gave up (abort on stop, or the process died): forget the long poll.
    res.once('close', () => {
      if (this.waiter === waiter) {
        clearTimeout(waiter.timer);
        this.waiter = undefined;
        if (call.status === 'pending') call.status = 'network';
        this.notify();
      }
    });
  }

  private serveWaiter(): void {
    const w = this.waiter;
    if (!w) return;
    const ready = this.queue.filter((u) => u.update_id >= w.offset).slice(0, w.limit);
    if (ready.length === 0) return;
    this.waiter = undefined;
    clearTimeout(w.timer);
    this.finish(w.res, w.call, { ok: true, result: ready });
  }

  // ---- methods -------------------------------------------------------------------------------

  private dispatch(method: string, p: Payload, call: ApiCall): unknown {
    switch (method) {
      case 'getMe':
        return this.me;
      case 'sendMessage':
        return this.sendMessage(p, call);
      case 'editMessageText':
        return this.editMessageText(p, call);
      case 'editMessageReplyMarkup':
        return this.editMessageReplyMarkup(p);
      case 'answerCallbackQuery': {
        const id = String(p.callback_query_id ?? '');
        if (!this.openQueries.delete(id)) throw new ApiProblem(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
        return true;
      }
      case 'setMyCommands': {
        const commands = Array.isArray(p.commands) ? (p.commands as BotCommand[]) : (JSON.parse(String(p.commands ?? '[]')) as BotCommand[]);
        for (const c of commands) {
          if (!/^[a-z0-9_]{1,32}$/.test(c.command) || typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) {
            throw new ApiProblem(400, 'Bad Request: BOT_COMMAND_INVALID');
          }
        }
        this.commands.set(JSON.stringify(asObject(p.scope) ?? {}), commands);
        return true;
      }
      case 'getMyCommands':
        return this.commands.get(JSON.stringify(asObject(p.scope) ?? {})) ?? [];
      case 'deleteMyCommands':
        this.commands.delete(JSON.stringify(asObject(p.scope) ?? {}));
        return true;
      case 'setWebhook': {
        const url = typeof p.url === 'string' ? p.url : '';
        if (url === '') {
          this.webhook = undefined;
          return true;
        }
        if (!/^https?:\/\//.test(url)) throw new ApiProblem(400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
        const secret = typeof p.secret_token === 'string' ? p.secret_token : undefined;
        if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) throw new ApiProblem(400, 'Bad Request: secret token contains unallowed characters');
        this.webhook = secret === undefined ? { url } : { url, secretToken: secret };
        return true;
      }
      case 'deleteWebhook':
        this.webhook = undefined;
        if (p.drop_pending_updates === true || p.drop_pending_updates === 'true') this.queue.length = 0;
        return true;
      case 'getWebhookInfo':
        return { url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: this.queue.length };
      case 'sendChatAction':
      case 'leaveChat':
      case 'logOut':
      case 'close':
        return true;
      case 'deleteMessage': {
        const chatId = asNumber(p.chat_id) ?? 0;
        const list = this.sent.get(chatId) ?? [];
        const i = list.findIndex((m) => m.messageId === asNumber(p.message_id));
        if (i < 0) throw new ApiProblem(400, 'Bad Request: message to delete not found');
        list.splice(i, 1);
        return true;
      }
      default:
        throw new ApiProblem(404, `Not Found: method ${method} is not implemented by the fake Bot API`);
    }
  }

  private render(p: Payload): { raw: string; text: string; parseMode?: string } {
    const raw = typeof p.text === 'string' ? p.text : '';
    const parseMode = typeof p.parse_mode === 'string' ? p.parse_mode : undefined;
    let text = raw;
    if (parseMode === 'HTML') {
      const parsed = parseTelegramHtml(raw);
      if ('error' in parsed) throw new ApiProblem(400, `Bad Request: can't parse entities: ${parsed.error}`);
      text = parsed.text;
    }
    if (text.trim() === '') throw new ApiProblem(400, 'Bad Request: message text is empty');
    if (text.length > 4096) throw new ApiProblem(400, 'Bad Request: message is too long');
    return parseMode === undefined ? { raw, text } : { raw, text, parseMode };
  }

  private asMessage(m: SentMessage): Message {
    const chat: Chat = m.chatId > 0 ? this.privateChat(m.chatId) : this.groupChat(m.chatId);
    return { message_id: m.messageId, date: Math.floor(Date.now() / 1000), chat, from: this.me, text: m.text, ...(m.keyboard ? { reply_markup: m.keyboard } : {}) } as Message;
  }

  private sendMessage(p: Payload, call: ApiCall): Message {
    const chatId = asNumber(p.chat_id);
    if (chatId === undefined) throw new ApiProblem(400, 'Bad Request: chat not found');
    const rendered = this.render(p);
    const keyboard = validateKeyboard(asObject(p.reply_markup));
    const message: SentMessage = { chatId, messageId: this.nextSentMessageId++, ...rendered, ...(keyboard ? { keyboard } : {}), edits: 0 };
    const list = this.sent.get(chatId) ?? [];
    list.push(message);
    this.sent.set(chatId, list);
    call.sent = { ...message };
    return this.asMessage(message);
  }

  private findSent(p: Payload): SentMessage {
    const chatId = asNumber(p.chat_id);
    const id = asNumber(p.message_id);
    const m = chatId === undefined || id === undefined ? undefined : this.message(chatId, id);
    if (!m) throw new ApiProblem(400, 'Bad Request: message to edit not found');
    return m;
  }

  private editMessageText(p: Payload, call: ApiCall): Message {
    const m = this.findSent(p);
    const rendered = this.render(p);
    const keyboard = validateKeyboard(asObject(p.reply_markup));
    if (rendered.raw === m.raw && JSON.stringify(keyboard) === JSON.stringify(m.keyboard)) {
      throw new ApiProblem(400, 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
    }
    m.raw = rendered.raw;
    m.text = rendered.text;
    if (rendered.parseMode === undefined) delete m.parseMode;
    else m.parseMode = rendered.parseMode;
    if (keyboard) m.keyboard = keyboard;
    else delete m.keyboard;
    m.edits++;
    call.sent = { ...m };
    return this.asMessage(m);
  }

  private editMessageReplyMarkup(p: Payload): Message {
    const m = this.findSent(p);
    const keyboard = validateKeyboard(asObject(p.reply_markup));
    if (keyboard) m.keyboard = keyboard;
    else delete m.keyboard;
    m.edits++;
    return this.asMessage(m);
  }
}

/** The buttons of a sent message, flattened: labels with their callback data or URL. */
export function buttonsOf(m: SentMessage | undefined): InlineKeyboardButton[] {
  return m?.keyboard?.inline_keyboard.flat() ?? [];
}
