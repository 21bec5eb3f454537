// The ONE adapter from the engine's output to what a citizen observes. It is the only file of the dialogue
// harness that knows the engine's shapes (state, views, replies, events, reply hints). When the engine changes shape
// (a `state.focus` field, structured reply hints, new views), update this file only. It never holds expected
// answers: it reports what was shown, and the checks decide whether that was right.
import type { Catalogue } from '../../src/catalogue/load.ts';
import type { ConversationState, Turn, View } from '../../src/conversation/types.ts';
import { fold } from './match.ts';

/** The kinds of screen a citizen can tell apart. */
export const SCREENS = ['card', 'results', 'step', 'field', 'confirm', 'menu', 'handoff', 'other'] as const;
/** One kind of screen. */
export type Screen = (typeof SCREENS)[number];

/** What the citizen saw after one message. */
export interface Observation {
  /** Every reply's text, in order, joined by blank lines. */
  text: string;
  /** Every button offered, in order. */
  options: { id: string; label: string }[];
  links: { label: string; url: string }[];
  /** The service the conversation is about after the turn, or null. */
  focus: string | null;
  screen: Screen;
  /** 1-based step number, on a walkthrough step. */
  step?: number;
  /** Id of the form field being asked, on a form. */
  field?: string;
  /** Protocol number given in this turn, if any. */
  protocol?: string;
  /** Services put in front of the citizen this turn: a card shown, the service a reply answers about (a question on the card in focus), then services offered as buttons, in order. */
  offered: string[];
  /** The reply says no service was found for the message. */
  notFound: boolean;
  /** The reply says the message was not understood. */
  notUnderstood: boolean;
}

const PROTOCOL = /ATD-\d{8}-\d{6}/;

/** The service a view is about. */
function serviceOfView(view: View): string | null {
  switch (view.at) {
    case 'service':
    case 'walkthrough':
    case 'form':
    case 'confirm':
      return view.serviceId;
    case 'feedback':
    case 'handoff':
      return view.serviceId ?? null;
    case 'resume':
      return view.pending.serviceId;
    default:
      return null;
  }
}

function screenOf(view: View): Screen {
  switch (view.at) {
    case 'service':
      return 'card';
    case 'results':
      return 'results';
    case 'walkthrough':
      return 'step';
    case 'form':
      return 'field';
    case 'confirm':
      return 'confirm';
    case 'menu':
      return 'menu';
    case 'handoff':
      return 'handoff';
    default:
      return 'other';
  }
}

/** The catalogue service a button stands for: its id names the service, or its label is the service's title. */
function serviceOfOption(option: { id: string; label: string }, catalogue: Catalogue): string | undefined {
  for (const part of option.id.split(/[^a-z0-9-]+/)) if (catalogue.byId.has(part)) return part;
  const label = fold(option.label).replace(/^\d+\s+/, '');
  return catalogue.services.find((s) => fold(s.title) === label)?.id;
}


/** Turns one engine turn (and the state before it) into an observation. */
export function observe(before: ConversationState, turn: Turn, catalogue: Catalogue): Observation {
  const view = turn.state.view;
  const text = turn.replies.map((r) => r.text).join('\n\n');
  const options = turn.replies.flatMap((r) => r.options ?? []).map((o) => ({ id: o.id, label: o.label }));
  const links = turn.replies.flatMap((r) => r.links ?? []).map((l) => ({ label: l.label, url: l.url }));
  const focus = serviceOfView(view);
  const screen = screenOf(view);

  const offered: string[] = [];
  const viewed = turn.events.flatMap((e) => (e.type === 'service_viewed' ? [e.serviceId] : []));
  const newCard = screen === 'card' && focus !== null && focus !== serviceOfView(before.view) ? [focus] : [];
  const answeredAbout = turn.replies.flatMap((r) => (r.hint !== undefined && 'serviceId' in r.hint ? [r.hint.serviceId] : []));
  for (const id of [...viewed, ...newCard, ...answeredAbout, ...options.flatMap((o) => serviceOfOption(o, catalogue) ?? [])]) {
    if (!offered.includes(id)) offered.push(id);
  }

  // The reply's structured hint says what it is; an engine `search` event with no result is not enough,
  // since a follow-up question may search its leftover words and still answer about the service in focus.
  const hints = turn.replies.map((r) => r.hint?.kind);
  const obs: Observation = {
    text,
    options,
    links,
    focus,
    screen,
    offered,
    notFound: hints.includes('no_results'),
    notUnderstood: hints.includes('not_understood'),
  };
  if (view.at === 'walkthrough') obs.step = view.step + 1;
  if (view.at === 'form') obs.field = catalogue.byId.get(view.serviceId)?.form?.fields[view.field]?.id;
  const protocol = turn.request?.protocol ?? PROTOCOL.exec(text)?.[0];
  if (protocol !== undefined) obs.protocol = protocol;
  return obs;
}
