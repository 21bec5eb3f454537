// Parses a whatsapp-web.js message into the core Incoming, and tells which chats the bot answers. Pure.
import type { Incoming, MediaKind } from '../../conversation/types.ts';
import type { WhatsAppMessage } from './client.ts';

/** Where a message comes from, by its chat id suffix. Only `direct` chats are answered. */
export type ChatKind = 'direct' | 'group' | 'status' | 'broadcast' | 'channel' | 'unknown';

/** Classifies a chat id: `@c.us`/`@lid` people, `@g.us` groups, `status@broadcast`, `@broadcast` lists, `@newsletter` channels. */
export function chatKind(chatId: string): ChatKind {
  if (chatId === 'status@broadcast') return 'status';
  if (chatId.endsWith('@c.us') || chatId.endsWith('@lid')) return 'direct';
  if (chatId.endsWith('@g.us')) return 'group';
  if (chatId.endsWith('@broadcast')) return 'broadcast';
  if (chatId.endsWith('@newsletter')) return 'channel';
  return 'unknown';
}

/** Why a message is not answered. */
export type SkipReason = 'own' | 'status' | 'not_direct' | 'too_old' | 'unsupported';

/** Added to the age limit: the host's clock and WhatsApp's (which stamps messages) may disagree by a few seconds. */
export const CLOCK_SKEW_GRACE_MS = 5_000;

/** What the age check needs: the host's clock now (ms), and the oldest message still answered (ms of age). */
export interface AgeLimit {
  now: number;
  maxAgeMs: number;
}

/**
 * The messages the bot must not answer: its own, status updates, anything but a one-to-one chat, and messages
 * older than the age limit (WhatsApp delivers what arrived while the client was away, hours old after a long
 * disconnection; answering it in a burst confuses citizens and looks like spam). `message.timestamp` is Unix
 * SECONDS from WhatsApp's server. Returns undefined when the message is to be handled.
 */
export function skipReason(message: WhatsAppMessage, age: AgeLimit): SkipReason | undefined {
  if (message.fromMe) return 'own';
  if (message.isStatus || chatKind(message.from) === 'status') return 'status';
  if (chatKind(message.from) !== 'direct') return 'not_direct';
  if (age.now - message.timestamp * 1000 > age.maxAgeMs + CLOCK_SKEW_GRACE_MS) return 'too_old';
  return undefined;
}

/**
 * The runtime's dedup key of a message: its own id only. The chat id is left out, because WhatsApp may deliver
 * the same message again under the sender's other address (`@c.us` or `@lid`); and so is the phone number.
 */
export function dedupKey(message: Pick<WhatsAppMessage, 'id'>): string {
  return `wa:${message.id.id}`;
}

// whatsapp-web.js MessageTypes values that carry something the citizen sent but we cannot read.
const mediaTypes: Readonly<Record<string, MediaKind>> = {
  ptt: 'voice',
  audio: 'audio',
  image: 'photo',
  album: 'photo',
  video: 'video',
  sticker: 'sticker',
  location: 'location',
  document: 'document',
  vcard: 'contact',
  multi_vcard: 'contact',
  poll_creation: 'other',
  scheduled_event_creation: 'other',
  groups_v4_invite: 'other',
  order: 'other',
  product: 'other',
  payment: 'other',
};

// Replies to old interactive messages still carry the chosen text in the body.
const textTypes = new Set(['chat', 'buttons_response', 'list_response', 'template_button_reply']);

/**
 * The core message for a WhatsApp message, or undefined for system messages (revoked, reactions,
 * notifications, call logs, undecrypted ciphertext...) that are not something the citizen said.
 */
export function parseMessage(message: Pick<WhatsAppMessage, 'type' | 'body'>): Incoming | undefined {
  if (textTypes.has(message.type)) return { kind: 'text', text: message.body };
  // Own keys only: a type "constructor" or "__proto__" must never meet an object's built-ins.
  const media = Object.hasOwn(mediaTypes, message.type) ? mediaTypes[message.type] : undefined;
  if (media !== undefined) return { kind: 'media', media };
  return undefined;
}
