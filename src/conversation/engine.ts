// The conversation engine: (state, message) -> new state, replies, events. Pure: no channel, database or logger.
// Everything impure it needs (the clock, protocol numbers, request look-ups) comes in through EngineContext.
// Typed text is read against the intent table (intents.ts) from where the citizen is; buttons go
// straight to their action (actions.ts); views.ts and form.ts say things.
import { handleOption, notUnderstood } from './actions.ts';
import { asQuestion } from './commands.ts';
import { classify, classifyAsked, readMessage, withoutDismissal } from './intents.ts';
import { withoutPreamble } from './preamble.ts';
import { MAX_INPUT, spelledOut } from './reading.ts';
import { rephrase } from './rephrase.ts';
import { condole } from './social.ts';
import { fromMineiro } from './mineiro.ts';
import { fromSpanish } from './spanish.ts';
import { copy } from './text.ts';
import { type EngineContext, opt, serviceOf, serviceOfView, TurnBuilder } from './turn.ts';
import type { ConversationState, Incoming, Reply, Turn } from './types.ts';
import { menuOptions, showMenu, showService } from './views.ts';

export type { EngineContext, Searcher } from './turn.ts';
export { MAX_INPUT };

/** A lone "no", the answer no in Spanish (read so even in a form's own value: "o e-mail é opcional": "no"). */
const LONE_NO = /^\s*no\s*[.!]*\s*$/i;

/**
 * The message as the readers read it: a Spanish message written in Portuguese (spanish.ts), except where the citizen
 * types a value of their own into a form (a name, an address, a report), which stays as typed.
 */
function portuguese(t: TurnBuilder, raw: string): string {
  const v = t.state.view;
  if (v.at === 'form') {
    const type = serviceOf(t.ctx, v.serviceId)?.form?.fields[v.field]?.type;
    // A lone "no" is still the answer no ("o e-mail é opcional": "no").
    if (type !== 'date' && type !== 'choice' && !LONE_NO.test(raw)) return raw;
  }
  return fromMineiro(fromSpanish(raw));
}

/** The message the readers read: in Portuguese, and a command to the bot written as its question (commands.ts). */
function asRead(t: TurnBuilder, raw: string): string {
  const text = portuguese(t, raw);
  return t.state.view.at === 'form' ? text : asQuestion(text);
}

function handleText(t: TurnBuilder, raw: string): void {
  const text = withoutPreamble(t, withoutDismissal(t, asRead(t, raw)));
  const read = readMessage(t, text);
  // Emoji, symbols or nothing at all: no words to act on ("?" alone asks what the bot meant).
  if (read.tokens.length === 0) return /^[\s?¿]+$/.test(read.text) && read.text.includes('?') ? rephrase(t) : notUnderstood(t, read.text);
  const { m, intent, hit } = classifyAsked(t, read, text);
  intent.handle(t, m, hit);
  condole(t, m);
}

/** The name of the intent the table gives a text in this state (for tests and the NLU comparison bench). */
export function understand(state: ConversationState, text: string, ctx: EngineContext): string {
  const t = new TurnBuilder(state, ctx);
  const said = withoutPreamble(t, withoutDismissal(t, asRead(t, text)));
  const read = readMessage(t, said);
  if (read.tokens.length === 0) return /^[\s?¿]+$/.test(read.text) && read.text.includes('?') ? 'rephrase' : 'not_understood';
  const { intent, hit } = classifyAsked(t, read, said);
  return intent.name === 'follow_up' && hit.topics ? `follow_up:${hit.topics.topics.join('+')}` : intent.name;
}

/** Is this message a bare greeting (or a plain /start)? */
export function isGreeting(input: Incoming, ctx?: EngineContext): boolean {
  if (input.kind === 'start') return !input.payload;
  if (input.kind !== 'text') return false;
  const t = new TurnBuilder({ v: 2, view: { at: 'menu' }, options: [], back: [] }, ctx ?? noContext);
  const m = readMessage(t, input.text);
  if (m.tokens.length === 0) return false;
  const { intent, hit } = classify(t, m);
  return intent.name === 'small_talk' && [...(hit.social ?? [])].every((k) => k === 'greeting' || k === 'howAreYou');
}

/** A context for reading greetings without a catalogue (no word is a catalogue word). */
const noContext: EngineContext = {
  catalogue: { services: [], byId: new Map(), synonyms: [], nearSynonyms: [], otherStates: { estados: [], ignorar: [] }, dir: '', loadedAt: 0 },
  search: { search: () => ({ hits: [], clear: false }), knows: () => false, share: () => 0 },
  now: new Date(0),
  newProtocol: () => '',
  findRequest: () => undefined,
};

/** A session that was opened by a deep link (/start <service-id>) or a plain start. */
function handleStart(t: TurnBuilder, payload: string | undefined): void {
  const id = payload?.trim().toLowerCase();
  const s = id ? serviceOf(t.ctx, id) : undefined;
  if (s) {
    t.say(`${copy.greeting}`, undefined, undefined, { kind: 'notice' });
    return showService(t, s);
  }
  showMenu(t, true);
}

/**
 * Runs one step of the conversation. Never throws for any input: a state that refers to a service
 * no longer in the catalogue is answered with an apology and the menu.
 */
export function step(state: ConversationState, input: Incoming, ctx: EngineContext): Turn {
  const t = new TurnBuilder(state, ctx);
  if (state.restarted) {
    // The stored state could not be read (see parseState): say so instead of silently starting over.
    const { restarted: _restarted, ...rest } = t.state;
    t.state = rest;
    t.say('Desculpe, não consegui recuperar o ponto em que paramos. Vamos recomeçar daqui.', undefined, undefined, { kind: 'notice' });
  }
  if (t.state.focus !== undefined && !serviceOf(ctx, t.state.focus)) t.unfocus();
  const sid = serviceOfView(state.view);
  if (sid !== undefined && !serviceOf(ctx, sid)) {
    t.events.push({ type: 'stale_service', serviceId: sid });
    t.say(copy.staleService, undefined, undefined, { kind: 'notice' });
    t.unfocus();
    showMenu(t, false);
    return t.done();
  }
  switch (input.kind) {
    case 'start':
      handleStart(t, input.payload);
      break;
    case 'media':
      t.events.push({ type: 'not_understood', text: `[${input.media}]` });
      t.say(copy.onlyText, t.state.options.length > 0 ? t.state.options : menuOptions(), undefined, { kind: 'not_understood' });
      break;
    case 'option':
      handleOption(t, input.id.slice(0, 64));
      break;
    case 'text':
      t.said = spelledOut(input.text);
      handleText(t, input.text);
      break;
  }
  return t.done();
}

/** The state a returning citizen starts with: an offer to resume an unfinished walkthrough or form. */
export function resumeState(previous: ConversationState, ctx: EngineContext): ConversationState | undefined {
  const v = previous.view;
  if ((v.at === 'walkthrough' || v.at === 'form') && serviceOf(ctx, v.serviceId)) {
    return { v: 2, view: { at: 'resume', pending: v }, options: [opt.resumeYes, opt.resumeNo], back: [], focus: v.serviceId };
  }
  return undefined;
}

/** The reply that offers to resume (shown before the answer to the first message of the new session). */
export function resumeReply(state: ConversationState, ctx: EngineContext): Reply | undefined {
  if (state.view.at !== 'resume') return undefined;
  const p = state.view.pending;
  const s = serviceOf(ctx, p.serviceId);
  if (!s) return undefined;
  const what = p.at === 'walkthrough' ? `o passo a passo de *${s.title}* (etapa ${p.step + 1} de ${s.steps.length})` : `a solicitação de *${s.title}*`;
  return { text: `Bem-vindo de volta! Você tinha deixado ${what} pela metade. Quer continuar?`, options: [opt.resumeYes, opt.resumeNo], hint: { kind: 'notice' } };
}

