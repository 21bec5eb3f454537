// Channel-neutral types of the conversation: what comes in, what goes out, and the state in between.
// The state (a versioned zod schema, so a state read back from the database is validated) is in state.ts.
import type { Topic } from './state.ts';

export { ConversationState, initialState, Option, Outcome, parseState, STATE_VERSION, Topic, View } from './state.ts';
import type { ConversationState, Option, Outcome } from './state.ts';

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
  /** What this reply is, for channels: they must read this, never the Portuguese words of `text`. */
  hint?: ReplyHint;
}

/**
 * The kind of a reply, with its position where it has one. Channels decide from it (Telegram edits the
 * previous step in place; WhatsApp drops a form question's choices from the text because its menu lists them).
 */
export type ReplyHint =
  | { kind: 'menu' | 'categories' | 'category' | 'handoff' | 'help' | 'bye' | 'no_results' | 'not_understood' | 'small_talk' | 'feedback' | 'protocol' | 'notice' | 'elsewhere' }
  | { kind: 'results'; count: number }
  | { kind: 'card' | 'documents' | 'where' | 'submitted' | 'summary' | 'leave_form'; serviceId: string }
  /** A question about the service in focus that its catalogue entry does not answer (official page and 155 given). */
  | { kind: 'unanswered'; serviceId: string }
  /** A question about the service in focus answered by quoting its own texts, no field of its catalogue entry holding the answer. */
  | { kind: 'passage'; serviceId: string }
  | { kind: 'follow_up'; serviceId: string; topic: Topic }
  /** Step `step` (1-based) of `of`. */
  | { kind: 'step'; serviceId: string; step: number; of: number }
  /** Form field `field` (1-based) of `of`; the text lists the field's `choices` right after its question line. */
  | { kind: 'field'; serviceId: string; field: number; of: number; choices: number };

/** Kinds of non-text messages that channels report. */
export type MediaKind = 'photo' | 'voice' | 'audio' | 'video' | 'sticker' | 'location' | 'document' | 'contact' | 'other';

/** One incoming message, already parsed by the channel adapter. */
export type Incoming =
  | { kind: 'text'; text: string }
  | { kind: 'option'; id: string }
  | { kind: 'start'; payload?: string }
  | { kind: 'media'; media: MediaKind };

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
  | { type: 'stale_service'; serviceId: string }
  /** A question about a service answered from its card (which topic): tells staff which sections citizens ask about. */
  | { type: 'follow_up'; kind: FollowUpKind; serviceId: string };

/**
 * What a follow-up question was answered with: a topic of the card; `passage`, a sentence of the service's texts that
 * no section holds (a section staff could add); `unanswered`, nothing in the catalogue (a gap to fill).
 */
export type FollowUpKind = Topic | 'passage' | 'unanswered';

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
