// Shared fake of the whatsapp-web.js Client (1.34.7), as unkind as the real one: an EventEmitter with the same
// events and methods, whose quirks are those of node_modules/whatsapp-web.js/src/Client.js. A test plays the
// phone and the server: incoming messages, ready, resyncs, disconnects, expired sessions, failing sends.
import { EventEmitter } from 'node:events';
import type { SendOptions, WhatsAppClient, WhatsAppMessage } from '../../src/channels/whatsapp/client.ts';

/**
 * Every `disconnected` reason 1.34.7 emits: 'LOGOUT' (Client.js, the `framenavigated` handler of initialize), the
 * WAState values outside its ACCEPTED_STATES (onAppStateChangedEvent; CONFLICT too, as takeoverOnConflict is off),
 * and 'Max qrcode retries reached' (only with qrMaxRetries > 0). There is no 'NAVIGATION'.
 */
export const DISCONNECT_REASONS = [
  'LOGOUT',
  'CONFLICT',
  'DEPRECATED_VERSION',
  'PROXYBLOCK',
  'SMB_TOS_BLOCK',
  'TOS_BLOCK',
  'UNLAUNCHED',
  'UNPAIRED',
  'UNPAIRED_IDLE',
  'Max qrcode retries reached',
] as const;

/** A reason the real client can give in `disconnected`. */
export type DisconnectReason = (typeof DISCONNECT_REASONS)[number];

/** MessageAck values (src/util/Constants.js). */
export const ACK_ERROR = -1;
const ACK_PENDING = 0;
const ACK_SERVER = 1;

/** One text the server accepted from the bot. */
export interface SentMessage {
  chatId: string;
  text: string;
  /** Local time (ms) the send was accepted. */
  at: number;
}

/** One call of sendMessage, delivered or not. */
export interface SendCall {
  chatId: string;
  text: string;
  options: SendOptions | undefined;
  /** Local time (ms) of the call. */
  at: number;
}

/** What a test gives to `receive`; everything but `from` has a sensible default. `id` is the message's own key. */
export type IncomingFake = Partial<Omit<WhatsAppMessage, 'id' | 'fromMe'>> & { from: string; id?: string };

/** One person as WhatsApp knows them: the phone-number address and the LID. */
export interface FakeContact {
  pn?: string;
  lid?: string;
}

let counter = 0;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A fake whatsapp-web.js Client with LocalAuth. `initialize()` launches the "browser"; `ready()` (or
 * `readyOnInitialize`) makes it ready. Like the real client it:
 * - never emits `message` for the bot's own messages (only `message_create`: Client.js, onAddMessageEvent);
 * - answers sendMessage slowly (`sendLatencyMs`), with undefined for a chat that does not exist, and, unless
 *   `waitUntilMsgSent` is set, before the server has accepted the message (a failure then shows nowhere);
 * - destroys the browser itself on a disconnect other than LOGOUT, and fails every call once it is closed;
 * - never emits `auth_failure` (LocalAuth never reports one): an expired session shows as a new `qr`;
 * - emits `ready` again on every resync;
 * - can hang in `initialize()` (page.goto with no timeout) until the browser is closed;
 * - stamps messages with the server's clock (`serverNow`), in seconds.
 */
export class FakeWhatsAppClient extends EventEmitter implements WhatsAppClient {
  /** Texts the server accepted, in order. */
  readonly sent: SentMessage[] = [];
  /** Every sendMessage call, accepted or not. */
  readonly sendCalls: SendCall[] = [];
  initializeCalls = 0;
  destroyCalls = 0;
  /** Whether the browser is running (launched by initialize, closed by destroy). */
  browserOpen = false;
  /** How many of the next `initialize()` calls reject after launching the browser (the page could not load). */
  failInitialize = 0;
  /** The error those calls reject with. */
  initializeError = 'net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/';
  /** How many of the next `initialize()` calls never return, until the browser is closed. */
  hangInitialize = 0;
  /** Emits `ready` after each successful `initialize()`, like a client with a saved session. */
  readyOnInitialize = false;
  /** While set, `initialize()` waits for it before the browser exists (a browser that is slow to launch). */
  initializeGate: Promise<void> | undefined;
  /** How long every sendMessage takes (ms): a round trip through the page, and through the server when waited for. */
  sendLatencyMs = 3;
  /** Chats that do not exist: sendMessage resolves undefined (Client.js: `if (!chat) return null`). */
  readonly unknownChats = new Set<string>();
  /** Per chat, how many of the next sends the server refuses (ack -1 once waited for; never delivered). */
  readonly failingSends = new Map<string, number>();
  /** Per chat, how many of the next sends throw (the page's evaluate failed). */
  readonly throwingSends = new Map<string, number>();
  /** The server's clock in ms: message timestamps come from it, never from the host. */
  serverNow: () => number = Date.now;
  /** Makes getContactLidAndPhone throw (the page is busy, the lookup timed out). */
  lookupFails = false;
  /** How many times getContactLidAndPhone was called. */
  lookups = 0;
  /** How many times `ready` was emitted. */
  readyCount = 0;
  private readonly contacts: FakeContact[] = [];
  private closeBrowser: (() => void) | undefined;

  async initialize(): Promise<void> {
    this.initializeCalls++;
    // puppeteer.launch: until it returns, the client has no browser to close, so destroy() misses this one.
    if (this.initializeGate) await this.initializeGate;
    this.browserOpen = true;
    const closed = new Promise<never>((_, reject) => {
      this.closeBrowser = () => reject(new Error('Navigation failed because browser has disconnected!'));
    });
    closed.catch(() => undefined);
    if (this.hangInitialize > 0) {
      this.hangInitialize--;
      await closed;
    }
    if (this.failInitialize > 0) {
      this.failInitialize--;
      // The library leaves the browser of a failed start running.
      throw new Error(this.initializeError);
    }
    if (this.readyOnInitialize) setImmediate(() => this.browserOpen && this.ready());
  }

  async destroy(): Promise<void> {
    this.destroyCalls++;
    this.browserOpen = false;
    this.closeBrowser?.();
  }

  async sendMessage(chatId: string, content: string, options?: SendOptions): Promise<unknown> {
    this.sendCalls.push({ chatId, text: content, options, at: Date.now() });
    this.assertOpen();
    await sleep(this.sendLatencyMs);
    this.assertOpen();
    const throwing = this.throwingSends.get(chatId) ?? 0;
    if (throwing > 0) {
      this.throwingSends.set(chatId, throwing - 1);
      // Errors from the page may quote the chat id.
      throw new Error(`Evaluation failed: Error: could not send to ${chatId}`);
    }
    if (this.unknownChats.has(chatId)) return undefined;
    const waited = options?.waitUntilMsgSent === true;
    const failing = this.failingSends.get(chatId) ?? 0;
    const id = { _serialized: `true_${chatId}_3EB0${(++counter).toString(16).toUpperCase()}` };
    if (failing > 0) {
      this.failingSends.set(chatId, failing - 1);
      // Without waitUntilMsgSent the call returns while the message is still pending: the failure shows nowhere.
      return { id, ack: waited ? ACK_ERROR : ACK_PENDING, body: content };
    }
    this.sent.push({ chatId, text: content, at: Date.now() });
    return { id, ack: waited ? ACK_SERVER : ACK_PENDING, body: content };
  }

  async getContactLidAndPhone(userIds: string[]): Promise<unknown> {
    this.lookups++;
    this.assertOpen();
    await sleep(1);
    if (this.lookupFails) throw new Error('Evaluation failed: lookup timed out');
    // Like WWebJS.enforceLidAndPnRetrieval: the server knows every registered number's LID; a phone number
    // behind a LID is known only when it was shared. Unknown ids give `{}`, so both fields are undefined.
    return userIds.map((userId) => {
      const known = this.contactOf(userId);
      if (userId.endsWith('@lid')) return { lid: userId, pn: known?.pn };
      if (userId.endsWith('@c.us')) return { lid: known?.lid ?? this.register({ pn: userId }).lid, pn: userId };
      return { lid: undefined, pn: undefined };
    });
  }

  /** Tells the fake server that one person has both addresses. */
  addContact(contact: FakeContact): void {
    this.contacts.push({ ...contact });
  }

  /** The LID the server gives a phone-number address (assigned on first lookup, like a registered number). */
  lidOf(pn: string): string {
    return this.contactOf(pn)?.lid ?? this.register({ pn }).lid;
  }

  private register(contact: FakeContact): FakeContact & { lid: string } {
    const full = { ...contact, lid: contact.lid ?? `${100_000_000_000_000 + ++counter}@lid` };
    this.contacts.push(full);
    return full;
  }

  private contactOf(address: string): FakeContact | undefined {
    return this.contacts.find((c) => c.pn === address || c.lid === address);
  }

  private assertOpen(): void {
    // puppeteer's error once the page is gone.
    if (!this.browserOpen) throw new Error('Protocol error (Runtime.callFunctionOn): Session closed. Most likely the page has been closed.');
  }

  /** Emits `ready` (the first sync, or any resync: the real client emits it on each). */
  ready(): void {
    if (!this.browserOpen) throw new Error('fake: ready without a browser (call initialize first)');
    this.readyCount++;
    this.emit('ready');
  }

  /** Emits a pairing QR code, as on a first start or once the saved session is no longer valid. */
  qr(code = `2@${++counter},static,identity,secret,platform`): void {
    if (!this.browserOpen) throw new Error('fake: qr without a browser');
    this.emit('qr', code);
  }

  /**
   * Emits `disconnected`. Like the real client, it destroys the browser itself, except after LOGOUT: then it
   * wipes the session and the same page shows a new QR code.
   */
  disconnect(reason: DisconnectReason): void {
    this.emit('disconnected', reason);
    if (reason === 'LOGOUT') {
      setImmediate(() => this.browserOpen && this.qr());
      return;
    }
    void this.destroy();
  }

  /** Builds a message like whatsapp-web.js would (type 'chat', timestamp from the server's clock) and emits it. */
  receive(fake: IncomingFake): WhatsAppMessage {
    if (!this.browserOpen || this.readyCount === 0) throw new Error('fake: the real client emits messages only once ready');
    const key = fake.id ?? `3EB0${(++counter).toString(16).toUpperCase()}FAKE`;
    const message: WhatsAppMessage = {
      from: fake.from,
      body: fake.body ?? '',
      type: fake.type ?? 'chat',
      timestamp: fake.timestamp ?? Math.floor(this.serverNow() / 1000),
      fromMe: false,
      isStatus: fake.isStatus ?? false,
      id: { _serialized: `false_${fake.from}_${key}`, id: key },
    };
    this.emit('message', message);
    return message;
  }

  /** A message the bot's own phone sent: the real client emits only `message_create` for it, never `message`. */
  ownMessage(to: string, body: string): void {
    const key = `3EB0${(++counter).toString(16).toUpperCase()}OWN`;
    this.emit('message_create', { from: to, body, type: 'chat', timestamp: Math.floor(this.serverNow() / 1000), fromMe: true, isStatus: false, id: { _serialized: `true_${to}_${key}`, id: key } });
  }

  /** The texts the server accepted for one chat, in order. */
  textsTo(chatId: string): string[] {
    return this.sent.filter((m) => m.chatId === chatId).map((m) => m.text);
  }
}
