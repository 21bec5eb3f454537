// The conversation engine: (state, message) -> new state, replies, events. Pure: no channel, database or logger.
// Everything impure it needs (the clock, protocol numbers, request look-ups) comes in through EngineContext.
// Typed text is read against the intent table (intents.ts) from where the citizen is; buttons go
// straight to their action (actions.ts); views.ts and form.ts say things.
import { handleOption, notUnderstood } from './actions.ts';
import { asQuestion, isAsked } from './commands.ts';
import { inTitle, namesService } from './naming.ts';
import { askField, fieldsNamed } from './form.ts';
import { choiceStated } from './fields.ts';
import type { Message } from './message.ts';
import { classify, classifyAsked, readMessage, withoutDismissal } from './intents.ts';
import { pieceOf, typedOf, withFix, withPiece } from './pieces.ts';
import { withoutPreamble } from './preamble.ts';
import { isGlue, MAX_INPUT, spelledOut } from './reading.ts';
import { rephrase } from './rephrase.ts';
import { condole } from './social.ts';
import { fromMineiro } from './mineiro.ts';
import { fromEnglish } from './english.ts';
import { fromSpanish } from './spanish.ts';
import { redact, withoutPersonalNumbers } from '../privacy/redact.ts';
import { wishStartsForm } from './wish.ts';
import { copy } from './text.ts';
import { cardOfView, type EngineContext, opt, serviceOf, serviceOfView, TurnBuilder } from './turn.ts';
import type { ConversationState, Incoming, Reply, Turn } from './types.ts';
import { isPlainView, REPLY_MAX } from './state.ts';
import { isQuestion, menuOptions, showMenu, showService } from './views.ts';
import { answerBoth, bothAsked, findTopics, namingWords, ombudsmanNamed, pointedBack } from './topics.ts';
import { withoutMovingHouse } from './moving.ts';
import { withoutCalendar } from './calendar.ts';
import { withPurchaseCheckRead } from './story.ts';

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
    // A lone "no" is still the answer no ("o e-mail é opcional": "no"). An e-mail or a phone is no words of the citizen's:
    // words there, with no "@" and no digit, say something of the field ("no tengo email", "mejor no lo doy"), round 5225.
    const said = (type === 'email' || type === 'phone') && !/[\d@]/.test(raw);
    if (type !== 'date' && type !== 'choice' && !said && !LONE_NO.test(raw) && !givenUpInSpanish(t, raw)) return raw;
  }
  const text = fromMineiro(fromSpanish(fromEnglish(raw)));
  // Outside a form, the citizen's own numbers ("placa KLM-3344", "meu cpf é 111.444.777-35", "protocolo 2026.555.123")
  // say nothing of the need around them: read without them, unless nothing else is left.
  // No digit and no "@": nothing to take out (most messages; the privacy reader costs ~10 µs). A protocol number is read
  // by its own intent ("consultar protocolo ATD-…"), not taken out.
  if (!DATA_READ.has(v.at) || !/[\d@]/.test(text) || PROTOCOL_SAID.test(text)) return text;
  const bare = withoutPersonalNumbers(text);
  return bare !== text && /\p{L}{2}/u.test(bare) ? bare : text;
}

/**
 * "mejor no, cancela todo, gracias" in a field of the citizen's own words: a Spanish message whose Portuguese reading
 * gives the form up is no value; it is read in Portuguese, as outside a form.
 */
function givenUpInSpanish(t: TurnBuilder, raw: string): boolean {
  const read = fromSpanish(raw);
  return read !== raw && classify(t, readMessage(t, read)).intent.name === 'cancel_form';
}

const PROTOCOL_SAID = /protocol|\batd\s*-?\s*\d/i;
/** Views where a message is read for its need, not for a value to keep. */
const DATA_READ: ReadonlySet<string> = new Set(['menu', 'categories', 'category', 'results', 'service', 'walkthrough']);

/** The message the readers read: in Portuguese, and a command to the bot written as its question (commands.ts). */
function asRead(t: TurnBuilder, raw: string): string {
  const text = portuguese(t, raw);
  return t.state.view.at === 'form' ? text : asQuestion(text);
}

/** The message as the table reads it on this turn: the text (asRead, the dismissal and the preamble set aside) and its reading. */
function readTyped(t: TurnBuilder, raw: string): { text: string; read: Message } {
  // Moving house told is no change of the licence's category: its words are not read (declared round 6480).
  // "vou comprar uma moto usada, como vejo se ela tem dívida?" with nothing in view: the look-up of the vehicle's situation
  // before buying it (story.ts withPurchaseCheckRead, round 6521).
  const plain = withoutCalendar(withoutMovingHouse(raw));
  const text = withoutPreamble(t, withoutDismissal(t, asRead(t, t.state.focus === undefined ? withPurchaseCheckRead(plain) : plain)));
  return { text, read: readMessage(t, text) };
}

/** A turn to try a reading on in `state` (the said text kept), before the real turn acts: nothing it does is kept. */
function scratchTurn(t: TurnBuilder, state: ConversationState): TurnBuilder {
  const trial = new TurnBuilder(state, t.ctx);
  trial.said = t.said;
  return trial;
}

/**
 * "e o outro, demora quanto?", "e pra achar aquele bo, preciso de que?" on a card: pointing back at a service this
 * conversation talked about before (topics.ts pointedBack) moves the focus to its card first; the message is then read
 * there, by whichever intent reads it (round 6040). Pointing alone ("e o outro?"), nothing asked nor named besides: its
 * card. Before it, "qual dos dois faço primeiro?", "os documentos são os mesmos?": a question about both services talked
 * about last (topics.ts bothAsked) is answered of each, by its own card (round 6140), on the same reading. The message as
 * read on the card it is about; undefined when a card answered.
 */
function pointBack(t: TurnBuilder, raw: string): { text: string; read: Message } | undefined {
  const typed = readTyped(t, raw);
  const v = t.state.view;
  const focus = v.at === 'service' ? serviceOf(t.ctx, v.serviceId) : undefined;
  if (focus === undefined || typed.read.tokens.length === 0) return typed;
  const both = bothAsked(t, typed.read, focus);
  if (both) return void answerBoth(t, both);
  const back = pointedBack(t, typed.read, focus) ?? ombudsmanNamed(t, typed.read, focus);
  if (!back) return typed;
  if (findTopics(typed.read, false) === undefined && namingWords(typed.read, back.at).length === 0) return void showService(t, back.service);
  // Read where it is typed, a reader that already lands on the service pointed at keeps its reading ("e aquela nota eu faço
  // no siare mesmo ne?" after the animal transit guide: where the invoice is issued).
  const trial = scratchTurn(t, t.state);
  const asked = classifyAsked(trial, typed.read, typed.text);
  asked.intent.handle(trial, asked.m, asked.hit);
  if (trial.state.focus === back.service.id) return typed;
  t.go({ at: 'service', serviceId: back.service.id });
  t.events.push({ type: 'service_viewed', serviceId: back.service.id });
  return readTyped(t, raw);
}

function handleText(t: TurnBuilder, raw: string): void {
  if (readOnCard(t, raw)) return;
  const typed = pointBack(t, raw);
  if (!typed) return;
  const { text, read } = typed;
  // Emoji, symbols or nothing at all: no words to act on ("?" alone, or a thinking or puzzled face alone, "🤔", asks what
  // the bot meant: lead, round 5701).
  if (read.tokens.length === 0) return (/^[\s?¿]+$/.test(read.text) && read.text.includes('?')) || PUZZLED_ONLY.test(raw) ? rephrase(t) : notUnderstood(t, read.text);
  const asked = classifyAsked(t, read, text);
  const { m, intent, hit } = cardQuestionInForm(t, asked, text) ?? asked;
  const focusBefore = t.state.focus;
  const recordTyped = DATA_READ.has(t.state.view.at) && RECORD_NUMBER.test(raw) && !PROTOCOL_SAID.test(raw);
  intent.handle(t, m, hit);
  wishStartsForm(t, m, focusBefore);
  condole(t, m);
  // "meu cpf é 111.444.777-35, tenho multa?", "placa HGT-4521, ipva atrasado?": the service of the need, and first, that
  // nothing is looked up by the number here (round 4724).
  if (recordTyped && t.state.view.at === 'service' && !NO_RECORD_NOTE.has(intent.name)) t.replies.unshift({ text: RECORD_NOT_SEEN, hint: { kind: 'notice' } });
}

/** A message of crying or sad faces only ("😭😭😭", "😢"). */
const SAD_ONLY = /^(?:\s|😭|😢|😞|😔|😥|😓|😩|😫|☹️|☹|🙁|💔)+$/u;
/** What sad faces alone stand for (see SAD_ONLY). */
const SAD_READ = 'que triste';
/** A message of puzzled or thinking faces only ("🤔", "😕😕", "🤨?"). */
const PUZZLED_ONLY = /^(?:\s|[?¿]|🤔|😕|🤨|🧐|😵‍💫|😵|😐|😶)+$/u;

/** A number of the citizen's records typed after the word that says what it is ("cpf 111…", "placa HGT-4521", "renavam: 0123…"). */
const RECORD_NUMBER = /\b(?:cpf|placa|renavam|chassi)\b[^\d\n]{0,12}\d/i;
/** Turns that say what they do with the number themselves (small talk about data, a request asked after). */
const NO_RECORD_NOTE: ReadonlySet<string> = new Set(['small_talk', 'request_status', 'protocol']);
/** What the bot says when such a number comes with a need (round 4724). */
const RECORD_NOT_SEEN = '🔒 Por aqui não consigo consultar nada pelo seu CPF, placa ou outro número pessoal: a consulta da sua situação é feita no canal oficial do serviço, e o *LigMinas 155* tira dúvidas.';

/**
 * The form's first field, just opened from its card (a bare wish, wish.ts, or the card's request): the message is read
 * as on the card too. A follow-up question ("qualquer UAI faz qualquer serviço?", "não preciso levar nada, só ir?"), a
 * correction ("não, é a do SUS") or the steps asked are the card's (answered, the field asked again when the card stays);
 * the request said again ("pode agendar pra mim") carries on with the field; an answer, or anything the card reads as
 * a search, is the field's, as before (r39a). False when the form reads the message.
 */
function readOnCard(t: TurnBuilder, raw: string): boolean {
  const card = cardUnderForm(t.state);
  if (card === undefined) return false;
  const asForm = scratchTurn(t, t.state);
  const inForm = readTyped(asForm, raw);
  const formIntent = inForm.read.tokens.length === 0 ? undefined : classifyAsked(asForm, inForm.read, inForm.text).intent.name;
  if (formIntent === undefined || !FORM_YIELDS.has(formIntent)) return false;
  const trial = scratchTurn(t, card);
  const { text, read } = readTyped(trial, raw);
  const { m, intent, hit } = classifyAsked(trial, read, text);
  const s = card.view.at === 'service' ? serviceOf(t.ctx, card.view.serviceId) : undefined;
  // Small talk the form has no answer for ("vc é humano ou máquina?" in a choice field) is the card's, then the field again.
  // A button of the card typed as its label ("passo a passo", "onde fazer") or the steps asked are the card's, though
  // the first field would take the words as a name; an option's number is the field's.
  const cardMove = intent.name === 'start_walk';
  if (!s?.form || (CARD_YIELDS.has(intent.name) && !cardMove && !(intent.name === 'small_talk' && formIntent === 'form_other'))) return false;
  const corrects = intent.name === 'correction' || intent.name === 'correction_first';
  // An option said as the answer in a clause of its own, beside why ("solicitação, é um pedido mesmo", "…, mas acho que
  // é denúncia mesmo, porque o funcionário…"), is the field's, whatever the card reads in the rest.
  const first = s?.form?.fields[0];
  if (formIntent === 'field_answer' && first?.type === 'choice' && !isAsked(raw) && choiceStated(first.options ?? [], raw)) return false;
  // The request said again ("quero registrar a reclamação por aqui", "faz o pedido de agendamento aí"): the field again,
  // though its words would fill it ("reclamação" is one of its choices); "Marcos Rocha" is a name, no request.
  if (intent.name === 'start_form' || intent.name === 'form_go_ahead') {
    // A value the field takes, said as a request ("quero fazer um elogio"), is the field's, unless said of here and now.
    if (!m.tokens.some((w) => (formIntent === 'field_answer' ? REQUEST_HERE : REQUEST_SAID).has(w))) return false;
    askField(t, s, s.form, 0, {});
    return true;
  }
  // A value the field takes is the field's ("Maria da Silva", "2", "reclamação"), unless asked with a "?" ("preciso morar
  // em minas pra reclamar?", whose "reclamar" is a choice of the field) or a correction ("na verdade é uma reclamação
  // sobre um hospital do SUS").
  const choice = s.form.fields[0]?.type === 'choice';
  // In a choice field, a sentence the card reads otherwise ("perdi o número do protocolo da minha reclamação") is the card's too.
  const told = choice && m.tokens.length >= 5 && intent.name !== 'search';
  if ((formIntent === 'field_answer' || formIntent === 'option') && !isAsked(raw) && !(corrects && choice) && !told && !cardMove) return false;
  // "pra que precisa do meu nome?" asks about the field; "não tenho dinheiro pra pagar o agendamento" asks the card's cost.
  // So is "sou de outra cidade, não sei qual unidade escolher" (where), said with no "?".
  const cardTopic = intent.name === 'follow_up' && (hit.topics?.topics.includes('cost') === true || (!isAsked(raw) && hit.topics?.topics.includes('where') === true));
  if (formIntent === 'field_question' && !cardTopic) return false;
  // Not a question naming one of the card's related services by two words of its title ("esqueci a senha do gov.br, como
  // recupero?"): the form offers to leave for it, as before.
  const related = s.related.flatMap((id) => serviceOf(t.ctx, id) ?? []);
  const namesRelated = related.some((r) => m.tokens.filter((w) => w.length >= 2 && !isGlue(w) && !inTitle(s, w) && inTitle(r, w)).length >= 2);
  if (formIntent === 'form_other' && !corrects && namesRelated && isQuestion(raw)) return false;
  // The card's reading is played on a scratch turn first: what the card does not understand either ("Joana Dias
  // Pereira, 529.982.247-25") is the form's, as before.
  intent.handle(trial, m, hit);
  if (trial.replies.some((r) => r.hint?.kind === 'no_results' || r.hint?.kind === 'not_understood')) return false;
  // The card searches what it does not read otherwise: a question ("qualquer UAI faz qualquer serviço?") is the card's
  // when the card answers it in place; a sentence naming another service ("agora quero saber da carteira do autista")
  // when the card opens that one; anything else ("Maria") is the form's, as before.
  if (intent.name === 'search') {
    const at = trial.state.view;
    const inPlace = isQuestion(raw) && at.at === 'service' && at.serviceId === s.id;
    // Named by two words of its title ("carteira do autista", "ouvidoria do sus"), or by one in a sentence of its own
    // ("ela quer fazer a identidade nova, a dela é de 1970"); not one word alone ("é da minha conta").
    const opened = at.at === 'service' && at.serviceId !== s.id ? serviceOf(t.ctx, at.serviceId) : undefined;
    const words = m.tokens.filter((w) => w.length >= 3 && !isGlue(w));
    const titled = opened === undefined ? 0 : words.filter((w) => inTitle(opened, w)).length;
    const other = formIntent === 'form_other' && m.tokens.length >= 4 && (titled >= 2 || (titled === 1 && words.length >= 4));
    if (!inPlace && !other) return false;
  }
  t.state = card;
  intent.handle(t, m, hit);
  condole(t, m);
  const under = card.view;
  if (t.state.view.at === 'service' && t.state.view.serviceId === s.id && under.at === 'service') {
    askField(t, s, s.form, 0, {});
    // The card stays under the field, for the next message.
    t.state = { ...t.state, back: [...card.back, under].slice(-10) };
  }
  return true;
}

/** The words of a question about the field that only say the citizen does not know, or waits ("não sei", "alguém responde"). */
const UNSURE_WORDS: ReadonlySet<string> = new Set(['nao', 'sei', 'la', 'lembro', 'alguem', 'responde', 'responder', 'vai', 'me']);

/** What the form reads, at any field, that may be a question about the card: a question about the field, anything else. */
const FORM_ASIDES: ReadonlySet<string> = new Set(['field_question', 'form_other']);

/**
 * A question about the service typed into any field that is no free text ("sou de outra cidade, não sei qual unidade
 * escolher" at the CPF, "confirma na hora ou fico esperando alguém responder?" at the name): the form reads it as a
 * question about the field (its "não sei", "alguém responde") or as nothing it knows, and it does not name the field
 * asked; read on the card, it asks one of the card's topics clearly, and names no other service. The card's answer, then
 * the same field again (the follow-up's own handling in a form). Undefined when the form's reading stands.
 */
function cardQuestionInForm(t: TurnBuilder, got: ReturnType<typeof classifyAsked>, text: string): ReturnType<typeof classifyAsked> | undefined {
  const v = t.state.view;
  if (v.at !== 'form' || !FORM_ASIDES.has(got.intent.name) || got.m.freeText) return undefined;
  const s = serviceOf(t.ctx, v.serviceId);
  if (!s?.form || fieldsNamed(s.form, text).includes(v.field)) return undefined;
  // Only a question about the field put as not knowing ("não sei qual…") or as waiting for someone ("alguém me
  // responde?"); "pra que precisa do número?", "meus dados ficam onde?" ask about the field asked.
  if (got.intent.name === 'field_question' && !(got.hit.used.length > 0 && got.hit.used.every((i) => UNSURE_WORDS.has(got.m.tokens[i] ?? '')))) return undefined;
  const trial = scratchTurn(t, { ...t.state, view: { at: 'service', serviceId: s.id }, back: [] });
  const card = classifyAsked(trial, readMessage(trial, text), text);
  if (card.intent.name !== 'follow_up' || card.hit.topics?.strong !== true) return undefined;
  // "esqueci a senha do gov.br, como recupero?" in the UAI's form asks about another service: the form offers to leave.
  const top = serviceOf(t.ctx, t.ctx.search.search(text, 2).hits[0]?.id ?? '');
  if (top !== undefined && top.id !== s.id && namesService(t.ctx, top, card.m.tokens)) return undefined;
  return card;
}

/** What the form reads that the card may read better: an answer, another service, a question, a correction. */
const FORM_YIELDS: ReadonlySet<string> = new Set(['field_answer', 'form_other', 'option', 'correction', 'correction_first', 'field_question']);

/** What the card reads that is the field's after all: an option's number, small talk, commands the form knows too. */
const CARD_YIELDS: ReadonlySet<string> = new Set(['option', 'small_talk', 'handoff', 'handoff_word', 'menu', 'help', 'quit', 'unfinished', 'repeat_last', 'rephrase', 'back']);
/** Words that ask for the request here and now ("por aqui", "agora", "pode…", "o pedido"). */
const REQUEST_HERE: ReadonlySet<string> = new Set(['aqui', 'agora', 'pode', 'podia', 'consegue', 'pedido']);
/** Words that say the request again ("quero…", "pode…", "o pedido", "por aqui"). */
const REQUEST_SAID: ReadonlySet<string> = new Set(['quero', 'qro', 'queria', 'gostaria', 'pode', 'podia', 'consegue', 'pedido', 'agendamento', 'preagendamento', 'aqui', 'faz', 'faca', 'vc', 'voce']);

/** The card under a form at its first field with nothing answered (the view it was opened from), if any. */
function cardUnderForm(state: ConversationState): ConversationState | undefined {
  const v = state.view;
  const under = state.back[state.back.length - 1];
  if (v.at !== 'form' || v.field !== 0 || Object.keys(v.answers).length > 0 || under?.at !== 'service' || under.serviceId !== v.serviceId) return undefined;
  return { ...state, view: under, back: state.back.slice(0, -1) };
}

/** The name of the intent the table gives a text in this state (for tests and the NLU comparison bench). */
export function understand(state: ConversationState, text: string, ctx: EngineContext): string {
  const t = new TurnBuilder(state, ctx);
  const { text: said, read } = readTyped(t, text);
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
  // A text message as the privacy reader leaves it, when it was read (see the 'text' case).
  let redacted: string | undefined;
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
    case 'text': {
      // A question sent in pieces ("precisa" / "de foto?") is read whole; a form's answers are data, never pieces.
      const inForm = state.view.at === 'form' || state.view.at === 'confirm';
      // Crying or sad faces alone ("😭😭😭" after the card of a stolen licence) say how the citizen feels: read as the
      // words they stand for, sympathy with the card kept (lead, round 5701). Beside words ("e agora? 😩") the words are
      // the message.
      const typed = !inForm && SAD_ONLY.test(input.text) ? SAD_READ : input.text;
      // One's own word fixed on the next bubble ("quis dizer IPVA 🤦", "*amador") is read in the message it fixes, and the
      // card that message opened, read from the wrong word, is left first (round 5840).
      const fixed = inForm ? undefined : withFix(t.lastTyped?.words, typed);
      if (fixed?.replaced === true && t.lastTyped?.opened && cardOfView(t.state.view) === t.state.focus) {
        t.unfocus();
        t.go({ at: 'menu' }, false);
      }
      const text = inForm ? typed : (fixed?.text ?? withPiece(t.lastPiece, typed) ?? typed);
      t.said = spelledOut(text);
      const focused = t.state.focus;
      handleText(t, text);
      // Outside a form before and after, the message is kept one turn: as a piece of a question, and its words for a fix.
      const keep = !inForm && t.state.view.at !== 'form';
      const piece = keep ? pieceOf(ctx, input.text) : undefined;
      if (piece !== undefined) t.state = { ...t.state, piece };
      // The privacy reader's view of the message, read once for the words kept and the reply kept (keepReply).
      redacted = keep ? redact(input.text) : undefined;
      const words = redacted !== undefined ? typedOf(ctx, input.text, redacted) : undefined;
      const opened = t.state.focus !== undefined && t.state.focus !== focused && cardOfView(t.state.view) === t.state.focus;
      if (words !== undefined) t.state = { ...t.state, typed: opened ? { words, opened: true } : { words } };
      break;
    }
  }
  keepReply(t, state, input, redacted);
  return t.done();
}

/**
 * "repete por favor" after an answer on a card: what this turn said is kept one turn, so the next says it again whole
 * (round 5960). Only a turn that began outside a form and ended on a card (no form answer is ever in its replies), whose
 * message held nothing the privacy reader finds (a name, a number, an address: never kept in the state).
 */
function keepReply(t: TurnBuilder, before: ConversationState, input: Incoming, redacted: string | undefined): void {
  if (!isPlainView(before.view) || t.state.view.at !== 'service' || t.replies.length === 0) return;
  if (input.kind === 'text' && (redacted ?? redact(input.text)) !== input.text) return;
  // A link opening the card greets first: the card alone is what was answered.
  const said = input.kind === 'start' ? t.replies.slice(-1) : t.replies;
  const reply = said.map((r) => r.text).join('\n\n');
  if (reply.length <= REPLY_MAX) t.state = { ...t.state, reply };
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

