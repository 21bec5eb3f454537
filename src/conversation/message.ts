// A message as the intent table reads it, and what intents know about the form being filled.
import type { Form, Service } from '../catalogue/schema.ts';
import type { SocialKind } from './cues.ts';
import type { Reading } from './reading.ts';
import type { StandIn, TopicHit } from './topics.ts';
import { serviceOf, type TurnBuilder } from './turn.ts';
import type { View } from './types.ts';

/** The name of a view ("menu", "service", "form", …). */
export type Place = View['at'];

/** A message as the table reads it, with what it needs to know about where it was said. */
export interface Message extends Reading {
  /** The form field being asked takes free text: only a whole-message command is a command. */
  freeText: boolean;
}

/** What recognition found, for the handler: the tokens used, and the intent's own details. */
export interface Hit {
  used: readonly number[];
  /** A number (an option's position, a step). */
  n?: number;
  /** Follow-up topics. */
  topics?: TopicHit;
  /** Kinds of social turn. */
  social?: ReadonlySet<SocialKind>;
  /** An earlier form answer's new value (the field's index is `n`). */
  value?: string;
  /** A document of the card asked whether another thing stands in for it (the intent document_stand_in). */
  standIn?: StandIn;
}

/** A form being filled: its service, the form, the field asked (0-based) and the answers so far. */
export interface FormAt {
  s: Service;
  form: Form;
  field: number;
  answers: Record<string, string>;
}

/** The form, field and answers being asked, if the citizen is in a form. */
export function formOf(t: TurnBuilder): FormAt | undefined {
  const view = t.state.view;
  if (view.at !== 'form') return undefined;
  const s = serviceOf(t.ctx, view.serviceId);
  return s?.form ? { s, form: s.form, field: view.field, answers: view.answers } : undefined;
}

/** In a form, its summary, or the question whether to leave it: any word there may be an answer. */
export function inForm(t: TurnBuilder): boolean {
  return ['form', 'confirm', 'leave'].includes(t.state.view.at);
}

/** Where a form's field takes free text (its answers are never commands unless whole). */
export function isFreeText(t: TurnBuilder): boolean {
  const f = formOf(t);
  return f?.form.fields[f.field]?.type === 'text';
}
