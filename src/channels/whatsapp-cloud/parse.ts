// Parses Meta's webhook payloads into what the adapter acts on: citizens' messages (as the core Incoming) and
// statuses of sent messages. Pure.
import type { Incoming, MediaKind } from '../../conversation/types.ts';
import { WebhookBody, WebhookChange, WebhookMessage, WebhookStatus } from './payload.ts';

/**
 * Who wrote, and how to answer. `id` names the citizen for the pseudonym: the BSUID when Meta sends one (it is
 * always there since 2026, and stays when a phone number is hidden), else the phone number.
 */
export interface Citizen {
  id: string;
  /** The phone number, when Meta shares it: answers go to it (Meta's advice). */
  phone?: string;
  /** The business-scoped user id: the address when the phone number is hidden. */
  bsuid?: string;
}

/** A citizen's message. `incoming` is undefined for what needs no answer (a system notice, a removed reaction). */
export interface MessageEvent {
  kind: 'message';
  wamid: string;
  citizen: Citizen;
  /** When the citizen sent it (ms): it opens the 24-hour window. */
  at: number;
  type: string;
  incoming?: Incoming;
}

/** A status of a message Atende sent: sent, delivered, read or failed (with Meta's error codes). */
export interface StatusEvent {
  kind: 'status';
  wamid: string;
  status: string;
  /** The recipient as Meta names it, for the pseudonym when the message is no longer remembered. */
  citizenId?: string;
  errors: { code: number; title?: string }[];
}

/** Everything one webhook POST carries for this business number, in order. */
export interface ParsedWebhook {
  events: (MessageEvent | StatusEvent)[];
  /** Entries that were not understood (logged by count, never by content). */
  skipped: number;
}

// Message types that carry something the citizen sent but the bot cannot read: one "só entendo texto" reply.
const mediaTypes: Readonly<Record<string, MediaKind>> = {
  image: 'photo',
  sticker: 'sticker',
  video: 'video',
  document: 'document',
  location: 'location',
  contacts: 'contact',
  reaction: 'other',
  order: 'other',
  unsupported: 'other',
};

/** The core message for one webhook message, or undefined when it needs no answer. */
export function incomingOf(m: WebhookMessage): Incoming | undefined {
  switch (m.type) {
    case 'text':
      return m.text ? { kind: 'text', text: m.text.body } : undefined;
    case 'interactive': {
      const id = m.interactive?.button_reply?.id ?? m.interactive?.list_reply?.id;
      return id ? { kind: 'option', id } : undefined;
    }
    case 'button': {
      const text = m.button?.text ?? m.button?.payload;
      return text ? { kind: 'text', text } : undefined;
    }
    case 'audio':
      return { kind: 'media', media: m.audio?.voice ? 'voice' : 'audio' };
    case 'reaction':
      // An empty emoji is a reaction taken back: nothing was said.
      return m.reaction?.emoji ? { kind: 'media', media: 'other' } : undefined;
    default: {
      // Own keys only: a type "constructor" or "__proto__" must never meet an object's built-ins.
      const media = Object.hasOwn(mediaTypes, m.type) ? mediaTypes[m.type] : undefined;
      return media ? { kind: 'media', media } : undefined;
    }
  }
}

function citizenOf(m: WebhookMessage): Citizen | undefined {
  const id = m.from_user_id ?? m.from;
  if (id === undefined) return undefined;
  return { id, ...(m.from !== undefined ? { phone: m.from } : {}), ...(m.from_user_id !== undefined ? { bsuid: m.from_user_id } : {}) };
}

/**
 * The events of one webhook body for the business number `phoneNumberId`; changes of other numbers (one app
 * can serve several) and other webhook fields are left out.
 */
export function parseWebhook(body: unknown, phoneNumberId: string): ParsedWebhook {
  const events: ParsedWebhook['events'] = [];
  let skipped = 0;
  const envelope = WebhookBody.safeParse(body);
  if (!envelope.success || envelope.data.object !== 'whatsapp_business_account') return { events, skipped: 1 };
  for (const entry of envelope.data.entry) {
    for (const raw of entry.changes ?? []) {
      const change = WebhookChange.safeParse(raw);
      if (!change.success) {
        skipped++;
        continue;
      }
      const { field, value } = change.data;
      if (field !== 'messages' || value.metadata?.phone_number_id !== phoneNumberId) continue;
      for (const rawMessage of value.messages ?? []) {
        const parsed = WebhookMessage.safeParse(rawMessage);
        const citizen = parsed.success ? citizenOf(parsed.data) : undefined;
        if (!parsed.success || !citizen) {
          skipped++;
          continue;
        }
        const m = parsed.data;
        const incoming = incomingOf(m);
        events.push({ kind: 'message', wamid: m.id, citizen, at: Number(m.timestamp) * 1000, type: m.type, ...(incoming ? { incoming } : {}) });
      }
      for (const rawStatus of value.statuses ?? []) {
        const parsed = WebhookStatus.safeParse(rawStatus);
        if (!parsed.success) {
          skipped++;
          continue;
        }
        const s = parsed.data;
        const citizenId = s.recipient_user_id ?? s.recipient_id;
        events.push({ kind: 'status', wamid: s.id, status: s.status, ...(citizenId !== undefined ? { citizenId } : {}), errors: s.errors ?? [] });
      }
    }
  }
  return { events, skipped };
}
