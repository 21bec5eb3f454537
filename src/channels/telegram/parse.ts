// Pure parsing of Telegram input into the channel-neutral Incoming message.
import type { Message } from 'grammy/types';
import type { Incoming, MediaKind } from '../../conversation/types.ts';
import { INDEX_DATA_PREFIX } from './render.ts';

/** A bot command typed by the citizen: "/start agendamento-uai" -> { name: 'start', payload: 'agendamento-uai' }. */
export interface Command {
  name: string;
  payload: string;
}

/**
 * Reads a command at the start of a text, accepting "/menu@AtendeBot" (the form Telegram uses in menus
 * and groups). Names are lower-cased; the payload is trimmed. Returns undefined for ordinary text.
 */
export function parseCommand(text: string): Command | undefined {
  const m = /^\/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]{3,64})?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m?.[1]) return undefined;
  return { name: m[1].toLowerCase(), payload: (m[2] ?? '').trim() };
}

// The public commands are words the engine already understands; they are passed on as those words,
// so that "/ajuda" and "ajuda" always behave the same. A Map, not an object: a typed "/__proto__" or "/constructor"
// must never meet an object's built-ins (it did, and the engine got an object for a text).
const commandWords: ReadonlyMap<string, string> = new Map([['menu', 'menu'], ['ajuda', 'ajuda'], ['cancelar', 'cancelar']]);

/** Turns a text (possibly a command) into the Incoming message of the engine. */
export function parseText(text: string): Incoming {
  const command = parseCommand(text);
  if (command?.name === 'start') return command.payload ? { kind: 'start', payload: command.payload } : { kind: 'start' };
  const word = command && command.payload === '' ? commandWords.get(command.name) : undefined;
  if (word) return { kind: 'text', text: word };
  return { kind: 'text', text };
}

/** The kind of a non-text message, or undefined for service messages (member joined, pinned...) that need no answer. */
export function mediaKind(message: Message): MediaKind | undefined {
  if (message.photo) return 'photo';
  if (message.voice) return 'voice';
  if (message.audio) return 'audio';
  if (message.video || message.video_note || message.animation) return 'video';
  if (message.sticker) return 'sticker';
  if (message.location || message.venue) return 'location';
  if (message.document) return 'document';
  if (message.contact) return 'contact';
  if (message.poll || message.dice || message.game || message.story || message.invoice || message.paid_media) return 'other';
  return undefined;
}

/** Turns a message into the Incoming of the engine, or undefined when it needs no answer. */
export function parseMessage(message: Message): Incoming | undefined {
  if (typeof message.text === 'string') return parseText(message.text);
  const media = mediaKind(message);
  return media ? { kind: 'media', media } : undefined;
}

/**
 * Turns button data into the Incoming of the engine. Data "#n" (an option id too long for Telegram's
 * 64 bytes) is passed on as the typed number n, which the engine resolves against the options it showed last.
 */
export function parseCallbackData(data: string): Incoming {
  const indexed = new RegExp(`^${INDEX_DATA_PREFIX}(\\d{1,2})$`).exec(data);
  if (indexed?.[1]) return { kind: 'text', text: indexed[1] };
  return { kind: 'option', id: data };
}

/** The key that makes a redelivered update harmless (see ConversationRuntime.handle). */
export function dedupKey(updateId: number): string {
  return `tg:${updateId}`;
}
