// Pure parsing of the widget's requests into the channel-neutral Incoming message. The body is client input:
// validated with zod, with bounds on every field, and anything else is a 400.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Incoming } from '../../conversation/types.ts';

/** Longest message a citizen may type (the widget's text box stops there too). */
export const MAX_TEXT_LENGTH = 2000;

/** A browser's anonymous id: 128 random bits, base64url (the server issues them; see newSessionId). */
const SessionId = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);

/** The widget's id for one message, reused when it retries: the dedup key that makes a retry harmless. */
const MessageId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

const Input = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(MAX_TEXT_LENGTH).refine((t) => t.trim() !== '', 'empty message') }),
  z.object({ kind: z.literal('option'), id: z.string().min(1).max(64) }),
  // Opens the conversation, on a service when the page names one (data-service), like Telegram's /start <id>.
  z.object({ kind: z.literal('start'), service: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80).optional() }),
]);

/** The body of POST /webchat/api/message. */
export const MessageRequest = z.strictObject({
  /** Absent on a browser's first message: the answer carries a new one. */
  session: SessionId.optional(),
  id: MessageId,
  input: Input,
});
export type MessageRequest = z.infer<typeof MessageRequest>;

/** A new anonymous id for a browser: 128 random bits. */
export function newSessionId(): string {
  return randomBytes(16).toString('base64url');
}

/** The engine's message for a widget input. Typed text is never read as a command: the widget has buttons. */
export function toIncoming(input: MessageRequest['input']): Incoming {
  if (input.kind === 'text') return { kind: 'text', text: input.text.trim() };
  if (input.kind === 'option') return { kind: 'option', id: input.id };
  return input.service ? { kind: 'start', payload: input.service } : { kind: 'start' };
}

/** What was wrong with a body, or the parsed request. */
export type Parsed = { ok: true; request: MessageRequest } | { ok: false; problem: string };

/** Parses a request body (raw bytes as text). Never throws. */
export function parseMessageRequest(body: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, problem: 'the body is not JSON' };
  }
  const parsed = MessageRequest.safeParse(json);
  if (!parsed.success) return { ok: false, problem: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') };
  return { ok: true, request: parsed.data };
}
