// What buttons (and the options typed by number or label) do, and the moves shared by several intents:
// going back, quitting, not understanding.
import { redact } from '../privacy/redact.ts';
import { answerField, askField, cancelForm, showSummary, startForm, submitForm } from './form.ts';
import { keepContext } from './social.ts';
import { answerAbout } from './topics.ts';
import { copy } from './text.ts';
import { cardOfView, opt, serviceOf, type TurnBuilder } from './turn.ts';
import type { EngineEvent, View } from './types.ts';
import { categories, showCategories, showCategory, showDocuments, showHandoff, showMenu, showService, showStep, showWhere, runSearch } from './views.ts';
import { finishWalk, leaveWalk, nextStep, previousStep } from './walk.ts';

/** "voltar": the previous step or field, else the previous view. */
export function goBack(t: TurnBuilder): void {
  const view = t.state.view;
  if (view.at === 'walkthrough' && view.step > 0) return previousStep(t);
  if (view.at === 'form') {
    const s = serviceOf(t.ctx, view.serviceId);
    if (s?.form && view.field > 0) return askField(t, s, s.form, view.field - 1, view.answers);
  }
  if (view.at === 'confirm') {
    const s = serviceOf(t.ctx, view.serviceId);
    if (s?.form) return askField(t, s, s.form, s.form.fields.length - 1, view.answers);
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

/** "sair": ends the session with the best outcome reached. */
export function quit(t: TurnBuilder): void {
  t.reach('user_ended');
  t.say(copy.bye, undefined, undefined, { kind: 'bye' });
  t.state = { ...t.state, view: { at: 'menu' }, options: [], back: [] };
  t.unfocus();
  t.end = t.state.outcome ?? 'user_ended';
}

/** Nothing to act on (emoji, symbols): says so, with the options of where the citizen is. */
export function notUnderstood(t: TurnBuilder, text: string): void {
  t.events.push({ type: 'not_understood', text: redact(text.slice(0, 200)) });
  t.say(copy.notUnderstood, undefined, undefined, { kind: 'not_understood' });
  keepContext(t);
}

/** Says "yes" to the question on screen. */
export function sayYes(t: TurnBuilder): void {
  const view = t.state.view;
  if (view.at === 'confirm') return handleOption(t, 'form:confirm');
  if (view.at === 'feedback') return handleOption(t, 'fb:yes');
  if (view.at === 'resume') return handleOption(t, 'resume:yes');
  if (view.at === 'leave') return handleOption(t, 'leave:yes');
}

/** Says "no" to the question on screen. */
export function sayNo(t: TurnBuilder): void {
  const view = t.state.view;
  if (view.at === 'confirm') return handleOption(t, 'form:redo');
  if (view.at === 'feedback') return handleOption(t, 'fb:no');
  if (view.at === 'resume') return handleOption(t, 'resume:no');
  if (view.at === 'leave') return handleOption(t, 'leave:no');
}

/** Handles a chosen option id (button press, or a number/label resolved to an option). */
export function handleOption(t: TurnBuilder, id: string): void {
  const view = t.state.view;
  if (id === 'menu') {
    t.unfocus();
    return showMenu(t, false);
  }
  if (id === 'categories') return showCategories(t);
  if (id === 'search') {
    t.go({ at: 'menu' }, false);
    t.say('Escreva em poucas palavras o serviço que você procura. Por exemplo: "renovar CNH", "pagar IPVA", "segunda via da conta de luz".', undefined, undefined, { kind: 'notice' });
    return;
  }
  if (id === 'handoff') return showHandoff(t);
  if (id === 'none') {
    t.say('Tudo bem. Tente escrever de outro jeito, veja as categorias ou fale com uma pessoa.', [opt.categories, opt.handoff, opt.menu], undefined, { kind: 'notice' });
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
      t.say(copy.staleService, undefined, undefined, { kind: 'notice' });
      return showMenu(t, false);
    }
    // Chosen from a list shown for a question ("quanto custa a identidade?"): the answer, not just the card.
    const topic = t.state.topic;
    if (topic && view.at === 'results') return answerAbout(t, s, [topic], true);
    return showService(t, s);
  }
  // A button of the card shown with the form's first field (a bare wish, wish.ts), pressed before any answer: the
  // request's button carries on with the field; the others do what they do on the card.
  if (id.startsWith('card:') && view.at === 'form' && view.field === 0 && Object.keys(view.answers).length === 0) {
    const s = serviceOf(t.ctx, view.serviceId);
    if (s?.form && id === 'card:form') return askField(t, s, s.form, 0, {});
    if (s && id === 'card:steps') return showStep(t, s, 0);
    if (s && id === 'card:docs') return showDocuments(t, s);
    if (s && id === 'card:where') return showWhere(t, s);
  }
  if (id.startsWith('card:')) {
    // The request's button (of a service with a form) and the documents' are also on every step of a walkthrough.
    // On the ways to a person asked from a card, the card's buttons stay (r40 lead).
    const sid = cardOfView(view) ?? (view.at === 'walkthrough' && (id === 'card:form' || id === 'card:docs' || id === 'card:steps') ? view.serviceId : undefined);
    const s = sid ? serviceOf(t.ctx, sid) : undefined;
    if (s) {
      if (id === 'card:steps') return showStep(t, s, 0);
      if (id === 'card:docs') return showDocuments(t, s);
      if (id === 'card:where') return showWhere(t, s);
      if (id === 'card:form') return startForm(t, s);
    }
  }
  if (id.startsWith('walk:') && view.at === 'walkthrough') {
    if (id === 'walk:next') return nextStep(t);
    if (id === 'walk:prev') return previousStep(t);
    if (id === 'walk:finish') return finishWalk(t);
    if (id === 'walk:leave') return leaveWalk(t);
  }
  if (id.startsWith('form:') && (view.at === 'form' || view.at === 'confirm')) {
    const s = serviceOf(t.ctx, view.serviceId);
    const form = s?.form;
    if (s && form) {
      if (id === 'form:cancel') return cancelForm(t);
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
  }
  if (id === 'form:cancel' && view.at === 'leave') return cancelForm(t);
  if (id.startsWith('leave:') && view.at === 'leave') {
    const s = serviceOf(t.ctx, view.form.serviceId);
    const target = serviceOf(t.ctx, view.target);
    if (id === 'leave:yes' && target) {
      t.say(`Tudo bem, deixei o pedido${s ? ` de *${s.title}*` : ''} de lado. Nenhum dado foi guardado.`, undefined, undefined, { kind: 'notice' });
      return showService(t, target);
    }
    // Left from the summary (a field past the last): the summary again.
    if (s?.form && view.form.field >= s.form.fields.length) return showSummary(t, s, s.form, view.form.answers);
    if (s?.form) return askField(t, s, s.form, view.form.field, view.form.answers, 'Certo, vamos continuar o pedido.');
    return showMenu(t, false);
  }
  if (id.startsWith('fb:') && view.at === 'feedback') {
    const helpful = id === 'fb:yes';
    const event: EngineEvent = { type: 'feedback', helpful };
    if (view.serviceId) event.serviceId = view.serviceId;
    t.events.push(event);
    t.say(copy.feedbackThanks(helpful), undefined, undefined, { kind: 'notice' });
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
  t.say('Essa opção é de uma mensagem antiga e não vale mais aqui. 🙂', undefined, undefined, { kind: 'notice' });
  if (t.state.options.length > 0) t.say('Escolha uma das opções:', t.state.options, undefined, { kind: 'notice' });
  else showMenu(t, false);
}
