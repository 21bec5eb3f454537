// The conversation engine: (state, message) -> new state, replies, events. Pure: no channel, database or logger.
// Everything impure it needs (the clock, protocol numbers, request look-ups) comes in through EngineContext.
import type { Catalogue } from '../catalogue/load.ts';
import type { Form, Service } from '../catalogue/schema.ts';
import { redact } from '../privacy/redact.ts';
import { checkField } from './fields.ts';
import { copy, costLabel, deliveryLabel, fold, plain, stepLines, timeLabel } from './text.ts';
import type { ConversationState, EngineEvent, Incoming, NewRequest, Option, Outcome, Reply, RequestStatus, Turn, View } from './types.ts';

/** The part of the search index the engine uses. */
export interface Searcher {
  search(query: string, limit?: number): { hits: ReadonlyArray<{ id: string; title: string; score: number }>; clear: boolean };
}

/** What the engine may read or ask for; supplied by the runtime (or by tests). */
export interface EngineContext {
  catalogue: Catalogue;
  search: Searcher;
  now: Date;
  /** A fresh protocol number for a request. */
  newProtocol: () => string;
  /** Looks up a request of this citizen by protocol. */
  findRequest: (protocol: string) => RequestStatus | undefined;
}

/** Longest text the engine reads; the rest of a huge message is ignored. */
export const MAX_INPUT = 1000;

const outcomeRank: Record<Outcome, number> = {
  request_submitted: 5,
  walkthrough_finished: 4,
  handoff: 3,
  service_viewed: 2,
  user_ended: 1,
  abandoned: 0,
};

/** Keeps the better of two outcomes (a submitted request beats a viewed service). */
function better(a: Outcome | undefined, b: Outcome): Outcome {
  return a !== undefined && outcomeRank[a] >= outcomeRank[b] ? a : b;
}

const opt = {
  menu: { id: 'menu', label: '🏠 Menu' },
  categories: { id: 'categories', label: '📂 Ver serviços por categoria' },
  search: { id: 'search', label: '🔎 Buscar um serviço' },
  handoff: { id: 'handoff', label: '🙋 Falar com uma pessoa' },
  steps: { id: 'card:steps', label: '📋 Passo a passo' },
  docs: { id: 'card:docs', label: '📄 Documentos' },
  where: { id: 'card:where', label: '📍 Onde fazer' },
  request: { id: 'card:form', label: '📝 Fazer solicitação' },
  next: { id: 'walk:next', label: '➡️ Próxima etapa' },
  prev: { id: 'walk:prev', label: '⬅️ Etapa anterior' },
  finish: { id: 'walk:finish', label: '✅ Concluir' },
  leave: { id: 'walk:leave', label: '🚪 Sair do passo a passo' },
  cancelForm: { id: 'form:cancel', label: '❌ Cancelar' },
  skip: { id: 'form:skip', label: '⏭️ Pular' },
  confirm: { id: 'form:confirm', label: '✅ Confirmar' },
  redo: { id: 'form:redo', label: '✏️ Corrigir' },
  yes: { id: 'fb:yes', label: '👍 Sim' },
  no: { id: 'fb:no', label: '👎 Não' },
  resumeYes: { id: 'resume:yes', label: '▶️ Continuar de onde parei' },
  resumeNo: { id: 'resume:no', label: '🔄 Começar de novo' },
  none: { id: 'none', label: '🤷 Nenhum desses' },
} satisfies Record<string, Option>;

/** Mutable builder for one turn; the engine's public function returns an immutable Turn. */
class TurnBuilder {
  replies: Reply[] = [];
  events: EngineEvent[] = [];
  request?: NewRequest;
  end?: Outcome;
  constructor(
    public state: ConversationState,
    readonly ctx: EngineContext,
  ) {}

  say(text: string, options?: Option[], links?: Reply['links']): void {
    const reply: Reply = { text };
    if (options && options.length > 0) reply.options = options;
    if (links && links.length > 0) reply.links = links;
    this.replies.push(reply);
    // A number typed next answers the last list shown.
    if (options && options.length > 0) this.state = { ...this.state, options };
  }

  go(view: View, remember = true): void {
    const back = remember && this.state.view.at !== view.at ? [...this.state.back, this.state.view].slice(-10) : this.state.back;
    this.state = { ...this.state, view, back, options: [] };
  }

  reach(outcome: Outcome): void {
    this.state = { ...this.state, outcome: better(this.state.outcome, outcome) };
  }

  done(): Turn {
    const turn: Turn = { state: this.state, replies: this.replies, events: this.events };
    if (this.request) turn.request = this.request;
    if (this.end) turn.end = this.end;
    return turn;
  }
}

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

function serviceOf(ctx: EngineContext, id: string): Service | undefined {
  return ctx.catalogue.byId.get(id);
}

function categories(ctx: EngineContext): string[] {
  return [...new Set(ctx.catalogue.services.map((s) => s.category))].sort((a, b) => a.localeCompare(b, 'pt-BR'));
}

function menuOptions(): Option[] {
  return [opt.categories, opt.search, opt.handoff];
}

function showMenu(t: TurnBuilder, greet: boolean): void {
  t.go({ at: 'menu' }, false);
  t.state = { ...t.state, back: [] };
  t.say(greet ? `${copy.greeting}\n\n${copy.menuPrompt}` : copy.menuPrompt, menuOptions());
}

function showCategories(t: TurnBuilder): void {
  t.go({ at: 'categories' });
  const cats = categories(t.ctx);
  t.say(
    '*Categorias de serviços*\nEscolha uma categoria:',
    cats.map((c) => ({ id: `cat:${c}`.slice(0, 64), label: c })),
  );
}

function showCategory(t: TurnBuilder, category: string): void {
  const services = t.ctx.catalogue.services.filter((s) => s.category === category);
  if (services.length === 0) {
    showCategories(t);
    return;
  }
  t.go({ at: 'category', category });
  t.events.push({ type: 'category_viewed', category });
  t.say(
    `*${category}*\nEscolha um serviço:`,
    services.slice(0, 20).map((s) => ({ id: `svc:${s.id}`, label: s.title })),
  );
}

function showHandoff(t: TurnBuilder): void {
  t.go({ at: 'handoff' });
  t.events.push({ type: 'handoff' });
  t.reach('handoff');
  t.say(copy.handoff, [opt.menu], [
    { label: 'Agendar atendimento na UAI', url: 'https://www.mg.gov.br/pagina/agendamento-online-gratuito' },
    { label: 'Ouvidoria-Geral do Estado', url: 'https://www.ouvidoriageral.mg.gov.br' },
  ]);
}

function cardOptions(s: Service): Option[] {
  const options: Option[] = [opt.steps, opt.docs, opt.where];
  if (s.form) options.push(opt.request);
  for (const rel of s.related.slice(0, 3)) options.push({ id: `svc:${rel}`, label: `↪️ ${rel}` });
  options.push(opt.menu);
  return options;
}

function relatedLabels(t: TurnBuilder, options: Option[]): Option[] {
  return options.map((o) => {
    if (!o.id.startsWith('svc:')) return o;
    const s = serviceOf(t.ctx, o.id.slice(4));
    return s ? { id: o.id, label: `↪️ ${s.title}` } : o;
  });
}

function showService(t: TurnBuilder, s: Service): void {
  t.go({ at: 'service', serviceId: s.id });
  t.events.push({ type: 'service_viewed', serviceId: s.id });
  t.reach('service_viewed');
  const requesters = s.requesters.map((r) => (r.requirements ? `${r.type}: ${r.requirements}` : r.type)).join(' ');
  const text = [
    `*${s.title}*`,
    '',
    `*O que é:* ${s.description}`,
    `*Quem pode pedir:* ${requesters}`,
    `*Quanto custa:* ${costLabel(s)}`,
    `*Quanto tempo leva:* ${timeLabel(s.estimatedTime)}`,
    `*Como é feito:* ${deliveryLabel[s.delivery]}`,
    `*Órgão responsável:* ${s.agency.name}`,
  ].join('\n');
  t.say(text, relatedLabels(t, cardOptions(s)), [{ label: 'Página oficial do serviço', url: s.url }]);
}

function showDocuments(t: TurnBuilder, s: Service): void {
  const docs = [...new Set(s.steps.flatMap((st) => st.documents))];
  const text = docs.length > 0 ? [`*Documentos — ${s.title}*`, ...docs.map((d) => `• ${d}`)].join('\n') : `*${s.title}*\nEste serviço não pede documentos específicos. Confira no link oficial.`;
  t.say(text, relatedLabels(t, cardOptions(s)), [{ label: 'Página oficial do serviço', url: s.url }]);
}

function showWhere(t: TurnBuilder, s: Service): void {
  const seen = new Set<string>();
  const lines: string[] = [];
  const links: { label: string; url: string }[] = [];
  for (const ch of s.steps.flatMap((st) => st.channels)) {
    const key = `${ch.description}|${ch.url ?? ''}|${ch.phone ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`• ${ch.description}${ch.phone ? ` — telefone ${ch.phone}` : ''}`);
    if (ch.url && links.length < 3 && !links.some((l) => l.url === ch.url)) links.push({ label: ch.description.slice(0, 60), url: ch.url });
  }
  const text = [`*Onde fazer — ${s.title}*`, `${deliveryLabel[s.delivery]}.`, ...lines].join('\n');
  t.say(text, relatedLabels(t, cardOptions(s)), [...links, { label: 'Página oficial do serviço', url: s.url }].slice(0, 4));
}

function showStep(t: TurnBuilder, s: Service, index: number): void {
  const i = Math.max(0, Math.min(index, s.steps.length - 1));
  const step = s.steps[i];
  if (!step) return;
  t.go({ at: 'walkthrough', serviceId: s.id, step: i }, t.state.view.at !== 'walkthrough');
  t.events.push({ type: 'step_viewed', serviceId: s.id, step: i + 1 });
  const last = i === s.steps.length - 1;
  const options: Option[] = [];
  options.push(last ? opt.finish : opt.next);
  if (i > 0) options.push(opt.prev);
  options.push(opt.leave);
  const links = step.channels.filter((c) => c.url).slice(0, 3).map((c) => ({ label: c.description.slice(0, 60), url: c.url ?? '' }));
  t.say([`*Etapa ${i + 1} de ${s.steps.length}: ${step.title}*`, '', ...stepLines(step)].join('\n'), options, links);
}

function askFeedback(t: TurnBuilder, serviceId: string | undefined, about: 'walkthrough' | 'request' | 'info'): void {
  const view: View = serviceId === undefined ? { at: 'feedback', about } : { at: 'feedback', serviceId, about };
  t.go(view, false);
  t.say(copy.feedbackQuestion, [opt.yes, opt.no]);
}

function fieldPrompt(form: Form, index: number): string {
  const field = form.fields[index];
  if (!field) return '';
  const base = field.prompt ?? `${field.label}:`;
  const extra: string[] = [];
  if (field.type === 'choice' && field.options) extra.push(...field.options.map((o, i) => `${i + 1}. ${o}`));
  if (field.optional) extra.push('_(opcional: digite "pular" para deixar em branco)_');
  return [`(${index + 1}/${form.fields.length}) ${base}`, ...extra].join('\n');
}

function formOptions(form: Form, index: number): Option[] {
  const field = form.fields[index];
  const options: Option[] = [];
  if (field?.type === 'choice' && field.options) field.options.forEach((o, i) => options.push({ id: `form:choice:${i}`, label: o }));
  if (field?.optional) options.push(opt.skip);
  options.push(opt.cancelForm);
  return options;
}

function askField(t: TurnBuilder, s: Service, form: Form, index: number, answers: Record<string, string>, prefix?: string): void {
  t.go({ at: 'form', serviceId: s.id, field: index, answers }, false);
  const prompt = fieldPrompt(form, index);
  t.say(prefix ? `${prefix}\n\n${prompt}` : prompt, formOptions(form, index));
}

function startForm(t: TurnBuilder, s: Service): void {
  const form = s.form;
  if (!form) {
    showService(t, s);
    return;
  }
  t.events.push({ type: 'form_started', serviceId: s.id });
  t.go({ at: 'form', serviceId: s.id, field: 0, answers: {} });
  const intro = [`*${form.title}*`, form.intro ?? '', 'Vou perguntar um dado de cada vez. Para desistir, digite *cancelar*.'].filter(Boolean).join('\n');
  askField(t, s, form, 0, {}, intro);
}

function showSummary(t: TurnBuilder, s: Service, form: Form, answers: Record<string, string>): void {
  t.go({ at: 'confirm', serviceId: s.id, answers }, false);
  const lines = form.fields.map((f) => `• *${f.label}:* ${plain(answers[f.id] ?? '—') || '—'}`);
  t.say(['*Confira seus dados:*', ...lines, '', 'Está tudo certo?'].join('\n'), [opt.confirm, opt.redo, opt.cancelForm]);
}

function answerField(t: TurnBuilder, s: Service, form: Form, index: number, answers: Record<string, string>, raw: string): void {
  const field = form.fields[index];
  if (!field) {
    showSummary(t, s, form, answers);
    return;
  }
  let value: string;
  if (field.optional && (fold(raw) === 'pular' || raw === opt.skip.id)) {
    value = '';
  } else {
    const check = checkField(field, raw, t.ctx.now);
    if (!check.ok) {
      const hint = field.hint ? `\n${field.hint}` : '';
      t.say(`${check.reason}${hint}\n\n${fieldPrompt(form, index)}`, formOptions(form, index));
      return;
    }
    value = check.value;
  }
  const next = { ...answers, [field.id]: value };
  if (index + 1 < form.fields.length) askField(t, s, form, index + 1, next);
  else showSummary(t, s, form, next);
}

function submitForm(t: TurnBuilder, s: Service, form: Form, answers: Record<string, string>): void {
  const protocol = t.ctx.newProtocol();
  t.request = { protocol, serviceId: s.id, answers };
  t.events.push({ type: 'form_submitted', serviceId: s.id, protocol });
  t.reach('request_submitted');
  t.say(`✅ *Solicitação registrada!*\nSeu número de protocolo é *${protocol}*.\n\n${form.confirmation}\n\nPara acompanhar, escreva "consultar protocolo ${protocol}".`);
  askFeedback(t, s.id, 'request');
}

function runSearch(t: TurnBuilder, text: string): void {
  const query = text.slice(0, 300);
  const result = t.ctx.search.search(query, 5);
  const hits = result.hits;
  const event: EngineEvent = { type: 'search', query: redact(query), results: hits.length };
  if (hits[0]) event.topId = hits[0].id;
  t.events.push(event);
  if (hits.length === 0) {
    t.go({ at: 'results', query: redact(query) });
    t.say(copy.noResults(redact(query)), [opt.categories, opt.handoff, opt.menu]);
    return;
  }
  const first = serviceOf(t.ctx, hits[0]?.id ?? '');
  if ((result.clear || hits.length === 1) && first) {
    showService(t, first);
    return;
  }
  t.go({ at: 'results', query: redact(query) });
  t.say(
    'Encontrei estes serviços. Qual deles?',
    [...hits.slice(0, 5).map((h) => ({ id: `svc:${h.id}`, label: h.title })), opt.none],
  );
}

const protocolPattern = /\bprotocolo\b\s*(?:n[º°o.]?\s*|n[uú]mero\s*)?[:#]?\s*([a-z]{3})[-\s]?(\d{8})[-\s]?(\d{6})\b/i;

function showProtocol(t: TurnBuilder, protocol: string): void {
  const found = t.ctx.findRequest(protocol.toUpperCase());
  if (!found) {
    t.say(`Não encontrei o protocolo ${plain(protocol.toUpperCase())} feito por esta conta. Confira o número. Por segurança, só mostro pedidos feitos nesta mesma conversa (mesmo canal e mesmo número).`, [opt.menu, opt.handoff]);
    return;
  }
  const date = new Date(found.createdAt).toLocaleDateString('pt-BR', { timeZone: 'America/Sao_Paulo' });
  t.say(`*Protocolo ${found.protocol}*\nServiço: ${found.serviceTitle}\nAberto em: ${date}\nSituação: *${found.status}*`, [opt.menu]);
}

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
