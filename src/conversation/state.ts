// The stored conversation state, versioned. Every shape ever stored keeps its own schema here, frozen,
// with a migration to the next one: a state saved by an older release is carried forward, never
// dropped in silence (grammyjs/conversations pins the version of its stored state the same way).
import { z } from 'zod';

/** A choice offered to the citizen: `id` is stable (button data), `label` is shown. */
export const Option = z.object({ id: z.string().min(1).max(64), label: z.string().min(1) });
export type Option = z.infer<typeof Option>;

const ServiceRef = z.string().min(1).max(80);
const Answers = z.record(z.string(), z.string());

/** The topics of follow-up questions about the service in focus. */
export const Topic = z.enum(['cost', 'documents', 'where', 'time', 'online', 'requirements', 'appointment', 'minors', 'link', 'how', 'contact', 'hours', 'agency']);
export type Topic = z.infer<typeof Topic>;

/** How a session ended; the best outcome reached so far is kept in the state. */
export const Outcome = z.enum(['request_submitted', 'walkthrough_finished', 'handoff', 'service_viewed', 'user_ended', 'abandoned']);
export type Outcome = z.infer<typeof Outcome>;

// ---------------------------------------------------------------------------------------------
// Version 1 (until this file existed; stored without a version number). Frozen: never edit.
// ---------------------------------------------------------------------------------------------

const ViewV1 = z.discriminatedUnion('at', [
  z.object({ at: z.literal('menu') }),
  z.object({ at: z.literal('categories') }),
  z.object({ at: z.literal('category'), category: z.string() }),
  z.object({ at: z.literal('results'), query: z.string() }),
  z.object({ at: z.literal('service'), serviceId: ServiceRef }),
  z.object({ at: z.literal('walkthrough'), serviceId: ServiceRef, step: z.number().int().min(0) }),
  z.object({ at: z.literal('form'), serviceId: ServiceRef, field: z.number().int().min(0), answers: Answers }),
  z.object({ at: z.literal('confirm'), serviceId: ServiceRef, answers: Answers }),
  z.object({ at: z.literal('feedback'), serviceId: ServiceRef.optional(), about: z.enum(['walkthrough', 'request', 'info']) }),
  // The service the citizen asked for a person from, kept in view so the next question is still about it (r40 lead).
  z.object({ at: z.literal('handoff'), serviceId: ServiceRef.optional() }),
  z.object({
    at: z.literal('resume'),
    pending: z.discriminatedUnion('at', [
      z.object({ at: z.literal('walkthrough'), serviceId: ServiceRef, step: z.number().int().min(0) }),
      z.object({ at: z.literal('form'), serviceId: ServiceRef, field: z.number().int().min(0), answers: Answers }),
    ]),
  }),
]);

/** The state as stored by version 1. */
export const StateV1 = z.object({
  view: ViewV1,
  options: z.array(Option).max(20),
  back: z.array(ViewV1).max(10),
  outcome: Outcome.optional(),
});
export type StateV1 = z.infer<typeof StateV1>;

// ---------------------------------------------------------------------------------------------
// Version 2 (current).
// ---------------------------------------------------------------------------------------------

/** The version `initialState` writes and `parseState` returns. */
export const STATE_VERSION = 2;

const FormView = z.object({ at: z.literal('form'), serviceId: ServiceRef, field: z.number().int().min(0), answers: Answers });
const WalkView = z.object({ at: z.literal('walkthrough'), serviceId: ServiceRef, step: z.number().int().min(0) });

/** Views that hold no answers: the only ones kept in the way back, so personal data never lingers there. */
export const PlainView = z.discriminatedUnion('at', [
  z.object({ at: z.literal('menu') }),
  z.object({ at: z.literal('categories') }),
  z.object({ at: z.literal('category'), category: z.string() }),
  z.object({ at: z.literal('results'), query: z.string() }),
  z.object({ at: z.literal('service'), serviceId: ServiceRef }),
  WalkView,
  z.object({ at: z.literal('feedback'), serviceId: ServiceRef.optional(), about: z.enum(['walkthrough', 'request', 'info']) }),
  // The service the citizen asked for a person from, kept in view so the next question is still about it (r40 lead).
  z.object({ at: z.literal('handoff'), serviceId: ServiceRef.optional() }),
]);
export type PlainView = z.infer<typeof PlainView>;

/** Views that hold form answers. */
const WITH_ANSWERS: ReadonlySet<string> = new Set(['form', 'confirm', 'leave', 'resume']);

/** Is this view free of answers (so it may be kept in the way back)? */
export function isPlainView(view: { at: string }): view is PlainView {
  return !WITH_ANSWERS.has(view.at);
}

/** Where the citizen is in the conversation. Only form, confirm, leave and resume views hold answers. */
export const View = z.discriminatedUnion('at', [
  ...PlainView.options,
  FormView,
  z.object({ at: z.literal('confirm'), serviceId: ServiceRef, answers: Answers }),
  /** During a form the citizen asked for another service (`target`): leave the form for it? */
  z.object({ at: z.literal('leave'), form: FormView, target: ServiceRef }),
  z.object({ at: z.literal('resume'), pending: z.discriminatedUnion('at', [WalkView, FormView]) }),
]);
export type View = z.infer<typeof View>;

/** The most a reply kept for "repete" may hold (`reply`, round 5960). */
export const REPLY_MAX = 4000;

/** The whole conversation state of one session. Saved after every message. */
export const ConversationState = z.object({
  v: z.literal(STATE_VERSION),
  view: View,
  /** The options last shown: a number typed by the citizen answers this list. */
  options: z.array(Option).max(20),
  /** Previous views, for "voltar" (bounded, never a view with answers). */
  back: z.array(PlainView).max(10),
  outcome: Outcome.optional(),
  /** The service the conversation is about: follow-up questions ("quanto custa?") are about it. */
  focus: ServiceRef.optional(),
  /** The services in focus before this one, most recent last: "tava certo antes" goes back to the last of them. */
  recent: z.array(ServiceRef).max(5).optional(),
  /** The services this conversation has been about, in the order first talked about: "o primeiro" is the first (round 6040). */
  talked: z.array(ServiceRef).max(5).optional(),
  /** The topic of the last follow-up answered, so that "e a CNH?" asks the same about another service. */
  topic: Topic.optional(),
  /** The subject handled elsewhere that the last reply was about: "e o caixa tem?" after the bank's asks about it again. */
  away: z.string().min(1).max(64).optional(),
  /** The card's sentences the last reply quoted: "explica mais simples" after them says them again, plainer (r40c). */
  quoted: z.array(z.string().min(1).max(2000)).max(8).optional(),
  /**
   * A question's opening sent alone, waiting for its end in the next message ("precisa" before "de foto?"): words of the
   * catalogue and of the chat only (pieces.ts), it lasts one turn (lead, round 5702).
   */
  piece: z.string().min(1).max(80).optional(),
  /**
   * The words of the last message, for a fix on the next bubble ("*amador", "quis dizer IPVA"): words of the catalogue and
   * of the chat only, any other word and every number kept as a mark (pieces.ts typedOf), and whether it opened the card
   * in view (a fix undoes that reading); it lasts one turn (round 5840).
   */
  typed: z.object({ words: z.string().min(1).max(80), opened: z.literal(true).optional() }).optional(),
  /**
   * What the last turn said on a card, for "repete" on the next one: the same answer again, whole (round 5960). Kept one
   * turn, only when the turn began and ended outside a form (a card's replies hold no answer of the citizen's) and the
   * message held nothing the privacy reader finds.
   */
  reply: z.string().min(1).max(REPLY_MAX).optional(),
  /** The protocol number of the last request sent in this conversation: "qual o número do protocolo?" says it again. */
  protocol: z.string().min(1).max(40).optional(),
  /** Set when a stored state could not be read: the next reply says the conversation restarted. */
  restarted: z.literal(true).optional(),
});
export type ConversationState = z.infer<typeof ConversationState>;

/** A fresh state: at the menu, nothing offered yet. */
export function initialState(): ConversationState {
  return { v: STATE_VERSION, view: { at: 'menu' }, options: [], back: [] };
}

/** The service a version 1 view is about, if any. */
function serviceOfV1(view: StateV1['view']): string | undefined {
  if (view.at === 'resume') return view.pending.serviceId;
  return 'serviceId' in view ? view.serviceId : undefined;
}

/** Version 1 → 2: same views; the way back loses form and confirm views (they held answers); the service becomes the focus. */
export function migrateV1(old: StateV1): ConversationState {
  const back = old.back.filter(isPlainView);
  const state: ConversationState = { v: STATE_VERSION, view: old.view, options: old.options, back };
  if (old.outcome !== undefined) state.outcome = old.outcome;
  const focus = serviceOfV1(old.view);
  if (focus !== undefined) state.focus = focus;
  return state;
}

/**
 * Reads a stored state of any version: the current one as it is, an older one migrated. Anything
 * unreadable becomes a fresh state marked `restarted`, so the citizen is told rather than silently reset.
 */
export function parseState(raw: unknown): ConversationState {
  const current = ConversationState.safeParse(raw);
  if (current.success) return current.data;
  const hasVersion = typeof raw === 'object' && raw !== null && 'v' in raw;
  if (!hasVersion) {
    const v1 = StateV1.safeParse(raw);
    if (v1.success) return migrateV1(v1.data);
  }
  return { ...initialState(), restarted: true };
}

/** The views that hold answers, by name: stores find closed sessions still holding some with it. */
export const ANSWER_VIEWS: readonly string[] = [...WITH_ANSWERS];

/**
 * The state with every form answer removed, for a session that closes: a form (or its confirmation, the offer to
 * leave it, the offer to resume it) becomes the card of its service, one tap from starting the request again.
 * A walkthrough stays resumable (an offer to resume one becomes the walkthrough); a state in a plain view is
 * returned as it is. The result is never in one of ANSWER_VIEWS.
 */
export function withoutAnswers(state: ConversationState): ConversationState {
  const v = state.view;
  if (isPlainView(v)) return state;
  let serviceId: string;
  if (v.at === 'leave') serviceId = v.form.serviceId;
  else if (v.at === 'resume') {
    // Answer-free, but out of the answer views: a closed session is never picked up by the scrub again.
    if (v.pending.at === 'walkthrough') return { ...state, view: v.pending, options: [] };
    serviceId = v.pending.serviceId;
  } else serviceId = v.serviceId;
  return { ...state, view: { at: 'service', serviceId }, options: [] };
}
