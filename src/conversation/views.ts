// What the citizen sees: menu, categories, service card, documents, places, walkthrough steps, search results.
import type { Catalogue } from '../catalogue/load.ts';
import type { Service } from '../catalogue/schema.ts';
import { CHILDREN, FAMILY } from '../core/people.ts';
import { redact } from '../privacy/redact.ts';
import { analyze, isStopword, words as searchWords, stemOrSelf } from '../search/normalize.ts';
import { isAsked } from './commands.ts';
import { BARE_NEED, GENERIC_WORDS, GLAD_FEELINGS, HARD_FEELINGS, WANT_OPENERS, neededThing } from './cues.ts';
import { comparedOnCard, elsewhere, type Elsewhere, mentionsElsewhere } from './elsewhere.ts';
import { inTitle, isRare, memo, namedCount, nameStems, namesService, nameKeywordWords, namingWordsOf, rareStems, phrasesSaid, servicesNamedBy, stepTitleStems, titleStems, withSynonyms } from './naming.ts';
import { answerTopic, asksNoPhone, asksOffline, caseOnOpening, GETS_PAPER, otherStateAt, dangerTold, deadlines, emergencySentences, lastingSentences, lastsAsked, violenceTold, toldAllHeld, namesTitleOf, notByItself, offlineLines, official, passages, phonelessLines, preparingStep, followingStepText, quotable, rarePassages, requirementsForCase, speltOut, speltOutElectronic, speltElsewhere, splitSentences, stepAbout, stepAboutAt, stepAfterOpening, thingSentence, topicCaseSentences, withinAgeTold } from './followup.ts';
import { townAtEnd } from './places.ts';
import { readPlain } from './reading.ts';
import { guessTopic } from './guess.ts';
import { topicHeard } from './heard.ts';
import { answerAbout, documentLines, namedOnlyByFocus, pointsAtOwn, vocabularyOf, type StandIn } from './topics.ts';
import { CARDINAL_WORDS } from './numbers.ts';
import { ANOTHER, anotherOfLost, lossTold, spoiltTold, receivedToCheck, conditionTold, isPrivilege, butClause, complaintClause, homeViolenceTold, scamTold, publicInfoAsked, reportCopyAsked, schoolChangeAsked, withAnotherDriverRead, withDocumentGoneRead, withLeftBehindRead, withUnpaidRead, demanded, missingPerson, withoutContainer, withoutForgetting, withoutHomeTown, withoutLossPlace, withoutPurpose, withoutReason, withoutRole, withoutUnreachablePhone, needOfStory } from './story.ts';
import { copy, costLabel, deliveryText, fold, isArithmetic, plain, stepLines, timeLabel } from './text.ts';
import { cardOfView, type EngineContext, opt, serviceOf, type TurnBuilder } from './turn.ts';
import { paymentTroubleTold, sayPaymentTrouble } from './trouble.ts';
import type { EngineEvent, Option, ReplyHint, Topic, View } from './types.ts';

/** The heading of the card's sentences quoted for a question about it. */
export const ABOUT_IT = '*Sobre isso, o serviço informa:*';

/** pt-BR order: what `localeCompare(b, 'pt-BR')` builds on every comparison, built once. */
const PT_BR = new Intl.Collator('pt-BR');

/** The categories of each catalogue's services, worked out once per catalogue. */
const categoryLists = new WeakMap<readonly Service[], readonly string[]>();

/** The categories of the live catalogue, sorted in pt-BR order. */
export function categories(ctx: EngineContext): readonly string[] {
  const services = ctx.catalogue.services;
  let list = categoryLists.get(services);
  if (list === undefined) {
    list = [...new Set(services.map((s) => s.category))].sort(PT_BR.compare);
    categoryLists.set(services, list);
  }
  return list;
}

/** The main menu: browse by category, search by typing, talk to a person. */
export function menuOptions(): Option[] {
  return [opt.categories, opt.search, opt.handoff];
}

/** Shows the menu (with the greeting on a first contact) and forgets the way back. */
export function showMenu(t: TurnBuilder, greet: boolean): void {
  t.go({ at: 'menu' }, false);
  t.state = { ...t.state, back: [] };
  t.say(greet ? `${copy.greeting}\n\n${copy.menuPrompt}` : copy.menuPrompt, menuOptions(), undefined, { kind: 'menu' });
}

/** Lists the categories to browse. */
export function showCategories(t: TurnBuilder): void {
  t.go({ at: 'categories' });
  const cats = categories(t.ctx);
  t.say(
    '*Categorias de serviços*\nEscolha uma categoria:',
    cats.map((c) => ({ id: `cat:${c}`.slice(0, 64), label: c })),
    undefined,
    { kind: 'categories' },
  );
}

/** Lists the services of one category. */
export function showCategory(t: TurnBuilder, category: string): void {
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
    undefined,
    { kind: 'category' },
  );
}

/** Human contact: LigMinas 155, the UAI and the Ouvidoria. */
export function showHandoff(t: TurnBuilder): void {
  // "quero falar com um atendente" on a card or in its steps: the ways to a person, and the service stays in view with
  // its buttons, so the next question is still about it (r40 lead).
  const view = t.state.view;
  const serviceId = cardOfView(view) ?? (view.at === 'walkthrough' ? view.serviceId : undefined);
  const s = serviceId === undefined ? undefined : serviceOf(t.ctx, serviceId);
  t.go(s === undefined ? { at: 'handoff' } : { at: 'handoff', serviceId: s.id });
  t.events.push({ type: 'handoff' });
  t.reach('handoff');
  t.say(copy.handoff, s === undefined ? [opt.menu] : relatedLabels(t, cardOptions(s)), [
    { label: 'Agendar atendimento na UAI', url: 'https://www.mg.gov.br/pagina/agendamento-online-gratuito' },
    { label: 'Ouvidoria-Geral do Estado', url: 'https://www.ouvidoriageral.mg.gov.br' },
  ], { kind: 'handoff' });
}

/** The options under a service card: steps, documents, places, the request, related services. */
export function cardOptions(s: Service, related: readonly string[] = s.related): Option[] {
  const options: Option[] = [opt.steps, opt.docs, opt.where];
  if (s.form) options.push(opt.request);
  for (const rel of related.slice(0, 3)) options.push({ id: `svc:${rel}`, label: `↪️ ${rel}` });
  options.push(opt.menu);
  return options;
}

/** Replaces related-service ids in option labels by their titles. */
export function relatedLabels(t: TurnBuilder, options: Option[]): Option[] {
  return options.map((o) => {
    if (!o.id.startsWith('svc:')) return o;
    const s = serviceOf(t.ctx, o.id.slice(4));
    return s ? { id: o.id, label: `↪️ ${s.title}` } : o;
  });
}

/** The service card: what it is, who can ask, cost, time, how it is delivered, agency. */
export function showService(t: TurnBuilder, s: Service): void {
  // "quero doar sangue mas fiz uma tatuagem mes passado": a case told in the message that opens the card, by a word
  // only one sentence of this card holds (and no other card), is answered under the card with that sentence (round 6460).
  const opening = !(t.state.view.at === 'service' && t.state.view.serviceId === s.id);
  const told = opening && t.said !== undefined ? caseOnOpening(s, t.ctx.catalogue.services, t.ctx.catalogue, t.said).map((x) => withStepText(s, x)) : [];
  t.go({ at: 'service', serviceId: s.id });
  t.events.push({ type: 'service_viewed', serviceId: s.id });
  t.reach('service_viewed');
  const requesters = s.requesters.map((r) => (r.requirements ? `${r.type}: ${r.requirements}` : r.type)).join(' ');
  // "minha mãe tem alzheimer e saiu de casa faz 2 horas": danger told in the message that opens the card, or a case its
  // sentence for danger names, puts that sentence first ("Se a pessoa desaparecida é … idoso … ou doença, ligue 190").
  const danger = t.said === undefined ? [] : dangerTold(s, t.said);
  const text = [
    `*${s.title}*`,
    '',
    ...(danger.length > 0 ? ['*Em perigo, o serviço orienta:*', ...danger, ''] : []),
    `*O que é:* ${s.description}`,
    `*Quem pode pedir:* ${requesters}`,
    `*Quanto custa:* ${costLabel(s)}`,
    `*Quanto tempo leva:* ${timeLabel(s.estimatedTime)}`,
    `*Como é feito:* ${deliveryText(s)}`,
    `*Órgão responsável:* ${s.agency.name}`,
    ...(told.length > 0 ? ['', '*Para o seu caso, o serviço informa:*', ...told] : []),
  ].join('\n');
  t.say(text, relatedLabels(t, cardOptions(s, relatedFirst(t, s))), [{ label: 'Página oficial do serviço', url: s.url }], { kind: 'card', serviceId: s.id });
}

/**
 * The related services of a card, those named by a word of the message that the card's own names lack first: "minha
 * cnh ta vencida e eu quero a segunda via" opens the 2nd copy, and the renewal ("CNH vencida") comes first among its
 * neighbours, since the card itself says a lapsed licence is renewed instead.
 */
function relatedFirst(t: TurnBuilder, s: Service): readonly string[] {
  return t.said === undefined ? s.related : namedFirst(t, s, s.related, t.said);
}

/** Services among `ids` that a word of `text` names, one the names of `s` lack, first; the others after, in order. */
function namedFirst(t: TurnBuilder, s: Service, ids: readonly string[], text: string): readonly string[] {
  const own = nameStems(s);
  const left = new Set(analyze(fold(text).split(' ').filter((w) => !GENERIC_WORDS.has(w)).join(' ')).filter((x) => !own.has(x)));
  if (left.size === 0) return ids;
  const named = (id: string): boolean => {
    const r = serviceOf(t.ctx, id);
    return r !== undefined && [...nameStems(r)].some((x) => left.has(x));
  };
  return [...ids.filter(named), ...ids.filter((id) => !named(id))];
}

/**
 * The options in view, with the related services that the quoted sentences name first among them: "ah mas minha cnh é
 * do rio" on the change of address quotes "Quem veio de outro estado precisa transferir o prontuário", and the transfer
 * from another state comes first of the card's neighbours (round 5000).
 */
function quotedFirst(t: TurnBuilder, focus: Service, lines: readonly string[]): Option[] {
  const options = optionsOrWayOut(t);
  const shown = options.flatMap((o) => (o.id.startsWith('svc:') ? [o.id.slice(4)] : []));
  if (shown.length < 2) return options;
  const order = namedFirst(t, focus, shown, lines.join(' '));
  let next = 0;
  return options.map((o) => {
    if (!o.id.startsWith('svc:')) return o;
    const id = `svc:${order[next++] ?? ''}`;
    return options.find((x) => x.id === id) ?? o;
  });
}

/** Every document of every step, once (the "Documentos" button). */
export function showDocuments(t: TurnBuilder, s: Service): void {
  showTopic(t, s, 'documents', { kind: 'documents', serviceId: s.id });
}

/** Where and how the service is done: the channels of all steps, with links (the "Onde fazer" button). */
export function showWhere(t: TurnBuilder, s: Service): void {
  showTopic(t, s, 'where', { kind: 'where', serviceId: s.id });
}

/** A case put alone, opening the message ("e se ela já estivesse vencida?", "caso eu não tenha"). */
const CASE_ALONE = /^(?:e |mas )?(?:se|caso)\b/;

const topicHeading: Record<Topic, string> = {
  cost: 'Quanto custa',
  documents: 'Documentos',
  where: 'Onde fazer',
  time: 'Quanto tempo leva',
  online: 'Dá para fazer pela internet?',
  requirements: 'Quem pode pedir',
  appointment: 'Agendamento',
  minors: 'Menores de idade',
  link: 'Página oficial',
  how: 'Como fazer',
  contact: 'Telefone de contato',
  hours: 'Dias e horários',
  agency: 'Órgão responsável',
};

/**
 * Answers one topic about a service from its own fields, with the options of where the citizen is:
 * the step's options inside a walkthrough, none inside a form (its question follows), the card's
 * options elsewhere (moving to the card).
 */
/**
 * A booking undone in everyday words ("desmarcar", "desmarco", "desmarque"), read as the cards write it ("cancele o
 * agendamento") when the booking's sentences are looked up; only there, as a near-synonym everywhere lets a related
 * card's "cancele para liberar a vaga" answer any "cancelar" (round 4762).
 */
const UNBOOK = /\bdesmar(c|q)\w*/;
const UNBOOK_ALL = new RegExp(UNBOOK.source, 'g');
function bookingUndoneAsCard(said: string): string {
  const folded = fold(said);
  return UNBOOK.test(folded) ? folded.replace(UNBOOK_ALL, 'cancele') : said;
}

/**
 * Who drives, asked ("quem pode dirigir o carro pra tirar do pátio?", "quem vai conduzir?"), read as the cards write it
 * ("com um *condutor* habilitado") when who may ask is answered; only there: "posso dirigir enquanto isso?" asks whether
 * the citizen may drive, and a near-synonym everywhere answered it with the cards' "Permissão para Dirigir" (round 4764).
 */
const WHO_DRIVES = /\bquem (?:(?:pode|vai|deve|precisa|tem que|tem de|podera) )?(?:dirigir|dirige|conduzir|conduz)\b/;
function whoDrivesAsCard(said: string): string {
  const folded = fold(said);
  return WHO_DRIVES.test(folded) ? folded.replace(/\b(dirigir|dirige|conduzir|conduz)\b/, 'condutor') : said;
}

/**
 * A need told in everyday words, read as the cards write it when the cost's sentences are looked up: an age of sixty or
 * more ("minha mãe tem 70 anos") is the cards' "idosos", earning little ("ganha pouco", "renda baixa") their "baixa
 * renda" (and, by the near-synonyms, the CadÚnico). "ela paga passagem?" then meets "idosos de baixa renda podem ter
 * direito à gratuidade", and "tem desconto?" the CadÚnico's social tariff (round 6240). Only there: an age or an income
 * told is no word of the question elsewhere.
 */
const NEED_AS_CARD: readonly { told: RegExp; card: string }[] = [
  { told: /\b(?:tem|tenho|temos|com|de|ja fez|fez|fiz|completou|completei|fazendo) ([6-9]\d|1[01]\d) anos\b/, card: 'idosos' },
  { told: /\b(?:idos[oa]s?|terceira idade)\b/, card: 'idosos' },
  { told: /\b(?:ganh(?:a|o|am|amos)|receb(?:e|o|em|emos)) (?:muito |bem |so |mt )?pouco\b|\b(?:baixa renda|renda baixa|pouca renda|sem renda|renda nenhuma|pobres?|carentes?)\b/, card: 'pobre baixa renda' },
];
function needAsCard(said: string): string {
  const folded = fold(said);
  const card = [...new Set(NEED_AS_CARD.filter((n) => n.told.test(folded)).map((n) => n.card))];
  return card.length === 0 ? said : `${said} ${card.join(' ')}`;
}

export function showTopic(t: TurnBuilder, s: Service, topic: Topic, hint: ReplyHint): void {
  const general = answerTopic(s, topic);
  // "tenho 51" told with who may ask: the rules of another age group are left out (round 5440).
  const answer = topic === 'requirements' && t.said !== undefined ? { ...general, lines: withinAgeTold(s, t.said, general.lines) } : general;
  const view = t.state.view;
  const inWalk = view.at === 'walkthrough' && view.serviceId === s.id;
  // Inside a form or its summary the answer is an aside: the form stays, and its question follows.
  const aside = view.at === 'form' || view.at === 'confirm';
  if (!inWalk && !aside) t.go({ at: 'service', serviceId: s.id });
  const options = inWalk ? stepOptions(s, view.step) : aside ? undefined : relatedLabels(t, cardOptions(s));
  // The answer's field may not hold what was asked ("tenho quantos dias pra dar entrada?" gets the time to the first
  // payment): the sentence of the service's texts that holds the question's words follows it.
  // "precisa fazer prova?": a bare need names one thing, and the one sentence that holds it answers (as one alone would).
  const bare = topic === 'documents' && t.said !== undefined && BARE_NEED.test(fold(t.said));
  // Asked how, the steps are listed by title only: a step's title may still answer ("Depois de recuperar, o que faço…?"
  // / "Criar a nova senha e proteger a conta"), quoted with what its step says (round 2344).
  const shown = topic === 'how' ? answer.lines.filter((line) => !STEP_LINE.test(line)) : answer.lines;
  // "e se ela já estivesse vencida?" after the documents: a case put alone on the topic just answered; the one word of the
  // case that a sentence holds ("se a CNH estiver vencida, o caminho é a renovação") says which (round 4221).
  // Alone: not a case followed by its own question ("e se eu for mei, quanto custa?" quotes the case's sentence first
  // as round 1540 does; merge review).
  const casePut = t.said !== undefined && CASE_ALONE.test(fold(t.said)) && !/[,;:]/.test(t.said);
  const asked = t.said === undefined ? [] : passages(s, t.ctx.catalogue, topic === 'appointment' ? bookingUndoneAsCard(t.said) : topic === 'requirements' ? whoDrivesAsCard(t.said) : topic === 'cost' ? needAsCard(t.said) : t.said, shown, bare || casePut, topic);
  // "precisa levar as placas?": with no sentence for the whole question, the one or two sentences holding the thing
  // needed ("Na vistoria as placas são recolhidas…") say what becomes of it; the verbs of the need name nothing.
  const read = asked.length === 0 && bare && t.said !== undefined ? passages(s, t.ctx.catalogue, neededThing(fold(t.said)), answer.lines, true, topic) : asked;
  // None: a word of the question that one or two sentences hold says which ("e do ipsemg reclamo no mesmo lugar?").
  const found0 = read.length > 0 || t.said === undefined ? read : rarePassages(s, t.ctx.catalogue, t.said, answer.lines, 2, topic);
  // "Custa alguma coisa? E depois recebo algum comprovante?": what one gets, asked in a question of its own beside this
  // topic's, is no question of the documents to bring (findTopics drops it); the card's sentence on it follows (round 5445).
  const gets = topic !== 'documents' && t.said !== undefined ? paperAskedApart(t.said) : undefined;
  const found = gets === undefined ? found0 : [...found0, ...passages(s, t.ctx.catalogue, gets, answer.lines, true).filter((x) => !found0.includes(x))];
  // "até quando posso dar entrada?": the deadline to ask, when the texts give one, before any other sentence.
  // "ainda dá tempo de fazer o BO pela internet?": whether there is still time is asked with any topic.
  // "Estão jogando esgoto no rio agora mesmo. O que faço?", "ele tem 80 anos": danger told, or a case the card's
  // sentence for danger names, with any topic: that sentence first ("Se o crime estiver acontecendo agora, ligue 190").
  const danger = t.said !== undefined ? dangerTold(s, t.said).filter((x) => !answer.lines.some((line) => line.includes(x))) : [];
  const due = t.said !== undefined ? [...danger, ...deadlines(s, t.said, answer.lines).filter((x) => !danger.includes(x))] : [];
  const quoted = [...due, ...(topic === 'requirements' && t.said !== undefined ? withinAgeTold(s, t.said, found) : found).filter((x) => !due.includes(x))].map((x) => withStepText(s, x));
  // "como coloco minha esposa de dependente?": the steps in short, and the step the question is about in full (before
  // any sentence quoted: asked how, the step that does it says how).
  const step = topic === 'how' && t.said !== undefined ? (followingStepText(s, t.said) ?? stepAbout(s, t.said) ?? preparingStep(s, t.said)) : undefined;
  // "precisa vistoria?": the step that does what is asked for ("Fazer a vistoria de identificação"), named with its text.
  // A sentence quoted besides ("…podem ter renovação automática, sem exame") tells the exception, after the step.
  const needAt = topic === 'documents' && t.said !== undefined && BARE_NEED.test(fold(t.said)) ? stepAboutAt(s, t.said, true) : undefined;
  const needStep = needAt === undefined ? undefined : `Sim: a etapa ${needAt + 1}, *${s.steps[needAt]?.title ?? ''}*: ${s.steps[needAt]?.description.trim() ?? ''}`;
  const about = step !== undefined ? [step] : needStep !== undefined ? [needStep, ...quoted.filter((x) => !needStep.includes(x))] : quoted;
  // "e pro mei paga alguma coisa?": a sentence saying what the topic asks for the case named answers first; the
  // topic's general answer follows it.
  const caseNow = step === undefined && needStep === undefined && t.said !== undefined ? topicCaseSentences(s, t.ctx.catalogue, topic === 'cost' ? needAsCard(t.said) : t.said, topic, about) : [];
  // "sou mei e quero encerrar a empresa", then "vou pagar quanto pra fechar?": the case told in the message before (its
  // words of the catalogue, kept one turn: pieces.ts typedOf) is still the case; the card's sentence saying what the
  // topic asks for it answers first, as if told again (round 6461).
  const before = caseNow.length === 0 && step === undefined && needStep === undefined && t.said !== undefined ? t.lastTyped?.words : undefined;
  const forCase = before === undefined ? caseNow : topicCaseSentences(s, t.ctx.catalogue, before, topic, quotable(s).filter((x) => !answer.lines.some((line) => line.includes(x)))).slice(0, 2).map((x) => withStepText(s, x));
  const rest = about.filter((x) => !forCase.includes(x));
  // "sou pcd, tenho isenção da taxa do detran?": a privilege asked for a condition told, which no text of the card speaks
  // of, is not said: the honest "not in the catalogue" first, then the topic's own answer, never a sentence that only
  // shares the question's other words (round 5642).
  const unsaid = t.said !== undefined && privilegeUnsaid(s, t.said);
  const first = unsaid ? [privilegeUnknown] : forCase.length > 0 ? ['*Para o seu caso, o serviço informa:*', ...forCase, '', '*Em geral:*'] : [];
  const more = rest.length > 0 && !unsaid ? ['', '*Sobre a sua pergunta, o serviço informa:*', ...rest] : [];
  // "e ele vale por quanto tempo?", "quando vence?": how long the thing lasts, not how long it takes to get; the time
  // field ("Prazo: Imediato. Emitido na hora") would answer another question. The card's sentence on it answers, or
  // the card does not say (round 2801).
  // "tem que licenciar todo ano mesmo?", "de quanto em quanto tempo renova?": the card's sentence saying the very word of
  // lasting asked ("Todo ano o veículo precisa ser licenciado", "renovado periodicamente") answers first, before the
  // sentences holding the question's other words ("Circular sem licenciamento é infração…"), round 5400.
  if (topic === 'time' && t.said !== undefined && step === undefined && lastsAsked(t.said)) {
    const lasting = forCase.length === 0 ? lastingSentences(s, t.said).map((x) => withStepText(s, x)).filter((x) => !rest.some((line) => line.includes(x))) : [];
    if (forCase.length === 0 && rest.length === 0 && lasting.length === 0) return sayNotOnCard(t, s);
    const said = lasting.length > 0 ? ['', '*Sobre a sua pergunta, o serviço informa:*', ...lasting, ...rest] : more;
    t.say([`*${s.title}*`, ...(forCase.length > 0 ? ['*Para o seu caso, o serviço informa:*', ...forCase] : []), ...said].join('\n'), options, [official(s)], hint);
    return;
  }
  // "e se eu não tiver internet?": the other ways (telephone, desks) follow, unless the service is done only in person.
  // "da pra fazer em ipatinga?": the catalogue lists no desk by town; it says so, with where to look, after the answer.
  // Asked where a place is in a town ("e ond fica a uai em montes claros?"), an online service's desk too.
  const town = topic === 'where' && t.said !== undefined && (s.delivery !== 'online' || PLACE_ASKED.test(fold(t.said))) ? townAtEnd(t.said) : undefined;
  const inTown = town === undefined ? [] : ['', `O catálogo não traz os endereços de cada cidade. Para saber onde fica o atendimento em *${town}*, veja a página oficial do serviço ou ligue para o *LigMinas 155*.`];
  // "sou surdo, não consigo ligar, tem outro jeito?": the ways other than calling follow (round 6600).
  const offline = topic !== 'online' || t.said === undefined ? [] : s.delivery !== 'in_person' && asksOffline(t.said) ? ['', ...offlineLines(s)] : asksNoPhone(t.said) ? withGap(phonelessLines(s)) : [];
  t.say([`*${topicHeading[topic]} — ${s.title}*`, ...first, ...answer.lines, ...inTown, ...offline, ...more].join('\n'), options, answer.links, hint);
}

/** The honest answer to a privilege the card does not speak of (round 5642). */
const privilegeUnknown = 'O catálogo não informa isenção, desconto ou prioridade para esse caso neste serviço. Confira na página oficial do serviço ou ligue para o *LigMinas 155*.';

/**
 * A condition told of a person and what it may give asked ("sou pcd, tenho isenção…?", "ela é autista, tem prioridade?"),
 * when no text of the card holds the privilege's word (conditionTold, isPrivilege in story.ts).
 */
function privilegeUnsaid(s: Service, text: string): boolean {
  const m = readPlain(text);
  if (conditionTold(m).length === 0) return false;
  // Any word of the family the card says ("Isento para aposentados…") is what its own answer quotes.
  return m.tokens.some(isPrivilege) && !privilegeSpoken(s);
}

/** Whether any text of the card speaks of a privilege (isPrivilege): read once per service. */
const privilegeSpoken = memo((s: Service): boolean => [...vocabularyOf(s)].some(isPrivilege));

/** Of two questions or more, the one asking what paper the citizen gets (GETS_PAPER), when another question is asked too. */
function paperAskedApart(text: string): string | undefined {
  const questions = text.split(/(?<=\?)/).map((q) => q.trim()).filter((q) => q !== '');
  return questions.length > 1 ? questions.find((q) => GETS_PAPER.test(fold(q))) : undefined;
}

/**
 * "como faço?" asked alone outside a walkthrough: the steps in one line each, then the first step in full, so
 * that the citizen is already guided ("ja paguei a taxa, e agora?" goes on from there).
 */
export function showHowAndWalk(t: TurnBuilder, s: Service, hint: ReplyHint): void {
  t.say([`*${topicHeading.how} — ${s.title}*`, `São ${s.steps.length} etapas:`, ...s.steps.map((st, i) => `${i + 1}. ${st.title}`)].join('\n'), undefined, undefined, hint);
  // "o da semana passada atrasou 2 horas, como eu reclamo" on the intercity buses: the last clause, the question, is
  // about one step by its title ("Reclamar, se houver problema"); the walk starts there.
  const asking = t.said === undefined ? undefined : t.said.split(/[,;.!?]+/).map((c) => c.trim()).filter((c) => c !== '').at(-1);
  // "depois que deferir, o que eu faço?": the step the card tells after the event the question opens with.
  showStep(t, s, asking === undefined ? 0 : (stepAboutAt(s, asking) ?? (t.said === undefined ? undefined : stepAfterOpening(s, t.said)) ?? 0));
}

/** The options under a step: next (or finish), previous, leave. */
function stepOptions(s: Service, i: number): Option[] {
  const options: Option[] = [i === s.steps.length - 1 ? opt.finish : opt.next];
  if (i > 0) options.push(opt.prev);
  options.push(opt.leave);
  // The card's documents stay within reach from every step ("e quais documentos eu levo?" pressed, not typed).
  options.push(opt.docs);
  // A service with a request form keeps it within reach from every step (last, so a typed number keeps its option).
  if (s.form) options.push(opt.request);
  return options;
}

/** One step of the walkthrough ("Etapa 2 de 4"), with next/previous/leave. */
export function showStep(t: TurnBuilder, s: Service, index: number): void {
  const i = Math.max(0, Math.min(index, s.steps.length - 1));
  const step = s.steps[i];
  if (!step) return;
  t.go({ at: 'walkthrough', serviceId: s.id, step: i }, t.state.view.at !== 'walkthrough');
  t.events.push({ type: 'step_viewed', serviceId: s.id, step: i + 1 });
  const options = stepOptions(s, i);
  const links = step.channels.filter((c) => c.url).slice(0, 3).map((c) => ({ label: c.description.slice(0, 60), url: c.url ?? '' }));
  t.say([`*Etapa ${i + 1} de ${s.steps.length}: ${step.title}*`, '', ...stepLines(step)].join('\n'), options, links, { kind: 'step', serviceId: s.id, step: i + 1, of: s.steps.length });
}

/** Asks "Essa informação ajudou?" after a walkthrough or a request. */
export function askFeedback(t: TurnBuilder, serviceId: string | undefined, about: 'walkthrough' | 'request' | 'info'): void {
  const view: View = serviceId === undefined ? { at: 'feedback', about } : { at: 'feedback', serviceId, about };
  t.go(view, false);
  t.say(copy.feedbackQuestion, [opt.yes, opt.no], undefined, { kind: 'feedback' });
}

/** How a search is shown: services to put first (and open directly), and one to leave out. */
export interface SearchPreference {
  /** Ids put first, in this order, and opened directly when one of them comes first. */
  prefer?: readonly string[];
  /** An id left out of the results (the service being corrected). */
  exclude?: string;
  /**
   * The citizen's own message when `text` was derived from it (filler words dropped, folded). Events and the
   * state keep this one, redacted: redaction needs the message as typed ("fulano @ gmail . com" folded to
   * "fulano gmail com" no longer looks like an e-mail address).
   */
  said?: string;
  /** The citizen asked for the steps ("quero ver o passo a passo do seguro desemprego"): a service opened directly starts its walkthrough. */
  walk?: boolean;
  /**
   * The topics a question asked of the service it names ("Como faço uma nova via da carteira de identidade?" on another
   * card): a service opened directly answers them, not with its whole card (round 6080).
   */
  topics?: readonly Topic[];
}

/**
 * What a search records (events, the results view): the words searched, but only those that survive redaction
 * of the message as typed. Redaction needs the message itself ("fulano @ gmail . com" folded to "fulano gmail
 * com" no longer looks like an e-mail address), so derived words absent from the redacted message are dropped.
 */
export function loggedQuery(query: string, said?: string): string {
  const safe = redact((said ?? query).slice(0, 300));
  if (said === undefined) return safe;
  const allowed = new Set(fold(safe).split(' '));
  const words = fold(query).split(' ').filter((w) => w !== '' && allowed.has(w));
  return words.length > 0 ? words.join(' ') : safe;
}

/** Says who handles a subject the Governo de Minas does not; no service is opened, and a card in focus stays. */
/** Words of a paper's formalities ("firma reconhecida", "autenticar", "autenticada"). */
const PAPER_FORMALITIES = /^(?:firma|firmas|autentic\w*|reconhec\w*|procurac\w*)$/;

/**
 * "precisa de firma reconhecida em cartório?", "tem que autenticar a cópia?" with a card in view: how a paper of the
 * service must be made ready is asked of the service, not of the civil registry (round 4152).
 */
export function formalityOfFocus(t: TurnBuilder, away: Elsewhere, text: string): boolean {
  return away.id === 'cartorio' && t.state.focus !== undefined && fold(text).split(' ').some((w) => PAPER_FORMALITIES.test(w));
}

export function showElsewhere(t: TurnBuilder, away: Elsewhere, query: string, said?: string): void {
  t.events.push({ type: 'search', query: loggedQuery(query, said), results: 0 });
  toMenuUnlessOnCard(t, t.state.focus === undefined ? undefined : serviceOf(t.ctx, t.state.focus));
  t.say(away.reply, [opt.categories, opt.handoff, opt.menu], undefined, { kind: 'elsewhere' });
  t.state = { ...t.state, away: away.id };
}

/** A reply that is about no service: on a card or in its steps the citizen stays there; elsewhere, back to the menu. */
function toMenuUnlessOnCard(t: TurnBuilder, focus: Service | undefined): void {
  if (focus !== undefined && t.state.view.at !== 'results' && t.state.view.at !== 'menu') return;
  t.unfocus();
  t.go({ at: 'menu' });
}

/**
 * The first service found is named by more words of the query (its title, acronym and popular names) than any
 * other found: "fiz um boletim e preciso imprimir ele" names the REDS lookup (boletim, imprimir) more than the
 * accident report (boletim).
 */
export function namedLead(t: TurnBuilder, hits: readonly { id: string }[], query: string): boolean {
  const stems = new Set(analyze(withoutDone(query)));
  const count = (id: string | undefined, names: (s: Service) => ReadonlySet<string>): number => {
    const s = serviceOf(t.ctx, id ?? '');
    return s ? [...names(s)].filter((x) => stems.has(x)).length : 0;
  };
  const lead = count(hits[0]?.id, nameStems);
  const leadTitle = count(hits[0]?.id, titleStems);
  // A tie in names is broken by the titles, the service's own name: "renovação da matrícula do meu filho na escola
  // estadual" is said as often in the school registration's popular names, but it is the renewal's title.
  // Then by the act wanted, the verb right after "quero/preciso": "quero recorrer de uma multa de radar" names the
  // appeal ("recorrer de multa") and the fines lookup ("multa de radar") as often, but what the citizen wants is to appeal.
  const act = actWanted(query);
  const acts = (id: string | undefined): boolean => {
    const s = act === undefined ? undefined : serviceOf(t.ctx, id ?? '');
    return s !== undefined && act !== undefined && nameStems(s).has(act);
  };
  return lead > 0 && hits.slice(1).every((h) => {
    const other = count(h.id, nameStems);
    if (other < lead) return true;
    if (other > lead) return false;
    const otherTitle = count(h.id, titleStems);
    return otherTitle < leadTitle || (otherTitle === leadTitle && acts(hits[0]?.id) && !acts(h.id));
  });
}

/** The first found's lead over the second that opens it with nothing in view (see leadsUnasked); the search's clear asks 1.6. */
const FIRST_LEAD = 1.5;
/** The least share of the query the first found must explain for that lead to open it (the search's clear lead asks 0.3 and 1.6). */
const FIRST_COVERAGE = 0.2;

/**
 * With nothing in view (a first message, the menu, a list), the first found leads the second as a clear first does
 * (half as much again), though it explains only a fifth of the words or more (a story around the request: "meu pai levou
 * uma multa injusta, o carro nem tava na cidade" is the appeal, "vou comprar um carro usado, como vejo se tem dívida?"
 * the vehicle's lookup): it is what the citizen asks for, not a list to choose from. The search's own clear asks a larger
 * lead at that coverage (round 3261); on a card, a follow-up's stray words must still not move the citizen away.
 */
function leadsUnasked(t: TurnBuilder, found: readonly { id: string; score: number }[], shown: readonly { id: string }[]): boolean {
  const [first, second] = found;
  if (t.state.focus !== undefined || first === undefined || second === undefined || shown[0]?.id !== first.id) return false;
  // A hit's score is the first's coverage times its share of the first's score (see the search's `toHits`).
  return first.score >= FIRST_COVERAGE && first.score >= FIRST_LEAD * second.score;
}

/** Each of a service's names held whole (its title, popular names and keywords), as stems: what the citizen may call it by. */
const wholeNames = memo((s: Service): readonly (readonly string[])[] => [s.title, ...s.popularNames, ...s.keywords].map((n) => analyze(n)).filter((n) => n.length > 0));

/**
 * The first found is what the citizen calls it: more of the words said belong to one of its names said whole (a popular
 * name or keyword of its own, every word of it said) than to any whole name of the others found. "reclamação na
 * ouvidoria" says the general ombudsman's own "ouvidoria" and "reclamação", and only the latter of the SUS ombudsman's
 * names ("ouvidoria do SUS" needs the SUS); "matrícula na escola estadual" is the registration's "matrícula", the
 * renewal's "renovação de matrícula" only in part. A word said inside a longer name is no name said.
 */
function wholeNamedLead(t: TurnBuilder, hits: readonly { id: string }[], query: string): boolean {
  const stems = new Set(analyze(withoutDone(beforePurpose(query))));
  const named = (id: string | undefined): number => {
    const s = serviceOf(t.ctx, id ?? '');
    return s === undefined ? 0 : new Set(wholeNames(s).filter((n) => n.every((x) => stems.has(x))).flat()).size;
  };
  const lead = named(hits[0]?.id);
  return lead >= 2 && hits.slice(1).every((h) => named(h.id) < lead);
}

/** The words before what the request is for ("agendar a UAI *pra tirar identidade*": "pra/para" and an infinitive). */
function beforePurpose(text: string): string {
  const ws = fold(text).split(' ');
  const at = ws.findIndex((w, i) => i > 0 && (w === 'pra' || w === 'para') && /^[a-z]{2,}(?:ar|er|ir)$/.test(ws[i + 1] ?? ''));
  return at < 0 ? text : ws.slice(0, at).join(' ');
}

/** The stem of the verb right after a verb of wanting ("quero *recorrer*", "preciso *renovar*"), if any. */
function actWanted(query: string): string | undefined {
  const words = fold(query).split(' ');
  const at = words.findIndex((w) => WANT_OPENERS.has(w));
  const verb = at < 0 ? undefined : words[at + 1] === 'de' ? words[at + 2] : words[at + 1];
  return verb !== undefined && /(ar|er|ir)$/.test(verb) ? analyze(verb)[0] : undefined;
}

/**
 * The first service found is named by the words as much as any other, and every other named as much asks for it
 * first, in what it is or who may ask ("como faço pra visitar meu marido q ta preso": the video visit is "só … quem
 * já tem cadastro de visitante ativo"): where the citizen starts is the one the others need.
 */
function neededFirst(t: TurnBuilder, hits: readonly { id: string }[], query: string): boolean {
  const stems = new Set(analyze(query));
  const count = (s: Service): number => [...nameStems(s)].filter((x) => stems.has(x)).length;
  const first = serviceOf(t.ctx, hits[0]?.id ?? '');
  if (!first) return false;
  const lead = count(first);
  const head = fold(first.title.split(/\s+(?:em|no|na|nos|nas|para|pela|pelo|–|-)\s+|\s*\(/)[0] ?? '');
  if (lead === 0 || head.split(' ').length < 2) return false;
  const tied = hits.slice(1).flatMap((h) => serviceOf(t.ctx, h.id) ?? []).filter((s) => count(s) >= lead);
  // Having it is the condition ("quem já tem cadastro de visitante", "ter cadastro de visitante"), not a mention.
  const having = new RegExp(`\\b(?:ter|tem|tenha|possuir|possui)\\s+(?:(?:o|a|um|uma|seu|sua)\\s+)?${head}\\b`);
  return tied.length > 0 && tied.every((s) => [s.description, ...s.requesters.map((r) => r.requirements)].some((x) => having.test(fold(x))));
}

/** Words that help a verb of what was already done ("já *tinha* pago", "já *foi* feito"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['tinha', 'tenho', 'havia', 'tinhamos', 'foi', 'fui', 'ta', 'tava', 'estava', 'esta']);

/** A participle or a first- or third-person past ("pagado", "paguei", "pagou", "vendeu", "abriu"). */
const DONE_FORM = /^[a-z]{2,}(?:ado|ada|ido|ida|ei|ou|eu|iu)$/;
/** Irregular participles and pasts ("pago", "feito", "fiz"). */
const IRREGULAR_DONE: ReadonlySet<string> = new Set(['pago', 'paga', 'pagos', 'feito', 'feita', 'fiz', 'fez', 'aberto', 'aberta', 'visto', 'dito', 'posto']);

/**
 * The text without the verb of what the citizen already did ("roubaram meu carro e eu ja tinha pago o ipva": paying
 * is done, the refund is asked for): it names no service asked for.
 */
function withoutDone(text: string): string {
  const ws = fold(text).split(' ').filter((w) => w !== '');
  const done = new Set<number>();
  ws.forEach((w, i) => {
    if (w !== 'ja') return;
    let j = i + 1;
    while (AUXILIARIES.has(ws[j] ?? '')) j++;
    if (DONE_FORM.test(ws[j] ?? '') || IRREGULAR_DONE.has(ws[j] ?? '')) done.add(j);
  });
  return done.size === 0 ? text : ws.filter((_, i) => !done.has(i)).join(' ');
}

/**
 * The clause saying what the citizen already did ("Já fiz o boletim de ocorrência.", "ja registrei o bo e …"): from a
 * "já" followed by a verb of what was done, up to the next pause or "e"/"mas". The rest of the text comes with it.
 */
function doneClause(text: string): { done: string; rest: string } | undefined {
  const clauses = text.split(/[.;!?,]+|\s+(?:e|mas|ai|aí|então|entao)\s+/i).map((c) => c.trim()).filter((c) => c !== '');
  const done = clauses.find((c) => {
    const ws = fold(c).split(' ');
    const at = ws.indexOf('ja');
    if (at < 0) return false;
    let j = at + 1;
    while (AUXILIARIES.has(ws[j] ?? '')) j++;
    return (DONE_FORM.test(ws[j] ?? '') || IRREGULAR_DONE.has(ws[j] ?? '')) && ws.length > j + 1;
  });
  if (done === undefined) return undefined;
  const rest = clauses.filter((c) => c !== done).join(', ');
  return searchWords(rest).length > 0 ? { done, rest } : undefined;
}

/**
 * "Fui assaltado e levaram minha identidade. Já fiz o boletim de ocorrência.": the service found first is what the
 * citizen says is already done (the services the done clause alone finds, near its best), so the first other one
 * the rest of the message finds and names is what is asked for (the identity card's 2nd copy). Not when the first found
 * is not what was done ("roubaram meu carro e eu já tinha pago o IPVA" still asks the refund).
 */
function pastDone(t: TurnBuilder, text: string, result: ReturnType<EngineContext['search']['search']>): ReturnType<EngineContext['search']['search']> | undefined {
  const parts = doneClause(text);
  const first = result.hits[0];
  if (!parts || !first) return undefined;
  const own = t.ctx.search.search(parts.done, 8);
  const top = own.hits[0]?.score ?? 0;
  const doneIds = new Set(own.hits.filter((h) => h.score >= 0.7 * top).map((h) => h.id));
  if (!doneIds.has(first.id)) return undefined;
  const restWords = searchWords(parts.rest);
  const found = t.ctx.search.search(parts.rest, 8);
  const next = found.hits.find((h) => {
    const s = doneIds.has(h.id) ? undefined : serviceOf(t.ctx, h.id);
    return s !== undefined && namesService(t.ctx, s, restWords);
  });
  return next ? { hits: [next, ...found.hits.filter((h) => h.id !== next.id && !doneIds.has(h.id))], clear: true } : undefined;
}

/** A first-person past of an act ("paguei", "abri", "consegui", "registrei"): what the citizen did. */
const ACT_DONE = /^[a-z]{3,}(?:ei|i)$/;
/** First-person pasts of what befell the citizen, or of seeing and hearing ("perdi", "esqueci", "vi"): no act that completes a service. */
const BEFELL: ReadonlySet<string> = new Set(['perdi', 'esqueci', 'sofri', 'bati', 'cai', 'vi', 'li', 'ouvi', 'senti', 'recebi', 'aqui', 'ali', 'dai', 'ai', 'pai', 'mai']);
/** A clause of need after the act ("quero…", "agora preciso…", "tenho que…", "como tiro…"), past the words that join it. */
const NEED_OPENS = /^(?:(?:e|mas|so que|agora|ai|entao|eu)\s+)*(?:quero|queria|preciso|precisava|precisa|gostaria|tenho que|tenho q|tem que|tem q|devo|vou precisar|vou ter que|como)\b/;

/**
 * "paguei o ipva e quero o documento do carro", "abri a empresa, agora preciso da inscrição estadual": a clause that
 * opens with an act the citizen did (a first-person past), then a clause of need. When the whole message finds first
 * what the act already did (the services the act's clause alone finds, near its best), the need's clause, from its
 * opening on, clearly finding another service it names is what is asked for.
 */
function needAfterAct(t: TurnBuilder, text: string, result: ReturnType<EngineContext['search']['search']>): ReturnType<EngineContext['search']['search']> | undefined {
  const first = result.hits[0];
  if (!first) return undefined;
  const clauses = text.split(/[.;!?,]+|\s+(?=(?:e|mas|ai|aí|então|entao)\s)/i).map((c) => c.trim()).filter((c) => c !== '');
  const act = clauses.findIndex((c) => {
    const ws = fold(c).split(' ').filter((w) => w !== 'eu' && w !== 'ja');
    return ws.length >= 2 && ACT_DONE.test(ws[0] ?? '') && !BEFELL.has(ws[0] ?? '');
  });
  // The need's clause right after the act's (a story between them is what the need is about: "mudei pra contagem e meu
  // menino ta sem escola, como arrumo vaga").
  const need = act + 1 < clauses.length && NEED_OPENS.test(fold(clauses[act + 1] ?? '')) ? act + 1 : -1;
  if (act < 0 || need < 0) return undefined;
  // Without its verb of needing when that leaves it unsure ("precisa de inscrição estadual?": "precisa" is many texts' word).
  const opener = NEED_OPENS.exec(fold(clauses[need] ?? ''))?.[0] ?? '';
  const said = clauses.slice(need).join(', ');
  const whole = t.ctx.search.search(said, 8);
  const rest = whole.clear || opener.endsWith('como') ? said : fold(said).slice(opener.length);
  const found = rest === said ? whole : t.ctx.search.search(rest, 8);
  const next = found.clear ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
  if (next === undefined || next.id === first.id) return undefined;
  // What the whole message finds first is the act's: the act's clause finds or names it ("consegui abrir a empresa", whose "consegui" the search does not know).
  const did = serviceOf(t.ctx, first.id);
  const own = t.ctx.search.search(clauses[act] ?? '', 8);
  const top = own.hits[0]?.score ?? 0;
  const acts = own.hits.some((h) => h.id === first.id && h.score >= 0.7 * top) || (did !== undefined && namesService(t.ctx, did, searchWords(clauses[act] ?? '')));
  return acts && namesService(t.ctx, next, searchWords(rest)) ? found : undefined;
}

/** Prepositions before where the citizen turns to ("na ouvidoria", "pra ouvidoria", "com a ouvidoria"). */
const TURNED_TO: ReadonlySet<string> = new Set(['na', 'no', 'pra', 'pro', 'para', 'a', 'ao', 'com', 'pela', 'pelo']);

/**
 * "quero mandar um recado pra ouvidoria do estado", "reclamei na Ouvidoria-Geral do Estado contra um hospital": a phrase of
 * the synonyms said whole ("ouvidoria do estado") whose words are all in the title of the one service it finds clearly
 * alone, and in no other found's title, names that service by its own name, whatever the story around it brushes.
 */
function namedByOwnTitle(t: TurnBuilder, text: string, result: ReturnType<EngineContext['search']['search']>): ReturnType<EngineContext['search']['search']> | undefined {
  const said = phrasesSaid(t.ctx.catalogue.synonyms, analyze(text));
  const typed = fold(text).split(' ');
  // Said as where the citizen turns ("*na* ouvidoria do estado", "*pra* ouvidoria geral"): a noun after a preposition of
  // place or address, not the object of another verb ("agendar doação de sangue", "sem vaga de escola").
  const addressed = (phrase: readonly string[]): boolean => typed.some((w, i) => TURNED_TO.has(typed[i - 1] ?? '') && !/(ar|er|ir)$/.test(w) && analyze(w)[0] === phrase[0]);
  for (const phrase of said.filter(addressed)) {
    const alone = t.ctx.search.search(phrase.join(' '), 3);
    const named = alone.clear ? serviceOf(t.ctx, alone.hits[0]?.id ?? '') : undefined;
    if (named === undefined || !phrase.every((x) => titleStems(named).has(x))) continue;
    if (result.clear && result.hits[0]?.id === named.id) return undefined;
    if (result.hits.length > 0 && !result.hits.some((h) => h.id === named.id)) continue;
    const shared = result.hits.some((h) => h.id !== named.id && phrase.every((x) => titleStems(serviceOf(t.ctx, h.id) ?? named).has(x)));
    if (!shared) return { hits: [{ id: named.id, title: named.title, score: 1 }, ...result.hits.filter((h) => h.id !== named.id)], clear: true };
  }
  return undefined;
}

/** With nothing in view, the service a need told after an act done asks for (see needAfterAct), for a question's topic. */
export function actThenNeed(t: TurnBuilder, text: string): Service | undefined {
  const found = needAfterAct(t, text, t.ctx.search.search(text, 5));
  return found ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
}

/** The one service whose names hold at least two of the text's rare stems, more than any other's. */
function namedByStory(t: TurnBuilder, text: string): Service | undefined {
  // Not a subject handled elsewhere ("quero sacar meu fgts q fui mandado embora").
  if (mentionsElsewhere(text, t.ctx.catalogue.otherStates)) return undefined;
  const rare = rareStems(t.ctx, searchWords(text));
  if (rare.length < 2) return undefined;
  // Only the services a rare stem names can count: looked up by stem, not by reading every service.
  const counts = new Map<Service, number>();
  for (const x of rare) for (const s of servicesNamedBy(t.ctx.catalogue, x)) counts.set(s, (counts.get(s) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const best = [...counts].filter(([, n]) => n === most);
  return most >= 2 && best.length === 1 ? best[0]?.[0] : undefined;
}

/** Words that open a yes-or-no or open question ("tem estacionamento?", "vale pra meia entrada", "da pra pedir…"). */
const ASKS = /^(tem|teria|existe|da pra|da para|pode|posso|podem|vale|valeria|serve|precisa|preciso|e possivel|como|onde|quando|qual|quais|quem|quanto|quantos|quantas)\b/;

/** Asking whether one may ("posso tirar essa nota?", "eu consigo pedir?"). */
const MAY_I = /\b(posso|podemos|consigo|conseguimos)\b/;
/** Asking whether one may do an act any service may offer ("posso parcelar?", "consigo cancelar?"): what the card says of it, not who may ask (round 3823). */
const MAY_ACT = /\b(posso|podemos|consigo|conseguimos) (parcelar|recorrer|contestar|cancelar|desmarcar|remarcar)\b/;
/** The act asked whether one may do (MAY_ACT) is one the card's own words speak of ("condições de parcelamento"). */
function actSpokenOf(s: Service, said: string): boolean {
  const act = MAY_ACT.exec(fold(said))?.[2];
  return act !== undefined && vocabularyOf(s).has(stemOrSelf(act));
}

/**
 * How a question dictated without its mark opens besides ASKS ("oq tem q instalar…", "e se eu atrasar o pagamento",
 * "será que aceita…", "pq demora tanto"), or tells a worry, which asks whether it happens ("tenho medo deles saberem que
 * fui eu", round 1980), or closes ("perdi a nota da oficina, e agora").
 */
const ASKS_ALSO = /^(o que|oq|o q|e se|se|caso|sera que|por que|pq|porque|pra que|pra q|para que|para q|(eu )?(tenho|to|tou|estou|fico|ficaria) (com )?(medo|receio))\b|(^|\s)(e agora|e ai|ne)$/;
/**
 * A word of asking inside the clause, after what it is about ("e esse processo vai em *qual* sistema", "e a empresa
 * *como sabe* q não é falso"): "qual/quais/quantos" are never anything else; "como" only before a verb of knowing or
 * doing ("trabalho como motorista" tells). A verb of doing, paying, bringing or calling with the word of asking after it
 * asks too ("ela tem deficiência, *faço o que* primeiro", "*ligo pra quem*", "*pago onde*"; round 1960).
 */
const ASKS_WITHIN = /\b(qual|quais|quant[oa]s|qnt[oa]s|qts)\b|\bcomo (sabe|sei|saber|vou saber|faz|faco|fica|funciona|confere|confiro|consigo|consegue)\b|\b(faco|faz|fazer|pago|levo|devo|procuro|ligo|vou) (o que|oq|o q|onde|aonde|quando|pra quem|pra onde)\b/;

/**
 * A question, by its mark or by how one of its clauses opens: voice typing drops the mark, and the question often
 * follows what the citizen tells ("veio errado o valor do mes, quem resolve", "tomei cerveja ontem, tem problema").
 */
export function isQuestion(text: string): boolean {
  if (isAsked(text)) return true;
  return text.split(/[,;.!:…]+/).some((clause) => {
    const folded = fold(clause).trim();
    return ASKS.test(folded.replace(/^(e|mas|ai|entao|oi|ola) /, '')) || ASKS_ALSO.test(folded) || ASKS_WITHIN.test(folded);
  });
}

/** The options shown last, or the way out (categories, a person, the menu) when there are none. */
export const optionsOrWayOut = (t: TurnBuilder): Option[] => (t.state.options.length > 0 ? t.state.options : [opt.categories, opt.handoff, opt.menu]);

/**
 * Quotes the sentences of the service's own texts that hold the words of the citizen's message, when some do
 * ("esqueci a senha do portal" on the payslip's card); false when none does.
 */
function sayPassage(t: TurnBuilder, focus: Service, alone = true, rare = false, shown: readonly string[] = []): boolean {
  // "ja faz 2 meses, ainda da?": asked whether there is still time, the deadline the texts give, before any other sentence.
  const due = t.said === undefined ? [] : deadlines(focus, t.said);
  const read = t.said === undefined ? [] : passages(focus, t.ctx.catalogue, t.said, shown, alone);
  // `rare`: none, a word of the question that one or two sentences hold says which ("na piracema pode?").
  const found = read.length > 0 || !rare || t.said === undefined ? read : rarePassages(focus, t.ctx.catalogue, t.said, shown);
  return sayFound(t, focus, [...due, ...found.filter((x) => !due.some((d) => d.includes(x)))]);
}

/** A line of the steps listed by title ("4. Criar a nova senha e proteger a conta"). */
const STEP_LINE = /^\d+\. /;
/** A step's title quoted ("Pedir o religamento, se a água foi cortada") with what the step says to do; any other sentence as it is. */
function withStepText(focus: Service, quoted: string): string {
  const i = focus.steps.findIndex((st) => st.title.trim() === quoted);
  return i < 0 ? quoted : `*Etapa ${i + 1}, ${quoted}:* ${focus.steps[i]?.description.trim() ?? ''}`;
}

/** Asking to whom or with whom a thing is done ("peço para quem?", "a quem eu entrego?", "falo com quem?"). */
const ASKS_WHOM = /\b(para|pra|a|com|pro) quem\b|\bquem (e que |q )?(eu )?(procuro|procurar|peco|pedir|entrego|entregar|aviso|avisar)\b/;
/** A sentence of a step's text (not its first) under the step's title, which says who or what it is about; else as withStepText. */
function underStepTitle(focus: Service, quoted: string): string {
  const i = focus.steps.findIndex((st) => st.title.trim() !== quoted && st.description.includes(quoted) && !st.description.trim().startsWith(quoted));
  return i < 0 ? withStepText(focus, quoted) : `*Etapa ${i + 1}, ${focus.steps[i]?.title.trim() ?? ''}:* ${quoted}`;
}

/** Quotes the sentences found of the service's texts (a step's title with what its step says); false when none. */
export function sayFound(t: TurnBuilder, focus: Service, quoted: readonly string[]): boolean {
  if (quoted.length === 0) return false;
  // "a devolução é automática, não é?" and the card says the refund is not: how it is asked for, with that sentence.
  if (t.said !== undefined && notByItself(focus, t.said, quoted)) {
    answerAbout(t, focus, ['how'], false);
    return true;
  }
  // "meu cunhado disse que só se denuncia indo à delegacia, é assim?", "ela falou q paga uma taxa no banco antes": a claim
  // heard of the way it is done or of its fee asks whether it is done online or what it costs, which the card's channels
  // or costs settle, not a sentence sharing a word of the rumour (round 6500).
  const heard = t.said === undefined ? undefined : topicHeard(t.said);
  if (heard !== undefined) {
    answerAbout(t, focus, [heard], false);
    return true;
  }
  // A step's title quoted ("Pedir o religamento, se a água foi cortada") comes with what the step says to do.
  // Asked to whom or with whom ("esse mecanismo, eu peço para quem?"), a sentence of a step's text that names no one comes
  // with its step's title, which does ("Avisar o banco imediatamente: … peça a contestação pelo MED"), round 5407.
  const whom = t.said !== undefined && ASKS_WHOM.test(fold(t.said));
  const withSteps = quoted.map((q) => (whom ? underStepTitle(focus, q) : withStepText(focus, q)));
  sayQuoted(t, focus, ABOUT_IT, withSteps);
  return true;
}

/** Lines quoted from the service's own texts under a heading, counted for analysts as a follow-up of kind `passage`. */
export function sayQuoted(t: TurnBuilder, focus: Service, heading: string, lines: readonly string[]): void {
  // The question just answered was no topic: "e se a minha já tava vencida?" after it asks the card's sentences again,
  // not how the service is done (the steps asked two turns before say nothing of a case). A usual topic is kept: "e se eu
  // reprovar" after the exam's booking and a quoted sentence is still asked of the booking ("agende nova prova").
  if (t.state.topic === 'how') t.forgetTopic();
  t.events.push({ type: 'follow_up', kind: 'passage', serviceId: focus.id });
  // Asked whether one may, in one's own case: who may ask, when a condition of the card speaks of that case (round 2861).
  const who = heading === ABOUT_IT && t.said !== undefined ? requirementsForCase(focus, t.said, lines) : [];
  t.say([`*${focus.title}*`, '', heading, ...lines, ...(who.length > 0 ? ['', ...who] : [])].join('\n'), quotedFirst(t, focus, lines), [official(focus)], { kind: 'passage', serviceId: focus.id });
  // What was quoted, for "explica mais simples" next turn (r40c).
  const quoted = lines.filter((l) => l.trim() !== '').slice(0, 8).map((l) => l.slice(0, 2000));
  if (quoted.length > 0) t.state = { ...t.state, quoted };
}

/**
 * Something told about the service in focus, not asked: what its texts say of it ("esqueci a senha do portal"), or
 * else what the bot can say about it.
 */
export function sayToldAboutFocus(t: TurnBuilder, focus: Service): void {
  // "ela disse q ouviu falar q paga": a claim heard of the fee or of the way it is done, though no sentence holds it, is
  // that topic's question (round 6500).
  const heard = t.said === undefined ? undefined : topicHeard(t.said);
  if (heard !== undefined) return answerAbout(t, focus, [heard], false);
  if (sayPassage(t, focus)) return;
  // "ele voltou aqui e me bateu de novo" on the protective order: violence or danger told, that no sentence answers, on
  // a card whose texts say what to do in danger ("Em perigo, ligue 190"): those sentences, never a cheerful "Entendi"
  // (round 2408).
  const danger = t.said !== undefined && violenceTold(t.said) ? emergencySentences(focus) : [];
  if (danger.length > 0) return sayQuoted(t, focus, '*Em perigo, o serviço orienta:*', danger);
  // "e se não tiver vaga na escola que eu quero?": a question that no sentence answers is no thing told: "não tenho essa
  // informação" with the official link, never "Entendi" (round 2763).
  if (isAsked(t.said ?? '')) return sayUnanswered(t, focus);
  sayTold(t, focus);
}

/** Something told taken in, by the feeling it tells ("Sinto muito…", "Que bom!", else "Entendi."), with what the bot can say of the card. */
function sayTold(t: TurnBuilder, focus: Service): void {
  const felt = t.said === undefined ? undefined : feltIn(t.said);
  t.say(copy.toldAboutFocus(focus.title, felt === undefined ? undefined : copy.feltOpener[felt]), t.state.options, undefined, { kind: 'notice' });
}

/** The feeling a statement tells by its words: hardship first ("triste", "raiva", "difícil"), then gladness ("feliz", "linda"). */
function feltIn(text: string): 'hard' | 'glad' | undefined {
  const w = readPlain(text).tokens;
  if (w.some((x) => HARD_FEELINGS.has(x))) return 'hard';
  return w.some((x) => GLAD_FEELINGS.has(x)) ? 'glad' : undefined;
}

/** Verbs of asking for something besides WANT_OPENERS ("meu filho *precisa* de…", "*procuro* um…"): a request, no statement. */
const ASKING_FOR: ReadonlySet<string> = new Set([...WANT_OPENERS, 'precisa', 'precisamos', 'precisando', 'necessito', 'procuro', 'procurando', 'queremos', 'quer', 'pedir', 'solicitar']);

/**
 * A statement: words of Portuguese sentences (two at least, one of them a word of grammar, an article, pronoun,
 * preposition or verb of being) that are no question and ask for nothing, neither by a verb of wanting nor by an order
 * opening with "me" ("me ensina…", "me manda…").
 */
export function isStatement(text: string): boolean {
  if (isQuestion(text)) return false;
  const w = readPlain(text).tokens;
  return w.length >= 2 && w.some((x) => isStopword(x)) && !w.some((x) => ASKING_FOR.has(x)) && w[0] !== 'me';
}

/**
 * Danger told on a card whose texts say what to do in danger (see dangerTold in followup.ts: something happening now,
 * a case the sentence names, the aggressor near): those sentences ("Se o crime está acontecendo agora, ligue 190").
 * False when the card says nothing of it.
 */
export function sayInDanger(t: TurnBuilder, focus: Service): boolean {
  const danger = t.said === undefined ? [] : dangerTold(focus, t.said);
  if (danger.length === 0) return false;
  sayQuoted(t, focus, '*Em perigo, o serviço orienta:*', danger);
  return true;
}



/**
 * "tem vistoria?" on the vehicle transfer: a question about a thing the card in view speaks of (see namedOnlyByFocus).
 * The sentences that hold the question's words; else the step whose title names the thing ("Fazer a vistoria de
 * identificação"), else the sentence that names it; else that the card does not say.
 */
export function sayThingAsked(t: TurnBuilder, focus: Service, thing: readonly string[]): void {
  if (sayPassage(t, focus, true, true)) return;
  const stems = analyze(thing.join(' '));
  const at = stems.length === 0 ? -1 : stepTitleStems(focus).findIndex((own) => stems.every((x) => own.includes(x)));
  const step = focus.steps[at];
  const named = step?.title.trim() ?? thing.map((w) => thingSentence(focus, w)).find((x) => x !== undefined);
  if (named !== undefined && sayFound(t, focus, [named])) return;
  sayUnanswered(t, focus);
}

/**
 * "oq é danfe? entendi nada" (see termAsked in intents.ts): what the card says of the word not followed. The sentence
 * spelling an acronym out ("Formulário de Identificação do Condutor Infrator (FICI)"), else the sentences holding the
 * words asked (`said`: the message without its not-following words), else as `sayThingAsked`.
 */
export function explainTerm(t: TurnBuilder, focus: Service, said: string, terms: readonly string[]): void {
  // "e-GTA" typed: the electronic form's sentence, before the letters' own (r40c).
  const typed = (t.said ?? '').toLowerCase();
  const spelt = [...new Set(terms.flatMap((w) => (typed.includes(`e-${w}`) ? speltOutElectronic(focus, w) : undefined) ?? speltOut(focus, w) ?? []))];
  if (sayFound(t, focus, spelt)) return;
  // "ladv é oq?": letters the card holds only as a keyword, spelt out by another card: this card's sentence with those words.
  if (sayFound(t, focus, [...new Set(terms.flatMap((w) => speltElsewhere(t.ctx.catalogue, focus, w) ?? []))])) return;
  t.said = said;
  // The card's sentences holding the term that the last reply showed are what was not followed: the others that hold it
  // explain it, when some do (round 6300). Not a sentence saying what the term is ("Transferência do prontuário
  // (cadastro)…", "a de inteiro teor é a cópia…"), nor when asked why the card says so ("pq tenho q mudar o endereco
  // antes de renovar? nao entendi": the sentence shown says why).
  const last = t.lastReply;
  const shown = last === undefined || WHY_ASKED.test(fold(said)) ? [] : quotable(focus).filter((x) => last.includes(x) && !saysWhatIs(x, terms));
  if (shown.length > 0 && sayPassage(t, focus, true, true, shown)) return;
  sayThingAsked(t, focus, terms);
}

/** Asking why ("pq tenho q…", "por que precisa…"). */
const WHY_ASKED = /\b(?:pq|porque|por que|por q|porq)\b/;
/** A word of the term followed by what it is: in brackets ("prontuário (cadastro)") or after "é"/"são" ("inteiro teor é a cópia"). */
function saysWhatIs(sentence: string, terms: readonly string[]): boolean {
  // Folding drops the brackets and the accent of "é" ("e" is also "and"): both are marked before.
  const folded = fold(sentence.replace(/\(/g, ' qxe ').replace(/(?<!\p{L})(?:é|são)(?!\p{L})/gu, ' qxe '));
  return terms.some((w) => new RegExp(`\\b${w.replace(/\W/g, '')}\\w* qxe `).test(folded));
}

/**
 * "o CRV é o DUT ne?", "ah isso é o antigo supletivo ne?" (see namesAsked in intents.ts): the card's sentences that hold
 * the names asked (the one spelling an acronym out first), and, for a name the card is known by that none of them holds
 * (a popular name, a keyword), that the catalogue knows the service by it too. Nothing is said of a name the card does
 * not hold: an old name is the same thing only where the card says so (round 5421).
 */
export function sayNamesOf(t: TurnBuilder, focus: Service, names: readonly string[]): void {
  const lines = [...new Set(names.flatMap((w) => thingSentence(focus, w) ?? []))];
  const held = new Set(lines.flatMap((l) => analyze(l)));
  const known = [focus.acronym ?? '', ...focus.popularNames, ...focus.keywords].filter((n) => n !== '');
  const also = [...new Set(names.filter((w) => !held.has(stemOrSelf(w))).flatMap((w) => known.find((n) => searchWords(n).includes(w)) ?? []))];
  const all = [...lines, ...also.map((n) => copy.alsoNamed(n))];
  if (all.length === 0) return sayUnanswered(t, focus);
  sayQuoted(t, focus, ABOUT_IT, all);
}

/** A question about the service in focus that its card does not answer: said so, with its official page and LigMinas 155. */
export function sayUnanswered(t: TurnBuilder, focus: Service): void {
  // No field answers it, but a sentence of the service's texts may ("com quantos pontos a carteira é suspensa?").
  if (sayPassage(t, focus, true, true)) return;
  // "e depois do registro?": no sentence holds it, but a step comes after the event the question opens with
  // ("Registrar o desaparecimento", then "Acompanhar e comunicar quando encontrar"): that step, with its text.
  const after = t.said === undefined ? undefined : stepAfterOpening(focus, t.said);
  const next = after === undefined ? undefined : focus.steps[after]?.title.trim();
  if (next !== undefined && sayFound(t, focus, [next])) return;
  // "entao ele precisa pedir alguma coisa ou ja é automatico?" on the IPVA: the card says nothing of it, but one of its
  // related services does, in two of the question's words at least ("Na maioria dos casos a isenção não é automática:
  // é preciso pedir…" on the exemption): that sentence, under that service's name, which comes into focus.
  const other = relatedAnswering(t, focus);
  if (other !== undefined) {
    t.go({ at: 'service', serviceId: other.s.id });
    t.events.push({ type: 'service_viewed', serviceId: other.s.id });
    t.events.push({ type: 'follow_up', kind: 'passage', serviceId: other.s.id });
    t.say([`*${other.s.title}*`, '', ABOUT_IT, ...other.lines].join('\n'), relatedLabels(t, cardOptions(other.s)), [official(other.s)], { kind: 'passage', serviceId: other.s.id });
    return;
  }
  // "ele pode?": the topic the trained fallback finds clearly (round 4300).
  if (sayGuessed(t, focus)) return;
  sayNotOnCard(t, focus);
}

/**
 * The trained fallback's least score, and its least lead over any other topic (guess.ts). Set on the whole dialogue
 * eval: at 0 and 0, two dialogues broke ("toda uai faz isso?" read as the cost at 0.45, 0.05 ahead); at 0.6 and 0.2 none
 * did (round 4300); 0.55 since the examples of round 4301 (a time question at 0.599 fell under 0.6), none broken.
 */
const GUESS_MIN = 0.55;
const GUESS_LEAD = 0.2;
/** Topics whose phrases mostly speak of the chat or of an emergency ("é 24 horas?", "acontecendo agora"): never guessed. */
const NOT_GUESSED: ReadonlySet<Topic> = new Set(['contact', 'hours', 'agency']);

/**
 * "Como ela começa?", "ele pode?", "Preciso sair de casa para registrar?": a question on the card in view that the
 * table read no topic in, and the card's texts hold no sentence for, answered with the topic the trained fallback
 * (guess.ts) finds clearly, as the table's answer would be; else nothing (round 4300). The service's own names weigh
 * nothing in the guess (they say what is asked about, not what is asked).
 */
function sayGuessed(t: TurnBuilder, focus: Service): boolean {
  if (t.said === undefined) return false;
  const g = guessTopic(readPlain(t.said), nameStems(focus));
  if (g === undefined || g.score < GUESS_MIN || g.score - g.next < GUESS_LEAD || NOT_GUESSED.has(g.topic)) return false;
  const hint = { kind: 'follow_up', serviceId: focus.id, topic: g.topic } as const;
  showTopic(t, focus, g.topic, hint);
  t.events.push({ type: 'follow_up', kind: g.topic, serviceId: focus.id });
  t.answered(g.topic);
  return true;
}

/** That the card in view does not say, with its official page and LigMinas 155 (no sentence nor related service tried). */
export function sayNotOnCard(t: TurnBuilder, focus: Service): void {
  t.events.push({ type: 'follow_up', kind: 'unanswered', serviceId: focus.id });
  t.say(copy.unanswered(focus.title), optionsOrWayOut(t), [official(focus)], { kind: 'unanswered', serviceId: focus.id });
}

/**
 * Another thing asked to stand in for one of the card's documents (see standInAsked in topics.ts): the card's document
 * lines and sentences that hold the thing ("… (ou declaração de residência)"); else the document as the card lists it,
 * and that the card does not say what is taken in its place, with its official page and LigMinas 155 (round 3000).
 */
export function sayStandIn(t: TurnBuilder, asked: StandIn): void {
  const { focus, lines, thing, head } = asked;
  const wanted = analyze(thing.join(' '));
  const holds = (stems: ReadonlySet<string>): boolean => wanted.length > 0 && wanted.every((x) => stems.has(x));
  const documents = documentLines(t, focus).filter((d) => holds(d.stems)).map((d) => d.line);
  // A sentence answers only when it speaks of the document too ("As vagas também podem ser vistas pela internet" is
  // no answer to "o comprovante de residência pode ser conta de internet?").
  const sentences = splitSentences([focus.description, ...focus.steps.map((st) => st.description)]).filter((x) => {
    const own = withSynonyms(t.ctx.catalogue.synonyms, new Set(analyze(x)));
    return own.has(head) && holds(own);
  });
  if (sayFound(t, focus, [...documents, ...sentences].slice(0, 3))) return;
  t.events.push({ type: 'follow_up', kind: 'unanswered', serviceId: focus.id });
  t.say(copy.standInUnknown(focus.title, lines), optionsOrWayOut(t), [official(focus)], { kind: 'unanswered', serviceId: focus.id });
}

/** The one related service of the focus whose texts answer the message (two of its words held at least), with those sentences. */
function relatedAnswering(t: TurnBuilder, focus: Service): { s: Service; lines: string[] } | undefined {
  const said = t.said;
  if (said === undefined) return undefined;
  // "a renovação é automatica?" on the school re-enrolment names the card in view by a word of its title: asked of it,
  // not of a related service whose texts brush the question (the registration's "matrícula … todo ano").
  // In any form of its words ("pra q transferir?" on the CNH's transfer from another state).
  // "toda UAI faz esse atendimento?" on the gov.br account points at the card in view ("esse atendimento"): asked of it.
  if (namesTitleOf(focus, said) || pointsAtOwn(focus, said)) return undefined;
  // The sentence must hold a word of the question that the card in view never uses ("isenção … é preciso pedir" holds
  // "automática"): one holding only words the card speaks of too, or words nearly every card uses, ("O prazo para pedir … Depois do pedido aprovado" for
  // "se eu pedir e depois desistir, dá pra cancelar?") answers nothing the card lacks, and the card stays (round 2721).
  // Only a word that a quarter of the services or fewer use tells what is asked ("pedir", "depois" are everyone's).
  const lacking = analyze(said).filter((x, i, all) => all.indexOf(x) === i && !vocabularyOf(focus).has(x) && t.ctx.search.share(x) < 0.25);
  const found = focus.related.flatMap((id) => {
    const s = serviceOf(t.ctx, id);
    const lines = s === undefined ? [] : passages(s, t.ctx.catalogue, said).filter((line) => analyze(line).some((x) => lacking.includes(x)));
    return s !== undefined && lines.length > 0 ? [{ s, lines }] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** Saying one already holds a document or licence ("já tenho a B", "já sou habilitado", "já tirei a carteira"). */
const ALREADY_HAVE = /\bja (tenho|tinha|tive|tirei|sou habilitad[oa]|possuo)\b/;
/** A title that names a first issue ("Primeira habilitação", "1ª via"). */
const isFirstIssue = (title: string): boolean => /\b(primeira|1ª|1a)\b/.test(fold(title)) || /1ª via/i.test(title);

/** Lines after a blank one, or none when there are none. */
const withGap = (lines: readonly string[]): string[] => (lines.length > 0 ? ['', ...lines] : []);

/** Words of a copy or a renewal asked ("segunda via", "2ª", "renovar", "vencida"): no first issue. */
const COPY_TOLD: ReadonlySet<string> = new Set(['segunda', '2', '2a', 'via', 'copia', 'renovar', 'renovacao', 'vencida', 'vencido', 'venceu', 'atualizar', 'trocar', 'mudar', 'corrigir']);

/**
 * "quero fazer a identidade do meu neto", "e a identidade?": the search ties a first issue ("… – 1ª via") with the 2nd
 * copy of the same kind, the first found first; nothing is said of a copy, a renewal, a loss, damage or another one: the
 * first issue is the one asked (round 6622). Not a bare name alone, nor with a card in view.
 */
function firstIssueUntold(t: TurnBuilder, hits: readonly { id: string }[], said: string): boolean {
  const first = serviceOf(t.ctx, hits[0]?.id ?? '');
  const copy = serviceOf(t.ctx, hits[1]?.id ?? '');
  if (first === undefined || copy === undefined || !isFirstIssue(first.title) || !/2ª via/i.test(copy.title) || first.category !== copy.category) return false;
  // A bare name ("rg", "identidade") still lists both: nothing is said of it yet, and "2 via" next picks from the list.
  const read = readPlain(said);
  // Nor with a card in view: "e a do rg?" on the CNH renewal asks the same of the identity card, whichever it is.
  return t.state.focus === undefined && read.tokens.length >= 2 && !lossTold(read) && !spoiltTold(read) && !read.tokens.some((w) => ANOTHER.has(w) || COPY_TOLD.has(w));
}

/** The categories of what the clause "já tenho …" finds (up to its pause): the kinds of document already held. */
function ownedKinds(t: TurnBuilder, text: string): Set<string> {
  // Cut at the pauses before folding (folding drops the commas).
  const clause = text.split(/[,;!?]|\.(?=\s|$)/).map(fold).find((part) => ALREADY_HAVE.test(part));
  if (clause === undefined) return new Set();
  return new Set(t.ctx.search.search(clause, 5).hits.flatMap((h) => serviceOf(t.ctx, h.id)?.category ?? []));
}

/** The folded words, as written, of a service's title, acronym, popular names and keywords (stopwords kept). */
const writtenNameWords = memo((s: Service): ReadonlySet<string> => new Set(fold([s.title, s.acronym ?? '', ...s.popularNames, ...s.keywords].join(' ')).split(/[^a-z0-9]+/)));

/**
 * Is the message one word search keeps, its other words (of three letters or more) absent from the names and keywords
 * of the service found first ("minha vida", "o processo"; not "marcar uai", whose "uai" search leaves out)?
 */
function vagueWord(t: TurnBuilder, said: string, firstId: string | undefined): boolean {
  if (searchWords(said).length !== 1) return false;
  const first = firstId === undefined ? undefined : serviceOf(t.ctx, firstId);
  const named = first === undefined ? undefined : writtenNameWords(first);
  return !fold(said)
    .split(/[^a-z0-9]+/)
    .some((w) => w.length >= 3 && isStopword(w) && named?.has(w) === true);
}

/** A service the search opens directly: its card, or the answers to the topics asked of it (`preference.topics`). */
function openFound(t: TurnBuilder, s: Service, preference: SearchPreference): void {
  if (preference.topics !== undefined && preference.topics.length > 0 && s.id !== t.state.focus) return answerAbout(t, s, preference.topics, true);
  showService(t, s);
}

/** Searches the catalogue: opens a clear hit, lists several, or says nothing was found. */
export function runSearch(t: TurnBuilder, text: string, preference: SearchPreference = {}): void {
  // "quem dirigia o carro era meu filho" in a fine's story is read as someone else driving (a synonym of the driver
  // indication); the message as said is kept for the readers below.
  // So is "minha cnh sumiu" as a document lost, not a person gone missing.
  // So is "esqueci minha bolsa no ônibus" as something lost, not a password forgotten.
  // So is "carro de pcd nao paga ipva?" as being exempt, not paying (round 6322).
  const read = withUnpaidRead(withLeftBehindRead(withDocumentGoneRead(withAnotherDriverRead(text))));
  const query = read.slice(0, 300);
  // The message as the citizen said it, when the query searched is a reading of it.
  const said = preference.said ?? text.slice(0, 300);
  // A subject the Governo de Minas does not handle ("passaporte", "aposentadoria do INSS"): who does, and no service.
  // The message as said too: "ah conta ai vai" right after such a reply pleads for that subject though the words
  // searched ("conta") have lost the plea; "quero me inscrever no cadunico, to sem emprego" is searched as "cadunico
  // emprego", which has lost the pause that tells the story ("to sem emprego") from the request.
  // "to ajudando minha mae com a ciptea do meu irmao", "sou viúva e meu filho vai me ajudar com o ITCD": a service's own
  // acronym said among a story's words names it, before any subject handled elsewhere (round 3705).
  // "…O seguro-desemprego eu já dei entrada, isso está resolvido. Agora quero saber como saco o meu FGTS.", "…Ela já tem
  // a CIN. Agora falta o passaporte. Como fazemos?": in a story of two sentences or more with nothing in view, the
  // asking sentence is the need (round 5600, see needOfStory); read whole, as typed, since a long story's question may
  // lie past the words searched. A subject handled elsewhere that it names is the reply, whatever the story names.
  const asked = preference.prefer === undefined ? storyNeed(t, preference.said ?? text) : undefined;
  if (asked !== undefined) return showElsewhere(t, asked, query, preference.said);
  const byAcronym = namedByAcronym(t, query);
  if (byAcronym !== undefined) {
    t.events.push({ type: 'search', query: redact(query), results: 1, topId: byAcronym.id });
    return showService(t, byAcronym);
  }
  const away = elsewhere(t, query) ?? (preference.said !== undefined ? elsewhere(t, preference.said) : undefined);
  // Not a driving licence brought from another state by one who moved here ("minha cnh é do detran sp, mudei pra bh"):
  // its transfer is Minas's (see licenceBrought).
  // Nor a purchase told as a scam ("comprei na olx, paguei e o cara sumiu"): the scam's report is the State's.
  // Nor how a paper of the card in view must be made ready ("tem que reconhecer firma?"), round 4152.
  // Nor, on a card, a case compared whose subject is elsewhere, the question asking of the card (comparedOnCard, declared
  // round 6682).
  const compared = t.state.focus !== undefined && away !== undefined && comparedOnCard(t, said);
  if (away && !compared && !namedBeside(t, away, query, preference.said) && licenceBrought(t, said) === undefined && !scamTold(said) && !formalityOfFocus(t, away, said)) return showElsewhere(t, away, query, preference.said);
  // A sum ("quanto é 25 vezes 4?") names no service, whatever words it shares with one.
  const searched = isArithmetic(fold(query)) ? { hits: [], clear: false } : searchOrKnown(t, query, preference.prefer ? 8 : 5, preference.said);
  // One vague word with no card in view ("processo", "na rua", "minha vida"), which the first hit only holds inside a
  // longer name or keyword of its own ("processo de medicamento do Estado"): no service is named, so the one it would
  // open (clear, or alone) is not, and the citizen is asked for more words. A list of several ("celular") stays a list;
  // a word that is a name or keyword ("sucata") opens as before.
  // The message as said must be that word too: "levaram meus documento na rodoviaria" read as "levaram" is no vague word,
  // nor is "marcar uai", whose other word, one search leaves out, is in the first hit's names.
  const opening = searched.clear || searched.hits.length === 1;
  const result = searched.loose === true && opening && t.state.focus === undefined && vagueWord(t, said, searched.hits[0]?.id) ? { hits: [], clear: false } : searched;
  const prefer = preference.prefer ?? [];
  const found = result.hits.filter((h) => h.id !== preference.exclude);
  const ranked = [...prefer.flatMap((id) => found.filter((h) => h.id === id)), ...found.filter((h) => !prefer.includes(h.id))];
  // "quero tirar carta de moto, ja tenho a B": one who already has a document of that kind is not asking for its first
  // issue ("ja tenho rg, quero tirar a cnh" still asks for the first CNH).
  const had = result.clear ? new Set<string>() : ownedKinds(t, said);
  const demoted = (h: { id: string; title: string }): boolean => isFirstIssue(h.title) && had.has(serviceOf(t.ctx, h.id)?.category ?? '');
  const hits = (had.size > 0 ? [...ranked.filter((h) => !demoted(h)), ...ranked.filter(demoted)] : ranked).slice(0, 5);
  const kept = loggedQuery(query, preference.said);
  const event: EngineEvent = { type: 'search', query: kept, results: hits.length };
  if (hits[0]) event.topId = hits[0].id;
  t.events.push(event);
  if (hits.length === 0) {
    // In the middle of a service, what was not understood keeps the citizen where they were (focus and view),
    // and never repeats their words back; the failed search still counts for staff (catalogue gaps).
    const focus = t.state.focus === undefined ? undefined : serviceOf(t.ctx, t.state.focus);
    // "ele ta na minha porta gritando q vai me matar", "tem alguem tentando arrombar minha porta": violence or danger
    // told that no service's words hold is never "não encontrei": the emergency number the catalogue's cards give for
    // danger now (190) comes first. A card in focus that says what to do in danger answers from its own text (sayTold).
    if (violenceTold(said) && (focus === undefined || emergencySentences(focus).length === 0)) {
      toMenuUnlessOnCard(t, focus);
      t.say(copy.dangerNow, [opt.handoff, opt.menu], undefined, { kind: 'elsewhere' });
      return;
    }
    if (focus !== undefined && t.state.view.at !== 'results' && t.state.view.at !== 'menu') {
      // "ela disse q ouviu falar q paga": a claim heard of the fee or of the way it is done, that no service's words
      // hold, is that topic's question (round 6500).
      const heard = topicHeard(said);
      if (heard !== undefined) return answerAbout(t, focus, [heard], false);
      // A question about it that the catalogue does not answer ("A UAI tem estacionamento para cadeirante?"): said
      // so, with the official page and LigMinas 155; never a guess.
      if (isQuestion(said)) sayUnanswered(t, focus);
      // "fiz tatuagem mes passado", "tomei cerveja ontem" on the blood donation: a situation told, with no question,
      // that no service's names hold; the card's sentence holding its words (or one rare word) is what the card says
      // of that case, quoted with the focus kept (round 2100).
      else if (sayPassage(t, focus, true, toldAllHeld(focus, t.ctx.catalogue, said))) return;
      // "to com muita raiva desse golpista", "está sendo muito difícil, ele era tudo pra mim", "o trem complicado só": a
      // statement in sentences of Portuguese that asks nothing and asks for nothing is taken in, by the feeling it tells,
      // with what the bot can say of the card (round 2840); a word alone or words of no sentence ("asdfgh", "tres
      // marias") are still not understood.
      else if (isStatement(said)) sayTold(t, focus);
      // Asked without a "?" ("e pra menor funciona igual"): the topic the trained fallback finds clearly (round 4300).
      else if (sayGuessed(t, focus)) return;
      else t.say(copy.noResultsInFocus(focus.title), [opt.categories, opt.handoff, opt.menu], undefined, { kind: 'no_results' });
      return;
    }
    t.go({ at: 'results', query: kept });
    t.say(copy.noResults(kept), [opt.categories, opt.handoff, opt.menu], undefined, { kind: 'no_results' });
    return;
  }
  const first = serviceOf(t.ctx, hits[0]?.id ?? '');
  const preferred = first !== undefined && prefer.includes(first.id);
  // A question on a card that finds others only by a stray word of their names or texts ("e se ele chegar perto de mim
  // depois da medida?" on the protective order found the school transfer by "escola mais perto de casa"; "e se eu n
  // achar o crv dele" on the vehicle write-off, the REDS lookup by "achar meu boletim"): when the words name none of the
  // services found (no title word, whole popular name or synonym phrase), and the message as searched finds none
  // clearly (a reading without some of its words may, as "ele" dropped does here), the question is the card's: what
  // its texts say of it, or that they do not say (round 1640). So too when the words name a service found only by what
  // the card in view itself speaks of ("e se o cara me ameaçou com faca, faz por aqui tb?" on the theft report found the
  // protective order by "ameaça", a word of the theft card's own "sem violência ou ameaça"; see namedOnlyByFocus): the
  // card's sentence holding those words, or its step naming them (round 1960).
  const inView = t.state.view.at === 'service' && t.state.view.serviceId === t.state.focus ? serviceOf(t.ctx, t.state.view.serviceId) : undefined;
  // Not when the talk is carried over to a thing named ("e pra identidade é o mesmo?" on the CNH's 2nd copy); "e pra"
  // and a verb ("e pra levar porco pro frigorifico so a nota basta?") is a purpose, no thing.
  const carried = CARRIED_OVER.test(fold(said)) && !/^e (para|pra) \S+(ar|er|ir)\b/.test(fold(said));
  if (inView && prefer.length === 0 && (isQuestion(said) || toldOnCard(said)) && !carried && !t.ctx.search.search(query, 2).clear) {
    const own = strayOrOwn(t, inView, hits, said);
    if (own !== undefined) {
      if (own.length > 0) sayThingAsked(t, inView, own);
      else sayUnanswered(t, inView);
      return;
    }
  }
  // Two requests in one message are both offered, whichever the words name more.
  const pair = 'pair' in result;
  // Who it is for names no service when the first found leads by the other words: "a rematrícula do meu filho na escola
  // estadual" names the renewal, though "matricular meu filho" is among the registration's names.
  // The words as read for the search count too, when the reading added some: "mudei de sp pra bh e minha carteira de
  // motorista é de lá" is searched with the state's letters read as "outro estado", which names the CNH's transfer.
  const leads = (): boolean => namedLead(t, hits, said) || namedLead(t, hits, withoutWho(said)) || (readMore(query, preference.said) && namedLead(t, hits, query));
  // "Quero saber quanto o Estado gastou com a reforma da escola…": one of the first found's names said word for word, of
  // three words or more and longer than any said of the others, names it, whatever the story's other words brush.
  const spoken = (): boolean => {
    const n = longestNameSaid(first, said);
    return n >= 3 && hits.slice(1).every((h) => longestNameSaid(serviceOf(t.ctx, h.id), said) < n);
  };
  if (!pair && (result.clear || hits.length === 1 || preferred || leads() || neededFirst(t, hits, said) || spoken() || wholeNamedLead(t, hits, said) || leadsUnasked(t, result.hits, hits) || (had.size === 0 && firstIssueUntold(t, hits, said))) && first) {
    // The card comes first, then its first step: what the service is, and the card's buttons (round 6360).
    if (preference.walk === true && first.steps.length >= 2) {
      showService(t, first);
      showStep(t, first, 0);
      return;
    }
    // "e se já cortaram a água daqui de casa?" on the water bill's card: a question the search answers with the card
    // in view itself, that a sentence of its texts answers ("Pedir o religamento, se a água foi cortada"): that
    // sentence, not the card again.
    // Not "posso tirar essa nota?": whether the citizen may is answered by the card's who may ask.
    const view = t.state.view;
    // So too a situation told on that card ("ele descumpriu a medida" on the protective order): the sentence that speaks
    // of it ("Se o agressor descumprir a medida protetiva, ligue 190"), not the whole card again (round 2402).
    if (view.at === 'service' && view.serviceId === first.id && (isQuestion(said) || toldOnCard(said)) && (!MAY_I.test(fold(said)) || actSpokenOf(first, said)) && sayPassage(t, first, !isQuestion(said), isQuestion(said))) return;
    if (sayRelatedAnswered(t, first, said)) return;
    openFound(t, first, preference);
    // "fiz o pagamento do licenciamento e o crlv não baixou" with nothing in view: the card found, then what it says of a
    // payment made and not credited (round 4760).
    if (view.at !== 'service' && paymentTroubleTold({ text: said, tokens: fold(said).split(' ') }) !== undefined) sayPaymentTrouble(t, first, { tokens: fold(said).split(' ') });
    return;
  }
  // A service found lower in the list whose title the words hold twice or more, and that they name more than any other found: "quero
  // tirar licença pra pescar no rio" names the fishing licence (licença, tirar, pescar) more than the environmental
  // report, which only speaks of rivers and illegal fishing.
  const saidStems = new Set(analyze(said));
  // A word said inside a phrase of the synonyms belongs to it, unless the title holds the whole phrase: "carteira" in
  // "perdi minha identidade e a carteira de motorista" is the driving licence's, not the identity card's.
  const saidSeq = analyze(said);
  const phrases = phrasesSaid(t.ctx.catalogue.synonyms, saidSeq);
  const titled = (id: string): number => {
    const s = serviceOf(t.ctx, id);
    if (!s) return 0;
    const title = titleStems(s);
    const own = (x: string): boolean => phrases.every((p) => !p.includes(x)) || phrases.some((p) => p.includes(x) && p.every((y) => title.has(y)));
    return [...title].filter((x) => saidStems.has(x) && own(x)).length;
  };
  // Not when the first found is named by one of its names said word for word, three words or more, longer than any of
  // the lower one's: "quanto o Estado gastou com a reforma da escola estadual" asks what the State spent (the access to
  // information's "quanto o estado gastou"); the school is what it was spent on.
  const literal = (id: string): number => longestNameSaid(serviceOf(t.ctx, id), said);
  const firstLiteral = literal(first?.id ?? '');
  const lower = pair ? undefined : hits.slice(1, 3).find((h) => titled(h.id) >= 2 && namedLead(t, [h, ...hits.filter((o) => o.id !== h.id)], said) && !(firstLiteral >= 3 && literal(h.id) < firstLiteral));
  const named = lower ? serviceOf(t.ctx, lower.id) : undefined;
  if (named) return openFound(t, named, preference);
  t.go({ at: 'results', query: kept });
  // A list of new candidates: the service talked about before is no longer what the citizen means.
  t.unfocus();
  t.forgetTopic();
  t.say(
    'Encontrei estes serviços. Qual deles?',
    [...hits.map((h) => ({ id: `svc:${h.id}`, label: h.title })), opt.none],
    undefined,
    { kind: 'results', count: hits.length },
  );
}

/**
 * "minha loja de celular precisa de inscrição estadual?", "sou diarista e quero terminar o ensino médio a noite": a
 * subject handled elsewhere ("loja", "diarista") said in the story, beside a request the search opens a service for
 * (clearly, alone, or led by the words that name it), that the message's words besides the subject's name by a phrase
 * of its names or synonyms ("inscrição estadual", "ensino médio"): the service, not the subject. The whole message is
 * searched as any other (its clauses, its known words); a word of the catalogue alone ("multa" in "o condomínio me deu
 * uma multa, posso recorrer?") names no service over the subject.
 */
export function namedBeside(t: TurnBuilder, away: Elsewhere, query: string, said?: string): boolean {
  if (away.rest === undefined) return false;
  const result = searchOrKnown(t, query, 5, said);
  // Opened as runSearch opens it: clearly, alone, or led by the words that name it.
  const opens = result.clear || result.hits.length === 1 || namedLead(t, result.hits, said ?? query);
  const first = 'pair' in result || !opens ? undefined : serviceOf(t.ctx, result.hits[0]?.id ?? '');
  if (first === undefined) return false;
  return namesService(t.ctx, first, away.rest, true);
}

/** Where a place is, or its address ("onde fica", "ond fica", "qual o endereço"). */
const PLACE_ASKED = /\b(onde|ond|aonde) (fica|ficam)\b|\benderecos?\b/;

/**
 * No request ("quero…", "preciso…") in a clause of four words or more: on a card, a situation told ("o outro motorista fugiu sem deixar a
 * placa") is read as a question is, what happened to the citizen, which a word of another service's may brush without
 * naming it (round 2102).
 */
function toldOnCard(said: string): boolean {
  const words = fold(said).split(' ').filter((w) => w !== '');
  // A story is a clause ("o outro carro fugiu"); a name or two alone ("ipva", "ciptea") names what is asked for.
  return words.length >= 4 && !words.some((w) => WANT_OPENERS.has(w));
}

/** "e pra …", "e a …": the talk carried over to what the words name. */
const CARRIED_OVER = /^e (para|pra|pro|a|o|as|os|no|na|do|da|de) /;

/**
 * The services found are others than the card in view, and the words name none of them (see namesService) but by what
 * the card in view itself speaks of (see namedOnlyByFocus): the things of the card so named (none when the words
 * name no service at all); undefined when the words name one of them by words of their own.
 */
function strayOrOwn(t: TurnBuilder, inView: Service, hits: readonly { id: string }[], said: string): string[] | undefined {
  const words = searchWords(said);
  const things: string[] = [];
  for (const h of hits) {
    const s = serviceOf(t.ctx, h.id);
    // The card in view found first is answered further on (its sentence, or the card again); found lower, it names
    // nothing else.
    if (s === undefined || (s.id === inView.id && h === hits[0])) return undefined;
    if (s.id === inView.id) continue;
    if (!namesService(t.ctx, s, words)) continue;
    const thing = namedOnlyByFocus(t, inView, s, said, words);
    if (thing === undefined) return undefined;
    things.push(...thing.filter((w) => !things.includes(w)));
  }
  return things;
}

/**
 * "parcelando já consigo licenciar o carro?" on the IPVA instalments: a question that finds a service related to the
 * card in view, which the card's own texts answer ("Para licenciar o veículo, confira… se o parcelamento…"), is about
 * the card: that sentence is quoted, not the other service opened. False when the card's texts do not answer it.
 */
export function sayRelatedAnswered(t: TurnBuilder, other: Service, said: string): boolean {
  const view = t.state.view;
  const inView = view.at === 'service' ? serviceOf(t.ctx, view.serviceId) : undefined;
  // "E para acrescentar a categoria de moto na minha carteira?" on the driving tests: "e …" carries the talk over to
  // what it names, even when a sentence of the card mentions it.
  if (CARRIED_OVER.test(fold(said))) return false;
  return inView !== undefined && inView.id !== other.id && inView.related.includes(other.id) && isQuestion(said) && sayPassage(t, inView, false);
}

/**
 * How many words long the longest of the service's names (title, popular names) said word for word in the text is
 * ("quanto o estado gastou" in "quero saber quanto o Estado gastou com a reforma…"); 0 when none is. Not a name
 * joined to another thing by "e"/"ou" ("perdi meu rg e minha cnh": two things asked for).
 */
function longestNameSaid(s: Service | undefined, text: string): number {
  if (s === undefined) return 0;
  const said = ` ${fold(text)} `;
  const alone = (n: string): boolean => said.includes(` ${n} `) && !said.includes(` ${n} e `) && !said.includes(` ${n} ou `);
  return Math.max(0, ...[s.title, ...s.popularNames].map((n) => fold(n)).filter((n) => n !== '' && alone(n)).map((n) => n.split(' ').length));
}

/** How the access-to-information request is asked for, searched to find it (see publicInfoAsked). */
const PUBLIC_INFO_REQUEST = 'pedir informação pública ao governo';
/** The access-to-information request: the service its own way of being asked for finds clearly, if any. */
export function informationRequest(t: TurnBuilder): Service | undefined {
  const found = t.ctx.search.search(PUBLIC_INFO_REQUEST, 2);
  return found.clear ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
}
/** The words of a driving licence ("cnh", "carta", "habilitação"; "carteira" with "de motorista" after it). */
const LICENCE_WORDS: ReadonlySet<string> = new Set(['cnh', 'carta', 'habilitacao', 'habilitacoes']);
/** Verbs of having moved here, or of living here now ("mudei", "vim", "cheguei", "moro", "to morando"). */
const MOVED_HERE: ReadonlySet<string> = new Set(['mudei', 'mudamos', 'mudou', 'mudaram', 'vim', 'viemos', 'veio', 'cheguei', 'chegamos', 'moro', 'moramos', 'morando', 'transferido', 'transferida']);
/** Verbs of a licence taken, right before it ("*tirei* carta", "*tirou a* habilitação"). */
const LICENCE_TAKEN: ReadonlySet<string> = new Set(['tirei', 'tirou', 'tiramos', 'tiraram', 'fiz', 'fez']);
/** The verbs of living among them: said of another state ("moro em sp"), the citizen lives there. */
const LIVING: ReadonlySet<string> = new Set(['moro', 'moramos', 'morando']);
/** Words between a licence and where it is from ("minha cnh *é do detran* sp", "carteira de motorista *é de* goiás"). */
const LICENCE_FROM: ReadonlySet<string> = new Set(['e', 'eh', 'ta', 'era', 'foi', 'tirada', 'emitida', 'de', 'do', 'da', 'detran', 'motorista', 'minha', 'meu', 'com', 'a', 'o', 'ainda', 'tambem',
  // Issued *in* the state ('foi emitida *no* rio de janeiro', 'tirada *em* sp', 'expedida *na* bahia'), round 4722.
  'no', 'na', 'em', 'expedida', 'feita']);
/** How the transfer of a licence from another state is asked for, searched to find it (see licenceBrought). */
const LICENCE_TRANSFER_REQUEST = 'cnh de outro estado';

/**
 * "vim de sp pra mg, minha carta eh de lá", "to morando em bh, vim do rio com minha carteira de motorista de lá",
 * "minha cnh é do detran sp, mudei pra bh": a driving licence said to be from another state ("de lá" after the state
 * the citizen came from, or the state itself) by one who tells of having moved here or living here. The service that
 * the transfer's own name finds clearly; undefined otherwise.
 */
function licenceBrought(t: TurnBuilder, text: string): Service | undefined {
  const tokens = fold(text).split(' ').filter((w) => w !== '');
  if (!tokens.some((w) => MOVED_HERE.has(w))) return undefined;
  const states = otherStateAt(t.ctx.catalogue.otherStates, tokens);
  if (states.size === 0) return undefined;
  // Living in the other state ("moro em sp", "estou morando lá") is no living here.
  const here = tokens.some((w, i) => MOVED_HERE.has(w) && !(LIVING.has(w) && [1, 2, 3].some((k) => states.has(i + k) || tokens[i + k] === 'la')));
  if (!here) return undefined;
  const licence = tokens.flatMap((w, i) => (LICENCE_WORDS.has(w) || (w === 'carteira' && tokens[i + 1] === 'de' && tokens[i + 2] === 'motorista') ? [i] : []));
  const fromThere = licence.some((i) => {
    // The words after the licence, up to where it is from: "de lá", or a state's words.
    for (let j = i + 1; j < tokens.length && j <= i + 7; j++) {
      const w = tokens[j] ?? '';
      if (states.has(j) || (w === 'la' && FROM.has(tokens[j - 1] ?? ''))) return true;
      // Brought here: "passar minha carteira de motorista *pra cá*", "… *pra minas*" (round 4203).
      if (TOWARDS.has(w) && HERE_STATE.has(tokens[j + 1] ?? '')) return true;
      if (!LICENCE_FROM.has(w)) return false;
    }
    return false;
  });
  if (!fromThere) return undefined;
  const found = t.ctx.search.search(LICENCE_TRANSFER_REQUEST, 2);
  return found.clear ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
}
/** The identity card's words ("rg", "identidade", "cin"); "carteira" alone may be a licence or a wallet. */
const IDENTITY_WORDS: ReadonlySet<string> = new Set(['rg', 'identidade', 'cin']);
/** A card lost, stolen or spoilt, or its copy asked for: the 2nd copy's case, not the first issue here. */
const CARD_LOST = /\b(perd\w*|roub\w*|furt\w*|assalt\w*|extravi\w*|estrag\w*|rasg\w*|molh\w*|queb\w*|sumi\w*|segunda|2a|2)\b/;
/** Verbs of wanting or making a card ("preciso", "quero", "tirar", "fazer"). */
const IDENTITY_WANTED: ReadonlySet<string> = new Set(['quero', 'queria', 'preciso', 'precisa', 'precisamos', 'precisava', 'fazer', 'faco', 'tirar', 'tiro', 'emitir', 'pedir']);
/** How the identity card of one from another state is asked for, searched to find it (the 1st issue's "RG de outro estado"). */
const IDENTITY_BROUGHT_REQUEST = 'rg de outro estado';

/**
 * "vim de goiás, quero fazer o rg de minas", "tenho 15 anos, vim do rio e preciso da identidade de minas", "minha avó tem
 * a identidade da bahia, precisa tirar uma de minas?": the identity card, with another state named, by one not speaking
 * of a driving licence nor of a card lost or spoilt, is the first issue of the card here (its card: "inclusive … quem
 * tem RG de outro estado"), not the licence's transfer that "outro estado" names. With nothing in view; the service
 * that request finds clearly, else undefined (round 6522).
 */
function identityBrought(t: TurnBuilder, text: string): Service | undefined {
  if (t.state.focus !== undefined) return undefined;
  const folded = fold(text);
  const tokens = folded.split(' ').filter((w) => w !== '');
  // The card wanted: a verb of wanting or making it shortly before ("preciso da *identidade*", "quero fazer o *rg*"), or one
  // "de minas" asked for ("uma de minas"); "meu rg é da bahia" beside another request only tells whose card it is.
  const wanted = tokens.some((w, i) => IDENTITY_WORDS.has(w) && tokens.slice(Math.max(0, i - 4), i).some((x) => IDENTITY_WANTED.has(x)));
  if (!wanted && !/\b(de|da) (minas|mg)\b/.test(folded)) return undefined;
  if (!tokens.some((w) => IDENTITY_WORDS.has(w)) || CARD_LOST.test(folded)) return undefined;
  if (tokens.some((w, i) => LICENCE_WORDS.has(w) || (w === 'motorista' && tokens[i - 1] === 'de'))) return undefined;
  if (otherStateAt(t.ctx.catalogue.otherStates, tokens).size === 0) return undefined;
  return serviceFoundBy(t, IDENTITY_BROUGHT_REQUEST);
}
/** How the foreign licence is asked for, searched to find it (see licenceFromAbroad). */
const LICENCE_ABROAD_REQUEST = 'habilitação estrangeira';
/** The synonyms' words for abroad ("exterior", "outro país", "eua", "portugal"…), as one expression per catalogue. */
const abroadWords = new WeakMap<Catalogue, RegExp>();
function abroadPattern(c: Catalogue): RegExp {
  let re = abroadWords.get(c);
  if (re === undefined) {
    const entry = c.synonyms.find((e) => fold(e.term) === 'exterior');
    const names = ['exterior', 'fora do pais', ...(entry?.alternatives ?? [])].map((w) => fold(w).replace(/[^a-z0-9 ]/g, '')).filter((w) => w !== '');
    re = new RegExp(`(?:^| )(?:${names.join('|')})(?= |$)`);
    abroadWords.set(c, re);
  }
  return re;
}

/**
 * "tirei carta nos eua e agora moro em contagem", "tenho habilitação de outro país e moro em minas": a driving licence
 * and a country abroad (the synonyms of "exterior") said by one who tells of living or having moved here. Living in the
 * country ("moro em portugal") is no living here. The service the foreign licence's own name finds clearly; undefined
 * otherwise (round 4722).
 */
function licenceFromAbroad(t: TurnBuilder, text: string): Service | undefined {
  const folded = fold(text);
  const tokens = folded.split(' ').filter((w) => w !== '');
  // "tirei carta nos eua", "ela tirou a habilitação em portugal": the licence taken abroad, said whole (round 6321).
  const taken = tokens.some((w, i) => LICENCE_TAKEN.has(w) && tokens.slice(i + 1, i + 3).some((x) => LICENCE_WORDS.has(x)));
  if (!(taken || tokens.some((w) => MOVED_HERE.has(w))) || !tokens.some((w) => LICENCE_WORDS.has(w) || w === 'motorista')) return undefined;
  const abroad = abroadPattern(t.ctx.catalogue).exec(tokens.join(' '));
  if (abroad === null) return undefined;
  const at = tokens.join(' ').slice(0, abroad.index + (abroad[0].startsWith(' ') ? 1 : 0)).split(' ').length - 1;
  // "moro em portugal": living there, said right before the place, is no move here.
  const livingThereAt = (i: number): boolean => LIVING.has(tokens[i] ?? '') && at > i && at - i <= 3;
  const here = tokens.some((w, i) => MOVED_HERE.has(w) && !livingThereAt(i)) || (taken && !tokens.some((_, i) => livingThereAt(i)));
  if (!here) return undefined;
  const found = t.ctx.search.search(LICENCE_ABROAD_REQUEST, 2);
  return found.clear ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
}
/** Prepositions of where something goes ("pra cá"). */
const TOWARDS: ReadonlySet<string> = new Set(['pra', 'para', 'pro']);
/** Here, the state the citizen now lives in ("cá", "minas", "mg"). */
const HERE_STATE: ReadonlySet<string> = new Set(['ca', 'minas', 'mg']);
/** Prepositions of where something comes from ("de lá", "do rio"). */
const FROM: ReadonlySet<string> = new Set(['de', 'do', 'da', 'dos', 'das']);

/**
 * With nothing in view, a question ("como transfiro meu filho pra outra escola estadual?") whose story the readers of
 * searchOrKnown read as a request: a scam told, the school transfer, a police report's copy, violence at home; the service that request's
 * own name finds. A scam told is read before a subject handled elsewhere ("comprei na olx, paguei e o cara sumiu").
 */
export function toldRequest(t: TurnBuilder, text: string): Service | undefined {
  if (scamTold(text)) return serviceFoundBy(t, SCAM_REQUEST);
  if (schoolChangeAsked(text)) return serviceFoundBy(t, SCHOOL_TRANSFER_REQUEST);
  if (reportCopyAsked(text)) return serviceFoundBy(t, REPORT_COPY_REQUEST);
  // "meu ex fica rondando o meu trabalho… o que eu posso fazer pra ele ficar longe?": violence or threats by one of the
  // household, asked with a question, is the protective order as when told alone (round 5861).
  if (homeViolenceTold(text)) return serviceFoundBy(t, PROTECTION_REQUEST);
  // "minha cnh é de sp e agora moro em bh, o que faço?": a licence brought from another state or from abroad by one who
  // lives here, asked with how to go on, is its transfer or the foreign licence, as when it is told alone (round 4940).
  return licenceBrought(t, text) ?? identityBrought(t, text) ?? licenceFromAbroad(t, text);
}
/** How the school transfer is asked for, searched to find it (see schoolChangeAsked). */
const SCHOOL_TRANSFER_REQUEST = 'transferência de escola';
/** How the report of a scam is asked for, searched to find it (see scamTold). */
const SCAM_REQUEST = 'estelionato';
/** How the protective order is asked for, searched to find it (see homeViolenceTold). */
const PROTECTION_REQUEST = 'medida protetiva';
/** How a police report's copy is asked for, searched to find it (see reportCopyAsked). */
const REPORT_COPY_REQUEST = 'imprimir BO';
/** The service a request's own words find clearly (one of its names), if any. */
function serviceFoundBy(t: TurnBuilder, request: string): Service | undefined {
  const found = t.ctx.search.search(request, 2);
  return found.clear ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
}

/** The acts an ombudsman takes, each by its words (folded) and the noun that names it to the search. */
const OMBUDSMAN_ACTS: readonly (readonly [RegExp, string])[] = [
  [/^reclam/, 'reclamação'],
  [/^elogi/, 'elogio'],
  [/^(sugest|suger|sugir)/, 'sugestão'],
];
/** Words that name the State itself, whose public services the general ombudsman takes ("sugestão para o Governo de Minas"). */
const THE_STATE: ReadonlySet<string> = new Set(['estado', 'estadual', 'estaduais', 'governo', 'minas', 'gerais', 'mg']);
/** Does the service take complaints (a word of complaining among its names: the ombudsmen, the intercity buses)? */
const takesComplaints = memo((s: Service): boolean => analyze('reclamar reclamacao').some((st) => nameStems(s).has(st)));

/**
 * "Gostaria de registrar um elogio ao Corpo de Bombeiros", "quero sugerir mais horários na UAI", "fui na escola e a
 * secretaria me tratou mal, quero reclamar disso": a complaint, praise or suggestion asked for (see complaintClause) is
 * made to an ombudsman, whatever public body the story names. The one that takes complaints and that the rest of the
 * words name beyond the general one's names ("na upa": the SUS ombudsman; "o ônibus da viação": the intercity buses)
 * among the services the message finds; else the one the complaint's own clause finds clearly, if it takes complaints
 * ("quero reclamar do posto"); else the one the act's noun finds clearly alone (the State's general ombudsman). Not a complaint about the
 * very thing a service found clearly is about ("quero reclamar da conta de luz": the Cemig's card), and not when the
 * message already finds that ombudsman clearly.
 */
function ombudsmanOf(t: TurnBuilder, grievance: { clause: string; word: string }, result: ReturnType<EngineContext['search']['search']>, text: string, byClause: Service | undefined): ReturnType<EngineContext['search']['search']> | undefined {
  const act = OMBUDSMAN_ACTS.find(([re]) => re.test(grievance.word));
  if (act === undefined) return undefined;
  const alone = t.ctx.search.search(act[1], 2);
  const general = alone.clear ? serviceOf(t.ctx, alone.hits[0]?.id ?? '') : undefined;
  if (general === undefined) return undefined;
  const acts = (w: string): boolean => OMBUDSMAN_ACTS.some(([re]) => re.test(w));
  // The words that name the general one too ("ouvidoria", "estado"), or the State itself ("governo de Minas"), name no other.
  const rest = searchWords(text).filter((w) => !acts(w) && !THE_STATE.has(w) && !analyze(w).some((st) => nameStems(general).has(st)));
  const named = result.hits.map((h) => serviceOf(t.ctx, h.id)).find((s) => s !== undefined && s.id !== general.id && takesComplaints(s) && namesService(t.ctx, s, rest));
  // The complaint's own clause clearly finding one that takes complaints ("quero reclamar do posto") is read as before.
  if (named === undefined && byClause !== undefined && takesComplaints(byClause)) return undefined;
  const chosen = named ?? general;
  const first = serviceOf(t.ctx, result.hits[0]?.id ?? '');
  if (result.clear && first?.id === chosen.id) return undefined;
  // What the complaint is about, after its word: a service found clearly that it names is the one to complain to.
  const object = fold(grievance.clause).split(' ');
  const about = object.slice(object.indexOf(grievance.word) + 1);
  if (act[1] === 'reclamação' && result.clear && first !== undefined && !takesComplaints(first) && namesService(t.ctx, first, about)) return undefined;
  return { hits: [{ id: chosen.id, title: chosen.title, score: 1 }, ...result.hits.filter((h) => h.id !== chosen.id)], clear: true };
}

/** The text without the words of who it is for. */
const withoutWho = (text: string): string =>
  fold(text)
    .split(' ')
    .filter((w) => !WHO_WORDS.has(w))
    .join(' ');

/**
 * Who a request is for ("pro meu menino", "pra minha mãe"): it says nothing about which service. Its own words: the
 * family's and children's pet names ("vovó", "bebê", "guri").
 */
export const WHO_WORDS: ReadonlySet<string> = new Set([...FAMILY, ...CHILDREN, 'vo', 'vovo', 'bebe', 'moleque', 'guri', 'guria']);

/** Who a citizen may say has gone missing: family, and the people close to them ("meu colega de república sumiu"). */
const MISSING_PEOPLE: ReadonlySet<string> = new Set([...WHO_WORDS, 'colega', 'amigo', 'amiga', 'namorado', 'namorada', 'vizinho', 'vizinha', 'primo', 'prima', 'cunhado', 'cunhada', 'companheiro', 'companheira', 'padrasto', 'madrasta', 'idoso', 'idosa', 'adolescente']);

const synonymWordSets = new WeakMap<object, ReadonlySet<string>>();

/** The one-word terms and alternatives of the catalogue's synonyms, folded. */
function synonymWords(catalogue: EngineContext['catalogue']): ReadonlySet<string> {
  let set = synonymWordSets.get(catalogue.synonyms);
  if (!set) {
    set = new Set(catalogue.synonyms.flatMap((e) => [e.term, ...e.alternatives]).map((x) => fold(x)).filter((x) => x !== '' && !x.includes(' ')));
    synonymWordSets.set(catalogue.synonyms, set);
  }
  return set;
}

/**
 * "recebi no whatsapp q tenho uma multa… com link, como eu vejo se tenho multa mesmo", "chegou um sms falando q meu ipva ta
 * atrasado…, como eu vejo isso certo": the service that looks up the thing a message received claims (see
 * receivedToCheck), when the search finds it first, clearly or named by the thing, and it is not the fraud report
 * (nothing was given yet); else undefined (round 6284). Read by the search and by targetOf's table.
 */
export function receivedChecked(t: TurnBuilder, text: string): Service | undefined {
  const check = receivedToCheck(text);
  // Not what the State does not handle ("mandaram link dizendo q tenho fgts esquecido pra sacar"): who does says it.
  if (check === undefined || elsewhere(t, text) !== undefined) return undefined;
  const found = t.ctx.search.search(check, 3);
  const s = serviceOf(t.ctx, found.hits[0]?.id ?? '');
  const named = s !== undefined && (found.clear || namesService(t.ctx, s, check.split(' ').slice(1)));
  return named && s.id !== serviceFoundBy(t, SCAM_REQUEST)?.id ? s : undefined;
}

/**
 * The search of a message; when it finds nothing, its words without the verbs of asking and the people it is
 * for ("como tiro a carteirinha de autista pro meu menino": "tiro" and "menino" are in no service, and kept the
 * search from trusting "carteirinha de autista"). That second reading counts only when the catalogue knows every
 * word left (one word alone only if it is a synonym staff listed), and it names one service clearly: a message with an unknown word
 * ("anúncio na olx", "comprar um celular") still finds nothing.
 */
export function searchOrKnown(t: TurnBuilder, typed: string, limit: number, said?: string): ReturnType<EngineContext['search']['search']> {
  // "moro em itabirito, minha filha perdeu a identidade": where the citizen lives is not searched.
  // "recebi sms de multa, quero confirmar": the thing a message received claims, looked up (round 6284, receivedChecked).
  const checked = receivedChecked(t, said ?? typed);
  if (checked) return { hits: [{ id: checked.id, title: checked.title, score: 1 }], clear: true };
  const home = withoutHomeTown(typed) ?? typed;
  // "sou despachante e preciso do crlv de um cliente": the citizen's trade is not searched either (round 4150).
  const query = withoutRole(home) ?? home;
  // "preciso pagar o ipva da moto e tbm ver quantos pontos tenho na cnh": two requests, each clear, both offered (read
  // in the words as typed, where the pauses still are).
  const both = twoRequests(t, said ?? query);
  if (both) return both;
  const result = t.ctx.search.search(query, limit);
  // "meu neto sumiu desde ontem, nao atende o celular": a person gone missing is the case, whatever the story around it
  // names (the phone, an illness): the verb alone, when it clearly finds a service.
  const missing = missingPerson(said ?? query, MISSING_PEOPLE);
  const gone = missing === undefined ? undefined : t.ctx.search.search(missing, limit);
  if (gone?.clear && gone.hits[0]?.id !== result.hits[0]?.id) return gone;
  // "levaram minha identidade, já fiz o boletim": what was done already is not what is asked for.
  const afterDone = pastDone(t, said ?? query, result);
  if (afterDone) return afterDone;
  // "paguei o ipva e quero o documento do carro": an act done, then the need (round 4000).
  const afterAct = needAfterAct(t, said ?? query, result);
  if (afterAct) return afterAct;
  // "quero mandar um recado pra ouvidoria do estado": a service named by its own title's words (round 4002).
  const byTitle = namedByOwnTitle(t, said ?? query, result);
  if (byTitle) return byTitle;
  // "sai do sistema prisional e a firma ta pedindo o nada consta": what someone else asks the citizen for is the
  // request, when it clearly names a service on its own; who asks ("firma", a company's word) and the story are not.
  const object = demanded(said ?? query);
  const asked = object === undefined ? undefined : t.ctx.search.search(object, limit);
  const objectFirst = asked?.clear ? serviceOf(t.ctx, asked.hits[0]?.id ?? '') : undefined;
  if (asked && objectFirst && objectFirst.id !== result.hits[0]?.id && namesService(t.ctx, objectFirst, searchWords(object ?? ''))) return asked;
  // "quero fazer reclamação da escola estadual do meu filho, a diretora humilhou ele": a complaint is the request. The
  // clause that makes it, without whom it concerns ("do meu filho" leans to the school registration), clearly finding a
  // service its complaint word names (the Ouvidoria's "reclamação"), is what is asked for; the school and the story are
  // what the complaint is about.
  const grievance = complaintClause(said ?? query);
  const complaint = grievance === undefined ? undefined : t.ctx.search.search(withoutWho(grievance.clause), limit);
  const complained = complaint?.clear ? serviceOf(t.ctx, complaint.hits[0]?.id ?? '') : undefined;
  // Not when the whole message finds first a service the complaint names too ("to esperando cirurgia pelo sus faz 2 anos,
  // quero reclamar": the SUS ombudsman, over the general one "quero reclamar" finds alone).
  const wholeFirst = serviceOf(t.ctx, result.hits[0]?.id ?? '');
  const ofComplaints = (x: Service): boolean => analyze('reclamar reclamacao reclamo').some((st) => nameStems(x).has(st));
  const alreadyNamed = wholeFirst !== undefined && result.clear && ofComplaints(wholeFirst);
  const ombudsman = grievance === undefined ? undefined : ombudsmanOf(t, grievance, result, said ?? query, complained);
  if (ombudsman) return ombudsman;
  // "quero saber quanto o Estado pagou pela ponte", "quantos médicos trabalham no hospital regional": what the State
  // spent or keeps is asked of it by the access-to-information request, whatever the story names (the service that
  // service's own popular name finds clearly).
  const informs = publicInfoAsked(said ?? query) ? informationRequest(t) : undefined;
  if (informs && !(result.clear && result.hits[0]?.id === informs.id)) return { hits: [{ id: informs.id, title: informs.title, score: 1 }, ...result.hits.filter((h) => h.id !== informs.id)], clear: true };
  // "vim de sp pra mg, minha carta é de lá", "mudei pra bh e minha cnh é do detran sp": a driving licence brought from
  // another state by one who now lives here is the transfer of the licence, whatever else the story names.
  const brought = licenceBrought(t, said ?? query);
  if (brought && !(result.clear && result.hits[0]?.id === brought.id)) return { hits: [{ id: brought.id, title: brought.title, score: 1 }, ...result.hits.filter((h) => h.id !== brought.id)], clear: true };
  // "vim de goiás, quero fazer o rg de minas", "mudei da bahia pra bh, preciso de identidade de minas?": an identity card
  // wanted by one who tells of another state is the card's first issue in Minas, whatever the move names (round 6522).
  const identity = identityBrought(t, said ?? query);
  if (identity && !(result.clear && result.hits[0]?.id === identity.id)) return { hits: [{ id: identity.id, title: identity.title, score: 1 }, ...result.hits.filter((h) => h.id !== identity.id)], clear: true };
  // "tirei carta nos eua e agora moro em contagem", "tenho carta de condução de portugal e moro em bh": a driving licence
  // from abroad, by one who lives here, is the foreign licence's (round 4722).
  const foreign = licenceFromAbroad(t, said ?? query);
  if (foreign && !(result.clear && result.hits[0]?.id === foreign.id)) return { hits: [{ id: foreign.id, title: foreign.title, score: 1 }, ...result.hits.filter((h) => h.id !== foreign.id)], clear: true };
  // "preciso mudar minha filha pra outra estadual", "quero trocar meu filho de escola", "mudamos de cidade e eles
  // precisam continuar estudando": a pupil moved to another school is the school transfer, whatever the story names.
  const moved = schoolChangeAsked(said ?? query) ? serviceFoundBy(t, SCHOOL_TRANSFER_REQUEST) : undefined;
  if (moved && !(result.clear && result.hits[0]?.id === moved.id)) return { hits: [{ id: moved.id, title: moved.title, score: 1 }, ...result.hits.filter((h) => h.id !== moved.id)], clear: true };
  // "a seguradora pediu cópia do bo da batida", "a pm fez o bo na hora mas eu perdi o papel": a police report already
  // made, asked for again, is the report's lookup, not a new report of what happened.
  const again = reportCopyAsked(said ?? query) ? serviceFoundBy(t, REPORT_COPY_REQUEST) : undefined;
  if (again && !(result.clear && result.hits[0]?.id === again.id)) return { hits: [{ id: again.id, title: again.title, score: 1 }, ...result.hits.filter((h) => h.id !== again.id)], clear: true };
  // "meu marido me agrediu ontem, saiu de casa mas disse que vai voltar", "o pai deles fica rondando a casa e mandando
  // ameaça": violence or threats at home, by one of the household, is the protective order, whatever the story names.
  const threatened = homeViolenceTold(said ?? query) ? serviceFoundBy(t, PROTECTION_REQUEST) : undefined;
  if (threatened && !(result.clear && result.hits[0]?.id === threatened.id)) return { hits: [{ id: threatened.id, title: threatened.title, score: 1 }, ...result.hits.filter((h) => h.id !== threatened.id)], clear: true };
  // "comprei um celular pelo instagram, paguei no pix e o cara me bloqueou", "mandei pix pra um cara q se passou pelo meu
  // sobrinho": money sent and a deceit told is a scam, whatever was bought or who was pretended.
  const scammed = scamTold(said ?? query) ? serviceFoundBy(t, SCAM_REQUEST) : undefined;
  if (scammed && !(result.clear && result.hits[0]?.id === scammed.id)) return { hits: [{ id: scammed.id, title: scammed.title, score: 1 }, ...result.hits.filter((h) => h.id !== scammed.id)], clear: true };
  if (complaint && complained && grievance && !alreadyNamed && complained.id !== wholeFirst?.id && namesService(t.ctx, complained, [grievance.word])) return complaint;
  // "preciso do nada consta pra arrumar emprego", "quero abrir uma firma pra vender doce de leite": what the request is
  // for is the story; the request alone, when it clearly finds a service its words name, is what is asked for.
  const head = withoutPurpose(said ?? query);
  const forWhat = head === undefined ? undefined : t.ctx.search.search(head, limit);
  const headFirst = forWhat?.clear ? serviceOf(t.ctx, forWhat.hits[0]?.id ?? '') : undefined;
  // Not when the whole message finds another service the request names too, its purpose naming it further: "quero
  // tirar licença pra pescar" is the fishing licence, not any licence.
  const headWords = searchWords(head ?? '');
  const purposeNames = result.hits.some((h) => {
    const other = serviceOf(t.ctx, h.id);
    return other !== undefined && other.id !== headFirst?.id && namesService(t.ctx, other, headWords);
  });
  if (forWhat && headFirst && !purposeNames && (headFirst.id !== result.hits[0]?.id || !result.clear) && namesService(t.ctx, headFirst, headWords)) return forWhat;
  // Also when the whole message finds one service only ("to desempregada e queria ver vaga de emprego" finds the
  // unemployment insurance alone, by the citizen's state): the request's own clause may name another.
  const request = result.hits.length > 0 ? requestClause(t, said ?? query, limit, result.hits, result.clear) : undefined;
  if (request) return request;
  // "e a inscrição estadual, mei precisa?": the opening of one service's title said whole, while the words do not
  // name the service found first (found by "mei", the citizen's kind of business): the title is what is asked about.
  const titled = titleOpening(t, query, result.hits[0]?.id);
  if (titled) return { hits: [{ id: titled.id, title: titled.title, score: 1 }], clear: true };
  // "Certidão negativa da Junta Comercial": a service's whole title said, when the first found's title is not said
  // whole ("certidão negativa" is among the tax certificate's names), is what is asked for.
  const wholly = titleSaid(t, query, result.hits[0]?.id);
  if (wholly) return { hits: [{ id: wholly.id, title: wholly.title, score: 1 }, ...result.hits.filter((h) => h.id !== wholly.id)], clear: true };
  // "perdi minha cnh ontem no onibus": where it was lost is the story; without it the request may be clear.
  if (!result.clear) {
    const placeless = withoutLossPlace(query);
    const again = placeless === undefined ? undefined : t.ctx.search.search(placeless, limit);
    if (again?.clear) return again;
    // "perdi o rg da minha filha": who it is for says nothing of which service; without them the request may be clear,
    // when what it finds was found with them too (round 364).
    const wholess = withoutWho(query);
    const forWhom = wholess !== fold(query) ? t.ctx.search.search(wholess, limit) : undefined;
    if (forWhom?.clear && result.hits.some((h) => h.id === forWhom.hits[0]?.id)) return forWhom;
    // Also when the words with them found nothing at all, if what is found without them is named by a phrase of its
    // names said whole ("meu pai quer doar a casa pra mim": "pai" leaves the ITCD contested; "doar casa" names it).
    const unwho = serviceOf(t.ctx, forWhom?.clear ? (forWhom.hits[0]?.id ?? '') : '');
    if (forWhom && unwho && result.hits.length === 0 && namesService(t.ctx, unwho, searchWords(wholess), true)) return forWhom;
    // "roubaram minha bolsa com o rg dentro": the bag is the story, what was in it the request.
    const unbagged = withoutContainer(query);
    const inside = unbagged === undefined ? undefined : t.ctx.search.search(unbagged, limit);
    if (inside?.clear) return inside;
    // "esqueci de renovar a matricula do meu filho e agora?": having forgotten is the story (its "esqueci" is the gov.br
    // password's word), the act forgotten the request, for whomever it is.
    const unforgotten = withoutForgetting(query);
    const done = unforgotten === undefined ? undefined : t.ctx.search.search(withoutWho(unforgotten), limit);
    if (done?.clear) return done;
    // "minha irma sumiu, nao atende o celular": the phone no one answers is the story, not a stolen one.
    const reachless = withoutUnreachablePhone(query);
    const unreached = reachless === undefined ? undefined : t.ctx.search.search(reachless, limit);
    if (unreached?.clear) return unreached;
    // "o cartório falou de um tal de itcd": the name the citizen heard is what they ask about.
    const heard = heardName(said ?? query);
    const named = heard === undefined ? undefined : t.ctx.search.search(heard, limit);
    if (named?.clear) return named;
    // "guincharam meu carro ontem pq o licenciamento tava vencido": why it happened is the story (the licence names
    // another service); what happened, when it clearly finds one the whole message found too, is the request.
    // "chegou multa de radar no meu nome mas era meu genro q tava dirigindo": after a "mas", the twist that sets the
    // case apart, on the same terms.
    for (const part of [withoutReason(said ?? query), butClause(said ?? query)]) {
      const again = part === undefined ? undefined : t.ctx.search.search(part, limit);
      if (again?.clear && result.hits.some((h) => h.id === again.hits[0]?.id)) return again;
    }
  }
  // "qnto ta o ipva do meu carro esse ano", "quero saber se tenho multa de trânsito": the subject said by a whole name
  // of one service found, whose kin are named by nothing more than it is (round 4200).
  const plain = plainOfKin(t, said ?? query, result);
  if (plain) return plain;
  if (result.hits.length > 0) return numbersOnly(t, query, result) ? { hits: [], clear: false } : (askedFirst(t, said ?? query, query, result) ?? actFirst(t, said ?? query, result));
  // A story the search is not sure of that names one service twice over and more than any other ("meu pai ta preso
  // em ribeirao das neves como faço pra visitar ele": visitar, preso).
  const named = namedByStory(t, query);
  if (named) return { hits: [{ id: named.id, title: named.title, score: 1 }], clear: true };
  const all = searchWords(query);
  const story = storyCore(t, all, limit);
  if (story) return story;
  // A story, then the request in a clause of its own ("vendo salgado na rua e quero formalizar, abrir um cnpj"):
  // the one clause that clearly names a service, when no other clause names any.
  const clause = clearClause(t, query, limit);
  if (clause) return clause;
  // Nothing found, but a phrase of one service's names said whole, among words the catalogue does not know ("eu e
  // minha sócia queremos abrir empresa de salão de beleza").
  const phrased = namedByPhrase(t, query, all);
  if (phrased) return { hits: [{ id: phrased.id, title: phrased.title, score: 1 }], clear: true };
  // An age or a span ("de 15 anos", "faz 3 dias") says nothing of the service: its number goes with its unit.
  const naming = all.filter((w, i) => !GENERIC_WORDS.has(w) && !WHO_WORDS.has(w) && !(/^\d+$/.test(w) && SPAN_UNITS.has(all[i + 1] ?? '')));
  // Every word left must be one the catalogue knows: an unknown one ("olx", "compro") may be what the message is about.
  // A word staff listed in the synonyms is known too, though no service's text has it ("minha mãe tá *sumida*").
  if (naming.length === 0 || naming.length === all.length || !naming.every((w) => t.ctx.search.knows(w) || synonymWords(t.ctx.catalogue).has(w))) return result;
  // One word alone counts only when staff listed it as a synonym ("meu irmão sumiu desde ontem": "sumiu").
  if (naming.length === 1 && !synonymWords(t.ctx.catalogue).has(naming[0] ?? '')) return result;
  const retry = t.ctx.search.search(naming.join(' '), limit);
  return retry.clear ? retry : result;
}

/**
 * A story told as a first message, with nothing in view and no subject handled elsewhere just answered (round 5600, see
 * needOfStory): the subject handled elsewhere its asking sentence names ("…isso está resolvido. Agora quero saber como
 * saco o meu FGTS."), whatever the story names, unless a service's acronym, a driving licence brought here or a scam is
 * what it says. Only a story: fifteen words or more.
 */
export function storyNeed(t: TurnBuilder, text: string): Elsewhere | undefined {
  return awayOfAsking(t, storyAsking(t, text));
}

/** The subject handled elsewhere a story's asking sentence (storyAsking) names, as storyNeed reads it. */
export function awayOfAsking(t: TurnBuilder, ask: string | undefined): Elsewhere | undefined {
  const away = ask === undefined ? undefined : elsewhere(t, ask);
  return ask !== undefined && away !== undefined && namedByAcronym(t, ask) === undefined && !namedBeside(t, away, ask) && licenceBrought(t, ask) === undefined && !scamTold(ask) ? away : undefined;
}

/**
 * The asking sentence of a story told as a first message (needOfStory), with nothing in view and no subject handled
 * elsewhere just answered; none for a message under fifteen words.
 */
export function storyAsking(t: TurnBuilder, text: string): string | undefined {
  return t.state.focus !== undefined || t.lastAway !== undefined || t.state.away !== undefined ? undefined : askingOfStory(t, text);
}

/** The asking sentence of a message that tells a story (needOfStory), wherever it is typed; none under fifteen words. */
export function askingOfStory(t: TurnBuilder, text: string): string | undefined {
  return text.split(/\s+/).length < STORY_WORDS ? undefined : needOfStory(text, (s) => namesNothing(t, s));
}

/** How many words (as typed) make a message a story rather than a request ("quero sacar o fgts"). */
const STORY_WORDS = 15;

/** A sentence that names nothing: the search finds no service for it, and it names no subject handled elsewhere. */
function namesNothing(t: TurnBuilder, sentence: string): boolean {
  return t.ctx.search.search(sentence, 3).hits.length === 0 && elsewhere(t, sentence) === undefined;
}

/**
 * Results the search is not sure of, the one the citizen's own asking words point to first and sure (round 5862): a
 * message that is itself the clause of a wish, of which the search was given less ("quero denunciar sem falar meu nome",
 * the clause a correction kept after "me expressei mal, não caí em golpe nenhum…", searched as "quero denunciar": every
 * report; the whole clause finds the anonymous one, the Disque-Denúncia), when it finds clearly one of the results; or
 * the 2nd copy a story asks for (secondCopyAsked) among them. The results are only reordered, never added to.
 */
function askedFirst(t: TurnBuilder, text: string, query: string, result: ReturnType<EngineContext['search']['search']>): ReturnType<EngineContext['search']['search']> | undefined {
  if (result.clear || result.hits.length < 2) return undefined;
  const story = askingOfStory(t, text);
  const copy = story === undefined ? undefined : secondCopyAsked(t, text, story);
  // A message that is itself the clause of a wish the search was given less of ("quero denunciar sem falar meu nome").
  const wish = copy === undefined && text !== query && WANT_OPENERS.has(fold(text).split(' ')[0] ?? '') ? t.ctx.search.search(text, 5) : undefined;
  const id = copy?.id ?? (wish?.clear ? wish.hits[0]?.id : undefined);
  const first = result.hits.find((h) => h.id === id);
  return first === undefined ? undefined : { hits: [first, ...result.hits.filter((h) => h !== first)], clear: true };
}

/** The stems of asking for a copy ("segunda via", "outra", "nova"), which name no service's own title word. */
const COPY_STEMS: ReadonlySet<string> = new Set(analyze(['segunda', 'via', ...ANOTHER].join(' ')));

/**
 * The 2nd copy a story asks for (round 5860): a thing told lost or taken, and another one asked in the asking sentence
 * ("…levaram celular, carteira e documentos. O boletim já fiz. Agora preciso de *outra* identidade."): what the asking
 * sentence finds first with "segunda via", when a word of its title other than those is said ("identidade"; not the
 * power bill's 2nd copy for "como consigo outra via?").
 */
export function secondCopyAsked(t: TurnBuilder, text: string, ask: string): Service | undefined {
  if (!anotherOfLost(text, ask)) return undefined;
  const found = serviceOf(t.ctx, t.ctx.search.search(`${ask} segunda via`, 5).hits[0]?.id ?? '');
  const said = new Set(analyze(ask).filter((x) => !COPY_STEMS.has(x)));
  return found !== undefined && [...titleStems(found)].some((x) => said.has(x)) ? found : undefined;
}

/**
 * Results the search is not sure of, with the one whose title opens with a word the citizen said first ("tem gente
 * pescando de rede na piracema, quero *denunciar*": the *Denúncia* ambiental before the fishing licence the story
 * names): the act asked for, said right after a verb of wanting as the service is titled, is the request; the rest is
 * the story. Only when one result alone opens so, and the word is not one of the verbs of asking (`GENERIC_WORDS`:
 * "tirar", "pagar").
 */
function actFirst(t: TurnBuilder, text: string, result: ReturnType<EngineContext['search']['search']>): ReturnType<EngineContext['search']['search']> {
  if (result.clear || result.hits.length < 2) return result;
  // The word right after a verb of wanting ("quero *denunciar*", "preciso *renovar*"): the act asked for.
  const all = fold(text).split(' ');
  const acts = all.filter((w, i) => i > 0 && WANT_OPENERS.has(all[i - 1] ?? '') && !GENERIC_WORDS.has(w));
  const said = new Set(analyze(acts.join(' ')));
  const opening = result.hits.filter((h) => {
    const first = analyze(serviceOf(t.ctx, h.id)?.title ?? '')[0];
    return first !== undefined && said.has(first);
  });
  const act = opening.length === 1 ? opening[0] : undefined;
  // The first found named by the act too ("meu filho foi preso e eu quero *visitar* ele": the prison's visitor
  // registration, "cadastro de *visitante*", not the video visit whose title opens with "Visita"): the act does not tell
  // them apart, the story does (round 2843).
  const top = serviceOf(t.ctx, result.hits[0]?.id ?? '');
  if (top !== undefined && namedCount(t.ctx, top, acts) > 0) return result;
  return act === undefined || act === result.hits[0] ? result : { ...result, hits: [act, ...result.hits.filter((h) => h !== act)] };
}

/**
 * Verbs of looking a thing up or paying it ("ver o ipva", "consultar a multa", "pagar a multa de trânsito"): what the
 * plain service of a subject does, so they tell none of its kin apart.
 */
const PLAIN_ACTS: ReadonlySet<string> = new Set(analyze('ver vejo consultar consulto olhar olho checar conferir confiro pagar pago'));

/** A verb in a past person or a gerund ("tirei", "venceu", "vencendo"): what happened or is happening, not a wish. */
const TOLD_FORM = /^[a-z]{3,}(?:ei|ou|eu|iu|ando|endo|indo)$/;

/** A verb in the present or the infinitive ("vence", "vencem", "vencer"; not "vencido", "venceu"). */
const PRESENT_FORM = /^[a-z]{3,}(?:e|em|er|ar|ir)$/;
/** A participle ("vencido", "atrasada", "roubados"). */
const PARTICIPLE = /^[a-z]{3,}(?:ad|id)[oa]s?$/;

/** The stems a service's names (title, popular names) hold only as participles ("IPVA vencido": "venc"). */
const participleOnly = memo((s: Service): ReadonlySet<string> => {
  const as = new Set<string>();
  const not = new Set<string>();
  for (const w of fold([s.title, ...s.popularNames].join(' ')).split(/[^a-z0-9]+/)) {
    const st = analyze(w)[0];
    if (st !== undefined) (PARTICIPLE.test(w) ? as : not).add(st);
  }
  return new Set([...as].filter((x) => !not.has(x)));
});

/** A service's own names, as stems: its title and popular names (not its keywords, which tell cases: "roubo"). */
const ownNames = memo((s: Service): readonly (readonly string[])[] => [s.title, ...s.popularNames].map((n) => analyze(n)).filter((n) => n.length > 0));

/** The acronyms more than one service goes by ("CNH", "REDS"): a document's or a body's, naming none of them. */
const sharedAcronyms = memo((c: Catalogue): ReadonlySet<string> => {
  const all = c.services.map((s) => fold(s.acronym ?? '')).filter((a) => a !== '');
  return new Set(all.filter((a, i) => all.indexOf(a) !== i));
});

/**
 * The subject said by a whole name of one service found ("IPVA", "multa de trânsito"), while the others found are named
 * by no word its own names lack ("qnto ta o ipva do meu carro esse ano": the refund's "IPVA de carro furtado" holds "carro"
 * and "IPVA", both the IPVA's own words; its "furtado" is not said): the citizen names the plain service of the subject,
 * not a kin of it that a word not said (refund, exemption, appeal) would name. Only when the search is not sure, with
 * nothing in focus (or, `inFocus`, a wish for it in a form: round 6520), and one such service stands out (round 4200).
 */
export function plainOfKin(t: TurnBuilder, text: string, result: ReturnType<EngineContext['search']['search']>, inFocus = false): ReturnType<EngineContext['search']['search']> | undefined {
  if ((t.state.focus !== undefined && !inFocus) || result.clear || result.hits.length < 2) return undefined;
  // A verb told in the past or as going on ("*tirei* carta na itália", "tá *vencendo*") tells the story; it says none
  // of the names ("tirar carta", "IPVA vencido").
  const told = fold(withoutDone(text)).split(' ').filter((w) => !TOLD_FORM.test(w));
  const stems = new Set(analyze(told.join(' ')).filter((x) => !PLAIN_ACTS.has(x)));
  // A name's participle ("IPVA *vencido*": overdue) is not said by the verb in the present ("o ipva *vence* este mês": due
  // soon) (round 4205).
  const present = new Set(analyze(told.filter((w) => PRESENT_FORM.test(w)).join(' ')));
  const otherwise = new Set(analyze(told.filter((w) => !PRESENT_FORM.test(w)).join(' ')));
  const said = memo((x: Service): ReadonlySet<string> => new Set([...stems].filter((y) => !(participleOnly(x).has(y) && present.has(y) && !otherwise.has(y)))));
  const services = result.hits.flatMap((h) => serviceOf(t.ctx, h.id) ?? []);
  // How many words of its longest whole name are said (0: none said whole).
  const wholeSaid = (x: Service): number =>
    Math.max(0, ...[...ownNames(x), sharedAcronyms(t.ctx.catalogue).has(fold(x.acronym ?? '')) ? [] : analyze(x.acronym ?? '')].map((n) => n.filter((y) => !PLAIN_ACTS.has(y))).filter((own) => own.length > 0 && own.every((y) => said(x).has(y))).map((own) => own.length));
  const plains = services.filter((x) => wholeSaid(x) > 0 && services.every((o) => o === x || [...nameStems(o)].every((y) => !said(o).has(y) || nameStems(x).has(y))));
  // Of several, the ones named by the longest name, then one whose title is said but for its verbs of looking up ("Consultar
  // e pagar IPVA", not the vehicle's lookup that lists the IPVA among its debts), else the first the search found.
  const longest = Math.max(0, ...plains.map(wholeSaid));
  const best = plains.filter((x) => wholeSaid(x) === longest);
  const titled = best.filter((x) => [...titleStems(x)].every((y) => PLAIN_ACTS.has(y) || stems.has(y)));
  // Still several ("segunda via": the water bill's, the CNH's, the CIN's…): the citizen has to choose.
  const plain = titled.length === 1 ? titled[0] : best.length === 1 ? best[0] : undefined;
  if (plain === undefined) return undefined;
  return { hits: [{ id: plain.id, title: plain.title, score: 1 }, ...result.hits.filter((h) => h.id !== plain.id)], clear: true };
}

/** The query searched holds words the message as typed does not (a reading added them: "de sp" read as "outro estado"). */
function readMore(query: string, said: string | undefined): boolean {
  if (said === undefined) return false;
  const typed = new Set(fold(said).split(' '));
  return fold(query).split(' ').some((w) => w !== '' && !typed.has(w));
}

/** The first two stems of a service's title, as "a b" ('' for a title of one word). */
const titlePair = memo((s: Service): string => {
  const title = analyze(s.title);
  return title.length >= 2 ? `${title[0]} ${title[1]}` : '';
});

/** The services by the pair of stems their title opens with, once per loaded catalogue. */
const byTitlePair = memo((catalogue: Catalogue): ReadonlyMap<string, readonly Service[]> => {
  const index = new Map<string, Service[]>();
  for (const s of catalogue.services) {
    const pair = titlePair(s);
    const same = index.get(pair);
    if (same) same.push(s);
    else index.set(pair, [s]);
  }
  return index;
});

/**
 * The one service whose title opens with two words said one after the other in the query ("*inscrição estadual* de
 * contribuinte do ICMS"), named by the query's words, when the service found first (if any) is not named by them.
 */
function titleOpening(t: TurnBuilder, query: string, firstId: string | undefined): Service | undefined {
  const all = searchWords(query);
  const first = firstId === undefined ? undefined : serviceOf(t.ctx, firstId);
  if (first !== undefined && namesService(t.ctx, first, all)) return undefined;
  const said = analyze(all.join(' '));
  const pairs = new Set(said.slice(1).map((x, i) => `${said[i]} ${x}`));
  const opened = [...pairs].flatMap((pair) => byTitlePair(t.ctx.catalogue).get(pair) ?? []);
  const only = opened.length === 1 ? opened[0] : undefined;
  return only !== undefined && only.id !== firstId && namesService(t.ctx, only, all) ? only : undefined;
}

/** The stems of a service's title, without what it holds in brackets (an acronym, a detail). */
const bareTitleStems = memo((s: Service): readonly string[] => [...new Set(analyze(s.title.replace(/\([^)]*\)/g, ' ')))]);

/** The services whose title (without brackets) has three words or more, by each stem of it: once per catalogue. */
const byBareTitleStem = memo((catalogue: Catalogue): ReadonlyMap<string, readonly Service[]> => {
  const map = new Map<string, Service[]>();
  for (const s of catalogue.services) {
    const stems = bareTitleStems(s);
    if (stems.length < 3) continue;
    for (const x of stems) map.set(x, [...(map.get(x) ?? []), s]);
  }
  return map;
});

/**
 * The one service whose title of three words or more the query says whole, two of them in none of the first found's
 * names, when the first found's title is not said whole.
 */
function titleSaid(t: TurnBuilder, query: string, firstId: string | undefined): Service | undefined {
  const said = new Set(analyze(query));
  const whole = (s: Service | undefined): boolean => s !== undefined && bareTitleStems(s).length >= 3 && bareTitleStems(s).every((x) => said.has(x));
  const first = serviceOf(t.ctx, firstId ?? '');
  if (first === undefined || whole(first)) return undefined;
  // Two words of that title or more are in none of the first found's names: the title said names another thing
  // ("junta comercial"), not the same thing said another way.
  const other = (s: Service): boolean => bareTitleStems(s).filter((x) => !nameStems(first).has(x)).length >= 2;
  // The services with a word of the query in their title, not every service: the cost stays with the query.
  const index = byBareTitleStem(t.ctx.catalogue);
  const candidates = new Set([...said].flatMap((x) => index.get(x) ?? []));
  const named = [...candidates].filter((s) => s.id !== first.id && whole(s) && other(s));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The words after "um tal de" (or "esse tal de", "uma tal de") up to the next pause, or the next clause ("um tal de DAE *e*
 * eu não faço ideia do que seja", "*mas*…", "*que*…", round 5145): a name the citizen heard.
 */
function heardName(text: string): string | undefined {
  const heard = /\btal de ([^,;.!?]+)/i.exec(text)?.[1]?.split(/\s+(?:e|mas|que|q|porque|pq|pois)\s+/i)[0]?.trim();
  return heard === undefined || heard === '' ? undefined : heard;
}

/** Units of an age or a span of time, after a number ("15 anos", "3 dias"). */
const SPAN_UNITS: ReadonlySet<string> = new Set(['ano', 'anos', 'mes', 'meses', 'semana', 'semanas', 'dia', 'dias', 'hora', 'horas']);

/** Where a clause of wanting starts after the story: " e (eu) quero|queria|preciso…" (the verbs of WANT_OPENERS). */
const REQUEST_CLAUSE = new RegExp(String.raw`\s+e\s+(?=(?:eu\s+)?(?:${[...WANT_OPENERS].join('|')})\b)`, 'i');

/**
 * "to desempregado e quero me cadastrar no sine": how the citizen is, then what they ask for in a clause of its own
 * ("e quero…", "e preciso…"). Among the services the whole message finds, the one that clause clearly finds and
 * names by a word of its title, when it is not the first found already; or is, without the whole message finding it
 * clearly ("sou professora da rede estadual e preciso do meu contracheque": the schools are the story's).
 */
function requestClause(t: TurnBuilder, text: string, limit: number, found: readonly { id: string }[], clear: boolean): ReturnType<EngineContext['search']['search']> | undefined {
  const parts = text.split(REQUEST_CLAUSE);
  // Or the question that ends the message, in a clause of its own after the story ("to desempregado faz 3 meses, tem
  // vaga no sine?").
  const clause = parts.length === 2 ? parts[1] : lastQuestion(text);
  if (clause === undefined) return undefined;
  const result = t.ctx.search.search(clause, limit);
  const first = result.clear ? serviceOf(t.ctx, result.hits[0]?.id ?? '') : undefined;
  if (!first || (first.id === found[0]?.id && clear) || (found.length > 1 && !found.some((h) => h.id === first.id))) return undefined;
  const words = searchWords(clause);
  // The clause names the service the whole message finds first too, and the whole message names it as much ("…vai entrar
  // na *escola* ano que vem, como arruma *vaga* na estadual?": the school registration's "vaga na rede estadual", not the
  // Sine's "vagas de emprego"): the story said which one it is (round 2843).
  const whole = serviceOf(t.ctx, found[0]?.id ?? '');
  const all = searchWords(text);
  if (whole !== undefined && whole.id !== first.id && namesService(t.ctx, whole, words) && namedCount(t.ctx, whole, all) >= namedCount(t.ctx, first, all)) return undefined;
  // Named by a word of its own title ("sine"), not only by a popular name ("dirigir", said by a foreign driver). In the
  // question that ends the message, not by the words asking who issues the thing named before it ("a licença de pesca
  // embarcada, *é emitida pelo Estado*?" is no DAE, "Emitir DAE (Documento de Arrecadação Estadual)"), round 6441.
  const naming = parts.length === 2 ? words : words.filter((w) => !ISSUER_ASKED.has(w));
  return naming.some((w) => !GENERIC_WORDS.has(w) && inTitle(first, w)) && namesService(t.ctx, first, naming) ? result : undefined;
}

/** Words asking who issues or keeps a thing ("é *emitida* pelo *Estado*?", "o *governo* *fornece*?"): they name no service. */
const ISSUER_ASKED: ReadonlySet<string> = new Set(['emite', 'emitem', 'emitida', 'emitido', 'emitidas', 'emitidos', 'emitir', 'expede', 'expedem', 'expedida', 'expedido', 'fornece', 'fornecem', 'fornecida', 'fornecido', 'estado', 'estadual', 'governo']);

/** The last clause of a message that ends on a question mark, when a clause comes before it. */
function lastQuestion(text: string): string | undefined {
  if (!text.trim().endsWith('?')) return undefined;
  const clauses = text.split(/[,;.!?]+/).map((c) => c.trim()).filter((c) => c !== '');
  return clauses.length >= 2 ? clauses[clauses.length - 1] : undefined;
}

/** With nothing in focus, the one service a phrase of its names (two words or more) is said whole by, if only one is; never a subject handled elsewhere. */
function namedByPhrase(t: TurnBuilder, query: string, all: readonly string[]): Service | undefined {
  // With a service in focus, an unsure message is more likely about it ("Precisa esperar 24 horas para registrar?").
  if (t.state.focus !== undefined || mentionsElsewhere(query, t.ctx.catalogue.otherStates)) return undefined;
  const candidates = new Set(analyze(all.join(' ')).flatMap((x) => servicesNamedBy(t.ctx.catalogue, x)));
  const named = [...candidates].filter((s) => namesService(t.ctx, s, all, true));
  return named.length === 1 ? named[0] : undefined;
}

/** What joins a second request to a first ("e tbm", "e também", "e ainda"). */
const ALSO = /\s+e\s+(?:tbm|tb|tambem|também|ainda)\s+/i;

/**
 * A plain "e" before a verb in the infinitive: a second errand ("renovar a cnh e pagar o ipva"). Not before a verb
 * of a condition, which looks like one ("e se eu tiver habilitação e quiser renovar?"), nor before "quer", which is
 * no infinitive: "meu marido é servidor e quer marcar consulta" tells who, then the one request.
 */
const AND_THEN = /\s+e\s+(?=(?!(?:quiser|tiver|puder|fizer|estiver|souber|disser|trouxer|vier|der|for|houver|mantiver|puser|quer)\b)[a-zà-ú]+(?:ar|er|ir)\b)/i;

/**
 * The two services of two requests joined by "e também", or by a plain "e" before a second verb ("preciso renovar a
 * cnh e pagar o ipva do carro"), when each half clearly finds its own; listed together, the first named first.
 */
export function twoRequests(t: TurnBuilder, query: string): (ReturnType<EngineContext['search']['search']> & { pair: true }) | undefined {
  // The second request ends at its first pause ("e tbm da de luz, mudei e n chegou": the rest is the story).
  const joined = query.split(ALSO);
  const anded = joined.length === 2 ? joined : query.split(AND_THEN);
  // "ipva ou licenciamento, qual eu pago primeiro?": two services weighed against each other, each named in a word or
  // two (a longer side is a story with an "ou" in it).
  const either = anded.length === 2 ? anded : eitherOf(query);
  const parts = either.map((p, i) => (i === 1 ? (p.split(/[,;.!?]/)[0] ?? p) : p));
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map((p) => t.ctx.search.search(p, 3));
  const first = a?.clear ? a.hits[0] : undefined;
  const second = b?.clear ? b.hits[0] : undefined;
  return first && second && first.id !== second.id ? { hits: [first, second], clear: false, pair: true } : undefined;
}

/** A need or duty opening the side after "ou" ("tem q tirar…", "preciso fazer…", "devo pedir…"). */
const OR_MUST = /^(eu |ele |ela )?(tem que|tem q|tenho que|tenho q|precisa|preciso|devo|deve|e preciso|e obrigado|sou obrigad[oa])\b/;

/** Two services weighed in one question ("ipva ou licenciamento?"): the two sides of its one "ou", each of 1–3 words. */
function eitherOf(query: string): string[] {
  const sides = query.split(/\s+ou\s+/i);
  if (sides.length !== 2) return [];
  const second = sides[1]?.split(/[,;.!?]/)[0] ?? '';
  // "ele pode dirigir com ela ou tem que tirar a brasileira?": an "ou" opening a need ("ou tem que", "ou preciso")
  // weighs two courses of one case, not two services.
  if (OR_MUST.test(fold(second))) return [];
  return [sides[0] ?? '', second].every((p) => searchWords(p).length >= 1 && searchWords(p).length <= 3) ? sides : [];
}

/** Words of asking for something ("quero", "preciso", "como faço"). */
const WANTS = new RegExp(String.raw`\b(${[...WANT_OPENERS, 'desejo', 'como faco', 'como tiro', 'como faz', 'onde'].join('|')})\b`);

/** What ends a clause: a comma, a full stop… or " e (eu) quero…" (REQUEST_CLAUSE). */
const CLAUSE_BREAKS = new RegExp(String.raw`[,;.!?]+|${REQUEST_CLAUSE.source}`, 'i');

/** The search of the one clause of a message (between commas, full stops…) that clearly names a service, if only one names any. */
function clearClause(t: TurnBuilder, query: string, limit: number): ReturnType<EngineContext['search']['search']> | undefined {
  // Only a message that asks for something: "saiu meu exame de sangue, colesterol 260 é muito alto?" asks nothing of the State.
  if (!WANTS.test(fold(query))) return undefined;
  const clauses = query.split(CLAUSE_BREAKS).map((c) => c.trim()).filter((c) => searchWords(c).length >= 2);
  if (clauses.length < 2) return undefined;
  const found = clauses.map((c) => t.ctx.search.search(c, limit)).filter((r) => r.hits.length > 0);
  const only = found.length === 1 ? found[0] : undefined;
  return only?.clear ? only : undefined;
}

/** Numbers in words, as a phone number or a CPF is spelt out ("nove três zero sete…"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(['zero', ...CARDINAL_WORDS.keys()]);

/**
 * The service found rests on numbers alone: "me liga nove três zero sete…" found the "0 km" registration. Searched
 * again without its numbers, the message no longer finds it.
 */
function numbersOnly(t: TurnBuilder, query: string, result: ReturnType<EngineContext['search']['search']>): boolean {
  const words = fold(query).split(' ').filter((w) => w !== '');
  const run = inNumberRun(words);
  if (!run.includes(true)) return false;
  const rest = words.filter((_, i) => !run[i]);
  const top = result.hits[0]?.id;
  return rest.length === 0 || !t.ctx.search.search(rest.join(' '), 3).hits.some((h) => h.id === top);
}

/**
 * Per word, whether it is in a run of three numbers or more (figures or words): a phone or a document number spelt
 * out ("nove três zero sete"). One number is a name ("carro zero", "2 via").
 */
export function inNumberRun(words: readonly string[]): boolean[] {
  const isNumber = (w: string): boolean => NUMBER_WORDS.has(w) || /^\d+$/.test(w);
  const out = words.map(() => false);
  for (let i = 0; i < words.length; ) {
    let end = i;
    while (end < words.length && isNumber(words[end] ?? '')) end++;
    if (end - i >= 3) out.fill(true, i, end);
    i = Math.max(end, i + 1);
  }
  return out;
}

/**
 * A story the search found nothing in, read by the words of it that name services ("uai a conta da agua nao chegou
 * esse mes": conta, agua; "tem uma amiga precisando de sangue no hospital, quero ajudar doando": sangue). Counts
 * when those words find one service clearly, and are two or more, or one rare word that names that service alone.
 */
function storyCore(t: TurnBuilder, all: readonly string[], limit: number): ReturnType<EngineContext['search']['search']> | undefined {
  if (mentionsElsewhere(all.join(' '), t.ctx.catalogue.otherStates)) return undefined;
  const core = namingWordsOf(t.ctx, all);
  if (core.length === 0 || core.length === all.length) return undefined;
  const synonym = synonymSaid(t, all, core, limit);
  if (synonym) return synonym;
  const retry = t.ctx.search.search(core.join(' '), limit);
  const first = retry.hits[0];
  if (!retry.clear || first === undefined) return undefined;
  const found = serviceOf(t.ctx, first.id);
  if (found === undefined) return undefined;
  // Two of the words are in the service's title ("conta", "agua"): not only its prose or popular names ("carro usado").
  const titled = core.filter((w) => inTitle(found, w));
  if (titled.length >= 2) return retry;
  // "desmatamento no sitio do lado", "nao, errei, é de desmatamento, tao derrubando o cerrado": none of its title, but
  // one of the service's own popular names or keywords said whole as written, its words rare (used by one service in
  // twenty at most), and no other word naming another service: that name is the request, the rest where it happens.
  const said = new Set(core);
  const popular = nameKeywordWords(found).find((p) => p.every((w) => said.has(w)) && rareStems(t.ctx, p).length === p.length);
  const namesOther = (w: string): boolean => servicesNamedBy(t.ctx.catalogue, stemOrSelf(w)).some((s) => s.id !== found.id);
  if (titled.length === 0 && popular !== undefined && !core.some((w) => !popular.includes(w) && namesOther(w))) return retry;
  // One word of its title, rare and naming no other service ("sangue"; not "receita" nor "plano"), and no other word
  // in another service's title ("exame de sangue particular": "exame" is the Detran exams').
  const word = titled[0];
  if (word === undefined || titled.length !== 1 || !isRare(t.ctx, word)) return undefined;
  const named = servicesNamedBy(t.ctx.catalogue, stemOrSelf(word));
  const otherTitle = core.some((w) => w !== word && servicesNamedBy(t.ctx.catalogue, stemOrSelf(w)).some((s) => s.id !== found.id && inTitle(s, w)));
  return named.length === 1 && !otherTitle ? retry : undefined;
}

/**
 * "quiero mandar un mensaje a la ouvidoria del gobierno de minas": a name staff listed among the synonyms, of two words or
 * more said in a row ("ouvidoria governo minas"), that alone finds one service clearly, when no other word is in another
 * service's title: the rest is how the citizen asks ("mandar uma mensagem").
 */
function synonymSaid(t: TurnBuilder, all: readonly string[], core: readonly string[], limit: number): ReturnType<EngineContext['search']['search']> | undefined {
  const named = synonymNamed(t, all, limit);
  const first = named === undefined ? undefined : serviceOf(t.ctx, named.found.hits[0]?.id ?? '');
  // The card in view named by a name staff listed for it ("a carteira de pesca dura pra sempre?" on the fishing licence) is
  // no new search: the follow-up reads the question (merge review of round 5460, round 1621's test).
  if (named === undefined || first === undefined || first.id === t.state.focus) return undefined;
  const titlesOther = (w: string): boolean => servicesNamedBy(t.ctx.catalogue, stemOrSelf(w)).some((s) => s.id !== first.id && inTitle(s, w));
  return core.some((w) => !named.words.has(w) && titlesOther(w)) ? undefined : named.found;
}

/**
 * The longest name staff listed among the synonyms, of two words or more, said in a row among these words (the search's:
 * "ouvidoria governo minas", not "ouvidoria governo" leaving "minas" to another title), when alone it finds one service
 * clearly: that search and the name's words.
 */
export function synonymNamed(t: TurnBuilder, words: readonly string[], limit: number): { found: ReturnType<EngineContext['search']['search']>; words: ReadonlySet<string> } | undefined {
  const said = ` ${words.join(' ')} `;
  const phrase = synonymPhrases(t.ctx.catalogue).find((p) => said.includes(` ${p} `));
  const found = phrase === undefined ? undefined : t.ctx.search.search(phrase, limit);
  return phrase !== undefined && found?.clear === true && found.hits.length > 0 ? { found, words: new Set(phrase.split(' ')) } : undefined;
}
/** The synonyms staff listed (terms and alternatives) of two words or more, as the search's words ("ouvidoria governo minas"), longest first. */
const synonymPhrases = memo((catalogue: EngineContext['catalogue']): readonly string[] =>
  [...new Set(catalogue.synonyms.flatMap((e) => [e.term, ...e.alternatives]).map((x) => searchWords(x)).filter((w) => w.length >= 2).map((w) => w.join(' ')))].sort((a, b) => b.split(' ').length - a.split(' ').length),
);

/** "protocolo ATD-20261125-123456", with or without hyphens. */
export const protocolPattern = /\bprotocolo\b\s*(?:n[º°o.]?\s*|n[uú]mero\s*)?[:#]?\s*([a-z]{3})[-\s]?(\d{8})[-\s]?(\d{6})\b/i;

/** Shows a request's status, only to the citizen who made it. */
export function showProtocol(t: TurnBuilder, protocol: string): void {
  const found = t.ctx.findRequest(protocol.toUpperCase());
  if (!found) {
    t.say(`Não encontrei o protocolo ${plain(protocol.toUpperCase())} feito por esta conta. Confira o número. Por segurança, só mostro pedidos feitos nesta mesma conversa (mesmo canal e mesmo número).`, [opt.menu, opt.handoff], undefined, { kind: 'protocol' });
    return;
  }
  const date = new Date(found.createdAt).toLocaleDateString('pt-BR', { timeZone: 'America/Sao_Paulo' });
  t.say(`*Protocolo ${found.protocol}*\nServiço: ${found.serviceTitle}\nAberto em: ${date}\nSituação: *${found.status}*`, [opt.menu], undefined, { kind: 'protocol' });
}

/** Acronyms that name a place or a kind of paper many services share, or that are everyday words ("uai", "ie", "dae"). */
const SHARED_ACRONYMS: ReadonlySet<string> = new Set(['uai', 'ie', 'dae', 'cnh', 'reds', 'cin']);

/** An acronym folded, its suffix ("-e", "-MG") dropped: "CRLV-e" is "crlv", "OGE-MG" is "oge". */
const bareAcronym = (a: string): string => fold(a).replace(/[-\s](?:e|mg)$/, '');

/** Each acronym that one service alone has, with that service. */
const uniqueAcronyms = memo((catalogue: Catalogue): ReadonlyMap<string, Service> => {
  const count = new Map<string, Service[]>();
  for (const s of catalogue.services) if (s.acronym !== undefined) count.set(bareAcronym(s.acronym), [...(count.get(bareAcronym(s.acronym)) ?? []), s]);
  return new Map([...count].flatMap(([a, list]) => (list.length === 1 && !SHARED_ACRONYMS.has(a) && list[0] !== undefined ? [[a, list[0]] as const] : [])));
});

/** The service whose own acronym, that no other service has, the text says as a word (round 3705). */
export function acronymSaid(t: TurnBuilder, tokens: readonly string[]): Service | undefined {
  const acronyms = uniqueAcronyms(t.ctx.catalogue);
  return tokens.map((w) => acronyms.get(w)).find((x) => x !== undefined);
}

/**
 * The service whose own acronym the text says (acronymSaid), when the search of the text finds no service whose title
 * or acronym holds it among its first five ("to ajudando minha mae com a ciptea do meu irmao" found nothing), with no card in view (on a card, its readers
 * weigh what the words name).
 * A message with two requests ("pagar o ipva e ver se tenho multa") finds it among others, and keeps them.
 */
function namedByAcronym(t: TurnBuilder, text: string): Service | undefined {
  if (t.state.focus !== undefined) return undefined;
  const s = acronymSaid(t, readPlain(text).tokens);
  if (s === undefined) return undefined;
  const a = bareAcronym(s.acronym ?? '');
  const holds = (id: string): boolean => {
    const x = serviceOf(t.ctx, id);
    return x !== undefined && fold(`${x.title} ${x.acronym ?? ''}`).split(/[^a-z0-9]+/).includes(a);
  };
  return t.ctx.search.search(text, 5).hits.some((h) => holds(h.id)) ? undefined : s;
}
