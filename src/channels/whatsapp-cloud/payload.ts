// The parts of Meta's `messages` webhook that Atende reads, as zod schemas (the data crosses a boundary).
// Unknown keys are ignored; each message and status is checked on its own, so one odd entry never costs the
// others. Since 2026 a citizen may hide the phone number behind a username: `from` (phone) can be absent,
// and `from_user_id`, the business-scoped user id (BSUID), is then the only address.
import { z } from 'zod';

const digits = z.string().regex(/^\d{1,12}$/);

/** One incoming message (`entry[].changes[].value.messages[]`). */
export const WebhookMessage = z.object({
  id: z.string().min(1).max(512),
  /** The citizen's phone number (wa_id). */
  from: z.string().min(1).optional(),
  /** The citizen's business-scoped user id (BSUID), e.g. "BR.1502576394655843". */
  from_user_id: z.string().min(1).optional(),
  /** Unix time in seconds, as a string. */
  timestamp: digits,
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
  interactive: z
    .object({
      type: z.string(),
      button_reply: z.object({ id: z.string(), title: z.string().optional() }).optional(),
      list_reply: z.object({ id: z.string(), title: z.string().optional() }).optional(),
    })
    .optional(),
  /** A tap on a quick-reply button of a template. */
  button: z.object({ text: z.string().optional(), payload: z.string().optional() }).optional(),
  audio: z.object({ voice: z.boolean().optional() }).optional(),
  reaction: z.object({ emoji: z.string().optional() }).optional(),
});
/** One incoming message. */
export type WebhookMessage = z.infer<typeof WebhookMessage>;

/** One status of a message Atende sent (`value.statuses[]`). */
export const WebhookStatus = z.object({
  id: z.string().min(1),
  status: z.string(),
  timestamp: digits.optional(),
  recipient_id: z.string().optional(),
  recipient_user_id: z.string().optional(),
  errors: z.array(z.object({ code: z.number().int(), title: z.string().optional() })).optional(),
});
/** One status of a sent message. */
export type WebhookStatus = z.infer<typeof WebhookStatus>;

/** One change: `field` "messages" carries messages and statuses of one business number. */
export const WebhookChange = z.object({
  field: z.string(),
  value: z.object({
    metadata: z.object({ phone_number_id: z.string() }).optional(),
    messages: z.array(z.unknown()).optional(),
    statuses: z.array(z.unknown()).optional(),
  }),
});

/** The envelope of every webhook POST. */
export const WebhookBody = z.object({
  object: z.string(),
  entry: z.array(z.object({ changes: z.array(z.unknown()).optional() })),
});
