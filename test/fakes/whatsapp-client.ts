// Shared fake of the whatsapp-web.js Client: an EventEmitter with the same events and methods.
// It records what the bot sends and lets a test play the phone: incoming messages, ready, disconnects.
import { EventEmitter } from 'node:events';
import type { WhatsAppClient, WhatsAppMessage } from '../../src/channels/whatsapp/client.ts';

/** One text the bot sent. */
export interface SentMessage {
  chatId: string;
  text: string;
}

/** What a test gives to `receive`; everything but `from` has a sensible default. */
export type IncomingFake = Partial<Omit<WhatsAppMessage, 'id'>> & { from: string; id?: string };

let counter = 0;

/** A fake whatsapp-web.js Client. Call `ready()` (or set `readyOnInitialize`) before sending messages. */
export class FakeWhatsAppClient extends EventEmitter implements WhatsAppClient {
  readonly sent: SentMessage[] = [];
  initializeCalls = 0;
  destroyCalls = 0;
  /** How many of the next `initialize()` calls reject (a browser that cannot start). */
  failInitialize = 0;
  /** Emits `ready` after each successful `initialize()`, like a client with a saved session. */
  readyOnInitialize = false;
  /** While set, `initialize()` waits for it (a browser that is slow to start). */
  initializeGate: Promise<void> | undefined;
  /** Makes `sendMessage` reject for this chat. */
  failSendTo: string | undefined;

  async initialize(): Promise<void> {
    this.initializeCalls++;
    if (this.initializeGate) await this.initializeGate;
    if (this.failInitialize > 0) {
      this.failInitialize--;
      throw new Error('fake: browser failed to start');
    }
    if (this.readyOnInitialize) setImmediate(() => this.ready());
  }

  async destroy(): Promise<void> {
    this.destroyCalls++;
  }

  async sendMessage(chatId: string, content: string): Promise<unknown> {
    // Let other events run between sends, as a real network round-trip would.
    await new Promise((resolve) => setImmediate(resolve));
    if (chatId === this.failSendTo) throw new Error('fake: send failed');
    this.sent.push({ chatId, text: content });
    return { id: { _serialized: `true_${chatId}_${++counter}` } };
  }

  /** How many times `ready` was emitted. */
  readyCount = 0;

  /** Emits `ready`. */
  ready(): void {
    this.readyCount++;
    this.emit('ready');
  }

  /** Emits `disconnected` with a whatsapp-web.js reason ('NAVIGATION', 'CONFLICT', 'LOGOUT'...). */
  disconnect(reason: string): void {
    this.emit('disconnected', reason);
  }

  /** Builds a message like whatsapp-web.js would (type 'chat', timestamp now in seconds) and emits it. */
  receive(fake: IncomingFake): WhatsAppMessage {
    const id = fake.id ?? `false_${fake.from}_FAKE${++counter}`;
    const message: WhatsAppMessage = {
      from: fake.from,
      body: fake.body ?? '',
      type: fake.type ?? 'chat',
      timestamp: fake.timestamp ?? Math.floor(Date.now() / 1000),
      fromMe: fake.fromMe ?? false,
      isStatus: fake.isStatus ?? false,
      id: { _serialized: id },
    };
    this.emit('message', message);
    return message;
  }

  /** The texts sent to one chat, in order. */
  textsTo(chatId: string): string[] {
    return this.sent.filter((m) => m.chatId === chatId).map((m) => m.text);
  }
}
