// Channel-neutral types of the conversation: what comes in, what goes out, and the state in between.
// The state is a zod schema, so that a state read back from the database is validated before use.
import { z } from 'zod';

/** A choice offered to the citizen: `id` is stable (button data), `label` is shown. */
export const Option = z.object({ id: z.string().min(1).max(64), label: z.string().min(1) });
export type Option = z.infer<typeof Option>;

/** A link shown with a reply (a button on Telegram, the full URL on WhatsApp). */
export interface Link {
  label: string;
  url: string;
}

/**
 * One reply message. `text` uses light emphasis: *negrito* and _itálico_ (WhatsApp's own syntax);
 * each channel renders it its own way. Text typed by citizens is never put between markers unescaped.
 */
export interface Reply {
  text: string;
  options?: Option[];
  links?: Link[];
}

/** Kinds of non-text messages that channels report. */
export type MediaKind = 'photo' | 'voice' | 'audio' | 'video' | 'sticker' | 'location' | 'document' | 'contact' | 'other';

/** One incoming message, already parsed by the channel adapter. */
export type Incoming =
  | { kind: 'text'; text: string }
  | { kind: 'option'; id: string }
  | { kind: 'start'; payload?: string }
  | { kind: 'media'; media: MediaKind };

const ServiceRef = z.string().min(1).max(80);
const Answers = z.record(z.string(), z.string());

/** Where the citizen is in the conversation. */
export const View = z.discriminatedUnion('at', [
  z.object({ at: z.literal('menu') }),
  z.object({ at: z.literal('categories') }),
  z.object({ at: z.literal('category'), category: z.string() }),
  z.object({ at: z.literal('results'), query: z.string() }),
  z.object({ at: z.literal('service'), serviceId: ServiceRef }),
  z.object({ at: z.literal('walkthrough'), serviceId: ServiceRef, step: z.number().int().min(0) }),
  z.object({ at: z.literal('form'), serviceId: ServiceRef, field: z.number().int().min(0), answers: Answers }),
  z.object({ at: z.literal('confirm'), serviceId: ServiceRef, answers: Answers }),
  z.object({ at: z.literal('feedback'), serviceId: ServiceRef.optional(), about: z.enum(['walkthrough', 'request', 'info']) }),
  z.object({ at: z.literal('handoff') }),
  z.object({
    at: z.literal('resume'),
    pending: z.discriminatedUnion('at', [
      z.object({ at: z.literal('walkthrough'), serviceId: ServiceRef, step: z.number().int().min(0) }),
      z.object({ at: z.literal('form'), serviceId: ServiceRef, field: z.number().int().min(0), answers: Answers }),
    ]),
  }),
]);
export type View = z.infer<typeof View>;

/** How a session ended; the best outcome reached so far is kept in the state. */
export const Outcome = z.enum(['request_submitted', 'walkthrough_finished', 'handoff', 'service_viewed', 'user_ended', 'abandoned']);
export type Outcome = z.infer<typeof Outcome>;

/** The whole conversation state of one session. Saved after every message. */
export const ConversationState = z.object({
  view: View,
  /** The options last shown: a number typed by the citizen answers this list. */
  options: z.array(Option).max(20),
  /** Previous views, for "voltar" (bounded). */
  back: z.array(View).max(10),
  outcome: Outcome.optional(),
});
export type ConversationState = z.infer<typeof ConversationState>;

/** A fresh state: at the menu, nothing offered yet. */
export function initialState(): ConversationState {
  return { view: { at: 'menu' }, options: [], back: [] };
}

/** Something worth recording for analysts. Never contains personal data in the clear. */
export type EngineEvent =
  | { type: 'search'; query: string; results: number; topId?: string }
  | { type: 'category_viewed'; category: string }
  | { type: 'service_viewed'; serviceId: string }
  | { type: 'step_viewed'; serviceId: string; step: number }
  | { type: 'walkthrough_finished'; serviceId: string }
  | { type: 'form_started'; serviceId: string }
  | { type: 'form_submitted'; serviceId: string; protocol: string }
  | { type: 'feedback'; helpful: boolean; serviceId?: string }
  | { type: 'handoff' }
  | { type: 'not_understood'; text: string }
  | { type: 'stale_service'; serviceId: string };

/** A request (form) to store, with the answers: the only place personal data is kept. */
export interface NewRequest {
  protocol: string;
  serviceId: string;
  answers: Record<string, string>;
}

/** The status of a stored request, as shown to its owner. */
export interface RequestStatus {
  protocol: string;
  serviceId: string;
  serviceTitle: string;
  status: string;
  createdAt: number;
}

/** The result of one engine step. `end` closes the session with that outcome. */
export interface Turn {
  state: ConversationState;
  replies: Reply[];
  events: EngineEvent[];
  request?: NewRequest;
  end?: Outcome;
}
