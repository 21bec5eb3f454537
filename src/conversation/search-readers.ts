// The search's readers: what the catch-all `search` intent (intents.ts) reads before it searches, as a table. Each
// entry reads one kind of follow-up on the card in focus (a condition, a case clause, another state, a negated case, a
// term of the card, a dated thing…) and either handles the turn or declines; the first that handles it wins, in the
// order of the table, and when none does `searchWithTopic` (at the end of this file) searches the message.
//
// An entry says where it applies by its properties, which the interpreter (`readSearch`) checks in this order, before
// its `read`: `focus` (a service in focus, handed to `read`), `where` (the views), `lastTopic` (the topic last answered,
// `t.state.topic`: held, handed to `read`, or none), `asks` (a "?" in the text, or none) and `noTopic` (no topic asked
// in the message, `findTopics(m, false)`). What entries share (the folded text, the words naming a service, the query
// searched…) is worked out once per turn, when first read, in a `SearchTurn`.
// Adding a reader is one entry here, at its place in the order, and a test (test/conversation/search-readers.test.ts).
import type { Catalogue } from '../catalogue/load.ts';
import type { Service } from '../catalogue/schema.ts';
import { redact } from '../privacy/redact.ts';
import { analyze, fold, stemOrSelf } from '../search/normalize.ts';
import { confirmTagged, isAsked, opensWithNo } from './commands.ts';
import { backInMinas, elsewhere } from './elsewhere.ts';
import { ASKS_OTHER_WAY, caseSentences, deadlines, drivingOnSentences, heldInMinasAsked, namesTitleOf, negatedCaseSaid, otherStateSaid, otherStatesTold, passages, saidByService, stepAbout, thingDated } from './followup.ts';
import {
  aboutFocus,
  answeredNotNamed,
  AS_IT_IS,
  askedInOwnWords,
  asksAsItIs,
  asksSomething,
  beyondShared,
  CAN_DO,
  CARRY,
  carriedOwnThing,
  carriedPointedOut,
  placeCarriedOwn,
  CASE_CLAUSE,
  CONDITION,
  conditionStep,
  datedOwnThing,
  DID,
  didOwnThing,
  doneObject,
  FIRST_WORDS,
  inAnswer,
  LEADING_NO,
  listedServices,
  namedBeforeAbout,
  ownCase,
  ownOrAnswered,
  ownThingOf,
  pointsAtFocus,
  QUESTION_OPENERS,
  SAME_ASKED,
  SAME_WORDS,
  sameKind,
  searchText,
  SEEING,
  spokenOfByFocus,
  STATE_WORDS,
  storyGoesOn,
  strayFind,
  termOfFocus,
  thingOfFocusAsked,
  USE_ASKED,
  whatChanges,
  whatItIsSays,
  wishedClause,
  wishedOther,
  wishesFocus,
  withoutFear,
  withoutOthersDenial,
} from './handlers.ts';
import type { Message, Place } from './message.ts';
import { copyOfOwnDocument, deniesFocus } from './correct.ts';
import { isGlue } from './reading.ts';
import { DEMONSTRATIVES, GENERIC_WORDS } from './cues.ts';
import { DENIALS, inTitle, memo, namedCount, nameStems, namesService, titleStems } from './naming.ts';
import { heldServes, joblessCard, lossTold, lostDetail } from './story.ts';
import { copy } from './text.ts';
import { answerAbout, asksStepByStep, fearClauseAfter, findTopics, focusOf, isOwnWords, namedWhole, namesOtherWhole, namingWords, notHappenedOnCard, ownOrNone, pointsAtOwn, relatedNamed, statelessWords, THING_CARRIED, thingTheCardNames, vocabularyOf, wishedByAnyone, wishes } from './topics.ts';
import { offeredServices, type Searcher, serviceOf, type TurnBuilder } from './turn.ts';
import type { Topic } from './types.ts';
import { ABOUT_IT, isQuestion, isStatement, runSearch, sayFound, sayNotOnCard, sayQuoted, sayRelatedAnswered, sayThingAsked, sayToldAboutFocus, sayUnanswered, showElsewhere, showService } from './views.ts';

/** A value worked out when first asked for, then kept. */
class Lazy<T> {
  private kept: { value: T } | undefined;
  constructor(private readonly make: () => T) {}
  get value(): T {
    this.kept ??= { value: this.make() };
    return this.kept.value;
  }
}

type Found = ReturnType<Searcher['search']>;

/** One turn as the search's readers see it: what they share, each worked out once, when first read. */
export class SearchTurn {
  /** The service in focus. */
  readonly focus: Service | undefined;
  /** The topic last answered (`t.state.topic`). */
  readonly topic: Topic | undefined;
  /** The message's words, folded, joined by spaces. */
  readonly folded: string;
  private readonly naming$ = new Lazy(() => namingWords(this.m, []));
  // On a card, the words of what may come or of nobody are not searched ("e se o correio não achar *ninguém* em casa"), round 6700.
  private readonly query$ = new Lazy(() => searchText(this.m, this.t.ctx.catalogue.otherStates, this.focus === undefined, joblessCard(this.focus?.title, false), this.focus === undefined ? [] : notHappenedOnCard(this.t, this.m)));
  private readonly byPhrase$ = new Lazy(() => this.relatedByPhrase());
  private readonly alike$ = new Lazy(() => (this.focus && CARRY.test(this.folded) ? sameKind(this.t, this.focus, this.m) : undefined));
  private readonly listed$ = new Lazy(() => listedServices(this.t));
  private readonly chosen$ = new Lazy(() => this.chosenText());
  private readonly unsure$ = new Lazy((): Found | undefined => (this.listed.length === 0 && this.focus !== undefined && this.t.state.view.at === 'service' ? this.t.ctx.search.search(this.chosen, 5) : undefined));
  private readonly firstFound$ = new Lazy(() => serviceOf(this.t.ctx, this.unsure?.hits[0]?.id ?? ''));

  constructor(
    readonly t: TurnBuilder,
    readonly m: Message,
  ) {
    this.focus = focusOf(t);
    this.topic = t.state.topic;
    this.folded = m.tokens.join(' ');
  }

  /** The message asks: a "?" or a closing tag (commands.ts isAsked). */
  get asks(): boolean {
    return isAsked(this.m.text);
  }
  /** No topic asked in the message (`findTopics(m, false)`, kept on the message). */
  get noTopic(): boolean {
    return !findTopics(this.m, false);
  }
  /** The words that may name a service (`namingWords(m, [])`). */
  get naming(): readonly string[] {
    return this.naming$.value;
  }
  /** The text searched for the message (`searchText`). */
  get query(): string {
    return this.query$.value;
  }
  /** The related services of the focus that a condition names by a phrase of their names (see `related_by_phrase`). */
  get byPhrase(): readonly Service[] {
    return this.byPhrase$.value;
  }
  /** Some related service is named by a phrase of its names: the readers of a condition on the last topic leave the message alone. */
  get namesRelated(): boolean {
    return this.byPhrase.length > 0;
  }
  /** The same kind of service as the focus, for the thing named, when the message carries the talk over (see `same_kind`). */
  get alike(): Service | undefined {
    return this.alike$.value;
  }
  /** On a list of results, the ids of the services listed: words that find one of them choose it ("é a primeira vez" on the identity cards listed). */
  get listed(): readonly string[] {
    return this.listed$.value;
  }
  /** What is searched at last: on a list, without the words saying which comes first ("começa pela identidade"). */
  get chosen(): string {
    return this.chosen$.value;
  }
  /** "quero ver o passo a passo do seguro desemprego" with no service in view: the service found opens at its first step. */
  get walk(): boolean {
    return this.focus === undefined && asksStepByStep(this.m);
  }
  /** On a card, with no list: the search of what is searched at last. */
  get unsure(): Found | undefined {
    return this.unsure$.value;
  }
  /** The service that search finds first. */
  get firstFound(): Service | undefined {
    return this.firstFound$.value;
  }
  /** The services the final search prefers: those listed, else the card in view when the words find it among others, none clearly. */
  get prefer(): readonly string[] {
    if (this.listed.length > 0) return this.listed;
    // On a card, words that find it among others, none of them clearly ("é a primeira vez" on the identity card's 1st
    // copy also finds the first driving licence, which they do not name): the card in view is still what is talked about.
    // Not when the words name the service found first by a phrase of its names ("é só mudar de escola": the transfer).
    const unsure = this.unsure;
    const firstFound = this.firstFound;
    const namedFirst = firstFound !== undefined && firstFound.id !== this.focus?.id && namesService(this.t.ctx, firstFound, this.naming, true);
    return unsure !== undefined && !unsure.clear && !namedFirst && unsure.hits.some((h) => h.id === this.focus?.id) ? [this.focus?.id ?? ''] : [];
  }

  private relatedByPhrase(): Service[] {
    const focus = this.focus;
    if (focus === undefined || !CONDITION.test(this.folded)) return [];
    return focus.related.flatMap((id) => serviceOf(this.t.ctx, id) ?? []).filter((r) => namesService(this.t.ctx, r, this.naming, true));
  }

  private chosenText(): string {
    // "começa pela identidade": which of the listed services comes first is said by the rest.
    const m = this.m;
    return this.listed.length > 0 && m.tokens.some((w) => FIRST_WORDS.has(w)) ? m.tokens.filter((w) => !FIRST_WORDS.has(w)).join(' ') : this.query;
  }
}

/** A turn with a service in focus. */
interface OnFocus extends SearchTurn {
  readonly focus: Service;
}
/** A turn with a topic last answered. */
interface OnTopic extends SearchTurn {
  readonly topic: Topic;
}

const hasFocus = (c: SearchTurn): c is OnFocus => c.focus !== undefined;
const hasTopic = (c: SearchTurn): c is OnTopic => c.topic !== undefined;

/** What an entry needs of the turn, and its `read`, which handles the turn (true) or declines (false). */
type Reads =
  | { focus?: undefined; lastTopic?: undefined; read: (c: SearchTurn) => boolean }
  | { focus?: undefined; lastTopic: 'held'; read: (c: OnTopic) => boolean }
  | { focus: true; lastTopic?: 'none'; read: (c: OnFocus) => boolean }
  | { focus: true; lastTopic: 'held'; read: (c: OnFocus & OnTopic) => boolean };

/** One reader of the table. */
export type SearchReader = {
  readonly name: string;
  /** The views where it applies. */
  readonly where: readonly Place[] | 'anywhere';
  /** The message asks (a "?" or a closing tag, see SearchTurn.asks: true), or not (false). */
  readonly asks?: boolean;
  /** No topic asked in the message (`findTopics(m, false)`). */
  readonly noTopic?: true;
} & Reads;

/** Handles the turn: `say` was done. */
const handled = (_said: void): true => true;

/** The search a reader settles, logged as finding `s` alone (`text`, the query unless said, redacted, 300 characters at most). */
function foundAlone(c: SearchTurn, s: Service, text = c.query): void {
  c.t.events.push({ type: 'search', query: redact(text.slice(0, 300)), results: 1, topId: s.id });
}

/** The search settled on `s` alone: logged, and its card shown. */
function showFoundAlone(c: SearchTurn, s: Service): true {
  foundAlone(c, s);
  return handled(showService(c.t, s));
}

/** The card's sentences `lines`, quoted on the card in focus under ABOUT_IT; false when there are none. */
function quoteOnFocus(c: OnFocus, lines: readonly string[]): boolean {
  return lines.length > 0 && handled(sayQuoted(c.t, c.focus, ABOUT_IT, lines));
}

const ON_CARD: readonly Place[] = ['service'];

/** The message puts a condition on the last topic, and names no related service by a phrase (see `related_by_phrase`). */
const sameQuestionOn = (c: SearchTurn): boolean => CONDITION.test(c.folded) && !c.namesRelated;

/**
 * The card's sentences on the case the citizen puts (see caseSentences) that name `other` by the head word of its title
 * (its act: "*Renovação* da CNH"), one the card's own title and the question lack ("se a CNH estiver vencida, o caminho
 * é a *renovação*"): the card's answer points to that service.
 */
function pointingTo(focus: Service, other: Service, words: Pick<Catalogue, 'nearSynonyms' | 'otherStates'>, question: string): string[] {
  const head = analyze(other.title)[0];
  if (head === undefined || titleStems(focus).has(head) || analyze(question).includes(head)) return [];
  return caseSentences(focus, words, question).filter((x) => analyze(x).includes(head));
}

/**
 * What corrects the service taken rather than tells the citizen's case: a "não" on what was taken ("não, …", "não é",
 * "nao ta vencida", "nao essa", "nao ele ja estuda la"), the one of another kind ("a de luz tbm ta atrasada"), an apology or what was forgotten ("desculpa", "esqueci de falar"), "actually" ("na
 * verdade", "ah mas"), what was said before ("eu falei"), "only" what is meant ("é só mudar de escola"), "not here"
 * ("estudei fora, nao aqui") or a cleft ("perdeu foi a carteira", "é a primeira").
 */
const CORRECTS_TAKEN = /^(?:(?:ah|ai|opa|eita|puts|n|nn|nao)\s+)*(?:n|nn|nao)\s+(?:nao|n|pra|pro|quero|queria|eu|ele|ela|eles|elas|o|a|os|as)\b|^(?:e )?(?:a|o|as|os) (?:de|da|do|das|dos)\b|\b(?:n|nn|nao) (?:e|eh|era|ta|esta|tava|estava|essa|esse|isso|foi|aqui)\b|\b(?:desculpa|desculpe|esqueci de (?:falar|dizer|avisar|contar)|na verdade|na realidade|ah mas|eu falei|errei|corrigindo|e so|eh so|so quero|so qro)\b|\b(?:foi|e|eh|era|seria) (?:a|o|as|os)\b/;

/**
 * The message is a statement of the citizen's case (see isStatement) that the search would take away from the card in
 * view (another service found first, or none), that names no other service whole, tells no loss and chooses nothing
 * first, and that a sentence of the card answers (see passages).
 */
function toldAnswered(c: OnFocus): boolean {
  if (!isStatement(c.m.text) || CARRY.test(c.folded) || LEADING_NO.test(c.m.text) || CORRECTS_TAKEN.test(c.folded) || deniesFocus(c.t, c.m) || elsewhere(c.t, c.m.text)) return false;
  // "perdi minha cnh" on the renewal asks for the copy of what was lost; "começa pela cnh" chooses among those offered
  // (`first_of_offered`, below).
  if (lossTold(c.m) || c.m.tokens.some((w) => FIRST_WORDS.has(w))) return false;
  const result = c.t.ctx.search.search(c.query, 3);
  const first = serviceOf(c.t.ctx, result.hits[0]?.id ?? '');
  if (first?.id === c.focus.id) return false;
  // "isencao de ipva" on the licensing card: a bare name of a few words that the search finds clearly is another service
  // asked for, no case told (the merge review of round 3200; the multi-instance test caught it).
  if (result.clear && c.m.tokens.filter((w) => !isGlue(w)).length <= 3) return false;
  if (first !== undefined && namesOtherWhole(c.t.ctx.catalogue, first, c.focus, c.m.text)) return false;
  const found = passages(c.focus, c.t.ctx.catalogue, c.m.text, [], true);
  // "eu vivo da pesca, vendo o peixe" on the leisure fishing licence ("O peixe da pesca amadora não pode ser vendido"):
  // a case the card's sentences deny, told without a denial, is one the card is not for; the search goes on.
  const denied = (x: string): boolean => fold(x).split(' ').some((w) => DENIALS.has(w));
  if (!c.m.tokens.some((w) => DENIALS.has(w)) && found.some(denied)) return false;
  return found.length > 0;
}

/**
 * A belief heard from someone ("meu pai disse q…", "vi no insta q…", "falaram que…"): a claim, which the readers of a claim
 * and of a question about the card read (claim_check in intents.ts, question_found_other below), not a belief of one's own.
 */
const HEARSAY = /\b(disse|disseram|falou|falaram|dizem|ouvi|contou|contaram|li|vi)( \w+){0,3} (que|q)\b/;

/** The stems of the words of how one asks (GENERIC_WORDS): no belief's own. */
const ASKING_STEMS: ReadonlySet<string> = new Set(analyze([...GENERIC_WORDS].join(' ')));

/** The card's fields a belief may be about, each with the topic that answers it and the stems of its texts (once per service). */
const beliefFields = memo((s: Service): readonly { topic: Topic; stems: ReadonlySet<string> }[] => {
  const steps = s.steps;
  const fields: readonly { topic: Topic; texts: string }[] = [
    { topic: 'documents', texts: steps.flatMap((st) => st.documents).join(' ') },
    { topic: 'cost', texts: steps.flatMap((st) => st.costs.map((x) => x.description)).join(' ') },
    { topic: 'time', texts: s.estimatedTime.description ?? '' },
    { topic: 'requirements', texts: s.requesters.map((r) => `${r.type} ${r.requirements}`).join(' ') },
    { topic: 'where', texts: steps.flatMap((st) => st.channels.map((x) => x.description)).join(' ') },
    { topic: 'how', texts: steps.map((st) => `${st.title} ${st.description}`).join(' ') },
  ];
  return fields.map((f) => ({ topic: f.topic, stems: new Set(analyze(f.texts)) }));
});

/**
 * The topic of the card a belief is about (see commands.ts CONFIRM_TAG): the field whose folded, stemmed texts hold the most of the
 * belief's own words, those few services use and that are neither the service's names nor words of how one asks
 * ("a foto eles tiram *lá na hora*" holds no field's word; "ja fica *matriculado*" the steps' "matrícula"). Ties go to
 * the narrower field, in the order of `beliefFields`; a field must hold two of them (or all, when fewer). `none` when the
 * belief has words of its own that no field holds; undefined when it has none, or when the best field holds too few.
 */
function beliefTopic(c: OnFocus): Topic | 'none' | undefined {
  const title = titleStems(c.focus);
  const own = new Set(analyze(c.m.text).filter((x) => !title.has(x) && !ASKING_STEMS.has(x) && c.t.ctx.search.share(x) <= 1 / 3));
  if (own.size === 0) return undefined;
  let best: { topic: Topic; held: number } | undefined;
  for (const f of beliefFields(c.focus)) {
    const held = [...own].filter((x) => f.stems.has(x)).length;
    if (held > (best?.held ?? 0)) best = { topic: f.topic, held };
  }
  // "e se a polícia achar a moto, perco tudo ne?": one word of three ("polícia", among the places) says no topic.
  if (best === undefined) return 'none';
  return best.held >= Math.min(2, own.size) ? best.topic : undefined;
}

/**
 * Asking whether the card shows or tells a thing ("mostra se", "vejo se", "aparece se", "dá pra ver se", "consigo saber na
 * consulta se"), or whether the thing shows in it ("e o ipva atrasado aparece aí tb?", "as multas constam nessa consulta?",
 * round 5442).
 */
const SHOWN_ASKED = /\b((aparece|aparecem|consta|constam|mostra|mostram) (ai|nela|nele|nessa consulta|nesta consulta|na consulta)|(mostra|mostram|informa|informam|aparece|diz|fala) se|(vejo|vemos|sei|descubro|confiro) se|(da|da pra|da para|consigo|posso|tem como|e possivel) (ver|saber|consultar|conferir|descobrir)( \w+){0,3} se)\b/;

/** A sentence of the card holds the question's words and one of the thing asked about (not of the title, not the verb of showing). */
function shownHeld(c: OnFocus): boolean {
  const title = titleStems(c.focus);
  const thing = new Set(analyze(c.folded.replace(SHOWN_ASKED, ' ')).filter((x) => !title.has(x)));
  return passages(c.focus, c.t.ctx.catalogue, c.m.text).some((x) => analyze(x).some((y) => thing.has(y)));
}

/** The readers, in order: the first that handles the turn wins. */
export const SEARCH_READERS: readonly SearchReader[] = [
  // "é pra levar na festa da igreja" after the cheese bread recipe: the story goes on, and no service is named by the
  // words as the citizen wrote them; the subject is still the one handled elsewhere (round 2707).
  {
    name: 'story_goes_on',
    where: 'anywhere',
    read: (c) => {
      const away = storyGoesOn(c.t, c.m);
      return away ? handled(showElsewhere(c.t, away, c.m.text)) : false;
    },
  },
  // "e pra ouro preto?" right after the buses to other states: a town of Minas brings the subject back within the
  // State, whose own service of it is searched (see backInMinas).
  {
    name: 'back_in_minas',
    where: 'anywhere',
    read: (c) => {
      const query = backInMinas(c.t, c.m);
      return query !== undefined && handled(runSearch(c.t, query, { said: c.m.text }));
    },
  },
  // "posso nao me identificar? tenho medo" on a card: a fear told after the question, in a clause of its own, is why it
  // is asked; the question alone, when the card's sentences answer it (round 2683).
  {
    name: 'fear_after_question',
    focus: true,
    where: ON_CARD,
    asks: true,
    read: (c) => {
      const feared = fearClauseAfter(c.m, 1);
      const question = feared.length > 0 ? c.m.tokens.filter((_, i) => !feared.includes(i)).join(' ') : '';
      return question !== '' && sayFound(c.t, c.focus, passages(c.focus, c.t.ctx.catalogue, question, [], true));
    },
  },
  // "posso continuar dirigindo com ela aqui?" on the transfer of a licence from another state, "e enquanto isso posso
  // dirigir?" on the licence's copy: whether the citizen may go on driving is asked of the card, whose sentences saying
  // the licence stays valid or may be used answer it ("vale em todo o país", "a versão digital pode ser usada"); not
  // when the words name another service whole (round 4947).
  {
    name: 'driving_on',
    focus: true,
    where: ON_CARD,
    read: (c) => {
      const lines = drivingOnSentences(c.focus, c.m.text);
      if (lines.length === 0) return false;
      const first = serviceOf(c.t.ctx, c.t.ctx.search.search(c.query, 3).hits[0]?.id ?? '');
      return !(first !== undefined && first.id !== c.focus.id && namesOtherWhole(c.t.ctx.catalogue, first, c.focus, c.m.text)) && handled(sayQuoted(c.t, c.focus, ABOUT_IT, lines));
    },
  },
  // "ele so tem certidao de nascimento, nao tem rg. serve?" on the fishing licence, "tenho so a xerox do meu rg, da pra
  // fazer a prova com a xerox?" on the driving tests: a paper the citizen holds, asked whether it serves for the card in
  // view, is asked of that card (its sentences naming the paper, else an honest "the card does not say"); the service
  // that issues the paper is not asked for: no act is wished, and no other service's name is said whole (round 6283).
  {
    name: 'paper_held_serves',
    focus: true,
    where: ON_CARD,
    asks: true,
    read: (c) => {
      if (!heldServes(c.m.tokens) || wishedByAnyone(c.m.text)) return false;
      const first = serviceOf(c.t.ctx, c.t.ctx.search.search(c.query, 3).hits[0]?.id ?? '');
      if (first === undefined || first.id === c.focus.id || namesOtherWhole(c.t.ctx.catalogue, first, c.focus, c.m.text)) return false;
      return sayFound(c.t, c.focus, passages(c.focus, c.t.ctx.catalogue, c.m.text, [], true)) || handled(sayNotOnCard(c.t, c.focus));
    },
  },
  // "ele já fica matriculado ne?" on the school registration, "a foto eles tiram lá na hora, correto?": a belief put
  // to confirm, with no topic's word, is about the card's field whose texts share its words: that topic answers, with
  // the card's sentence on it, so the citizen sees whether it holds; a belief whose words no field and no sentence of
  // the card holds is one the card does not say (round 5100).
  {
    name: 'belief_confirmed',
    focus: true,
    where: ON_CARD,
    noTopic: true,
    read: (c) => {
      // "é na receita federal né" after the loss report: a subject handled elsewhere, said back (round 740). "desculpa, nao,
      // eu perdi a minha, entao é a segunda via ne": a message opening with "não" corrects, its tag confirms no belief.
      if (!confirmTagged(c.m.text) || opensWithNo(c.m.text) || HEARSAY.test(c.folded) || elsewhere(c.t, c.m.text)) return false;
      const first = serviceOf(c.t.ctx, c.t.ctx.search.search(c.query, 3).hits[0]?.id ?? '');
      if (first !== undefined && first.id !== c.focus.id && namesOtherWhole(c.t.ctx.catalogue, first, c.focus, c.m.text)) return false;
      const topic = beliefTopic(c);
      if (topic === undefined) return false;
      // Asked how, the steps come with the one step the belief is about in full, and no other sentence: when the card's
      // sentence on the belief lies in another step than that one, that sentence answers, as before.
      const found = (): string[] => passages(c.focus, c.t.ctx.catalogue, c.m.text, [], true);
      const step = topic === 'how' ? (stepAbout(c.focus, c.t.said ?? c.m.text) ?? '') : '';
      if (topic === 'how' && step !== '' && !found().every((x) => step.includes(x))) return false;
      if (topic !== 'none') return handled(answerAbout(c.t, c.focus, [topic], false));
      // Words that find the card itself again, among others ("dá pra fazer em qualquer época, certo?" on a card that says
      // when): the card is shown, as before.
      if (c.firstFound?.id === c.focus.id || c.prefer.includes(c.focus.id)) return false;
      return found().length === 0 && handled(sayUnanswered(c.t, c.focus));
    },
  },
  // "E se ele quiser mudar de escola no ano que vem?" on the re-enrolment: a condition naming a related service by one
  // of its phrases ("mudar de escola" is the transfer) asks about that one, though the card's texts speak of it too.
  {
    name: 'related_by_phrase',
    where: 'anywhere',
    read: (c) => {
      const asked = c.byPhrase.length === 1 ? c.byPhrase[0] : undefined;
      if (asked === undefined) return false;
      // "E se a minha CNH estiver vencida?" on the 2nd copy: the card's own sentence on that case points to the service
      // named ("se a CNH estiver vencida, o caminho é a renovação"): that sentence answers, the card stays, the other is offered.
      const pointing = c.focus !== undefined && c.t.state.view.at === 'service' && CONDITION.test(c.folded) ? pointingTo(c.focus, asked, c.t.ctx.catalogue, c.m.text) : [];
      if (c.focus !== undefined && pointing.length > 0) return sayFound(c.t, c.focus, pointing);
      // "e se eu rodar na prova de direção?" on adding a category: what may go wrong, put as a case, is asked of the card
      // in view (`trouble_put` below), not a request for the service its words name.
      if (c.focus !== undefined && troublePut(c)) return false;
      foundAlone(c, asked, c.m.text);
      return handled(c.topic ? answerAbout(c.t, asked, [c.topic], true) : showService(c.t, asked));
    },
  },
  // "e se ela n tiver feito o BO?" after the cost: words of the answer just given (its costs hold "boletim de ocorrência",
  // which "bo" stands for) are the same question's condition too. ("e se foi roubado?", every word the service's own,
  // is `condition_own_or_answered` below; an entry of its own for it, first in the chain, answered the same.)
  {
    name: 'condition_in_answer',
    focus: true,
    where: 'anywhere',
    lastTopic: 'held',
    read: (c) => sameQuestionOn(c) && inAnswer(c.t, c.focus, c.topic, c.naming) && handled(answerAbout(c.t, c.focus, [c.topic], false)),
  },
  // "e se eu atrasar tem multa?" after the IPVA's cost: each word in the answer just given ("multa") or in the
  // service's own texts ("IPVA atrasado"), the same question still, on a condition the service speaks of.
  {
    name: 'condition_own_or_answered',
    focus: true,
    where: 'anywhere',
    lastTopic: 'held',
    read: (c) => sameQuestionOn(c) && ownOrAnswered(c.t, c.focus, c.topic, c.naming) && handled(answerAbout(c.t, c.focus, [c.topic], false)),
  },
  // "E se a polícia recuperar o carro depois?" on the IPVA refund: a step of the card titled as that condition ("Se o
  // veículo for recuperado") answers it.
  {
    name: 'condition_step',
    focus: true,
    where: ON_CARD,
    read: (c) => {
      const step = CONDITION.test(c.folded) ? conditionStep(c.focus, c.m) : undefined;
      return step !== undefined && handled(sayQuoted(c.t, c.focus, `*${step.title}:*`, [step.description]));
    },
  },
  // "tem multa se atrasar?" on the ITCD ("O atraso gera multa e juros"): a case put as a condition, with no topic, whose
  // words one sentence of the card in view holds together, is asked of the card, though a word of it is another
  // service's title word ("Parcelamento de IPVA em atraso"). Not "e se for a CNH?", which carries the question over.
  // "e se a carteira dele já tiver vencida?" on the foreign licence: a condition opening the message is one too.
  {
    name: 'case_clause',
    focus: true,
    where: ON_CARD,
    noTopic: true,
    read: (c) =>
      CASE_CLAUSE.test(c.folded) && (!CARRY.test(c.folded) || CONDITION.test(c.folded)) && saidByService(c.focus, c.t.ctx.catalogue.nearSynonyms, c.m.text, c.naming) && handled(sayToldAboutFocus(c.t, c.focus)),
  },
  // "e agora ele perde a vaga?" on the re-enrolment ("Quem perde o prazo … precisa fazer o Cadastro Escolar"): a
  // question with no topic whose every word is the card's own, none in the title of the service the search finds
  // first nor a phrase of its names, is asked of the card; a sentence of it holding the words is quoted (round 1163).
  {
    name: 'asked_in_own_words',
    focus: true,
    where: ON_CARD,
    asks: true,
    noTopic: true,
    read: (c) => askedInOwnWords(c.t, c.focus, c.m, c.query) && passages(c.focus, c.t.ctx.catalogue, c.m.text, [], true).length > 0 && handled(sayToldAboutFocus(c.t, c.focus)),
  },
  // "a consulta mostra se o antigo dono comunicou a venda?", "vejo se o antigo dono comunicou a venda?" on the vehicle
  // lookup: asked whether the card in view shows or tells a thing, when a sentence of the card holds it ("…restrições
  // … e comunicação de venda"), the question is the card's, though the thing is another service's name, even named whole
  // (round 3625).
  {
    name: 'shown_asked',
    focus: true,
    where: ON_CARD,
    asks: true,
    noTopic: true,
    // A sentence holding the thing, not only the verb of showing ("e as multas aparecem aí?" on the IPVA, whose sentence is
    // "confira … se o IPVA aparece como quitado", is no question of it).
    read: (c) => SHOWN_ASKED.test(c.folded) && shownHeld(c) && handled(sayToldAboutFocus(c.t, c.focus)),
  },
  // "tem vistoria?" on the vehicle transfer ("2. Fazer a vistoria…"), "existe isenção em algum caso?" on the ITCD, "fiz o
  // bo faz 2 meses, ainda serve?" on the identity card's 2nd copy: a question with no topic whose words name the service
  // found only by what the card in view itself speaks of is asked of the card, not a request for that other service;
  // what the card says of it, or that it does not say. Not when it carries the talk over ("e a vistoria?").
  {
    name: 'spoken_of_by_focus',
    focus: true,
    where: ON_CARD,
    noTopic: true,
    read: (c) => {
      const thingAsked = isQuestion(c.m.text) && !THING_CARRIED.test(c.folded) ? spokenOfByFocus(c.t, c.focus, c.m) : undefined;
      return thingAsked !== undefined && handled(sayThingAsked(c.t, c.focus, thingAsked));
    },
  },
  // "e pra ir visitar minha irma em sao paulo vale?" on the intercity free pass: a question naming another state, on a
  // card whose texts say what holds for other states, is about the card in view (its words name the trip, not a service).
  {
    name: 'other_state_named',
    focus: true,
    where: ON_CARD,
    asks: true,
    read: (c) => otherStateSaid(c.focus, c.t.ctx.catalogue.otherStates, c.m.text) && handled(c.topic ? answerAbout(c.t, c.focus, [c.topic], false) : sayToldAboutFocus(c.t, c.focus)),
  },
  // "minha cidade n tem uai" on the CNH's transfer ("Onde não há UAI, agende na … Ciretran"): a case told in the
  // negative, that a sentence of the card puts in the negative too, is told of the card; that sentence answers.
  {
    name: 'negated_case',
    focus: true,
    where: ON_CARD,
    noTopic: true,
    read: (c) => {
      const negated = c.m.tokens.some((w) => DENIALS.has(w)) ? negatedCaseSaid(c.focus, c.t.ctx.catalogue, c.m.text) : [];
      return quoteOnFocus(c, negated);
    },
  },
  // "ela é de minas mas perdeu em são paulo, dá pra fazer aqui?" on the lost documents report: another state named and
  // asked whether here, on a card whose conditions set the thing in Minas, every other word the card's own; its condition answers.
  {
    name: 'held_in_minas',
    focus: true,
    where: ON_CARD,
    asks: true,
    read: (c) => heldInMinasAsked(c.focus, c.t.ctx.catalogue.otherStates, c.m.text) && ownOrNone(c.focus, statelessWords(c.t, c.m, c.naming)) && handled(sayToldAboutFocus(c.t, c.focus)),
  },
  // "e pra empresa é a mesma?" on the tax certificate ("mostra se uma pessoa ou empresa tem dívidas"): whether the card
  // in view also serves someone or something else, every word but "the same" in the sentence saying what the card is,
  // is asked of the card ("e pra identidade é o mesmo?" on the CNH's 2nd copy names another document).
  {
    name: 'same_for_other',
    focus: true,
    where: ON_CARD,
    read: (c) => SAME_ASKED.test(c.folded) && whatItIsSays(c.focus, c.naming.filter((w) => !SAME_WORDS.has(w))) && handled(sayToldAboutFocus(c.t, c.focus)),
  },
  // "serve pro seguro?" on the police report's copy ("Serve para tirar uma cópia do BO para seguro, banco…"), "serve pra
  // licitacao?" on the Jucemg certificates ("São muito usadas em licitações"): whether the card in view is good for a
  // use, that one sentence of its texts names, is asked of the card (not the unemployment insurance "seguro" names).
  {
    name: 'use_asked',
    focus: true,
    where: ON_CARD,
    read: (c) => {
      const use = USE_ASKED.exec(c.folded);
      const useSaid = use ? passages(c.focus, c.t.ctx.catalogue, c.folded.slice(use[0].length), [], true) : [];
      return quoteOnFocus(c, useSaid);
    },
  },
  // "e pra outro estado vale?" on the intercity free pass: "another state" said as such, every other word of the card's
  // own, on a card whose texts say what holds for other states, is asked of the card (not the CNH from another state).
  {
    name: 'other_states_told',
    focus: true,
    where: ON_CARD,
    asks: true,
    read: (c) => {
      const stateSentences = otherStatesTold(c.focus, c.m.text);
      return stateSentences.length > 0 && ownOrNone(c.focus, c.naming.filter((w) => !STATE_WORDS.has(w))) && handled(sayQuoted(c.t, c.focus, ABOUT_IT, stateSentences));
    },
  },
  // "E o IPVA?" on the DAE ("O IPVA tem guia própria, na área do IPVA"): a thing carried over that the card in view says
  // has its own way apart from it is answered by that sentence, on the card, though it names a service whole (round 5141).
  {
    name: 'carried_pointed_out',
    focus: true,
    where: ON_CARD,
    read: (c) => {
      const said = carriedPointedOut(c.t, c.focus, c.m);
      return quoteOnFocus(c, said);
    },
  },
  // "e o ipva?" after the cost of the first registration ("Pague também o IPVA do ano, quando devido"), "e o bo tem q ser
  // de quando?" after the cost of the identity card's 2nd copy ("boletim de ocorrência registrado em até 60 dias"): a
  // thing carried over that the card in view itself speaks of, and not by its title, is asked of the card: the card's
  // sentences that hold it, not the same topic of the service the word names. "e a CNH?" on a card silent about it still
  // moves (round 2862).
  {
    name: 'carried_thing_of_focus',
    focus: true,
    where: ON_CARD,
    lastTopic: 'held',
    read: (c) => {
      const said = CARRY.test(c.folded) ? carriedOwnThing(c.t, c.focus, c.m, c.naming, c.topic) : [];
      return quoteOnFocus(c, said);
    },
  },
  // "e na uai?" on the Ciptea, "e pelo app?" on a card that speaks of its app: a place or way carried over that the card in
  // view speaks of is asked of the card, with or without a topic just answered: its sentences on it (round 4907).
  {
    name: 'place_carried_of_focus',
    focus: true,
    where: ON_CARD,
    read: (c) => {
      const said = placeCarriedOwn(c.t, c.focus, c.m);
      return quoteOnFocus(c, said);
    },
  },
  // "e a CNH?" after a topic answered (or on the menu): the same topic, about the service the search finds clearly.
  {
    name: 'topic_carried',
    where: 'anywhere',
    lastTopic: 'held',
    read: (c) => {
      if (!CARRY.test(c.folded) && c.t.state.view.at !== 'menu') return false;
      // On a card, words of what may come or of nobody ("e se o correio não achar *ninguém* em casa") are not searched
      // (round 6700); the rest as typed.
      const untold = c.focus === undefined ? [] : notHappenedOnCard(c.t, c.m);
      const result = c.t.ctx.search.search(untold.length === 0 ? c.m.text : c.m.tokens.filter((_, i) => !untold.includes(i)).join(' '), 5);
      const first = serviceOf(c.t.ctx, result.hits[0]?.id ?? '');
      // "é na receita federal né" after how to do the loss report: a subject handled elsewhere is no service asked the
      // same about; who handles it is said further on (read only when a service would be carried to).
      if (!first || !(result.clear || result.hits.length === 1) || elsewhere(c.t, c.m.text) || strayFind(c.t, c.focus, first, c.m)) return false;
      c.t.events.push({ type: 'search', query: redact(c.m.text.slice(0, 300)), results: result.hits.length, topId: first.id });
      return handled(answerAbout(c.t, first, [c.topic], first.id !== c.t.state.focus));
    },
  },
  // "e as placa, faço o que com elas?" on the vehicle write-off ("Na vistoria as placas são recolhidas…"): a thing the
  // card's own texts speak of, which names the service guessed only by a word of its popular names ("consultar placa"
  // is the vehicle lookup's) and not by its title or a synonym, is asked of the card: its sentence is quoted.
  {
    name: 'own_thing_of_alike',
    focus: true,
    where: ON_CARD,
    read: (c) => c.alike !== undefined && ownThingOf(c.t, c.focus, c.alike, c.m) && handled(sayToldAboutFocus(c.t, c.focus)),
  },
  // "e a do rg?" after the 2nd copy of the CNH: the same kind of service, for the thing named (the same question,
  // if one was just answered).
  {
    name: 'same_kind',
    where: 'anywhere',
    read: (c) => {
      const alike = c.alike;
      if (alike === undefined || (c.focus !== undefined && troublePut(c))) return false;
      foundAlone(c, alike, c.m.text);
      return handled(c.topic ? answerAbout(c.t, alike, [c.topic], true) : showService(c.t, alike));
    },
  },
  // "esse DAE é tipo um boleto?" on a step that asks to pay a DAE: what that is, from its own service, and the
  // citizen stays where they were.
  {
    name: 'term_of_focus',
    focus: true,
    where: 'anywhere',
    read: (c) => {
      const term = termOfFocus(c.t, c.focus, c.m);
      if (term === undefined) return false;
      const what = term.description.split(/(?<=[.!?])\s/)[0] ?? term.description;
      c.t.say(copy.termOfFocus(term.title, what, c.focus.title), [{ id: `svc:${term.id}`, label: `↪️ ${term.title}` }, ...c.t.state.options.filter((o) => o.id !== `svc:${term.id}`)], undefined, { kind: 'notice' });
      return true;
    },
  },
  // "que certificado é esse q precisa?" on the vehicle inspection ("obter o Certificado de Segurança Veicular"): which
  // thing of the card in view is meant, pointed back at ("é esse", "seria essa"), is asked of the card: its sentence
  // is quoted, though the word names another service by its title (the school certificate's 2nd copy) (round 1161).
  {
    name: 'thing_of_focus',
    focus: true,
    where: ON_CARD,
    read: (c) => {
      const thing = thingOfFocusAsked(c.focus, c.m);
      return thing ? handled(sayQuoted(c.t, c.focus, ABOUT_IT, [thing])) : false;
    },
  },
  // "to com a cnh vencida faz 2 mes" then "posso dirigir assim" on the renewal: whether one may do something "like this",
  // in the case just told on the card, asks about the card in view; the words left ("dirigir") are in no title found.
  {
    name: 'as_it_is',
    focus: true,
    where: ON_CARD,
    noTopic: true,
    read: (c) => {
      if (!asksAsItIs(c.m)) return false;
      const naming = c.naming.filter((w) => !CAN_DO.has(w) && !AS_IT_IS.has(w));
      const result = c.t.ctx.search.search(naming.join(' '), 3);
      const other = serviceOf(c.t.ctx, result.hits[0]?.id ?? '');
      // Not when a word is in the title of the service found ("posso parcelar o ipva assim?" names the IPVA).
      return naming.length <= 2 && (other === undefined || other.id === c.focus.id || !naming.some((w) => inTitle(other, w))) && handled(sayUnanswered(c.t, c.focus));
    },
  },
  // "sou caminhoneiro, categoria e, muda alguma coisa?" on the licence renewal, "tenho categoria d, faz diferença?": what
  // the citizen's case changes is asked of the card in view, the case being the rest of the message. What the card's
  // texts say of the case's words they speak of ("Categorias C, D e E precisam de exame toxicológico…"), else that they
  // do not say; not when those words name another service by a phrase of its names (round 1762).
  {
    name: 'what_changes',
    focus: true,
    where: ON_CARD,
    noTopic: true,
    read: (c) => {
      const changes = whatChanges.union(c.m) ?? [];
      if (changes.length === 0) return false;
      const focus = c.focus;
      const naming = namingWords(c.m, changes);
      const other = serviceOf(c.t.ctx, c.t.ctx.search.search(naming.join(' '), 3).hits[0]?.id ?? '');
      if (other !== undefined && other.id !== focus.id && namesService(c.t.ctx, other, naming, true)) return false;
      // The card's sentences for the case alone (without "muda", which "O valor muda todo ano" holds).
      const found = passages(focus, c.t.ctx.catalogue, c.m.tokens.filter((_, i) => !changes.includes(i)).join(' '), [], true);
      if (sayFound(c.t, focus, found)) return true;
      const own = naming.filter((w) => isOwnWords(focus, [w]));
      return handled(own.length > 0 ? sayThingAsked(c.t, focus, own) : sayUnanswered(c.t, focus));
    },
  },
  // "ah esqueci de falar foi roubado semana passada fiz bo" after the CIN's cost: what the citizen has done already
  // ("fiz bo"), a thing the answer just given or the card speaks of ("boletim de ocorrência"), is their case, not a
  // request for it; when the rest finds no other service clearly, the card stays.
  {
    name: 'done_told',
    focus: true,
    where: ON_CARD,
    lastTopic: 'held',
    asks: false,
    read: (c) => {
      const done = doneObject(c.m);
      if (done.length === 0 || !ownOrAnswered(c.t, c.focus, c.topic, done.map((i) => c.m.tokens[i] ?? ''))) return false;
      const rest = c.m.tokens.filter((_, i) => !done.includes(i) && !DID.has(c.m.tokens[i] ?? '')).join(' ');
      const other = c.t.ctx.search.search(rest, 2);
      return (!other.clear || other.hits[0]?.id === c.focus.id) && handled(sayToldAboutFocus(c.t, c.focus));
    },
  },
  // "fiz o registro", "já fiz o boletim" on the missing person's card, with no topic asked: the citizen tells having
  // done the card's own thing ("Registro do boletim…"); every word but the verb and "já" is the card's own, so the card
  // stays, with what its texts say of it, not another service found by the word (round 2412).
  {
    name: 'did_own_thing',
    focus: true,
    where: ON_CARD,
    lastTopic: 'none',
    asks: false,
    read: (c) => didOwnThing(c.t, c.focus, c.m) && handled(sayToldAboutFocus(c.t, c.focus)),
  },
  // "o bo é de 3 meses atrás" on the identity card's 2nd copy ("boletim de ocorrência registrado em até 60 dias"): how
  // long ago a thing the card speaks of was done, on a card that counts a deadline from it, asks whether it is still in
  // time; the deadline its texts give, not the service another word names (the loss report).
  {
    name: 'dated_own_thing',
    focus: true,
    where: ON_CARD,
    read: (c) => thingDated(c.m.text) && datedOwnThing(c.t, c.focus, c.m) && deadlines(c.focus, c.m.text).length > 0 && handled(sayToldAboutFocus(c.t, c.focus)),
  },
  // "perdi o numero do reds e agora?" on the REDS lookup: a number or password lost, in the card's own words, is no
  // document lost (no loss report); what the card's texts say of it.
  {
    name: 'lost_detail',
    focus: true,
    where: ON_CARD,
    read: (c) => {
      const lost = lostDetail(c.m);
      return lost.length > 0 && isOwnWords(c.focus, namingWords(c.m, lost)) && handled(sayToldAboutFocus(c.t, c.focus));
    },
  },
  // "toda agência faz esse atendimento?" on a card: a question with no topic that points with a demonstrative at a thing
  // the card in view speaks of, and names no word of its title (that the readers above take: "posso tirar essa nota?"),
  // is asked of that card, though its other words name a related service; what its sentences say,
  // else that it does not say.
  {
    name: 'points_at_own',
    focus: true,
    where: ON_CARD,
    noTopic: true,
    read: (c) => isQuestion(c.m.text) && !THING_CARRIED.test(c.folded) && pointsAtOwn(c.focus, c.m.text) && !namesTitleOf(c.focus, c.m.text) && handled(sayUnanswered(c.t, c.focus)),
  },
  // "nao tenho o laudo ainda, so a consulta marcada" on the Ciptea ("Ter relatório médico com diagnóstico de TEA"),
  // "minha habilitacao é de sp, mudei pra ca" on the CNH's 2nd copy ("Quem tem habilitação de outro estado precisa primeiro
  // transferir…"): a statement of the citizen's case, no question and no request, that a sentence of the card in view
  // answers, is told of the card, though its words find another service (the CNH's transfer, the IPSEMG's "consulta").
  // Not when it names that other service whole (see namedWhole) and the card not, nor a subject handled elsewhere (round 3200).
  {
    name: 'told_answered',
    focus: true,
    where: ON_CARD,
    asks: false,
    noTopic: true,
    read: (c) => toldAnswered(c) && handled(sayToldAboutFocus(c.t, c.focus)),
  },
  // On a card, a message that finds nothing clearly and names one of its related services is about that one.
  // Not a subject handled elsewhere ("comprar um celular" on the CIN does not open the theft report); asked only
  // when a related service is named, as it reads the message once more.
  {
    name: 'related_named',
    focus: true,
    where: 'anywhere',
    read: (c) => {
      const named = relatedNamed(c.t, c.focus, c.m);
      const related = named && !elsewhere(c.t, c.m.text) ? named : undefined;
      if (related === undefined || troublePut(c)) return false;
      // "tenho passagem na policia, consigo visitar?" on the prison visit: a question on the card's own subject (a word of
      // its names) that names a related service only by a word of its names, not whole (see namedWhole), is the card's;
      // "e como peço o atestado de antecedentes criminais?" names it whole and opens it (round 2922).
      if (c.asks && namedCount(c.t.ctx, c.focus, c.naming) > 0 && !namedWhole(c.t.ctx.catalogue, related, new Set(analyze(c.m.text)))) return false;
      const result = c.t.ctx.search.search(c.query, 5);
      if (result.clear && result.hits[0]?.id !== related.id) return false;
      // "minha cnh vence mes q vem, depois disso consigo renovar aqui?" on the CNH transfer names the renewal, a related
      // service, but the card's own texts answer it ("…precisa fazer a transferência antes de renovar…").
      if (sayRelatedAnswered(c.t, related, c.m.text)) return true;
      c.t.events.push({ type: 'search', query: redact(c.query.slice(0, 300)), results: result.hits.length, topId: related.id });
      return handled(showService(c.t, related));
    },
  },
  // "começa pelo rg" on the loss report, which offers the identity card's 2nd copy and the driving licence's: which of
  // the services the card offers comes first, every other word a name of that one alone and none of the card's names,
  // is the one chosen, though the card in view speaks of the same document. Not "vou fazer o bo primeiro" there (the
  // card's own "BO"), nor a story that says what comes first ("ele fura primeiro e depois eu regularizo").
  {
    name: 'first_of_offered',
    focus: true,
    where: ON_CARD,
    read: (c) => {
      if (!c.m.tokens.some((w) => FIRST_WORDS.has(w))) return false;
      const rest = analyze(c.m.tokens.filter((w) => !FIRST_WORDS.has(w)).join(' '));
      if (rest.length === 0 || rest.some((x) => nameStems(c.focus).has(x))) return false;
      const offered = offeredServices(c.t).filter((x) => x.id !== c.focus.id);
      const named = offered.filter((r) => rest.every((x) => nameStems(r).has(x)));
      const chosen = named.length === 1 ? named[0] : undefined;
      if (chosen === undefined) return false;
      return showFoundAlone(c, chosen);
    },
  },
  // "não quero ver não, já sei q tenho, quero recorrer dela" on the fines' lookup: what the citizen does not want, then,
  // in a later clause, what they want, which names another service clearly by itself (the appeal), though the card in
  // view speaks of it too ("pagar ou recorrer").
  {
    name: 'wished_after_no',
    focus: true,
    where: ON_CARD,
    read: (c) => {
      const wished = wishedClause(c.m);
      const wishedAfterNo = wished !== undefined && c.m.tokens.slice(0, wished.start).includes('nao') ? wishedOther(c.t, wished.words, c.focus) : undefined;
      if (wishedAfterNo === undefined) return false;
      return showFoundAlone(c, wishedAfterNo);
    },
  },
  // On a card, something the citizen tells about themselves that speaks of the service in view at least as much as
  // of any other ("meu marido ta preso em ribeirao das neves" on the prison visits): the card stays, and the bot
  // says what it can tell about it.
  {
    name: 'told_about_focus',
    focus: true,
    where: ON_CARD,
    asks: false,
    noTopic: true,
    read: (c) => {
      const { t, m, focus } = c;
      if (QUESTION_OPENERS.has(m.tokens[0] ?? '') || !(pointsAtFocus(m) || aboutFocus(t, focus, m, c.query))) return false;
      // "Comecemos pela renovação da CNH." on that card: its whole title said again chooses it; the card again.
      const said = new Set(analyze(m.text));
      if ([...titleStems(focus)].every((x) => said.has(x))) return handled(showService(t, focus));
      // "ver minhas multas" on the fines' card asks for it again, in a verb of seeing or wanting; no story is told. So
      // does choosing it first ("a inscricao primeiro").
      const asks = m.tokens.flatMap((w, i) => ((i === 0 && SEEING.has(w)) || FIRST_WORDS.has(w) ? [i] : []));
      if (asks.length > 0 && isOwnWords(focus, namingWords(m, asks))) return handled(showService(t, focus));
      // "Não quero consultar, quero recorrer porque a multa está errada" on the appeal's card: a later clause that opens
      // with a wish and names only the card's own words (up to the reason) asks for the card again.
      if (wishesFocus(t, m, focus)) return handled(showService(t, focus));
      return handled(sayToldAboutFocus(t, focus));
    },
  },
  // "e pra q serve mesmo essa carteirinha", "pra que serve esse bo?" on a card: what the thing in view is for, pointed at
  // ("essa", "esse", "isso") or named by words that find the card in view among others: what the card says it is (its
  // description), not a list of the services "carteirinha" names, nor the report's lookup (round 3824).
  {
    name: 'purpose_of_this',
    focus: true,
    where: ON_CARD,
    noTopic: true,
    read: (c) => {
      const { t, m, focus } = c;
      if (!PURPOSE_ASKED.test(c.folded)) return false;
      const thing = c.naming.filter((w) => !PURPOSE_WORDS.has(w) && !DEMONSTRATIVES.has(w) && !THIS_THING.has(w) && !isGlue(w));
      // "ciptea serve pra q afinal?", "pra que serve a ciptea?": the card in view named by its own name (title, acronym,
      // popular name), no word pointing: what it is; its name is no word of the sentence sought (r40c).
      const byName = thing.length > 0 && thing.every((w) => nameStems(focus).has(stemOrSelf(w)));
      if (!byName && !m.tokens.some((w) => DEMONSTRATIVES.has(w) || THIS_THING.has(w))) return false;
      // Nothing asked but what it is for, by its name, pointed at or not ("afinal, para que serve essa conta gov.br?"):
      // what the card says it is, never a sentence that holds only its name (r40c).
      if (byName) {
        sayQuoted(t, focus, WHAT_IT_IS, [focus.description.trim()]);
        return true;
      }
      if (thing.length > 0 && !t.ctx.search.search(thing.join(' '), 5).hits.some((h) => h.id === focus.id)) return false;
      // The card's sentence on what it is asked for ("É muito pedido para emprego, concurso…"), else what it is.
      if (sayFound(t, focus, passages(focus, t.ctx.catalogue, m.text, [], true))) return true;
      sayQuoted(t, focus, WHAT_IT_IS, [focus.description.trim()]);
      return true;
    },
  },
  // On a card, a question with no topic that the search answers with a service its words do not name ("posso mandar
  // foto?" on the environmental report found the unemployment insurance through "mandado embora"): a question about
  // the card, which the catalogue does not answer; said so, with the official page and LigMinas 155. A question by its
  // shape too, its mark dropped ("e se eu n achar o crv dele" on the vehicle write-off: "achar" alone finds the REDS
  // lookup's "achar meu boletim de ocorrência"; round 1640); not a subject handled elsewhere ("é na receita federal né").
  {
    name: 'question_found_other',
    focus: true,
    where: ON_CARD,
    noTopic: true,
    read: (c) => {
      const { t, m, focus } = c;
      if (!(c.asks || (isQuestion(m.text) && !elsewhere(t, m.text)))) return false;
      const result = t.ctx.search.search(c.query, 3);
      // "dá pra parcelar?" on the electricity bill: an act any bill may have (actOnly) finds the IPVA's instalments
      // first, clearly or not; it names them only with the IPVA said, and is asked of the card in view (lead, round 3702).
      // "e se negarem meu pedido, tem recurso?" on the IPVA exemption: the act alone names the one found (the traffic
      // fine's appeal), the case's other words not; asked of the card in view too (round 3822).
      const act = actOnly(c.naming) || namedByActOnly(t, result.hits[0]?.id, c.naming);
      const other = result.clear || act ? serviceOf(t.ctx, result.hits[0]?.id ?? '') : undefined;
      // A word both titles hold names neither ("a ouvidoria resolve mesmo?" on the SUS ombudsman), unless the message
      // carries the talk over to what it names ("e a ouvidoria geral?").
      const naming = c.naming;
      // "o prédio foi reprovado na vistoria, e agora? tem recurso?" on the fire brigade's licence: the story names the card
      // in view, found first; the act asked names another service alone (the traffic fine's appeal), and the card's
      // words never speak of it: the card does not say (round 3825).
      if (other?.id === focus.id && actNotOnCard(t, focus, c.naming)) return handled(sayNotOnCard(t, focus));
      if (other === undefined || other.id === focus.id) return false;
      if (!act && namesService(t.ctx, other, CARRY.test(c.folded) ? naming : beyondShared(focus, other, naming))) return false;
      const own = passages(focus, t.ctx.catalogue, m.text, [], false).length > 0;
      // The act not on the card in view: no other card's sentence about it either (the water bill's instalments are not
      // the electricity bill's).
      if (act && !own) return handled(sayNotOnCard(t, focus));
      if (own) return handled(sayToldAboutFocus(t, focus));
      return handled(sayUnanswered(t, focus));
    },
  },
  // "e se eu rodar na prova de direção?" on adding a category, "tem multa pra isso?" on the foreign licence, "Se eu for
  // reprovado no exame de direção, o que acontece?": what may go wrong, put as a case ("e se…", "se eu…", "caso…") or
  // pointed at the card ("pra isso", "nesse caso"), with no wish nor need, is asked of the card in view, though its words
  // name another service (the driving tests, the fines): what the card says of it, or that it does not say (round 5820).
  // Asking for the other service itself ("quero ver minhas multas", "e se eu quiser mudar de escola?", "e se eu precisar
  // fechar depois?") still opens it; the readers of a related service named (related_by_phrase, same_kind,
  // related_named) leave such a case to this one.
  {
    name: 'trouble_put',
    focus: true,
    where: ON_CARD,
    noTopic: true,
    read: (c) => {
      if (!troublePut(c)) return false;
      const first = c.t.ctx.search.search(c.query, 3).hits[0]?.id;
      if (first === c.focus.id) return false;
      if (passages(c.focus, c.t.ctx.catalogue, c.m.text, [], false).length > 0) return handled(sayToldAboutFocus(c.t, c.focus));
      // The service the words name is not asked for: no sentence of it in the card's stead (sayUnanswered may quote a
      // related card's), only that the card does not say. A related card's sentence on what the words tell, naming no
      // service ("e se ele for transferido pra outra unidade?"), may still answer.
      // A word the search does not know ("rodar") makes it find nothing: the related services the words name, then.
      const other = first === undefined ? relatedNamed(c.t, c.focus, c.m) : serviceOf(c.t.ctx, first);
      return handled(other !== undefined && namesService(c.t.ctx, other, c.naming) ? sayNotOnCard(c.t, c.focus) : sayUnanswered(c.t, c.focus));
    },
  },
  // "o banco devolve?" on the Pix-scam report: a question with no topic that finds no service at all, and that a
  // sentence of the card in view answers in its words ("peça a contestação pelo Mecanismo Especial de Devolução"), is
  // about the card; what its texts say, not who handles banks.
  {
    name: 'found_nothing',
    focus: true,
    where: ON_CARD,
    asks: true,
    noTopic: true,
    read: (c) => c.t.ctx.search.search(c.query, 2).hits.length === 0 && passages(c.focus, c.t.ctx.catalogue, c.m.text, [], true).length > 0 && handled(sayToldAboutFocus(c.t, c.focus)),
  },
  // "Mesmo que ele não dirija, o carro pode ficar no meu nome?" on the IPVA exemption: a question with no topic that
  // finds no service clearly, none by a phrase of its names, and that a sentence of the card in view answers with two
  // of its words at least ("para quem não dirige; nesse caso o veículo pode estar em nome do representante legal"), is
  // about the card: that sentence, not a list of services its words brush.
  {
    name: 'answered_not_named',
    focus: true,
    where: ON_CARD,
    asks: true,
    noTopic: true,
    read: (c) => answeredNotNamed(c.t, c.focus, c.m, c.query) && handled(sayToldAboutFocus(c.t, c.focus)),
  },
  // "preciso falar com a ouvidoria sobre a escola estadual do meu filho": the service the words before "sobre" name is
  // the one asked for; what follows is what the request is about.
  {
    name: 'named_before_about',
    where: 'anywhere',
    read: (c) => {
      const channel = namedBeforeAbout(c.t, c.m);
      if (channel === undefined) return false;
      return showFoundAlone(c, channel);
    },
  },
  // "a conta de agua da minha mae nao chegou esse mes e ela tem medo de cortarem": a fear told after what happened is
  // no request (the cut trees of the environmental report); the rest is searched (round 1164).
  {
    name: 'fear_told',
    where: 'anywhere',
    read: (c) => {
      const fearless = withoutFear(c.m);
      return fearless !== undefined && handled(runSearch(c.t, fearless, { said: c.m.text }));
    },
  },
  // "vendi meu carro e o cara nao transferiu": what someone else did not do is the story, not the request.
  {
    name: 'others_denial',
    where: 'anywhere',
    read: (c) => {
      const told = withoutOthersDenial(c.m);
      if (told === undefined) return false;
      const toldFinds = c.t.ctx.search.search(told, 2);
      return toldFinds.hits.length > 0 && (toldFinds.clear || !c.t.ctx.search.search(c.query, 2).clear) && handled(runSearch(c.t, told, { said: c.m.text }));
    },
  },
  // "ah mas eu sou mei" on closing a company, "Eu quero ser MEI. É esse mesmo cadastro?" on opening one: every word
  // the citizen says of their case is the card's own, one of them rare, and the search places it nowhere clearly
  // else: the case is the card's (its text speaks of the MEI); the card stays, and the bot says what it can.
  {
    name: 'own_case',
    focus: true,
    where: ON_CARD,
    read: (c) => {
      if (!ownCase(c.t, c.focus, c.m, c.query)) return false;
      foundAlone(c, c.focus);
      return handled(c.asks ? sayUnanswered(c.t, c.focus) : sayToldAboutFocus(c.t, c.focus));
    },
  },
  // "ja tenho uma mas rasgou" on the 1st copy of the ID, "ela molhou toda" on the renewal of the licence: the card's own
  // document told lost, taken or spoilt, with no document named, asks for its copy (the related 2nd copy), not for
  // what the spoiling word finds first (the licence's copy speaks of a torn card too).
  {
    name: 'own_document_spoilt',
    focus: true,
    where: ON_CARD,
    read: (c) => {
      const copy = copyOfOwnDocument(c.t, c.focus, c.m, true);
      const s = copy === undefined ? undefined : serviceOf(c.t.ctx, copy);
      if (s === undefined) return false;
      return showFoundAlone(c, s);
    },
  },
  // "nao tenho conta gov br" on the ITCD, "ele nao tem conta gov br, tem outro jeito?" on naming the driver: the service
  // the search finds is named only by a thing the card in view names itself, not by its act (see thingTheCardNames in
  // topics.ts); the card's sentences on that thing, and the card stays (round 6100). Near the end (before the stray find),
  // so that the readers above that keep the card with a better sentence (answered_not_named, question_found_other…) read first.
  {
    name: 'thing_the_card_names',
    focus: true,
    where: ON_CARD,
    read: (c) => {
      // Not a correction of the service taken ("Desculpe, é só para pescar por lazer", "ah mas eu estudei na venezuela").
      if (THING_CARRIED.test(c.folded) || wishedByAnyone(c.m.text) || elsewhere(c.t, c.m.text) || CORRECTS_TAKEN.test(c.folded) || LEADING_NO.test(c.m.text)) return false;
      const other = serviceOf(c.t.ctx, c.t.ctx.search.search(c.query, 3).hits[0]?.id ?? '');
      const thing = other === undefined ? [] : thingTheCardNames(c.focus, other, c.naming);
      // Another way asked ("ele nao tem conta gov br, tem outro jeito?"): the card's sentences on the thing lacked say
      // it is needed ("Os dois precisam de conta gov.br prata ou ouro", round 6100's test); the sentence reader's (its
      // row 'another way': "Ou enviar o FICI pelo site, Correios ou presencialmente") follow them (round 6402).
      const otherWay = thing.length > 0 && ASKS_OTHER_WAY.test(c.folded) ? passages(c.focus, c.t.ctx.catalogue, c.m.text, [], true).filter((x) => !thing.includes(x)) : [];
      return sayFound(c.t, c.focus, [...thing, ...otherWay]);
    },
  },
  // "o bo chega como" on the loss report, "depois de mandar o bo da pra corrigir alguma coisa?": a question (a "?" or a
  // word of asking, as voice typing drops the mark) whose words name the card in view, and not the service the search
  // finds first through a stray word of its texts (the driving licence's copy, the unemployment insurance): asked of
  // the card, which says what it can or that it does not answer.
  {
    name: 'stray_find',
    focus: true,
    where: ON_CARD,
    read: (c) => {
      const foundFirst = c.unsure?.clear === true ? c.firstFound : undefined;
      return foundFirst !== undefined && asksSomething(c.m) && strayFind(c.t, c.focus, foundFirst, c.m) && namedCount(c.t.ctx, c.focus, c.naming) > 0 && handled(sayUnanswered(c.t, c.focus));
    },
  },
];

/** The reader of the table that handles the turn (its name), or undefined when none does (the search follows). */
export function readSearch(c: SearchTurn): string | undefined {
  for (const r of SEARCH_READERS) if (applies(r, c)) return r.name;
  return undefined;
}

/** The entry's properties hold (checked in this order, the cheap ones first; see the head of this file) and its `read` handles the turn. */
function applies(r: SearchReader, c: SearchTurn): boolean {
  if (r.focus === true && c.focus === undefined) return false;
  if (r.where !== 'anywhere' && !r.where.includes(c.t.state.view.at)) return false;
  if (r.lastTopic === 'none' && c.topic !== undefined) return false;
  if (r.asks !== undefined && c.asks !== r.asks) return false;
  if (r.noTopic && !c.noTopic) return false;
  if (r.focus === true) {
    if (!hasFocus(c)) return false;
    return r.lastTopic === 'held' ? hasTopic(c) && r.read(c) : r.read(c);
  }
  return r.lastTopic === 'held' ? hasTopic(c) && r.read(c) : r.read(c);
}

/**
 * The last resort: a search, answering the last follow-up topic about the service found ("e a CNH?"). First the
 * readers of the table above, in order; when none handles the turn, the message is searched.
 */
export function searchWithTopic(t: TurnBuilder, m: Message): void {
  const c = new SearchTurn(t, m);
  if (readSearch(c) !== undefined) return;
  const { chosen, prefer, walk } = c;
  // "O carro que comprei está com o licenciamento atrasado. Como regularizo?" on the vehicle transfer: a story that names
  // another service and ends asking how, clearly; the service opened answers how (round 6080).
  const last = m.text.split(/(?<=[.!])\s+/).at(-1) ?? '';
  const how = t.state.focus !== undefined && !walk && /\?\s*$/.test(last) && HOW_LAST.test(fold(last));
  runSearch(t, chosen, { ...(chosen === m.text ? {} : { said: m.text }), ...(prefer.length > 0 ? { prefer } : {}), ...(walk ? { walk } : {}), ...(how ? { topics: ['how'] as const } : {}) });
}

/** A last sentence that only asks how, in a few words ("Como regularizo?", "e como eu faço isso?"). */
const HOW_LAST = /^(?:e |mas |entao )?como (?:eu |que eu |q eu )?[a-z]+(?: [a-z]+){0,2}$/;

/** Asking what a thing is for ("pra que serve", "serve pra que", "pra q serve mesmo"). */
const PURPOSE_ASKED = /\b(pra|para|p) (que|q|oq|o que|o q) (serve|servem|e que serve)\b|\bserve (pra|para|p) (que|q|oq|o que|o q)\b/;
/** The words of asking what for, never the thing asked about. */
const PURPOSE_WORDS: ReadonlySet<string> = new Set(['pra', 'para', 'p', 'que', 'q', 'oq', 'serve', 'servem', 'mesmo', 'msm', 'afinal', 'exatamente']);
/** "isso", "isto": the thing in view, pointed at without a name. */
const THIS_THING: ReadonlySet<string> = new Set(['isso', 'isto']);
/** The heading of what the card says the service is (as on the card). */
const WHAT_IT_IS = '*O que é:*';

/** Acts a service of any kind may offer (instalments, exemption, discount, refund, cancelling): no service's object. */
const ACT_STEMS: ReadonlySet<string> = new Set(analyze('parcelar parcela parcelas parcelado parcelamento isencao isento isenta descontos desconto restituicao restituir reembolso cancelar cancelamento desmarcar recurso recursos recorrer recorro contestar'));

/**
 * The service found is named by the message's acts (ACT_STEMS) and by none of its other words: "e se negarem meu
 * pedido, tem recurso?" names the traffic fine's appeal only by "recurso" (round 3822).
 */
function namedByActOnly(t: TurnBuilder, id: string | undefined, naming: readonly string[]): boolean {
  const s = serviceOf(t.ctx, id ?? '');
  const isAct = (w: string): boolean => ACT_STEMS.has(analyze(w)[0] ?? '');
  const acts = naming.filter(isAct);
  return s !== undefined && acts.length > 0 && namesService(t.ctx, s, acts) && !namesService(t.ctx, s, naming.filter((w) => !isAct(w) && !isGlue(w)));
}

/**
 * The message's acts (ACT_STEMS), searched alone, clearly find another service than the card in view, which the rest of
 * its words do not name (namedByActOnly), and the card's own words never speak of the act (round 3825).
 */
function actNotOnCard(t: TurnBuilder, focus: Service, naming: readonly string[]): boolean {
  const acts = naming.filter((w) => ACT_STEMS.has(analyze(w)[0] ?? ''));
  if (acts.length === 0 || acts.some((w) => vocabularyOf(focus).has(analyze(w)[0] ?? ''))) return false;
  const found = t.ctx.search.search(acts.join(' '), 2);
  return found.clear && found.hits[0]?.id !== focus.id && namedByActOnly(t, found.hits[0]?.id, naming);
}

/** The card in view pointed at as the case asked about ("tem multa *pra isso*?", "*nesse caso* perco a vaga?"). */
const CASE_POINTED = /\b(?:pra|para|por|com) (?:isso|isto)\b|\b(?:nisso|disso)\b|\b(?:nesse|neste|no meu|nesse meu) caso\b/;

/**
 * A question that puts what may go wrong as a case (CONDITION: "e se eu rodar na prova?", "se eu for reprovado…"; not
 * "e se for a CNH?", which carries the question over) or points at the card in view as the case (CASE_POINTED), and
 * wishes for nothing ("e se eu quiser mudar de escola?" asks for the transfer) nor needs anything (NEEDED_CASE).
 */
function troublePut(c: SearchTurn): boolean {
  const put = (CONDITION.test(c.folded) && !/^(e )?(se|caso) (for|fosse|forem|fossem)\b/.test(c.folded)) || CASE_POINTED.test(c.folded);
  return put && isQuestion(c.m.text) && !wishes(c.m.text) && !c.m.tokens.some((w) => NEEDED_CASE.has(w));
}
/** A need put as the case ("e se eu *precisar* fechar depois?"): what is needed is asked for, as a wish is. */
const NEEDED_CASE: ReadonlySet<string> = new Set(['precisar', 'precisasse', 'precisarem', 'precisassem']);

/** Every naming word of the message is an act (ACT_STEMS) or glue: "dá pra parcelar?", "tem isenção?". */
function actOnly(naming: readonly string[]): boolean {
  const words = naming.filter((w) => !isGlue(w));
  return words.length > 0 && words.every((w) => (analyze(w)[0] ?? '') !== '' && ACT_STEMS.has(analyze(w)[0] ?? ''));
}
