// The conversation engine: (state, message) -> new state, replies, events. Pure: no channel, database or logger.
// Everything impure it needs (the clock, protocol numbers, request look-ups) comes in through EngineContext.
// This file reads the citizen's input and decides; views.ts and form.ts say things.
import { redact } from '../privacy/redact.ts';
import { answerField, askField, startForm, submitForm } from './form.ts';
import { copy, fold } from './text.ts';
import { type EngineContext, opt, serviceOf, TurnBuilder } from './turn.ts';
import type { ConversationState, EngineEvent, Incoming, Option, Reply, Turn, View } from './types.ts';
import { askFeedback, categories, menuOptions, protocolPattern, runSearch, showCategories, showCategory, showDocuments, showHandoff, showMenu, showProtocol, showService, showStep, showWhere } from './views.ts';

export type { EngineContext, Searcher } from './turn.ts';

/** Longest text the engine reads; the rest of a huge message is ignored. */
export const MAX_INPUT = 1000;

const globalWords: Record<string, string> = {
  menu: 'menu',
  inicio: 'menu',
  comecar: 'menu',
  'menu principal': 'menu',
  ajuda: 'help',
  help: 'help',
  socorro: 'help',
  voltar: 'back',
  volta: 'back',
  anterior: 'back',
  sair: 'quit',
  tchau: 'quit',
  encerrar: 'quit',
  fim: 'quit',
  cancelar: 'cancel',
  cancela: 'cancel',
  parar: 'cancel',
  atendente: 'handoff',
  humano: 'handoff',
  pessoa: 'handoff',
  'falar com atendente': 'handoff',
  'falar com uma pessoa': 'handoff',
  'falar com alguem': 'handoff',
  'quero falar com atendente': 'handoff',
  'quero falar com uma pessoa': 'handoff',
};

const greetings = new Set(['oi', 'ola', 'oie', 'bom dia', 'boa tarde', 'boa noite', 'e ai', 'eai', 'opa', 'hello', 'hi', 'start', 'oi bom dia', 'oi boa tarde', 'oi boa noite', 'ola bom dia', 'ola boa tarde', 'ola boa noite']);
const yesWords = new Set(['sim', 's', 'ss', 'yes', 'claro', 'isso', 'ajudou', 'confirmar', 'confirmo', 'ok', 'certo', 'pode', 'sim ajudou', 'continuar']);
const noWords = new Set(['nao', 'n', 'no', 'nao ajudou', 'negativo', 'nada']);

/** The service of the current view, or undefined when it left the catalogue (handled by the caller). */
function currentServiceId(view: View): string | undefined {
  switch (view.at) {
    case 'service':
    case 'walkthrough':
    case 'form':
    case 'confirm':
      return view.serviceId;
    case 'resume':
      return view.pending.serviceId;
    default:
      return undefined;
  }
}

function goBack(t: TurnBuilder): void {
  const view = t.state.view;
  if (view.at === 'walkthrough' && view.step > 0) {
    const s = serviceOf(t.ctx, view.serviceId);
    if (s) return showStep(t, s, view.step - 1);
  }
  if (view.at === 'form' && view.field > 0) {
    const s = serviceOf(t.ctx, view.serviceId);
    if (s?.form) return askField(t, s, s.form, view.field - 1, view.answers);
  }
  const previous = t.state.back[t.state.back.length - 1];
  t.state = { ...t.state, back: t.state.back.slice(0, -1) };
  if (!previous) return showMenu(t, false);
  reopen(t, previous);
}

/** Shows a view again (used by "voltar"). */
function reopen(t: TurnBuilder, view: View): void {
  const before = t.state.back;
  switch (view.at) {
    case 'categories':
      showCategories(t);
      break;
    case 'category':
      showCategory(t, view.category);
      break;
    case 'service':
    case 'walkthrough': {
      const s = serviceOf(t.ctx, view.serviceId);
      if (!s) return showMenu(t, false);
      if (view.at === 'service') showService(t, s);
      else showStep(t, s, view.step);
      break;
    }
    case 'results':
      if (view.query) runSearch(t, view.query);
      else showMenu(t, false);
      break;
    default:
      showMenu(t, false);
      return;
  }
  // Reopening must not push the view we came from again.
  t.state = { ...t.state, back: before };
}

/** Handles a chosen option id (button press, or a number/label resolved to an option). */
function handleOption(t: TurnBuilder, id: string): void {
  const view = t.state.view;
  if (id === 'menu') return showMenu(t, false);
  if (id === 'categories') return showCategories(t);
  if (id === 'search') {
    t.go({ at: 'menu' }, false);
    t.say('Escreva em poucas palavras o serviço que você procura. Por exemplo: "renovar CNH", "pagar IPVA", "segunda via da conta de luz".');
    return;
  }
  if (id === 'handoff') return showHandoff(t);
  if (id === 'none') {
    t.say('Tudo bem. Tente escrever de outro jeito, veja as categorias ou fale com uma pessoa.', [opt.categories, opt.handoff, opt.menu]);
    return;
  }
  if (id.startsWith('cat:')) {
    const cat = categories(t.ctx).find((c) => `cat:${c}`.slice(0, 64) === id);
    return cat ? showCategory(t, cat) : showCategories(t);
  }
  if (id.startsWith('svc:')) {
    const s = serviceOf(t.ctx, id.slice(4));
    if (!s) {
      t.events.push({ type: 'stale_service', serviceId: id.slice(4, 84) });
      t.say(copy.staleService);
      return showMenu(t, false);
    }
    return showService(t, s);
  }
  if (id.startsWith('card:')) {
    const sid = view.at === 'service' ? view.serviceId : undefined;
    const s = sid ? serviceOf(t.ctx, sid) : undefined;
    if (!s) return notUnderstood(t, '');
    if (id === 'card:steps') return showStep(t, s, 0);
    if (id === 'card:docs') return showDocuments(t, s);
    if (id === 'card:where') return showWhere(t, s);
    if (id === 'card:form') return startForm(t, s);
  }
  if (id.startsWith('walk:') && view.at === 'walkthrough') {
    const s = serviceOf(t.ctx, view.serviceId);
    if (!s) return notUnderstood(t, '');
    if (id === 'walk:next') return showStep(t, s, view.step + 1);
    if (id === 'walk:prev') return showStep(t, s, view.step - 1);
    if (id === 'walk:finish') {
      t.events.push({ type: 'walkthrough_finished', serviceId: s.id });
      t.reach('walkthrough_finished');
      const tail = s.form ? '\nSe quiser, posso registrar a solicitação por aqui: escolha "Fazer solicitação" no cartão do serviço.' : '';
      t.say(`Pronto, você viu todas as etapas de *${s.title}*.${tail}`, undefined, [{ label: 'Página oficial do serviço', url: s.url }]);
      return askFeedback(t, s.id, 'walkthrough');
    }
    if (id === 'walk:leave') return showService(t, s);
  }
  if (id.startsWith('form:') && (view.at === 'form' || view.at === 'confirm')) {
    const s = serviceOf(t.ctx, view.serviceId);
    const form = s?.form;
    if (!s || !form) return notUnderstood(t, '');
    if (id === 'form:cancel') {
      t.say('Solicitação cancelada. Nenhum dado foi guardado.');
      return showMenu(t, false);
    }
    if (view.at === 'form') {
      if (id === 'form:skip') return answerField(t, s, form, view.field, view.answers, 'pular');
      const choice = /^form:choice:(\d+)$/.exec(id);
      if (choice) return answerField(t, s, form, view.field, view.answers, String(Number(choice[1]) + 1));
    }
    if (view.at === 'confirm') {
      if (id === 'form:confirm') return submitForm(t, s, form, view.answers);
      if (id === 'form:redo') return askField(t, s, form, 0, {}, 'Vamos recomeçar o preenchimento.');
    }
  }
  if (id.startsWith('fb:') && view.at === 'feedback') {
    const helpful = id === 'fb:yes';
    const event: EngineEvent = { type: 'feedback', helpful };
    if (view.serviceId) event.serviceId = view.serviceId;
    t.events.push(event);
    t.say(copy.feedbackThanks(helpful));
    return showMenu(t, false);
  }
  if (id.startsWith('resume:') && view.at === 'resume') {
    const pending = view.pending;
    const s = serviceOf(t.ctx, pending.serviceId);
    if (id === 'resume:yes' && s) {
      if (pending.at === 'walkthrough') return showStep(t, s, pending.step);
      if (s.form && pending.field < s.form.fields.length) return askField(t, s, s.form, pending.field, pending.answers, 'Vamos continuar de onde paramos.');
    }
    return showMenu(t, false);
  }
  // An option from an old message that no longer applies: say so, kindly, and show where we are.
  t.say('Essa opção é de uma mensagem antiga e não vale mais aqui. 🙂');
  repeatOptions(t);
}

function repeatOptions(t: TurnBuilder): void {
  if (t.state.options.length > 0) t.say('Escolha uma das opções:', t.state.options);
  else showMenu(t, false);
}

function notUnderstood(t: TurnBuilder, text: string): void {
  t.events.push({ type: 'not_understood', text: redact(text.slice(0, 200)) });
  const options = t.state.options.length > 0 ? t.state.options : menuOptions();
  t.say(copy.notUnderstood, options);
}

/** Resolves typed text to one of the options shown: a number, or the label itself. */
function optionFromText(state: ConversationState, folded: string): Option | 'out_of_range' | undefined {
  if (/^\d{1,3}$/.test(folded)) {
    const n = Number(folded);
    const option = state.options[n - 1];
    if (option) return option;
    return state.options.length > 0 ? 'out_of_range' : undefined;
  }
  return state.options.find((o) => fold(o.label) === folded);
}

function handleText(t: TurnBuilder, rawText: string): void {
  const text = rawText.slice(0, MAX_INPUT).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').trim();
  const folded = fold(text);
  const view = t.state.view;

  if (folded === '') {
    // Emoji, symbols or nothing at all: no words to act on.
    return notUnderstood(t, text);
  }

  const command = globalWords[folded];
  if (command === 'menu') return showMenu(t, false);
  if (command === 'help') {
    t.say(copy.help, t.state.options.length > 0 ? t.state.options : menuOptions());
    return;
  }
  if (command === 'handoff') return showHandoff(t);
  if (command === 'back') return goBack(t);
  if (command === 'cancel' && (view.at === 'form' || view.at === 'confirm')) return handleOption(t, 'form:cancel');
  if (command === 'quit' || command === 'cancel') {
    t.reach('user_ended');
    t.say(copy.bye);
    t.state = { ...t.state, view: { at: 'menu' }, options: [], back: [] };
    t.end = t.state.outcome ?? 'user_ended';
    return;
  }

  // Inside a form, the text is the answer to the current field.
  if (view.at === 'form') {
    const s = serviceOf(t.ctx, view.serviceId);
    if (s?.form) {
      const field = s.form.fields[view.field];
      if (field?.type === 'choice') {
        const chosen = optionFromText(t.state, folded);
        if (chosen && chosen !== 'out_of_range' && chosen.id.startsWith('form:')) return handleOption(t, chosen.id);
      }
      if (fold(text) === 'pular' && field?.optional) return handleOption(t, 'form:skip');
      return answerField(t, s, s.form, view.field, view.answers, text);
    }
  }

  const chosen = optionFromText(t.state, folded);
  if (chosen === 'out_of_range') {
    t.say(`Digite um número de 1 a ${t.state.options.length}, ou escreva o que você procura.`, t.state.options);
    return;
  }
  if (chosen) return handleOption(t, chosen.id);

  if (view.at === 'confirm') {
    if (yesWords.has(folded)) return handleOption(t, 'form:confirm');
    if (noWords.has(folded)) return handleOption(t, 'form:redo');
  }
  if (view.at === 'feedback') {
    if (yesWords.has(folded)) return handleOption(t, 'fb:yes');
    if (noWords.has(folded)) return handleOption(t, 'fb:no');
  }
  if (view.at === 'resume') {
    if (yesWords.has(folded)) return handleOption(t, 'resume:yes');
    if (noWords.has(folded)) return handleOption(t, 'resume:no');
  }
  if (view.at === 'walkthrough') {
    if (/^(proxim[ao]|seguinte|avancar|continuar|sim|ok)( etapa)?$/.test(folded)) return handleOption(t, 'walk:next');
  }
  if (view.at === 'service') {
    if (/^(passo a passo|etapas|como faz|como fazer)$/.test(folded)) return handleOption(t, 'card:steps');
    if (/^(documentos?|docs?)$/.test(folded)) return handleOption(t, 'card:docs');
    if (/^(onde|onde fazer|endereco|local)$/.test(folded)) return handleOption(t, 'card:where');
  }

  const protocol = protocolPattern.exec(text);
  if (protocol) return showProtocol(t, `${protocol[1]}-${protocol[2]}-${protocol[3]}`);
  if (/\bprotocolo\b/.test(folded) && /\b(consultar|ver|acompanhar|situacao|status)\b/.test(folded)) {
    t.say('Para consultar, escreva "consultar protocolo" seguido do número, por exemplo: consultar protocolo ATD-20260101-123456.', [opt.menu]);
    return;
  }

  if (greetings.has(folded)) return showMenu(t, true);
  return runSearch(t, text);
}

/** Is this message a bare greeting (or a plain /start)? */
export function isGreeting(input: Incoming): boolean {
  if (input.kind === 'start') return !input.payload;
  return input.kind === 'text' && greetings.has(fold(input.text));
}

/** A session that was opened by a deep link (/start <service-id>) or a plain start. */
function handleStart(t: TurnBuilder, payload: string | undefined): void {
  const id = payload?.trim().toLowerCase();
  const s = id ? serviceOf(t.ctx, id) : undefined;
  if (s) {
    t.say(`${copy.greeting}`);
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
  const sid = currentServiceId(state.view);
  if (sid !== undefined && !serviceOf(ctx, sid)) {
    t.events.push({ type: 'stale_service', serviceId: sid });
    t.say(copy.staleService);
    showMenu(t, false);
    return t.done();
  }
  switch (input.kind) {
    case 'start':
      handleStart(t, input.payload);
      break;
    case 'media':
      t.events.push({ type: 'not_understood', text: `[${input.media}]` });
      t.say(copy.onlyText, t.state.options.length > 0 ? t.state.options : menuOptions());
      break;
    case 'option':
      handleOption(t, input.id.slice(0, 64));
      break;
    case 'text':
      handleText(t, input.text);
      break;
  }
  return t.done();
}

/** The state a returning citizen starts with: an offer to resume an unfinished walkthrough or form. */
export function resumeState(previous: ConversationState, ctx: EngineContext): ConversationState | undefined {
  const v = previous.view;
  if ((v.at === 'walkthrough' || v.at === 'form') && serviceOf(ctx, v.serviceId)) {
    return { view: { at: 'resume', pending: v }, options: [opt.resumeYes, opt.resumeNo], back: [] };
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
  return { text: `Bem-vindo de volta! Você tinha deixado ${what} pela metade. Quer continuar?`, options: [opt.resumeYes, opt.resumeNo] };
}
