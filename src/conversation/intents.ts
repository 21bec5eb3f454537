// The intent table: what a typed message means, given where the citizen is. Each entry has a name, the
// views where it applies, how it is recognised (cue phrases read like search text, or a recogniser), and
// its handler. The engine tries the entries in order and the first that recognises the message wins.
// Adding an intent is one entry here, one handler, and one test.
//
// Why this order:
//  1. Leaving a form first: inside a form, any text could otherwise be taken as an answer; asked whether
//     to leave it, "não, quero continuar" stays (a cue never runs across the comma, see reading.ts).
//  2. Commands that work anywhere (menu, ajuda, atendente, sair), then "não entendi" and "voltar": they
//     are whole messages, so they never steal a sentence that only contains one of their words.
//  3. Questions about the form field, before the text is read as the field's answer.
//  4. Yes and no to the question on screen; then an option by number or label: the citizen answers
//     what the bot just asked before anything else is considered.
//  5. Walkthrough words ("prox", "e depois?"); "ok" or "blz" alone acknowledges the step (small talk).
//  6. Categories, "me explica o passo a passo" and "pode marcar pra mim?" (not when the same words are a
//     question: "quem pode fazer a inscrição?"), then follow-up questions about the service in focus,
//     then social turns: a question with a "valeu" in it is still a question. "atendente" alone comes
//     after social turns, so that "você é humano?" is a question about the bot.
//  7. The form field's answer; then corrections and protocol look-ups; then, in a form, the offer to
//     leave for another service (or the field asked again); and last, everywhere else, a search.
// Inside a form (and its summary), cue intents count only as the whole message, so a name such as
// "Maria Prazeres" is never read as a question about deadlines; the few marked `partInForm` are the
// exception, because "quero cancelar esse pedido" and "quero falar com um atendente" must always work.
import { isEverydayWord } from '../core/lexicon.ts';
import type { Service } from '../catalogue/schema.ts';
import type { Catalogue } from '../catalogue/load.ts';
import { goBack, handleOption, quit, sayNo, sayYes } from './actions.ts';
import { isAsked } from './commands.ts';
import { emergencyNow } from './emergency.ts';
import { KNOWING, SAME_QUESTION, WHERE_STOPPED, ACK_ONLY, BACK_VERBS, STEP_WORDS, AFTER_REQUEST, WANT_OPENERS, APOLOGIES, DEFINITE_ARTICLES, DEMONSTRATIVES, DISMISS_VERBS, DISMISS_WORDS, GENERIC_WORDS, PAUSE_WORDS, INTERJECTIONS, BACK, CANCEL_FORM, CATEGORIES, CLAIM, CONSULT_FOR_ME, CORRECTION, TOLD_LATE, RESTATED, FIELD_QUESTION, FINISH, FORM_REFS, PROGRESS, HANDOFF, HANDOFF_WORD, HELP, HERE_WORDS, HOW_IT_WORKS, IN_THE_CHAT, LEAVE_FORM, LEAVE_WALK, MENU, NEXT, NEXT_VERBS, NO, PREVIOUS_SERVICE, PUT_OFF_FORM, QUIT, REPEAT, REPEAT_VERBS, REPHRASE, MANNER, SHORTER, REQUEST_WORDS, SOCIAL, GO_AHEAD, AGREE_ON_CARD, START_FORM, START_FORM_WORD, START_WALK, STAY_IN_FORM, YES, TAKE_UP_AROUND, TAKE_UP_WORDS, YOU_WORDS } from './cues.ts';
import { optionByLabel, positionIn, spellsWhole } from './choose.ts';
import { AMEND_WORDS, amendment, answerThenNext, applyAmendment, deniedAnswers, fieldSaidWrong, fieldToGoBackTo, orderedAmendment, TYPE_WORDS } from './amend.ts';
import { copyOfOwnDocument, correct, correctionWords, deniedWords, deniesFocus, valueSetRight } from './correct.ts';
import { inFormText, allCues, insideSocialCue, insideReceivedTold, knowsNothingOf, apologyOpens, cardSentenceAsked, comparisonAsked, sayComparison, sayCardSentence, ACT_NO_FORM, actOrdered, bookedForMe, bookForMe, consultForMe, noticeAsked, noticeForMe, paperHere, paperOffered, formActs, formFallback, leadingNo, LEADING_NO, leaveForAnother, letterRequest, orderToTheBot, orderedInTheChat, ownQuestionInForm, quotedInForm, requestHere, requestInOwnWords, socialTurn } from './handlers.ts';
import { searchWithTopic } from './search-readers.ts';
import { answerField, askField, takeAnswers, cancelForm, explainField, fieldsNamed, isSkip, isValidAnswer, showSummary } from './form.ts';
import { checkField } from './fields.ts';
import { analyze, fold, stem, words as searchWords, stemOrSelf } from '../search/normalize.ts';
import { CueSet, innerPauses, isGlue, isWhole, Reader, readPlain, type Reading } from './reading.ts';
import { dataAsked } from './privacy-asked.ts';
import { formOf, inForm, isFreeText, type Hit, type Message, type Place } from './message.ts';
import { isPlaceWord } from './places.ts';
import { STATUS_NOT_SEEN, statusAsked } from './status.ts';
import { awaitedDetailTold, conditionTold, lostDetailTold, vocative } from './story.ts';
import { rephrase } from './rephrase.ts';
import { keepContext, socialLine, socialReply } from './social.ts';
import { copy, isArithmetic } from './text.ts';
import { DENIALS, inTitle, knownByWords, memo, namedCount, nameStems, namesService, popularPhrases, servicesNamedBy, spokenOf, spokenOfAll, stepTextStems, stepTitleStems, titleStems, withSynonyms } from './naming.ts';
import { SHOW_STEMS, chatWay, namesOtherWhole, asksStepByStep, ackLead, ackWordsFirst, afterBack, ageAt, answerAbout, backToSeen, sayBackAsked, BECAUSE, THING_CARRIED, documentAsked, documentBelieved, documentJoined, documentLacked, thingOfFieldAsked, WHO_FILLS, requirementAsked, requirementStems, withWhoForCase, findTopics, firstListed, focusOf, followUp, guidanceOnly, isOwnWords, namingWords, pointsAt, saysOnly, standInAsked, THIS_WORDS, topicPhrases, type TopicHit } from './topics.ts';
import { opt, serviceOf, TurnBuilder } from './turn.ts';
import { cardOptions, explainTerm, sayNamesOf, relatedLabels, isQuestion, menuOptions, sayFound, sayNotOnCard, sayUnanswered, protocolPattern, sayInDanger, sayStandIn, sayThingAsked, sayToldAboutFocus, showCategories, showHandoff, showMenu, showProtocol, showService, showStep, showTopic, twoRequests, WHO_WORDS } from './views.ts';
import { ABOUT_IT, sayQuoted } from './views.ts';
import { claimStart, heardAnswer, quantityHeard, tellerPlaces } from './heard.ts';
import { ASKS_LEFT, dangerTold, emergencySentences, followingAsked, nearStemsOf, otherStateAt, passages, speltOut } from './followup.ts';
import { CARDINAL_WORDS } from './numbers.ts';
import { courseAsked, courseSentences } from './course.ts';
import { creditLines, paymentAsked, paymentTroubleTold, sayPaymentTrouble, sayTrouble, troubleTold } from './trouble.ts';
import { limitSentences } from './limits.ts';
import { finishWalk, gotoStep, leaveWalk, nextStep, ORDINALS, repeatStep, sayProgress, startWalk, startsOver, stepAskedFor, stepNamedInQuestion, stepsMoved } from './walk.ts';

/** How to use the bot, with the options already shown (or the menu's). */
function showHelp(t: TurnBuilder): void {
  t.say(copy.help, t.state.options.length > 0 ? t.state.options : menuOptions(), undefined, { kind: 'help' });
}

/** One entry of the table. */
export interface Intent {
  name: string;
  /** The views where this intent applies. */
  where: readonly Place[] | 'anywhere';
  /** Cue phrases; recognised when one appears in the message (see `whole`). */
  cues?: CueSet;
  /** The cues must make up the whole message, apart from glue words ("ok, obrigado"). */
  whole?: boolean;
  /** In a form, cues may be part of the message (otherwise a form only takes whole-message cues). */
  partInForm?: boolean;
  /** A recogniser instead of cues. */
  recognise?: (t: TurnBuilder, m: Message) => Hit | undefined;
  handle: (t: TurnBuilder, m: Message, hit: Hit) => void;
}

const c = CueSet.of;
/** The longest question about the field asked ("esse cpf tem que ser o meu mesmo ou pode ser o da minha mãe que vai?"). */
const FIELD_QUESTION_WORDS = 20;
/** The kinds of field whose value, typed after a question, is plainly the answer (see field_question). */
const OFFERED_TYPES: ReadonlySet<string> = new Set(['cpf', 'phone', 'date', 'email']);
const ALL_BUT_FORM: readonly Place[] = ['menu', 'categories', 'category', 'results', 'service', 'walkthrough', 'feedback', 'handoff'];
const QUESTIONS: readonly Place[] = ['confirm', 'feedback', 'resume', 'leave'];
/** A message that opens with "quais/qual/que" asks, with its "?" or without ("quais papel o medico tem q preencher"). */
const OPENS_ASKING = /^(e )?(quais|qual|que)\b/;

/** The table, in priority order (see the file comment). */
export const INTENTS: readonly Intent[] = [
  {
    name: 'cancel_form',
    where: ['form', 'confirm', 'leave'],
    recognise: (t, m) => {
      // "nao, deixa, continua o agendamento" carries on; "esqueci a senha do gov.br" forgot something, it drops nothing.
      if (m.tokens[0] === 'nao' && (m.pauses?.has(0) ?? false) && continueCues.union(m) !== undefined) return undefined;
      // "deixa sem", "prefiro não deixar" on an optional field leave that field blank; they drop nothing.
      const f = formOf(t);
      if (f?.form.fields[f.field]?.optional === true && isSkip(m.text)) return undefined;
      // "onde a gente parou?" asks where things stand; its "parou" stops nothing (round 3183).
      if (whereStoppedCues.union(m) !== undefined) return undefined;
      // "para um pouco, meu chefe chegou": a moment asked; the form waits (hold_form, round 3306).
      if (holdOnly(m) !== undefined) return undefined;
      // "deixa eu corrigir" asks to be let do something; it drops nothing.
      // "vou deixar o meu numero: …", "deixo o telefone dela" give something; they drop nothing (round 3704).
      // "Pensando bem, agora não. Depois eu vejo isso." in a field: put off, given up for now (round 4261).
      if (!m.freeText && putOffCues.union(m) !== undefined) return { used: putOffCues.union(m) ?? [] };
      if (!m.freeText) return cancelCues.findAll(m).find((h) => h.used.some((i) => !FORGOT.test(m.tokens[i] ?? '') && !ARRIVED.test(m.tokens[i] ?? '') && !LEFT_TOLD.test(m.tokens[i] ?? '') && !(m.tokens[i] === 'deixa' && (m.tokens[i + 1] === 'eu' || m.tokens[i + 1] === 'me')) && !leavesThing(m, i)));
      // In a free-text field only the whole message cancels, with words naming the request around the cue ("quero cancelar este pedido").
      const used = cancelCues.union(m);
      // "ah deixa quieto, nao vai dar em nada mesmo": the cue first, then only discouragement.
      // Only glue and sighs before the cue, whose own first word may be glue ("*para* tudo, prefiro ligar no 155").
      // A wish may open it too ("*quero* cancelar, vou fazer outro dia").
      // "quer saber, deixa pra lá, …", "olha, esquece": a word of exasperation closed by its pause may open it too (round 4943).
      const lead = used === undefined ? [] : m.tokens.slice(0, Math.min(...used));
      const exasperated = EXASPERATED.test(lead.join(' ')) && (m.pauses?.has(lead.length - 1) ?? false) ? lead.map((_, i) => i) : [];
      const opens = used !== undefined && (exasperated.length > 0 || lead.every((w) => isGlue(w) || DISMISSIVE.has(w) || WANT_OPENERS.has(w)));
      // "esquece, vou ligar no 162 msm": the cue first, then only another way of doing it (a call, in person).
      // "deixa, não vai trazer minha mãe de volta mesmo": a clause of futility after it, grief's among them (round 5125).
      const all = used ? [...used, ...exasperated, ...(opens ? futileClauses(m) : []), ...m.tokens.flatMap((w, i) => (FORM_REFS.has(w) || SOFTENERS.has(w) || (opens && (DISMISSIVE.has(w) || OTHER_WAY.has(w) || LATER.has(w) || TOO_HARD.has(w) || /^\d+$/.test(w))) ? [i] : []))] : undefined;
      if (all && isWhole(m, all)) return { used: all };
      // "para tudo, cancela isso ai, fiquei com medo": opening with a cancel, said again in the next part; an account
      // of what happened does not say it twice over.
      const hits = cancelCues.findAll(m);
      const clauses = new Set(hits.map((h) => clauseOf(m, h.used[0] ?? 0)));
      const cue = new Set(hits.flatMap((h) => h.used));
      const first = m.tokens.flatMap((w, i) => (clauseOf(m, i) === 0 ? [i] : []));
      const opensWithCancel = first.every((i) => cue.has(i) || isGlue(m.tokens[i] ?? '') || EMPHASIS.has(m.tokens[i] ?? ''));
      if (opensWithCancel && clauses.size >= 2 && clauses.has(0)) return { used: [...cue] };
      // "ih pera, minha esposa já mandou essa reclamação, deixa quieto": an account closed by giving up (round 4261).
      // "…, cancela essa reclamação": the request named in the form's own words (round 6361).
      const own = (w: string): boolean => f !== undefined && inFormText(f.s, w);
      // "Cancele, por favor. Vou juntar as mensagens certas e volto depois.": opened by a cancel verb (round 6361).
      return closesWithCancel(m, hits, own) ?? opensWithCancelVerb(m, hits, own);
    },
    handle: (t, m, hit) => {
      // "esquece isso, meu irmao sumiu ontem o que eu faco": the request is dropped, and what follows is a new one.
      if (!m.freeText && cancelThenAsk(t, m)) return;
      // "mudei de ideia, quero so saber o preço": the request is dropped, and the question about its service answered.
      const view = t.state.view;
      const s = view.at === 'form' || view.at === 'confirm' ? serviceOf(t.ctx, view.serviceId) : view.at === 'leave' ? serviceOf(t.ctx, view.form.serviceId) : undefined;
      const topics = s && !m.freeText ? findTopics(m, false) : undefined;
      const naming = topics ? namingWords(m, [...topics.used, ...hit.used]).filter((w) => !PAUSE_WORDS.has(w)) : [];
      // A clear question only: "esquece, vou la pessoalmente" says how the citizen will do it, and asks nothing.
      const asks = isAsked(m.text) || m.tokens.some((w) => ASKING_WORDS.has(w));
      if (!s || !topics || !asks || (naming.length > 0 && !isOwnWords(s, naming))) return cancelForm(t);
      t.say('Solicitação cancelada. Nenhum dado foi guardado.', undefined, undefined, { kind: 'notice' });
      t.go({ at: 'service', serviceId: s.id }, false);
      answerAbout(t, s, topics.topics, false);
    },
  },
  // "TA PEGANDO FOGO NO APARTAMENTO DO VIZINHO", "meu pai caiu e não está respondendo", "tem alguém tentando entrar pela
  // janela agora", in any view, a form's included: the emergency number first; the view stays (declared round 6681). Right
  // after cancel_form, which takes only the words of leaving a form. A card in focus that says what to do in danger
  // answers a threat from its own text, as before.
  {
    name: 'emergency_now',
    where: 'anywhere',
    recognise: (t, m) => {
      const kind = emergencyNow(m.text);
      if (kind === undefined) return undefined;
      const focus = focusOf(t);
      if (kind === 'crime' && focus !== undefined && !inForm(t) && emergencySentences(focus).length > 0) return undefined;
      return { used: m.tokens.map((_, i) => i) };
    },
    handle: (t, m) => {
      const kind = emergencyNow(m.text) ?? 'crime';
      t.say(copy.emergencyNow[kind], inForm(t) ? t.state.options : [opt.handoff, opt.menu], undefined, { kind: 'elsewhere' });
    },
  },
  // Asked whether to leave the form, "não, quero continuar" stays ("continuar" is not "yes" here).
  { name: 'stay_in_form', where: ['leave'], cues: c(STAY_IN_FORM), partInForm: true, handle: (t) => sayNo(t) },
  // In a form, "nao, continua o rg primeiro" after a question about something else: the field asked, again.
  // Asked whether to leave it, "ok, volta pro agendamento" and "ta, volta pro agendamento do rg" stay in it too.
  {
    name: 'continue_form',
    where: ['form', 'leave'],
    recognise: (t, m) => {
      const view = t.state.view;
      const s = view.at === 'leave' ? serviceOf(t.ctx, view.form.serviceId) : formOf(t)?.s;
      const cue = continueCues.union(m) ?? backToForm(m);
      if (!s || !cue || m.freeText) return undefined;
      const own = new Set(fold([s.title, ...s.popularNames, s.form?.title ?? ''].join(' ')).split(' '));
      const used = m.tokens.flatMap((w, i) => (cue.includes(i) || isGlue(w) || ABOUT_THE_FORM.has(w) || ACK_ONLY.has(w) || own.has(w) || nameStems(s).has(m.stems[i] ?? '') ? [i] : []));
      return isWhole(m, used) ? { used } : undefined;
    },
    handle: (t) => (t.state.view.at === 'leave' ? sayNo(t) : keepContext(t)),
  },
  // "voltei, onde a gente parou?" in a form: where things stand, the field asked again (round 3188), not an answer the
  // field's check turns down ("Não reconheci um nome").
  {
    name: 'form_where_stopped',
    // In the steps too ("voltei, continua de onde parou"): the step on screen again, not the next one. On a card, the card
    // again; with nothing in view, that no conversation is open, and the menu (lead, round 3903).
    where: ['form', 'walkthrough', 'service', 'menu', 'results'],
    recognise: (t, m) => {
      const used = whereStoppedCues.union(m) ?? sameQuestionCues.union(m);
      // In the steps, "continua de onde parou" after a question on the way goes on to the next step; back from a pause
      // ("voltei, continua de onde parou") or asking where it was ("onde a gente parou?"), the step on screen again.
      if (t.state.view.at === 'walkthrough' && nextCues.union(m) !== undefined && !m.tokens.some((w) => BACK_AGAIN.has(w))) return undefined;
      if (used !== undefined && m.tokens.length <= used.length + 3) return { used };
      // "Desculpe, o telefone tocou. Em que parte paramos?": a short account of the break, then the question closing the
      // message, naming no other service (round 6364).
      const focus = focusOf(t);
      const closing = innerPauses(m).at(-1) ?? -1;
      if (used !== undefined && focus !== undefined && closing >= 0 && closing < 8 && used.every((i) => i > closing) && m.tokens.length - closing - 1 <= used.length + 3 && !namesOtherMore(t, m, used, focus)) return { used };
      // "Boa tarde, voltei. Ainda estou com a mesma dúvida.": a hello and the return around it (round 4264).
      const around = used === undefined ? [] : m.tokens.flatMap((w, i) => (BACK_AGAIN.has(w) || STILL_THERE.has(w) ? [i] : []));
      return used !== undefined && m.tokens.length <= used.length + around.length + 3 ? { used: [...used, ...around] } : undefined;
    },
    handle: (t) => {
      const f = formOf(t);
      if (f) return askField(t, f.s, f.form, f.field, f.answers, 'Vamos continuar de onde paramos.');
      const s = t.state.view.at === 'walkthrough' ? undefined : focusOf(t);
      if (t.state.view.at !== 'walkthrough' && s === undefined) {
        t.say(copy.nothingOpen, undefined, undefined, { kind: 'notice' });
        return showMenu(t, false);
      }
      t.say('Vamos continuar de onde paramos.', undefined, undefined, { kind: 'notice' });
      if (s) return showService(t, s);
      repeatStep(t);
    },
  },
  // "acho q ja mandei isso ontem, preciso fazer de novo?", "já reclamei disso pelo 162, vai duplicar?": in a form, a request
  // made before, which the bot cannot see; said so, with how to check, and the field asked again (lead, round 3907).
  {
    name: 'form_done_before',
    where: ['form'],
    recognise: (_t, m) => {
      const joined = m.tokens.join(' ');
      // In a free-text field, only a short question: a complaint's own text may tell what was done before.
      const asked = m.freeText ? isAsked(m.text) && m.tokens.length <= 14 : isAsked(m.text) || /^(acho|eu acho|parece)\b/.test(joined);
      return asked && DONE_BEFORE.test(joined) ? { used: m.tokens.map((_, i) => i) } : undefined;
    },
    handle: (t) => {
      const f = formOf(t);
      if (f) return askField(t, f.s, f.form, f.field, f.answers, copy.doneBefore);
    },
  },
  // "peraí um minutinho", "só um momento", "calma aí, já volto": in a form, a pause, not an answer; the field waits.
  {
    name: 'hold_form',
    // On a card or a step too ("peraí q vou pegar minha pasta"): the conversation waits where it is.
    where: ['form', 'confirm', 'service', 'walkthrough'],
    recognise: (_t, m) => holdOnly(m),
    handle: (t) => {
      const f = formOf(t);
      if (f) return askField(t, f.s, f.form, f.field, f.answers, 'Tudo bem, sem pressa! Quando puder, é só responder.');
      t.say('Tudo bem, sem pressa!', undefined, undefined, { kind: 'notice' });
      keepContext(t);
    },
  },
  // In a walkthrough, "volta ao início" and "vai pra etapa 3" are steps, before the menu takes "início".
  {
    name: 'step_goto',
    where: ['walkthrough'],
    recognise: (t, m) => {
      const view = t.state.view;
      const s = view.at === 'walkthrough' ? serviceOf(t.ctx, view.serviceId) : undefined;
      // "retomando o licenciamento, qual era o primeiro passo?" in the steps of the IPVA: a step of the service gone back to.
      if (s && backToSeen(t, m)) return undefined;
      const after = s ? afterNotFollowing(m) : undefined;
      const n = s ? (stepsMoved(m, view.at === 'walkthrough' ? view.step : 0, s.steps.length) ?? stepAskedFor(m, s.steps.length, (w) => isOwnWords(s, [w])) ?? stepByNumber(m, s.steps.length) ?? stepDescribed(t, m, s) ?? stepNamedInQuestion(m, s.steps.length) ?? (after && stepAskedFor(after, s.steps.length, (w) => isOwnWords(s, [w])))) : undefined;
      // Already on the first step, "quero começar de novo" can only mean the whole conversation: the menu takes it.
      if (n === 1 && view.at === 'walkthrough' && view.step === 0 && startsOver(m)) return undefined;
      // So can the menu's own words for the beginning ("voltar ao início", "volta pro começo") on the first step.
      if (n === 1 && view.at === 'walkthrough' && view.step === 0 && cueHit(menuIntent, m, false)) return undefined;
      return n === undefined ? undefined : { used: [], n };
    },
    handle: (t, _m, hit) => gotoStep(t, hit.n ?? 1),
  },
  // Asked whether to leave the form, "pode sair sim" leaves (and "sair" is not quitting the whole conversation here).
  {
    name: 'leave_form',
    where: ['leave'],
    recognise: (t, m) => {
      const cues = leaveFormCues.union(m);
      // "sim, quero sair deste agendamento": with words naming the request left.
      const used = cues ? [...cues, ...m.tokens.flatMap((w, i) => (FORM_REFS.has(w) || LEFT_REFS.has(w) ? [i] : []))] : undefined;
      if (used && isWhole(m, used)) return { used };
      // "sim, quero ver a da cnh primeiro" asked whether to leave for the CNH's 2nd copy: a yes, then only words of the
      // service offered (and of doing it first); searched, "primeiro" found the first licence (round 3662).
      return used && offeredOnly(t, m, used) ? { used } : undefined;
    },
    handle: (t) => sayYes(t),
  },
  {
    name: 'menu',
    where: 'anywhere',
    cues: c(MENU),
    whole: true,
    // "quero voltar pro menu", "queria ir pro início": a wish before the cue does not keep it from being the message.
    recognise: (t, m) => {
      const hit = cueHit(menuIntent, m, inForm(t));
      if (hit || inForm(t) || m.freeText) return hit;
      const used = menuIntent.cues?.union(m);
      const wish = m.tokens.flatMap((w, i) => (MENU_WISH.has(w) ? [i] : []));
      if (used && wish.length > 0 && isWhole(m, [...used, ...wish])) return { used: [...used, ...wish] };
      return used ? menuAfterPutOff(t, m, used) : undefined;
    },
    handle: (t) => {
      t.unfocus();
      showMenu(t, false);
    },
  },
  {
    name: 'help',
    where: 'anywhere',
    recognise: (t, m) => {
      // "valeu, me ajudou demais", "ajudaram muito": help already given is thanks (small talk), not a call for help.
      if (m.tokens.some((w) => HELPED.has(w))) return undefined;
      const hit = cueHit(helpIntent, m, inForm(t));
      if (hit || m.freeText) return hit;
      // "to precisando de ajuda com um trem do meu pai", "preciso de ajuda com uma coisa": help with a thing not yet
      // named, for someone, is still the request for help (nothing to search, no documents asked).
      const cues = helpCues.union(m);
      const vague = m.tokens.flatMap((w, i) => (VAGUE_THINGS.has(w) || WHO_WORDS.has(w) || w === 'com' || w === 'sobre' ? [i] : []));
      return cues && vague.some((i) => VAGUE_THINGS.has(m.tokens[i] ?? '')) && isWhole(m, [...cues, ...vague]) ? { used: [...cues, ...vague] } : undefined;
    },
    handle: (t) => showHelp(t),
  },
  // On a service, "como funciona?" asks how the service works (a follow-up, below).
  // On a list of results with services found, "como funciona?" is a follow-up about the first one listed (below).
  {
    name: 'help_how_it_works',
    where: ['menu', 'categories', 'category', 'results', 'feedback', 'handoff'],
    recognise: (t, m) => (firstListed(t) === undefined ? cueHit(howItWorks, m, false) : undefined),
    handle: (t) => showHelp(t),
  },
  {
    name: 'handoff',
    where: 'anywhere',
    // "estou falando com uma pessoa ou com uma máquina?" asks what the bot is (small talk), not for a person.
    recognise: (t, m) => {
      // "quero falar com uma pessoa *de verdade*": a bot cue inside a request for a person asks nothing about the bot
      // ("estou falando com uma pessoa de verdade?" still does: nobody asks for anything).
      const wants = m.tokens.some((w) => HANDOFF_WANTS.has(w));
      const asked = new Set(wants ? handoffCues.union(m) ?? [] : []);
      // "cadê o atendente de verdade? não quero falar com máquina": the bot refused is a person wanted (r40 lead).
      const refused = BOT_REFUSED.test(m.tokens.join(' '));
      if (!refused && botCues.findAll(m).some((b) => !b.used.every((i) => asked.has(i)))) return undefined;
      // "tem algum telefone pra falar com uma pessoa?" on a card: the card's own phones are where a person answers for
      // the service (round 3302); the follow-up on contact says them, and the service stays in view.
      if (focusOf(t) !== undefined && findTopics(m, false)?.topics.includes('contact') === true) return undefined;
      if (!m.freeText) return handoffCues.findAll(m)[0] ?? (refused ? { used: m.tokens.map((_, i) => i) } : undefined);
      const used = handoffCues.union(m);
      return used && isWhole(m, used) ? { used } : undefined;
    },
    handle: (t, m, hit) => {
      // "tem algum número pra falar com alguém?" on a card: the card's phones (round 3302).
      const focus = focusOf(t);
      if (focus !== undefined && !inForm(t) && m.tokens.some((w) => PHONE_WORDS.has(w))) {
        t.go({ at: 'service', serviceId: focus.id }, false);
        return answerAbout(t, focus, ['contact'], false);
      }
      if (!needBesideHandoff(t, m, hit.used)) showHandoff(t);
    },
  },
  {
    name: 'quit',
    where: 'anywhere',
    cues: c(QUIT),
    whole: true,
    // "sair disso" in the steps leaves the steps (LEAVE_WALK), not the conversation: a leave cue that holds the "sair".
    recognise: (t, m) => {
      const hit = cueHit(quitIntent, m, inForm(t));
      // "o que eu falo?" asks what to say ("falo" is one letter from "falou", a goodbye): a question of what, who,
      // where, when or which is no goodbye (round 3700). "como saio?" still leaves.
      if (hit && m.tokens.some((w, i) => QUIT_QUESTION.has(w) && !hit.used.includes(i))) return undefined;
      if (t.state.view.at === 'walkthrough' && leftAlone(m)) return undefined;
      const leaving = t.state.view.at === 'walkthrough' ? leaveWalkCues.union(m) : undefined;
      return hit && leaving && hit.used.every((i) => leaving.includes(i) || !QUIT_WORDS.has(m.tokens[i] ?? '')) ? undefined : hit;
    },
    handle: (t) => quit(t),
  },
  // "oq é danfe? entendi nada", "como assim consulta de viabilidade?": not following, asked of a word of the card in view.
  {
    name: 'explain_term',
    where: ['service', 'walkthrough'],
    recognise: (t, m) => (termAsked(t, m) ? { used: [] } : undefined),
    handle: (t, m) => {
      const asked = termAsked(t, m);
      const focus = focusOf(t);
      if (asked && focus) explainTerm(t, focus, m.tokens.filter((_, i) => !asked.cue.includes(i)).join(' '), asked.terms);
    },
  },
  // "o CRV é o DUT ne?", "ah isso é o antigo supletivo ne?": whether a name is another, or the card's old name (round 5421).
  {
    name: 'name_asked',
    where: ['service', 'walkthrough'],
    recognise: (t, m) => (namesAsked(t, m) ? { used: [] } : undefined),
    handle: (t, m) => {
      const names = namesAsked(t, m);
      const focus = focusOf(t);
      if (names && focus) sayNamesOf(t, focus, names);
    },
  },
  // "espera, ela nao entendeu, repete", "Volte uma etapa, ele perdeu essa parte.", "Já fizemos essa ontem. Siga para a
  // etapa 2.": in the steps, one clause moves in them and the others only say why (the one helped along did not follow,
  // it was done already, the citizen writes it down): the move (lead, round 3703).
  {
    name: 'walk_move_beside_aside',
    where: ['walkthrough'],
    recognise: (t, m) => (walkMoveBesideAside(t, m) === undefined ? undefined : { used: m.tokens.map((_, i) => i) }),
    handle: (t, m) => {
      const move = walkMoveBesideAside(t, m);
      move?.intent.handle(t, move.m, move.hit);
    },
  },
  // "resume tudo ai", "resumindo, oq eu faço?", "em poucas palavras, como funciona?" on a card: the card in short (what it
  // is, who may ask, cost, time, how and who does it), whatever was asked before; not the walkthrough (round 5964).
  {
    name: 'summary',
    where: ['service'],
    recognise: (t, m) => {
      const cue = shorterCues.union(m);
      if (!cue) return undefined;
      const found = findTopics(m, false);
      const how = found !== undefined && found.topics.length === 1 && found.topics[0] === 'how';
      const all = m.tokens.flatMap((w, i) => (WHOLE_WORDS.has(w) ? [i] : []));
      if (found !== undefined && !how) return undefined;
      if (!how && all.length === 0) return undefined;
      const used = [...cue, ...(found?.used ?? []), ...all];
      return saysOnly(t, m, used) ? { used } : undefined;
    },
    handle: (t) => rephrase(t, true),
  },
  {
    name: 'rephrase',
    where: 'anywhere',
    // "não entendi essa etapa": the cue, with words pointing at what was said.
    recognise: (t, m) => {
      // "e pra boi?", "posso viajar sem ela?": slang for not following ("boiei", "viajei") counts only as typed; the
      // ox and travelling share its stem.
      const cue = rephraseCues.union(m, slangAsTyped(m));
      // "como?" alone, asked back: "pardon?" ("e como?" still asks how it is done).
      if (cue === undefined && m.tokens.length === 1 && m.tokens[0] === 'como' && isAsked(m.text)) return { used: [0] };
      // "manda o passo a passo q eu vou lendo pra ele": a "que" inside the sentence joins its clauses; it is no "quê?".
      // Nor a "que" of "tenho que …" (having to) or of "por que" (why): "Tenho que explicar por que quero a informação?"
      // asks whether the citizen must explain, not for the bot to explain again.
      if (cue && cue.every((i) => m.tokens[i] === 'que' && ((i >= 2 && i <= m.tokens.length - 3) || JOINED_QUE.has(m.tokens[i - 1] ?? '')) && i < m.tokens.length - 1)) return undefined;
      // "n entendi esse negocio de dbe": a word of the step in view, after the cue, points at what was not understood.
      const hit = withWords(t, m, cue, cue ? new Set([...REPEAT_VERBS, ...POINTING_AT, ...stepWords(t)]) : REPEAT_VERBS);
      // "tenho que dizer o motivo?", "preciso explicar pra que quero?": a verb of saying that the citizen must do is
      // what is asked about (whether they must say it), not a request that the bot say it again.
      if (hit && hit.used.some((i) => mustSay(m, i))) return undefined;
      // "não entendo nada de projeto de incêndio", "ela não entende nada de internet": not knowing a subject, in the
      // present, tells the citizen's case (the card may say who does it for them), not that the reply was unclear.
      if (hit && knowsNothingOf(m)) return undefined;
      // "e o q tem q mandar" asks for the documents: the verb that made "o que" a rephrase is part of a question cue.
      const question = hit ? findTopics(m, false) : undefined;
      if (hit && question?.strong && question.used.some((i) => hit.used.includes(i))) return undefined;
      // "pra que isso?" in a form asks what the field is for: the "que" is part of a field question's cue.
      if (hit && t.state.view.at === 'form' && fieldQuestionCues.findAll(m).some((q) => q.used.some((i) => hit.used.includes(i)))) return undefined;
      // "me fala num português claro o passo a passo": a way of saying, with the steps named, asks for the steps (r40c).
      if (hit && mannerCues.union(m) !== undefined && stepWordCues.union(m) !== undefined) return undefined;
      return hit;
    },
    handle: (t) => rephrase(t),
  },
  {
    name: 'previous_service',
    where: ['service', 'results'],
    // "nao nao, tava certo antes": the service in focus before the last change of subject (a correction, a detour).
    recognise: (t, m) => {
      const used = previousService(t) ? previousCues.union(m) : undefined;
      return used ? { used } : undefined;
    },
    handle: (t) => {
      const s = previousService(t);
      if (s) showService(t, s);
    },
  },
  {
    name: 'back_to_seen',
    where: ['service', 'results', 'menu', 'walkthrough'],
    // "volta pra certidao" after a detour to closing a company: the service seen before that the words name.
    recognise: (t, m) => (backToSeen(t, m) ? { used: m.tokens.map((_, i) => i) } : undefined),
    handle: (t, m) => {
      const s = backToSeen(t, m);
      if (!s) return;
      // "voltando pra adição de categoria, qual era o passo 3?": the step asked for, of the service gone back to.
      const n = stepAskedFor(m, s.steps.length, (w) => isOwnWords(s, [w])) ?? stepNamedInQuestion(m, s.steps.length);
      if (n !== undefined && n >= 1 && n <= s.steps.length) return showStep(t, s, n - 1);
      // "volta na de agua, da pra parcelar as atrasada?" after the power bill: a question after the words gone back to is
      // asked of the service gone back to; its sentence holding the question's words, shown there (round 1962).
      const asked = afterBack(m.text);
      if (asked !== undefined && sayBackAsked(t, s, asked)) return;
      // "Voltando à identidade: dá pra agendar?": with no sentence of it holding the question's words, the question's topic
      // is answered from its card, as on the card itself (round 6041).
      const topics = asked === undefined ? undefined : findTopics(readMessage(t, asked), false)?.topics;
      if (topics !== undefined && topics.length > 0) return answerAbout(t, s, topics, true);
      showService(t, s);
    },
  },
  // "me avisa quando a Junta deferir", "você pode me mandar um lembrete no dia anterior?" on a card: the bot sends nothing
  // later; what the card says of when the result comes or how the date is booked, the card kept (round 5922). Before
  // back, whose "anterior" the reminder's day would take.
  {
    name: 'notice_for_me',
    where: ['service'],
    recognise: (t, m) => {
      if (focusOf(t) === undefined || !noticeAsked(m) || someoneElseCan(m) || someoneElseDoes(m)) return undefined;
      // "me lembra o link", "me lembra os documentos": told again (the topic asked), no reminder.
      return (findTopics(m, false)?.topics ?? []).every((x) => x === 'time' || x === 'appointment') ? { used: [] } : undefined;
    },
    handle: (t, m) => noticeForMe(t, m),
  },
  {
    name: 'back',
    where: 'anywhere',
    // "desculpe, pode voltar à etapa anterior?": the cue, with apologies and words of asking around it.
    recognise: (t, m) => {
      // "volta pra tela do serviço", "sai do passo a passo e volta pro serviço": in the steps, back to the card (below).
      if (t.state.view.at === 'walkthrough' && leavesSteps(t, m)) return undefined;
      // "voltei" says the citizen is back, not "go back"; "volto mais tarde" that they will come back (small talk).
      const later = laterCues.union(m) ?? [];
      // "o veículo pode voltar a circular?": "voltar a" and a verb says doing it again, not going back.
      // So with the infinitive's "r" dropped, as spoken ("kero volta a estuda"), when the catalogue writes the verb with it.
      const verb = (w: string): boolean => /^[a-z]{2,}(ar|er|ir)$/.test(w) || (/^[a-z]{3,}[aei]$/.test(w) && t.ctx.search.knows(`${w}r`));
      const again = (i: number): boolean => m.tokens[i + 1] === 'a' && verb(m.tokens[i + 2] ?? '');
      // "tenho que voltar lá?", "preciso voltar ali pra pegar?": having to go back to a place, not in the chat ("volta
      // lá" alone still is).
      const there = (i: number): boolean => THERE.has(m.tokens[i + 1] ?? '') && HAVING_TO.has(m.tokens[i - 1] ?? '');
      // "da pra pegar o dinheiro de volta?": a thing had "de volta" is got back, not the chat gone back (round 4223).
      const gotBack = (i: number): boolean => m.tokens[i] === 'volta' && m.tokens[i - 1] === 'de';
      const cues = backCues.union(m)?.filter((i) => !RETURNED.has(m.tokens[i] ?? '') && !later.includes(i) && !again(i) && !there(i) && !gotBack(i) && !OTHERS.has(m.tokens[i - 1] ?? '') && !(m.tokens[i] === 'retorno' && GIVING.has(m.tokens[i - 1] ?? '')));
      if (!cues || cues.length === 0) return undefined;
      // "pera, volta q eu nao li direito": a pause word before, and the reason after "que"/"pq" following the cue.
      const reason = reasonAfter(m, cues);
      // In the steps, the steps named as where to go back to ("voltar pros passos") are part of the request.
      const steps = t.state.view.at === 'walkthrough' && backToTheSteps(m) ? (stepWordCues.union(m) ?? []) : [];
      // "volta 1": the digit right after the cue is "volta um", one step back.
      const one = m.tokens.flatMap((w, i) => (w === '1' && cues.includes(i - 1) ? [i] : []));
      const used = [...cues, ...reason, ...steps, ...one, ...m.tokens.flatMap((w, i) => (APOLOGIES.has(w) || REQUEST_WORDS.has(w) || PAUSE_WORDS.has(w) || w === 'desculpe' ? [i] : []))];
      return saysOnly(t, m, used) ? { used } : undefined;
    },
    // "volta pro passo a passo", "voltar pras etapas" after a question asked in the steps: back to the steps themselves,
    // the step the citizen was on; "volta uma etapa", "passo anterior", a bare "volta" go to the step before.
    handle: (t, m) => (t.state.view.at === 'walkthrough' && backToTheSteps(m) ? repeatStep(t) : goBack(t)),
  },
  {
    name: 'field_question',
    where: ['form'],
    recognise: (t, m) => {
      // "precisa do nome completo msm?" on the name: a short question naming the field asked is about it.
      const f = formOf(t);
      // "essa data é a data certa ou só a que eu prefiro?", "esse cpf tem que ser o meu mesmo ou pode ser o da minha mãe
      // que vai?": a longer question naming the field too, when its words find no other service first ("qual o cpf que
      // eu uso pra consultar o ipva atrasado?" asks about the IPVA).
      // Found and named by its words: "o cpf q eu *ponho* é o meu ou o dela?" finds the fines' points, and names nothing
      // of them (round 3862).
      const other = (): boolean => {
        const top = serviceOf(t.ctx, t.ctx.search.search(m.text, 2).hits[0]?.id ?? '');
        return top !== undefined && top.id !== f?.s.id && namesService(t.ctx, top, m.tokens);
      };
      const shortOrOwn = (n: number): boolean => n <= 10 || (n <= FIELD_QUESTION_WORDS && !other());
      // "pode ser o do abrigo? 31 3277-6500": the question, then the answer it offers, valid on its own (round 3867); only
      // a value of digits or an e-mail ("todo mundo me conhece por Tiao" after a question on the name is no name given).
      const offered = m.text.slice(m.text.lastIndexOf('?') + 1).trim();
      const fieldAsked = f?.form.fields[f.field];
      // A blank offered after the question ("o email é obrigatório? não uso muito") is the citizen's case: the question is
      // answered (the field is optional, the form says how to skip it) before anything is left blank.
      if (fieldAsked && OFFERED_TYPES.has(fieldAsked.type) && !m.freeText && offered !== '' && isAsked(m.text) && isValidAnswer(t, fieldAsked, offered) && !isSkip(offered)) return undefined;
      if (f && isAsked(m.text) && fieldsNamed(f.form, m.text).includes(f.field) && shortOrOwn(m.tokens.length)) return fieldQuestionCues.findAll(m)[0] ?? { used: [] };
      // "precisa ser o nome completo? todo mundo me conhece por Tiao": the short question first, then the citizen's case.
      const asked = m.text.slice(0, m.text.indexOf('?'));
      if (f && !m.freeText && isAsked(m.text) && fieldsNamed(f.form, asked).includes(f.field) && shortOrOwn(reader.read(asked, () => false).tokens.length)) return fieldQuestionCues.findAll(m)[0] ?? { used: [] };
      // "como q pede o seguro desemprego?" at the CPF: a cue word that is a word of a service's name with the word next
      // to it ("seguro" of "seguro-desemprego", not "é seguro?") asks nothing about the field.
      const bigrams = nameBigrams(t.ctx.catalogue);
      const inName = (i: number): boolean => bigrams.has(`${m.tokens[i] ?? ''} ${m.tokens[i + 1] ?? ''}`) || bigrams.has(`${m.tokens[i - 1] ?? ''} ${m.tokens[i] ?? ''}`);
      const named = (used: readonly number[]): boolean => {
        const words = used.filter((i) => !isGlue(m.tokens[i] ?? ''));
        return words.length > 0 && words.every(inName);
      };
      const hit = fieldQuestionCues.findAll(m).find((h) => !named(h.used));
      if (!hit) return undefined;
      // "sei lá moço, o que é isso que vc tá perguntando": only words of not knowing what is asked, even in a free-text
      // field and with no "?" (round 4263).
      const every = fieldQuestionCues.union(m);
      if (m.freeText && every && isWhole(m, every)) return { used: every };
      // In a free-text field, only a short question is a question ("pra que serve?"), not a long account.
      // Unless the field itself is named ("solicito esclarecer para que serve este campo", round 4153).
      // Nor one that points at what is asked with nothing else ("pra que serve isso", "pq isso aqui"), round 6261.
      if (m.freeText && !(isAsked(m.text) && m.tokens.length <= 14) && !isWhole(m, hit.used) && !THIS_FIELD.test(m.tokens.join(' ')) && !pointsAtField(m, hit.used)) return undefined;
      // Nor a "why" asked of something of the world ("Por que *a escola* não tem professor desde março?" as the account):
      // an article and a noun after the cue make it the citizen's question to the service, so the answer.
      if (m.freeText && whyOfTheWorld(m, hit.used)) return undefined;
      const field = formOf(t)?.form.fields[(formOf(t)?.field ?? 0)];
      // A valid answer that happens to contain a cue word is an answer (a name, a município).
      // "se for roubo muda alguma coisa": an answer put as a condition asks what it would change.
      const lead = m.tokens[0] === 'e' ? m.tokens[1] : m.tokens[0];
      const conditional = lead === 'se' || lead === 'caso';
      if (field && !m.freeText && !isAsked(m.text) && !conditional && isValidAnswer(t, field, m.text)) return undefined;
      return hit;
    },
    handle: (t, m) => {
      const f = formOf(t);
      if (f) explainField(t, f.s, f.form, f.field, f.answers, m.text);
    },
  },
  // "contagem, nao pera, errei, é betim", "carteira de identidade. nao pera, errei, é pra recuperar a conta gov.br": the
  // answer typed, taken back and typed again in one message; the last one is meant, and said back.
  {
    name: 'self_corrected',
    where: ['form'],
    recognise: (t, m) => {
      const value = selfCorrected(t, m.text);
      return value === undefined ? undefined : { used: [], value };
    },
    handle: (t, _m, hit) => {
      const f = formOf(t);
      const value = hit.value;
      const field = f?.form.fields[f.field];
      if (!f || value === undefined || !field) return;
      const check = checkField(field, value, t.ctx.now, t.ctx.catalogue.synonyms);
      t.say(`Certo, anotei: *${field.label}*: ${check.ok ? check.value : value}.`, undefined, undefined, { kind: 'notice' });
      answerField(t, f.s, f.form, f.field, f.answers, value);
    },
  },
  // "volta no motivo, na verdade foi furtado", "volta, meu nome saiu errado, é José com acento": going back to an
  // earlier field the message names asks that field again (the citizen answers it anew, with a button or typed).
  {
    name: 'back_to_field',
    where: ['form'],
    recognise: (t, m) => {
      const f = formOf(t);
      const back = backCues.union(m)?.filter((i) => !RETURNED.has(m.tokens[i] ?? ''));
      if (!f || !back || back.length === 0) return undefined;
      const n = fieldToGoBackTo(f, m.tokens, back, m.freeText);
      return n === undefined ? undefined : { used: back, n };
    },
    handle: (t, _m, hit) => {
      const f = formOf(t);
      if (f) askField(t, f.s, f.form, hit.n ?? 0, f.answers, 'Tudo bem, vamos corrigir.');
    },
  },
  // "errei meu nome, é Fulano de Tal Moreira" while the CPF is asked: the earlier answer takes the new value, and the
  // CPF is asked again. In a free-text field, only a short message that opens by amending ("ah muda pra denúncia").
  {
    name: 'amend_answer',
    where: ['form'],
    recognise: (t, m) => {
      const f = formOf(t);
      if (!f || f.field === 0) return undefined;
      const cue = withoutVerbWait(m, allCues(m, correctionCues))?.used ?? [];
      const used = [...cue, ...m.tokens.flatMap((w, i) => (AMEND_WORDS.has(w) && !cue.includes(i) ? [i] : [])), ...answerSaidOther(m)];
      // "opa, nao é carteira de identidade nao, é a ciptea": an earlier answer denied word for word amends it, cue or not.
      if (used.length === 0 && deniedAnswers(f, m.text).length === 0) return undefined;
      // "nao pera, na verdade é denúncia": a "não" and a pause before the amendment answer the bot; they lead nothing.
      const lead = m.tokens.findIndex((w) => !APOLOGIES.has(w) && !INTERJECTIONS.has(w) && !isGlue(w) && !PAUSE_WORDS.has(w) && w !== 'nao' && w !== 'nn');
      // "nao, pera, é reclamação e não sugestão": a choice answered before, denied word for word, in a short message,
      // is no account typed in the free-text field: the option said instead is its new value.
      const choiceDenied = m.tokens.length <= 12 && deniedAnswers(f, m.text).some((i) => f.form.fields[i]?.type === 'choice');
      const fix = m.freeText && (!used.includes(lead) || m.tokens.length > 12) && !choiceDenied ? undefined : amendment(t, f, m.text);
      if (fix) return { used, n: fix.index, value: fix.value };
      const ordered = m.freeText ? orderedAmendment(t, f, m.text) : undefined;
      if (ordered) return { used, n: ordered.index, value: ordered.value };
      // In a free-text field, a short message that amends an earlier answer without opening by amending ("Espere, o
      // município está errado, foi em Coronel Fabriciano.", "nao pera, e reclamacao, cliquei errado"): that field is
      // asked again, its value not taken from what may be an account, nor the message taken as the answer.
      const unsure = m.freeText && m.tokens.length <= 12 ? amendment(t, f, m.text) : undefined;
      if (unsure) return { used, n: unsure.index };
      // "pera errei a cidade", "o cpf saiu errado" with no new value: that field is asked again (then the form goes on
      // where it was). The message says nothing else, so in a free-text field too.
      // Outside a free-text field, the first clause may say it alone, a reason after it ("…, esqueci de falar q…").
      const firstPause = Math.min(...[...(m.pauses ?? [])]);
      const wrong = fieldSaidWrong(f, m.tokens, m.freeText || !Number.isFinite(firstPause) ? undefined : firstPause);
      return wrong === undefined ? undefined : { used, n: wrong };
    },
    handle: (t, _m, hit) => {
      const f = formOf(t);
      if (f && hit.n !== undefined && hit.value !== undefined) return applyAmendment(t, f, { index: hit.n, value: hit.value });
      if (f && hit.n !== undefined) askField(t, f.s, f.form, hit.n, f.answers, 'Tudo bem, vamos corrigir.');
    },
  },
  // "opa o telefone ta errado, quero corrigir" on the summary: that field again, the other answers kept.
  {
    name: 'fix_field',
    where: ['confirm'],
    recognise: (t, m) => {
      const n = fieldToFix(t, m);
      // "furto ou roubo" typed on the summary: an option of one choice field, said alone, is that field's new value.
      if (n === undefined) return choiceRetyped(t, m) ?? amendedOnSummary(t, m);
      // "mude a data para 22/04/2027": the new value comes with the message; the summary shows it at once.
      const view = t.state.view;
      const s = view.at === 'confirm' ? serviceOf(t.ctx, view.serviceId) : undefined;
      const fix = view.at === 'confirm' && s?.form ? amendment(t, { s, form: s.form, field: s.form.fields.length, answers: view.answers }, m.text) : undefined;
      // "quero mudar o motivo, na verdade foi roubado", "corrigir o municipio, foi em contagem": a wish to edit the
      // field (its verb in the infinitive) with no "para" before a new value asks for the field again; what follows
      // tells why. "muda a data pra 23/03", "o certo é …" give the value: it is taken; so is a value typed in digits
      // (a date, a telephone), which nothing else in the message can be.
      // So is a value opening its clause with "é" ("quero corrigir o nome, é Antonio …").
      const given = m.tokens.some((w, i) => (w === 'e' || w === 'eh') && i > 0 && m.pauses?.has(i - 1) === true);
      const editing = m.tokens.some((w) => EDIT_INFINITIVES.has(w)) && !m.tokens.includes('para') && !/\d/.test(m.text) && !given;
      return fix?.index === n && !editing ? { used: [], n, value: fix.value } : { used: [], n };
    },
    handle: (t, _m, hit) => {
      const view = t.state.view;
      const s = view.at === 'confirm' ? serviceOf(t.ctx, view.serviceId) : undefined;
      const field = s?.form?.fields[hit.n ?? 0];
      if (view.at === 'confirm' && s?.form && field && hit.value !== undefined) return showSummary(t, s, s.form, { ...view.answers, [field.id]: hit.value });
      if (view.at === 'confirm' && s?.form) askField(t, s, s.form, hit.n ?? 0, view.answers, 'Tudo bem, vamos corrigir.');
    },
  },
  { name: 'yes', where: QUESTIONS, cues: c(YES), whole: true, handle: (t) => sayYes(t) },
  // "meu nome ta certo, pode mandar", "o telefone é esse mesmo, pode enviar" on the summary: a yes, with only words
  // saying a field is right around it, confirms (no amending: those are read above).
  { name: 'summary_yes', where: ['confirm'], recognise: (t, m) => summaryYes(t, m), handle: (t) => sayYes(t) },
  // "pode registrar", "pode finalizar o pedido", "registra aí" on the summary: a go-ahead said by what the bot will do, a yes.
  { name: 'summary_go', where: ['confirm'], recognise: (_t, m) => summaryGo(m), handle: (t) => sayYes(t) },
  { name: 'no', where: QUESTIONS, cues: c(NO), whole: true, handle: (t) => sayNo(t) },
  {
    name: 'option',
    where: [...ALL_BUT_FORM, 'confirm', 'resume', 'leave'],
    recognise: (t, m) => {
      const options = t.state.options;
      if (options.length === 0) return undefined;
      const n = positionIn(m, options.length);
      if (n !== undefined) return { used: [], n };
      const o = optionByLabel(m, options);
      // "A consulta é paga?" on the vehicle lookup: a clear question that spells only part of a button ("Consultar e
      // pagar IPVA") asks about the card; it chooses nothing.
      const asking = o !== undefined && isAsked(m.text) && (findTopics(m, false)?.strong === true || askedOfFocusTitle(t, m)) && !spellsWhole(m, o);
      // "q servicos vcs tem?" on the menu: asking which services there are, as the whole message, is the categories'
      // cue, not the "Buscar um serviço" button its "serviços" brushes.
      const listing = o !== undefined && isAsked(m.text) && isWhole(m, listingCues.union(m) ?? []);
      // "Você pode agendar o atendimento na UAI para mim?" on the gov.br account: a booking ordered to the bot, of the card's
      // own things, is no button pressed (round 5921: book_for_me).
      const ordered = o !== undefined && t.state.view.at === 'service' && bookedForMe(t, m) !== undefined;
      if (o && !asking && !listing && !ordered) return { used: [], n: options.indexOf(o) + 1 };
      // "começa pelo ipva" on a list of results: the one listed service the words name.
      const named = t.state.view.at === 'results' ? namedListed(t, m) : undefined;
      return named !== undefined ? { used: [], n: named + 1 } : undefined;
    },
    handle: (t, _m, hit) => {
      const option = t.state.options[(hit.n ?? 0) - 1];
      if (option) return handleOption(t, option.id);
      t.say(`Digite um número de 1 a ${t.state.options.length}, ou escreva o que você procura.`, t.state.options, undefined, { kind: 'notice' });
    },
  },
  {
    name: 'step_next',
    where: ['walkthrough'],
    recognise: (t, m) => {
      // "E depois disso, o que eu faço?": a whole cue, split by a comma (cues match within a clause).
      // "e?", "e entao?": the "and" alone, asking what comes after the step on screen.
      if (NEXT_WHOLE.has(m.tokens.join(' ')) || AND_THEN.has(m.tokens.join(' '))) return { used: m.tokens.map((_, i) => i) };
      const cues = nextCues.union(m);
      const used = cues ? [...cues, ...m.tokens.flatMap((w, i) => (NEXT_VERBS.has(w) && !cues.includes(i) ? [i] : [])), ...vocative(m)] : undefined;
      // "ok" or "blz" alone acknowledges the step (small talk); with a real cue ("blz, próximo") it is "next".
      // "pode repetir este passo?": a step word ("passo") met by a verb's stem ("passa") is the step named, no "next".
      // "repete esse passo aí": nor is the "aí" pointing at it, though "passa aí" goes on (round 4941).
      if (!cues || !used || !cues.some((i) => !ACK_ONLY.has(m.tokens[i] ?? '') && !STEP_WORDS.has(m.tokens[i] ?? '') && !(m.tokens[i] === 'ai' && STEP_WORDS.has(m.tokens[i - 1] ?? '')))) return undefined;
      // "manda de novo" repeats and "para, não quero mais ver isso" leaves: a longer cue of another step intent
      // holds the word the next cue matched ("manda", "mais").
      // "avança de novo" still goes on: "de novo" does not hold "avança".
      // "manda o passo a passo" on step 2 starts the steps again.
      for (const rival of [repeatCues.union(m), leaveWalkCues.union(m), startWalkCues.union(m)]) {
        if (rival && rival.length > cues.length && cues.every((i) => rival.includes(i))) return undefined;
      }
      // "pode sair do passo a passo, o resto eu vejo depois": leaving, its reason beside it, is no "show the rest".
      if (leavesSteps(t, m) !== undefined) return undefined;
      // "moro em uberaba, entao pula o agendamento": the step after the one the citizen asks to skip.
      const skipped = stepSkipped(t, m);
      if (skipped !== undefined) return { used, n: skipped + 1 };
      // "ja fiz a atpv e ja paguei o dae, e agora?": the step after the last one the citizen says is done.
      const done = lastDone(t, m, Math.max(-1, ...[...(m.pauses ?? [])].filter((p) => p < Math.max(...cues))));
      if (done !== undefined) return { used, n: done + 1 };
      // "e depois de pagar?", "e dispois de agendá?": the step after the one that does that act (round 4402).
      const afterAct = stepAfterAct(t, m);
      if (afterAct !== undefined) return { used, n: afterAct };
      if (saysOnly(t, m, used)) return { used };
      // "Já legalizei os documentos. Qual é o próximo passo?": the last clause asks for the next step alone; what
      // comes before it tells what the citizen did.
      // "… no meu caso. Prossiga, por favor.": the clause of the last real cue, politeness after it.
      const lastReal = Math.max(-1, ...cues.filter((i) => !ACK_ONLY.has(m.tokens[i] ?? '')));
      const pause = Math.max(-1, ...[...(m.pauses ?? [])].filter((p) => p < lastReal));
      const clause = m.tokens.map((_, i) => i).filter((i) => i > pause);
      const real = cues.filter((i) => i > pause && !ACK_ONLY.has(m.tokens[i] ?? ''));
      const polite = (w: string): boolean => w === 'por' || w === 'favor' || w === 'obrigado' || w === 'obrigada';
      // "não tenho esse documento ainda, mas me mostra o resto": a "but" opens the clause that asks to go on.
      const but = (w: string): boolean => w === 'mas' || w === 'porem';
      return pause >= 0 && real.length > 0 && clause.every((i) => used.includes(i) || isGlue(m.tokens[i] ?? '') || ASKING.has(m.tokens[i] ?? '') || polite(m.tokens[i] ?? '') || but(m.tokens[i] ?? '')) ? { used } : undefined;
    },
    handle: (t, _m, hit) => (hit.n !== undefined ? gotoStep(t, hit.n) : nextStep(t)),
  },
  // "já paguei o dae", "o vendedor já assinou a atpv", "já agendei" in the steps: a thing done, told without asking
  // anything, that a step's own words name (the one on screen or a later one): the step after it.
  {
    name: 'step_done',
    where: ['walkthrough'],
    recognise: (t, m) => {
      const n = isAsked(m.text) ? undefined : stepAfterDone(t, m);
      return n === undefined ? undefined : { used: [], n };
    },
    handle: (t, _m, hit) => gotoStep(t, hit.n ?? 1),
  },
  // "quantas etapas faltam?", "falta muito?": where the citizen is in the steps, and how many are left.
  { name: 'step_progress', where: ['walkthrough'], cues: c(PROGRESS), whole: true, handle: (t) => sayProgress(t) },
  {
    name: 'step_repeat',
    where: ['walkthrough'],
    // "fala de novo", "me mostra essa etapa outra vez": a repeat cue, with verbs of saying around it; "hã? repete",
    // "n entendi, repete": what is said when the step was not understood comes with it.
    recognise: (t, m) => {
      const cues = repeatCues.union(m);
      // Only before the request: "repete que eu nao li" gives a reason after it (see `reasonAfter`).
      const before = cues ? (rephraseCues.union(m) ?? []).filter((i) => i < Math.min(...cues)) : [];
      return withWords(t, m, cues && [...cues, ...before], REPEAT_VERBS);
    },
    handle: (t) => repeatStep(t),
  },
  { name: 'step_finish', where: ['walkthrough'], cues: c(FINISH), whole: true, handle: (t) => finishWalk(t) },
  {
    name: 'step_leave',
    where: ['walkthrough'],
    // "chega, quero sair disso": the cues, with words of asking around them.
    recognise: (t, m) => leavesSteps(t, m),
    handle: (t) => leaveWalk(t),
  },
  // "qual o numero do protocolo mesmo? nao anotei" after a request: the protocol number again.
  {
    name: 'protocol_again',
    where: ALL_BUT_FORM,
    recognise: (t, m) => (t.state.protocol !== undefined && m.tokens.includes('protocolo') && !protocolPattern.test(m.text) && m.tokens.some((w) => PROTOCOL_AGAIN.has(w)) ? { used: [] } : undefined),
    handle: (t) => {
      const p = t.state.protocol ?? '';
      t.say(`Seu número de protocolo é *${p}*.\nPara acompanhar, escreva "consultar protocolo ${p}".`, t.state.options.length > 0 ? t.state.options : undefined, undefined, { kind: 'protocol' });
    },
  },
  // "repete por favor" outside a walkthrough: the last answer again.
  {
    name: 'repeat_last',
    where: ALL_BUT_FORM.filter((p) => p !== 'walkthrough'),
    // "me ensina passo por passo devagar" on a card asks for the steps, slowly: the steps take it (start_walk).
    // "e a nova vence quando?": "nova" shares its stem with the cue "novamente", and is the new one, no repeat.
    recognise: (t, m) => (t.state.view.at === 'service' && startWalkCues.union(m) !== undefined ? undefined : withWords(t, m, repeatCues.union(m, (h) => !h.used.every((i) => NEW_ONE.has(m.tokens[i] ?? ''))), REPEAT_VERBS)),
    handle: (t) => {
      // "repete pfv, n vi" on a card: the card itself again, as it was (said "of another way", it lost words of it).
      const view = t.state.view;
      const s = view.at === 'service' ? serviceOf(t.ctx, view.serviceId) : undefined;
      if (!s) return rephrase(t);
      const topic = t.state.topic;
      const from = t.replies.length;
      // "repete por favor que minha vista é ruim" after "como faço?": the same answer again, not other words for it
      // (read as if nothing new was asked, so no sentence of the card is quoted for the words of the request).
      if (topic === undefined) showService(t, s);
      else {
        t.said = undefined;
        showTopic(t, s, topic, { kind: 'follow_up', serviceId: s.id, topic });
      }
      // "repete oq vc disse" after "gera as guias ai": what the last turn said, whole (the sentence quoted for the question,
      // what was said before the answer), with the card's own options and hint (round 5960).
      sayAgain(t, from);
    },
  },
  // "repete a parte da taxa pfv", "repete o valor" on a card: one part of what was said, named by its topic: that topic
  // again, as its answer was (no sentence quoted for the words of the request).
  {
    name: 'repeat_part',
    where: ['service'],
    recognise: (t, m) => {
      const cues = repeatCues.union(m);
      if (!cues || focusOf(t) === undefined || !m.tokens.some((w) => REPEATING.has(w))) return undefined;
      const found = findTopics(m, false);
      if (!found || found.topics.length !== 1) return undefined;
      const hit = withWords(t, m, [...cues, ...found.used], REPEAT_VERBS);
      return hit && { ...hit, topics: found };
    },
    handle: (t, _m, hit) => {
      const s = focusOf(t);
      const topic = hit.topics?.topics[0];
      if (s === undefined || topic === undefined) return;
      t.said = undefined;
      answerAbout(t, s, [topic], false);
    },
  },
  { name: 'categories', where: ALL_BUT_FORM, cues: c(CATEGORIES), whole: true, handle: (t) => showCategories(t) },
  // "nao quero o passo a passo", "não precisa das etapas, só quero saber o endereço": the steps refused (round 3700).
  {
    name: 'refuse_steps',
    where: ['service', 'feedback'],
    recognise: (t, m) => {
      const cues = startWalkCues.union(m) ?? stepWordCues.union(m);
      return cues && focusOf(t) !== undefined && refusesSteps(m, cues) ? { used: cues } : undefined;
    },
    handle: (t, m, hit) => {
      const s = focusOf(t);
      if (s === undefined) return;
      // The clauses that hold no word of the steps, read as a message of their own ("só quero saber o endereço").
      const asked = new Set(hit.used.map((i) => clauseOf(m, i)));
      const rest = m.tokens.filter((_, i) => !asked.has(clauseOf(m, i)));
      const notice = 'Tudo bem, sem o passo a passo.';
      if (!rest.every((w) => isGlue(w)) && playAsOwn(t, rest.join(' '), notice, {
        refused: ['refuse_steps', 'start_walk', 'not_understood'],
        found: (trial) => !trial.replies.some((r) => r.hint?.kind === 'no_results' || r.hint?.kind === 'not_understood'),
      })) return;
      t.say(`${notice} O que você quer saber sobre *${s.title}*? Pode perguntar, por exemplo: "quanto custa?", "quais documentos?", "onde faço?".`, relatedLabels(t, cardOptions(s)), [{ label: 'Página oficial do serviço', url: s.url }], { kind: 'notice' });
    },
  },
  // "Comprei um carro e já paguei o DAE." then "Qual é o próximo passo?": the steps open on the one after what was done
  // (see stepAfterTold, round 6561).
  {
    name: 'step_after_told',
    where: ['service'],
    recognise: (t, m) => {
      const n = stepAfterTold(t, m);
      return n === undefined ? undefined : { used: m.tokens.map((_, i) => i), n };
    },
    handle: (t, _m, hit) => startWalk(t, (hit.n ?? 1) - 1),
  },
  {
    name: 'start_walk',
    where: ['service', 'feedback', 'walkthrough'],
    recognise: (t, m) => {
      // "me mostra os passos", "pode me explicar por etapas?", "como faço? me explique passo a passo": a word for
      // the steps, with verbs of showing or asking, or a "como faço" that the steps answer.
      // The step words themselves, not a word that shares their stem ("passe livre" is not "passos").
      const steps = stepWordCues.union(m);
      // A misspelt step word ("mostra os paso") counts by its stem, unless the catalogue uses the word ("passe livre").
      // Nor a form of the verb "passar" ("o cara nao passou pro nome dele").
      const stepWord = (i: number): boolean => STEP_TOKENS.has(m.tokens[i] ?? '') || (STEP_STEMS.has(m.stems[i] ?? '') && !t.ctx.search.knows(m.tokens[i] ?? '') && !PASS_VERB.test(m.tokens[i] ?? ''));
      const cues = startWalkCues.union(m) ?? (steps?.every(stepWord) ? steps : undefined);
      const focus = focusOf(t);
      // "bora", "vamos lá" on a card with no form (see GO_AHEAD): what it lets go ahead is the first step.
      const ahead = t.state.view.at === 'service' && focus && !focus.form ? cardAhead(m) : undefined;
      if (ahead && isWhole(m, ahead)) return { used: ahead };
      // "prox", "Próximo." alone on a card: what comes next there is the first step (r40 lead).
      if (t.state.view.at === 'service' && focus && NEXT_ALONE.has(m.tokens.join(' '))) return { used: m.tokens.map((_, i) => i) };
      if (!cues || !focus) return undefined;
      // "nao quero o passo a passo", "não precisa das etapas": the steps refused, not asked for (round 3700).
      if (refusesSteps(m, cues)) return undefined;
      // "Depois de aprovada, falta mais algum passo?": whether anything is left, which the card's last step answers
      // (the sentence reader's 'what is left'), not the steps from the first.
      if (isAsked(m.text) && ASKS_LEFT.test(fold(m.text))) return undefined;
      const how = findTopics(m, false);
      // In a walkthrough, "quanto custa essa etapa?", "e nesse passo, precisa de quê?": the step on screen, pointed at,
      // with a question about it; the question is answered (below), the walkthrough is not started again.
      if (t.state.view.at === 'walkthrough' && how?.topics.some((k) => k !== 'how') && cues.some((i) => THIS_STEP.has(m.tokens[i - 1] ?? ''))) return undefined;
      // "como é o segundo passo?": the ordinal next to the step word is part of the request ("segundo" names no 2nd copy).
      const ordinal = m.tokens.flatMap((w, i) => (ORDINALS.has(w) && cues.some((k) => Math.abs(k - i) === 1) ? [i] : []));
      // "Mostre o passo a passo completo.", "as etapas todas": the steps whole, as asked on the card or in them (round 4110).
      const asked = [...cues, ...ordinal, ...m.tokens.flatMap((w, i) => (SHOW_STEMS.has(stem(w)) || REQUEST_WORDS.has(w) || WHOLE_STEPS.has(w) ? [i] : [])), ...(how?.topics.every((k) => k === 'how') ? how.used : [])];
      // "me explica as etapas direitinho por favor que eu não entendo nada disso": the reason at the end.
      const used = [...asked, ...reasonTail(m)];
      // On the card, the words left may tell about the citizen's case, so long as they name no other service more.
      const onCard = t.state.view.at === 'service' && !namesOtherMore(t, m, used, focus);
      if (!saysOnly(t, m, used) && !guidanceOnly(t, m, used, focus) && !onCard) return undefined;
      // "passo 2", "vai pra etapa 3" from the card: the walkthrough opens on that step, not on the first.
      // "como é o segundo passo?": a step named by its word and number among the words of a question.
      const n = stepAskedFor(m, focus.steps.length, (w) => isOwnWords(focus, [w])) ?? stepNamedInQuestion(m, focus.steps.length);
      return n === undefined ? { used } : { used, n };
    },
    // "volta pras etapas" in the steps, after a question: back to the step the citizen was on (see 'back').
    handle: (t, m, hit) => (t.state.view.at === 'walkthrough' && hit.n === undefined && backCues.union(m) !== undefined && backToTheSteps(m) ? repeatStep(t) : startWalk(t, (hit.n ?? 1) - 1)),
  },
  // "foi engavetamento de 6 carros, dá pra fazer por aqui?", "até quantos veículos?" on a card that sets a limit on that
  // thing ("com até 5 veículos"): its sentence answers, before a request to register is read (limits.ts, round 4763).
  {
    name: 'count_limit',
    where: ['service', 'walkthrough'],
    recognise: (t, m) => {
      const focus = focusOf(t);
      return focus !== undefined && limitSentences(focus, m).length > 0 ? { used: [] } : undefined;
    },
    handle: (t, m) => {
      const focus = focusOf(t);
      if (focus !== undefined) sayFound(t, focus, limitSentences(focus, m));
    },
  },
  // "marca na uai pra mim amanhã", "você pode agendar o atendimento no Detran para mim?" on a card without a form, of
  // the card's own things: the bot books nothing; how the card says it is booked, the card kept (round 5921). Before
  // start_form, which would open the UAI booking's form or the Detran exams' card.
  {
    name: 'book_for_me',
    where: ['service', 'walkthrough'],
    recognise: (t, m) => {
      const used = bookedForMe(t, m);
      return used === undefined || someoneElseCan(m) || someoneElseDoes(m) ? undefined : { used };
    },
    handle: (t) => bookForMe(t),
  },
  {
    name: 'start_form',
    where: ALL_BUT_FORM,
    recognise: (t, m) => {
      // "não quero agendar agora", "não preciso fazer o pedido não", "nem vou marcar": the request refused, never made
      // (round 4761).
      if (requestRefused(m)) return undefined;
      // "quero pedir a medida protetiva, me explica as etapas?" with nothing in focus: the steps are asked for, one at a
      // time (the search opens them), not the request made; on a card, start_walk comes first.
      if (focusOf(t) === undefined && asksStepByStep(m)) return undefined;
      // "posso cancelar depois de fazer o pedido?", "antes de fazer o pedido preciso do bo?": the request is when something
      // else is done, not asked for.
      if (requestAsTime(m)) return undefined;
      // "posso mandar foto?": asking to send a file is no request made (round 3506).
      if (attachmentCues.union(m) !== undefined) return undefined;
      const part = startFormCues.findAll(m)[0];
      // "a autoescola pode marcar pra mim?": someone named before the request is asked about (who may do it for the
      // citizen), not the bot asked to do it.
      if (part && isAsked(m.text) && (someoneElseCan(m) || someoneElseDoes(m))) return undefined;
      // "um despachante disse q faz pra mim por 30 conto": the request is in a claim someone told the citizen, what the
      // teller offered, not the bot asked to make it (round 6501).
      // Not the chat said to do it ("minha filha disse que *você* marca pra mim").
      const heardFrom = claimStart(m.tokens);
      if (part && heardFrom > 0 && part.used.every((i) => i >= heardFrom) && !m.tokens.slice(heardFrom).some((w) => YOU_WORDS.has(w) || w === 'aqui' || w === 'chat')) return undefined;
      // "minha cnh é de goiás, posso pedir aqui?", "moro no rio, consigo agendar aqui?": another state told with the
      // question asks whether the citizen may, being of there, not the bot asked to make the request.
      if (part && isAsked(m.text) && otherStateAt(t.ctx.catalogue.otherStates, m.tokens).size > 0) return undefined;
      // "pra empresa quem costuma fazer o pedido?", "Que formulário o médico precisa preencher?", "Há taxa para fazer a
      // inscrição?", "Posso fazer o pedido sozinho?": who does it, which thing, whether there is one, or whether the
      // citizen may do it alone or for someone: a question about the request, not the bot asked to make it.
      if (isAsked(m.text) && asksAboutRequest(m)) return undefined;
      // "quem pode fazer a inscrição?" is a question about who may ask, not a request to enrol; "posso fazer o pedido
      // pela internet?" asks how it is done. A clear question is answered first.
      const question = findTopics(m, false);
      // "tem como agendar por aqui?" asks the bot to do it here: the request wins over the question.
      // Not with a word asking where: "onde faz aqui em uberaba?" asks where in the citizen's town ("aqui" is the town).
      // Nor with "aqui" naming a place after it ("posso fazer aqui em bh?": here, in the citizen's town, round 3843).
      // "aqui mesmo pelo celular", "pelo zap": the chat named as the way, too (round 4101).
      const here = ((part?.used.some((i) => HERE_WORDS.has(m.tokens[i] ?? '') && !HERE_PLACED.has(m.tokens[i + 1] ?? '')) ?? false) || chatWay(m) !== undefined) && !m.tokens.some((w) => WHERE_ASKED.has(w));
      // "eu posso fazer a inscrição dele?" asks who may; "ela tem 14, tenho que fazer o pedido por ela?" the rules for minors.
      // "Que papéis o médico precisa preencher e o que mais devo levar?" asks for the documents.
      // "Tem que pagar alguma coisa para fazer o pedido?" asks the cost, not for the request to be made (round 2124).
      if (part && !here && question?.strong && (question.used.some((i) => part.used.includes(i)) || question.topics.some((k) => k === 'online' || k === 'where' || ((k === 'requirements' || k === 'documents' || k === 'cost') && (isAsked(m.text) || OPENS_ASKING.test(m.tokens.join(' ')))) || (k === 'minors' && isAsked(m.text) && (ageAt(m) !== undefined || minorsNamed(m)))))) return undefined;
      // "ops, antes disso eu preciso fazer a inscrição estadual" on the rural invoice's card: the request is for what the
      // words name whole (another service), though the card speaks of them too (round 3664).
      const inView = focusOf(t);
      if (part && inView && clearlyOther(t, inView, namingWords(m, []))) return undefined;
      if (part) return part;
      // A request word with only words of asking around it ("quero fazer o pré-agendamento"), on a service with a form.
      const word = startFormWordCues.union(m);
      const all = word ? [...word, ...m.tokens.flatMap((w, i) => (REQUEST_WORDS.has(w) ? [i] : []))] : undefined;
      // Not a question of what it needs or costs whose words are asking words ("o que preciso ter pra agendar?", round 5447).
      const needAsked = question?.strong === true && isAsked(m.text) && question.topics.some((k) => k === 'documents' || k === 'requirements' || k === 'cost');
      if (all && saysOnly(t, m, all) && focusOf(t)?.form && !needAsked) return { used: all };
      // "quero retomar o pré-agendamento", "continua aquele pedido" on the card (as after cancelling its form): the request
      // taken up again, with only words of taking up around it (round 5142).
      // Not denied ("não quero voltar pro agendamento").
      const again = all && t.state.view.at === 'service' && m.tokens.some((w) => TAKE_UP_WORDS.has(w)) && !m.tokens.some((w) => DENIALS.has(w)) ? [...all, ...m.tokens.flatMap((w, i) => (TAKE_UP_WORDS.has(w) || TAKE_UP_AROUND.has(w) ? [i] : []))] : undefined;
      if (again && saysOnly(t, m, again) && focusOf(t)?.form) return { used: again };
      // "bora", "pode começar" on a card with a form (see GO_AHEAD).
      const ahead = t.state.view.at === 'service' && focusOf(t)?.form ? cardAhead(m) : undefined;
      if (ahead && isWhole(m, ahead)) return { used: ahead };
      // "quero reclamar por aqui", "da pra denunciar por aqui?" on the Ouvidoria: the form's own act (a word of one of
      // its choices, or of the card's title) asked to be done here, in the chat.
      const focus = focusOf(t);
      // "Aqui" as the chat ("por aqui", "aqui mesmo"), not a place ("o rg tá aqui", "aqui em minas").
      if (focus?.form && IN_THE_CHAT.test(m.tokens.join(' ')) && !m.tokens.some((w) => WHERE_ASKED.has(w)) && m.stems.some((st, i) => (m.tokens[i] ?? '').length >= 5 && formActs(focus).has(st))) return { used: m.tokens.map((_, i) => i) };
      return requestInOwnWords(t, m) ?? (focus === undefined ? orderToTheBot(m) : undefined);
    },
    handle: (t, m, hit) => requestHere(t, m, hit),
  },
  // "não quero agendar agora", "agora não vou fazer o pedido" on a card: the request refused is declined, as "não quero"
  // alone is; the card stays in view (round 4761). Not a question, nor with another service named.
  {
    name: 'request_refused',
    where: ['service'],
    recognise: (t, m) => {
      const focus = focusOf(t);
      return focus !== undefined && !isAsked(m.text) && requestRefused(m) && !namesOtherMore(t, m, [], focus) ? { used: [] } : undefined;
    },
    handle: (t) => socialReply(t, new Set(['declined'])),
  },
  // "gera o dae pra mim", "emite ele pra mim ai", "me inscreve no detran" on a card without a form: the bot issues, pays
  // and files nothing; it says so, and how the citizen does it, the card kept (round 5900). Not when the words name
  // another service plainly, not of this card's own words ("emite o antecedentes pra mim" on the ID card); not a
  // booking (start_form's), nor a question asked of the act ("como faço pra tirar?").
  {
    name: 'act_for_me',
    where: ['service', 'walkthrough'],
    recognise: (t, m) => {
      const focus = focusOf(t);
      // "Você pode fazer o cadastro por mim?": who may do it is not asked when the bot itself is (round 6161).
      const question = findTopics(m, false);
      if (focus === undefined || (question?.strong && !(question.topics.every((k) => k === 'requirements') && botAskedCan(m)))) return undefined;
      const used = actOrdered(m);
      // On a card with a form, only an act its form does not do ("gere o DAE da taxa pra mim"): "faz pra mim" starts it.
      if (used === undefined || (focus.form !== undefined && !used.some((i) => ACT_NO_FORM.test(m.tokens[i] ?? '')))) return undefined;
      // "o contador faz isso pra mim?", "a concessionária pode fazer?": someone else asked about, not the bot.
      if (someoneElseCan(m) || someoneElseDoes(m)) return undefined;
      const naming = namingWords(m, used);
      if (naming.length > 0 && !isOwnWords(focus, naming) && clearlyOther(t, focus, naming)) return undefined;
      return { used };
    },
    handle: (t, m) => consultForMe(t, 'fazer isso', m),
  },
  // "vc consegue ver pra mim?" on a card: the bot cannot see the citizen's data; it says how they look it up. A real
  // question asked that way ("vc consegue ver quanto custa?") is answered as one.
  {
    name: 'consult_for_me',
    where: ['service', 'walkthrough'],
    recognise: (t, m) => {
      const hit = consultCues.findAll(m)[0];
      if (!hit || focusOf(t) === undefined || findTopics(m, false)?.strong) return undefined;
      return hit;
    },
    handle: (t) => consultForMe(t),
  },
  // "posso mandar a foto do CRV por aqui?", "posso mandar o laudo dele aqui pra vc?" on a card: the chat takes no file; the
  // card's sentence on how its papers are handed in, the card kept (round 5920).
  {
    name: 'paper_here',
    where: ['service'],
    recognise: (t, m) => {
      if (focusOf(t) === undefined) return undefined;
      const hit = socialTurn(t, m);
      const offered = (hit?.social?.has('attachment') === true && m.tokens.some((w) => HERE_WORDS.has(w))) || paperOffered(m);
      return offered ? { used: [] } : undefined;
    },
    handle: (t) => paperHere(t),
  },
  // A message that opens with a correction ("na vdd quero…", "ops, era…") corrects, even if a topic word follows.
  {
    name: 'correction_first',
    where: ALL_BUT_FORM,
    recognise: (t, m) => {
      if (onlyThingWanted(t, m)) return undefined;
      const hit = caseNotCorrection(m, withoutThingWrong(t, m, withoutVerbWait(m, allCues(m, correctionCues))));
      // "foi mal a demora, tava no trampo" apologises; it corrects nothing. A cue that only corrects ("me expressei
      // mal", "quis dizer") corrects, whatever courtesy comes with it.
      // Not when it denies the card in view ("ops, fechar, não abrir kkk" on opening a company): that corrects it.
      // Nor a message meant for someone else ("sorry era pra outra pessoa kkk", "mandei no chat errado"): the apology's
      // own words hold the cue's ("era outra", "errado"), round 5940.
      if (hit && socialTurn(t, m) && !deniesFocus(t, m) && hit.used.every((i) => APOLOGIES.has(m.tokens[i] ?? '') || m.tokens[i] === 'ops' || sorryHolds(t, m, i))) return undefined;
      // "pera, e qnd abre as inscricao?": a pause before a clear question is no correction.
      // Not a pause before a denial of the card's case and what it was ("perai, nao foi furto nao, eu que perdi os
      // documentos"): that corrects, though a topic's word ("documentos") is in the story (round 2722).
      // So is "aliás" opening a question ("alias, como tiro a segunda via da conta da copasa?"): it changes the subject
      // ("by the way"), it puts nothing right (round 6082).
      const aside = (i: number): boolean => PAUSE_WORDS.has(m.tokens[i] ?? '') || (i === 0 && m.tokens[i] === 'alias' && isAsked(m.text));
      // "pera esqueci oq eu ia colar aqui kkkk": a pause before small talk, with no denial, puts nothing right (round 6120).
      if (hit && hit.used.every(aside) && !m.tokens.some((w) => DENIALS.has(w)) && socialTurn(t, m) && !deniesFocus(t, m)) return undefined;
      if (hit && hit.used.every(aside) && findTopics(m, false)?.strong && !deniedThenSaid(t, m)) return undefined;
      // "digo, quanto tempo demora" after "qto custa?": the citizen corrects their own question about the service in
      // focus; a clear question that names nothing else is asked of it.
      const focus = focusOf(t);
      const asked = hit && focus !== undefined ? findTopics(m, false) : undefined;
      // So is "na verdade foi roubado, aí paga?" on the identity's 2nd copy: a case the card itself speaks of ("furtado ou
      // roubado"), put right, and the question asked of it.
      // "nao era isso, quero saber o site": wanting to know is how one asks, not what (round 3309).
      const naming = hit && asked !== undefined ? namingWords(m, [...hit.used, ...asked.used]).filter((w) => !isGlue(w) && !WANT_OPENERS.has(w) && !KNOW_VERBS.has(w)) : undefined;
      if (hit && asked?.strong && naming?.length === 0) return undefined;
      // "nao era isso, quero saber o site": the answer refused, then a topic asked after it, naming nothing else.
      if (hit && asked !== undefined && naming?.length === 0 && focus !== undefined && asked.used.every((i) => i > Math.max(...hit.used))) return undefined;
      if (hit && asked !== undefined && isAsked(m.text) && naming !== undefined && focus !== undefined && caseOfCard(focus, naming)) return undefined;
      // "errei um dado no bo q eu mandei, da pra corrigir?" on the loss report: the citizen's own slip in the service,
      // asked about, that a sentence of the card answers ("os dados não podem ser alterados depois"), is no correction.
      if (hit && isAsked(m.text) && slipAsked(t, m, hit.used)) return undefined;
      if (hit && caseThenAsked(t, m)) return undefined;
      // "nao pera, …", "não, na verdade…": a "não" before the cue denies what was understood; the cue still opens the message.
      const lead = m.tokens.findIndex((w) => !APOLOGIES.has(w) && !isGlue(w) && w !== 'nao');
      if (!hit && !m.freeText && deniedThenSaid(t, m)) return { used: [] };
      // "desculpe, eu sou o comprador, quero passar o carro pro meu nome": an apology, then what is wanted.
      const sorry = !hit && !m.freeText && focusOf(t) !== undefined ? apologyOpens(m) : undefined;
      if (sorry && !findTopics(m, false)?.strong) return { used: sorry };
      // "*cnh", "cnh*": the chat way of fixing a word of the last message.
      if (!hit && !m.freeText && ASTERISK_FIX.test(m.text)) return { used: [] };
      // "Esqueci de contar: ele já tinha RG aqui em Minas…" on the ID's 1st copy: a fact told late, opening the message,
      // corrects the request; after a question answered ("quanto custa?", then "ah esqueci de falar, foi roubada") it is
      // the case of that question, asked again of it (round 5664).
      const late = !hit && !m.freeText && focus !== undefined ? toldLateCues.union(m) : undefined;
      // Not when it asks a topic of the card ("esqueci de falar, quanto custa?").
      if (late !== undefined && (late[0] ?? -1) <= lead && t.state.topic === undefined && !findTopics(m, false)?.strong) return { used: late };
      // "Explico melhor: comprei o carro usado e o documento ainda está no nome do antigo dono." on the vehicle's licence:
      // the need told again, opening the message, corrects the request as a fact told late does, though a topic's words
      // are in the story; not asked ("?"), and not "me explica melhor", which asks the bot (round 6142).
      const restated = !hit && !m.freeText && focus !== undefined ? restatedCues.union(m) : undefined;
      const restating = restated !== undefined && restated.every((i) => !(m.tokens[i] ?? '').startsWith('explic') || RESTATING_VERB.test(m.tokens[i] ?? ''));
      if (restated !== undefined && restating && (restated[0] ?? -1) <= lead && t.state.topic === undefined && !isAsked(m.text)) return { used: restated };
      // "opa, a placa começa com a letra O e não com zero": an interjection of surprise ("opa", "eita") opening a value put
      // right in place of another, on a card, corrects it as "ops" does (round 5448).
      if (!hit && !m.freeText && focus !== undefined && SURPRISED.has(m.tokens[0] ?? '') && valueSetRight(m.text)) return { used: [0] };
      return hit && !m.freeText && (hit.used[0] ?? -1) <= lead ? hit : undefined;
    },
    handle: (t, m, hit) => correct(t, m, hit.used),
  },
  // "ouvi q basta ter 18 anos, confere?", "li q vale 6 meses, procede?" on a card: a claim heard with a span of time is
  // checked against the card's sentence giving a span of the same kind, or its sentence on that kind, else that the
  // card does not say (heard.ts, round 4240).
  {
    name: 'heard_quantity',
    where: ['service', 'walkthrough'],
    recognise: (t, m) => {
      const focus = focusOf(t);
      const heard = focus === undefined ? undefined : quantityHeard(m.text);
      if (focus === undefined || heard === undefined || topicAskedBefore(m.text)) return undefined;
      return heardAnswer(focus, heard, t.ctx.catalogue.synonyms) !== undefined && !namesOtherMore(t, m, tellerPlaces(m.tokens), focus) ? { used: [] } : undefined;
    },
    handle: (t, m) => {
      const focus = focusOf(t);
      const heard = quantityHeard(m.text);
      const answer = focus === undefined || heard === undefined ? undefined : heardAnswer(focus, heard, t.ctx.catalogue.synonyms);
      if (focus === undefined || answer === undefined) return;
      if (answer.time) answerAbout(t, focus, ['time'], false);
      else if (answer.lines.length > 0) sayQuoted(t, focus, ABOUT_IT, answer.lines);
      else sayNotOnCard(t, focus);
    },
  },
  // "paguei e não baixou", "já paguei mas continua aparecendo", "o pagamento não compensou", "paguei em dobro" on a card:
  // a payment made and not credited keeps the card in view, with its sentences on when a payment is credited, else
  // that it gives none (trouble.ts, round 4760). Not when the message names another service more than the one in view.
  {
    name: 'payment_trouble',
    where: ['service', 'walkthrough'],
    recognise: (t, m) => {
      const focus = focusOf(t);
      const used = focus === undefined ? undefined : paymentTroubleTold(m);
      return focus !== undefined && used !== undefined && !namesOtherMore(t, m, ownWayWords(t, m, used, focus), focus) ? { used } : undefined;
    },
    handle: (t, m) => {
      const focus = focusOf(t);
      if (focus !== undefined) sayPaymentTrouble(t, focus, m);
    },
  },
  // "paguei hoje, quando aparece como quitado?": when a payment made shows is the card's time; "e o que faço quando
  // compensar?": its sentences on a payment credited, with their step, else that it does not say (round 4765).
  {
    name: 'payment_asked',
    where: ['service', 'walkthrough'],
    recognise: (t, m) => {
      const focus = focusOf(t);
      return focus !== undefined && paymentAsked(m) !== undefined && !namesOtherMore(t, m, ownWayWords(t, m, [], focus), focus) ? { used: [] } : undefined;
    },
    handle: (t, m) => {
      const focus = focusOf(t);
      if (focus === undefined) return;
      if (paymentAsked(m) === 'time') answerAbout(t, focus, ['time'], false);
      else if (!sayFound(t, focus, creditLines(focus))) sayNotOnCard(t, focus);
    },
  },
  // "é vdd q tem q esperar 24h pra dar queixa?" on a card: what the service's texts say of the claim, when they say
  // something of it (before the follow-ups: the words of the claim, "esperar 24h", are what is asked, not a topic).
  {
    name: 'claim_check',
    where: ['service', 'walkthrough'],
    recognise: (t, m) => {
      const hit = claimCues.findAll(m)[0];
      const focus = focusOf(t);
      // "quanto tempo demora a vistoria? o contador falou q demora": a question of a usual topic asked first, the hearsay
      // only after it, is that topic's question (round 2863).
      if (hit && topicAskedBefore(m.text)) return undefined;
      // "e os bombeiros? me falaram q precisa de um alvara deles" names another service: a search, not a claim.
      if (!hit || !focus || namesOtherMore(t, m, hit.used, focus)) return undefined;
      const claim = untagged(m.text);
      const said = passages(focus, t.ctx.catalogue, claim, [], true);
      if (said.length === 0) return undefined;
      // "me falaram q nesse caso nao paga, confere?": a claim a topic's cue carries ("paga"), that no sentence holds two
      // words of, is that topic's question, for the case told ("Gratuita em caso de furto") (round 3508).
      // The words naming the service in view say nothing of the claim ("o cadastro escolar tem uma taxa, confere?": a
      // sentence on the "cadastro escolar" holds no claim of a fee), round 4105.
      const named = nameStems(focus);
      const own = new Set(searchWords(claim).filter((w) => !isGlue(w) && !GENERIC_WORDS.has(w)).flatMap((w) => analyze(w)).filter((st) => !named.has(st)));
      const holds = (x: string): number => analyze(x).filter((st) => own.has(st)).length;
      return findTopics(m, false) !== undefined && !said.some((x) => holds(x) >= 2) ? undefined : hit;
    },
    handle: (t) => {
      const focus = focusOf(t);
      if (t.said !== undefined) t.said = untagged(t.said);
      if (focus) sayToldAboutFocus(t, focus);
    },
  },
  // "o comprovante de residência pode ser conta de luz?", "serve conta de telefone como comprovante?": another thing asked to
  // stand in for one of the card's documents is asked of the card, not a search for the Cemig bill (round 3000).
  {
    name: 'document_stand_in',
    where: ['service'],
    recognise: (t, m) => {
      const standIn = standInAsked(t, m);
      return standIn ? { used: [], standIn } : undefined;
    },
    handle: (t, _m, hit) => {
      if (hit.standIn) sayStandIn(t, hit.standIn);
    },
  },
  // "qual a diferença disso pra rematrícula?", "esse registro já vale como o rgp?": the card in view compared with another thing.
  {
    name: 'compare',
    where: ['service'],
    recognise: (t, m) => (comparisonAsked(t, m) ? { used: [] } : undefined),
    handle: (t, m) => {
      const found = comparisonAsked(t, m);
      if (found) sayComparison(t, found);
    },
  },
  // "quero a", "me ajuda com", "oi queria saber", "quero tirar": a message cut short, the rest to come in the next
  // one. Waiting for it, never "Não encontrei um serviço para 'quero a'" nor a thanks for "me ajuda".
  // With a service in focus, "como faço pra tirar", "o q eu preciso pra consultar" ask about it: whole questions.
  { name: 'unfinished', where: ALL_BUT_FORM, recognise: (t, m) => (unfinished(m, focusOf(t) !== undefined) ? { used: [] } : undefined), handle: (t) => sayGoOn(t) },
  // "perdi o número do protocolo, como recupero?", "ela esqueceu a senha", "e se eu perder o comprovante?" on a card: a
  // detail of the card's own request lost (a number, password, e-mail or receipt the card speaks of) is asked of the
  // card, not a loss report nor the gov.br account its words brush; what the card's sentences say of it, or that it
  // does not say (round 2680).
  {
    name: 'lost_detail',
    where: ['service'],
    recognise: (t, m) => (lostDetailOfFocus(t, m) ? { used: [] } : undefined),
    handle: (t, m) => {
      const focus = focusOf(t);
      const lost = lostDetailTold(m) ?? awaitedDetailTold(m);
      if (!focus || !lost) return;
      // What the card says of the detail: its sentences, else the step it names ("Acompanhar a resposta"), else that
      // it does not say.
      if (isQuestion(m.text)) return sayThingAsked(t, focus, lost.details.map((i) => m.tokens[i] ?? ''));
      sayToldAboutFocus(t, focus);
    },
  },
  // "se passar do prazo tem alguma multa?", "documento vencido vale?", "mudei pra outro estado, dá pra resolver de lá?"
  // on a card: a yes-or-no question putting a case of the course any request runs is asked of the card in view, though
  // a word of it finds another service ("multa", "vencido", "outro estado"); what its sentences say, else that it does
  // not say (round 2720).
  {
    name: 'course_case',
    where: ['service'],
    recognise: (t, m) => (courseAsked(t, m) ? { used: [] } : undefined),
    handle: (t, m) => {
      const asked = courseAsked(t, m);
      if (!asked || sayFound(t, asked.focus, courseSentences(asked.focus, t.ctx.catalogue, m))) return;
      // Words of the card besides the case ("o carro tem multa atrasada, consigo *transferir*?"): what its sentences
      // say of them; the case alone, that it does not say.
      if (asked.rest.length > 0) sayUnanswered(t, asked.focus);
      else sayNotOnCard(t, asked.focus);
    },
  },
  // "o site não abre", "liguei no 181 e ninguém atende", "não tem vaga em nenhuma UAI", "faz 3 meses e ninguém responde"
  // on a card: trouble on the way told of the service in view keeps it in view (trouble.ts, round 4400). Not when the
  // message names another service more than the one in view.
  {
    name: 'trouble',
    where: ['service', 'walkthrough'],
    recognise: (t, m) => {
      const focus = focusOf(t);
      const told = focus === undefined ? undefined : troubleTold(m);
      // "ninguém responde?" alone is said to the bot's wait (small talk), not of the service.
      return focus !== undefined && told !== undefined && !socialTurn(t, m) && !namesOtherMore(t, m, ownWayWords(t, m, told.used, focus), focus) ? { used: told.used } : undefined;
    },
    handle: (t, m) => {
      const focus = focusOf(t);
      const told = troubleTold(m);
      if (focus !== undefined && told !== undefined) sayTrouble(t, focus, told);
    },
  },
  // "protocolo 2026.555.123, já saiu?", "meu pedido tá em análise ainda?": a request made elsewhere asked after; the bot
  // cannot see it, says where it is followed, and answers how long the service takes (status.ts, round 4720). Not the
  // bot's own protocol ("consultar protocolo ATD-…") nor a request made in this conversation.
  {
    name: 'request_status',
    where: ['menu', 'categories', 'category', 'results', 'service', 'walkthrough', 'feedback'],
    recognise: (t, m) => {
      if (t.state.protocol !== undefined || protocolPattern.test(m.text)) return undefined;
      const used = statusAsked(m);
      return used === undefined ? undefined : { used };
    },
    handle: (t, m, hit) => {
      t.say(STATUS_NOT_SEEN, undefined, undefined, { kind: 'notice' });
      // "tenho o protocolo, como acompanho o andamento?": how it is followed asked, on a card with a step of following it,
      // that step among the steps, not how long it takes (round 6540).
      const focus = focusOf(t);
      followUp(t, m, { topics: focus !== undefined && followingAsked(focus, m.text) ? ['how'] : ['time'], used: [...hit.used], strong: true });
    },
  },
  {
    name: 'follow_up',
    where: [...ALL_BUT_FORM, 'form', 'confirm'],
    recognise: (t, m) => {
      // A valid answer to a município, date or choice field is an answer, whatever its stem ("Sabará" is not "sábado").
      const f = formOf(t);
      const field = f?.form.fields[f.field];
      if (field && field.type !== 'name' && field.type !== 'text' && !isAsked(m.text) && isValidAnswer(t, field, m.text)) return undefined;
      // "quanto é 25 vezes 4?" is arithmetic, not a question about a cost.
      if (isArithmetic(m.tokens.join(' '))) return undefined;
      // "eu tenho rg, mas o cachorro mordeu ele, preciso de outro" on the 1st copy: the card's own document told spoilt or
      // lost asks for its copy (the search's own_document_spoilt), not the documents "rg" brushes (lead, round 6766).
      const held = inForm(t) ? undefined : focusOf(t);
      if (held !== undefined && copyOfOwnDocument(t, held, m) !== undefined) return undefined;
      // "depois de pagar faço oq com o comprovante", "e as placa, faço o que com elas?": what to do with a thing of the
      // card asks about that thing (its step or sentence), not the cost or the documents its words brush (round 2409);
      // read as how it is done, it stays so ("depois do bo oq faço com o chip": what comes after).
      const found = findTopics(m, inForm(t));
      if (found !== undefined && !found.topics.includes('how') && focusOf(t) !== undefined && !inForm(t) && WHAT_TO_DO_WITH.test(m.tokens.join(' '))) return undefined;
      // "agendar uai pelo zap": the chat named as the way of a request is no question of a contact (round 4101).
      if (found !== undefined && !inForm(t) && orderedInTheChat(m, found.used)) return undefined;
      // "Solicito o pré-agendamento … de um aluno maior de idade": a letter's request, the topic's words in what it says
      // besides the request (whom it is for, the writer's trade), asks nothing (round 4151).
      if (found !== undefined && !inForm(t) && letterRequest(m, found.used)) return undefined;
      // "sai do presidio … e preciso arrumar serviço": an "e preciso" inside a clause joins it ("and I need"); only
      // opening a clause is it "é preciso …?".
      const joined = found !== undefined && found.used.length === 2 && m.tokens[found.used[0] ?? 0] === 'e' && m.tokens[found.used[1] ?? 0] === 'preciso' && (found.used[0] ?? 0) > 0 && !(m.pauses?.has((found.used[0] ?? 0) - 1) ?? false);
      // "e se o comprovante de endereco n tiver no meu nome?": weak cues ("comprovante", "endereço") in a question about one
      // of the card's documents ask for the documents.
      const aboutDocument = found !== undefined && !found.strong && !joined && !inForm(t) && found.topics.includes('documents') ? documentAsked(t, m, true) : undefined;
      // "não tenho fotos, só sei o local": a document lacked, told in the first clause, is what the message is about; a
      // weak cue of a later clause ("local") says no topic (round 3222).
      const lacked = found !== undefined && !found.strong && !joined && !inForm(t) ? documentLacked(t, m) : undefined;
      // "tem q ter o numero do reds ne?": a belief that one of the card's documents is needed, checked with a tag, is
      // answered with the documents, not who may ask (round 5980).
      const believed = !inForm(t) && (found === undefined || !found.strong || found.topics.every((x) => x === 'requirements')) ? documentBelieved(t, m) : undefined;
      const read = believed ?? aboutDocument ?? lacked ?? (joined ? undefined : found) ?? (inForm(t) ? ownQuestionInForm(t, m) : (documentAsked(t, m) ?? documentLacked(t, m) ?? requirementAsked(t, m) ?? whatNow(t, m)));
      // "esse número da instalação, onde eu encontro?", "esse valor muda todo ano?": a question about one thing the card
      // lists is answered by the field that lists it, with the card's sentence on it (round 5200).
      // "qual o site e precisa de senha?": a need of one of its documents joined as a second question (round 5202).
      const topics = inForm(t) ? read : (thingOfFieldAsked(t, m, read ?? { topics: [], used: [], strong: false }) ?? (read && documentJoined(t, m, read)) ?? read);
      // "nossa, muito bom, foi bem rápido!": a topic's ordinary word in praise or thanks, with no question, is small talk.
      // Not a clear question: "É feito pela internet?" is no "feito!" (done), "e demora mto pra chegar?" no greeting.
      // Not when the citizen says they did not follow ("nao entendi o preço", "não captei essa taxa"): the topic's word names
      // what they did not follow, asked again; "não entendi" is no "no" and "ok" (round 3022).
      // "nao, quero o valor exato", "queria o endereço": the topic's thing wanted, an article at most between, asks for it
      // on the card in view; its "não" refuses the last answer and its "exato" is no "ok" (round 3501).
      // "ah e o site", "blz, link": an acknowledgement and then only the topic's thing, carried over ("e o") or bare, asks
      // for it on the card in view too (round 4904).
      const wanted = topics !== undefined && focusOf(t) !== undefined && !inForm(t) && (thingWanted(m, topics.used) || thingAfterAck(m, topics.used));
      if (topics && !wanted && !(topics.strong && isAsked(m.text) && !insideSocialCue(m, topics.used) && !insideReceivedTold(m, topics.used)) && !notFollowedSaid(m) && socialTurn(t, m)) return undefined;
      // "não, eu só mudei de endereço dentro de minas" on a card: "não," answers the bot, and a topic's ordinary word
      // ("endereço") with no question says what was meant; the correction takes it.
      if (topics && !wanted && !topics.strong && !isAsked(m.text) && focusOf(t) !== undefined && !inForm(t) && leadingNo(t, m)) return undefined;
      // "ah nao, eu tenho 20 anos e parei no 9 ano, é o supletivo": so too when the only topic is an age told, the
      // citizen's case beside what was meant, not a question of who may ask ("não, tenho 30 anos" alone still asks it).
      const no = topics && !isAsked(m.text) && focusOf(t) !== undefined && !inForm(t) && ageOnly(m, topics) ? leadingNo(t, m) : undefined;
      if (topics && no && namingWords(m, [...no.used, ...topics.used]).length > 0) return undefined;
      // "visita virtual" with nothing in focus names the video visit; its "virtual" is no question about being online.
      if (topics && !isAsked(m.text) && focusOf(t) === undefined && cueInName(t, m, topics.used)) return undefined;
      // Two requests joined by "e também", with nothing in focus: both are offered (the search), no question answered.
      if (topics && focusOf(t) === undefined && twoRequests(t, m.text)) return undefined;
      // "o que vcs fazem com meus dados?": what becomes of the citizen's data, asked of the chat; its "o que … fazem" is no
      // question of how the card's service is done (merge review of round 4721).
      if (topics && !inForm(t) && dataAsked(t, m) !== undefined) return undefined;
      return topics ? { used: topics.used, topics } : undefined;
    },
    handle: (t, m, hit) => {
      if (!hit.topics) return;
      // "sai disso, só quero saber quanto custa" in the steps: the steps are left for the card, and the question answered
      // there. Only by a word of leaving, not by a "para" that may be the preposition ("quanto custa para tirar?").
      const view = t.state.view;
      const leaving = view.at === 'walkthrough' ? leaveWalkCues.union(m) : undefined;
      if (view.at === 'walkthrough' && leaving?.some((i) => LEAVING_WORDS.has(m.tokens[i] ?? ''))) t.go({ at: 'service', serviceId: view.serviceId }, false);
      followUp(t, m, withWhoForCase(t, m, hit.topics));
    },
  },
  // "tão desmatando agora na minha frente", "está acontecendo um assalto agora": something going on now, told on a card
  // whose texts say what to do in danger; those sentences ("crime acontecendo agora é com o 190"), not a search. So too a
  // case their condition names, told ("é uma senhora idosa": "Se a pessoa desaparecida é … idoso …, ligue 190").
  {
    name: 'danger_now',
    where: ['service'],
    recognise: (t, m) => {
      const focus = focusOf(t);
      return focus !== undefined && dangerTold(focus, m.text).length > 0 ? { used: [] } : undefined;
    },
    handle: (t) => {
      const focus = focusOf(t);
      if (focus && !sayInDanger(t, focus)) sayToldAboutFocus(t, focus);
    },
  },
  {
    name: 'small_talk',
    where: 'anywhere',
    // "meu pai não tem email" on an optional field leaves it blank; its "não" is no "no, thanks" (round 2406).
    recognise: (t, m) => {
      const f = formOf(t);
      if (f?.form.fields[f.field]?.optional === true && isSkip(m.text)) return undefined;
      const hit = socialTurn(t, m);
      // "posso mandar fotos junto?" on the Ouvidoria's card asks what the service takes; sending a file to the chat is
      // asked in a form or with the chat named ("por aqui", "pra vc") (round 3506).
      if (hit?.social?.has('attachment') === true && !inForm(t) && !m.tokens.some((w) => HERE_WORDS.has(w))) return undefined;
      return hit;
    },
    handle: (t, _m, hit) => {
      const kinds = hit.social ?? new Set();
      // "até mais, agradeço a ajuda": the thanks, then the goodbye that ends the conversation.
      if (!kinds.has('bye')) return socialReply(t, kinds);
      const line = socialLine(kinds);
      if (line !== '') t.say(line, undefined, undefined, { kind: 'small_talk' });
      quit(t);
    },
  },
  // After small talk, so that "você é humano?" is a question about the bot, not a request for a person.
  // A question on a card that no topic asks (after the topics and small talk), answered by the card's own sentence (round 1400).
  { name: 'card_sentence', where: ['service'], recognise: (t, m) => (cardSentenceAsked(t, m) ? { used: [] } : undefined), handle: (t, m) => sayCardSentence(t, m) },
  { name: 'handoff_word', where: 'anywhere', cues: c(HANDOFF_WORD), whole: true, handle: (t) => showHandoff(t) },
  // "marca ai", "bora" while a field is asked: the go-ahead or the order to the bot said again (the request is already
  // under way), not an answer ("marca ai" has the shape of a name); the field is asked again.
  {
    name: 'form_go_ahead',
    where: ['form'],
    recognise: (_t, m) => {
      if (m.freeText) return undefined;
      const order = orderToTheBot(m)?.used ?? goAheadCues.union(m);
      if (order && isWhole(m, order)) return { used: order };
      // "manda as perguntas": an order to the bot ("manda") that the go-ahead's words complete.
      const ahead = goAheadCues.union(m);
      if (ahead && isWhole(m, ahead)) return { used: ahead };
      // "pode fazer o pedido pra mim?", "vc consegue fazer o agendamento?": the bot asked whether it does the request, which
      // is under way (lead, round 3904); not another service's "pedido".
      const joined = m.tokens.join(' ');
      return BOT_ASKED_TO_DO.test(joined) && BOT_ASKED_MARK.test(joined) ? { used: m.tokens.map((_, i) => i) } : undefined;
    },
    handle: (t) => {
      const f = formOf(t);
      if (!f) return;
      t.say('Certo, o pedido já começou: é só responder.', undefined, undefined, { kind: 'notice' });
      askField(t, f.s, f.form, f.field, f.answers);
    },
  },
  // "la tem rampa? ele nao sobe escada" at the UAI booking's service field: a short question about the place, typed in a
  // free-text field, is asked, not the answer: the card's sentences on it, or that the card does not say, and the field
  // again (round 5144).
  {
    name: 'place_asked_in_field',
    where: ['form'],
    recognise: (t, m) => (m.freeText && placeAskedInField(t, m) !== undefined ? { used: [] } : undefined),
    handle: (t, m) => {
      const f = formOf(t);
      const clause = placeAskedInField(t, m);
      if (!f || clause === undefined) return;
      const quoted = passages(f.s, t.ctx.catalogue, clause, [], true);
      t.events.push({ type: 'follow_up', kind: quoted.length > 0 ? 'passage' : 'unanswered', serviceId: f.s.id });
      quotedInForm(t, f, quoted);
    },
  },
  {
    name: 'field_answer',
    where: ['form'],
    recognise: (t, m) => {
      const f = formOf(t);
      const field = f?.form.fields[f.field];
      if (!field || !isValidAnswer(t, field, m.text)) return undefined;
      // "Pensando bem, a reclamação é de um hospital do SUS. Tem uma ouvidoria específica?": an option's word inside a
      // correction that asks a question is the story of another request, not the choice (the correction reads it).
      if (field.type === 'choice' && isAsked(m.text) && allCues(m, correctionCues) !== undefined) return undefined;
      // "renovar cnh" has the shape of a name, but every word is the catalogue's and it names a service.
      if (field.type === 'name' && m.tokens.every((w) => t.ctx.search.knows(w) || isGlue(w)) && t.ctx.search.search(m.text, 2).clear) return undefined;
      // "Antes disso: como consigo a segunda via da conta de água?" holds the form for a question about another service.
      if (m.freeText && heldQuestion(t, m) !== undefined) return undefined;
      return { used: [] };
    },
    handle: (t, m) => {
      const f = formOf(t);
      if (!f) return;
      // "18/01/2027, e o motivo é documento danificado": the answer, then the next field's; both are taken.
      const both = m.freeText ? undefined : answerThenNext(t, f, m.text);
      if (both) return takeAnswers(t, f.s, f.form, f.answers, both);
      answerField(t, f.s, f.form, f.field, f.answers, m.text);
    },
  },
  {
    name: 'leave_continue',
    where: ['leave'],
    recognise: (t, m) => {
      const view = t.state.view;
      const s = view.at === 'leave' ? serviceOf(t.ctx, view.form.serviceId) : undefined;
      const field = view.at === 'leave' ? s?.form?.fields[view.form.field] : undefined;
      return field && isValidAnswer(t, field, m.text) ? { used: [] } : undefined;
    },
    handle: (t, m) => {
      const view = t.state.view;
      const s = view.at === 'leave' ? serviceOf(t.ctx, view.form.serviceId) : undefined;
      if (view.at === 'leave' && s?.form) answerField(t, s, s.form, view.form.field, view.form.answers, m.text);
    },
  },
  {
    name: 'correction',
    where: [...ALL_BUT_FORM, 'form'],
    recognise: (t, m) => {
      const hit = caseNotCorrection(m, withoutThingWrong(t, m, withoutVerbWait(m, allCues(m, correctionCues)))) ?? leadingNo(t, m);
      if (!hit) return m.freeText ? heldQuestion(t, m) : undefined;
      // "407.931.258-40, e não me diga que está errado de novo!" at the CPF: the field tried first, then a remark with no
      // other value in it; the try is the answer, checked as any other (round 4945).
      if (valueThenRemark(t, m)) return undefined;
      // "errei um dado no bo q eu mandei, da pra corrigir?": a slip of the citizen's, asked about (see correction_first).
      if (isAsked(m.text) && slipAsked(t, m, hit.used)) return undefined;
      if (t.state.view.at !== 'form' && caseThenAsked(t, m)) return undefined;
      // In a free-text field an account may contain "na verdade": only a whole-message correction counts.
      if (m.freeText && !isWhole(m, hit.used)) return heldQuestion(t, m);
      // "pera, antes disso, tenho q pagar a taxa?" in a form: a pause before a clear question is no correction.
      if (t.state.view.at === 'form' && hit.used.every((i) => PAUSE_WORDS.has(m.tokens[i] ?? '')) && findTopics(m, false)?.strong) return undefined;
      return hit;
    },
    handle: (t, m, hit) => correct(t, m, hit.used),
  },
  {
    name: 'protocol',
    where: 'anywhere',
    recognise: (_t, m) => (protocolPattern.test(m.text) || (/\bprotocolo\b/.test(m.tokens.join(' ')) && m.tokens.some((w) => ['consultar', 'ver', 'acompanhar', 'situacao', 'status'].includes(w))) ? { used: [] } : undefined),
    handle: (t, m) => {
      const p = protocolPattern.exec(m.text);
      if (p) return showProtocol(t, `${p[1]}-${p[2]}-${p[3]}`);
      t.say('Para consultar, escreva "consultar protocolo" seguido do número, por exemplo: consultar protocolo ATD-20260101-123456.', t.state.options.length > 0 ? t.state.options : undefined, undefined, { kind: 'protocol' });
    },
  },
  { name: 'form_other', where: ['form'], recognise: () => ({ used: [] }), handle: (t, m) => formFallback(t, m) },
  // "e agora, tenho q fazer mais alguma coisa?" once a request is sent: what the form says happens next, then the
  // question whether it helped again.
  {
    name: 'after_request',
    where: ['feedback'],
    recognise: (t, m) => {
      const view = t.state.view;
      if (view.at !== 'feedback' || view.about !== 'request' || !serviceOf(t.ctx, view.serviceId ?? '')?.form) return undefined;
      const used = afterRequestCues.union(m);
      return used && namingWords(m, used).length === 0 ? { used } : undefined;
    },
    handle: (t) => {
      const view = t.state.view;
      const s = view.at === 'feedback' ? serviceOf(t.ctx, view.serviceId ?? '') : undefined;
      if (s?.form) t.say(`*${s.title}*\n${s.form.confirmation}`, undefined, undefined, { kind: 'notice' });
      keepContext(t);
    },
  },
  // On the summary, a message none of the above read: a question about the request is answered ("quais documentos eu
  // levo?"), another service offers to leave the summary as in the form ("e a cnh? perdi tbm"), anything else shows
  // the summary's question again. The summary is never left for a search without asking: its answers would be lost.
  {
    name: 'summary_other',
    where: ['confirm'],
    recognise: (t) => (t.state.view.at === 'confirm' && serviceOf(t.ctx, t.state.view.serviceId)?.form ? { used: [] } : undefined),
    handle: (t, m) => summaryOther(t, m),
  },
  // A reply to a yes/no question that is neither, and names no service: the question again.
  { name: 'ask_again', where: QUESTIONS, recognise: (_t, m) => (namingWords(m, []).length === 0 ? { used: [] } : undefined), handle: (t) => keepContext(t) },
  { name: 'search', where: 'anywhere', recognise: () => ({ used: [] }), handle: (t, m) => searchWithTopic(t, m) },
];

/** Who may be asked "pode marcar pra mim?" and is the bot itself ("o senhor poderia…", "a moça pode…"). */
const ASKED_OF_BOT: ReadonlySet<string> = new Set(['senhor', 'senhora', 'sinhora', 'sinhor', 'sinho', 'sra', 'sr', 'dona', 'moca', 'moco', 'mocinha', 'atendente', 'robo', 'bot', 'assistente', 'atende', 'voce', 'vc', 'ce']);
const CAN_WORDS: ReadonlySet<string> = new Set(['pode', 'podem', 'poderia', 'poderiam', 'consegue', 'conseguem']);
const SUBJECT_ARTICLES: ReadonlySet<string> = new Set(['a', 'o', 'meu', 'minha', 'um', 'uma', 'esse', 'essa', 'ele', 'ela']);

/** The bot asked whether it can do a thing for the citizen ("você pode … por mim?", "vc consegue … pra mim?"). */
function botAskedCan(m: Message): boolean {
  const toks = m.tokens;
  return toks.some((w, i) => ASKED_OF_BOT.has(w) && CAN_WORDS.has(toks[i + 1] ?? '')) && toks.some((w, i) => ['por', 'pra', 'para'].includes(w) && toks[i + 1] === 'mim');
}

/**
 * A question about a request rather than the request itself (see start_form): it opens by asking who ("quem
 * costuma fazer"), which thing ("que formulário"), or whether there is one ("há taxa", "existe prazo"), even after
 * what it is for ("pra empresa quem…"); or someone else is its subject with a verb of need ("o médico precisa
 * preencher"); or the citizen asks whether they may do it alone or for someone ("posso fazer o pedido sozinho?",
 * "posso fazer a inscrição dele?").
 */
function asksAboutRequest(m: Message): boolean {
  const folded = m.tokens.join(' ');
  if (/(^|\b(pra|para) \w+ )(e )?(quem|que|qual|quais|ha|existe|existem) /.test(folded) && !/^(e )?(que|qual) (bom|legal|otimo|pena|coisa)\b/.test(folded)) return true;
  const p = m.tokens.findIndex((w) => NEED_WORDS.has(w));
  const noun = m.tokens[p - 1] ?? '';
  if (p >= 2 && SUBJECT_ARTICLES.has(m.tokens[p - 2] ?? '') && noun.length >= 3 && !isGlue(noun) && !ASKED_OF_BOT.has(noun) && noun !== 'gente') return true;
  // "esse laudo quem preenche?": who fills the paper in, asked (round 5200).
  if (WHO_FILLS.test(folded)) return true;
  // "O agendamento é feito pelo CPF dela?", "a inscrição é pelo site?": the request told as the subject of how it is
  // done, asked about (round 3866).
  if (/(^|\b)(o|a) \w{4,} (e|eh) (feito|feita|pelo|pela|com|no|na|so|por|online|presencial)\b/.test(folded)) return true;
  // "ele mesmo pode registrar?", "ela pode registrar o boletim sozinha?": whether the person the request is for may make
  // it; "sou venezuelano, posso fazer o pedido tbm?": whether the citizen may, being so (round 5644).
  if (m.tokens.some((w, i) => CAN_WORDS.has(w) && (THEY.has(m.tokens[i - 1] ?? '') || (I_MYSELF_WORDS.has(m.tokens[i - 1] ?? '') && THEY.has(m.tokens[i - 2] ?? ''))))) return true;
  if (conditionTold(m).length > 0 && m.tokens.some((w) => CAN_WORDS.has(w) || w === 'posso' || w === 'consigo')) return true;
  return m.tokens.some((w) => w === 'posso' || w === 'podemos') && m.tokens.some((w) => FOR_WHOM_WORDS.has(w));
}
/** The person the request is for, as a pronoun ("*ele* pode pedir?"). */
const THEY: ReadonlySet<string> = new Set(['ele', 'ela', 'eles', 'elas']);
/** "ele *mesmo* pode?", "ela *própria*". */
const I_MYSELF_WORDS: ReadonlySet<string> = new Set(['mesmo', 'mesma', 'msm', 'proprio', 'propria', 'sozinho', 'sozinha']);
/** Interjections of surprise that may open a correction of a value ("opa, …", "eita, …"). */
const SURPRISED: ReadonlySet<string> = new Set(['opa', 'epa', 'eita', 'ih', 'xi']);
/** Words that make what follows a time ("*depois de* fazer o pedido", "*antes de* agendar", "*após* o pedido"). */
const TIME_BEFORE_REQUEST = /\b(depois de|depois do|antes de|antes do|apos|apos o|logo apos|assim que)$/;

/** A request verb or word said as the time of something else ("posso cancelar depois de fazer o pedido?"). */
function requestAsTime(m: Message): boolean {
  const at = [...(startFormCues.union(m) ?? []), ...(startFormWordCues.union(m) ?? [])];
  if (at.length === 0) return false;
  const first = Math.min(...at);
  return TIME_BEFORE_REQUEST.test(m.tokens.slice(Math.max(0, first - 3), first).join(' '));
}

/** Verbs of need whose subject may be someone else ("o médico *precisa* preencher"). */
const NEED_WORDS: ReadonlySet<string> = new Set(['precisa', 'precisam', 'deve', 'devem', 'costuma', 'costumam', 'faz', 'fazem']);
/** Words saying the citizen would do it alone or for someone else ("sozinho", "dele", "por ela"). */
const FOR_WHOM_WORDS: ReadonlySet<string> = new Set(['sozinho', 'sozinha', 'dele', 'dela', 'deles', 'delas']);

/** "a autoescola pode marcar pra mim?", "meu filho pode pedir?": someone named (an article and a noun) before "pode". */
function someoneElseCan(m: Message): boolean {
  const p = m.tokens.findIndex((w) => CAN_WORDS.has(w));
  const noun = m.tokens[p - 1] ?? '';
  return p >= 2 && SUBJECT_ARTICLES.has(m.tokens[p - 2] ?? '') && noun.length >= 3 && !isGlue(noun) && !ASKED_OF_BOT.has(noun);
}

/** Verbs of doing the errand whose subject may be someone else ("a concessionária *faz*", "o despachante *resolve*"). */
const DOES_WORDS: ReadonlySet<string> = new Set(['faz', 'fazem', 'cuida', 'cuidam', 'resolve', 'resolvem']);
/**
 * "a concessionaria nao faz isso pra mim?", "o despachante faz pra mim?": someone named (an article and a noun) before a
 * verb of doing, "não" allowed between: who does it for the citizen is asked about, not the bot asked (round 4040, r36c).
 */
function someoneElseDoes(m: Message): boolean {
  const p = m.tokens.findIndex((w) => DOES_WORDS.has(w));
  const q = m.tokens[p - 1] === 'nao' ? p - 1 : p;
  const noun = m.tokens[q - 1] ?? '';
  return p >= 2 && SUBJECT_ARTICLES.has(m.tokens[q - 2] ?? '') && noun.length >= 3 && !isGlue(noun) && !ASKED_OF_BOT.has(noun);
}

const fieldQuestionCues = c(FIELD_QUESTION);
/** Asking which services there are (the categories intent's cues). */
const listingCues = c(CATEGORIES);
const leaveWalkCues = c(LEAVE_WALK);

/** "por que *a escola*…", "pq *o hospital*…": a why-cue that opens the message, then an article and a noun. */
function whyOfTheWorld(m: Message, used: readonly number[]): boolean {
  const end = Math.max(...used);
  const why = used.length > 0 && Math.min(...used) === 0 && used.every((i) => ['por', 'que', 'porque', 'pq', 'q'].includes(m.tokens[i] ?? ''));
  const noun = m.tokens[end + 2] ?? '';
  return why && DEFINITE_ARTICLES.has(m.tokens[end + 1] ?? '') && /^[a-z]{3,}$/.test(noun) && !DEMONSTRATIVES.has(noun) && !THIS_WORDS.has(noun);
}
/** The words of a leave cue that can only mean leaving the steps ("*sai* disso", "*chega* de etapas"), unlike "para". */
/** The field being asked, named as such ("para que serve *este campo*"). */
const THIS_FIELD = /\b(?:este|esse|neste|nesse|deste|desse) campo\b/;
/** Words that point at the question asked, beside a field question's cue ("pra que *serve isso aqui*"), round 6261. */
const POINTING_AT_FIELD: ReadonlySet<string> = new Set(['isso', 'isto', 'aqui', 'ai', 'esse', 'essa', 'este', 'esta', 'serve', 'servir', 'pergunta', 'dado', 'informacao', 'ta', 'e']);

/** A short question of a field's cue and only words pointing at what is asked ("pra que serve isso"), round 6261. */
function pointsAtField(m: Reading, used: readonly number[]): boolean {
  const rest = m.tokens.filter((w, i) => !used.includes(i) && !isGlue(w));
  return m.tokens.length <= 6 && rest.length > 0 && rest.every((w) => POINTING_AT_FIELD.has(w)) && rest.some((w) => w !== 'e' && w !== 'ta');
}
const LEAVING_WORDS: ReadonlySet<string> = new Set(['sai', 'sair', 'saia', 'chega', 'parar', 'pare', 'basta', 'cansei', 'fecha', 'fechar',
  // A letter's "Encerre o passo a passo, por favor; desejo apenas saber o custo." (round 4154).
  'encerre', 'encerrar', 'encerra', 'interrompa', 'interromper']);
const LEFT_REFS = new Set(['deste', 'desse', 'dessa', 'desta', 'do', 'da', 'dele', 'dela', 'disso']);

/**
 * The words around a request clearly find another service, and not the card in view at all, and name it by a phrase
 * ("antes disso eu preciso fazer a inscrição estadual" on the rural invoice): the request is for that one. Words the search does not know
 * ("ops") are left out, or it would find nothing.
 */
function clearlyOther(t: TurnBuilder, focus: Service, naming: readonly string[]): boolean {
  const known = naming.filter((w) => t.ctx.search.knows(w));
  if (known.length === 0) return false;
  const found = t.ctx.search.search(known.join(' '), 5);
  const first = found.clear && !found.hits.some((h) => h.id === focus.id) ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
  // Named by a phrase of its own ("inscrição estadual"), not found by a word shared with it ("preencher o agendamento").
  // One with a form of its own is the request's to start ("na ouvidoria do estado, quero registrar aqui": requestHere).
  return first !== undefined && !first.form && namesService(t.ctx, first, known, true);
}

/** Words of doing the other thing first ("quero ver a da cnh *primeiro*", "*antes*"). */
const FIRST_WORDS: ReadonlySet<string> = new Set(['primeiro', 'antes', 'agora', 'entao', 'logo']);

/**
 * On the question whether to leave the form for another service: a yes cue opens the message, and every other word is
 * glue, a word of doing it first, or a word of the service offered ("sim, quero ver a da cnh primeiro").
 */
function offeredOnly(t: TurnBuilder, m: Message, used: readonly number[]): boolean {
  const view = t.state.view;
  const target = view.at === 'leave' ? serviceOf(t.ctx, view.target) : undefined;
  if (!target || !used.includes(0)) return false;
  const rest = m.tokens.filter((w, i) => !used.includes(i) && !isGlue(w) && !FIRST_WORDS.has(w));
  return rest.length > 0 && isOwnWords(target, rest);
}
const backCues = c(BACK);
const previousCues = c(PREVIOUS_SERVICE);

/** The last service in focus before the one in focus now, if the catalogue still has it. */
function previousService(t: TurnBuilder): Service | undefined {
  const id = (t.state.recent ?? []).filter((r) => r !== t.state.focus).at(-1);
  return id === undefined ? undefined : serviceOf(t.ctx, id);
}
const STEP_TOKENS = new Set(['passo', 'passos', 'a', 'etapa', 'etapas', 'por', 'cada', 'as', 'os', 'em']);
/** Courtesy and second thoughts around a cancel cue ("Pensando bem, não quero mais. Pode cancelar."). */
const SOFTENERS: ReadonlySet<string> = new Set(['pensando', 'bem', 'melhor', 'pode', 'podem', 'por', 'favor', 'entao', 'acho', 'que']);
/** Discouragement around a cancel cue in a free-text field ("ah deixa quieto, não vai dar em nada mesmo"). */
const DISMISSIVE: ReadonlySet<string> = new Set(['ah', 'ai', 'aff', 'nao', 'vai', 'dar', 'da', 'nada', 'adianta', 'resolve', 'resolver', 'nunca', 'mesmo', 'ninguem', 'liga', 'sei']);
/**
 * A clause saying that nothing done will help ("não vai trazer minha mãe de volta", "isso não vai mudar nada", "nada vai
 * devolver o que eu perdi"): a denial or "nada", a verb of bringing back or changing, and what is lost or "nada".
 */
const FUTILE = /^(?:(?:mas|e|isso|que) )*(?:nao (?:vai|vao|ira|adianta) |nada (?:vai|vao) )(?:trazer|devolver|mudar|resolver|consertar)\b(?: \S+){0,4}?(?: de volta| nada| isso)?(?: mesmo| msm| mais)?$/;
function futileClauses(m: Message): number[] {
  const out: number[] = [];
  let from = 0;
  m.tokens.forEach((_, i) => {
    if (!(m.pauses?.has(i) ?? false) && i < m.tokens.length - 1) return;
    if (FUTILE.test(m.tokens.slice(from, i + 1).join(' '))) for (let k = from; k <= i; k++) out.push(k);
    from = i + 1;
  });
  return out;
}
/** Fields whose answer is digits (a CPF, a phone, a date). */
const DIGIT_FIELDS: ReadonlySet<string> = new Set(['cpf', 'phone', 'date']);
/** A value typed first, up to its pause (digits and their marks), then words with no digit: the remark around an answer. */
const VALUE_FIRST = /^\s*\d[\d.\-/() ]{5,}\s*[,;:!.]+\s*[^\d]+$/;
/** In a form at a field of digits, the message opens with a try at it and says nothing more of value (see VALUE_FIRST). */
function valueThenRemark(t: TurnBuilder, m: Message): boolean {
  const f = formOf(t);
  const field = f?.form.fields[f.field];
  // "31 98765-4321, ops errei o cpf": a remark naming another field corrects that one.
  return f !== undefined && field !== undefined && DIGIT_FIELDS.has(field.type) && VALUE_FIRST.test(m.text) && fieldsNamed(f.form, m.text).every((i) => i === f.field);
}
/** Openers of exasperation before giving up ("*quer saber*, deixa pra lá", "*olha*, esquece"), closed by a pause. */
const EXASPERATED = /^(ah |ai )?(quer saber|sabe de uma coisa|sabe o que|olha|olhe|pensando bem|quer saber de uma coisa)$/;
/** Another way of doing what the form does, after a cancel cue in a free-text field ("esquece, vou *ligar* no 162"). */
const OTHER_WAY: ReadonlySet<string> = new Set(['ligar', 'ligo', 'telefonar', 'ligacao', 'telefone', 'pessoalmente', 'presencialmente', 'presencial', 'ir', 'vou', 'la', 'direto', 'mesmo', 'msm', 'mermo', 'prefiro']);
/** It being too hard, after a cancel cue in a free-text field ("deixa pra lá, é muito difícil, vou ligar"), round 6003. */
const TOO_HARD: ReadonlySet<string> = new Set(['muito', 'mt', 'mto', 'dificil', 'complicado', 'complicada', 'confuso', 'confusa', 'demais', 'trabalhoso', 'cansativo', 'enrolado']);
/** Another time, or no time now, after a cancel cue in a free-text field ("desisti, tô sem tempo agora", "esquece, faço depois"). */
const LATER: ReadonlySet<string> = new Set(['sem', 'tempo', 'agora', 'depois', 'outra', 'outro', 'dia', 'hora', 'mais', 'tarde', 'amanha', 'to', 'tou', 'estou', 'ocupado',
  'ocupada', 'correria', 'correndo', 'faco', 'fazer', 'termino', 'terminar', 'continuo', 'volto', 'eu']);
/** Words before "retorno" that make it the answer one gets ("eles dão *retorno*?", "tem algum retorno?"), never "go back". */
const GIVING: ReadonlySet<string> = new Set(['da', 'dao', 'dar', 'deram', 'tem', 'ter', 'terei', 'teria', 'recebo', 'receber', 'recebe', 'algum', 'um', 'o', 'ha', 'sem', 'nenhum']);
/** The replies from `from` on become the last turn's words, kept for "repete" (round 5960), with their options and hint. */
function sayAgain(t: TurnBuilder, from: number): void {
  const last = t.replies[t.replies.length - 1];
  if (t.lastReply === undefined || last === undefined || t.replies.length <= from) return;
  t.replies = [...t.replies.slice(0, from), { ...last, text: t.lastReply }];
}

/** Slang for not following that counts only as typed (see 'rephrase'), and its stems. */
const SLANG_AS_TYPED: ReadonlySet<string> = new Set(['boiei', 'viajei', 'viajou', 'boiou']);
const SLANG_STEMS: ReadonlySet<string> = new Set([...SLANG_AS_TYPED].map(stem));
/** A not-following cue match that is no such slang read by its stem ("viajar" is no "viajei"). */
const slangAsTyped = (m: Message) => (h: { used: readonly number[] }): boolean => !h.used.every((i) => SLANG_STEMS.has(stem(m.tokens[i] ?? '')) && !SLANG_AS_TYPED.has(m.tokens[i] ?? ''));
/** Not following said in words ("não entendi", "boiei", "como assim"), not a bare "quê?" ("q", "o que", "hã"). */
function notFollowedSaid(m: Message): boolean {
  // "não entendo nada dessas coisas de internet": inside a longer social cue, knowing nothing of the chat (round 4925).
  return rephraseCues.findAll(m).filter(slangAsTyped(m)).some((h) => h.used.some((i) => (m.tokens[i] ?? '').length >= 4 && !isGlue(m.tokens[i] ?? '')) && !insideSocialCue(m, h.used));
}
/** The new one ("a *nova*", "o *novo*"), never "again" (the cue "novamente" shares its stem). */
const NEW_ONE: ReadonlySet<string> = new Set(['novo', 'nova', 'novos', 'novas']);
/** "I am back" ("voltei"), and past forms that tell what happened ("ela *voltou* pra casa"): never "go back". */
const RETURNED: ReadonlySet<string> = new Set(['voltei', 'retornei', 'voltou', 'voltaram', 'voltamos', 'retornou', 'retornaram', 'voltava', 'voltavam']);
/** Words of a place after a verb of going back ("voltar lá"): a place the citizen goes back to. */
const THERE: ReadonlySet<string> = new Set(['la', 'ali']);
/** Words right before a verb that make it something the citizen must, may or will do ("tenho que voltar", "preciso ir"). */
const HAVING_TO: ReadonlySet<string> = new Set(['que', 'q', 'preciso', 'precisa', 'precisarei', 'devo', 'deve', 'vou', 'vai', 'posso', 'pode']);
/**
 * A minor named in words ("*menor de idade* pode registrar?", "*adolescente* pode fazer o pedido?"): with a question mark,
 * a question about the rules for minors, not the bot asked to make the request (round 3644, r34c).
 */
const MINOR_NAMED = /\b(menor de idade|menores de idade|de menor|menor de \d+|menores de \d+|menos de \d+|adolescentes?|criancas?)\b/;
function minorsNamed(m: Reading): boolean {
  return MINOR_NAMED.test(m.tokens.join(' '));
}
/**
 * A third person before the verb ("e quando *ele* voltar?", "se *ela* voltar sozinha"): someone else coming back, told or
 * put as a case, not the citizen asking the chat to go back (round 3642, r34c).
 */
const OTHERS: ReadonlySet<string> = new Set(['ele', 'ela', 'eles', 'elas']);
const STEP_STEMS: ReadonlySet<string> = new Set(['passo', 'etapa'].map(stem));
/**
 * Forms of the verb "passar" ("passou", "passaram"), which share the stem of "passo"; its participle too, which says
 * when ("semana *passada*", "mês passado"), never a step.
 */
const PASS_VERB = /^pass(ei|ou|amos|aram|ar|arei|ad[oa]s?)$/;
/** "pra trás", "anterior", "uma", a number: going back by steps, not back to the steps. */
const BY_STEPS: ReadonlySet<string> = new Set(['anterior', 'antes', 'uma', 'um', 'tras', 'atras', 'primeira', 'primeiro', 'inicio', 'comeco']);
/** A back cue whose object is the walkthrough itself ("volta pro passo a passo", "voltar as etapas"). */
function backToTheSteps(m: Message): boolean {
  const steps = stepWordCues.union(m);
  // The step word is no part of the back cue ("etapa anteior", misspelt, is the cue "etapa anterior").
  const back = backCues.union(m) ?? [];
  return steps !== undefined && !steps.some((i) => back.includes(i)) && !m.tokens.some((w) => BY_STEPS.has(w) || /^\d+$/.test(w) || CARDINAL_WORDS.has(w));
}
const stepWordCues = c(['passo a passo', 'passos', 'etapas', 'por etapas', 'cada etapa', 'cada passo', 'as etapas', 'os passos']);
const handoffCues = c(HANDOFF);
const botCues = c(SOCIAL.bot);
const attachmentCues = c(SOCIAL.attachment);
const helpCues = c(HELP);
/** The help intent's cues read as the whole message (see `cueHit`). */
const helpIntent: Intent = { name: 'help', where: 'anywhere', cues: helpCues, whole: true, handle: (t) => showHelp(t) };
/** Words that ask where ("*onde* faz aqui em uberaba?", "*aonde* eu vou?"). */
const WHERE_ASKED: ReadonlySet<string> = new Set(['onde', 'aonde', 'adonde', 'ondi']);
/** The past of helping ("me *ajudou*", "vocês *ajudaram*"), which thanks; the help cues match "ajuda" by its stem. */
const HELPED: ReadonlySet<string> = new Set(['ajudou', 'ajudaram', 'ajudado', 'ajudada', 'ajudasse']);
/** A thing not yet named ("um *trem*", "uma *coisa*", "um *negócio*", "um *assunto*"): what one says before telling what. */
const VAGUE_THINGS: ReadonlySet<string> = new Set(['coisa', 'coisinha', 'coisas', 'trem', 'treco', 'trequinho', 'negocio', 'negocinho', 'assunto', 'lance', 'parada', 'questao', 'situacao']);
const laterCues = c(SOCIAL.later);
/** Words that ask for a person rather than ask what the bot is ("*quero* falar com uma pessoa de verdade"). */
const HANDOFF_WANTS: ReadonlySet<string> = new Set(['quero', 'queria', 'preciso', 'gostaria', 'prefiro', 'quer', 'chama', 'passa', 'atendente']);
const nextCues = c(NEXT);
const NEXT_WHOLE: ReadonlySet<string> = new Set(NEXT.filter((p) => p.includes(' ')));
/**
 * "next" said alone ("prox", "próximo", "próxima etapa", "avança"): the next cues that name the next step or moving on
 * (not "ok", "pronto", "e depois"…), and those with a "please" or a "bora" before.
 */
const NEXT_ALONE: ReadonlySet<string> = new Set([...NEXT.filter((p) => /^(?:prox\w*|avanca\w*|segue|seguir)(?: passo| etapa)?$/.test(p)), 'proximo passo por favor', 'bora pro proximo']);
/** The "and" alone, or with "then" ("e?", "e entao?", "e aí, e depois?"): what comes next, asked in the steps. */
const AND_THEN: ReadonlySet<string> = new Set(['e', 'e entao', 'e ae', 'e entao o que', 'e entao oq', 'e ai e depois', 'e mais']);
const rephraseCues = c(REPHRASE);
const mannerCues = c(MANNER);
const shorterCues = c(SHORTER);
/** Words that ask for all of it ("resume *tudo*"), round 5964. */
const WHOLE_WORDS: ReadonlySet<string> = new Set(['tudo', 'geral', 'todo', 'toda']);
/**
 * A question about a word of the card in view, put with not following ("oq é danfe? entendi nada", "como assim consulta
 * de viabilidade?", "Não entendi essa parte do acordo. Vou ter que fazer prova?"): the words the not-following cue leaves
 * over that are the card's own and not of its title (an acronym of its title only when the card spells it out: "o que é
 * fici?" on the driver indication), and name no other service; asked what it is with no such cue ("que que é esse med?"), an
 * acronym the card spells out only. Not a bare "quê?" ("o que", "q"), nor a statement ("não
 * entendi essa parte da categoria" asks the answer again), nor a question a clear topic asks ("como assim, quanto custa?").
 */
/** The word is among the card's keywords and nowhere in its description or steps. */
function keywordOnly(s: Service, word: string): boolean {
  const stem = stemOrSelf(word);
  if (!s.keywords.some((k) => analyze(k).includes(stem))) return false;
  return ![s.description, ...s.steps.flatMap((st) => [st.title, st.description, ...st.documents])].some((x) => analyze(x).includes(stem));
}

/** The bot refused ("não quero falar com máquina", "chega de robô", "cansei desse robô"). */
const BOT_REFUSED = /\b(?:(?:nao|n) (?:quero|aguento|gosto de|vou) (?:mais )?(?:falar|conversar|ficar)? ?(?:com )?(?:(?:uma|um|essa|esse) )?|chega de (?:falar com )?|cansei (?:de (?:falar com )?|desse |dessa ))(?:maquina|robo|bot|robozinho|computador)\b/;

function termAsked(t: TurnBuilder, m: Message): { cue: number[]; terms: string[] } | undefined {
  const focus = focusOf(t);
  // "que que é esse med": asking what a thing is is a question, its mark dropped or not.
  if (focus === undefined || !(isQuestion(m.text) || WHAT_IS.test(m.tokens.join(' ')))) return undefined;
  const hits = rephraseCues.findAll(m).filter(slangAsTyped(m));
  // The cue said in words ("entendi nada") leaves the question; a bare "hã", "q" is only no naming word.
  const cue = hits.filter((h) => h.used.some((i) => (m.tokens[i] ?? '').length >= 4 && !isGlue(m.tokens[i] ?? ''))).flatMap((h) => h.used);
  // "que que é esse med?": with no such cue, asking what a thing is, of an acronym the card spells out only.
  const whatIs = cue.length === 0 && WHAT_IS.test(m.tokens.join(' '));
  if (cue.length === 0 && !whatIs) return undefined;
  const topics = findTopics(m, false);
  if (topics?.strong && topics.used.some((i) => !cue.includes(i))) return undefined;
  const naming = namingWords(m, hits.flatMap((h) => h.used)).filter((w) => !isGlue(w) && !POINTING_AT.has(w) && !REPEAT_VERBS.has(w));
  // "O que quer dizer religação?", "vistoria é oq?": asked only what a word of the card's own text (not of its title)
  // means, no topic said, is that word too; the card's sentence using it answers (r40c).
  const ownTerm = (w: string): boolean => isOwnWords(focus, [w]) && !inTitle(focus, w);
  // Not a thing pointed back at ("o que é *essa* guia?"): which of the card's things is meant is round 1161's.
  // A word the card holds only among its keywords (LADV) has no sentence to point back at; it stays a term asked.
  const pointed = pointsAt(m.tokens, (w) => naming.includes(w) && !keywordOnly(focus, w));
  const onlyOwn = whatIs && topics === undefined && naming.length > 0 && !pointed && naming.every(ownTerm);
  const terms = naming.filter((w) => (whatIs ? speltOut(focus, w) !== undefined || onlyOwn : isOwnWords(focus, [w]) && (!inTitle(focus, w) || speltOut(focus, w) !== undefined)));
  if (terms.length === 0) return undefined;
  const first = serviceOf(t.ctx, t.ctx.search.search(naming.join(' '), 3).hits[0]?.id ?? '');
  // An acronym the card spells out is the card's own word, whatever other service it names ("o que é essa atpv?").
  const own = first === undefined || first.id === focus.id || !namesService(t.ctx, first, naming, true) || terms.some((w) => speltOut(focus, w) !== undefined);
  return own ? { cue, terms } : undefined;
}

/** A verb of being or of being called between names, as typed ("o CRV *é* o DUT", "agora *chama* CIN"): "é" with its accent. */
const IS_NAMED = /(?:^|[\s,?])(?:é|eh|era|seria|são|sao|virou|chama|chamam|chamava|chamavam)\s/iu;
/** Words that say what a name was or is ("antigo", "no meu tempo", "agora chama"): with them, one name is enough. */
const NAME_TIME: ReadonlySet<string> = new Set(['antigo', 'antiga', 'antigamente', 'velho', 'velha', 'nome', 'chama', 'chamam', 'chamava', 'chamavam', 'chamado', 'chamada', 'tempo', 'epoca', 'virou']);
/** The words around the names in a question of naming: being, pointing, time, tags and interjections. */
const NAMING_SO: ReadonlySet<string> = new Set([...NAME_TIME, 'e', 'eh', 'era', 'seria', 'sao', 'novo', 'nova', 'agora', 'hoje', 'antes', 'mesmo', 'mesma', 'coisa', 'igual', 'tipo', 'isso', 'esse', 'essa', 'isto', 'ne', 'que', 'q', 'ah', 'ta', 'entao', 'mudou', 'meu', 'minha']);

/**
 * "o CRV é o DUT ne?", "ah isso é o antigo supletivo ne?", "no meu tempo era RG, agora chama CIN é?": asked whether a name
 * is another, or the old name of the card in view. Once the words of being, pointing and time (NAMING_SO) are out, one to
 * three names are left, each a word some card or synonym of the catalogue names things by, at least one of them one of
 * this card's own names (its acronym, a popular name, a keyword); two names, or one with a word of naming or of time
 * ("antigo", "chama"). Not a question a clear topic asks ("o DAE é o mesmo? quanto custa?").
 */
function namesAsked(t: TurnBuilder, m: Message): string[] | undefined {
  const focus = focusOf(t);
  if (focus === undefined || !isAsked(m.text) || !IS_NAMED.test(m.text) || findTopics(m, false)?.strong === true) return undefined;
  const names = m.tokens.filter((w) => !isGlue(w) && !NAMING_SO.has(w));
  if (names.length === 0 || names.length > 3 || (names.length === 1 && !m.tokens.some((w) => NAME_TIME.has(w)))) return undefined;
  // A name, not an ordinary word ("o cadastro já é a matrícula?" asks how the service goes on): an acronym (of the
  // catalogue's capitals, or typed in capitals) or a name of one word among the synonyms and the popular names.
  const typedCaps = new Set((m.text.match(/\b[A-Z]{2,6}\b/g) ?? []).map((x) => fold(x)));
  const nameLike = (w: string): boolean => typedCaps.has(w) || oneWordNames(t.ctx.catalogue).has(w);
  const cardNames = knownByWords(focus);
  // "a renovação da cnh é no detran?" on the re-enrolment: a name another service is known by, and not the card, names
  // that service (round 1180's test; merge review of round 5421).
  const otherCards = (w: string): boolean => t.ctx.catalogue.services.some((s) => s.id !== focus.id && knownByWords(s).has(w));
  return names.every(nameLike) && names.some((w) => cardNames.has(w)) && !names.some((w) => !cardNames.has(w) && otherCards(w)) ? names : undefined;
}
/** The names of one word the catalogue knows things by, folded: acronyms it writes in capitals, synonyms, popular names ("dut", "crv", "supletivo"). */
const oneWordNames = memo((catalogue: Catalogue): ReadonlySet<string> => {
  const phrases = [...catalogue.synonyms.flatMap((e) => [e.term, ...e.alternatives]), ...catalogue.services.flatMap((s) => [s.acronym ?? '', ...s.popularNames])];
  const capitals = catalogue.services.flatMap((s) => [s.title, s.description, ...s.keywords, ...s.steps.flatMap((st) => [st.title, st.description, ...st.documents])].join(' ').match(/\b[A-Z]{2,6}\b/g) ?? []);
  return new Set([...phrases.map((p) => searchWords(p)).filter((p) => p.length === 1).flat(), ...capitals.map((x) => fold(x))]);
});

/**
 * "e se eu precisar corrigir depois?", "caso eu erre, dá pra corrigir?": a correction's word inside a case the citizen
 * puts (the message opens with "se"/"e se"/"caso") asks about a correction to come, it corrects nothing of the bot's.
 */
function caseNotCorrection(m: Message, hit: Hit | undefined): Hit | undefined {
  return hit !== undefined && CASE_OPENS.test(m.tokens.join(' ')) && hit.used.every((i) => i >= 2) ? undefined : hit;
}
const CASE_OPENS = /^(e |mas )?(se|caso)\b/;

/**
 * What follows a not-following cue that opens the message ("não entendi nada, *me mostra tudo de novo desde o início*"):
 * the request that comes with it, read alone; undefined when no such cue opens it or nothing follows.
 */
function afterNotFollowing(m: Message): Reading | undefined {
  const ends = rephraseCues.findAll(m).filter((h) => h.used.length >= 2 && h.used.every((i, k) => i === k)).map((h) => h.used.length);
  const from = Math.max(0, ...ends);
  if (from === 0 || from >= m.tokens.length) return undefined;
  const pauses = new Set([...(m.pauses ?? [])].filter((p) => p >= from).map((p) => p - from));
  return { text: m.tokens.slice(from).join(' '), tokens: m.tokens.slice(from), stems: m.stems.slice(from), pauses };
}

/**
 * A topic's thing wanted, an article at most between ("quero o valor", "queria o endereço"): token `i` of `used` after a
 * verb of wanting. Not "nao quero o passo a passo", which refuses the thing ("nao, quero o valor" refuses the last
 * answer), nor a verb wanted ("so quero pagar o desse ano"), which is a request (round 3501).
 */
function thingWanted(m: Message, used: readonly number[]): boolean {
  return used.some((i) => {
    const want = WANT_OPENERS.has(m.tokens[i - 1] ?? '') ? i - 1 : DEFINITE_ARTICLES.has(m.tokens[i - 1] ?? '') && WANT_OPENERS.has(m.tokens[i - 2] ?? '') ? i - 2 : -1;
    return want >= 0 && !/(ar|er|ir)$/.test(m.tokens[i] ?? '') && (!DENIALS.has(m.tokens[want - 1] ?? '') || m.pauses?.has(want - 1) === true);
  });
}

/**
 * The message is only acknowledgements (ackWordsFirst), an "e" and an article at most, then the topic's cue words and
 * nothing after them: "ah e o site", "blz, link", "ok e o telefone" (round 4904).
 */
function thingAfterAck(m: Message, used: readonly number[]): boolean {
  const first = ackWordsFirst(m);
  if (first === 0 || used.length === 0) return false;
  const rest = m.tokens.map((_, i) => i).filter((i) => i >= first && !used.includes(i));
  return rest.every((i) => i < (used[0] ?? 0) && (m.tokens[i] === 'e' || DEFINITE_ARTICLES.has(m.tokens[i] ?? ''))) && used.every((i) => i >= first);
}

/** Is the token at `i` a word of an apology read as small talk ("sorry *era pra outra pessoa* kkk"), round 5940? */
function sorryHolds(t: TurnBuilder, m: Message, i: number): boolean {
  const social = socialTurn(t, m);
  return social?.social?.has('sorry') === true && social.used.includes(i);
}

/**
 * On a card, the message is only a "não" refusing the last answer and a topic's thing wanted ("não, queria o
 * endereço"): the topic is asked of the card, though its word names another service ("Alterar endereço do condutor").
 */
function onlyThingWanted(t: TurnBuilder, m: Message): boolean {
  const topics = findTopics(m, false);
  if (topics === undefined || focusOf(t) === undefined || !thingWanted(m, topics.used)) return false;
  return namingWords(m, topics.used).every((w) => isGlue(w) || WANT_OPENERS.has(w) || DENIALS.has(w) || APOLOGIES.has(w));
}

/**
 * The claim without the question tag that asks to check it ("… sai na hora. Confere?", "…, procede?"): the tag's words
 * are no part of what is claimed ("confere" is no "autenticidade conferida") (round 3508).
 */
const CHECK_TAG = /[.!?,;]\s*(?:(?:e|é|isso) )?(?:confere|procede|é verdade|e verdade|é isso mesmo|e isso mesmo|tá certo|ta certo|está certo|certo|né|ne|confirma|é mesmo|e mesmo)\s*\?*\s*$/i;
const untagged = (text: string): string => text.replace(CHECK_TAG, '.');

/** Asking what a thing is ("o que é", "que que é", "oq seria", "o que significa"). */
// The thing first, then what it is ("ppd é oq?", "reds é o que msm?", "atpv e q diabo é isso"): after a word, never
// opening the message ("e o que eu levo?" is "and what").
const WHAT_IS = /\b(o que|oque|o q|que que|q q|que|q) (e|eh|seria|sao|significa|quer dizer|vem a ser|vem a ser esse|vem a ser essa)\b|\b(significa|quer dizer) (o que|oque|oq|o q)\b|\S (e|eh|seria|sao) (o que|oque|oq|o q|oqq)\b|\S (q|que) diabo (e|eh)\b/;

/** Words a "que" makes one phrase with, no "quê?": having to ("tenho que", "tem q"), why ("por que"). */
// "depois que recuperar, tem mais alguma coisa?", "assim que sair…": a "que" of a conjunction of time opens a clause of when
// (round 5801).
const JOINED_QUE: ReadonlySet<string> = new Set(['tenho', 'tem', 'temos', 'tinha', 'teria', 'ter', 'por', 'depois', 'antes', 'assim', 'logo', 'desde', 'ate']);

/** Words that point at a part of what was said ("esse *negócio* de DBE", "essa *coisa* aí"). */
const POINTING_AT: ReadonlySet<string> = new Set(['esse', 'isso', 'negocio', 'coisa', 'trem', 'ai', 'dai']);

/** Words of having to ("*tenho que* dizer", "*preciso* explicar", "*sou obrigado a* falar"). */
const MUST: ReadonlySet<string> = new Set(['preciso', 'precisa', 'precisamos', 'precisaria', 'tenho', 'tem', 'temos', 'teria', 'ter', 'devo', 'deve', 'obrigado', 'obrigada', 'necessario', 'obrigatorio']);
/** Words between "ter"/"ser obrigado" and the verb ("tenho *que* dizer", "obrigado *a* falar", "preciso *mesmo* explicar"). */
const MUST_LINKS: ReadonlySet<string> = new Set(['que', 'q', 'de', 'a', 'mesmo', 'msm', 'eu', 'mais']);

/** The word at `i` is a verb of saying that the citizen has to do ("tenho que *dizer* o motivo?"). */
function mustSay(m: Message, i: number): boolean {
  const verb = m.tokens[i] ?? '';
  if (!['fala', 'falar', 'fale', 'diz', 'dizer', 'diga', 'explica', 'explicar', 'escreve', 'mostra', 'mostrar', 'mostre', 'manda', 'mandar', 'mande', 'envia'].includes(verb)) return false;
  let k = i - 1;
  while (k >= 0 && MUST_LINKS.has(m.tokens[k] ?? '')) k -= 1;
  return MUST.has(m.tokens[k] ?? '');
}

/** The words of the walkthrough step in view (its title and text), folded; none outside a walkthrough. */
function stepWords(t: TurnBuilder): string[] {
  const view = t.state.view;
  if (view.at !== 'walkthrough' || !t.state.focus) return [];
  const step = serviceOf(t.ctx, t.state.focus)?.steps[view.step];
  return step ? searchWords(fold(`${step.title} ${step.description}`)).filter((w) => w.length > 2) : [];
}

/** The cue's tokens with the words allowed around it, when together they say all the message says. */
/** Verbs of doing the service's acts, which a "de novo", "outra vez" after them says are done again (no repeat asked; "posso imprimir mais de uma vez?", round 2122). */
const DO_AGAIN: ReadonlySet<string> = new Set(['fazer', 'faz', 'faco', 'refazer', 'tirar', 'tira', 'tiro', 'pagar', 'paga', 'pago', 'pedir', 'pede', 'peco', 'cadastrar', 'registrar', 'comecar', 'renovar', 'agendar', 'marcar', 'levar', 'enviar', 'solicitar', 'imprimir', 'imprime', 'imprimo', 'emitir', 'emite', 'emito', 'gerar', 'gera', 'gero', 'baixar', 'baixo']);

/** Third persons as the subject of what is told ("*ele* voltou de novo"). */
const THIRD_PERSONS: ReadonlySet<string> = new Set(['ele', 'ela', 'eles', 'elas']);
/** The words of "again" ("de novo", "outra vez", "novamente"). */
const AGAIN_WORDS: ReadonlySet<string> = new Set(['de', 'novo', 'denovo', 'outra', 'vez', 'novamente']);

function withWords(t: TurnBuilder, m: Message, cues: number[] | undefined, around: ReadonlySet<string>): Hit | undefined {
  if (!cues) return undefined;
  // "não perdi não": a cue word denied by the "não" before it (one not part of the cue, as in "não entendi") is no cue.
  if (cues.some((i) => m.tokens[i - 1] === 'nao' && !cues.includes(i - 1))) return undefined;
  // "tenho q fazer tudo de novo?", "vou ter que pagar outra vez?": doing the service again is asked, not the reply;
  // so too with what is done between ("tem q fazer *aula* de novo?", "vou pagar a taxa outra vez?").
  const first = Math.min(...cues);
  if (m.tokens.slice(Math.max(0, first - 3), first).some((w) => DO_AGAIN.has(w))) return undefined;
  // "ele se aproximou de mim de novo", "ela ligou outra vez": someone else doing something again, told (round 2708).
  // Only when the cue is a word of "again" alone: "ela não entendeu, pode explicar mais fácil?" still asks the bot.
  // Not when the again is a hearing of the bot's words ("ela pediu para *ouvir* essa de novo", round 3860).
  if (cues.every((i) => AGAIN_WORDS.has(m.tokens[i] ?? '')) && m.tokens.slice(0, first).some((w) => THIRD_PERSONS.has(w)) && heardAt(m, first) === undefined) return undefined;
  const used = [...cues, ...m.tokens.flatMap((w, i) => (around.has(w) && !cues.includes(i) ? [i] : [])), ...vocative(m)];
  // "FALA DE NOVO QUE EU NAO ENXERGO DIREITO": the reason after the request.
  used.push(...reasonAfter(m, used));
  // "Meu filho não ouviu. Pode repetir essa?": the reason before it, as a sentence of its own (round 3860).
  used.push(...reasonBefore(m, used), ...hearerBefore(m, first), ...awayBefore(m, used, Math.max(...cues)));
  return saysOnly(t, m, used) ? { used } : undefined;
}

/**
 * The reason given right after a request ("volta *q eu nao li direito*", "fala de novo *que eu não enxergo
 * direito*"): from a "que"/"pq" that follows the last word used to the end, when it only says the citizen did
 * not read, see or take it in.
 */
function reasonAfter(m: Message, used: readonly number[]): number[] {
  // The opener may come before a cue word that is part of the reason ("REPETE QUE NAO LI DIREITO": "não li").
  const first = Math.min(...used);
  const because = m.tokens.findIndex((w, i) => i > first && !used.includes(i) && REASON_OPENERS.has(w));
  if (because < 0 || m.tokens.some((w, i) => i > first && i < because && !used.includes(i) && !isGlue(w) && !BACK_THERE.has(w))) {
    const paused = reasonAfterPause(m, used);
    if (paused.length > 0) return paused;
    // "repete por favor nao deu tempo de ler": the reason with nothing opening it, a denial right after the request
    // (only with no "que"/"pq" at all: with one, the reason has its opener, as in "REPETE QUE NAO LI DIREITO").
    if (m.tokens.some((w) => REASON_OPENERS.has(w))) return [];
    const denial = m.tokens.findIndex((w, i) => i > first && !used.includes(i) && !isGlue(w));
    return denial > 0 && m.tokens[denial] === 'nao' ? reasonFrom(m, denial, used) : [];
  }
  return reasonFrom(m, because, used);
}

/** Where a request goes back to, between it and its reason ("volta lá *no de antes* que eu não entendi direito"), round 4260. */
const BACK_THERE: ReadonlySet<string> = new Set(['la', 'ali', 'ai', 'antes', 'anterior', 'naquele', 'naquela', 'aquele', 'aquela', 'pouco', 'atras', 'tras']);

/** "pode repetir? Não consegui ler direito.": the reason as a sentence of its own, after the request. */
function reasonAfterPause(m: Message, used: readonly number[]): number[] {
  const first = Math.min(...used);
  const pause = [...(m.pauses ?? [])].filter((p) => p >= first).sort((a, b) => a - b)[0];
  if (pause === undefined || pause + 1 >= m.tokens.length) return [];
  if (m.tokens.some((w, i) => i < pause && !used.includes(i) && !isGlue(w))) return [];
  const after = m.tokens.map((_, i) => i).filter((i) => i > pause);
  if (after.every((i) => used.includes(i) || REASON_WORDS.has(m.tokens[i] ?? '') || isGlue(m.tokens[i] ?? ''))) return after;
  // "pode repetir? meus olhos nao ajudam, leio devagar": a short sentence about the citizen themselves, as after a "que",
  // right after the request (the pause closes it) and asking nothing ("voltando na inscrição, eu peço onde" asks).
  if (!used.includes(pause) || after.some((i) => ASKING_WORDS.has(m.tokens[i] ?? '')) || m.text.lastIndexOf('?') > m.text.indexOf('?')) return [];
  return reasonFrom(m, pause, used).filter((i) => i > pause);
}

/** The message's last clause when it is a reason of not taking it in ("…que eu não entendo nada disso"). */
function reasonTail(m: Message): number[] {
  for (let i = m.tokens.length - 2; i > 0; i--) if (REASON_OPENERS.has(m.tokens[i] ?? '')) return reasonFrom(m, i, []);
  return [];
}

/**
 * The tokens from the opener at `because` to the end, when all of them (cue words in `used` aside) say a reason, or
 * when the clause is short and about the citizen themselves ("que *minha* vista é ruim", "pq *to* sem óculos"): what
 * the citizen says of themselves after a request is why they ask, not another request.
 */
function reasonFrom(m: Message, because: number, used: readonly number[]): number[] {
  const after = m.tokens.map((_, i) => i).filter((i) => i >= because);
  if (after.every((i) => i === because || used.includes(i) || REASON_WORDS.has(m.tokens[i] ?? '') || isGlue(m.tokens[i] ?? ''))) return after;
  // Not a wish ('repete que eu quero ver o preço'): that is another request.
  return after.length <= 7 && FIRST_PERSON.has(m.tokens[because + 1] ?? '') && !after.some((i) => WANT_OPENERS.has(m.tokens[i] ?? '')) ? after : [];
}

/** Words that open a clause about the citizen themselves ("que *eu*…", "pq *minha* vista…", "que *to* sem óculos"). */
const FIRST_PERSON: ReadonlySet<string> = new Set(['eu', 'minha', 'meu', 'minhas', 'meus', 'to', 'estou', 'tava', 'estava', 'sou']);

/**
 * The words a cue leaves over name another service more than `focus` ("como consulto o bo depois?" on the CIN): a
 * service the search finds for them, named by them (title, popular name, acronym) by more words than the focus is.
 * "Quero ver o passo a passo para pedir o remédio da minha mãe" on the high-cost medicines names no other.
 */
function namesOtherMore(t: TurnBuilder, m: Message, used: readonly number[], focus: Service): boolean {
  const naming = namingWords(m, used);
  if (naming.length === 0) return false;
  const own = namedCount(t.ctx, focus, naming);
  return t.ctx.search.search(naming.join(' '), 5).hits.some((h) => {
    const s = serviceOf(t.ctx, h.id);
    return s !== undefined && s.id !== focus.id && namesService(t.ctx, s, naming) && namedCount(t.ctx, s, naming) > own;
  });
}

/**
 * The trouble's tokens and those of the words the card in view speaks of itself: "o DAE da taxa não gera", "o gov.br
 * diz que a senha está errada", "o app CNH do Brasil trava" on a card whose way goes through the DAE, the gov.br login
 * or that app name the card's own tool, not another service (round 4520).
 */
function ownWayWords(t: TurnBuilder, m: Message, used: readonly number[], focus: Service): number[] {
  const own = spokenOf(t.ctx, focus);
  return m.tokens.flatMap((w, i) => (used.includes(i) || (w.length > 1 && analyze(w).every((x) => own.has(x))) ? [i] : []));
}

/** Words that open the reason for a request ("volta *que* eu não li direito", "volta *pq* não entendi"). */
const REASON_OPENERS: ReadonlySet<string> = new Set(['que', ...BECAUSE]);
/** A reason of not having read or seen it ("eu não li direito", "passei rápido", "não prestei atenção"). */
const REASON_WORDS: ReadonlySet<string> = new Set([
  // … or of who it is for and why they need it simple ("é pro meu irmão q tem deficiência intelectual").
  'e', 'pro', 'para', 'meu', 'minha', 'irmao', 'irma', 'mae', 'pai', 'avo', 'filho', 'filha', 'tio', 'tia', 'ele', 'ela', 'tem', 'deficiencia', 'intelectual', 'visual', 'auditiva',
  'idoso', 'idosa', 'autista', 'autismo', 'analfabeto', 'analfabeta', 'dificuldade', 'enxerga', 'entende', 'sabe', 'le',
  // Eyes that do not see well ("que minha vista é fraca", "to sem oculos"), round 6060.
  'vista', 'fraca', 'ruim', 'olho', 'olhos', 'oculos', 'sem', 'enxergando',
  // Not having caught or heard it ("que eu nao peguei direito", "nao escutei", "nao captei").
  'peguei', 'captei', 'escutei', 'saquei',
  'to', 'estou', 'perdido', 'perdida', 'confuso', 'confusa', 'eu', 'nao', 'li', 'vi', 'entendi', 'enxergo', 'vejo', 'ouvi', 'entendo', 'sei', 'consegui', 'letra', 'pequena', 'muito', 'mto', 'direito', 'prestei', 'atencao', 'deu', 'pra', 'ler', 'tempo', 'pulei', 'passei', 'rapido', 'esqueci', 'perdi', 'acho', 'que', 'ainda', 'terminei', 'nada']);

/** Verbs of hearing the bot's words ("ela quer *ouvir* de novo"). */
const HEAR_VERBS: ReadonlySet<string> = new Set(['ouvir', 'escutar', 'ouve', 'escuta']);
/** Someone else not having taken it in, or a word of waiting, before the request ("Meu filho não *ouviu*.", "*Espere*, ela não *acompanhou*."). */
const NOT_TAKEN_IN: ReadonlySet<string> = new Set([
  ...REASON_WORDS, ...PAUSE_WORDS, 'espere', 'aguarde', 'ouviu', 'escutou', 'acompanhou', 'acompanhei', 'entendeu', 'leu', 'viu', 'pegou', 'captou', 'conseguiu', 'prestou', 'enxergou',
  'ouviram', 'escutaram', 'acompanharam', 'entenderam', 'leram', 'viram', 'eles', 'elas', 'marido', 'esposa', 'sogra', 'sogro', 'neto', 'neta', 'vo', 'senhora', 'senhor',
]);
/** Words that tell the reason is one of not taking it in (not a story: "minha mãe perdeu, me mostra de novo"). */
const NOT_TAKEN_VERBS: ReadonlySet<string> = new Set(['ouvi', 'ouviu', 'escutei', 'escutou', 'acompanhei', 'acompanhou', 'entendi', 'entendeu', 'li', 'leu', 'vi', 'viu', 'peguei', 'pegou', 'captei', 'captou', 'prestei', 'prestou', 'ouviram', 'escutaram', 'acompanharam', 'entenderam', 'leram', 'viram', 'espere', 'aguarde', ...PAUSE_WORDS]);

/** Who wants to hear it, and their wish, before a verb of hearing ("*ela pediu para* ouvir essa de novo"). */
const HEARER_WORDS: ReadonlySet<string> = new Set([...NOT_TAKEN_IN, 'pediu', 'pede', 'pedindo', 'quer', 'queria', 'gostaria', 'precisa', 'ta', 'esta', 'quero', 'queremos', 'vamos']);

/** A verb of hearing before the again cue at `first`, only the thing heard between ("ouvir *essa parte* de novo"). */
function heardAt(m: Message, first: number): number | undefined {
  for (let i = first - 1; i >= 0 && i >= first - 4; i--) {
    const w = m.tokens[i] ?? '';
    if (HEAR_VERBS.has(w)) return i;
    if (!REPEAT_VERBS.has(w) && !isGlue(w)) return undefined;
  }
  return undefined;
}

/** The tokens up to a verb of hearing right before the again cue at `first`, when they only say who wants to hear it. */
function hearerBefore(m: Message, first: number): number[] {
  const h = heardAt(m, first);
  if (h === undefined) return [];
  const upTo = m.tokens.map((_, i) => i).filter((i) => i <= h || (i < first && isGlue(m.tokens[i] ?? '')));
  return upTo.every((i) => i === h || HEARER_WORDS.has(m.tokens[i] ?? '') || isGlue(m.tokens[i] ?? '')) ? upTo : [];
}

/**
 * The tokens before the request, when they are a sentence of their own (a pause closes it) that only says someone did
 * not hear, follow or read it, or asks to wait ("Meu filho não ouviu. Pode repetir essa?", "Espere, ela não
 * acompanhou. Diga esse passo de novo…").
 */
function reasonBefore(m: Message, used: readonly number[]): number[] {
  // The last pause with the request after it ("minha mãe *não entendeu*. repete?": the cue's words may be in the sentence).
  const lastUsed = Math.max(...used);
  const pauses = [...(m.pauses ?? [])].filter((p) => p < lastUsed).sort((a, b) => b - a);
  for (const p of pauses) {
    const sentence = m.tokens.slice(0, p + 1);
    if (sentence.length > 9 || !sentence.some((w) => NOT_TAKEN_VERBS.has(w))) continue;
    if (sentence.every((w, i) => used.includes(i) || NOT_TAKEN_IN.has(w) || isGlue(w))) return sentence.flatMap((_, i) => (used.includes(i) ? [] : [i]));
  }
  return [];
}

/** First-person verbs that open the telling of a moment away ("*tive* que atender o telefone", "*fui* abrir a porta", "*tava* no banho"). */
const AWAY_OPENERS: ReadonlySet<string> = new Set(['tive', 'tivemos', 'fui', 'fomos', 'precisei', 'tava', 'estava', 'sai', 'fiquei', 'levantei']);
/** At most this many words in the telling of a moment away. */
const AWAY_WORDS = 12;
/**
 * A moment away told in a clause of its own before the request, with no "?" ("tive que atender o telefone de uma
 * entrevista, repete esse ai", "fui abrir o portão, fala de novo"): why the citizen missed it, whatever its words (a
 * "telefone" there asks for no contact); round 5243.
 */
function awayBefore(m: Message, used: readonly number[], cue: number): number[] {
  const pause = [...(m.pauses ?? [])].filter((p) => p < cue).sort((a, b) => b - a)[0];
  if (pause === undefined || pause + 1 > AWAY_WORDS || isAsked(m.text.split(/[,.;!…]/)[0] ?? '')) return [];
  const opener = m.tokens.findIndex((w) => !isGlue(w) && !APOLOGIES.has(w) && !INTERJECTIONS.has(w) && !PAUSE_WORDS.has(w));
  if (opener < 0 || opener > pause || !AWAY_OPENERS.has(m.tokens[opener] ?? '')) return [];
  // The request after it is the request alone ("repete esse ai", "pode falar de novo?"), not "é de novo a taxa?".
  if (m.tokens.some((w, i) => i > pause && !used.includes(i) && !isGlue(w))) return [];
  return m.tokens.slice(0, pause + 1).flatMap((_, i) => (used.includes(i) ? [] : [i]));
}

/** What a citizen leaving the walkthrough says they no longer want ("não quero mais ver isso"). */
const LEAVE_WALK_OBJECTS: ReadonlySet<string> = new Set(['ver', 'isso', 'disso', 'essas', 'etapas', 'mais', 'nada', 'entendi', 'sei', 'resto', 'outra', 'coisa']);

/**
 * The message clearly finds a service whose names hold every word of the question's cue ("visita *virtual*"), or finds
 * first a service one of whose popular names, said word for word, holds them: "quero tirar o documento do carro desse
 * ano" says the licensing's "tirar o documento do carro" whole, though "desse ano" keeps the search from being clear
 * (the vehicle pound's "tirar carro do pátio" brushes it); its "documento" names the service, it asks for no documents.
 */
function cueInName(t: TurnBuilder, m: Message, used: readonly number[]): boolean {
  // No search unless every cue word is in some service's names (most questions: "quanto custa").
  if (!used.every((i) => servicesNamedBy(t.ctx.catalogue, m.stems[i] ?? '').length > 0)) return false;
  const result = t.ctx.search.search(m.text, 2);
  const s = serviceOf(t.ctx, result.hits[0]?.id ?? '');
  if (!s) return false;
  if (!result.clear) return used.every((i) => popularSaidWhole(s, m.text).has(m.stems[i] ?? ''));
  const names = nameStems(s);
  return used.every((i) => names.has(m.stems[i] ?? ''));
}

/** The stems of the popular names of a service (two words or more) said word for word, one after the other, in the text. */
function popularSaidWhole(s: Service, text: string): ReadonlySet<string> {
  const said = analyze(text);
  const at = (n: readonly string[]): boolean => said.some((_, k) => n.every((x, j) => said[k + j] === x));
  return new Set(popularPhrases(s).filter(at).flat());
}

/** "volta pro agendamento": a verb of going back and, after it, a word naming the request itself. */
function backToForm(m: Message): number[] | undefined {
  const at = m.tokens.findIndex((w) => BACK_VERBS.has(w));
  const ref = m.tokens.findIndex((w, i) => i > at && FORM_NOUNS.has(w));
  return at >= 0 && ref > at ? [at, ref] : undefined;
}

/** Words that name the request being filled. */
const FORM_NOUNS: ReadonlySet<string> = new Set(['pedido', 'agendamento', 'preagendamento', 'formulario', 'solicitacao', 'cadastro', 'inscricao', 'manifestacao', 'registro', 'requerimento']);

/** Words for the service's card, seen before the steps ("o *resumo* do serviço", "o *cartão*", "as *informações*"). */
const CARD_NOUNS: ReadonlySet<string> = new Set(['resumo', 'cartao', 'card', 'ficha', 'descricao', 'informacoes', 'apresentacao', 'inicial',
  // "volta pro serviço", "voltar para a página do serviço", "quero voltar pra tela do serviço".
  'servico', 'pagina', 'tela',
]);
/** Verbs of going back to something or seeing it again ("volta pro resumo", "mostra o cartão de novo"). */
const SEE_AGAIN: ReadonlySet<string> = new Set([...BACK_VERBS, 'ver', 've', 'mostra', 'mostrar', 'mostre', 'abre', 'abrir', 'novo', 'vai', 'ir', 'leva']);

/** The one word that, typed alone in the steps, leaves them ("sair", "sai"). */
const LEAVE_ALONE: ReadonlySet<string> = new Set(['sair', 'sai']);
const leftAlone = (m: Message): boolean => m.tokens.length === 1 && LEAVE_ALONE.has(m.tokens[0] ?? '');

/**
 * In a walkthrough, a request to leave the steps for the card: the leave cues ("sai do passo a passo"), or a verb of
 * going back or seeing with a word for the card ("volta pro resumo do serviço", "quero ver o cartão de novo"), or both
 * ("sai do passo a passo e volta pro serviço"), with words of asking around them.
 */
function leavesSteps(t: TurnBuilder, m: Message): Hit | undefined {
  // "sair" alone, typed in the steps, leaves the steps back to the card: the walkthrough's way out, not the
  // conversation's end ("tchau" ends it; round 6165, where round 616 ended it).
  if (leftAlone(m)) return { used: [0] };
  const card = backToCard(t, m);
  const cues = leaveWalkCues.union(m) ?? (card.length > 0 ? [] : undefined);
  // "ok chega, sair das etapa": an acknowledgement before the leaving says nothing else (round 5222).
  const used = cues ? [...cues, ...card, ...m.tokens.flatMap((w, i) => (REQUEST_WORDS.has(w) || LEAVE_WALK_OBJECTS.has(w) || ACK_ONLY.has(w) ? [i] : []))] : undefined;
  if (used && isWhole(m, used)) return { used };
  return cues !== undefined && cues.length > 0 && used && leftWithReason(m, cues, used) ? { used } : undefined;
}

/**
 * Leaving the steps in a clause of its own, the citizen's reason or plan told in the others ("deixa, sai desse passo a
 * passo, meu cunhado … vai fazer comigo amanhã", "pode sair do passo a passo, o resto eu vejo depois com calma"): the
 * clause of the cues holds nothing else, and the others ask nothing (no "?", no word of asking or wishing, no clear
 * question of a topic: "sai disso, só quero saber quanto custa" is the follow-up's).
 */
function leftWithReason(m: Message, cues: readonly number[], used: readonly number[]): boolean {
  const pauses = [...(m.pauses ?? [])];
  const from = Math.max(-1, ...pauses.filter((p) => p < Math.min(...cues))) + 1;
  const to = Math.min(m.tokens.length - 1, ...pauses.filter((p) => p >= Math.max(...cues)));
  const clause = m.tokens.map((_, i) => i).filter((i) => i >= from && i <= to);
  if (!clause.every((i) => used.includes(i) || isGlue(m.tokens[i] ?? ''))) return false;
  if (from === 0 && to === m.tokens.length - 1) return false;
  const rest = m.tokens.filter((_, i) => i < from || i > to);
  return !isAsked(m.text) && !rest.some((w) => ASKING_WORDS.has(w) || ASKING_OPENERS_WALK.has(w)) && findTopics(m, false)?.strong !== true;
}
/** Words of wishing or asking that make a clause beside the leaving a request of its own ("quero ver o custo"). */
const ASKING_OPENERS_WALK: ReadonlySet<string> = new Set(['quero', 'queria', 'gostaria', 'preciso', 'quem', 'oq', 'cade']);

/**
 * In a walkthrough, the words of a message that ask for the service's card again: a verb of going back or seeing, and a
 * word for the card, with the service's own words ("o resumo do *serviço*", "da *licença de pesca*"); none otherwise.
 */
function backToCard(t: TurnBuilder, m: Message): number[] {
  const view = t.state.view;
  const s = view.at === 'walkthrough' ? serviceOf(t.ctx, view.serviceId) : undefined;
  if (!s || !m.tokens.some((w) => CARD_NOUNS.has(w)) || !m.tokens.some((w) => SEE_AGAIN.has(w))) return [];
  const own = nameStems(s);
  return m.tokens.flatMap((w, i) => (CARD_NOUNS.has(w) || SEE_AGAIN.has(w) || w === 'servico' || w === 'de' || w === 'pras' || w === 'pros' || own.has(m.stems[i] ?? '') ? [i] : []));
}

/** Each step's own words, by stem: not the service's names ("veículo" on a vehicle's transfer), nor words most services use. */
function stepOwnWords(t: TurnBuilder, s: Service, texts: readonly (readonly string[])[] = stepTitleStems(s)): string[][] {
  // A word of the service's name names no step, unless one step's title alone holds it ("pula pro passo do produtor
  // rural" in the state registration, whose name includes "produtor rural", and only step 3 is the producer's).
  const once = (x: string): boolean => texts.filter((words) => words.includes(x)).length === 1;
  return texts.map((words) => words.filter((x) => t.ctx.search.share(x) <= 1 / 3 && (!nameStems(s).has(x) || once(x))));
}

/** The one step whose own words hold the most of `said`, and at least half of it; none on a tie. */
function bestStep(said: readonly string[], own: readonly (readonly string[])[], name?: ReadonlySet<string>): number | undefined {
  const held = own.map((words) => said.filter((x) => words.includes(x)));
  // A word of the service's name weighs half: "a parte de quando ele descumpre a medida" in the protective measure's
  // steps is the one that names the breach, not the one that names the measure (round 3502).
  const scores = held.map((xs) => xs.reduce((n, x) => n + (name?.has(x) === true ? 0.5 : 1), 0));
  const best = Math.max(...scores);
  const at = scores.indexOf(best);
  if (best === 0 || (held[at]?.length ?? 0) * 2 < said.length || scores.filter((n) => n === best).length !== 1) return undefined;
  return at + 1;
}

/** Verbs of jumping to a part of the steps ("*pula* pra parte das aulas", "*vai* pro exame"), and words for a part (no content). */
const JUMP_VERBS: ReadonlySet<string> = new Set(['pula', 'pular', 'pule', 'vai', 'va', 'ir', 'leva', 'avanca', 'avancar', 'avance']);
const PART_WORDS: ReadonlySet<string> = new Set(['parte', 'etapa', 'passo', 'fase', 'novo', 'direto']);
/** What follows a word for a step to say what it is about ("o passo *da* taxa", "a parte *do* pagamento"). */
const ABOUT: ReadonlySet<string> = new Set(['de', 'da', 'do', 'das', 'dos', 'sobre']);
/** Words opening a relative clause after a word for a step ("a parte *que*…", "a etapa *onde*…"). */
const RELATIVE: ReadonlySet<string> = new Set(['que', 'q', 'onde', 'qual']);
/** Prepositions before a relative ("a parte *em* que", "a etapa *na* qual"). */
const IN_WHICH: ReadonlySet<string> = new Set(['em', 'na', 'no', 'pela', 'pelo']);
/** Verbs of a text speaking of something ("onde *fala* da vistoria", "onde *explica* o pagamento"). */
const SAYS_VERBS: ReadonlySet<string> = new Set(['fala', 'falam', 'explica', 'mostra', 'diz', 'ensina', 'trata', 'aparece']);
/** Asking which one, before a word for a step ("em *qual* passo", "*que* etapa"). */
const WHICH_WORDS: ReadonlySet<string> = new Set(['qual', 'quais', 'que', 'q']);
/** The verbs of a question asking which step holds something ("em qual passo *está*", "que etapa *fala* da taxa"). */
const WHICH_VERBS: ReadonlySet<string> = new Set(['esta', 'estao', 'ta', 'fica', 'fala', 'falam', 'entra', 'aparece', 'tem', 'e', 'sao', 'eu', 'faco', 'explica', 'mostra']);
/** "e o de renovar", "a da taxa": the one (step) of something, the whole message. */
const ONE_OF = /^(e )?(o|a|os|as) (de|da|do|das|dos) /;

/**
 * In a walkthrough, the step (1-based) a request to jump describes by its content ("pula pra parte das aulas práticas e
 * do exame de direção"): a verb of jumping, no question, and words that one step's title holds
 * more of than any other's, covering at least half of what is described.
 */
function stepDescribed(t: TurnBuilder, m: Message, s: Service): number | undefined {
  // Pointing at a step by what it is about: a verb of jumping ("pula pra parte das aulas"), a word for a step with
  // what it is about ("e o passo da taxa?"), or "the one of …" ("e o de renovar"), which in the steps can only be one.
  // "diga esse passo *de novo*" points at no step (round 3860).
  // "a parte em que eu pago", "vai pro passo que é com ajuda no Sine": what the step is about said in a relative clause
  // (round 4948).
  const relative = (i: number): boolean => RELATIVE.has(m.tokens[i + 1] ?? '') || (IN_WHICH.has(m.tokens[i + 1] ?? '') && RELATIVE.has(m.tokens[i + 2] ?? ''));
  const part = m.tokens.some((w, i) => PART_WORDS.has(w) && w !== 'novo' && w !== 'direto' && ((ABOUT.has(m.tokens[i + 1] ?? '') && m.tokens[i + 2] !== 'novo') || relative(i)));
  // "ok e o da vistoria": an acknowledgement before it does not change what is pointed at.
  const pointed = ONE_OF.test(m.tokens.slice(ackWordsFirst(m)).join(' '));
  const jump = m.tokens.some((w) => JUMP_VERBS.has(w)) && !isAsked(m.text);
  // "em qual passo está a renovação?", "que etapa fala da taxa?": asking which step holds something points at it too.
  // "onde fala da vistoria?", "pule para onde fala do registro": asking where the steps speak of something points at
  // the step that does (round 3502).
  const whereSays = m.tokens.some((w, i) => WHERE_ASKED.has(w) && SAYS_VERBS.has(m.tokens[i + 1] ?? '') && ABOUT.has(m.tokens[i + 2] ?? ''));
  const which = whereSays || m.tokens.some((w, i) => WHICH_WORDS.has(w) && PART_WORDS.has(m.tokens[i + 1] ?? ''));
  // "e pra pagar?", "e se já cortaram a água?": a case or a purpose asked after the step on screen, every word of it
  // in one later step's title, points at that step (see `caseOfLaterStep`).
  if (!(jump || part || pointed || which)) return caseOfLaterStep(t, m, s);
  if (!part && !which && findTopics(m, false)?.strong) return undefined;
  // "pula o agendamento" skips that step: the next intent takes the one after it; "ja descobri, pode ir pro outro"
  // tells a step done, which is no step to jump to.
  // So does "pronto, ja tenho a inscrição, pode ir pro próximo": what the citizen already has is that step done.
  // Not when a step is pointed at by a word for it ("ja tenho, me mostra a etapa de emitir").
  const has = !part && !which && m.tokens.includes('tenho');
  if (stepSkipped(t, m) !== undefined || (m.tokens.includes('ja') && (has || m.tokens.some((w) => isDoneVerb(w))))) return undefined;
  // Words that name no service ("taxa", "renovar") still name a step when a step is pointed at ("o passo da taxa").
  const generic = (w: string): boolean => GENERIC_WORDS.has(w) && !(part || pointed || which);
  // Nor do the verbs of showing ("quero *ver* o passo de pagar a taxa") or the words asking which ("em *qual* passo *está*").
  const asking = (w: string): boolean => SHOW_STEMS.has(stem(w)) || (which && (WHICH_WORDS.has(w) || WHICH_VERBS.has(w) || WHERE_ASKED.has(w)));
  // The word right after "a parte de", "o passo do" is what the step is about, even a verb of showing or following
  // ("a parte de enviar", "a etapa de acompanhar").
  const about = new Set(m.tokens.flatMap((w, i) => (PART_WORDS.has(w) && ABOUT.has(m.tokens[i + 1] ?? '') ? [i + 2] : [])));
  // "volta pra parte de pagar": going back to a part is going to it (round 3502).
  // Nor do the words of asking it in other words ("com *outras palavras*" is not the step "Outras opções", round 3860).
  const rephrased = new Set(rephraseCues.union(m) ?? []);
  const said = [...new Set(m.tokens.filter((w, i) => !rephrased.has(i) && !isGlue(w) && !JUMP_VERBS.has(w) && !((part || which) && BACK_VERBS.has(w)) && !PART_WORDS.has(w) && !REQUEST_WORDS.has(w) && !generic(w) && (!asking(w) || about.has(i))).flatMap((w) => analyze(w)))];
  if (said.length === 0) return undefined;
  // The titles first; when they do not tell one step, what each step says in full ("a parte de autorizar o sindicato":
  // the title says "autorizar uma entidade", its text names the union), for a step whose title holds a word said
  // or whose text holds two of them ("a parte de instalar os extintores"): one word of a step's text alone is not its
  // name ("pula pro próximo" is not the step about "o próximo ano").
  const titles = stepOwnWords(t, s);
  const texts = stepOwnWords(t, s, stepTextStems(s));
  const name = nameStems(s);
  // Last, the titles' every word but the service's name: "volta pra parte de pagar" in the Cemig bill's steps ("Pagar a
  // conta"), "pula pra parte de pedir pela internet" ("Fazer o pedido pela internet"): words common in the catalogue,
  // that the titles' own words leave out, still tell one step from the others (round 3502).
  const whole = stepTitleStems(s).map((words) => words.filter((x) => !name.has(x)));
  const told = bestStep(said, titles, name) ?? bestStep(said, texts, name) ?? bestStep(said, whole);
  // Then, a step pointed at by a word for it, the titles as they are, name and all: "a parte em que eu pago" in the
  // IPVA's steps ("Pagar o IPVA"; "pagar" is in the service's name), round 4948.
  const plain = told === undefined && part ? bestStep(said, stepTitleStems(s)) : undefined;
  if (plain !== undefined) return plain;
  // "e se o carro for achado? qual passo fala disso": the step asked for is the case's, told in the clause before (round 3665).
  if (told === undefined) return which ? caseOfLaterStep(t, m, s) : undefined;
  // "to com o lme e a receita, avança", "não houve violência nem ameaça. avance": a jump forward (no step pointed at)
  // beside words of the step on screen, or of one before it, tells why the citizen goes on; no step to jump to.
  if (jump && !part && !pointed && !which && t.state.view.at === 'walkthrough' && told <= t.state.view.step + 1) return undefined;
  return said.some((x) => titles[told - 1]?.includes(x) || whole[told - 1]?.includes(x)) || said.filter((x) => texts[told - 1]?.includes(x)).length >= 2 ? told : undefined;
}

/** "e se…", "e caso…", "e pra…", "e quando…": a case or a purpose added as a question, in the steps. */
const CASE_OR_PURPOSE = /^e (se|caso|pra|para|pro|quando) /;
/** Words of a case that name nothing of a step ("e quando *for* receber", "e se *eu*…"). */
const CASE_WORDS: ReadonlySet<string> = new Set(['ja', 'se', 'caso', 'quando', 'for', 'eu', 'gente']);

/**
 * In a walkthrough, a question that opens with a case or a purpose ("e pra pagar?", "e se já cortaram a água?") whose
 * every word (by stem, "já" aside) one later step's title holds, and no other step's: that step (1-based).
 */
function caseOfLaterStep(t: TurnBuilder, m: Message, s: Service): number | undefined {
  const view = t.state.view;
  if (view.at !== 'walkthrough' || !isAsked(m.text) || !CASE_OR_PURPOSE.test(m.tokens.slice(ackWordsFirst(m)).join(' '))) return undefined;
  // "e se eu já paguei o DAE?" tells a thing done: the step after it is another reader's (see `stepAfterDone`).
  if (m.tokens.some((w) => isDoneVerb(w))) return undefined;
  // "e se o carro for achado? qual passo fala disso": the case is the first clause; what follows asks for its step (round 3665).
  const end = Math.min(m.tokens.length, ...[...(m.pauses ?? [])].map((p) => p + 1));
  const said = [...new Set(m.tokens.filter((w, i) => i > 1 && i < end && !isGlue(w) && !CASE_WORDS.has(w)).flatMap((w) => analyze(w)))];
  if (said.length === 0) return undefined;
  // The titles' words as they are: a common word ("pagar") still tells a step apart when no other step's title holds it.
  const plain = stepTitleStems(s).flatMap((words, i) => (said.every((x) => words.includes(x)) ? [i] : []));
  // Else the titles in other words: the catalogue's synonyms ("carro" for "veículo") and near-synonyms ("achado" for
  // "recuperado", "achar" for "encontrar") (round 3665).
  const holding = plain.length > 0 ? plain : stepTitlesWidened(t, s).flatMap((words, i) => (said.every((x) => words.has(x)) ? [i] : []));
  const at = holding[0];
  return holding.length === 1 && at !== undefined && at > view.step ? at + 1 : undefined;
}

const widenedTitles = new WeakMap<Service, readonly ReadonlySet<string>[]>();

/** Each step title's stems with their synonyms (data/synonyms.yaml) and near-synonyms (data/quase-sinonimos.yaml), once per service. */
function stepTitlesWidened(t: TurnBuilder, s: Service): readonly ReadonlySet<string>[] {
  let titles = widenedTitles.get(s);
  if (!titles) {
    const near = nearStemsOf(t.ctx.catalogue.nearSynonyms);
    titles = stepTitleStems(s).map((words) => new Set([...withSynonyms(t.ctx.catalogue.synonyms, new Set(words)), ...words.flatMap((x) => near.get(x) ?? [])]));
    widenedTitles.set(s, titles);
  }
  return titles;
}

/** Demonstratives pointing at the step on screen ("*essa* etapa", "*nesse* passo"). */
const THIS_STEP: ReadonlySet<string> = new Set(['essa', 'esse', 'esta', 'este', 'nessa', 'nesse', 'nesta', 'neste', 'dessa', 'desse', 'desta', 'deste']);

/** Verbs of skipping, said before what is skipped ("pula o agendamento"); "pula pra etapa 4" goes to it instead. */
const SKIP_VERBS: ReadonlySet<string> = new Set(['pula', 'pular', 'pule', 'pulo', 'salta', 'saltar']);
/** What opens the thing skipped: an article, or a demonstrative pointing at a step ("pula *essa* parte"). */
const SKIP_ARTICLES: ReadonlySet<string> = new Set([...DEFINITE_ARTICLES,
  'essa', 'esse', 'esta', 'este', 'aquela', 'aquele',
]);

/**
 * In a walkthrough, the step (1-based) the citizen asks to skip by its content ("pula o agendamento", "pode pular
 * a parte da vistoria"), when it is past the step on screen and only that step's own words name it; undefined otherwise.
 */
function stepSkipped(t: TurnBuilder, m: Message): number | undefined {
  const view = t.state.view;
  const s = view.at === 'walkthrough' ? serviceOf(t.ctx, view.serviceId) : undefined;
  if (!s || view.at !== 'walkthrough') return undefined;
  const at = m.tokens.findIndex((w, i) => SKIP_VERBS.has(w) && SKIP_ARTICLES.has(m.tokens[i + 1] ?? ''));
  if (at < 0) return undefined;
  const end = Math.min(m.tokens.length - 1, ...[...(m.pauses ?? [])].filter((p) => p > at));
  const said = [...new Set(m.tokens.slice(at + 2, end + 1).filter((w) => !isGlue(w) && !PART_WORDS.has(w)).flatMap((w) => analyze(w)))];
  if (said.length === 0) return undefined;
  const own = stepOwnWords(t, s);
  const named = own.flatMap((words, i) => (i > view.step && said.some((x) => words.includes(x)) ? [i] : []));
  return named.length === 1 && (named[0] ?? 0) + 1 < s.steps.length ? (named[0] ?? 0) + 1 : undefined;
}

/**
 * A request refused as the message opens ("não quero agendar agora", "eu não vou fazer o pedido", "agora não quero
 * marcar"), with no request asked after it ("não quero ir lá, *pode* agendar por aqui?" asks one) (round 4761). What is
 * refused is the request or nothing more: "não quero ficar esperando meses" is a worry about the time (merge review).
 */
const REQUEST_REFUSED = /^(?:(?:ah|ai|ok|ta|entao|obrigad[oa]|agora|por enquanto|nao) )*(?:eu )?(?:nao|n|num|nem) (?:quero|queria|vou|preciso|precisa|desejo|pretendo|gostaria)\b(?= *$| (?:agora|mais|nao|isso|obrigad[oa]|por|hoje|nada|ainda|nenhum|nenhuma)\b| (?:(?:o|a|um|uma|esse|essa|este|esta) )?(?:fazer|agendar|marcar|solicitar|pedir|preencher|registrar|continuar|seguir|cadastrar|abrir|comecar|iniciar|agendamento|pre|pedido|solicitacao|formulario|cadastro)\b)(?! (?:que|q|conseguir|poder)\b)(?!.*\b(?:mas|porem|so quero|quero|queria|pode|podia|poderia|preciso|consigo|da pra|tem como)\b)/;
/** The request refused (REQUEST_REFUSED), its "não" not closed by a pause ("não, quero é voltar a estudar" answers the bot and asks). */
function requestRefused(m: Message): boolean {
  const found = REQUEST_REFUSED.exec(m.tokens.join(' '));
  return found !== null && !(m.pauses?.has(found[0].split(' ').length - 2) ?? false);
}

/** Verbs of having done something ("já fiz", "paguei", "gerei"), folded. */
/** Forms of the past that the general pattern below does not catch ("fiz", "pagamos"). */
const DONE_VERB_LISTED = /^(fiz|fizemos|pagamos|geramos|assinamos|concluimos)$/;
/**
 * A verb in the first person of the past ("separei", "juntei", "legalizei", "reuni", "traduzi"): any such form, since
 * the step's own title must also hold its stem for the message to tell a step done (see `stepAfterDone`).
 */
const isDoneVerb = (w: string): boolean => DONE_VERB_LISTED.test(w) || (/^[a-z]{4,}(ei|i)$/.test(w) && !NOT_DONE.has(w));
/** The infinitives a verb in the first person of the past may come from: "separei" separar, "marquei" marcar, "reuni" reunir. */
function infinitives(w: string): string[] {
  if (w.endsWith('guei')) return [`${w.slice(0, -4)}gar`];
  if (w.endsWith('quei')) return [`${w.slice(0, -4)}car`];
  if (w.endsWith('cei')) return [`${w.slice(0, -3)}car`, `${w.slice(0, -3)}cer`];
  if (w.endsWith('ei')) return [`${w.slice(0, -2)}ar`];
  if (w.endsWith('i')) return [`${w.slice(0, -1)}ir`, `${w.slice(0, -1)}er`];
  return [];
}
/** Words that end like a verb in the past but are none ("aqui", "assim"), or a future ("farei"). */
const NOT_DONE: ReadonlySet<string> = new Set(['aqui', 'assim', 'daqui', 'dali', 'tambei', 'farei', 'direi', 'terei', 'serei', 'irei', 'darei', 'verei', 'porei']);

/**
 * In a walkthrough, before the "what next" clause: the last step (1-based) whose own words a clause of things done
 * names ("já fiz a atpv e já paguei o dae": step 2), when it is past the step on screen; undefined otherwise.
 */
function lastDone(t: TurnBuilder, m: Message, before: number): number | undefined {
  const view = t.state.view;
  const s = view.at === 'walkthrough' ? serviceOf(t.ctx, view.serviceId) : undefined;
  if (!s || view.at !== 'walkthrough') return undefined;
  // "consultei aqui, tem o licenciamento e uma multa …": only the clauses that tell a thing done (a verb of doing in the
  // past) name steps done; what the citizen found or thinks, in the clauses beside them, names none.
  const clauses = clausesAt(m.tokens.slice(0, before + 1), m.pauses);
  // "a vacinação do gado ta em dia, fiz mes passado": a verb of doing with no thing of its own tells the clause before it done.
  const told = clauses.filter((c, k) => c.some((w) => isDoneVerb(w)) || (k + 1 < clauses.length && (clauses[k + 1] ?? []).some((w) => isDoneVerb(w)) && !(clauses[k + 1] ?? []).some(isThingDone))).flat();
  if (told.length === 0) return undefined;
  const said = told.filter(isThingDone);
  const own = stepOwnWords(t, s);
  // A word names a step by its title's own word, not one whose stem only it shares ("médico" is no "medicamento").
  const titles = stepTitleWords(s);
  const sameWord = (i: number, w: string, x: string): boolean => (titles[i] ?? []).some((tw) => Math.abs(tw.length - w.length) <= 4 && tw.stems.includes(x));
  // Each thing done is the first step from the one on screen that names it ("os exames" are the medical ones, not
  // the driving test); the last of them is where the citizen got to.
  const steps = said.flatMap((w) => analyze(w).map((x) => own.findIndex((words, i) => i >= view.step && words.includes(x) && sameWord(i, w, x)))).filter((i) => i >= 0);
  const last = steps.length > 0 ? Math.max(...steps) + 1 : undefined;
  return last !== undefined && last > view.step + 1 && last < s.steps.length ? last : undefined;
}

/** The words split into clauses at the pauses after them (`pauses`: the places of the words a pause follows). */
function clausesAt(tokens: readonly string[], pauses: ReadonlySet<number> | undefined): string[][] {
  const clauses: string[][] = [[]];
  tokens.forEach((w, i) => {
    clauses[clauses.length - 1]?.push(w);
    if (pauses?.has(i) === true) clauses.push([]);
  });
  return clauses;
}

/**
 * A word of the thing told done, not of telling it: no glue, no verb of doing, no "já", and no word of when ("o cadastro
 * ta em *dia*, fiz no ima ano *passado*": when it was done names no step, declared round 5501).
 */
function isThingDone(w: string): boolean {
  return !isGlue(w) && !isDoneVerb(w) && w !== 'ja' && !WHEN_WORDS.has(w);
}

/** The words of each step's title, folded, each with its length and its stems (read once per service). */
const stepTitleWords = memo((s: Service): readonly (readonly { length: number; stems: readonly string[] }[])[] =>
  s.steps.map((st) => fold(st.title).split(/[^a-z0-9]+/).filter((w) => w !== '').map((w) => ({ length: w.length, stems: analyze(w) }))),
);

/** Words of when something was done ("ontem", "ano passado", "em dia"), which name no step done. */
const WHEN_WORDS: ReadonlySet<string> = new Set(['dia', 'dias', 'ano', 'anos', 'mes', 'meses', 'semana', 'semanas', 'passado', 'passada', 'ontem', 'hoje', 'anteontem', 'agora', 'cedo', 'tarde', 'noite', 'manha']);

/** The next step asked for on a card ("qual é o próximo passo?", "qual a etapa seguinte?", "e dps faço oq?"). */
const ASKS_NEXT_STEP = /\b(proximo passo|proxima etapa|etapa seguinte|passo seguinte|e depois|e dps|depois disso|dps disso|e agora|faco o que|faco oq|o que (eu )?faco( agora)?|oq (eu )?faco( agora)?|o que vem depois)( por favor)?$/;
/** Where an act named after "depois de" begins ("depois de *preencher esse documento*, qual é a etapa seguinte?"). */
const AFTER_WORDS: ReadonlySet<string> = new Set(['depois', 'dps', 'apos', 'dpois']);
const AFTER_OF: ReadonlySet<string> = new Set(['de', 'do', 'da', 'dos', 'das']);

/**
 * On a card, the next step asked for after a thing the citizen did or names (round 6561): "Comprei um carro e já paguei
 * o DAE." then "Qual é o próximo passo?" (the step after paying), "E depois de preencher esse documento, qual é a etapa
 * seguinte?" (the step after the one that fills it in), "já agendei, e agora?". The step (1-based) to open, after the
 * one named, in this message or in the one before on the same card; undefined when none is named (the steps open on the
 * first, and "qual o próximo passo?" alone is what is left: see ASKS_LEFT), or when a topic is asked ("e depois de
 * pagar, demora quanto?").
 */
function stepAfterTold(t: TurnBuilder, m: Message): number | undefined {
  const s = focusOf(t);
  if (!s || t.state.view.at !== 'service' || s.steps.length < 2 || !ASKS_NEXT_STEP.test(m.tokens.join(' '))) return undefined;
  if (findTopics(m, false)?.topics.some((k) => k !== 'how') === true) return undefined;
  // The act, up to the pause that ends it: the first step whose title holds a word of it, then the one after.
  const at = m.tokens.findIndex((w, i) => AFTER_WORDS.has(w) && AFTER_OF.has(m.tokens[i + 1] ?? ''));
  if (at >= 0) {
    const end = [...(m.pauses ?? [])].filter((p) => p > at + 1).reduce((a, b) => Math.min(a, b), m.tokens.length - 1);
    return stepAfterActFrom(s, 0, m.tokens.slice(at + 2, end + 1));
  }
  const here = doneOnCard(t, s, m.tokens, m.pauses);
  if (here !== undefined) return here;
  const before = t.lastTyped?.words.split(' ');
  return before ? doneOnCard(t, s, before, undefined) : undefined;
}

/** A word that takes back what the clause tells done ("*nunca* acessei o SIARE", "*não* paguei ainda"). */
const NOT_YET: ReadonlySet<string> = new Set(['nao', 'nunca', 'nem', 'n', 'ainda']);

/**
 * The step (1-based) after the last one the words tell done with "já" ("já paguei o DAE", "ja gerei a atpv"), from the
 * first step: a clause with "já", a verb of doing in the past and no "não"/"nunca", whose verb (by its infinitive) a
 * step's title holds ("Pagar ou negociar"), the one of those its thing names too when one is ("já paguei o DAE" on a
 * service with two steps of paying). Not a thing alone: "já furei o poço" names the step of asking before drilling,
 * which drilling does not do. Undefined when none, or when the last step is done.
 */
function doneOnCard(t: TurnBuilder, s: Service, tokens: readonly string[], pauses: ReadonlySet<number> | undefined): number | undefined {
  const told = clausesAt(tokens, pauses).filter((c) => c.includes('ja') && c.some((w) => isDoneVerb(w)) && !c.some((w) => NOT_YET.has(w)));
  const titles = stepTitleStems(s);
  const own = stepOwnWords(t, s);
  const steps = told.flatMap((c) => {
    // The verbs from "já" on ("comprei um carro e *já paguei* o DAE": the buying is no step).
    const at = c.indexOf('ja');
    const verbs = c.slice(at).filter((w) => isDoneVerb(w)).flatMap((w) => infinitives(w).flatMap((x) => analyze(x)));
    const verb = titles.flatMap((words, i) => (verbs.some((x) => words.includes(x)) ? [i] : []));
    // The thing done is what follows "já" ("o processo voltou e eu já corrigi *o contrato*").
    const things = c.slice(at + 1).filter(isThingDone).flatMap((w) => analyze(w));
    const both = verb.filter((i) => things.some((x) => own[i]?.includes(x) === true));
    return both.length > 0 ? both : verb;
  });
  const next = steps.length > 0 ? Math.max(...steps) + 1 : undefined;
  return next !== undefined && next < s.steps.length ? next + 1 : undefined;
}

/** "depois de pagar", "dps do agendamento", "após a vistoria": what follows names an act of the steps. */
const AFTER_ACT = /\b(?:depois|dps|apos|dpois)\s+(?:de|do|da|dos|das)\s+(.+)$/;

/**
 * In a walkthrough, "e depois de pagar?" asks for the step after the one whose title does that act: the first step
 * from the one on screen whose title holds a word of the act; the step after it (1-based), when there is one.
 */
function stepAfterAct(t: TurnBuilder, m: Message): number | undefined {
  const view = t.state.view;
  const s = view.at === 'walkthrough' ? serviceOf(t.ctx, view.serviceId) : undefined;
  const act = AFTER_ACT.exec(m.tokens.join(' '))?.[1];
  if (!s || view.at !== 'walkthrough' || act === undefined) return undefined;
  return stepAfterActFrom(s, view.step, act.split(' '));
}

/**
 * The step (1-based) after the first one from step `from` (0-based) whose title holds a word of the act said (three
 * stems at most), when there is one after it; undefined otherwise (the walkthrough's "e depois de pagar?", the card's
 * "depois de preencher o DBE, qual a etapa seguinte?").
 */
function stepAfterActFrom(s: Service, from: number, act: readonly string[]): number | undefined {
  const said = act.filter((w) => !isGlue(w)).flatMap((w) => analyze(w));
  if (said.length === 0 || said.length > 3) return undefined;
  // The titles' own words, common ones too: "pagar" is in most services, and still names the step "Pagar a taxa".
  const at = stepTitleStems(s).findIndex((words, i) => i >= from && said.some((x) => words.includes(x)));
  return at >= 0 && at + 1 < s.steps.length ? at + 2 : undefined;
}

/** Two words next to each other in a service's title or popular name ("seguro desemprego"), folded. */
const nameBigrams = memo((catalogue: TurnBuilder['ctx']['catalogue']): ReadonlySet<string> =>
  new Set(catalogue.services.flatMap((s) => [s.title, ...s.popularNames].flatMap((name) => {
    const w = fold(name).split(' ').filter((x) => x !== '' && !isGlue(x));
    return w.slice(1).map((x, i) => `${w[i] ?? ''} ${x}`);
  }))),
);

/** Third-person forms of the verbs of things done ("o vendedor já *assinou*", "o despachante já *pagou*"). */
const DONE_BY_OTHER = /^(fez|fizeram|pagou|pagaram|gerou|geraram|assinou|assinaram|agendou|marcou|mandou|enviou|emitiu|preencheu|concluiu|levou)$/;

/**
 * In a walkthrough, a message that tells a thing done ("já fiz a atpv", "já paguei o dae", "já agendei"): a verb of
 * doing in the past and "já", whose words, for at least half of them, a step's own words name, from the step on screen
 * on; the step (1-based) after the last one named, when there is one; undefined otherwise.
 */
function stepAfterDone(t: TurnBuilder, m: Message): number | undefined {
  const view = t.state.view;
  const s = view.at === 'walkthrough' ? serviceOf(t.ctx, view.serviceId) : undefined;
  if (!s || view.at !== 'walkthrough' || !m.tokens.includes('ja')) return undefined;
  const verb = (w: string): boolean => isDoneVerb(w) || DONE_BY_OTHER.test(w);
  if (!m.tokens.some(verb)) return undefined;
  // The doing verb counts by its stem when it is the step's own ("agendei" is "Agendar o atendimento"; "separei", whose
  // stem is not the infinitive's, is "Separar os documentos"); "fiz" does not.
  // "pronto ja separei os documento pode ir pro outro": the words asking to go on are not what was done.
  const going = nextCues.union(m) ?? [];
  // "ja tentei pela internet e nao deu": the attempt is the thing done; that it failed is no thing of its own.
  const failed = failedAt(m);
  const told = [...new Set(m.tokens.filter((w, i) => !isGlue(w) && w !== 'ja' && !going.includes(i) && !NEXT_VERBS.has(w) && !failed.has(i)))];
  const said = told.map((w) => [...new Set([w, ...(verb(w) ? infinitives(w) : [])].flatMap((x) => analyze(x)))].filter((x) => x !== 'fiz' && x !== 'fez')).filter((xs) => xs.length > 0);
  // A step's own words, the service's name among them ("Gerar e assinar a ATPV-e" on the transfer, whose names hold it).
  const own = stepTitleStems(s).map((words) => words.filter((x) => t.ctx.search.share(x) <= 1 / 3));
  const steps = said.map((xs) => own.findIndex((words, i) => i >= view.step && xs.some((x) => words.includes(x))));
  const named = steps.filter((i) => i >= 0);
  if (named.length === 0 || named.length * 2 < said.length) return undefined;
  const next = Math.max(...named) + 1;
  return next < s.steps.length ? next + 1 : undefined;
}

/** A failure told after an attempt ("e *não deu*", "mas não funcionou", "e não consegui"): "não" and its verb. */
const FAILED_VERBS: ReadonlySet<string> = new Set(['deu', 'funcionou', 'funciona', 'consegui', 'conseguimos', 'conseguiu', 'rolou', 'foi', 'adiantou', 'certo']);
/** The places of a failure told ("não deu", "não deu certo", "não funcionou"), to be read apart from what was done. */
function failedAt(m: Message): ReadonlySet<number> {
  return new Set(m.tokens.flatMap((w, i) => (w === 'nao' && FAILED_VERBS.has(m.tokens[i + 1] ?? '') ? [i, i + 1, ...(m.tokens[i + 2] === 'certo' ? [i + 2] : [])] : [])));
}

/** Words of being back after a pause ("*voltei*", "*cheguei*", "to de *volta*"). */
const BACK_AGAIN: ReadonlySet<string> = new Set(['voltei', 'retornei', 'cheguei', 'volta', 'voltando']);
/** A hello and "still" around the question left open ("boa tarde, ainda estou com a mesma dúvida"), round 4264. */
const STILL_THERE: ReadonlySet<string> = new Set(['oi', 'ola', 'bom', 'boa', 'dia', 'tarde', 'noite', 'ainda', 'estou', 'to', 'tou', 'continuo', 'sigo', 'fiquei', 'fico', 'sobre', 'e', 'eh']);

/** Words that ask for a moment ("pera", "um minutinho", "calma aí"); without one of them, no pause is asked. */
const HOLD_CORE: ReadonlySet<string> = new Set(['pera', 'perai', 'espera', 'calma', 'espere', 'aguarda', 'aguarde', 'aguenta', 'minuto', 'minutinho', 'momento', 'momentinho', 'instante', 'instantinho', 'segundinho']);
/** Words around a request for a moment ("*só* um minutinho *por favor*", "pera *aí*, *já volto*"). */
const HOLD_AROUND: ReadonlySet<string> = new Set(['so', 'um', 'uma', 'ai', 'ae', 'ja', 'volto', 'pouco', 'pouquinho', 'por', 'favor', 'ok', 'ta', 'blz', 'sim', 'moco', 'moca', 'rapidinho', 'ei']);
/** What joins a request for a moment to its reason ("pera *q* o bebê tá chorando"). */
const BECAUSE_HOLD: ReadonlySet<string> = new Set(['q', 'que', 'pq', 'porque']);
/** A gerund: something going on now ("chorando", "chamando", "dirigindo"). */
const HAPPENING = /^[a-z]{3,}(ando|endo|indo)$/;
/**
 * Verbs of fetching what the form asks ("pera q vou *pegar* o documento") or of preparing the answer ("pera, vou
 * *escrever* direitinho", "calma que vou *digitar*"): the reason for the pause.
 */
const FETCH_VERBS: ReadonlySet<string> = new Set(['pegar', 'buscar', 'procurar', 'achar', 'olhar', 'ver', 'conferir', 'catar',
  'escrever', 'digitar', 'anotar', 'pensar', 'lembrar', 'copiar', 'organizar', 'juntar', 'separar', 'perguntar', 'confirmar']);

/** Having to fetch what is asked ("*tenho q achar* a certidão", "*preciso pegar* o documento"), opening at `i`. */
function fetchOwed(tokens: readonly string[], i: number): boolean {
  const w = tokens[i];
  if (w === 'preciso') return FETCH_VERBS.has(tokens[i + 1] ?? '');
  return w === 'tenho' && ['q', 'que', 'de'].includes(tokens[i + 1] ?? '') && FETCH_VERBS.has(tokens[i + 2] ?? '');
}

/**
 * A message that only asks for a moment ("peraí um minutinho", "só um momento por favor"), with, after it, the
 * citizen going to fetch something ("pera q vou pegar o documento").
 */
function holdOnly(m: Message): Hit | undefined {
  const all = { used: m.tokens.map((_, i) => i) };
  // "já volto", "vou ali e volto", "peraí que eu vou tirar leite das vacas e já volto": a promise to come back closing a
  // short message of an errand, with no question (round 4522).
  if (!isAsked(m.text) && comesBack(m.tokens, m.freeText)) return all;
  // "pera q o bebe ta chorando", "peraí que meu chefe tá chamando": a moment asked, and what is going on now (a gerund,
  // no question) as its reason (round 3184).
  const because = m.tokens.findIndex((w) => BECAUSE_HOLD.has(w));
  if (because > 0 && !isAsked(m.text) && asksAMoment(m.tokens.slice(0, because)) && m.tokens.slice(because + 1).some((w) => HAPPENING.test(w))) return all;
  // "para um pouco, meu chefe chegou", "pera aí, chegou gente aqui": a first clause that only asks for a moment, then a
  // short account of what is going on, with no question and nothing dropped (round 3306).
  const pause = Math.min(...[...(m.pauses ?? [])]);
  const rest = Number.isFinite(pause) ? m.tokens.slice(pause + 1) : [];
  const told = rest.some((w) => TOLD_HAPPENED.test(w) || HAPPENING.test(w)) && !rest.some((w) => NO_ACCOUNT.has(w) || PUTS_RIGHT.has(w));
  if (told && !isAsked(m.text) && rest.length <= 8 && asksAMoment(m.tokens.slice(0, pause + 1))) {
    // Not "para um pouco, cancela isso": the account must not open by dropping the request ("chegou" is no "chega").
    const dropped = (cancelCues.union(m) ?? []).filter((i) => !ARRIVED.test(m.tokens[i] ?? ''));
    const opensRest = m.tokens.findIndex((w, i) => i > pause && !isGlue(w));
    if (!dropped.includes(opensRest)) return all;
  }
  // "pera meu chefe ta vindo aqui", "perai to na fila do hospital com meu pai, chamaram a gente", "o sinal ta caindo
  // aqui, espera um pouco": the moment asked opens or closes the message, with or without a comma, and the rest is a
  // short account of what is going on (a gerund, something that happened), no question, nothing asked of its own and
  // no trouble with the service (round 6761).
  const account = holdEdge(m.tokens);
  // Not an account that corrects ("espera inverti, ela venceu": a cue of correction in it, beyond the moment asked).
  const corrects = (): boolean => (correctionCues.union(m) ?? []).some((i) => !HOLD_CORE.has(m.tokens[i] ?? '') && !HOLD_AROUND.has(m.tokens[i] ?? ''));
  if (account && account.length <= 12 && !corrects() && !isAsked(m.text) && account.some((w) => TOLD_HAPPENED.test(w) || TOLD_THEY.test(w) || HAPPENING.test(w) || SHORT_GERUNDS.has(w)) && !account.some((w) => NO_ACCOUNT.has(w) || SERVICE_TROUBLE.has(w) || PUTS_RIGHT.has(w))) return all;
  // "pera, tenho q achar a certidão", "um minuto, preciso pegar o documento": having to fetch it is a reason too.
  const reason = m.tokens.findIndex((w, i) => (w === 'vou' && FETCH_VERBS.has(m.tokens[i + 1] ?? '')) || fetchOwed(m.tokens, i));
  const said = reason < 0 ? m.tokens : m.tokens.slice(0, m.tokens[reason - 1] === 'que' || m.tokens[reason - 1] === 'q' ? reason - 1 : reason);
  if (asksAMoment(said)) return all;
  // "pera q troquei de chip, vou ver o numero novo": a moment asked first, then what the citizen did (the first person
  // past: "troquei", "mudei"), then going to fetch something; no question (round 3505).
  const opens = m.tokens.findIndex((w) => !HOLD_CORE.has(w) && !HOLD_AROUND.has(w) && !BECAUSE_HOLD.has(w));
  const between = reason > opens ? m.tokens.slice(opens, reason) : [];
  const didFirst = between.some((w) => /^[a-z]{3,}ei$/.test(w)) && !between.some((w) => NO_ACCOUNT.has(w));
  return opens > 0 && didFirst && between.length <= 6 && !isAsked(m.text) && asksAMoment(m.tokens.slice(0, opens).filter((w) => !BECAUSE_HOLD.has(w))) ? all : undefined;
}

/** The words before or after a moment asked at the message's edge ("*pera* meu chefe ta vindo", "o sinal caiu, *espera um pouco*"). */
function holdEdge(tokens: readonly string[]): readonly string[] | undefined {
  const held = (w: string): boolean => HOLD_CORE.has(w) || HOLD_AROUND.has(w);
  const head = tokens.findIndex((w) => !held(w));
  if (head > 0 && asksAMoment(tokens.slice(0, head))) return tokens.slice(head);
  let tail = tokens.length;
  while (tail > 0 && held(tokens[tail - 1] ?? '')) tail--;
  // At the end, a verb asks it ("…, *espera* um pouco"); a bare "minuto" closes a time told ("agora nesse minuto").
  if (tail > 0 && tail < tokens.length && asksAMoment(tokens.slice(tail)) && tokens.slice(tail).some((w) => WAIT_VERBS.has(w))) return tokens.slice(0, tail);
  return undefined;
}
/** Gerunds too short for HAPPENING ("meu chefe ta *vindo*", "o sinal ta *caindo*"). */
const SHORT_GERUNDS: ReadonlySet<string> = new Set(['vindo', 'indo', 'caindo', 'dando', 'vendo', 'lendo', 'pondo', 'rindo', 'doendo']);
/** Something that happened, told of others ("*chamaram* a gente", "*chegaram* aqui"). */
const TOLD_THEY = /^[a-z]{3,}(aram|eram|iram)$/;
/** Words that ask a moment by themselves, as a verb ("*espera* um pouco", "*calma* aí"). */
const WAIT_VERBS: ReadonlySet<string> = new Set(['pera', 'perai', 'espera', 'espere', 'aguarda', 'aguarde', 'aguenta', 'calma']);
/** Words that make the account a correction ("pera, o vizinho *falou* q *foi* o guincho"). */
const PUTS_RIGHT: ReadonlySet<string> = new Set(['foi', 'era', 'foram', 'eram', 'falou', 'disse', 'falaram', 'disseram']);
/** Words of trouble with the service itself ("espera, ta dando *erro* no *site*"): a report, not a pause. */
const SERVICE_TROUBLE: ReadonlySet<string> = new Set(['erro', 'problema', 'site', 'app', 'aplicativo', 'sistema', 'pagina', 'link', 'travou', 'travando', 'bugou', 'bugando', 'invalido', 'invalida']);

/** The promise to come back that closes a pause ("já volto", "volto logo", "e volto"). */
const COME_BACK: readonly (readonly string[])[] = [['ja', 'volto'], ['volto', 'ja'], ['volto', 'logo'], ['ja', 'retorno'], ['volto', 'daqui', 'pouco'], ['volto', 'daqui', 'a', 'pouco'], ['ja', 'ja', 'volto'], ['e', 'volto']];
/** Words that open the errand before the promise ("*vou* ali", "*preciso* sair", "*tenho que* buscar", "peraí"). */
const ERRAND_OPENERS: ReadonlySet<string> = new Set(['vou', 'preciso', 'tenho', 'tenhu', 'deixa', 'deixe', ...HOLD_CORE]);

/**
 * A short message closed by a promise to come back, alone ("já volto") or after an errand opened by a going or a
 * moment asked ("vou dar comida pras galinhas e já volto", "espera que vou tirar o xerox e volto logo").
 */
function comesBack(tokens: readonly string[], freeText: boolean): boolean {
  // In a field of free text, only the bare promise: an account ending "e volto" there is the answer.
  if (tokens.length > (freeText ? 3 : 14)) return false;
  const close = COME_BACK.find((c) => c.length <= tokens.length && c.every((w, i) => tokens[tokens.length - c.length + i] === w));
  if (close === undefined) return false;
  const before = tokens.slice(0, tokens.length - close.length);
  if (before.length === 0) return close[0] !== 'e';
  return before.some((w) => ERRAND_OPENERS.has(w));
}

/** Words that only ask for a moment: one of HOLD_CORE, the rest around it (HOLD_AROUND). */
function asksAMoment(words: readonly string[]): boolean {
  // "para um pouco", "para aí um pouquinho": "para" asks a moment with a word of a little while after it.
  if (words[0] === 'para' && words.length > 1 && words.slice(1).some((w) => LITTLE_WHILE.has(w)) && words.slice(1).every((w) => HOLD_AROUND.has(w))) return true;
  return words.some((w) => HOLD_CORE.has(w)) && words.every((w) => HOLD_CORE.has(w) || HOLD_AROUND.has(w));
}
/** Something that happened, told in the third person ("meu chefe *chegou*", "o bebê *acordou*"). */
const TOLD_HAPPENED = /^[a-z]{3,}(ou|eu|iu)$/;
/** Words that make the clause after the pause a request of its own ("pera, o cpf *ta errado*", "pera, *quero* a primeira"). */
const NO_ACCOUNT: ReadonlySet<string> = new Set(['errado', 'errada', 'errei', 'corrigir', 'corrige', 'volta', 'voltar', 'quero', 'queria', 'preciso', 'nao', 'nunca', 'eu', 'verdade', 'real']);
/** A little while, after "para" ("para *um pouco*", "para *aí*"). */
const LITTLE_WHILE: ReadonlySet<string> = new Set(['pouco', 'pouquinho', 'ai', 'ae']);

/** Words that hold the conversation before a question ("pera", "antes disso", "só um minuto", "aliás", "outra coisa"). */
const HOLD_WORDS: ReadonlySet<string> = new Set([...PAUSE_WORDS, 'antes', 'disso', 'so', 'um', 'minuto', 'momento', 'instante', 'ai', 'ah', 'ei', 'alias', 'outra', 'coisa']);

/**
 * A question about the place of the service, opening with where it is ("lá tem rampa?", "ali aceita cartão?", "no local
 * tem estacionamento?") or closing on it ("tem banheiro lá?").
 */
const PLACE_THERE = /^(?:e |mas )?(?:la|ali|no local|na unidade|nesse lugar|no lugar|na uai|no posto)(?: dentro)? (?:tem|e|aceita|aceitam|pode|da|funciona|abre|atende|atendem|fica|possui|existe|ha)\b|^(?:e |mas )?(?:tem|existe|ha|possui)(?: \w+){1,3} (?:la|ali|no local|na unidade|no lugar)(?: dentro)?$/;

/**
 * In a free-text field, a short question about the place (see PLACE_THERE) closed by its "?", with at most a short remark
 * after it and no other "?": the question's clause (round 5144). A complaint typed in a field may hold a question of its
 * own ("lá tem rampa? não tem, e meu pai…"): a longer message stays the answer.
 */
function placeAskedInField(t: TurnBuilder, m: Message): string | undefined {
  if (formOf(t) === undefined) return undefined;
  const at = m.text.indexOf('?');
  if (at < 0 || m.text.indexOf('?', at + 1) >= 0) return undefined;
  const clause = m.text.slice(0, at);
  const folded = fold(clause).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  const after = fold(m.text.slice(at + 1)).split(/\s+/).filter((w) => w !== '');
  if (!PLACE_THERE.test(folded) || folded.split(' ').length > 7 || after.length > 6) return undefined;
  return clause;
}

/**
 * In a free-text field, a message whose first clause only holds the form ("pera,", "Antes disso:") and whose rest is a
 * question ("?") that clearly finds another service than the form's: a question asked on the way, not the answer.
 */
function heldQuestion(t: TurnBuilder, m: Message): Hit | undefined {
  const f = formOf(t);
  // "…, isso é com a ouvidoria do sus?": or the account closes on a question naming another service whole (round 4946).
  const ending = f === undefined ? undefined : endsAskingOther(t, f.s, m);
  if (ending) return ending;
  const pause = Math.min(...[...(m.pauses ?? [])]);
  if (!f || !Number.isFinite(pause) || pause >= m.tokens.length - 2) return undefined;
  const opener = m.tokens.slice(0, pause + 1);
  if (!opener.some((w) => HOLD_WORDS.has(w) && w !== 'so' && w !== 'um' && w !== 'ai') || !opener.every((w) => HOLD_WORDS.has(w) || isGlue(w))) return undefined;
  // The rest opens as a question ("como consigo…", "onde vejo…"): an account that ends in "o que faço?" stays an answer.
  // A question asked as a plea to tell, with no "?" ("pera, *antes me fala* como tiro a segunda via da conta de luz"),
  // is one too (round 2407): the words that hold and ask to be told are skipped.
  const all = m.tokens.slice(pause + 1);
  const asks = all.findIndex((w) => !HOLD_WORDS.has(w) && !TELL_ME.has(w));
  const told = asks > 0 && all.slice(0, asks).some((w) => TELL_ME.has(w) && w !== 'me');
  if (!isAsked(m.text) && !told) return undefined;
  // More words that hold before the question ("pera, *antes,* da pra ver…") are skipped as the opener's.
  const held = all.findIndex((w) => !HOLD_WORDS.has(w));
  const rest = told ? all.slice(asks) : all.slice(Math.max(held, 0));
  if (!QUESTION_OPENERS.has(rest[0] === 'e' ? (rest[1] ?? '') : (rest[0] ?? '')) && !aboutAThing(rest)) return undefined;
  const result = t.ctx.search.search(rest.join(' '), 3);
  const top = serviceOf(t.ctx, result.hits[0]?.id ?? '');
  return result.clear && top !== undefined && top.id !== f.s.id && namesService(t.ctx, top, searchWords(rest.join(' '))) ? { used: opener.map((_, i) => i) } : undefined;
}

/**
 * In a free-text field, an account that closes on a short question, its own clause, naming another service whole and
 * not the form's ("pera, é sobre o posto de saúde, isso é com a ouvidoria do sus?"): asked about that service (the
 * story before it is left out, as a held question's opener is). A story that names a service without asking stays the
 * field's answer.
 */
function endsAskingOther(t: TurnBuilder, s: Service, m: Message): Hit | undefined {
  if (!m.text.trimEnd().endsWith('?')) return undefined;
  const last = m.tokens.length - 1;
  const start = Math.max(-1, ...[...(m.pauses ?? [])].filter((p) => p < last)) + 1;
  const clause = m.tokens.slice(start);
  if (start === 0 || clause.length > 10) return undefined;
  const first = serviceOf(t.ctx, t.ctx.search.search(clause.join(' '), 3).hits[0]?.id ?? '');
  return first !== undefined && first.id !== s.id && namesOtherWhole(t.ctx.catalogue, first, s, clause.join(' ')) ? { used: m.tokens.slice(0, start).map((_, i) => i) } : undefined;
}

/**
 * "e o atestado de antecedentes, da pra tirar online?": "e" and an article open a question about a thing, then a
 * clause that asks about it.
 */
function aboutAThing(rest: readonly string[]): boolean {
  return rest[0] === 'e' && DEFINITE_ARTICLES.has(rest[1] ?? '') && rest.slice(2).some((w) => QUESTION_OPENERS.has(w));
}

/** The words of a case befallen ("foi *roubado*", "foi *furtada*"), with "foi" and "ai": said of the thing in view. */
const BEFALLEN_WORDS: ReadonlySet<string> = new Set(['foi', 'ai', 'entao', 'ja']);
/** Every word a participle the card's own texts hold ("roubado" on a card of "furtado ou roubado"), "foi"/"aí" aside. */
function caseOfCard(s: Service, naming: readonly string[]): boolean {
  const own = naming.filter((w) => !BEFALLEN_WORDS.has(w));
  return own.length > 0 && own.every((w) => /(ad|id)[oa]s?$/.test(w)) && isOwnWords(s, own);
}

/** What to do with a thing ("faço oq com o comprovante", "o que eu faço com elas"). */
const WHAT_TO_DO_WITH = /\b(?:(?:faco|faz|fazer|fazemos) (?:o que|oq|oque)|(?:o que|oq|oque) (?:eu )?(?:faco|faz|fazer)) com\b/;
/** Asking to be told ("me fala", "me diz", "me explica"). */
const TELL_ME: ReadonlySet<string> = new Set(['me', 'fala', 'diz', 'explica', 'conta', 'mostra', 'ensina']);
/** Words that open a question. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['como', 'onde', 'quanto', 'quanta', 'quantos', 'qual', 'quais', 'quando', 'tem', 'da', 'posso', 'consigo', 'preciso', 'cade', 'oq', 'que']);

/** The menu's cues, as the whole message (the menu intent adds a wish around them). */
const menuIntent: Intent = { name: 'menu', where: 'anywhere', cues: c(MENU), whole: true, handle: () => undefined };
const quitIntent: Intent = { name: 'quit', where: 'anywhere', cues: c(QUIT), whole: true, handle: () => undefined };
/** The words of the quit cues ("sair", "tchau"). */
const QUIT_WORDS: ReadonlySet<string> = new Set(QUIT.flatMap((q) => q.split(' ')));
/** Question words that make a message with a goodbye's word a question instead ("o que eu falo?"); not "como". */
const QUIT_QUESTION: ReadonlySet<string> = new Set(['que', 'q', 'oq', 'quem', 'onde', 'quando', 'qual', 'quais', 'quanto']);
/** Words of wishing and going around a menu cue ("quero voltar pro menu", "queria ir pro início"). */
const MENU_WISH: ReadonlySet<string> = new Set(['quero', 'queria', 'gostaria', 'ir', 'vamos', 'bora', 'volta', 'voltar', 'preciso',
  // Leaving where one is on the way to the menu ("sair disso e voltar pro menu", "sai daqui e vai pro início").
  'sair', 'sai', 'disso', 'daqui', 'e', 'vai']);
/** Words of seeing the menu besides MENU_WISH, in the clause that asks for it ("quero *ver* o menu", "*me mostra* o início"). */
const MENU_SEE: ReadonlySet<string> = new Set(['ver', 'mostra', 'mostrar', 'mostre', 'me', 'abre', 'abrir', 'leva', 'levar', 'pode', 'entao', 'agora']);

/** Words of putting off what is in view, or of taking it in, before asking for the menu ("deixa pra depois", "tá bom, depois termino"). */
const PUT_OFF: ReadonlySet<string> = new Set(['agora', 'nao', 'n', 'depois', 'dps', 'deixa', 'deixar', 'vejo', 'ver', 'vou', 'resto', 'termino', 'terminar', 'termina', 'continuo', 'continuar', 'outra', 'outro',
  'hora', 'dia', 'mais', 'tarde', 'hoje', 'chega', 'ta', 'bom', 'ok', 'beleza', 'blz', 'certo', 'entendi', 'obrigado', 'obrigada', 'valeu', 'vlw', 'obg', 'tudo', 'isso', 'so', 'era', 'ja', 'vi', 'quieto']);

/**
 * "agora não, depois eu vejo o resto. quero ver o menu", "deixa pra depois, volta pro menu": the menu asked for in a
 * clause of its own, after clauses that put off what is in view and name no service (their words find nothing):
 * the menu. Before, the whole message was searched ("volta" met the EJA's "voltar a estudar"). The clause alone with
 * words of seeing is the menu too ("quero ver o menu", "me mostra o menu"). Round 3423.
 */
function menuAfterPutOff(t: TurnBuilder, m: Message, used: readonly number[]): Hit | undefined {
  const first = Math.min(...used);
  const start = Math.max(-1, ...[...(m.pauses ?? [])].filter((p) => p < first)) + 1;
  const clause = m.tokens.map((_, i) => i).filter((i) => i >= start);
  if (!clause.every((i) => used.includes(i) || isGlue(m.tokens[i] ?? '') || MENU_WISH.has(m.tokens[i] ?? '') || MENU_SEE.has(m.tokens[i] ?? ''))) return undefined;
  const before = m.tokens.slice(0, start).filter((w) => !isGlue(w));
  if (before.length > 0 && (findTopics(m, false)?.used.some((i) => i < start) || (!before.every((w) => PUT_OFF.has(w)) && t.ctx.search.search(before.join(' '), 2).hits.length > 0))) return undefined;
  return { used: m.tokens.map((_, i) => i) };
}

/** "como funciona?": how the bot works, as the whole message. */
const howItWorks: Intent = { name: 'help_how_it_works', where: 'anywhere', cues: c(HOW_IT_WORKS), whole: true, handle: () => undefined };

/** Asking where things stand ("onde a gente parou?"): no cancel by "parou". */
const whereStoppedCues = c(WHERE_STOPPED);
const sameQuestionCues = c(SAME_QUESTION);
/** A request said to have been made before ("já mandei isso ontem", "já reclamei disso", "vai duplicar?"); not "já fiz o bo". */
const DONE_BEFORE = /\b(ja (mandei|enviei|fiz|pedi|reclamei|registrei|preenchi|agendei|marquei|solicitei) (isso|isto|esse|essa|este|esta|disso|o pedido|a solicitacao|o agendamento|o pre agendamento|a reclamacao|o cadastro|ontem|antes|semana passada|mes passado)|(mandei|enviei|fiz|pedi) (isso|esse|essa|este|esta) (ontem|antes|semana|mes)|vai (duplicar|ficar duplicad[oa]|dar duplicad[oa])|fica duplicad[oa]|pedido duplicado)\b/;
/**
 * The request asked for again in a form, or the bot asked whether it does it ("pode fazer o pedido pra mim?", "bora fazer
 * o pedido", "faz o pedido", "quero fazer a solicitação"): only words of the request, with its noun or words addressing
 * the bot (no name is made of them).
 */
const BOT_ASKED_TO_DO = /^(e |entao |ai |ok |sim |ta |tah )?(bora |vamos |quero |queria |gostaria de )?(voce |vc )?(pode |poderia |consegue |conseguiria |da pra |tem como )?(me )?(fazer|faz|faca|marcar|marca|agendar|agenda|registrar|registra|preencher|preenche|anotar|anota|pedir|comecar|comeca)( o| a| meu| minha| esse| essa| isso)?( pedido| agendamento| pre agendamento| solicitacao| requerimento| cadastro| ficha| formulario)?( (pra|para|por) mim| aqui| por aqui| pelo chat| agora| entao)?( mesmo| msm)?$/;
const BOT_ASKED_MARK = /\b(pedido|agendamento|solicitacao|requerimento|cadastro|ficha|formulario|pode|poderia|consegue|conseguiria|da pra|tem como|pra mim|por mim|por aqui|pelo chat)\b/;
/** Going on with the form ("continua", "segue com o pedido"). */
// "pronto, to de volta, pode continuar": back from a pause, carrying on (round 3306).
const continueCues = c(['continua', 'continuar', 'continue', 'segue', 'seguir', 'prossegue', 'prosseguir', 'termina', 'terminar', 'volta pro pedido', 'volta para o pedido', 'to de volta', 'estou de volta', 'voltei', 'pronto']);
/** Words that say which to see first ("começa pelo ipva", "primeiro o da água"). */
const ORDER_WORDS: ReadonlySet<string> = new Set(['comeca', 'comecar', 'comecemos', 'comece', 'primeiro', 'primeira', 'antes', 'depois', 'vamos', 'bora', 'ver', 've', 'mostra']);

/** The place in the options of the one listed service the message's words name more than any other listed, if any. */
function namedListed(t: TurnBuilder, m: Message): number | undefined {
  // Every word the catalogue knows must be the service's name's: "quero pagar o ipva atrasado parcelado" is a new
  // request; a correction ("da identidade, nao da cnh") is read as one.
  // The words of a clear question's own cue name nothing listed: "Quem faz a inscrição, eu ou a escola?" asks who files
  // for the first listed; its "inscrição" does not choose the EJA (whose title holds it).
  const question = findTopics(m, false);
  // "o documento" after "pagar o ipva e tirar o documento do carro": an article and a noun, without a question mark,
  // name which listed service is meant; the noun is no question about documents.
  // The one listed service whose names hold the noun is chosen, however many services use it ("documento do carro").
  if (!isAsked(m.text) && m.tokens.length <= 3 && DEFINITE_ARTICLES.has(m.tokens[0] ?? '')) {
    const said = analyze(m.tokens.slice(1).join(' '));
    const holding = t.state.options.flatMap((o, i) => {
      const s = o.id.startsWith('svc:') ? serviceOf(t.ctx, o.id.slice(4)) : undefined;
      return s && said.length > 0 && said.every((x) => nameStems(s).has(x)) ? [i] : [];
    });
    if (holding.length === 1) return holding[0];
  }
  const words = namingWords(m, question?.strong ? question.used : []).filter((w) => t.ctx.search.knows(w) && !ORDER_WORDS.has(w));
  if (words.length === 0 || words.length > 2 || m.tokens.includes('nao') || correctionCues.union(m) !== undefined) return undefined;
  // "e onde faz a inscricao" after asking to enrol a child: a clear question whose words are the first listed
  // service's own (the school registration "é a inscrição…") asks about that one, though the EJA's title holds them.
  const firstId = t.state.options[0]?.id ?? '';
  const first = firstId.startsWith('svc:') ? serviceOf(t.ctx, firstId.slice(4)) : undefined;
  if (question?.strong && first && isOwnWords(first, words)) return undefined;
  const counts = t.state.options.map((o) => {
    const s = o.id.startsWith('svc:') ? serviceOf(t.ctx, o.id.slice(4)) : undefined;
    return s ? namedCount(t.ctx, s, words) : 0;
  });
  const best = Math.max(0, ...counts);
  if (best !== words.length) return undefined;
  // "começa pelo rg" after a lost wallet lists the 2nd copy before the 1st: said as which to see first, a tie goes to
  // the one listed higher (the list is already ranked for the citizen's case).
  const ordering = m.tokens.some((w) => ORDER_WORDS.has(w));
  return counts.filter((n) => n === best).length === 1 || ordering ? counts.indexOf(best) : undefined;
}

/** Words that stress a command ("para *tudo*", "cancela *isso ai*"). */
const EMPHASIS: ReadonlySet<string> = new Set(['tudo', 'isso', 'ai', 'ja', 'agora', 'logo']);

/** Cancel cues of one word that say giving up on their own ("…, desisto"); "deixa", "chega", "pare" may close a story. */
const SOLE_CANCELS: ReadonlySet<string> = new Set(['desisti', 'desisto', 'esquece', 'cancela', 'cancelar', 'cancele']);
/**
 * A message whose last clause, after a pause, is only a cancel cue ("…, deixa quieto", "…, esquece isso", "…, desisto"),
 * with glue and sighs around it: whatever came before, the citizen closes by giving up the request (round 4261).
 */
function closesWithCancel(m: Message, hits: readonly { used: readonly number[] }[], own: (w: string) => boolean): Hit | undefined {
  const last = innerPauses(m).at(-1);
  if (last === undefined) return undefined;
  const hit = hits.find((h) => h.used.every((i) => i > last) && (h.used.length >= 2 || SOLE_CANCELS.has(m.tokens[h.used[0] ?? -1] ?? '')));
  if (!hit) return undefined;
  const rest = m.tokens.flatMap((w, i) => (i > last && !hit.used.includes(i) ? [w] : []));
  return rest.every((w) => isGlue(w) || SOFTENERS.has(w) || DISMISSIVE.has(w) || EMPHASIS.has(w) || FORM_REFS.has(w) || own(w)) ? { used: [...hit.used] } : undefined;
}

/** Verbs that cancel in so many words, said to the bot ("cancela", "cancele", "desisto"); not "esquece", which may drop only what was said. */
const CANCEL_VERBS: ReadonlySet<string> = new Set(['cancela', 'cancele', 'cancelar', 'desisto', 'desisti']);
/**
 * A message whose first clause, closed by a pause, is only a cancel verb with courtesy and the request's words around it
 * ("Cancele, por favor. Vou juntar as mensagens certas e volto depois.", "Desisto do pedido. Depois eu vejo"): whatever
 * follows, the citizen opened by giving up the request (round 6361). "Cancelaram minha consulta" tells, it orders nothing.
 */
function opensWithCancelVerb(m: Message, hits: readonly { used: readonly number[] }[], own: (w: string) => boolean): Hit | undefined {
  const end = innerPauses(m)[0];
  if (end === undefined) return undefined;
  const hit = hits.find((h) => h.used.every((i) => i <= end) && h.used.some((i) => CANCEL_VERBS.has(m.tokens[i] ?? '')));
  if (!hit) return undefined;
  const rest = m.tokens.slice(0, end + 1).filter((_, i) => !hit.used.includes(i));
  return rest.every((w) => isGlue(w) || SOFTENERS.has(w) || EMPHASIS.has(w) || FORM_REFS.has(w) || own(w)) ? { used: [...hit.used] } : undefined;
}

/** The number of the clause (0 for the first) the token at `i` is in: how many pauses come before it. */
function clauseOf(m: Message, i: number): number {
  return [...(m.pauses ?? [])].filter((p) => p < i).length;
}

/** Words of a phone number asked for ("tem algum *número* pra falar com alguém?"). */
const PHONE_WORDS: ReadonlySet<string> = new Set(['telefone', 'telefones', 'numero', 'fone', 'contato', 'whatsapp', 'zap', 'ligar']);
/** Verbs of knowing that only carry a question ("quero *saber* o site", "queria *entender* o prazo"). */
const KNOW_VERBS: ReadonlySet<string> = new Set(['saber', 'entender', 'perguntar', 'perguntei', 'conhecer']);
/** "chegou", "chegar", "chegando": someone arriving, not "chega!" (enough), which drops the request. */
const ARRIVED = /^cheg(ou|ar|aram|ando|uei|ue|am)$/;
/** Forms of "esquecer" that tell of forgetting, not the "esquece" that drops the request. */
const FORGOT = /^esquec(i|eu|emos|eram|ido|ida)$/;
/** Leaving or stopping told in the past ("ele não sabe onde *deixou*", "o carro *parou*"): a story, no command (round 3865). */
const LEFT_TOLD = /^(deix|larg|par)(ou|aram|ei|uei|amos)$/;
/** Words around "continua" that point at the form itself ("nao, continua o agendamento primeiro"). */
const ABOUT_THE_FORM: ReadonlySet<string> = new Set(['nao', 'primeiro', 'antes', 'pedido', 'agendamento', 'formulario', 'solicitacao', 'cadastro', 'isso', 'esse', 'essa', 'aqui', 'mesmo', 'pode', 'por', 'favor', 'entao', 'vamos', 'bora', 'depois', 'vejo', 'outro', 'resto']);

/** Words that make a clause a question ("qual é o próximo passo?"). */
const ASKING = new Set(['qual', 'quais', 'e', 'eh', 'o', 'a', 'agora', 'entao', 'vem', 'seria']);

const leaveFormCues = c([...YES, ...LEAVE_FORM]);
const goAheadCues = c(GO_AHEAD);
/** On a card, agreeing in words is a go-ahead too ("pode ser", "quero sim", "manda"), round 3307; not in a form's field. */
const cardAheadCues = c([...GO_AHEAD, ...AGREE_ON_CARD]);
/** A go-ahead on a card: never a question ("e o q tem q *mandar*": a word of asking, or its mark). */
function cardAhead(m: Message): readonly number[] | undefined {
  if (isAsked(m.text) || m.tokens.some((w) => QUESTION_WORDS.has(w))) return undefined;
  return cardAheadCues.union(m);
}
const cancelCues = c(CANCEL_FORM);
const putOffCues = c(PUT_OFF_FORM);
const repeatCues = c(REPEAT);
/** The verb of repeating itself ("repete a parte da taxa"): "de novo" alone may be the service done again. */
const REPEATING: ReadonlySet<string> = new Set(['repete', 'repetir', 'repita', 'repetiria', 'repeti']);
const startWalkCues = c(START_WALK);
/** Words that refuse what follows them ("nao quero", "não precisa", "dispenso", "sem"). */
const REFUSING = /\b(?:nao|n|nem) (?:quero|queria|preciso|precisa|precisava|vou querer)\b|\b(?:dispenso|sem)\b/;
/** "nao quero o passo a passo", "não precisa mostrar as etapas": a refusal in the three words before the steps' cue. */
function refusesSteps(m: Message, cues: readonly number[]): boolean {
  const first = Math.min(...cues);
  return REFUSING.test(m.tokens.slice(Math.max(0, first - 4), first + 2).join(' '));
}
const startFormCues = c(START_FORM);
const consultCues = c(CONSULT_FOR_ME);
const claimCues = c(CLAIM);

/** A question ending in "?", with more said after it, that asks a usual topic clearly and holds no claim itself. */
function topicAskedBefore(text: string): boolean {
  const at = text.indexOf('?');
  if (at <= 0 || text.slice(at + 1).trim() === '') return false;
  const head = readPlain(text.slice(0, at + 1));
  return findTopics(head, false)?.strong === true && claimCues.findAll(head).length === 0;
}
const startFormWordCues = c(START_FORM_WORD);
const correctionCues = c(CORRECTION);
const toldLateCues = c(TOLD_LATE);
const restatedCues = c(RESTATED);
/** The verb of explaining as a citizen restating their need types it ("explico", "explicando", "vou explicar"), not asking the bot ("explica"). */
const RESTATING_VERB = /^(explico|explicando|explicar|esclarec\w*|reformul\w*)$/;

/** Where a message pauses between clauses (as reading.ts's PAUSE: not the dot of "gov.br" nor of a CPF). */
const CLAUSE_BREAK = /[,;!?…]+|\.+(?=\s|$)|\s[-–—]\s/;
/** Words a correction clause may hold besides its cue ("nao pera, errei"). */
const TAKING_BACK: ReadonlySet<string> = new Set(['nao', 'n', 'nn', ...PAUSE_WORDS, ...APOLOGIES]);
/** A copula that opens the answer typed again ("*é* betim", "*era* reclamação"). */
const COPULA_FIRST = /^(?:é|e|eh|era)\s+/i;

/**
 * In a form, an answer typed, taken back in a clause of its own, and typed again: "contagem, não pera, errei, é betim".
 * The answer after the last such clause (its copula dropped), when it is a valid answer to the field asked; the first
 * answer is short (up to five words), so an account that corrects itself ("fui mal atendido, na verdade ninguém me
 * atendeu…") stays whole.
 */
function selfCorrected(t: TurnBuilder, raw: string): string | undefined {
  const f = formOf(t);
  const field = f?.form.fields[f.field];
  if (!field) return undefined;
  const clauses = raw.split(CLAUSE_BREAK).map((x) => x.trim()).filter((x) => x !== '');
  if (clauses.length < 3) return undefined;
  const takesBack = (clause: string): boolean => {
    const r = reader.read(clause, () => false);
    const cue = correctionCues.union(r) ?? [];
    return cue.length > 0 && r.tokens.every((w, i) => cue.includes(i) || TAKING_BACK.has(w) || isGlue(w));
  };
  const at = clauses.findIndex((x, i) => i > 0 && i < clauses.length - 1 && takesBack(x));
  if (at < 0) return undefined;
  // The first answer: a few words, not only a "não" or a pause ("nao, pera, é reclamação e não sugestão" amends).
  const head = reader.read(clauses.slice(0, at).join(' '), () => false).tokens;
  if (head.length > 5 || head.every((w) => TAKING_BACK.has(w) || isGlue(w))) return undefined;
  // Every clause taking it back is skipped ("nao pera", "errei").
  let from = at;
  while (from < clauses.length - 1 && takesBack(clauses[from] ?? '')) from++;
  const value = clauses.slice(from).join(', ').replace(COPULA_FIRST, '').trim();
  if (value === '' || reader.read(value, () => false).tokens.length > 10) return undefined;
  return isValidAnswer(t, field, value) ? value : undefined;
}
const afterRequestCues = c(AFTER_REQUEST);

/** Every cue phrase of the table: the words typo correction corrects towards. */
export function allCuePhrases(): string[] {
  return [
    ...CANCEL_FORM, ...MENU, ...HELP, ...HOW_IT_WORKS, ...HANDOFF, ...HANDOFF_WORD, ...QUIT, ...REPHRASE, ...BACK, ...FIELD_QUESTION, ...YES, ...NO, ...NEXT, ...REPEAT, ...FINISH, ...PROGRESS,
    ...LEAVE_FORM, ...LEAVE_WALK, ...START_WALK, ...STAY_IN_FORM, ...CATEGORIES, ...START_FORM, ...START_FORM_WORD, ...CORRECTION, ...topicPhrases, ...Object.values(SOCIAL).flat(),
  ];
}

/** The reader of the table's cues. */
export const reader = new Reader(allCuePhrases());

/** Reads a message for the table. */
export function readMessage(t: TurnBuilder, text: string): Message {
  // Catalogue words and names of towns ("Sabará" is not a typo of "sábado") are never corrected into cue words, nor
  // another form of a catalogue verb ("renovo" is not "denovo"), nor a word of how one asks ("checar" is not "chega"),
  // nor an everyday word ("pasto" is not "passo", "tinha" not "minha": core/lexicon.ts).
  const m = reader.read(text, (w) => t.ctx.search.knows(w) || isPlaceWord(w) || t.ctx.search.share(stem(w)) > 0 || GENERIC_WORDS.has(w) || isEverydayWord(w));
  // Spelt out rather than spread: every message then has the same shape (a spread costs ~1 µs here).
  const freeText = isFreeText(t);
  const { text: read, tokens, stems, pauses, memo } = m;
  if (pauses === undefined || memo === undefined) return { ...m, freeText };
  return { text: read, tokens, stems, pauses, memo, freeText };
}

/** A verb of wanting (WANT_OPENERS) after a space: where the request starts in "esquece isso quero o dae". */
const WANT_AFTER_SPACE = new RegExp(String.raw`\s(?:${[...WANT_OPENERS].join('|')})\b`, 'i');

/**
 * A verb of DISMISS_VERBS anywhere in the folded text, its letters maybe held ("esqueceee"): without one, no clause
 * can be dropped, and most messages skip reading the head of the message.
 */
const DISMISS_VERB_SAID = new RegExp([...DISMISS_VERBS].map((v) => [...v].map((c) => `${c}+`).join('')).join('|'));

/**
 * The message without a clause that opens it by only dropping what was being talked about, when a request follows
 * ("esquece isso, quero ver o dae", "deixa pra lá, e o ipva?", "esquece isso quero o dae"): the request is the
 * message, and the dropping words name nothing ("esquece" is the forgotten password's word, "deixa" an
 * inheritance's). Not in a form, where they give up the request (CANCEL_FORM) and the form asks what to do.
 */
export function withoutDismissal(t: TurnBuilder, raw: string): string {
  return inForm(t) ? raw : (afterDismissal(t, raw) ?? raw);
}

/** Words of asking that may close a clause, left where the thing asked would stand ("abrem *quando*", "chega *como*"). */
const ASKING_LAST: ReadonlySet<string> = new Set(['quando', 'qnd', 'qdo', 'onde', 'aonde', 'quanto', 'qnto', 'qto', 'como', 'quem', 'oq', 'que', 'q']);
/** The chat spellings of "o que" that ask wherever they stand ("faço *oq* com o chip"). */
const ASKING_ANYWHERE: ReadonlySet<string> = new Set(['oq']);
/** Words that never stand before a word of asking as its verb (articles, prepositions, glue). */
const NOT_A_VERB: ReadonlySet<string> = new Set(['o', 'a', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'pra', 'para', 'pro', 'com', 'em', 'no', 'na', 'e', 'mas', 'ou', 'que', 'q', 'tudo', 'isso', 'so', 'nao', 'n', 'eu', 'voce', 'vc', 'ele', 'ela', 'me', 'te', 'se', 'porque', 'pq', 'ate', 'tem', 'ter']);

/**
 * The message as the table reads it, and its intent: when it reaches the search (no intent of the table took it) and
 * a word of asking is left in place ("as inscricao abrem quando"), the same message with that word put first
 * (`askingFirst`), if the table then reads a follow-up question in it. Read second, so the cues written in that order
 * ("fica pronta quando", "chega quando") are kept.
 */
export function classifyAsked(t: TurnBuilder, m: Message, text: string): { m: Message; intent: Intent; hit: Hit } {
  const first = classify(t, m);
  // "e as placas, faz oq com elas?": the talk carried over to a thing of the card is asked of that thing (handlers'
  // ownThingOf), not of how the service is done.
  if (first.intent.name !== 'search' || inForm(t) || THING_CARRIED.test(m.tokens.join(' '))) return { m, ...first };
  const fronted = askingFirst(text);
  if (fronted === text) return { m, ...first };
  const asked = readMessage(t, fronted);
  const second = classify(t, asked);
  return second.intent.name === 'follow_up' ? { m: asked, ...second } : { m, ...first };
}

/**
 * The message with each word of asking left in place (Portuguese asks "as inscrições abrem *quando*?", "depois do bo
 * faço *oq* com o chip", "pra achar a empresa preciso *do q*", "e a resposta chega *como*?") put before the verb it
 * follows, where the table's cues and the reader of questions look for it ("quando abrem", "oq faço", "o q preciso",
 * "como chega"). A general property of how a question is put, read on any message outside forms: the word of asking
 * closing its clause (or "oq" anywhere) right after a verb; "do/de q" is "o que" asked of a need. Not after a verb of
 * knowing ("não sei onde"), nor at a clause's start, where it already opens the question.
 */
export function askingFirst(raw: string): string {
  if (!/\b(quando|qnd|qdo|onde|aonde|quanto|qnto|qto|como|quem|oq|que|q)\b/i.test(raw)) return raw;
  return raw.split(/(?<=[,;.!?…]+\s*)/).map((clause) => {
    const mark = /[\s,;.!?…]*$/.exec(clause)?.[0] ?? '';
    const words = clause.slice(0, clause.length - mark.length).split(/\s+/).filter((w) => w !== '');
    const folded = words.map((w) => fold(w));
    let at = folded.findIndex((w, i) => i >= 2 && ASKING_ANYWHERE.has(w));
    if (at < 0 && folded.length >= 3 && ASKING_LAST.has(folded[folded.length - 1] ?? '')) at = folded.length - 1;
    if (at < 0) return clause;
    const last = folded[at] ?? '';
    // "preciso do q": the need asked, "o q preciso".
    const of = (last === 'q' || last === 'que') && ['do', 'de', 'da'].includes(folded[at - 1] ?? '');
    const verb = of ? at - 2 : at - 1;
    const before = folded[verb] ?? '';
    if (verb < 1 || NOT_A_VERB.has(before) || KNOWING.has(before) || before.length < 3) return clause;
    // A bare "que"/"q" closing the clause asks only after a preposition ("preciso do q"); alone it is "tem que".
    if ((last === 'q' || last === 'que') && !of) return clause;
    const asking = of ? ['o', words[at] ?? ''] : [words[at] ?? ''];
    const moved = [...words.slice(0, verb), ...asking, ...words.slice(verb, of ? at - 1 : at), ...words.slice(at + 1)];
    return moved.join(' ') + mark;
  }).join('');
}

/**
 * The pause that ends the dropping clause: the first, or a later one when every clause before it is only a dropping
 * word with no verb of dropping ("não, deixa. voltando na renovação, …", "ah, esquece, e o ipva?": round 4020).
 */
function dismissingPause(raw: string): number {
  const first = raw.search(/[,;.!]/);
  let pause = first;
  while (pause >= 0) {
    const head = reader.read(raw.slice(0, pause), () => false).tokens;
    if (head.length === 0 || !head.every((w) => DISMISS_WORDS.has(w))) return pause;
    // A request after it ("ah não, deixa, quero ver o do ipva") is a correction, read whole as before.
    if (head.some((w) => DISMISS_VERBS.has(w))) return WANTED_NEXT.test(fold(raw.slice(pause + 1))) ? first : pause;
    const next = raw.slice(pause + 1).search(/[,;.!]/);
    if (next < 0) return pause;
    pause += 1 + next;
  }
  return pause;
}
/** A clause opening with a request ("quero…", "preciso…"). */
const WANTED_NEXT = new RegExp(String.raw`^\s*(?:${[...WANT_OPENERS].join('|')})\b`);

/**
 * The request after a clause that opens the message by only dropping what was being talked about (see
 * `withoutDismissal`), or undefined. The dropped thing may be named by the service in focus's own names ("esquece a
 * guia, quero a carteira de pesca mesmo" on the DAE, "deixa o rg pra la, meu irmao sumiu" while booking the RG).
 */
export function afterDismissal(t: TurnBuilder, raw: string): string | undefined {
  if (!DISMISS_VERB_SAID.test(fold(raw))) return undefined;
  const pause = dismissingPause(raw);
  const want = raw.search(WANT_AFTER_SPACE);
  const cut = pause >= 0 && (want < 0 || pause < want) ? pause + 1 : want;
  if (cut <= 0) return undefined;
  const head = reader.read(raw.slice(0, cut), () => false).tokens;
  const rest = raw.slice(cut);
  const focus = focusOf(t);
  const dropped = (w: string): boolean => DISMISS_WORDS.has(w) || (focus !== undefined && (isGlue(w) || nameStems(focus).has(stemOrSelf(w))));
  const dismisses = head.length > 0 && head.every(dropped) && head.some((w) => DISMISS_VERBS.has(w));
  return dismisses && reader.read(rest, () => false).tokens.some((w) => !isGlue(w)) ? rest.trim() : undefined;
}

/**
 * A request for a person with a need told beside it, in clauses of their own ("quero falar com um atendente, minha conta
 * de luz sumiu, preciso da segunda via", "prefiro falar com uma pessoa, mas vamos lá: como incluo meu filho no IPSEMG?"):
 * the way to a person is said, then the need is read as a message of its own (round 3303). False when the need finds
 * nothing the bot can show (the request for a person is then the message).
 */
function needBesideHandoff(t: TurnBuilder, m: Message, used: readonly number[]): boolean {
  if (inForm(t) || used.length === 0) return false;
  // The clauses (see clauseOf) that hold no word of the request for a person, each kept apart by a pause.
  const asked = new Set(used.map((i) => clauseOf(m, i)));
  const clauses = new Map<number, string[]>();
  m.tokens.forEach((w, i) => {
    const c = clauseOf(m, i);
    if (!asked.has(c)) clauses.set(c, [...(clauses.get(c) ?? []), w]);
  });
  const rest = [...clauses.values()];
  if (rest.flat().every((w) => isGlue(w))) return false;
  return playAsOwn(t, rest.map((c) => c.join(' ')).join(', '), copy.handoffBeside, {
    refused: ['handoff', 'small_talk', 'not_understood'],
    found: (trial) => ['service', 'results', 'walkthrough', 'form'].includes(trial.state.view.at) && !trial.replies.some((r) => r.hint?.kind === 'no_results' || r.hint?.kind === 'not_understood'),
  });
}

/**
 * Plays `text` as a message of its own on a copy of the turn (first set up by `setUp`); when `found` accepts what the
 * copy did, says `notice`, sets the turn up the same way and plays `text` on it. False, the turn untouched, otherwise,
 * or when the copy reads one of the `refused` intents. Used where a clause of the message is set aside and the rest
 * must stand on its own (cancelThenAsk, needBesideHandoff).
 */
function playAsOwn(t: TurnBuilder, text: string, notice: string, how: { found: (trial: TurnBuilder) => boolean; refused?: readonly string[]; setUp?: (b: TurnBuilder) => void }): boolean {
  const trial = new TurnBuilder(t.state, t.ctx);
  how.setUp?.(trial);
  const tm = readMessage(trial, text);
  const tried = classify(trial, tm);
  if (how.refused?.includes(tried.intent.name) === true) return false;
  tried.intent.handle(trial, tm, tried.hit);
  if (!how.found(trial)) return false;
  t.say(notice, undefined, undefined, { kind: 'notice' });
  how.setUp?.(t);
  const next = readMessage(t, text);
  const { intent, hit } = classify(t, next);
  intent.handle(t, next, hit);
  return true;
}

/**
 * A form given up by a clause that only drops it, then a request of its own ("esquece isso, meu irmao sumiu ontem o que
 * eu faco", "deixa pra la, quero ver o ipva"): the request is cancelled, and the rest read as a first message at the
 * menu, when it finds a service or says who handles it; otherwise (a way of doing it, "esquece, vou ligar no 162") false.
 */
function cancelThenAsk(t: TurnBuilder, m: Message): boolean {
  const rest = afterDismissal(t, m.text);
  if (rest === undefined) return false;
  return playAsOwn(t, rest, 'Solicitação cancelada. Nenhum dado foi guardado.', {
    // What is dropped is the request and its service: the rest is not a question about it.
    setUp: (b) => {
      b.go({ at: 'menu' }, false);
      b.unfocus();
      b.state = { ...b.state, back: [] };
    },
    found: (trial) => (['service', 'results', 'walkthrough'].includes(trial.state.view.at) || trial.replies.some((r) => r.hint?.kind === 'elsewhere')) && !trial.replies.some((r) => r.hint?.kind === 'no_results'),
  });
}

/** The first intent of the table that recognises the message where the citizen is, with what it found. */
export function classify(t: TurnBuilder, m: Message): { intent: Intent; hit: Hit } {
  const place = t.state.view.at;
  const formish = inForm(t);
  for (const intent of INTENTS) {
    if (intent.where !== 'anywhere' && !intent.where.includes(place)) continue;
    const hit = intent.recognise ? intent.recognise(t, m) : cueHit(intent, m, formish);
    if (hit) return { intent, hit };
  }
  // The table ends with a catch-all search; this is never reached.
  const last = INTENTS[INTENTS.length - 1] as Intent;
  return { intent: last, hit: { used: [] } };
}

/**
 * On a card, a detail of its own request lost or forgotten (`lostDetailTold`): one of the details said is a word the
 * card speaks of, and the rest of the message (less the topic's cue) is all the card's words, or names no other service
 * the search clearly finds.
 */
function lostDetailOfFocus(t: TurnBuilder, m: Message): boolean {
  const focus = focusOf(t);
  const lost = focus ? (lostDetailTold(m) ?? awaitedDetailTold(m)) : undefined;
  if (!focus || !lost || !lost.details.some((i) => spokenOfAll(t.ctx, focus, [m.tokens[i] ?? '']))) return false;
  // A clear question of another topic ("chega quando?", "consigo imprimir mesmo assim?") is the follow-up's to answer.
  const topics = findTopics(m, false);
  if (topics?.strong && !topics.topics.every((k) => k === 'how')) return false;
  const rest = namingWords(m, [...lost.told, ...(topics?.used ?? [])]).filter((w) => !isGlue(w) && !WHO_WORDS.has(w));
  if (rest.length === 0 || spokenOfAll(t.ctx, focus, rest)) return true;
  const found = t.ctx.search.search(rest.join(' '), 2);
  const other = found.clear ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
  return other === undefined || other.id === focus.id || !namesService(t.ctx, other, rest);
}

/** "nao foi furto, foi golpe", "não era a moto, era o carro": a denial, a pause, and the same verb saying what it was. */
function deniedThenSaid(t: TurnBuilder, m: Message): boolean {
  if (saidThenDenied(m)) return true;
  // "nao perdi nao, ela ta vencida": a short denial of what was understood, a pause, then what it is.
  const pause = [1, 2].find((i) => m.pauses?.has(i) ?? false);
  if (m.tokens[0] === 'nao' && !isGlue(m.tokens[1] ?? 'e') && pause !== undefined && (pause === 1 || m.tokens[2] === 'nao') && !isAsked(m.text) && m.tokens.slice(pause + 1).some((w) => !isGlue(w))) return true;
  // "não, quero a presencial" on a card: a bare "não", then what is wanted in a clause that opens with a verb of
  // wanting, when those words find another service clearly (a question about the card in view is no correction).
  if (wantedAfterNo(t, m)) return true;
  // "opa, nao é a habilitação, é a identidade": an interjection or apology may open it; "é" says it like "foi".
  // "perai, nao foi furto nao, eu que perdi os documentos": so may a word of pausing (round 2722).
  const from = m.tokens.findIndex((w) => !APOLOGIES.has(w) && !INTERJECTIONS.has(w) && !PAUSE_WORDS.has(w) && w !== 'ops' && w !== 'ah');
  const verb = m.tokens[from + 1];
  // "Desculpe, não é a primeira. Eu perdi a minha, preciso da segunda via." on a card: a short denial of what is in
  // view ("não é a primeira", "não era esse"), a pause, then a clause of its own saying what it is.
  // "não foi furto (não), …" on the theft report says what happened was not the card's case, as "não é" says what is
  // wanted; only when the word denied is of the card's title ("não foi roubo, perdi na rua" on the identity card's 2nd
  // copy tells how it was lost: the card stays).
  const focus = focusOf(t);
  const deniedCase = verb === 'foi' && focus !== undefined && inTitle(focus, m.tokens[from + 2] ?? '');
  if (from >= 0 && m.tokens[from] === 'nao' && (verb === 'e' || verb === 'eh' || verb === 'era' || deniedCase) && focus !== undefined && !isAsked(m.text)) {
    const end = [...(m.pauses ?? [])].filter((p) => p > from + 1).sort((a, b) => a - b)[0];
    // The denial names something ("não é para mim" names nothing: it tells whom it is for).
    const names = end !== undefined && searchWords(m.tokens.slice(from + 2, end + 1).join(' ')).length > 0;
    // Short: three words at most after "não é", or one thing denied with a closing "não" and a vocative ("nao é pra
    // lazer nao moço, eu vivo da pesca").
    const short = end !== undefined && (end - from <= 4 || m.tokens.slice(from + 2, end + 1).filter((w) => !isGlue(w) && w !== 'nao').length <= 1);
    if (end !== undefined && names && short && m.tokens.slice(end + 1).filter((w) => !isGlue(w)).length >= 2) return true;
    // "nao é a primeira, eu perdi a minha": one word of the story is enough when it is a word the search knows.
    if (end !== undefined && names && short && searchWords(m.tokens.slice(end + 1).join(' ')).length >= 1 && correctionWords(m, []).length >= 1) return true;
  }
  // "nao tenho carteira ainda, quero tirar a primeira" on the renewal: not having what the card in view presumes, a
  // short clause, then what is wanted in a clause of its own that opens with a verb of wanting.
  if (from >= 0 && m.tokens[from] === 'nao' && (verb === 'tenho' || verb === 'tive') && focusOf(t) !== undefined && !isAsked(m.text)) {
    const end = [...(m.pauses ?? [])].filter((p) => p > from + 1).sort((a, b) => a - b)[0];
    if (end !== undefined && end - from <= 4 && WANT_OPENERS.has(m.tokens[end + 1] ?? '') && m.tokens.slice(end + 2).some((w) => !isGlue(w))) return true;
  }
  // "nao foi guinchado nao, levei multa e quero recorrer": a short denial closed by the double negative's second "não"
  // and a pause, then a clause of its own saying what it is.
  if (from >= 0 && m.tokens[from] === 'nao' && (verb === 'foi' || verb === 'era' || verb === 'e' || verb === 'eh') && !isAsked(m.text)) {
    const close = m.tokens.findIndex((w, i) => i > from + 2 && i <= from + 5 && w === 'nao' && (m.pauses?.has(i) ?? false));
    if (close > 0 && m.tokens.slice(close + 1).filter((w) => !isGlue(w)).length >= 2) return true;
  }
  if (from < 0 || m.tokens[from] !== 'nao' || (verb !== 'foi' && verb !== 'era' && verb !== 'e' && verb !== 'eh')) return false;
  const said = m.tokens.some((w, i) => i > from + 2 && w === verb && (m.pauses?.has(i - 1) ?? false));
  // "nao e o menino q sumiu nao, foi o celular q furtaram": what it is not said with "é", what happened with "foi"
  // or "era" after the pause.
  const happened = verb !== 'foi' && verb !== 'era' && m.tokens.some((w, i) => i > from + 2 && (w === 'foi' || w === 'era') && (m.pauses?.has(i - 1) ?? false));
  if (happened && !isAsked(m.text)) return true;
  if (!said || verb === 'foi' || verb === 'era') return said;
  // With "é", only when what it says finds a service ("é desmatamento na serra" finds none alone; the whole message
  // is then searched, its denial dropped).
  return !isAsked(m.text) && t.ctx.search.search(correctionWords(m, []).join(' '), 2).hits.length > 0;
}

/** "não não, …": the bare leading "não" said twice (the reader keeps one of the two). */
const DOUBLED_NO = /^\s*(n[aã]o|nn)\s+(n[aã]o|nn)\s*[,.!;-]/i;

/** "não, quero a visita presencial": a bare leading "não", a verb of wanting, and words that find another service clearly. */
function wantedAfterNo(t: TurnBuilder, m: Message): boolean {
  const focus = focusOf(t);
  const no = m.tokens.indexOf('nao');
  // "não, tenho 40 anos e quero terminar o ensino médio": the wish may follow a short clause of the citizen's case,
  // joined by "e" or a pause.
  const want = m.tokens.findIndex((w, i) => i > no && WANT_OPENERS.has(w));
  const opens = want === no + 1 || (want > no + 1 && want - no <= 6 && (m.tokens[want - 1] === 'e' || (m.pauses?.has(want - 1) ?? false)));
  if (focus === undefined || no < 0 || !(LEADING_NO.test(m.text) || DOUBLED_NO.test(m.text)) || !opens || isAsked(m.text)) return false;
  // "não, quero fazer pela internet": a usual question with nothing named besides it is asked of the card in view.
  const asked = findTopics(m, false);
  if (asked?.strong && namingWords(m, [0, no, want, ...asked.used]).length === 0) return false;
  const found = t.ctx.search.search(correctionWords(m, []).join(' '), 2);
  return found.clear && found.hits[0] !== undefined && found.hits[0].id !== focus.id;
}

/** Where a sentence ends, for the question asked in a sentence of its own after a correction (caseThenAsked). */
const SENTENCE_END = /(?<=[.!?…])\s+/;

/**
 * "Corrijo: quem fará o pedido é a avó, que é a cuidadora. Ela pode solicitar?" on the Ciptea, "Retifico: o veículo é da
 * empresa, não do sócio. Quais dados devo informar?" on the IPVA: a detail of the case put right, then, in a sentence of
 * its own, a question about the service in focus that names nothing but the focus's own words. The question is asked
 * of the focus; the correction moves nothing (round 5241). Not when a sentence before says what is wanted ("Corrijo:
 * ainda não tenho CNPJ. Preciso primeiro abrir a empresa.").
 */
function caseThenAsked(t: TurnBuilder, m: Message): boolean {
  const focus = focusOf(t);
  const parts = m.text.trim().split(SENTENCE_END);
  const last = parts[parts.length - 1] ?? '';
  if (focus === undefined || parts.length < 2 || !isAsked(last)) return false;
  const before = parts.slice(0, -1).join(' ');
  if (searchWords(before).some((w) => WANT_OPENERS.has(w))) return false;
  // What is put right names no other service clearly ("Corrijo: é mudança de categoria. Quanto custa?" moves), unless
  // what it says "no" to is no word of the focus's title: a detail of the case ("…da empresa, não do sócio").
  const told = readMessage(t, before);
  const found = t.ctx.search.search(namingWords(told, []).join(' '), 2);
  const own = titleStems(focus);
  const detail = deniedWords(told).some((w) => analyze(w).every((x) => !own.has(x)));
  if (found.clear && found.hits[0]?.id !== focus.id && !detail) return false;
  // The question asks a topic of the focus with nothing else named ("Quais dados devo informar para emitir a guia?"), or
  // names nothing at all ("Ela pode solicitar?") after a correction of who asks, in words of the card's requesters
  // ("a avó, que é a cuidadora"); "falei errado, ela fez 16 semana passada. pode?" is read by the correction as before.
  const q = readMessage(t, last);
  const asked = findTopics(q, false);
  const naming = namingWords(q, asked?.used ?? []).filter((w) => !isGlue(w) && !WANT_OPENERS.has(w) && !KNOW_VERBS.has(w));
  if (asked?.strong === true) return naming.length === 0 || isOwnWords(focus, naming);
  const who = requirementStems(focus);
  return naming.length === 0 && namingWords(told, []).some((w) => !/\d/.test(w) && !isGlue(w) && analyze(w).some((x) => who.has(x)));
}

/**
 * On a card, a question that names the card itself ("no bo", "a declaração do itcd") beside the correction's cue, that
 * the search places nowhere clearly but on the card, and that a sentence of the card answers: the citizen asks about a
 * slip of theirs in the service (round 2411, from r25b).
 */
function slipAsked(t: TurnBuilder, m: Message, cue: readonly number[]): boolean {
  // Asked by both correction intents of the same message: read once.
  const read = slipRead.get(m);
  if (read !== undefined) return read;
  const slip = slipAskedOnce(t, m, cue);
  slipRead.set(m, slip);
  return slip;
}
const slipRead = new WeakMap<Message, boolean>();

function slipAskedOnce(t: TurnBuilder, m: Message, cue: readonly number[]): boolean {
  const focus = t.state.view.at === 'service' ? focusOf(t) : undefined;
  const named = focus === undefined ? [] : namingWords(m, cue);
  // Named by its names, or only by things its own texts speak of ("errei na *declaração*" on the ITCD).
  if (!focus || named.length === 0 || !(namesService(t.ctx, focus, named) || spokenOfAll(t.ctx, focus, named))) return false;
  // "…Então não é a primeira, né?" on the ID's 1st copy, "não está atrasado" on the IPVA in arrears: a word of the card's
  // title denied says the card is not the one; that corrects it, it asks about no slip in it (round 5665).
  if (titleDenied(focus, m)) return false;
  const found = t.ctx.search.search(m.text, 2);
  return (!found.clear || found.hits[0]?.id === focus.id) && passages(focus, t.ctx.catalogue, m.text, [], true).length > 0;
}

/** A word the message denies ("não é a *primeira*") is one of the focus's title ("1ª via"), by stem. */
function titleDenied(focus: Service, m: Message): boolean {
  const title = titleStems(focus);
  return deniedWords(m).some((w) => analyze(w).some((x) => title.has(x)));
}

/** "da identidade, nao da cnh": a thing named, a pause, then "não" and the thing it is not, to the end. */
function saidThenDenied(m: Message): boolean {
  const no = m.tokens.findIndex((w, i) => i > 0 && w === 'nao' && (m.pauses?.has(i - 1) ?? false));
  if (no < 0 || !ARTICLES.has(m.tokens[no + 1] ?? '') || m.tokens.length - no > 4) return false;
  return m.tokens.slice(0, no).some((w) => !isGlue(w)) && !isAsked(m.text);
}

/** The words of an age told ("tenho 20 anos", "ja tem 19"): a number, "ano(s)", and the verbs or "com" before it. */
const AGE_WORDS = /^(\d{1,3}|anos?|tem|tenho|com|fiz|fez|completei|completou|ja)$/;

/** Every topic found is who may ask or the rules for minors, read from an age told and nothing else. */
function ageOnly(m: Message, found: { topics: readonly string[]; used: readonly number[] }): boolean {
  return found.topics.every((x) => x === 'requirements' || x === 'minors') && found.used.every((i) => AGE_WORDS.test(m.tokens[i] ?? ''));
}

/** One or two words with an asterisk before or after them: a fix of the last message ("*cnh", "ipsemg*"). */
const ASTERISK_FIX = /^\s*(\*\s*[^\s*]+(\s+[^\s*]+)?|[^\s*]+(\s+[^\s*]+)?\s*\*)\s*$/;

/** Forms of "esperar" that are the verb, not the "espera," that holds the conversation ("Precisa esperar 24 horas?"). */
const WAIT_VERB = /^esper(ar|o|a-se|ando|ei|ou|amos|aram|em|e)$/;

/** The cue hit without the verb "esperar" (its stem is the cue "espera"'s); undefined when nothing else is left. */
function withoutVerbWait(m: Message, hit: Hit | undefined): Hit | undefined {
  if (!hit) return undefined;
  const asked = alternativeAsked(m);
  const used = hit.used.filter((i) => !WAIT_VERB.test(m.tokens[i] ?? '') && !asked.has(i));
  return used.length > 0 ? { ...hit, used } : undefined;
}

/** Verbs asking whether a thing exists or is offered ("tem", "há", "existe"), before "outra opção" in a question. */
const EXISTS: ReadonlySet<string> = new Set(['tem', 'ha', 'existe', 'existem', 'teria', 'tera', 'rola', 'oferece', 'oferecem', 'possui']);
/**
 * "Se eu perder a inscrição, há outra opção?", "tem outra forma de pagar?": asked whether another way exists, "outra
 * opção" is the question's thing, not the citizen's "era outra coisa" that corrects. The token positions of
 * "outro/outra" and the word after it, after a verb of existing ("tem alguma outra…" too), in a question.
 */
function alternativeAsked(m: Message): ReadonlySet<number> {
  if (!isAsked(m.text)) return new Set();
  return new Set(m.tokens.flatMap((w, i) => {
    if (!/^outr[oa]s?$/.test(w)) return [];
    const before = /^(alguma?|algum|uma?)$/.test(m.tokens[i - 1] ?? '') ? i - 2 : i - 1;
    return EXISTS.has(m.tokens[before] ?? '') ? [i, i + 1] : [];
  }));
}

/** Words asking for the steps whole ("o passo a passo *completo*", "as etapas *todas*"). */
const WHOLE_STEPS: ReadonlySet<string> = new Set(['completo', 'completa', 'completos', 'completas', 'inteiro', 'inteira', 'todo', 'toda', 'todos', 'todas']);

/** Verbs that say what a thing is ("a multa *ta* errada", "o valor *veio* errado"). */
const BEING_VERBS: ReadonlySet<string> = new Set(['esta', 'ta', 'tava', 'estava', 'veio', 'vieram', 'saiu', 'sairam', 'foi', 'e', 'parece', 'ficou']);
/** Words that point at the bot's own answer ("isso ta errado", "a resposta ta errada"): then it is a correction. */
const ANSWER_WORDS: ReadonlySet<string> = new Set(['isso', 'isto', 'tudo', 'voce', 'vc', 'resposta', 'servico', 'opcao', 'esse', 'essa', 'aquilo']);

/**
 * "e se eu achar q a multa ta errada" on a card: a thing of the catalogue said to be wrong ("a multa ta errada", "o valor
 * veio errado") is the citizen's case, not a correction of the bot; its "errada" is dropped from the hit.
 */
function withoutThingWrong(t: TurnBuilder, m: Message, hit: Hit | undefined): Hit | undefined {
  // With nothing open yet, too: "tomei uma multa que tá errada, como recorro?" tells the case (round 4108).
  if (!hit || (t.state.view.at !== 'service' && !(t.state.view.at === 'menu' && focusOf(t) === undefined))) return hit;
  const used = hit.used.filter((i) => {
    const w = m.tokens[i] ?? '';
    if (!/^errad[oa]s?$/.test(w) || !BEING_VERBS.has(m.tokens[i - 1] ?? '')) return true;
    // "a multa *que* tá errada": the thing before the "que".
    const thing = (m.tokens[i - 2] === 'que' || m.tokens[i - 2] === 'q' ? m.tokens[i - 3] : m.tokens[i - 2]) ?? '';
    return ANSWER_WORDS.has(thing) || isGlue(thing) || !t.ctx.search.knows(thing);
  });
  return used.length > 0 ? { ...hit, used } : undefined;
}

/**
 * "paga pra consultar?" on the vehicle lookup: a question with a topic's word (a weak one, "paga") whose other words
 * are all in the title of the card in view ("Consultar situação…") is asked of the card, though the words brush a button.
 */
function askedOfFocusTitle(t: TurnBuilder, m: Message): boolean {
  const focus = focusOf(t);
  const topics = focus ? findTopics(m, false) : undefined;
  if (!focus || !topics) return false;
  const rest = namingWords(m, topics.used);
  return rest.length > 0 && rest.every((w) => inTitle(focus, w));
}

/** Words around "e agora?" that add nothing ("e agora então", "e aí, agora?"). */
const NOW_FILLER: ReadonlySet<string> = new Set(['e', 'ai', 'entao', 'agora', 'o', 'que', 'q', 'oq', 'faco']);

/**
 * "e agora?" alone on a card ("furtaram minha bicicleta", then "e agora"): what to do now, how it is done. Only alone
 * and on a card: in a story ("esqueci a senha do portal e agora") or after a request it says something else.
 */
function whatNow(t: TurnBuilder, m: Message): TopicHit | undefined {
  if (t.state.view.at !== 'service' || focusOf(t) === undefined) return undefined;
  if (m.tokens[0] !== 'e' || !m.tokens.includes('agora') || !m.tokens.every((w) => NOW_FILLER.has(w))) return undefined;
  return { topics: ['how'], used: m.tokens.map((_, i) => i), strong: true };
}

/** Articles and contractions before the thing denied ("nao *da* cnh", "nao *a* de motorista"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'o', 'da', 'do', 'de', 'na', 'no', 'e', 'pra', 'para', 'pro',
  // Indefinite ones ("foi um golpe pelo telefone, não *um* furto"): the thing denied named as a kind.
  'um', 'uma',
]);

/** Words that say an answer is wrong or must change. */
const FIX_WORDS: ReadonlySet<string> = new Set(['errado', 'errada', 'errei', 'corrigir', 'corrige', 'corrija', 'trocar', 'troca', 'troque', 'mudar', 'muda', 'mude', 'alterar', 'altera', 'altere', 'consertar', 'arrumar', 'arruma', 'incorreto', 'incorreta']);

/** The verbs of FIX_WORDS in the infinitive: a wish to edit ("quero *corrigir* o nome"), not the edit itself ("*muda* pra…"). */
const EDIT_INFINITIVES: ReadonlySet<string> = new Set(['corrigir', 'trocar', 'mudar', 'alterar', 'consertar', 'arrumar']);

/** Words that ask for the protocol number again ("qual o *número*?", "não *anotei*", "*esqueci* o protocolo"). */
const PROTOCOL_AGAIN: ReadonlySet<string> = new Set(['numero', 'qual', 'anotei', 'anotar', 'esqueci', 'perdi', 'repete', 'repetir', 'lembro', 'copiei', 'salvei', 'mesmo', 'msm']);

/** Articles and possessives between a verb of changing and the field it names ("mudar *o* tipo", "trocar *meu* nome"). */
const FIX_ARTICLES: ReadonlySet<string> = new Set([...DEFINITE_ARTICLES,
  'meu', 'minha', 'do', 'da', 'no', 'na',
]);

/** On the summary, the index of the one field a message says is wrong ("o telefone ta errado"). */
function fieldToFix(t: TurnBuilder, m: Message): number | undefined {
  const view = t.state.view;
  const form = view.at === 'confirm' ? serviceOf(t.ctx, view.serviceId)?.form : undefined;
  if (!form || !m.tokens.some((w) => FIX_WORDS.has(w))) return undefined;
  // "quero mudar o tipo": the word right after the verb names a field by any word of its label, even one that is
  // filler elsewhere ("tipo").
  const after = m.tokens.flatMap((w, i) => {
    if (!FIX_WORDS.has(w)) return [];
    let j = i + 1;
    while (FIX_ARTICLES.has(m.tokens[j] ?? '')) j++;
    return m.tokens[j] === undefined ? [] : [m.tokens[j] ?? ''];
  });
  // "escolhi o tipo errado", "o tipo tá errado": the word right before the word saying it is wrong names a field too.
  after.push(...wrongSaidOf(m));
  const direct = form.fields.flatMap((f, i) => (fold(f.label).split(' ').some((w) => w.length >= 3 && after.includes(w)) ? [i] : []));
  if (direct.length === 1) return direct[0];
  const named = fieldsNamed(form, m.tokens.join(' '));
  if (named.length === 1) return named[0];
  // "a cidade tá errada" on the UAI booking: the everyday word for the kind of field ("cidade" for its "Município").
  const typed = named.length === 0 ? form.fields.flatMap((f, i) => (TYPE_WORDS[f.type].some((w) => m.tokens.includes(w)) ? [i] : [])) : [];
  return typed.length === 1 ? typed[0] : undefined;
}

/** The words naming a kind of field ("cpf", "nome", "cidade", "telefone"…), every kind's together. */
const FIELD_KIND_WORDS: ReadonlySet<string> = new Set(Object.values(TYPE_WORDS).flat());

/** Verbs saying what an answer is or how it was put ("esse cpf *é* o meu", "*coloquei* o meu"). */
const ANSWER_WAS: ReadonlySet<string> = new Set(['e', 'eh', 'foi', 'era', 'coloquei', 'botei', 'pus', 'digitei', 'passei']);

/**
 * "o cpf *é outro*: …", "a cidade é outra, Betim": an answer said to be another one; the places of "é outro". Or the
 * citizen's own put for another's, the kind of field named ("opa, esse cpf *é o meu*, o do funcionário é …", "*coloquei
 * o meu cpf*, o dela é …"), round 6621: the places of "é o meu".
 */
function answerSaidOther(m: Message): number[] {
  return m.tokens.flatMap((w, i) => {
    if ((w === 'outro' || w === 'outra') && (m.tokens[i - 1] === 'e' || m.tokens[i - 1] === 'eh') && i >= 2) return [i - 1, i];
    if (w !== 'meu' && w !== 'minha') return [];
    const article = m.tokens[i - 1] === 'o' || m.tokens[i - 1] === 'a' ? 1 : 0;
    const verb = i - 1 - article;
    // "coloquei o meu *cpf*,": the kind of field may follow; it is said up to there ("esse *cpf* é o meu"), never of
    // the answer the message gives ("34 99876 5544, é o meu, ele não atende" is the phone asked).
    const end = FIELD_KIND_WORDS.has(m.tokens[i + 1] ?? '') ? i + 1 : i;
    if (!m.tokens.slice(0, end + 1).some((w) => FIELD_KIND_WORDS.has(w))) return [];
    // "é o meu" says it of the thing named before it ("esse cpf é o meu"); "coloquei o meu" may open the message.
    const said = m.tokens[verb] ?? '';
    return verb >= (said === 'e' || said === 'eh' || said === 'foi' || said === 'era' ? 1 : 0) && ANSWER_WAS.has(said) && (end === m.tokens.length - 1 || (m.pauses?.has(end) ?? false)) ? m.tokens.map((_, k) => k).filter((k) => k >= verb && k <= end) : [];
  });
}

/** Words saying an answer is wrong ("o tipo *errado*", "a data tá *incorreta*"). */
const WRONG_WORDS: ReadonlySet<string> = new Set(['errado', 'errada', 'incorreto', 'incorreta', 'trocado', 'trocada']);
/** Words of being between a thing and "errado" ("o tipo *tá* errado", "a cidade *saiu* errada"). */
const BEING_WORDS: ReadonlySet<string> = new Set(['ta', 'esta', 'tava', 'estava', 'ficou', 'saiu', 'foi', 'veio', 'e', 'eh']);

/** The words right before a word saying an answer is wrong, being words aside ("o tipo tá errado": "tipo"). */
function wrongSaidOf(m: Message): string[] {
  return m.tokens.flatMap((w, i) => {
    if (!WRONG_WORDS.has(w)) return [];
    let j = i - 1;
    while (BEING_WORDS.has(m.tokens[j] ?? '')) j--;
    return j >= 0 ? [m.tokens[j] ?? ''] : [];
  });
}

const yesCues = c(YES);

/** Words saying an answer on the summary is right ("meu nome *ta certo*", "o cpf *é esse mesmo*"). */
const RIGHT_AS_IS: ReadonlySet<string> = new Set(['ta', 'esta', 'estao', 'tao', 'e', 'eh', 'certo', 'certa', 'certos', 'certas', 'certinho', 'certinha', 'correto', 'correta', 'corretos', 'corretas',
  'tudo', 'todos', 'todas', 'dados', 'esse', 'essa', 'esses', 'essas', 'isso', 'mesmo', 'msm', 'ai', 'sim', 'ja', 'pode']);

/** See the `summary_yes` intent. */
function summaryYes(t: TurnBuilder, m: Message): Hit | undefined {
  const view = t.state.view;
  const form = view.at === 'confirm' ? serviceOf(t.ctx, view.serviceId)?.form : undefined;
  const used = yesCues.union(m);
  if (!form || !used || used.length === 0 || m.tokens.includes('nao') || isAsked(m.text)) return undefined;
  const own = new Set(form.fields.flatMap((f) => fold(f.label).split(' ')));
  const fieldWords = new Set(['nome', 'cpf', 'cidade', 'municipio', 'data', 'dia', 'telefone', 'celular', 'numero', 'email', 'motivo', 'tipo']);
  const rest = m.tokens.filter((w, i) => !used.includes(i) && !isGlue(w) && !RIGHT_AS_IS.has(w) && !own.has(w) && !fieldWords.has(w));
  return rest.length === 0 && m.tokens.some((w, i) => !used.includes(i) && (own.has(w) || fieldWords.has(w))) ? { used } : undefined;
}

/** Verbs of sending the request off, and what they take, said on the summary ("pode *registrar*", "*finaliza* o pedido"), round 4261. */
const SUBMIT_VERBS: ReadonlySet<string> = new Set(['registrar', 'registra', 'registre', 'enviar', 'envia', 'envie', 'mandar', 'mande', 'finalizar', 'finaliza', 'finalize', 'concluir', 'conclui',
  'conclua', 'protocolar', 'protocola', 'fechar', 'fecha', 'agendar', 'agenda', 'marcar', 'marca', 'solicitar', 'solicita', 'prosseguir', 'prossegue', 'seguir', 'segue']);
const SUBMIT_AROUND: ReadonlySet<string> = new Set(['pode', 'podem', 'sim', 'ja', 'entao', 'ai', 'tudo', 'isso', 'pedido', 'agendamento', 'solicitacao', 'manifestacao', 'reclamacao', 'denuncia',
  'inscricao', 'cadastro', 'registro', 'favor', 'ok', 'blz', 'beleza', 'ta', 'certo', 'pfv', 'pf', 'por',
  // In a hurry ("confirma logo", "confirma de uma vez", "registra agora"), round 4942.
  'logo', 'agora', 'rapido', 'rapidinho', 'vez', 'uma']);
/** Verbs of confirming the summary ("*confirmo* o registro", "pode *confirmar*"). */
const CONFIRM_VERBS: ReadonlySet<string> = new Set(['confirmar', 'confirma', 'confirme', 'confirmo', 'confirmado', 'confirmada']);
/** Everyday words for "right" ("tá *certim*", "*tudinho* certo"). */
const RIGHT_SAID: ReadonlySet<string> = new Set(['certim', 'tudinho', 'direitinho', 'conferido', 'conferi', 'revisei', 'confere']);
/** See the `summary_go` intent: a verb of sending the request, with only a yes, glue and the request's name around it. */
function summaryGo(m: Message): Hit | undefined {
  if (isAsked(m.text) || m.tokens.includes('nao')) return undefined;
  // "Confirmo o registro.", "tá certinho, pode confirmar": confirming is sending it too, and the answers said right
  // ("tá certinho", "os dados estão corretos") may come with it.
  if (!m.tokens.some((w) => SUBMIT_VERBS.has(w) || CONFIRM_VERBS.has(w))) return undefined;
  // "Pode confirmar, minha filha.", "Está tudo certo, pode confirmar. Deus lhe pague.": the one spoken to and a thanks
  // or blessing around it ask nothing (round 6002; "filha" read as minors, "pague" as the cost).
  const aside = new Set([...vocative(m), ...(thanksCues.union(m) ?? [])]);
  return m.tokens.every((w, i) => aside.has(i) || SUBMIT_VERBS.has(w) || CONFIRM_VERBS.has(w) || SUBMIT_AROUND.has(w) || RIGHT_AS_IS.has(w) || RIGHT_SAID.has(w) || isGlue(w)) ? { used: m.tokens.map((_, i) => i) } : undefined;
}
const thanksCues = c(SOCIAL.thanks);

/** Words that ask something ("quero so *saber* o preço", "*quais* documentos precisa"). */
const ASKING_WORDS: ReadonlySet<string> = new Set(['saber', 'quanto', 'quanta', 'quantos', 'quais', 'qual', 'como', 'onde', 'quando']);

/** See the `summary_other` intent. */
function summaryOther(t: TurnBuilder, m: Message): void {
  const view = t.state.view;
  const s = view.at === 'confirm' ? serviceOf(t.ctx, view.serviceId) : undefined;
  if (view.at !== 'confirm' || !s?.form) return keepContext(t);
  const topics = findTopics(m, false);
  const naming = namingWords(m, topics?.used ?? []).filter((w) => !PAUSE_WORDS.has(w));
  // A question is searched by the words that name its subject only ("quais documentos eu *levo*?" names none).
  const queries = naming.length === 0 ? [] : topics ? [naming.join(' ')] : [m.text];
  if (leaveForAnother(t, { s, form: s.form, field: s.form.fields.length, answers: view.answers }, queries, topics, naming, isAsked(m.text))) return;
  if (topics) return answerAbout(t, s, topics.topics, false);
  keepContext(t);
}

/**
 * "na verdade o nome é Ana Maria Souza", "o telefone certo é 31988887777", "nao, o motivo foi roubo" on the summary:
 * a message that amends (a word of amending, a correction cue or a leading "não") and gives one field a new valid
 * value, as in the form; the summary shows it at once.
 */
function amendedOnSummary(t: TurnBuilder, m: Message): Hit | undefined {
  const view = t.state.view;
  const s = view.at === 'confirm' ? serviceOf(t.ctx, view.serviceId) : undefined;
  if (view.at !== 'confirm' || !s?.form) return undefined;
  const amends = m.tokens.some((w) => AMEND_WORDS.has(w)) || correctionCues.union(m) !== undefined || m.tokens[0] === 'nao';
  if (!amends) return undefined;
  const fix = amendment(t, { s, form: s.form, field: s.form.fields.length, answers: view.answers }, m.text);
  const field = fix ? s.form.fields[fix.index] : undefined;
  return fix && field && view.answers[field.id] !== fix.value ? { used: m.tokens.map((_, i) => i), n: fix.index, value: fix.value } : undefined;
}

/**
 * "furto ou roubo", "denúncia" typed on the summary: every word (glue aside) is a word of one option of one choice
 * field, at least one of four letters or more; that field takes the option (the summary shows it again).
 */
function choiceRetyped(t: TurnBuilder, m: Message): Hit | undefined {
  const view = t.state.view;
  const form = view.at === 'confirm' ? serviceOf(t.ctx, view.serviceId)?.form : undefined;
  const words = m.tokens.filter((w) => !isGlue(w));
  if (!form || words.length === 0 || words.length > 4 || !words.some((w) => w.length >= 4)) return undefined;
  const found = form.fields.flatMap((f, i) => (f.type !== 'choice' ? [] : (f.options ?? []).filter((o) => words.every((w) => fold(o).split(' ').includes(w))).map((o) => ({ n: i, value: o }))));
  const one = found.length === 1 ? found[0] : undefined;
  return one ? { used: m.tokens.map((_, i) => i), n: one.n, value: one.value } : undefined;
}

/**
 * "e a 5?" on step 6 of 6, "2" on step 1: a number with only glue (or a verb of showing) around it names a step.
 */
function stepByNumber(m: Message, last: number): number | undefined {
  // "e a tres qual é?", "qual é a 3?": asking which one it is names a step, never a button.
  // "e o 3", "e a 4?": asking about another one, after the one on screen, names a step too.
  // "agora o seis", "agora a 3" after a step asked by its number: the next one wanted, by its number (round 4104).
  const now = m.tokens[0] === 'agora' && m.tokens.length === 3 && DEFINITE_ARTICLES.has(m.tokens[1] ?? '');
  const asking = m.tokens.includes('qual') || (m.tokens[0] === 'e' && m.tokens.length >= 3 && DEFINITE_ARTICLES.has(m.tokens[1] ?? '')) || now;
  // "manda o 3 tb", "mostra a 2 agora": a verb of moving or showing around a number asks for that step too.
  // "pula a 2 vai pra 3": what follows the last of those verbs is where to go.
  const going = Math.max(-1, ...m.tokens.flatMap((w, i) => (NEXT_VERBS.has(w) && !STEP_WORDS.has(w) ? [i] : [])));
  const moving = going >= 0;
  const rest = m.tokens.slice(moving ? going + 1 : 0).filter((w, i) => !isGlue(w) && !(asking && w === 'qual') && !(now && i === 0) && !(moving && (NEXT_VERBS.has(w) || w === 'tambem')));
  const word = rest.length === 1 ? (rest[0] ?? '') : '';
  // "2", "3" typed under "Etapa 1 de 4", alone or with glue around ("e a 5?", "o 3 é o q?"): the steps are what is
  // numbered on screen (the buttons are not), so a number names a step. Typed alone past the last step ("9" of 4), or
  // "0", gotoStep says how many there are (a "0" counted the buttons instead, found by the property test's random run).
  if (/^\d{1,2}$/.test(word)) {
    const n = Number(word);
    return (n >= 1 && n <= last) || m.tokens.length === 1 ? n : undefined;
  }
  const spelt = asking && word !== 'um' && word !== 'uma' ? CARDINAL_WORDS.get(word) : undefined;
  return spelt !== undefined && spelt >= 1 && spelt <= last ? spelt : undefined;
}

function cueHit(intent: Intent, m: Message, formish: boolean): Hit | undefined {
  if (!intent.cues) return undefined;
  const whole = intent.whole === true || m.freeText || (formish && !intent.partInForm);
  if (!whole) return intent.cues.findAll(m)[0];
  // With `whole`, several cues of the intent may share the message ("desisti, deixa pra lá").
  const used = intent.cues.union(m);
  if (!used) return undefined;
  if (isWhole(m, used)) return { used };
  // "ah legal. e vc faz o q": an acknowledgement before a pause does not keep the cue from being the message.
  const lead = ackLead(m);
  return lead.length > 0 && isWhole(m, [...lead, ...used]) ? { used: [...lead, ...used] } : undefined;
}

/** Words a message cut short ends on: an article, a preposition, a conjunction ("quero a", "me ajuda com", "e o"). */
const DANGLING: ReadonlySet<string> = new Set(['a', 'o', 'as', 'os', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'pra', 'para', 'pro', 'pros', 'com', 'sobre', 'no', 'na', 'nos', 'nas', 'em', 'e', 'que', 'q', 'meu', 'minha']);
/** Wanting or asking with nothing wanted yet ("queria saber", "quero tirar", "preciso fazer"). */
const WANT_ONLY: ReadonlySet<string> = new Set(['quero', 'queria', 'preciso', 'precisava', 'gostaria', 'saber', 'tirar', 'fazer', 'ver', 'pedir', 'resolver', 'consultar', 'solicitar']);
/** The words such a message is made of: greetings, wanting, asking how, help, and glue. */
const OPENING_WORDS: ReadonlySet<string> = new Set([...DANGLING, ...WANT_ONLY, 'oi', 'ola', 'bom', 'boa', 'dia', 'tarde', 'noite', 'eu', 'me', 'como', 'faco', 'faz', 'ajuda', 'ajudar', 'informacao', 'duvida', 'por', 'favor', 'entao', 'ai', 'voce', 'vc', 'pode', 'poderia', 'tenho']);

/**
 * Question words: a message holding one asks about the service in focus ("como faço pra tirar") or the list shown ("o q
 * eu preciso pra consultar"); with neither, only when it ends on a word that waits for more ("como faço pra").
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['como', 'que', 'q', 'oq', 'quanto', 'onde', 'qual', 'quais', 'quando', 'quem']);

/** A message cut short: a few opening words, ending on a word that waits for more, no question mark. */
function unfinished(m: Message, inFocus: boolean): boolean {
  const last = m.tokens[m.tokens.length - 1] ?? '';
  if (m.tokens.length === 0 || m.tokens.length > 6 || isAsked(m.text) || /[.!]\s*$/.test(m.text)) return false;
  const asks = m.tokens.some((w) => QUESTION_WORDS.has(w));
  // With a service in focus only a dangling last word waits, and never with a question word.
  if ((asks || inFocus) && !DANGLING.has(last)) return false;
  if (asks && inFocus) return false;
  return m.tokens.every((w) => OPENING_WORDS.has(w)) && (DANGLING.has(last) || WANT_ONLY.has(last));
}

/** Waits for the rest of a message cut short, the conversation kept where it was. */
function sayGoOn(t: TurnBuilder): void {
  const s = focusOf(t);
  const line = s ? `Pode continuar, estou aqui. 🙂 Se for sobre *${s.title}*, é só completar a pergunta.` : 'Pode continuar, estou aqui. 🙂 O que você precisa? Por exemplo: "segunda via do RG" ou "pagar o IPVA".';
  t.say(line, undefined, undefined, { kind: 'notice' });
}

/** Moves in the steps (see walk_move_beside_aside), the stronger first: a reason beside a move often reads as a repeat or a rephrase ("ele perdeu essa parte"). */
const WALK_MOVES: readonly string[] = ['step_goto', 'back', 'step_next', 'step_repeat', 'rephrase'];
/** What a clause beside a move may be read as, and still only say why (small talk, nothing found, a step done). */
const ASIDE_READS: ReadonlySet<string> = new Set(['small_talk', 'not_understood', 'search', 'pause', 'step_done', 'hold_form']);

/**
 * In the steps, a message of two clauses or more, no question among them, each read on its own as a move in the steps
 * or an aside (small talk, a search that finds no service clearly or that points at the step: "ele perdeu *essa*
 * parte"), with one move at least: the strongest move's clause, read and classified; none when two clauses make
 * different moves of the same strength.
 */
function walkMoveBesideAside(t: TurnBuilder, m: Message): { intent: Intent; m: Message; hit: Hit } | undefined {
  // Recognised, then handled, on the same message: each clause is classified once.
  const read = walkMoveRead.get(m);
  if (read !== undefined) return read ?? undefined;
  const found = walkMoveOf(t, m);
  walkMoveRead.set(m, found ?? null);
  return found;
}
const walkMoveRead = new WeakMap<Message, { intent: Intent; m: Message; hit: Hit } | null>();

function walkMoveOf(t: TurnBuilder, m: Message): { intent: Intent; m: Message; hit: Hit } | undefined {
  if (m.pauses === undefined || m.pauses.size === 0 || isAsked(m.text)) return undefined;
  // "voltei, continua de onde parou": taking up where it stopped is the step on screen, whole (not the next).
  if (whereStoppedCues.union(m) !== undefined) return undefined;
  const clauses = new Map<number, string[]>();
  m.tokens.forEach((w, i) => clauses.set(clauseOf(m, i), [...(clauses.get(clauseOf(m, i)) ?? []), w]));
  if (clauses.size < 2) return undefined;
  const moves: { rank: number; text: string; intent: Intent; hit: Hit }[] = [];
  for (const words of clauses.values()) {
    if (words.every((w) => isGlue(w) || PAUSE_WORDS.has(w))) continue;
    const text = words.join(' ');
    const trial = new TurnBuilder(t.state, t.ctx);
    const got = classify(trial, readMessage(trial, text));
    const rank = WALK_MOVES.indexOf(got.intent.name);
    if (rank >= 0) {
      moves.push({ rank, text, intent: got.intent, hit: got.hit });
      continue;
    }
    const pointed = words.some((w) => THIS_STEP.has(w));
    if (toldOfSelf(words)) continue;
    if (!ASIDE_READS.has(got.intent.name) || (got.intent.name === 'search' && !pointed && t.ctx.search.search(text, 2).clear)) return undefined;
  }
  const best = Math.min(...moves.map((x) => x.rank));
  const top = moves.filter((x) => x.rank === best);
  const chosen = top[0];
  if (chosen === undefined || top.some((x) => x.text !== chosen.text && x.rank < 3)) return undefined;
  // A rephrase alone beside asides is the rephrase of the message as a whole (the rephrase intent reads it).
  if (chosen.intent.name === 'rephrase' && moves.length === 1) return undefined;
  return { intent: chosen.intent, m: readMessage(t, chosen.text), hit: chosen.hit };
}

/** Words that ask, in a clause beside a move in the steps ("que" aside: "tenho *que* achar"). */
const ASKING_IN_CLAUSE: ReadonlySet<string> = new Set(['como', 'quanto', 'quanta', 'onde', 'qual', 'quais', 'quando', 'quem', 'oq', 'oque', 'pq', 'porque']);

/**
 * A clause beside a move in the steps that tells the citizen's own case, asking nothing: what they already have or did
 * ("já tenho a cnh no celular", "já tô com o laudo", "já paguei") or forgot to do ("esqueci de anotar o número do
 * aviso"). It says why the citizen moves, not a need of its own.
 */
function toldOfSelf(words: readonly string[]): boolean {
  if (words.some((w) => ASKING_IN_CLAUSE.has(w))) return false;
  const forgot = words.findIndex((w) => w === 'esqueci');
  if (forgot >= 0 && (words[forgot + 1] === 'de' || words[forgot + 1] === 'd') && /^[a-z]+(ar|er|ir|or)$/.test(words[forgot + 2] ?? '')) return true;
  const holding = words.some((w, i) => (w === 'to' || w === 'tou' || w === 'estou') && words[i + 1] === 'com');
  return words.includes('ja') && (words.includes('tenho') || holding || words.some((w) => isDoneVerb(w)));
}

/** Words before a "deixar" that make it the citizen's own act to come ("*vou* deixar o meu número"). */
const LEAVING_OWN: ReadonlySet<string> = new Set(['vou', 'vo', 'vamos', 'posso', 'eu']);
/** Words right after a "deixar" that open a thing given ("deixar *o meu* número", "deixo *o* dela"). */
const THING_LEFT: ReadonlySet<string> = new Set(['o', 'a', 'os', 'as', 'meu', 'minha', 'meus', 'minhas', 'seu', 'sua', 'um', 'uma']);
/** Ways of dropping the request a "deixar" may still open ("deixa o pedido *pra lá*", "deixa *de lado*"). */
const DROPPED = /^(?:.* )?(?:pra la|para la|quieto|de lado|pra depois|para depois)(?: .*)?$/;

/** Is the "deixar" at `i` the citizen leaving something with the bot (their number), not dropping the request? */
function leavesThing(m: Message, i: number): boolean {
  const w = m.tokens[i] ?? '';
  if (!w.startsWith('deix')) return false;
  if (DROPPED.test(m.tokens.slice(i + 1, i + 5).join(' '))) return false;
  return LEAVING_OWN.has(m.tokens[i - 1] ?? '') || w === 'deixo' || THING_LEFT.has(m.tokens[i + 1] ?? '');
}

/** Prepositions after "aqui" that make it a place ("aqui em bh", "aqui na capital"), not the chat. */
const HERE_PLACED: ReadonlySet<string> = new Set(['em', 'no', 'na', 'nesta', 'nessa', 'neste', 'nesse']);
