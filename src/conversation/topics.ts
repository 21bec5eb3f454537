// Follow-up questions: which topics a message asks about, and which service it asks about. "e quanto
// tempo demora?" is about the service in focus; "quanto tempo demora a cnh definitiva" names another
// one. The words left after the question words decide: none, or only words of the service in focus,
// mean the focus; words that search finds in another service mean that service.
import type { Service } from '../catalogue/schema.ts';
import { CHILDREN, FAMILY } from '../core/people.ts';
import { analyze, fold, stem, stemOrSelf } from '../search/normalize.ts';
import { confirmTagged, isAsked } from './commands.ts';
import { channelStems, deniedNameStems, foreignTo, inSynonymPhrases, inTitle, memo, namedAsWritten, namedCount, namesService, nameStems, popularPhrases, servicesNamedBy, spokenOf, stepTitleStems, titleStems, undeniedStems, withSynonyms } from './naming.ts';
import { ACK_ONLY, BACK, MANNER, OTHER_WAYS, BARE_EXPIRES, KNOWING, PAUSE_WORDS, REMOTE_HOURS, REMOTE_VERBS, REMOTE_WHERE, REPEAT_VERBS, YOU_WORDS, WH_WORDS, BARE_NEED, DEMONSTRATIVES, FAR_DEMONSTRATIVES, CANCEL_FORM, FINISH, GENERIC_WORDS, HANDOFF, LEAVE_WALK, MENU, SOCIAL, STEP_WORDS, TOPICS, WANT_OPENERS } from './cues.ts';
import { CueSet, innerPauses, isGlue, isWhole, readPlain, restText, restWords, type Reading } from './reading.ts';
import { awayById, backInMinas, comparedHere, comparedOnCard, comparedTold, elsewhere, gettingSaid, isGetting, mentionsElsewhere, type Elsewhere } from './elsewhere.ts';
import { findMunicipality } from './places.ts';
import { paymentTroubleTold, sayPaymentTrouble } from './trouble.ts';
import { ANOTHER, buyingAhead, conditionTold, isPrivilege, curseSaid, eventBefore, workDayTold, joblessCard, joblessTold, lossPlace, lossTold, lostPrintout, notHappened, spoiltTold, ofThisSaid, payMeansOf, personalData, publicInfoAsked, timeGone, tripTold, unreachablePhone } from './story.ts';
import { ARRIVING_AHEAD, MONEY_WHERE, NOW_ASKED, PAID_ENDING, ASKS_PREVENT, followingAsked, ASKS_WHERE_THING, dangerTold, lastsAsked, GETS_PAPER, heldInMinasAsked, lateChargeAsked, mustDoneWithout, official, otherStateAt, otherStateSaid, passages, quotable, saidByService, surePassages, awayDocumentAsked } from './followup.ts';
import { copy } from './text.ts';
import { inForm, type Message } from './message.ts';
import { keepContext } from './social.ts';
import { serviceOf, type TurnBuilder } from './turn.ts';
import { serviceDocuments } from './documents.ts';
import type { Topic } from './types.ts';
import { awayOfAsking, cardOptions, receivedChecked, formalityOfFocus, relatedLabels, informationRequest, secondCopyAsked, storyAsking, inNumberRun, toldRequest, actThenNeed, isQuestion, loggedQuery, namedBeside, acronymSaid, namedLead, runSearch, sayFound, showElsewhere, showHowAndWalk, showService, showTopic, WHO_WORDS } from './views.ts';

const compiled = (Object.keys(TOPICS) as Topic[]).map((topic) => ({
  topic,
  strong: CueSet.of(TOPICS[topic].strong),
  weak: CueSet.of(TOPICS[topic].weak),
}));

/** Ways of saying the answer (shorter, simpler, otherwise): beside a topic they name nothing (round 5961). */
const mannerCues = CueSet.of([...MANNER, ...OTHER_WAYS]);
/** Commands whose words must never be read as words that name nothing. */
const commandCues = CueSet.of([...LEAVE_WALK, ...BACK, ...CANCEL_FORM, ...FINISH, ...MENU, ...HANDOFF]);

/** Greetings, thanks and goodbyes: a turn of their own ("boa tarde novamente" greets; it asks for no repeat). */
const socialCues = CueSet.of([...SOCIAL.greeting, ...SOCIAL.howAreYou, ...SOCIAL.thanks, ...SOCIAL.bye]);

/** Every topic cue phrase (for the reader's typo vocabulary). */
export const topicPhrases: string[] = Object.values(TOPICS).flatMap((t) => [...t.strong, ...t.weak]);

/** The topics a message asks about, the tokens their cues used, and whether any cue was a real question. */
export interface TopicHit {
  topics: Topic[];
  used: number[];
  strong: boolean;
}

/** Topics found per message read: the table asks several times per message (about a tenth of its reading time). */
const topicsRead = new WeakMap<Reading, { part?: TopicHit | undefined; whole?: TopicHit | undefined }>();

/** Finds the topics asked about. With `whole`, the question words must be the whole message. */
export function findTopics(m: Reading, whole: boolean): TopicHit | undefined {
  // Kept on the message when it has a memo (Reader.read gives one), else by the message.
  let memo = m.memo === undefined ? topicsRead.get(m) : m.memo.topics;
  if (!memo) {
    memo = {};
    if (m.memo === undefined) topicsRead.set(m, memo);
    else m.memo.topics = memo;
  }
  const key = whole ? 'whole' : 'part';
  if (key in memo) return memo[key];
  const found = findTopicsOnce(m, whole) ?? whatDropped(m, whole);
  memo[key] = found;
  return found;
}

/** At most this many words for a message opening with "que" to be read as "o que" (see whatDropped). */
const TERSE_WHAT = 3;

/**
 * "q levo", "q preciso", "que pago": "o que" with its "o" dropped, opening a terse question, read with it (round 4905);
 * the topics found so, their words placed back in the message as typed. None when the "o que" finds none either.
 */
function whatDropped(m: Reading, whole: boolean): TopicHit | undefined {
  if (m.tokens[0] !== 'que' || m.tokens.length < 2 || m.tokens.length > TERSE_WHAT) return undefined;
  const full = findTopicsOnce(readPlain(`o ${m.tokens.join(' ')}`), whole);
  return full && { ...full, used: [...new Set(full.used.map((i) => Math.max(0, i - 1)))] };
}

/** A word of lateness ("atrasar", "atrasado", "atraso") within three words of token `i`, either side. */
function lateNear(tokens: readonly string[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 3), i + 4).some((w) => w.startsWith('atras'));
}

/** Trades and rides plied through an app ("motorista de app", "entregador de aplicativo", "corrida de app"). */
const TRADE_BY_APP: ReadonlySet<string> = new Set(['motorista', 'motoristas', 'entregador', 'entregadora', 'entregadores', 'motoboy', 'motoboys', 'motoqueiro', 'corrida', 'corridas', 'transporte', 'carro', 'moto', 'taxi']);

/**
 * A participle or adjective right after "ir" ("ir *alimentado*", "ir *acompanhada*"): a way of going, not a place; so is
 * going along with the one asking ("ela tem que ir *comigo*?", "ir *junto*", round 2860).
 */
const GOING_STATE = /^([a-z]{3,}(ad|id)[oa]s?|comigo|junto)$/;

/** The words of a bare need ("é preciso", "precisa de"), which a documents cue may be made of alone. */
const NEED_WORDS: ReadonlySet<string> = new Set(['e', 'eh', 'preciso', 'precisa', 'precisava', 'precisamos', 'precisam', 'de', 'necessario']);

/** The words of a bare "quanto está" ("qnto tá"). */
const BARE_HOW_MUCH: ReadonlySet<string> = new Set(['quanto', 'esta', 'ta']);

/** The government as the one who spent or paid ("o estado gastou", "a prefeitura investiu", "o governo pagou na obra"). */
const PUBLIC_SPENDING = /\b(o estado|o governo|o poder publico|a secretaria) (gastou|gasta|gastaram|investiu|investe|pagou|desembolsou)\b/;
/**
 * Spending by others, said without naming them or naming the town ("quanto gastaram na obra", "qnto investiram", "a
 * prefeitura gastou"): the third person plural of spending, or the town hall as the one who spent, is no fee asked.
 */
const SPENT_BY_OTHERS = /\b(quanto|qnto|qto) (que |q )?(gastaram|investiram|desembolsaram)\b|\b(a prefeitura|o municipio|a camara) (gastou|gasta|gastaram|investiu|pagou)\b/;

/** "o que eu preciso é a nota", "oq eu quero e um curso": what is needed, said as a statement after "é". */
const NEED_SAID = /\b(o (que|q)|oq|oque) (eu )?(preciso|precisava|quero|queria) (e|eh) (a|o|um|uma|de|da|do) [a-z]{3,}/;

/** A cost said as a kind of thing ("de *alto custo*", "de *baixo custo*"): the nouns, and the sizes before them. */
const COST_NOUNS: ReadonlySet<string> = new Set(['custo', 'valor', 'preco']);
const COST_SIZES: ReadonlySet<string> = new Set(['alto', 'baixo', 'altissimo', 'baixissimo']);

/** Verbs of giving money back ("devolve", "ressarcir", "reembolsa", "estorna", "recuperar"), by their first letters. */
const GIVEN_BACK = /^(devolv|devolu|ressarc|reembols|estorn|recuper|reav)/;
/** Token `i` is the thing a verb of giving back takes, one or two words after it ("devolve o dinheiro", "recuperar meu dinheiro"). */
const givenBackAt = (tokens: readonly string[], i: number): boolean => [1, 2, 3].some((k) => GIVEN_BACK.test(tokens[i - k] ?? '')) || (tokens[i + 1] === 'de' && tokens[i + 2] === 'volta');
/**
 * Token `i` is an address or a place told as what the citizen informs, not where the service is done (round 6603): given
 * ("preciso *passar o endereço* certinho?", "basta *informar o* local?"), exact ("o *endereço certinho*", "o endereço
 * exato"), or not known or not found ("não sei o *endereço*", "a fiscalização *não achou o lugar*").
 */
const ADDRESS_WORDS: ReadonlySet<string> = new Set(['endereco', 'local', 'lugar', 'localizacao']);
const ADDRESS_GIVEN = /^(passar|passo|informar|informo|dar|dou|dizer|digo|falar|falo|colocar|coloco|por|boto|botar)$/;
/** Not known or not found, in the negative only ("não sei o endereço", "não achou o lugar"; "quero saber o local" asks where). */
const ADDRESS_MISSED = /^(sei|sabe|souber|lembro|achou|acharam|encontrou|encontraram)$/;
const ADDRESS_EXACT: ReadonlySet<string> = new Set(['certinho', 'certo', 'exato', 'completo', 'direitinho', 'exata']);
const addressToldAt = (tokens: readonly string[], i: number): boolean =>
  ADDRESS_WORDS.has(tokens[i] ?? '') &&
  (ADDRESS_EXACT.has(tokens[i + 1] ?? '') || [1, 2].some((k) => ADDRESS_GIVEN.test(tokens[i - k] ?? '') || (ADDRESS_MISSED.test(tokens[i - k] ?? '') && tokens[i - k - 1] === 'nao')));
/**
 * A payment told done ("já paguei as contas", "acabei de pagar pelo pix") with what comes now asked ("e agora?", "o que
 * faço?", "e depois?"): the cost is paid, what follows it is asked (round 6342).
 */
const paidToldAt = (m: Reading, i: number): boolean => NOW_ASKED.test(m.tokens.join(' ')) && PAID_ENDING.test(m.tokens.slice(Math.max(0, i - 2), i + 1).join(' '));
/** Question words that open the clause that asks, after an event told ("depois que eu pagar *como* religa?"). */
const ASKING_OPENERS: ReadonlySet<string> = new Set(['como', 'quando', 'onde', 'qual', 'quais', 'quanto', 'quem', 'oq']);
/**
 * Token `i` is in the clause a question opens with to put itself after an event ("depois que eu pagar, como…",
 * "depois de pagar onde…"), and a question word after it asks what comes then. Not "depois q pagar ela volta sozinha?":
 * with no question word after it, the payment may be what is asked about.
 */
function inOpeningEvent(m: Reading, i: number): boolean {
  const at = m.tokens.findIndex((w, k) => (w === 'depois' || w === 'apos') && k < i && ['que', 'de', 'q'].includes(m.tokens[k + 1] ?? ''));
  if (at < 0) return false;
  for (let k = at; k < i; k++) if (m.pauses?.has(k) === true) return false;
  const asks = m.tokens.findIndex((w, k) => k > i && (ASKING_OPENERS.has(w) || (w === 'o' && m.tokens[k + 1] === 'que')));
  return asks > i && m.tokens.slice(at + 2, i).every((w) => !ASKING_OPENERS.has(w));
}

/** The chat's answering ("responde rápido", "respondeu rapido"): how quick the bot is, not the service. */
const ANSWERING: ReadonlySet<string> = new Set(['responde', 'respondeu', 'respondendo', 'responder', 'respondem', 'escreve', 'digita']);
/** Words that make quick quicker ("responde *muito* rápido"). */
const DEGREE: ReadonlySet<string> = new Set(['muito', 'mt', 'mto', 'bem', 'tao', 'super', 'mais']);
/** A verb of the chat's answering right before token `i`, a word of degree between ("responde muito rapido"). */
const answeredQuick = (tokens: readonly string[], i: number): boolean => ANSWERING.has(tokens[i - 1] ?? '') || (DEGREE.has(tokens[i - 1] ?? '') && ANSWERING.has(tokens[i - 2] ?? ''));
/** Words of being quick or slow said of someone ("é rápido", "é demorado"). */
const QUICK_WORDS: ReadonlySet<string> = new Set(['e', 'eh', 'rapido', 'rapida', 'demorado', 'demorada']);

/** Verbs of bringing that a documents' cue ends on ("preciso levar", "tenho que levar"). */
const CARRY_VERBS: ReadonlySet<string> = new Set(['levar', 'levo', 'trazer', 'carregar']);
/** Vehicles one drives or takes somewhere ("levar o carro", "levar a moto"). */
const DRIVEN: ReadonlySet<string> = new Set(['carro', 'moto', 'veiculo', 'caminhao', 'caminhonete', 'onibus', 'carreta', 'reboque']);
/** Pronouns of people or animals carried ("levar *elas* de caminhão", "levar *ele* na escola"). */
const CARRIED: ReadonlySet<string> = new Set(['ele', 'ela', 'eles', 'elas']);
/** A child taken along ("levar *a criança*", "levar *meu filho*", round 2860): a person, no paper to bring. */
const CARRIED_CHILD: ReadonlySet<string> = new Set(['crianca', 'criancas', 'menino', 'menina', 'filho', 'filha', 'filhos', 'filhas', 'bebe', 'neto', 'neta', 'netos', 'netas']);
const CARRIED_BEFORE: ReadonlySet<string> = new Set(['o', 'a', 'os', 'as', 'meu', 'minha', 'meus', 'minhas', 'seu', 'sua']);

/** A person carried right after token `i` ("levar ele", "levar a criança", "levar minha filha"). */
function personCarried(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1] ?? '';
  return CARRIED.has(next) || CARRIED_CHILD.has(CARRIED_BEFORE.has(next) ? (tokens[i + 2] ?? '') : next);
}

/** Words of "free of charge" ("de graça", "grátis", "gratuito"). */
const FREE_WORDS: ReadonlySet<string> = new Set(['de', 'graca', 'gratis', 'gratuito', 'gratuita', 'gratuitos', 'gratuitas']);
/** Verbs of wanting that open what the citizen wants ("quero um curso", "queria uma vaga"), and of looking for it. */
const WANT_VERBS: ReadonlySet<string> = new Set([...WANT_OPENERS,
  // Looking for something is wanting it ("procuro curso de graça": the course, not its cost).
  'procuro',
  // Asking whether one may have it free ("posso andar de ônibus de graça pra outra cidade"): the free thing is what is
  // asked for (a gratuity), not the cost of a service (round 531).
  'posso', 'consigo',
]);

/** "tem como", "teria como", "tinha como", "há como": being able to, asked ("tem como parcelar?" is "dá pra parcelar?"). */
const ABLE_BEFORE_HOW: ReadonlySet<string> = new Set(['tem', 'teria', 'tinha', 'ha', 'haveria']);
/** Words that may open a question before "tem como" ("e tem como…?", "mas teria como…?"). */
const ABLE_OPENERS: ReadonlySet<string> = new Set(['e', 'mas', 'ai', 'entao', 'ah', 'so', 'ok', 'ta', 'blz', 'tipo']);
/** Token `i` is a "como" right after "tem" (ABLE_BEFORE_HOW) that opens the message, past openers only ("tem como parcelar?"). */
function ableAt(tokens: readonly string[], i: number): boolean {
  return tokens[i] === 'como' && ABLE_BEFORE_HOW.has(tokens[i - 1] ?? '') && tokens.slice(0, Math.max(0, i - 1)).every((w) => ABLE_OPENERS.has(w));
}

/** A verb of wanting before token `at`, with a word that is no glue between them ("quero é um *curso* de graça"). */
function wantedBefore(m: Reading, at: number): boolean {
  let verb = at - 1;
  while (verb >= 0 && !WANT_VERBS.has(m.tokens[verb] ?? '')) verb--;
  return verb >= 0 && m.tokens.slice(verb + 1, at).some((w) => !isGlue(w));
}

/** Words before "cara" that make it a price ("é cara?", "sai muito cara", "tão cara"), not a man (see findTopicsOnce). */
const PRICE_BEFORE: ReadonlySet<string> = new Set(['e', 'eh', 'ta', 'tah', 'esta', 'estava', 'tava', 'era', 'sera', 'seria', 'fica', 'ficou', 'ficar', 'sai', 'saiu', 'vai', 'muito', 'mt', 'mto', 'mais', 'meio', 'bem', 'tao', 'menos', 'q', 'que', 'nao', 'acho', 'achei', 'sao', 'foi', 'custa']);

function findTopicsOnce(m: Reading, whole: boolean): TopicHit | undefined {
  const found: { topic: Topic; used: readonly number[]; strong: boolean }[] = [];
  for (const c of compiled) {
    // Every cue of the topic that appears ("quanto tempo" and "demora" in "quanto tempo demora?").
    const strongUsed = c.strong.union(m);
    const weakUsed = c.weak.union(m);
    if (!strongUsed && (!weakUsed || weakUsed.length === 0)) continue;
    found.push({ topic: c.topic, used: [...new Set([...(strongUsed ?? []), ...(weakUsed ?? [])])].sort((a, b) => a - b), strong: strongUsed !== undefined });
  }
  // "posso tirar o atestado do meu filho?": whether one may do it for someone else asks who may ask.
  const behalf = onBehalf(m);
  if (behalf && !found.some((f) => f.topic === 'requirements')) found.push({ topic: 'requirements', used: behalf, strong: true });
  // "posso mandar outra pessoa?", "dá pra enviar meu filho?": sending someone in one's place asks who may ask (round 3023).
  const sent = behalf ? undefined : someoneSent(m);
  if (sent && !found.some((f) => f.topic === 'requirements')) found.push({ topic: 'requirements', used: sent, strong: true });
  // "tenho q ir em delegacia depois de ligar?", "precisa ir a cartório?": having to go to an office asks whether it is
  // done in person, whatever the office (round 4362; "ir na delegacia" was a cue of its own).
  // The office itself is left to the words that name (with nothing in view, "preciso ir na uai" asks for the UAI);
  // on a card, `targetOf` skips it.
  const office = found.some((f) => f.topic === 'online') ? undefined : officeGoneTo(m);
  if (office) found.push({ topic: 'online', used: office.slice(0, -1), strong: true });
  // "Em 2020 fiz o pedido entregando os papéis na repartição. Ainda é assim?", "meu pai fazia isso na coletoria, ainda é
  // lá?": the way it was done before or elsewhere, at an office or in person, asked whether it still holds, asks whether
  // it is done online or in person now; a weak cue of the case told ("papéis") asks nothing (round 6721).
  const wayBefore = office !== undefined || found.some((f) => f.strong) ? undefined : wayStillAsked(m);
  if (wayBefore) found.splice(0, found.length, { topic: 'online', used: wayBefore, strong: true });
  // "disseram que só dá para agendar ligando pro 155, é assim?", "so da pra pagar na agencia?": a channel said to be the
  // only one asks by which ways it is done, not for the phone number or the fee the words also name (round 4363).
  const onlyWay = onlyByChannel(m);
  if (onlyWay) {
    const inClaim = (f: { topic: Topic; used: readonly number[] }): boolean => (f.topic === 'contact' || f.topic === 'cost' || f.topic === 'where') && f.used.every((i) => i >= (onlyWay[0] ?? 0));
    found.splice(0, found.length, ...found.filter((f) => !inClaim(f)));
    const online = found.find((f) => f.topic === 'online');
    if (online) found.splice(found.indexOf(online), 1, { ...online, used: [...new Set([...online.used, ...onlyWay])].sort((a, b) => a - b), strong: true });
    else found.push({ topic: 'online', used: onlyWay, strong: true });
  }
  // "quem faz o pedido, eu ou ele?", "a loja q faz isso ou eu?", "eu mesmo marco ou é a autoescola?": the citizen set
  // against another party asks who does it, which the card's who-may-ask answers (round 4361).
  const two = sent || behalf ? undefined : whoOfTwo(m);
  if (two && !found.some((f) => f.topic === 'requirements')) found.push({ topic: 'requirements', used: two, strong: true });
  // "minha filha pode ir resolver pra mim?": the child acts for the parent; no question about minors (unless a minor's
  // age is said: "meu filho de 15 pode ir por mim?").
  const forMine = forMe(m);
  const minorsCue = forMine && ageAt(m) === undefined ? found.find((f) => f.topic === 'minors') : undefined;
  if (forMine && minorsCue) found.splice(found.indexOf(minorsCue), 1);
  const needsFor = forMine ? found.find((f) => f.topic === 'requirements') : undefined;
  if (forMine && needsFor) found.splice(found.indexOf(needsFor), 1, { ...needsFor, used: [...new Set([...needsFor.used, ...(minorsCue?.used ?? []), ...forMine])].sort((a, b) => a - b) });
  // "tem q ir alimentado?", "preciso ir acompanhada?": going *in a state* asks how to be, not whether to go in person.
  const going = found.find((f) => f.topic === 'online' && f.used.some((i) => m.tokens[i] === 'ir' && GOING_STATE.test(m.tokens[i + 1] ?? '')));
  if (going) found.splice(found.indexOf(going), 1);
  // "ela precisa ir com alguém?", "tem que ir com um adulto?": going *with someone* asks who goes along, not whether to go
  // in person (round 3644, r34c).
  const along = found.find((f) => f.topic === 'online' && found.some((g) => g.topic === 'minors') && f.used.some((i) => m.tokens[i] === 'ir' && m.tokens[i + 1] === 'com'));
  if (along) found.splice(found.indexOf(along), 1);
  // "sou motorista de aplicativo", "entregador de app": a work done through an app names the citizen's trade, not the
  // app as a channel; a weak online cue so said asks nothing about doing it online.
  const trade = found.find((f) => f.topic === 'online' && !f.strong && f.used.every((i) => m.tokens[i - 1] === 'de' && TRADE_BY_APP.has(m.tokens[i - 2] ?? '')));
  if (trade) found.splice(found.indexOf(trade), 1);
  // "quanto o estado gastou na reforma da escola?": what the government spent is public information, not a fee.
  const spent = found.find((f) => f.topic === 'cost' && (PUBLIC_SPENDING.test(m.tokens.join(' ')) || SPENT_BY_OTHERS.test(m.tokens.join(' '))));
  if (spent) found.splice(found.indexOf(spent), 1);
  // "preciso levar elas de caminhão": taking someone or something somewhere (a pronoun right after the verb), not
  // bringing papers; the documents' cue ending on that verb is no question about the documents (round 532).
  const carried = found.find((f) => f.topic === 'documents' && f.used.some((i) => CARRY_VERBS.has(m.tokens[i] ?? '') && personCarried(m.tokens, i)));
  if (carried) found.splice(found.indexOf(carried), 1);
  // "esse documento serve pra mim?": the thing in view, pointed at, asked whether it is for the one asking; no question
  // about the documents (round 2640).
  const pointed = POINTED_FOR_ME.exec(m.tokens.join(' '));
  const pointedAt = pointed === null ? -1 : m.tokens.join(' ').slice(0, pointed.index).split(' ').length - 1;
  const thing = pointed === null ? undefined : found.find((f) => f.topic === 'documents' && f.used.every((i) => i === pointedAt));
  if (thing) found.splice(found.indexOf(thing), 1);
  // "posso beber na véspera?": a form of "beber" shares its stem with "bebê", a child's word; drinking is no question
  // about minors (round 2643).
  const drinking = found.find((f) => f.topic === 'minors' && f.used.every((i) => DRINKING.test(m.tokens[i] ?? '')));
  if (drinking) found.splice(found.indexOf(drinking), 1);

  // "Desejo reservar um horário de atendimento numa UAI": a slot booked ("agendar/marcar/reservar *um* horário") is the
  // booking, not a question of the desk's opening hours (round 5423).
  const slot = found.find((f) => f.topic === 'hours' && f.used.some((i) => m.tokens[i] === 'horario' && m.tokens[i - 1] === 'um' && BOOKING.test(m.tokens[i - 2] ?? '')));
  if (slot) found.splice(found.indexOf(slot), 1);
  // "tem como parcelar?", "teria como trocar a data?": whether it can be done, as "dá pra parcelar?" asks, not how to do
  // it; the how's "como" after "tem" asks nothing of the steps (round 4223).
  // Only opening the message, with one word at most after the verb: told a story first ("…ja tinha pago o ipva, tem como
  // pegar o dinheiro de volta"), or with a longer object ("tem como pegar o dinheiro de volta?" on a scam's report, whose
  // steps say to call the bank), the words after "como" still ask how, as "como pegar…" does.
  const able = found.find((f) => f.topic === 'how' && f.used.some((i) => m.tokens[i] === 'como') && m.tokens.length - 1 - Math.max(...f.used) <= 1 && f.used.every((i) => m.tokens[i] !== 'como' || ableAt(m.tokens, i)));
  if (able) found.splice(found.indexOf(able), 1);
  // "tem q levar o carro lá mesmo?", "preciso levar a moto?": the vehicle taken there is the citizen going in person, not
  // a paper to bring; asked so, it is whether it is done in person.
  const driven = found.find((f) => f.topic === 'documents' && f.used.some((i) => CARRY_VERBS.has(m.tokens[i] ?? '') && DRIVEN.has(m.tokens[i + 1] === 'o' || m.tokens[i + 1] === 'a' ? (m.tokens[i + 2] ?? '') : (m.tokens[i + 1] ?? ''))));
  if (driven) found.splice(found.indexOf(driven), 1, ...(found.some((f) => f.topic === 'online') ? [] : [{ topic: 'online' as const, used: driven.used, strong: true }]));
  // "da pra pegar o boleto daqui?", "consigo tirar a 2 via agora de noite?": a verb of doing, then (words apart) the place
  // or hour away from any desk: whether it is done online (lead, round 3701; the phrases side by side are in cues.ts).
  const remote = found.some((f) => f.topic === 'online') ? undefined : remoteDoing(m);
  if (remote) found.push({ topic: 'online', used: remote, strong: true });
  // "consigo tirar agora?", "hoje é domingo, dá pra pegar hoje mesmo?", "tem como emitir agora de noite?": whether it can
  // be had at this very moment asks whether it is done online and how soon it comes out (round 3840); a "domingo" said
  // of today is no question of the desk's days.
  // A clear question of its own in another part of the message ("quanto custa? consigo tirar hoje?") is answered too;
  // in the same part, it is what is asked of the moment ("quanto custa hoje?").
  const nowAt = nowAsked(m);
  const partOf = (i: number): number => [...(m.pauses ?? [])].filter((p) => p < i).length;
  // A cue made of the asking words themselves ("tem como" of the how) asks nothing else.
  const inNow = (f: { used: readonly number[] }): boolean => nowAt !== undefined && f.used.every((i) => nowAt.includes(i));
  const now = nowAt !== undefined && !found.some((f) => f.strong && f.topic !== 'online' && f.topic !== 'time' && !inNow(f) && f.used.some((i) => partOf(i) === partOf(nowAt[0] ?? 0))) ? nowAt : undefined;
  if (now) {
    found.splice(0, found.length, ...found.filter((f) => (f.topic !== 'hours' || f.strong) && (f.topic === 'online' || f.topic === 'time' || !inNow(f))));
    // The same words for both, so neither is taken as part of the other ("tirar hoje" is a cue of the time).
    const both = [...new Set([...now, ...found.filter((f) => f.topic === 'time' || f.topic === 'online').flatMap((f) => f.used)])].sort((a, b) => a - b);
    found.splice(0, found.length, ...found.filter((f) => f.topic !== 'time' && f.topic !== 'online'), { topic: 'online', used: both, strong: true }, { topic: 'time', used: both, strong: true });
  }
  // "não tenho certificado digital, só a conta gov.br. isso basta?", "nao uso email, so whatsapp. tem problema?": a
  // condition of the citizen's own (what they have, lack or use, where they live) told, then asked whether it is enough,
  // is who may ask and on what conditions (round 3841); what the told part names is the case, no question of its own.
  const enough = enoughAsked(m);
  if (enough) found.splice(0, found.length, ...found.filter((f) => f.strong && f.used.some((i) => i >= (enough[0] ?? 0)) && f.topic !== 'online' && f.topic !== 'documents' && f.topic !== 'contact'), { topic: 'requirements', used: enough, strong: true });
  // "as inscrições tão abertas?", "já abriu a matrícula?", "dá pra entrar no meio do ano?": whether the period of asking
  // is open now is the time field (its period), not the desk's opening hours (round 3847).
  const period = periodAsked(m);
  if (period) found.splice(0, found.length, ...found.filter((f) => f.topic !== 'hours' && f.topic !== 'time' && (f.strong || f.used.some((i) => !period.includes(i)))), { topic: 'time', used: period, strong: true });
  // "meu celular tá sem crédito, consigo ligar?", "to sem saldo, dá pra ligar?": a call asked with no credit asks whether
  // calling costs anything (round 3849).
  const noCredit = NO_CREDIT.exec(m.tokens.join(' '));
  const calling = noCredit === null ? -1 : m.tokens.findIndex((w) => CALL_WORDS.has(w));
  if (noCredit !== null && calling >= 0 && !found.some((f) => f.topic === 'cost')) {
    const at = m.tokens.join(' ').slice(0, noCredit.index).split(' ').length - 1;
    found.push({ topic: 'cost', used: [at, at + 1, calling].sort((a, b) => a - b), strong: true });
  }
  // "que documento recebo no final?": what the service issues, not what to bring; no question about the documents.
  // In the question that holds the documents' cue only: "quais documentos preciso anexar e em quanto tempo sai o
  // certificado?" asks the papers to bring, then when the one issued comes (round 5201).
  const gets = found.find((f) => f.topic === 'documents' && GETS_PAPER.test(questionAt(m, f.used[0] ?? 0)));
  if (gets) found.splice(found.indexOf(gets), 1);
  // "o q eu preciso é a nota do produtor": what the citizen needs, said; no question about the documents.
  const need = found.find((f) => f.topic === 'documents' && NEED_SAID.test(m.tokens.join(' ')));
  if (need) found.splice(found.indexOf(need), 1);
  // "quero é um curso tecnico de graca": free of charge as a wish about what is wanted, not a question of the cost.
  const wish = found.find((f) => f.topic === 'cost' && !isAsked(m.text) && f.used.every((i) => FREE_WORDS.has(m.tokens[i] ?? '')) && wantedBefore(m, Math.min(...f.used)));
  if (wish) found.splice(found.indexOf(wish), 1);
  // "remédio de alto custo", "curso de baixo custo": a cost that describes the thing named, no question of its cost.
  const described = found.find((f) => f.topic === 'cost' && f.used.every((i) => COST_NOUNS.has(m.tokens[i] ?? '') && COST_SIZES.has(m.tokens[i - 1] ?? '')));
  if (described) found.splice(found.indexOf(described), 1);
  // Phrases that hold a weak cost word and ask no cost (round 2940): "o banco *devolve o dinheiro*?" (money given back),
  // "depois q eu *pagar* como religa?" (the payment is the event the question is put after; what is asked comes after it),
  // "*paguei* tudo, e agora?" (a payment told done: what comes after it is asked, round 6342).
  const phrased = found.find((f) => f.topic === 'cost' && !f.strong && f.used.every((i) => givenBackAt(m.tokens, i) || inOpeningEvent(m, i) || paidToldAt(m, i)));
  if (phrased) found.splice(found.indexOf(phrased), 1);
  // "preciso passar o endereço certinho?", "não sei o endereço exato": the address told is what the citizen informs; the
  // card's sentence on the location answers (followup.ts ASKS_PLACE), not where the service is done (round 6603).
  // Only asked: "sem endereço certo", told alone, keeps the where topic that holds the card in view.
  const informed = isAsked(m.text) ? found.find((f) => f.topic === 'where' && !f.strong && f.used.every((i) => addressToldAt(m.tokens, i))) : undefined;
  if (informed) found.splice(found.indexOf(informed), 1);
  // "chego quanto tempo antes?", "a que horas devo chegar?", "preciso chegar antes do horário marcado?": how early to
  // arrive asks the card's sentence on it ("Chegue com antecedência", followup.ts ASKS_AHEAD), not the time it takes, the
  // opening hours or the booking (round 6604).
  // Nor its cost ("chego quantos minutos antes?": "quantos" alone is the cost's weak word).
  if (ARRIVING_AHEAD.test(m.tokens.join(' '))) found.splice(0, found.length, ...found.filter((f) => f.topic !== 'time' && f.topic !== 'hours' && f.topic !== 'appointment' && !(f.topic === 'cost' && !f.strong)));
  // "e o dinheiro cai onde?", "onde eu recebo as parcelas?": where the money received comes in asks the card's sentence on
  // who pays it or where it is deposited (followup.ts MONEY_WHERE), not where the service is done, nor its cost ("dinheiro"
  // is the cost's weak word), round 6605.
  if (MONEY_WHERE.test(m.tokens.join(' '))) found.splice(0, found.length, ...found.filter((f) => f.topic !== 'where' && !(f.topic === 'cost' && !f.strong)));
  // "vi uns cara de rede na piracema", "fala cara", "cara, e agora?": "cara" shares its stem with "caro", but it asks the
  // cost only said of a thing's price, after a verb of being or a degree ("é cara?", "sai muito cara?"); elsewhere it is
  // a man ("um cara", "o cara") or a call to the listener.
  const guy = found.find((f) => f.topic === 'cost' && !f.strong && f.used.every((i) => /^caras?$/.test(m.tokens[i] ?? '') && !PRICE_BEFORE.has(m.tokens[i - 1] ?? '')));
  if (guy) found.splice(found.indexOf(guy), 1);
  // "vc é rápido?": how quick the chat itself is (a second person before it), not how long a service takes.
  // So is "pq responde rapido dms": the chat's answering, quick (round 3304).
  const botQuick = found.find((f) => f.topic === 'time' && f.used.every((i) => QUICK_WORDS.has(m.tokens[i] ?? '')) && (YOU_WORDS.has(m.tokens[Math.min(...f.used) - 1] ?? '') || answeredQuick(m.tokens, Math.min(...f.used))));
  if (botQuick) found.splice(found.indexOf(botQuick), 1);
  // "e se atrasar uns dias?", "se eu pagar com uns dias de atraso": a span of lateness says how late, not how long the
  // service takes; the card's sentence on paying late answers (round 4021).
  const lateSpan = found.find((f) => f.topic === 'time' && !f.strong && f.used.every((i) => lateNear(m.tokens, i)));
  if (lateSpan) found.splice(found.indexOf(lateSpan), 1);
  // "quanto tá demorando?": a bare "quanto está" with a time cue asks how long, not what it costs.
  const bareCost = found.find((f) => f.topic === 'cost' && f.used.every((i) => BARE_HOW_MUCH.has(m.tokens[i] ?? '')));
  if (bareCost && found.some((f) => f.topic === 'time')) found.splice(found.indexOf(bareCost), 1);
  // "quanto tá o dólar hj": a bare "quanto está" followed by words no cue reads is about those words, no clear question.
  else if (bareCost && m.tokens.some((w, i) => i > Math.max(...bareCost.used) && !isGlue(w) && !found.some((f) => f.used.includes(i)))) {
    found.splice(found.indexOf(bareCost), 1, { ...bareCost, used: bareCost.used.filter((i) => m.tokens[i] === 'quanto'), strong: false });
  }
  // "e precisa agendar?", "é preciso pagar?", "precisa de agendamento?": a bare need read as the documents' cue ("é
  // preciso", "precisa de") is the need of the other topic asked with it, not a question about documents.
  const bareNeed = found.find((f) => f.topic === 'documents' && f.used.every((i) => NEED_WORDS.has(m.tokens[i] ?? '')));
  if (bareNeed && found.some((f) => f.topic !== 'documents')) found.splice(found.indexOf(bareNeed), 1);
  // A topic whose words are all part of a longer topic's match is that longer one ("quanto tempo" is not also "quanto").
  // A single word that is also an ordinary noun ("onde pago": "pago") does not add a topic to a real question.
  // An age ("tenho 16 anos", "minha filha tem 17") asks about the rules for minors.
  // "meu filho de 22 anos pode ser dependente?", "minha filha tem 19, pode?": a child said to be of age is no minor.
  const grown = grownChildAt(m);
  const age = grown === undefined ? ageAt(m) : undefined;
  // "tenho 17 anos posso?": a message that ends asking whether one can asks who may.
  const last = m.tokens.length - 1;
  if (age !== undefined && CAN_I.has(m.tokens[last] ?? '') && !found.some((f) => f.topic === 'requirements' && f.strong)) {
    found.splice(0, found.length, ...found.filter((f) => f.topic !== 'requirements'), { topic: 'requirements', used: [last], strong: true });
  }
  // "meu pai idoso pode?", "so moro em sp, pode?", "sou aposentada, posso?": a short question ending on whether one may,
  // after a person or the citizen's own condition and naming no topic, asks who may ask (round 6001).
  if (!found.some((f) => f.strong) && m.tokens.length <= 8 && CAN_I.has(m.tokens[last] ?? '') && m.tokens.slice(0, last).some((w) => PEOPLE.has(w) || SELF_TOLD.has(w))) {
    found.splice(0, found.length, { topic: 'requirements', used: [last], strong: true });
  }
  // "perdi o numero do bo, consigo imprimir mesmo assim?": a question ending on "mesmo assim" weighs the citizen's case
  // against the card in view: who may ask, and on what conditions.
  const end = m.tokens.length;
  // Without its mark when a "posso/pode/consigo" asks it ("eu peso 48 kilo posso doar msm assim").
  const canAsk = m.tokens.slice(0, end - 2).some((w) => CAN_I.has(w));
  // "se foi roubado eu pago a taxa mesmo assim?": a payment said with it weighs the case against the cost, not against who
  // may ask; the card's cost (its free cases) answers (round 3162).
  const paying = found.find((f) => f.topic === 'cost' && !f.strong);
  if ((isAsked(m.text) || canAsk) && m.tokens[end - 1] === 'assim' && m.tokens[end - 2] === 'mesmo' && !found.some((f) => f.strong)) {
    if (paying) found.splice(found.indexOf(paying), 1, { topic: 'cost', used: [...paying.used, end - 2, end - 1], strong: true });
    else found.push({ topic: 'requirements', used: [end - 2, end - 1], strong: true });
  }
  // "eu tenho 65", "com 70 anos eu posso?": an adult's age asks the age limits of who may ask, not the rules for minors
  // (unless a minor is named too).
  const adult = age === undefined ? adultAgeAt(m) : undefined;
  if (adult !== undefined && !m.tokens.some((w) => CHILD_WORDS.has(w))) {
    const rest = found.filter((f) => f.topic !== 'minors' && f.topic !== 'requirements');
    const used = [...new Set([...adult, ...found.filter((f) => f.topic === 'minors' || f.topic === 'requirements').flatMap((f) => f.used)])].sort((a, b) => a - b);
    found.splice(0, found.length, ...rest, { topic: 'requirements', used, strong: true });
  }
  // Such a question is who may ask.
  const minorTopic = found.find((f) => f.topic === 'minors');
  if (grown !== undefined && minorTopic !== undefined) {
    const rest = found.filter((f) => f.topic !== 'minors' && f.topic !== 'requirements');
    found.splice(0, found.length, ...rest, { topic: 'requirements', used: [...new Set([...grown, ...minorTopic.used])].sort((a, b) => a - b), strong: true });
  }
  if (age !== undefined) {
    const minors = found.find((f) => f.topic === 'minors');
    if (minors) found.splice(found.indexOf(minors), 1, { topic: 'minors', used: [...new Set([...minors.used, ...age])].sort((a, b) => a - b), strong: true });
    else found.push({ topic: 'minors', used: age, strong: true });
  }
  // "como indico o motorista?", "como eu transfiro?": "como" with a verb in the first person asks how it is done (the
  // verbs the how cues do not list; what follows, if anything, names the service as any how question's rest does).
  const howVerb = found.length === 0 ? HOW_I_DO.exec(m.tokens.join(' ')) : null;
  if (howVerb && !NOT_A_VERB.has(howVerb.groups?.verb ?? '')) {
    // The verb itself is left to name the service ("como parcelo?" on the IPVA asks for the instalments).
    const upTo = howVerb[0].split(' ').length - 1;
    found.push({ topic: 'how', used: m.tokens.slice(0, upTo).map((_, i) => i), strong: true });
  }
  // "dá para pedir pelo celular? Como?", "pode fazer online? de que jeito?": a bare "como" (or "de que jeito") asked as a
  // question of its own after another topic's asks how that is done, not what was said (round 6242).
  const bareHow = found.length > 0 && !found.some((f) => f.topic === 'how') ? bareHowAfter(m) : undefined;
  if (bareHow) found.push({ topic: 'how', used: bareHow, strong: true });
  // "precisa vistoria?", "exige laudo?": a bare need asked of one or two words, with no cue, asks what is needed.
  if (found.length === 0 && isAsked(m.text) && BARE_NEED.test(m.tokens.join(' '))) {
    found.push({ topic: 'documents', used: m.tokens.flatMap((w, i) => (NEED_VERBS.has(w) ? [i] : [])), strong: true });
  }
  // "leva mais de um mês?", "sai em menos de uma semana?", "dura uns 15 dias?": a span of time put to a verb of taking
  // or coming out is the time asked as yes or no; the card's time answers it, whatever it says (round 3020).
  const span = found.some((f) => f.topic === 'time') ? undefined : spanAsked(m);
  if (span) found.push({ topic: 'time', used: span, strong: true });
  // "e quando que é?", "quando?", "é quando?": "quando" asked alone, with only a verb of being around it, names nothing but
  // the time of what is in view; the card's time field (its period or how long it takes) answers (round 3160).
  if (found.length === 0 && BARE_WHEN.test(m.tokens.join(' '))) found.push({ topic: 'time', used: m.tokens.map((_, i) => i), strong: true });
  // "vence?", "e ela expira?": whether the thing in view expires, asked with the verb alone (round 4906).
  if (found.length === 0 && BARE_EXPIRES.test(m.tokens.join(' '))) found.push({ topic: 'time', used: m.tokens.map((_, i) => i), strong: true });
  // "cai qnd", "inscricao qnd", "resultado sai quando": "quando" closing a terse question of a few words asks when the
  // thing said before it happens; the time of what is in view answers (round 4901).
  // Not after a verb of knowing ("não sei quando": the citizen's doubt, nothing asked).
  if (found.length === 0 && m.tokens.length <= TERSE_WHEN && m.tokens.length >= 2 && WHEN_ASKED.has(m.tokens[m.tokens.length - 1] ?? '') && !KNOWING.has(m.tokens[m.tokens.length - 2] ?? '')) found.push({ topic: 'time', used: [m.tokens.length - 1], strong: true });
  // "como fico sabendo se passei?", "como vou saber se deu certo?": how one learns the outcome; the time field tells when
  // and how the result comes (round 3160).
  const outcome = found.some((f) => f.topic === 'time') ? undefined : outcomeAsked(m);
  if (outcome) found.push({ topic: 'time', used: outcome, strong: true });
  // "da pra fazer em ipatinga?", "faz em contagem?", "tem em uberlandia?": whether it is done in a town asks where.
  const town = found.length === 0 ? townAsked(m) : undefined;
  if (town) found.push({ topic: 'where', used: town, strong: true });
  // "se eu pagar hoje, fica pronto quando?", "depois de entregar os documentos, qnd posso visitar?", "pra registrar pela
  // internet, há taxa?": a clause put before the question (a condition, an event, a purpose) only sets the question's
  // case; what it names is no question when the clause that asks names a topic of its own (round 3301).
  const opening = openingClause(m);
  if (opening !== undefined) {
    const inOpening = (f: { used: readonly number[] }): boolean => f.used.every((i) => i <= opening);
    // "…, qnd consigo marcar a prova?": "quando" opening the clause that asks is the time asked.
    const when = WHEN_ASKED.has(m.tokens[opening + 1] ?? '') && !found.some((f) => !inOpening(f)) ? opening + 1 : undefined;
    if (when !== undefined) found.push({ topic: 'time', used: [when], strong: true });
    // Not when the question only asks what to do ("e se negarem, oq faço?"): the case put is then what is asked.
    if (found.some((f) => !inOpening(f) && f.topic !== 'how')) found.splice(0, found.length, ...found.filter((f) => !inOpening(f) || CASE_TOPICS.has(f.topic)));
  }
  // "pago o dae antes de marcar ou depois?": the order of two acts is the steps, whatever topic the acts name (lead,
  // round 3900).
  const order = orderAsked(m);
  if (order) found.splice(0, found.length, { topic: 'how', used: [...new Set([...found.flatMap((f) => f.used), ...order])].sort((a, b) => a - b), strong: true });
  const anyStrong = found.some((f) => f.strong);
  // "paga pra atualizar? faço pelo site?": two questions, each with its own mark; a weak cue in a question of its own,
  // where no clear cue is, asks that question too.
  const asks = (m.text.match(/\?+/g) ?? []).length >= 2;
  const clause = (i: number): number => [...(m.pauses ?? [])].filter((p) => p < i).length;
  const clearClauses = asks ? new Set(found.filter((f) => f.strong).flatMap((f) => f.used.map(clause))) : undefined;
  const ownQuestion = (f: { used: readonly number[] }): boolean => clearClauses !== undefined && f.used.every((i) => !clearClauses.has(clause(i)));
  const kept = found.filter((f) => (f.strong || !anyStrong || ownQuestion(f)) && !found.some((g) => g !== f && g.used.length > f.used.length && f.used.every((i) => g.used.includes(i))));
  // "meu filho tem 15 anos, pode pedir?": who may ask, for a minor, is the question about minors.
  // With the age of the one asking ("tenho 17 anos, posso?"), who may ask is answered too: the age limits are there.
  // So too when the one asking asks whether they may ("eu sou a avó que cria ele, eu posso fazer a inscrição dele?").
  // "ele tem 5 anos, eu q peço por ele?": the one asking acting for the child, in the first person, is the same (round 3024).
  const asksForSelf = kept.some((k) => k.topic === 'requirements' && k.used.some((i) => SELF_ASKING.has(m.tokens[i] ?? '')));
  // "Meu filho pode pedir a GTA por mim, ou tem que ser o produtor?": a son of no age said, asked about with who may
  // ask, is no minor for sure: who may ask stays.
  const minorSaid = age !== undefined || kept.some((k) => k.topic === 'minors' && k.used.some((i) => MINOR_WORDS.has(m.tokens[i] ?? '')));
  // The words of who may ask, so answered by the minors' topic, still name nothing ("Há alguma *restrição* quanto ao sócio
  // menor de idade?": "restrição" is a popular name of the vehicle lookup; round 4344).
  let asMinors: readonly number[] = [];
  if (kept.some((k) => k.topic === 'minors') && minorSaid && !asksForSelf && !(age !== undefined && FIRST_PERSON.has(m.tokens[Math.max(0, (age[0] ?? 0) - 1)] ?? ''))) {
    asMinors = kept.filter((k) => k.topic === 'requirements').flatMap((k) => k.used);
    kept.splice(0, kept.length, ...kept.filter((k) => k.topic !== 'requirements'));
  }
  if (kept.length === 0) return undefined;
  // "explica mais facil quem tem direito", "resume quanto custa": the way to say the answer names no service (not the Minas
  // Fácil of the company's opening): its words go with the topic's (round 5961).
  const manner = mannerCues.union(m) ?? [];
  const used = [...new Set([...kept.flatMap((k) => k.used), ...asMinors, ...manner])];
  if (whole && !isWhole(m, used)) return undefined;
  return { topics: kept.map((k) => k.topic), used, strong: kept.some((k) => k.strong) };
}

/** Words that may stand between a joining "e" and the word of asking of a second question ("e *em* quanto tempo"). */
const BEFORE_ASKING: ReadonlySet<string> = new Set(['em', 'de', 'do', 'da', 'por', 'pra', 'para', 'com', 'a', 'o']);
/**
 * The words of the one question, among several in a message, that holds token `i`: a pause, or an "e" that opens a word
 * of asking ("… e em quanto tempo sai?", "… e qual o site?"), ends a question (round 5201).
 */
function questionAt(m: Reading, i: number): string {
  const ends = (k: number): boolean => {
    if (m.pauses?.has(k) === true) return true;
    if (m.tokens[k + 1] !== 'e') return false;
    const next = m.tokens[k + 2] ?? '';
    return WH_WORDS.has(next) || (BEFORE_ASKING.has(next) && WH_WORDS.has(m.tokens[k + 3] ?? ''));
  };
  let from = i;
  while (from > 0 && !ends(from - 1)) from--;
  let to = i;
  while (to < m.tokens.length - 1 && !ends(to)) to++;
  return m.tokens.slice(from, to + 1).join(' ');
}

/**
 * A span of time put to a verb of taking, lasting or coming out ("leva mais de um mês", "sai em menos de uma semana",
 * "demora uns 15 dias", "fica pronto em 2 dias", "passa de 30 dias"), or a span bounded by "em/dentro de" ("em menos de
 * uma semana?"). The present of the verb only: "saiu de casa há 3 dias" tells a story. The words of the verb and span.
 */
const SPAN_ASKED = new RegExp(
  '\\b(?:(?:leva|levam|dura|duram|demora|demoram|sai|saem|chega|chegam|passa|passam|resolve|resolvem|libera|liberam|fica pronto|fica pronta|ficam prontos|ficam prontas)' +
    '(?: (?:o|a) (?:resultado|resposta|pedido|documento))?(?: (?:em|de|ate|antes de|dentro de))?(?: (?:mais|menos|uns|umas|no maximo|no minimo|pelo menos))?(?: de)?' +
    '|(?:em|dentro de) (?:mais|menos) de) (?:\\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|trinta|sessenta|noventa|poucos|poucas) (?:dias?|semanas?|mes|meses|horas?|anos?)\\b',
);

/** The token index at character `at` of the message's tokens joined by spaces. */
const tokenAt = (joined: string, at: number): number => joined.slice(0, at).split(' ').length - 1;

/** The indices of the tokens of `re`'s first match (a regular expression without the g flag), if any. */
export function tokensMatched(m: Pick<Reading, 'tokens'>, re: RegExp): number[] | undefined {
  const joined = m.tokens.join(' ');
  const said = re.exec(joined);
  if (said === null) return undefined;
  const from = tokenAt(joined, said.index);
  return said[0].split(' ').map((_, k) => from + k);
}

/**
 * The chat itself named as the way to do it: "pelo chat", "aqui pelo zap", "pelo whatsapp", "por este canal", "aqui
 * mesmo pelo celular" (the citizen is writing in it). Not "pelo celular" alone, which may mean the site or the app.
 */
const CHAT_WAY = /\b(?:(?:aqui )?(?:mesmo |msm )?(?:pelo|por|no|neste|nesse) (?:chat|zap|zapzap|whatsapp|whats|wpp|watsapp|whatsap)|(?:por|neste|nesse) (?:este |esse )?canal|aqui (?:mesmo |msm )?pelo (?:celular|telefone))\b/;

/** The tokens of the chat named as the way ("pelo zap"), if any. */
export function chatWay(m: Pick<Reading, 'tokens'>): number[] | undefined {
  return tokensMatched(m, CHAT_WAY);
}

function spanAsked(m: Reading): number[] | undefined {
  return tokensMatched(m, SPAN_ASKED);
}

/** Acts a step may be, in the first person or the infinitive: what is done first or after, when the order is asked. */
const ORDER_ACT = '(?:pag[ao]r?|pague|fa[cz]o|fazer|marc[ao]r?|agend[ao]r?|tir[ao]r?|pe[cd]o|pedir|registr[ao]r?|lev[ao]r?|junt[ao]r?|emit[oi]r?|abr[oi]r?|envi[ao]r?|mand[ao]r?|solicit[ao]r?|vou|ir|transfir[oa]|transferir|renov[ao]r?|peg[ao]r?|dou entrada|dar entrada)';
/**
 * The order of two acts asked ("pago o dae antes de marcar ou depois?", "o bo eu faço antes ou junto?", "pago a conta
 * primeiro ou peço a religação antes?", "qual vem primeiro?"): the steps tell it, whatever topic the acts' words name.
 * Not booking before going ("preciso marcar antes de ir?"): that asks whether it is booked. Nor a prerequisite asked yes
 * or no ("tenho que transferir antes de pedir a segunda via?"): the card's sentence answers it.
 */
const ORDER_ASKED = new RegExp(
  [
    `\\b(?:antes|primeiro|depois) ou (?:eu |ja |so )?(?:depois|antes|junto|durante|primeiro|${ORDER_ACT})\\b`,
    `\\b(?<!(?:tenho que|tenho q|preciso|precisa|e preciso) )(?!(?:marc|agend))${ORDER_ACT} (?!alguma coisa |algo |nada |quanto )(?:[a-z]+ ){0,4}(?:antes|depois) d[eoa] (?!ir\\b|chegar\\b)(?:${ORDER_ACT}|vistoria|prova|exame|agendamento|pagamento|bo|boletim)\\b`,
    '\\b(?:qual|quem) (?:e |eh |vem |tem que vir )?(?:primeiro|antes)(?: ou)?$',
    '\\b(?:qual|em que|que) (?:e )?(?:a )?ordem\\b',
  ].join('|'),
);

export function orderAsked(m: Reading): number[] | undefined {
  return tokensMatched(m, ORDER_ASKED) ?? wayBelieved(m);
}

/** An order of acts said ("primeiro faço o bo e depois ligo pro banco"): "primeiro" the adverb, then "depois". */
const ORDER_SAID = /\bprimeiro(?: [a-z]+){1,6} (?:e )?(?:so )?depois\b/;
/**
 * One act believed to be all there is ("é só pedir na escola nova e pronto", "é so pagar o guincho la e pegar", "é só
 * eu chegar lá"): not "é só isso" (what is left), "é só esperar" (whether it comes by itself), nor a thing brought ("é
 * só levar o rg": the documents).
 */
const ONLY_ACT = /\b(?:e|eh) so (?:eu )?(?!(?:esperar|aguardar|levar|ter|apresentar|mostrar|mandar|anexar)\b)[a-z]+(?:ar|er|ir)\b/;

/**
 * A way of doing it believed and put to confirm (round 5981): an order of acts ("primeiro faço o bo e depois ligo pro
 * banco ne?", with a tag or a "?") or one act believed to be all there is, closed by a tag ("é so instalar e depois fazer
 * a vistoria ne?", "é só pedir na escola nova e pronto ne?"). The steps tell whether it holds, whatever topic the acts'
 * words name (before: the contact for "ligo", the cost for "pagar", a sentence for the rest).
 */
function wayBelieved(m: Reading): number[] | undefined {
  const ordered = isAsked(m.text) ? tokensMatched(m, ORDER_SAID) : undefined;
  // "é so agendar pelo site ne?", "é só entrar no app e pedir né", "é so ligar no 136 ne?": the act believed done from
  // afar is asked whether it is (the online topic, the contact), not the steps; "é só chegar lá na UAI" is still the steps.
  const online = m.tokens.some((w) => REMOTE_CHANNELS.has(w));
  // "essa guia da de graça ne, é so chegar la e pedir": a belief that it is free said too is the cost's.
  const free = /\b(?:de graca|gratis|gratuit[oa]s?)\b/.test(m.tokens.join(' '));
  return ordered ?? (confirmTagged(m.text) && !online && !free ? tokensMatched(m, ONLY_ACT) : undefined);
}

/** "quando" and its chat spellings, opening the clause that asks after an opening clause. */
const WHEN_ASKED: ReadonlySet<string> = new Set(['quando', 'qnd', 'qdo']);
/** At most this many words for a closing "quando" to ask when (see findTopicsOnce): "cai qnd", not a story. */
const TERSE_WHEN = 3;
/** Topics a clause before the question keeps: the citizen's case ("se for menor de idade, quanto custa?"). */
const CASE_TOPICS: ReadonlySet<Topic> = new Set(['minors', 'requirements']);
/** Words that open a clause put before the question: a condition, an event before or after, a purpose. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['se', 'caso', 'depois', 'apos', 'antes', 'pra', 'para']);
/** Words that may come before such a clause ("e se…", "mas depois de…", "ah, pra…"). */
const CLAUSE_LEAD: ReadonlySet<string> = new Set(['e', 'mas', 'ah', 'entao', 'tipo', 'agora', 'so', 'ok']);

/**
 * The last token of a clause that opens the message and is put before its question ("se eu pagar hoje, …", "depois de
 * juntar tudo, …", "pra agendar precisa…"): up to the first pause, or a purpose's infinitive alone ("pra agendar").
 * Undefined when the message has no such clause, or nothing after it.
 */
function openingClause(m: Reading): number | undefined {
  let at = 0;
  while (CLAUSE_LEAD.has(m.tokens[at] ?? '') && !m.pauses?.has(at)) at++;
  const opener = m.tokens[at] ?? '';
  if (!CLAUSE_OPENERS.has(opener)) return undefined;
  if ((opener === 'depois' || opener === 'antes') && !['de', 'que', 'q', 'do', 'da'].includes(m.tokens[at + 1] ?? '')) return undefined;
  const pause = [...(m.pauses ?? [])].filter((p) => p > at).sort((a, b) => a - b)[0];
  // "pra agendar precisa pagar?": a purpose of one infinitive, with no pause after it.
  const purpose = (opener === 'pra' || opener === 'para') && /^[a-z]{3,}(ar|er|ir)$/.test(m.tokens[at + 1] ?? '') ? at + 1 : undefined;
  const end = pause ?? purpose;
  return end !== undefined && end < m.tokens.length - 1 ? end : undefined;
}

/** "quando" alone as the question, with glue and a verb of being only ("e quando?", "quando que é?", "é quando?", "mas quando vai ser isso?"). */
const BARE_WHEN = /^(e |mas |entao |ta |e ai )?(e |eh )?quando( que| q| e que)?( e| eh| vai ser| sera| seria| acontece| fica)?( isso| isto| ai)?$/;

/** How or when one learns, and of what: "como (eu) fico sabendo", "como vou saber", "quando sei", then "se" or "do/o resultado". */
const OUTCOME_ASKED = /\b(como|quando|onde) (que |q |e que )?(eu )?(fico sabendo|vou ficar sabendo|vou saber|sei|posso saber|consigo saber|saberei|acompanho|vou acompanhar|posso acompanhar|consigo acompanhar|vejo|posso ver|consigo ver|consulto) (se|do resultado|o resultado|o andamento|do andamento|a resposta|da resposta|o status|do status)\b/;
/** After "se", the outcome: a verb in the past or a participle ("passei", "deu certo", "foi aprovado", "fizeram", "ele conseguiu"). */
const OUTCOME_DONE = /^([a-z]{2,}(ei|eu|iu)|[a-z]{3,}ou|[a-z]{2,}(aram|eram|iram)|[a-z]{3,}(ad|id)[oa]s?|fui|foi|foram|deu)$/;
const NOT_DONE: ReadonlySet<string> = new Set(['estou', 'meu', 'seu', 'teu', 'sou']);
/** Before the outcome, who or what it happened to ("se ele passou", "se o pedido foi aceito"); after it, its rest. */
const OUTCOME_GLUE: ReadonlySet<string> = new Set(['ele', 'ela', 'eu', 'o', 'a', 'meu', 'minha', 'pedido', 'nao', 'ja', 'certo']);

/**
 * How or when one learns whether something came out: "como (eu) fico sabendo se passei", "como sei se foi aprovado",
 * "como vou saber o resultado"; so too how its progress or answer is followed ("como sei o andamento?", "onde vejo a
 * resposta?", "como acompanho o status?", round 3846). Whether a fact holds ("como sei se preciso do AVCB", "como sei se tem multa") is no outcome:
 * after "se" a verb in the past must follow. The words of the question and of the outcome.
 */
function outcomeAsked(m: Reading): number[] | undefined {
  const joined = m.tokens.join(' ');
  const said = OUTCOME_ASKED.exec(joined);
  if (said === null) return undefined;
  const from = tokenAt(joined, said.index);
  const used = said[0].split(' ').map((_, k) => from + k);
  if (m.tokens[from + used.length - 1] !== 'se') return used;
  let i = from + used.length;
  while (i < m.tokens.length && OUTCOME_GLUE.has(m.tokens[i] ?? '')) i++;
  const done = m.tokens[i] ?? '';
  if (!OUTCOME_DONE.test(done) || NOT_DONE.has(done)) return undefined;
  // The outcome's words are the question's too: left to search, "passei" would name the Passe Livre.
  for (let k = from + used.length; k <= i; k++) used.push(k);
  for (let k = i + 1; k < m.tokens.length && (OUTCOME_GLUE.has(m.tokens[k] ?? '') || OUTCOME_DONE.test(m.tokens[k] ?? '')); k++) used.push(k);
  return used;
}

/** "como" opening a question, with a verb in the first person singular ("como indico", "como q eu transfiro"). */
const HOW_I_DO = /^(e |mas |entao )?como (que |q |e que |eu |que eu |q eu |e que eu )?(?<verb>[a-z]{3,}o)\b/;
/** Words ending in "o" after "como" that are no verb ("como isso", "como tudo", "como nao"). */
const NOT_A_VERB: ReadonlySet<string> = new Set(['isso', 'isto', 'tudo', 'mesmo', 'esse', 'desse', 'nesse', 'novo', 'todo', 'cedo', 'certo', 'caso', 'tanto', 'quanto', 'pouco', 'muito', 'modo', 'jeito', 'sendo', 'tao', 'nao', 'medo', 'meio', 'assim', 'fico']);

/**
 * Doing it in a town, asked with no other word: "da pra fazer em ipatinga?", "faz em contagem?", "tem em uberlandia?",
 * "consigo tirar aqui em betim?", "atende em bh?". The words before the town are a way of asking whether it can be
 * done (a verb of doing, with "dá pra", "posso", "consigo" or "tem como" before it); the rest must name a município.
 */
const TOWN_ASK = /^(e |mas |e ai |entao )?(?<ask>((da|dah|d) (pra|para|p)|posso|pode|consigo|consegue|tem como|e possivel|eu posso|da para eu|da pra eu) )?(fazer|faz|faco|fazem|tem|tirar|tira|tiro|pedir|peco|resolver|resolvo|resolve|atende|atendem|emite|emitem|emitir|marcar|marca|agendar) (isso |ai |la |tambem |tb )?(aqui )?(em|no|na) (?<town>.+)$/;

function townAsked(m: Reading): number[] | undefined {
  const said = TOWN_ASK.exec(m.tokens.join(' ')) ?? townAskedLast(m);
  const rest = said?.groups?.town;
  // Without a question mark nor a "dá pra"/"posso" it may be a town given as an answer ("faz em contagem" at a form's
  // town field).
  if (rest === undefined || (!isAsked(m.text) && said?.groups?.ask === undefined) || findMunicipality(rest) === undefined) return undefined;
  return m.tokens.map((_, i) => i);
}

/** Words before a person one may act for ("do meu filho", "pra minha mãe"). */
const FOR_WHOM: ReadonlySet<string> = new Set(['do', 'da', 'pro', 'pra', 'para', 'pelo', 'pela']);

/**
 * "posso tirar o atestado do meu filho?", "posso pedir pra minha mae?": "posso" and a person of the family the citizen
 * would act for. The positions of "posso" and of the person, or undefined.
 */
function onBehalf(m: Reading): number[] | undefined {
  const can = m.tokens.indexOf('posso');
  if (can < 0) return forMe(m) ?? forThem(m);
  for (let i = can + 1; i < m.tokens.length - 1; i++) {
    if (!FOR_WHOM.has(m.tokens[i] ?? '')) continue;
    const j = ['meu', 'minha', 'o', 'a'].includes(m.tokens[i + 1] ?? '') ? i + 2 : i + 1;
    const who = m.tokens[j] ?? '';
    if (PEOPLE.has(who) && who !== 'pessoa' && who !== 'outra' && who !== 'outro') return [can, i, j];
  }
  return forThem(m);
}

/** Verbs of sending someone ("mandar", "envio"), and the words that may stand before the person sent ("um", "meu"). */
const SEND_VERBS: ReadonlySet<string> = new Set(['mandar', 'mando', 'manda', 'mande', 'enviar', 'envio', 'envia', 'envie']);
const BEFORE_PERSON: ReadonlySet<string> = new Set(['o', 'a', 'um', 'uma', 'meu', 'minha', 'outra', 'outro', 'algum', 'alguma']);

/**
 * "posso mandar outra pessoa?", "mando meu filho no meu lugar?", "da pra enviar alguem?": a verb of sending whose object
 * is a person (a word for people, or "alguém", with at most an article or possessive before it), not a paper ("mandar o
 * documento pro meu filho" sends the document). The positions of the verb and the person.
 */
function someoneSent(m: Reading): number[] | undefined {
  for (let i = 0; i < m.tokens.length - 1; i++) {
    if (!SEND_VERBS.has(m.tokens[i] ?? '')) continue;
    let j = i + 1;
    while (j < i + 3 && BEFORE_PERSON.has(m.tokens[j] ?? '') && j + 1 < m.tokens.length) j++;
    const who = m.tokens[j] ?? '';
    if (who === 'alguem' || PEOPLE.has(who) || (who === 'pessoa' && j > i + 1)) return [i, j];
    // "mandar outra no meu lugar": "outra/outro" said alone, as the person.
    if ((m.tokens[i + 1] === 'outra' || m.tokens[i + 1] === 'outro') && j === i + 2 && (who === 'no' || who === 'em' || who === '')) return [i, i + 1];
  }
  return undefined;
}

/** Forms of "ir" and "comparecer", the words of having to before them, and the prepositions of where one goes. */
const GO_VERBS: ReadonlySet<string> = new Set(['ir', 'comparecer', 'passar', 'vou', 'vai']);
const MUST_WORDS: ReadonlySet<string> = new Set(['tenho', 'tem', 'tenha', 'temos', 'preciso', 'precisa', 'precisamos', 'precisaria', 'devo', 'deve', 'obrigado', 'obrigada', 'obrigatorio', 'necessario', 'vou', 'vai']);
const GO_PREPS: ReadonlySet<string> = new Set(['em', 'na', 'no', 'nas', 'nos', 'a', 'ao', 'aos', 'as', 'ate', 'numa', 'num', 'pra', 'pro', 'para']);
/** Offices one may be sent to in person ("delegacia", "cartório", "UAI", "Detran", "repartição"). */
const OFFICES: ReadonlySet<string> = new Set([
  'delegacia', 'cartorio', 'detran', 'uai', 'forum', 'prefeitura', 'reparticao', 'secretaria', 'agencia', 'unidade', 'sede', 'orgao', 'batalhao', 'posto',
  'junta', 'receita', 'fazenda', 'escola', 'escritorio', 'correios', 'hemocentro', 'hemominas', 'ciretran', 'sre', 'superintendencia', 'balcao', 'guiche',
]);

/** Verbs of being allowed or able, right before the verb of going. */
const MAY_WORDS: ReadonlySet<string> = new Set(['posso', 'pode', 'podem', 'podemos', 'poderia', 'poderiam', 'consigo', 'consegue']);

/**
 * "tenho q ir em delegacia depois de ligar?", "precisa ir a cartório?", "vou ter que ir até a UAI?": a form of "ir" after a
 * word of having to (or in a question), then a preposition, at most one article, and an office. The positions of the verb,
 * the preposition, the article and the office; none otherwise.
 */
function officeGoneTo(m: Reading): number[] | undefined {
  const t = m.tokens;
  for (let i = 0; i < t.length - 2; i++) {
    if (!GO_VERBS.has(t[i] ?? '') || !GO_PREPS.has(t[i + 1] ?? '')) continue;
    const k = PARTY_ARTICLES.has(t[i + 2] ?? '') ? i + 3 : i + 2;
    if (!OFFICES.has(t[k] ?? '')) continue;
    const must = t.slice(Math.max(0, i - 3), i).some((w) => MUST_WORDS.has(w));
    if (!must && !isAsked(m.text)) continue;
    // "posso ir na uai?", "minha filha pode ir na uai por mim?": leave asked, not whether one must go (rounds 1160, 1163:
    // the card's sentence on that office, or who may ask).
    if (!must && MAY_WORDS.has(t[i - 1] ?? '')) continue;
    return Array.from({ length: k - i + 1 }, (_, n) => i + n);
  }
  return undefined;
}

/**
 * Whether the way told still holds, asked ("ainda é assim?", "ainda é lá?", "continua assim?", "como antes?", "aqui
 * também?"; round 6721).
 */
const STILL_ASKED = /\b(ainda (e|eh|sao|funciona|faz|fazem|tem que|tem q|precisa)|continua (assim|igual|sendo)|continuam (assim|iguais)|como (antes|antigamente)|(aqui|em minas|em mg) (tambem|tbm|tb))\b/;
/** Where or how a thing was done in person: at an office ("na repartição", "direto no cartório", "na coletoria"), or "pessoalmente". */
const WAY_PREPS: ReadonlySet<string> = new Set(['na', 'no', 'nas', 'nos', 'numa', 'num', 'pela', 'pelo', 'direto']);
const IN_PERSON_WORDS: ReadonlySet<string> = new Set(['pessoalmente', 'presencialmente', 'presencial', 'coletoria']);

/**
 * The way it was done told (an office after a preposition, "pessoalmente"), then asked whether it still holds
 * (STILL_ASKED): the positions of the office and of the words asking; none otherwise (round 6721).
 */
function wayStillAsked(m: Reading): number[] | undefined {
  if (!isAsked(m.text)) return undefined;
  const t = m.tokens;
  const at = t.findIndex((w, i) => IN_PERSON_WORDS.has(w) || (OFFICES.has(w) && (WAY_PREPS.has(t[i - 1] ?? '') || (PARTY_ARTICLES.has(t[i - 1] ?? '') && WAY_PREPS.has(t[i - 2] ?? '')))));
  if (at < 0) return undefined;
  // The way told before the asking ("…na coletoria, ainda é lá?", "…no escritório do IEF, como antes?"); "ainda é no detran
  // que faz o exame?" asks where.
  const still = tokensMatched({ tokens: t.slice(at + 1) }, STILL_ASKED);
  return still === undefined ? undefined : [at, ...still.map((i) => i + at + 1)];
}

/** Having been at a place ("*fui na* uai", "*cheguei no* detran", "*tava na* delegacia"), before the office. */
const BEEN_VERBS: ReadonlySet<string> = new Set(['fui', 'fomos', 'foi', 'cheguei', 'chegamos', 'estive', 'passei', 'tava', 'estava', 'tive']);
/** Being sent away ("me mandaram embora", "mandaram eu voltar", "me mandou ir embora"): the verb, then where to. */
const SENT_AWAY = /^(mandaram|mandou|pediram|falaram|disseram)$/;
const AWAY_WORDS: ReadonlySet<string> = new Set(['me', 'nos', 'eu', 'a', 'gente', 'ir', 'pra', 'voltar', 'embora', 'casa', 'de', 'volta']);

/**
 * "aff fui na uai e me mandaram embora pq precisava agendar": sent away from an office the citizen went to is being
 * turned away there, not dismissed from a job (the unemployment insurance's "mandado embora"); those words name no
 * service. The positions of the verb and its words ("me", "embora", "voltar"); none without the office gone to.
 */
function turnedAway(m: Reading): number[] {
  const t = m.tokens;
  const been = t.some((w, i) => BEEN_VERBS.has(w) && GO_PREPS.has(t[i + 1] ?? '') && OFFICES.has(t[PARTY_ARTICLES.has(t[i + 2] ?? '') ? i + 3 : i + 2] ?? ''));
  if (!been) return [];
  for (let i = 0; i < t.length; i++) {
    if (!SENT_AWAY.test(t[i] ?? '')) continue;
    const at = [i];
    if (t[i - 1] === 'me' || t[i - 1] === 'nos') at.push(i - 1);
    let j = i + 1;
    while (AWAY_WORDS.has(t[j] ?? '')) at.push(j++);
    if (at.some((k) => t[k] === 'embora' || t[k] === 'voltar' || t[k] === 'volta')) return at;
  }
  return [];
}

/** Words of "only" ("só", "somente", "apenas") and the channels a service is done through. */
const ONLY_WORDS: ReadonlySet<string> = new Set(['so', 'somente', 'apenas', 'unicamente', 'exclusivamente']);
const ONLY_CHANNELS: ReadonlySet<string> = new Set([
  'telefone', 'ligando', 'ligacao', 'ligar', 'liga', '155', 'internet', 'site', 'online', 'app', 'aplicativo', 'pessoalmente', 'presencial', 'presencialmente', 'agencia',
  'escritorio', 'posto', 'uai', 'correios', 'email', 'whatsapp', 'zap', 'whats', 'balcao', 'guiche', 'unidade', 'computador', 'celular',
]);

/** Channels used from afar (the internet, an app, a call, the phone), and their verbs: no place gone to. */
const REMOTE_CHANNELS: ReadonlySet<string> = new Set(['internet', 'site', 'online', 'app', 'aplicativo', 'computador', 'celular', 'email', 'whatsapp', 'zap', 'whats', 'telefone', 'ligar', 'ligando', 'ligacao', 'telefonar']);

/**
 * "só dá para agendar ligando para o 155", "somente pela internet", "so da pra pagar na agencia": "only" and, at most five
 * words after it, a channel. The positions from "only" to the channel; none otherwise.
 */
function onlyByChannel(m: Reading): number[] | undefined {
  const t = m.tokens;
  for (let i = 0; i < t.length - 1; i++) {
    if (!ONLY_WORDS.has(t[i] ?? '')) continue;
    for (let k = i + 1; k <= i + 5 && k < t.length; k++) {
      if (ONLY_CHANNELS.has(t[k] ?? '')) return Array.from({ length: k - i + 1 }, (_, n) => i + n);
    }
  }
  return undefined;
}

/** "eu" said as one of two who may do it, and the words that may follow it ("eu mesmo"). */
const I_MYSELF: ReadonlySet<string> = new Set(['mesmo', 'mesma', 'msm', 'proprio', 'propria']);
/** Words that may stand between "ou" and "eu" ("ou *sou* eu", "ou *é* eu"). */
const OR_IS: ReadonlySet<string> = new Set(['e', 'eh', 'sou', 'sera']);
/** At most this many words in the clause that sets "eu" against another party. */
const TWO_CLAUSE = 9;
/** Pronouns for the other party ("eu ou *ele*?", "você ou eu?"). */
const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['ele', 'ela', 'eles', 'elas', 'voce', 'vc', 'voces', 'vcs', 'alguem']);
/**
 * Who else may do it for the citizen, besides people (`PEOPLE`): a trade, a firm or an office that acts in the citizen's
 * place ("a autoescola", "o cartório", "a loja", "o contador").
 */
const PARTIES: ReadonlySet<string> = new Set([
  'autoescola', 'instrutor', 'instrutora', 'cartorio', 'loja', 'concessionaria', 'revenda', 'revendedora', 'contador', 'contadora', 'contabilidade', 'despachante',
  'advogado', 'advogada', 'vendedor', 'vendedora', 'comprador', 'compradora', 'escola', 'diretor', 'diretora', 'empresa', 'patrao', 'patroa', 'chefe', 'banco',
  'medico', 'medica', 'clinica', 'hospital', 'detran', 'policia', 'delegado', 'delegacia', 'prefeitura', 'governo', 'estado', 'orgao', 'sistema', 'cliente', 'inquilino', 'locador',
]);
/** Words before the party ("o", "a", "meu", "minha"). */
const PARTY_ARTICLES: ReadonlySet<string> = new Set(['o', 'a', 'os', 'as', 'meu', 'minha', 'meus', 'minhas', 'seu', 'sua', 'um', 'uma', 'esse', 'essa', 'aquele', 'aquela']);
/** Token `k` names someone other than the citizen, after at most two articles or possessives. */
const partyAt = (t: readonly string[], k: number): boolean => {
  let j = k;
  while (j < k + 2 && PARTY_ARTICLES.has(t[j] ?? '')) j++;
  const w = t[j] ?? '';
  return PEOPLE.has(w) || OTHER_PRONOUNS.has(w) || PARTIES.has(w);
};

/**
 * "quem faz o pedido, eu ou ele?", "a loja q faz isso ou eu?", "eu mesmo marco ou é a autoescola?", "eu ou meu pai?": in a
 * question, "eu" on one side of "ou" and someone else on the other asks who of the two does it. The positions of the
 * clause (from the pause before it to the pause after it), when it is short; none otherwise.
 */
function whoOfTwo(m: Reading): number[] | undefined {
  if (!isAsked(m.text) && !m.tokens.includes('quem')) return undefined;
  const t = m.tokens;
  for (let i = 1; i < t.length - 1; i++) {
    if (t[i] !== 'ou') continue;
    const before = t[i - 1] === 'eu' || (I_MYSELF.has(t[i - 1] ?? '') && t[i - 2] === 'eu') || t.slice(Math.max(0, i - 4), i).includes('eu');
    const j = OR_IS.has(t[i + 1] ?? '') ? i + 2 : i + 1;
    const after = t[j] === 'eu' && (j === t.length - 1 || I_MYSELF.has(t[j + 1] ?? '') || t[j + 1] === 'que' || t[j + 1] === 'q' || (m.pauses?.has(j) ?? false));
    if (!before && !after) continue;
    // The other party: after "ou" when "eu" is before it; before "ou" (in its clause) when "eu" is after it.
    if (before && !partyAt(t, j)) continue;
    if (!before && !t.slice(Math.max(0, i - 6), i).some((_, k, all) => partyAt(all, k))) continue;
    const pauses = [...(m.pauses ?? [])];
    const from = Math.max(-1, ...pauses.filter((p) => p < i)) + 1;
    const to = Math.min(t.length - 1, ...pauses.filter((p) => p >= i));
    if (to - from + 1 > TWO_CLAUSE) return undefined;
    return Array.from({ length: to - from + 1 }, (_, k) => from + k);
  }
  return undefined;
}

/** Asking whether one may, in the first person ("posso", "consigo", "podemos"), and in the third ("pode", "podem"). */
const I_CAN: ReadonlySet<string> = new Set(['posso', 'consigo', 'podemos', 'conseguimos']);
const ONE_CAN: ReadonlySet<string> = new Set(['pode', 'podem', 'consegue', 'conseguem']);
/** Whom one acts for, said as a pronoun ("por *ele*", "pra *ela*"), and the words before it. */
const THEM: ReadonlySet<string> = new Set(['ele', 'ela', 'eles', 'elas']);
const ACT_FOR: ReadonlySet<string> = new Set(['por', 'pra', 'para', 'pro', 'pelo', 'pela']);
/** Someone else, said before "pode" ("*minha filha* pode ir por mim?", "*alguem* pode resolver pra mim?"). */
const someone = (w: string): boolean => PEOPLE.has(w) || THEM.has(w) || w === 'alguem';

/**
 * "posso tirar por ele com os dados dele?", "consigo fazer pra ela?": acting for someone named by a pronoun after
 * "por"/"pra", asked in the first person (round 1160). The positions of the verb, the preposition and the pronoun.
 */
function forThem(m: Reading): number[] | undefined {
  const can = m.tokens.findIndex((w) => I_CAN.has(w));
  if (can < 0) return undefined;
  const at = m.tokens.findIndex((w, i) => i > can && ACT_FOR.has(w) && THEM.has(m.tokens[i + 1] ?? ''));
  return at < 0 ? inNameOf(m, can) : [can, at, at + 1];
}

/** Whose name or number a thing is done in ("em *nome* dele", "no *cpf* da minha sogra", "no *lugar* do meu pai"). */
const NAME_OF: ReadonlySet<string> = new Set(['nome', 'cpf', 'lugar']);
const OF_THEM: ReadonlySet<string> = new Set(['dele', 'dela', 'deles', 'delas']);

/**
 * "consigo emitir em nome dele?", "posso gerar no cpf da minha mãe?": the citizen acting in another's name asks who may
 * ask (round 6000). The positions of the verb, the name and the one it is of; after "posso", "consigo" (`can`).
 */
function inNameOf(m: Reading, can: number): number[] | undefined {
  for (let i = can + 2; i < m.tokens.length - 1; i++) {
    if (!NAME_OF.has(m.tokens[i] ?? '') || !['em', 'no', 'na'].includes(m.tokens[i - 1] ?? '')) continue;
    const of = m.tokens[i + 1] ?? '';
    if (OF_THEM.has(of)) return [can, i, i + 1];
    const who = ['meu', 'minha'].includes(m.tokens[i + 2] ?? '') ? i + 3 : i + 2;
    if ((of === 'do' || of === 'da') && PEOPLE.has(m.tokens[who] ?? '')) return [can, i, who];
  }
  return undefined;
}

/**
 * "minha filha pode ir na uai resolver pra mim?", "alguem pode fazer por mim?": someone else (a person said before
 * "pode") acting for the citizen asks who may ask, not the rules for minors (round 1160). Not "pode marcar pra mim?",
 * which asks the bot. The positions of the verb, the preposition and "mim".
 */
export function forMe(m: Reading): number[] | undefined {
  const can = m.tokens.findIndex((w, i) => ONE_CAN.has(w) && m.tokens.slice(0, i).some(someone));
  if (can < 0) return undefined;
  const at = m.tokens.findIndex((w, i) => i > can && ACT_FOR.has(w) && m.tokens[i + 1] === 'mim');
  // "meu pai pode pagar o meu?", "minha irmã pode tirar a minha?": the citizen's own, ending the question, is done for them.
  const mine = m.tokens.length - 2;
  if (at < 0 && mine > can + 1 && ['o', 'a', 'os', 'as'].includes(m.tokens[mine] ?? '') && MINE.has(m.tokens[mine + 1] ?? '')) return [can, mine, mine + 1];
  return at < 0 ? undefined : [can, at, at + 1];
}

/** Words opening a last clause before its "como" ("*e* como?", "*mas* como?", "*e aí*, como faz?"). */
const HOW_LEADS: ReadonlySet<string> = new Set(['e', 'mas', 'entao', 'ai', 'i']);
/** A last clause asking how, bare: "como", "como faz", "como faço", "de que jeito", "de qual jeito", "qual o jeito". */
const BARE_HOW_CLAUSE = /^(?:como(?: (?:faz|faco|faze|fazer|e|eh|que|q|seria|funciona))?|de (?:que|qual|q) (?:jeito|forma|maneira)|qual (?:o|e o) (?:jeito|caminho))$/;

/**
 * The positions of a last clause that only asks how ("… pelo celular? *Como?*", "… online? *de que jeito?*"), after a pause
 * that closes an earlier clause; undefined when the message does not end so.
 */
function bareHowAfter(m: Reading): number[] | undefined {
  const pauses = [...(m.pauses ?? [])].filter((i) => i < m.tokens.length - 1);
  if (pauses.length === 0) return undefined;
  let from = Math.max(...pauses) + 1;
  while (HOW_LEADS.has(m.tokens[from] ?? '') && from < m.tokens.length - 1) from++;
  const clause = m.tokens.slice(from);
  return BARE_HOW_CLAUSE.test(clause.join(' ')) ? clause.map((_, k) => from + k) : undefined;
}

/** The citizen's own thing, as a pronoun ("o *meu*", "a *minha*"). */
const MINE: ReadonlySet<string> = new Set(['meu', 'minha', 'meus', 'minhas']);

/** Words that say a minor, unlike "meu filho" alone. */
const MINOR_WORDS: ReadonlySet<string> = new Set(['menor', 'menores', 'crianca', 'criancas', 'adolescente', 'adolescentes', 'idade', 'anos', '18', '16', 'pais', 'responsavel']);

/** Before "N anos", a duration, not an age ("tenho C faz 2 anos", "moro aqui há 3 anos"). */
const DURATION_BEFORE: ReadonlySet<string> = new Set(['faz', 'fazem', 'ha', 'durante', 'por', 'uns', 'umas', 'mais', 'menos', 'ultimos', 'proximos', 'cada']);

/** The one asking doing it themselves, in the first person ("posso", "peço"). */
const SELF_ASKING: ReadonlySet<string> = new Set(['posso', 'peco']);

/** "…, posso?": asking whether one can. */
const CAN_I: ReadonlySet<string> = new Set(['posso', 'pode', 'consigo']);
/** Verbs of the citizen telling their own condition ("*moro* em sp", "*sou* aposentada", "*to* desempregado"). */
const SELF_TOLD: ReadonlySet<string> = new Set(['moro', 'sou', 'estou', 'to', 'tou', 'trabalho', 'estudo', 'vivo']);

/** "tenho 17 anos": the age is the one asking's own. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['tenho', 'fiz', 'faco', 'completei', 'completo']);

const AGE_WORDS: ReadonlyMap<string, number> = new Map(
  ['um', 'dois', 'tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze', 'treze', 'quatorze', 'catorze', 'quinze', 'dezesseis', 'dezessete', 'dezoito', 'dezenove'].map((w, i) => [w, i + 1] as const),
);

/** A number a message may say as an age: in figures, or under 20 in words; its position and the words around it. */
interface AgeSaid {
  at: number;
  value: number;
  /** The number as typed, when in figures ("17", "065"). */
  figures: string | undefined;
  prev: string | undefined;
  next: string | undefined;
  /** The word after `next` ("1 ano *do* ensino médio", "30 anos *que* moro aqui"). */
  after: string | undefined;
  /** The number ends the phrase: nothing, a pause or a glue word after it ("tem 17", "com 15, pode?"). */
  ends: boolean;
}

/**
 * The one reader of an age in a message: every number that may be one ("16 anos", "cinco anos", "tem 17", "com 70"),
 * in order. Each caller keeps those of its range and phrasing (a minor's age, an adult's, the age a citizen tells).
 */
export function agesSaid(m: Reading): AgeSaid[] {
  const out: AgeSaid[] = [];
  m.tokens.forEach((w, at) => {
    const figures = /^\d{1,3}$/.test(w) ? w : undefined;
    const value = figures === undefined ? AGE_WORDS.get(w) : Number(figures);
    if (value === undefined) return;
    const next = m.tokens[at + 1];
    const ends = next === undefined || m.pauses?.has(at) === true || isGlue(next);
    out.push({ at, value, figures, prev: m.tokens[at - 1], next, after: m.tokens[at + 2], ends });
  });
  return out;
}

/** The tokens of a minor's age ("16 anos", "tem 17", "com 15"; in figures, up to 17), or undefined. */
export function ageAt(m: Reading): number[] | undefined {
  for (const a of agesSaid(m)) {
    const years = a.next === 'anos' || a.next === 'ano';
    // "8 anos" or "cinco anos": a number under 18 in figures, or one said in words.
    if (a.figures === undefined) {
      if (years) return [a.at, a.at + 1];
      continue;
    }
    if (a.figures.length > 2 || a.value > MINOR_MAX) continue;
    // "to no 1 ano do ensino medio": a school year; "faz 2 anos": a duration.
    // "parei no 9 ano", "vai entrar no 1 ano": "no" before it and "ano" after, the year one is or was in.
    const schoolYear = a.next === 'ano' && (['do', 'da', 'de'].includes(a.after ?? '') || a.prev === 'no');
    if ((years || a.next === 'aninhos') && !schoolYear && !DURATION_BEFORE.has(a.prev ?? '')) return [a.at, a.at + 1];
    // "tem 17", "com 15, pode?": the number ends the phrase ("tenho 2 carros" is not an age).
    // So too when its question follows at once ("tenho 17 posso fazer sozinho?", "ela tem 15 pode ir?"), round 6462.
    const prev = a.prev ?? '';
    if ((a.ends && (AGE_HAVING.has(prev) || prev === 'faz' || prev === 'fez')) || (AGE_HAVING.has(prev) && AGE_THEN_ASKED.has(a.next ?? ''))) return [a.at - 1, a.at];
    // "minha filha de 17 pode ir?", "meu neto de 12": a child named with "de N" is that old. So too with what they were
    // doing after it, in a question ("era meu filho de 17 dirigindo kkk pode ser ele a registrar?"); the story alone ("era
    // meu filho de 19 dirigindo" on a fine) asks nothing of minors.
    const doing = GERUND.test(a.next ?? '') || (PROGRESSIVE.has(a.next ?? '') && GERUND.test(a.after ?? ''));
    if (a.prev === 'de' && NAMED_WITH_AGE.has(m.tokens[a.at - 2] ?? '') && (a.ends || a.next === 'pode' || a.next === 'precisa' || (doing && isAsked(m.text)))) return [a.at - 2, a.at - 1, a.at];
  }
  return undefined;
}

/** The words an age in figures follows ("*tenho* 17", "*com* 15"). */
const AGE_HAVING: ReadonlySet<string> = new Set(['tem', 'tenho', 'com']);
/** The verbs asking whether one may, right after an age told ("tenho 17 posso…"). */
const AGE_THEN_ASKED: ReadonlySet<string> = new Set(['posso', 'pode', 'consigo', 'consegue']);
/** The oldest age in figures that is a minor's: from 18 one is of age ("eu tenho 20 anos", "ela já tem 19"). */
const MINOR_MAX = 17;

/** A gerund ("dirigindo", "fazendo", "indo"): what someone was doing. */
const GERUND = /^[a-z]+(ando|endo|indo|ondo)$/;
/** "estar" before a gerund, as the reading gives it ("tava" is read "estava"). */
const PROGRESSIVE: ReadonlySet<string> = new Set(['estava', 'esta', 'estavam', 'tava', 'ta']);

/** Words that name a child: with them, an adult's age is a parent's, and the question may still be about minors. */
const CHILD_WORDS: ReadonlySet<string> = new Set(['menor', 'menores', 'crianca', 'criancas', 'adolescente', 'adolescentes', 'filho', 'filha', 'filhos', 'filhas', 'bebe', 'neto', 'neta']);

/** Whom a young age may be said of with "de N" ("meu neto de 12", "meu *sobrinho* de 16", "o *menino* de 10"): a child or any kin. */
const NAMED_WITH_AGE: ReadonlySet<string> = new Set([...CHILD_WORDS, ...FAMILY, ...CHILDREN]);

/**
 * An adult's age: "tenho 65", "com 70 anos", "65 anos" (18 to 110, not a duration such as "faz 30 anos"). The
 * positions of the number and the word next to it.
 */
function adultAgeAt(m: Reading): number[] | undefined {
  for (const a of agesSaid(m)) {
    if (a.figures === undefined || a.figures.length < 2 || a.value <= MINOR_MAX || a.value > 110) continue;
    // "tem 30 anos que moro aqui": a duration.
    if (DURATION_BEFORE.has(a.prev ?? '') || (a.next === 'anos' && a.after === 'que')) continue;
    if (a.next === 'anos' && (a.prev === undefined || AGE_BEFORE.has(a.prev))) return [a.at, a.at + 1];
    if ((a.ends || a.next === 'anos') && a.prev !== undefined && AGE_BEFORE.has(a.prev)) return [a.at - 1, a.at];
  }
  return undefined;
}

/**
 * A child said to be of age ("meu filho de 22 anos", "minha filha tem 19", "meu neto, de 30"): the positions of the
 * child's word and of the age, or undefined.
 */
function grownChildAt(m: Reading): number[] | undefined {
  for (const a of agesSaid(m)) {
    if (a.figures === undefined || a.value < 18 || a.value > 110) continue;
    const named = m.tokens[a.at - 2] ?? '';
    if ((a.prev === 'de' || a.prev === 'tem' || a.prev === 'com') && CHILD_WORDS.has(named)) return [a.at - 2, a.at - 1, a.at];
  }
  return undefined;
}

/** Before an age: "tenho 65", "com 70 anos", "ela tem 62". */
const AGE_BEFORE: ReadonlySet<string> = new Set(['tem', 'tenho', 'com', 'fiz', 'completei', 'completo', 'fez', 'completou']);

const vocabularies = new WeakMap<Service, ReadonlySet<string>>();

/** The stems of a service's own texts: a question with only these words is about that service. */
export function vocabularyOf(s: Service): ReadonlySet<string> {
  let v = vocabularies.get(s);
  if (!v) {
    const texts = [s.title, s.acronym ?? '', ...s.popularNames, ...s.keywords, s.description, ...s.steps.flatMap((st) => [st.title, st.description, ...st.documents])];
    v = new Set(texts.flatMap((x) => analyze(x)));
    vocabularies.set(s, v);
  }
  return v;
}

/**
 * "e a …", "e pro …": the talk carried over to a thing named. Narrower than handlers.ts' CARRY on purpose: not a bare
 * "e" nor "e se …" (a case put: "e se a conta vier muito alta?" stays on the water bill), nor "da/do/pra" without the "e".
 * After words of taking in ("ta. e o licenciamento, sai na hora?", "ok, e a vistoria?"), the same (round 4025).
 */
export const THING_CARRIED = /^(?:(?:ta|ok|blz|beleza|certo|entendi|ah|bom|entao) ){0,2}e (a|o|as|os|pra|para|pro|pros|no|na|do|da|de)\b/;

/** Words of wishing or asking to be shown: what follows is asked for, not asked about. */
const WISHES: ReadonlySet<string> = new Set(['quero', 'queria', 'quiser', 'quisesse', 'gostaria', 'mostra', 'mostre']);
/** The message tells a wish (WISHES). */
export const wishes = (text: string): boolean => fold(text).split(' ').some((w) => WISHES.has(w));

/** A wish told of anyone ("quero", and "ela *quer* fazer a identidade nova"): what follows is asked for (round 6100). */
export const wishedByAnyone = (text: string): boolean => wishes(text) || /\b(quer|querem|queremos)\b/.test(fold(text));

/** A word of going back to something, anywhere in the message ("ta, mas voltando na gta…"). */
const GOING_BACK = /\b(voltando|retomando|retornando)\b/;

/** A word said as a verb: an infinitive or a common ending of the first person or the past ("comunicar", "recupero", "paguei", "renovou"). */
const VERB_SAID = /(?:ar|er|ir|o|ei|ou|amos|emos|imos|ando|endo|indo)$/;
/** The noun of an act, though it ends as a verb may ("licenciamento", "comunicação", "abertura", "transferência"). */
const ACT_NOUN = /(?:cao|coes|mento|mentos|ura|uras|encia|ancia)$/;
/**
 * "nao tenho conta gov br" on the ITCD ("…é preciso ter conta gov.br"), "que nivel de conta gov.br precisa?" on naming the
 * driver ("Os dois precisam de conta gov.br prata ou ouro"): the words name the other service found only by its object,
 * a thing one sentence of the card in view names itself, never by the act its title opens with ("*Recuperar* acesso à
 * conta gov.br"): the thing is the card's, the card stays. The card's sentences holding every word of the other's names
 * said; none when it names the other by its act ("como recupero a conta gov.br?"), by a popular name of it said whole,
 * by a word no such sentence holds ("minha conta gov.br foi bloqueada"), or the card's own title opens with the same act
 * (round 6100). Read by targetOf ('a thing the card names') and, last, by the search's readers.
 */
export function thingTheCardNames(focus: Service, other: Service, words: readonly string[]): string[] {
  const head = analyze(other.title)[0];
  const said = analyze(words.join(' '));
  if (other.id === focus.id || head === undefined || titleStems(focus).has(head)) return [];
  const names = nameStems(other);
  const thing = [...new Set(said.filter((x) => names.has(x)))];
  // Nor a popular name of it said whole ("a segunda via da identidade" on the loss report): that one is asked for.
  if (thing.length === 0 || popularPhrases(other).some((p) => p.every((x) => said.includes(x)))) return [];
  const sentences = quotable(focus).map((q) => ({ q, held: new Set(analyze(q)) }));
  const whole = sentences.filter((x) => thing.every((w) => x.held.has(w))).map((x) => x.q);
  // The head of its title said: as a verb ("como *recupero*…", "*comunicar* a venda é de graça?") it asks for that
  // service; as a noun ("a *nota* fiscal", "sem *licenciamento*") it is a thing, the card's when a sentence of it names
  // the thing whole ("Nota fiscal dos bens, se tiver" on the theft report), round 6221.
  if (said.includes(head)) return words.some((w) => analyze(w)[0] === head && VERB_SAID.test(fold(w)) && !ACT_NOUN.test(fold(w))) ? [] : whole;
  // Every stem of the thing the card's own, said in one sentence, else across its sentences ("CPF ou CNPJ", "pessoa ou
  // empresa" on the tax certificate): those holding the most of it, its rarer stems weighing more ("cnpj" over
  // "empresa"), two at most (round 6221).
  if (whole.length > 0) return whole;
  const count = (w: string): number => sentences.filter((x) => x.held.has(w)).length;
  if (!thing.every((w) => count(w) > 0)) return [];
  const weight = (x: { held: ReadonlySet<string> }): number => thing.reduce((sum, w) => sum + (x.held.has(w) ? 1 / count(w) : 0), 0);
  const best = Math.max(...sentences.map(weight));
  return sentences.filter((x) => weight(x) === best).slice(0, 2).map((x) => x.q);
}

/**
 * "tem vistoria?" on the vehicle transfer, "existe isenção em algum caso?" on the ITCD: the words name the other
 * service found only by what the card in view itself speaks of (a step, a condition, a document, a cost of its own);
 * once those are taken out, the words left name it no more. Then the question is asked of the card in view, about the
 * thing those words name: they are given (none when they name it only together, as a phrase); else undefined.
 */
export function namedOnlyByFocus(t: TurnBuilder, focus: Service, other: Service, text: string, words: readonly string[]): string[] | undefined {
  // "ta, mas voltando na gta... tem q ta com a vacina em dia?": going back, said as such, to a service seen before.
  const back = GOING_BACK.test(fold(text)) && (t.state.recent ?? []).includes(other.id);
  if (other.id === focus.id || back || !namesService(t.ctx, other, words)) return undefined;
  // "quero o historico escolar", "e se eu quiser renovar?": a wish names what is asked for, whatever the card says of it.
  if (wishes(text)) return undefined;
  const own = spokenOf(t.ctx, focus);
  const isOwn = (w: string): boolean => analyze(w).every((x) => own.has(x));
  const rest = words.filter((w) => !isOwn(w));
  if (namesService(t.ctx, other, rest)) return undefined;
  // The thing asked about: the card's own words that name the other service; not when they name it by a phrase or two
  // words of its names ("comunicar a venda tem custo?" on the transfer, "bo de perda de documento"): that is the service.
  // A step of the card's own named whole ("consultar os débitos" on the vehicle licence) is the card's, though a phrase.
  // "vai mudar de escola" names the school transfer by a phrase, whichever service the search put first.
  const thing = words.filter((w) => isOwn(w) && namesService(t.ctx, other, [w]));
  const stems = analyze(words.filter(isOwn).join(' '));
  const ownStep = stems.length > 1 && stepTitleStems(focus).some((st) => stems.every((x) => st.includes(x)));
  const byPhrase = [...new Set(analyze(words.join(' ')).flatMap((x) => servicesNamedBy(t.ctx.catalogue, x)))].some((s) => s.id !== focus.id && namesService(t.ctx, s, words, true));
  // Unless the citizen tells they already did it to that thing ("perdi a nota fiscal das peças" on the vehicle
  // inspection, "paguei o ipva no boleto" on the licence): what one has done is told of the card in view, not asked for.
  if (!ownStep && !doneTo(text, thing) && (byPhrase || namedCount(t.ctx, other, thing) >= 2)) return undefined;
  // Nor when the other words lead to it too ("e eu que pesco de vara por lazer preciso de carteira?" on the
  // environmental report: "lazer" is the amateur fishing licence's).
  return rest.length > 0 && t.ctx.search.search(rest.join(' '), 1).hits[0]?.id === other.id ? undefined : thing;
}

/** A verb in the first person of the past ("paguei", "perdi", "esqueci", "fiz"): something the citizen already did. */
const I_DID = /^([a-z]{2,}(ei|[^aeiouq]i)|fiz|fui|tive|pus)$/;

/**
 * Is one of these words the object of a verb the citizen says they did ("*perdi* a nota fiscal", "*paguei* o ipva no
 * boleto"): up to three words after it, in the same phrase?
 */
function doneTo(text: string, things: readonly string[]): boolean {
  const phrases = text.toLowerCase().split(/[,;!?]|\.(?=\s|$)/).map((x) => fold(x).split(' ').filter(Boolean));
  const said = new Set(things.map((w) => fold(w)));
  return phrases.some((w) => w.some((x, i) => I_DID.test(x) && w.slice(i + 1, i + 4).some((y) => said.has(y))));
}

/** Share of the services up to which a word tells the citizen's case apart (one in five): "complementar", "renda", not "pedido". */
const CASE_WORD_SHARE = 1 / 5;

/**
 * The case told is the card's and not `other`'s: every word (at least one) is the focus's own, one of them uncommon
 * and never spoken of by `other` (its names, texts, steps), and a sentence of the focus holds the words surely
 * (`surePassages`). What the card says of a thing it alone qualifies so ("informações complementares" on the
 * environmental licence), whatever title word of another service the thing shares ("informação").
 */
export function caseOfCardOnly(t: TurnBuilder, focus: Service, other: Service, naming: readonly string[], text: string): boolean {
  if (other.id === focus.id || naming.length === 0 || !isOwnWords(focus, naming)) return false;
  const theirs = spokenOf(t.ctx, other);
  const apart = naming.some((w) => {
    const x = analyze(w);
    return x.length > 0 && x.every((y) => t.ctx.search.share(y) <= CASE_WORD_SHARE) && !x.some((y) => theirs.has(y));
  });
  return apart && surePassages(focus, t.ctx.catalogue, text).length > 0;
}

/** True when every word (at least one) is one of the service's own: the citizen is talking about that service. */
export function isOwnWords(s: Service, words: readonly string[]): boolean {
  const own = vocabularyOf(s);
  return words.length > 0 && words.every((w) => own.has(stemOrSelf(w)));
}

/** At least this many letters in a stem for a longer stem of the card's texts it opens to be of its family ("fiscal": "fiscaliz"). */
const FAMILY_STEM = 5;

/** The word is the card's own, or its stem (of FAMILY_STEM letters or more) opens a stem of the card's texts ("fiscal" of "fiscalização"). */
function ofOwnFamily(s: Service, word: string): boolean {
  const x = stemOrSelf(word);
  if (isOwnWords(s, [word])) return true;
  return x.length >= FAMILY_STEM && [...vocabularyOf(s)].some((y) => y.startsWith(x));
}

/** A demonstrative before a word `thing` accepts ("o que é *essa guia*?", "pra que serve *esse boletim*?"). */
export function pointsAt(words: readonly string[], thing: (w: string) => boolean): boolean {
  return words.some((w, i) => DEMONSTRATIVES.has(w) && thing(words[i + 1] ?? ''));
}

/** "pra que serve esse boletim?", "toda agência faz esse atendimento?": a demonstrative before a word of the service's own. */
export function pointsAtOwn(s: Service, text: string): boolean {
  return pointsAt(fold(text).split(/[^a-z0-9]+/), (w) => isOwnWords(s, [w]));
}

/** Topics about the place where a service is done: "a UAI abre sábado?" on a card done at the UAI is about that card. */
const PLACE_TOPICS: ReadonlySet<Topic> = new Set(['hours', 'where', 'contact', 'appointment', 'online']);

/**
 * "nao perdi nao, so mudei de casa": a message that opens denying what was understood; the word denied is not what the
 * citizen is asking about. Only at the start: "meu filho nao voltou pra casa" tells what happened.
 */
function denied(m: Reading): number[] {
  const closed = deniedClause(m);
  if (closed.length > 0) return closed;
  return m.tokens[0] === 'nao' && m.tokens[1] !== undefined && m.tokens[1] !== 'nao' && !isGlue(m.tokens[1]) ? [0, 1] : [];
}

/** The most words of a denial closed by "não" at the start of a message ("não caí em golpe não"). */
const DENIAL_WORDS = 6;

/**
 * "pera, ninguém levou não, eu perdi a carteira com os documentos", "não caí em golpe não. eu perdi…": a short clause
 * closed by "não" before a pause, in the first two parts of the message, denies what was understood; with the parts
 * before it, it names nothing asked about, and what follows says what it is (round 6444). Every place up to its pause.
 */
function deniedClause(m: Reading): number[] {
  const pauses = innerPauses(m).slice(0, 2);
  let start = 0;
  for (const p of pauses) {
    if (m.tokens[p] === 'nao' && p > start && p - start < DENIAL_WORDS) return Array.from({ length: p + 1 }, (_, i) => i);
    start = p + 1;
  }
  return [];
}

/** Someone else, as the subject of a clause ("o cara", "o comprador", "ele"). */
const OTHERS: ReadonlySet<string> = new Set(['cara', 'comprador', 'compradora', 'vendedor', 'vendedora', 'ele', 'ela', 'eles', 'elas', 'sujeito', 'mulher', 'homem', 'moco', 'moca', 'rapaz', 'dono', 'dona', 'loja', 'empresa']);

/** Words denying what someone else did ("o cara *não* transferiu", "o comprador *nunca* transferiu"). */
const OTHERS_DENIAL: ReadonlySet<string> = new Set(['nao', 'nunca', 'jamais']);

/** Words of time that may stand between someone and the denial ("o comprador *até agora* não passou", "*ainda* não"). */
const OTHERS_MEANWHILE: ReadonlySet<string> = new Set(['ate', 'agora', 'hoje', 'ainda', 'ja', 'tambem', 'mesmo']);

/** Words opening another clause after "e"/"mas" ("… *e eu* quero", "… *e as* multas tão vindo pra mim"). */
const NEW_SUBJECT: ReadonlySet<string> = new Set(['eu', 'agora', 'ai', 'minha', 'meu', 'as', 'os', 'a', 'o']);

/** A verb in the past of the third person ("transfer*iu*", "pass*ou*", "deu", "fez"): something done, or not, by another. */
const DONE_BY_ANOTHER = /^[a-z]{2,}(ou|eu|iu)$|^(fez|deu|quis|pos|trouxe|veio|teve)$/;

/**
 * The clause in which someone else did not do something ("e o cara nao transferiu", "o comprador até agora não passou
 * pro nome dele", "a escola ainda não transferiu"), from that someone to the next pause or to another clause ("e eu",
 * "e as multas…"), as
 * word positions; none when there is no such clause. Someone else is a word for another person ("o cara", "ele"), or
 * any noun after "o"/"a" when the verb denied is in the past ("o patrão não pagou"). What another person failed to do
 * is the citizen's story, never the request.
 */
export function othersDenied(m: Reading): number[] {
  let who = -1;
  const no = m.tokens.findIndex((w, i) => {
    const next = m.tokens[i + 1] ?? 'e';
    if (!OTHERS_DENIAL.has(w) || isGlue(next)) return false;
    let k = i - 1;
    while (k > 0 && OTHERS_MEANWHILE.has(m.tokens[k] ?? '') && i - k <= 2) k--;
    const subject = m.tokens[k] ?? '';
    const named = OTHERS.has(subject) || (k > 0 && (m.tokens[k - 1] === 'o' || m.tokens[k - 1] === 'a') && !isGlue(subject) && DONE_BY_ANOTHER.test(next));
    if (named) who = k;
    return named;
  });
  if (no < 1 || who < 0) return [];
  const from = who - (isGlue(m.tokens[who - 1] ?? '') ? 1 : 0);
  const pause = [...(m.pauses ?? [])].filter((p) => p >= no).sort((a, b) => a - b)[0] ?? m.tokens.length - 1;
  const mine = m.tokens.findIndex((w, i) => i > no + 1 && i <= pause && (w === 'e' || w === 'mas') && NEW_SUBJECT.has(m.tokens[i + 1] ?? ''));
  const end = mine > 0 ? mine - 1 : pause;
  return m.tokens.flatMap((_, i) => (i >= from && i <= end ? [i] : []));
}

/** Words that point at what is in view ("isso", "disso ai"). */
export const THIS_WORDS: ReadonlySet<string> = new Set(['isso', 'disso', 'nisso', 'isto', 'disto']);

/** Demonstratives that point at something already in view ("o site *desse* portal", "*nessa* farmácia"). */
const POINTING: ReadonlySet<string> = new Set(['desse', 'dessa', 'deste', 'desta', 'nesse', 'nessa', 'neste', 'nesta', 'esse', 'essa', 'daquele', 'daquela', 'naquele', 'naquela', 'aquele', 'aquela']);

/**
 * "manda o site desse portal ai" on the fishing licence's steps: a demonstrative and the word after it, when that word
 * is the focus's own (its texts speak of the "Portal EcoSistemas"), point at the card in view. Only when nothing else
 * is named: in "como vejo se esse carro tem débito?" the car is the subject of another question.
 */
function pointedAt(m: Reading, focus: Service): number[] {
  return m.tokens.flatMap((w, i) => {
    const next = m.tokens[i + 1];
    return POINTING.has(w) && next !== undefined && !isGlue(next) && isOwnWords(focus, [next]) ? [i, i + 1] : [];
  });
}

/** Words that open the reason a question is asked ("... *pq* tenho medo de golpe"). */
export const BECAUSE: ReadonlySet<string> = new Set(['pq', 'porque', 'pois', 'porq']);

/** The tokens of a reason given after the question's cue ("me passa o site oficial pq tenho medo de golpe"). */
function reasonAfterQuestion(m: Reading, used: readonly number[]): number[] {
  if (used.length === 0) return [];
  const last = Math.max(...used);
  const because = m.tokens.findIndex((w, i) => i > last && BECAUSE.has(w));
  return because < 0 ? [] : m.tokens.map((_, i) => i).filter((i) => i >= because);
}

/**
 * The tokens of a reason told between the story and the question, up to its pause ("guincharam minha moto na blitz
 * *pq o licenciamento tava atrasado*, to a pe, como tiro do patio"): why it happened names no service asked for.
 * Only a reason after some words and closed by a pause before the question's cue.
 */
function reasonBeforeQuestion(m: Reading, used: readonly number[]): number[] {
  if (used.length === 0 || m.pauses === undefined) return [];
  const first = Math.min(...used);
  const because = m.tokens.findIndex((w, i) => i > 0 && i < first && BECAUSE.has(w));
  if (because < 0) return [];
  const pause = [...m.pauses].filter((p) => p >= because && p < first).sort((a, b) => a - b)[0];
  return pause === undefined ? [] : m.tokens.map((_, i) => i).filter((i) => i >= because && i <= pause);
}

/** Words of a fear ("tenho medo, precisa falar meu nome?", "to com receio"), before a question or after a story. */
export const FEAR: ReadonlySet<string> = new Set(['medo', 'receio', 'vergonha']);
/** The words around it ("*to com* um pouco de medo"): they name nothing either. */
const FEAR_GLUE: ReadonlySet<string> = new Set(['tenho', 'to', 'tou', 'estou', 'fico', 'sinto', 'com', 'um', 'pouco', 'de', 'muito', 'mt', 'mto', 'mas', 'e', 'eu',
  // Whom or what is feared, said only as a pronoun ("tenho medo deles", "medo disso"): it names no one a service is for.
  'dele', 'dela', 'deles', 'delas', 'disso', 'daquilo',
  // Laughter or a sigh said with it ("to com medo *kkk*", "ai, que medo rs"): the fear laughed off names nothing either (round 6122).
  'kkk', 'kk', 'rs', 'rsrs', 'haha', 'hahaha', 'hehe', 'ai', 'ui', 'que', 'pouquinho', 'tanto',
]);

/**
 * The tokens of a fear told before the question's cue, on a card ("tenho medo precisa falar meu nome" on the
 * Disque-Denúncia): the citizen's feeling names no service (alone, "tenho medo do meu ex" names one).
 */
function fearBeforeQuestion(m: Reading, used: readonly number[]): number[] {
  if (used.length === 0) return [];
  const lead = m.tokens.slice(0, Math.min(...used));
  return lead.length > 0 && lead.some((w) => FEAR.has(w)) && lead.every((w) => FEAR.has(w) || FEAR_GLUE.has(w)) ? lead.map((_, i) => i) : [];
}

/** Verbs of being that open what the citizen says of their own state ("*to* desempregado", "*sou* aposentado"). */
const BEING_NOW: ReadonlySet<string> = new Set(['to', 'tou', 'estou', 'sou', 'fiquei', 'tava', 'estava', 'ando']);
/** Words after such a verb that make it no state but a thing or a place ("to *com* a cnh vencida", "sou *de* sp"). */
const NOT_A_STATE: ReadonlySet<string> = new Set(['com', 'sem', 'de', 'do', 'da', 'em', 'no', 'na', 'a', 'o', 'um', 'uma', 'pra', 'para', 'querendo', 'precisando', 'tentando']);

/**
 * The tokens of a clause of its own (between pauses, without the question's cue), or of its part after "e", in which
 * the citizen tells their state ("paga alguma coisa? *to desempregado*", "sou aposentado, tenho desconto?"): how they
 * are names no service; it is their case, weighed against the card in view.
 */
function stateClause(m: Reading, used: readonly number[]): number[] {
  const ends = [...(m.pauses ?? [])].sort((a, b) => a - b);
  const clauses = [-1, ...ends].map((p, k) => ({ from: p + 1, to: ends[k] ?? m.tokens.length - 1 }));
  return clauses.flatMap(({ from, to }) => {
    // The state opens the clause, or its second part after "e" ("tenho 68 anos *e sou aposentada* com um salário").
    const starts = m.tokens.map((_, i) => i).filter((i) => i >= from && i <= to && (i === from || m.tokens[i - 1] === 'e'));
    const start = starts.find((i) => {
      const open = m.tokens[i] === 'eu' ? i + 1 : i;
      return BEING_NOW.has(m.tokens[open] ?? '') && !NOT_A_STATE.has(m.tokens[open + 1] ?? 'de') && !isGlue(m.tokens[open + 1] ?? 'de');
    });
    const span = start === undefined ? [] : m.tokens.map((_, i) => i).filter((i) => i >= start && i <= to);
    return span.length <= 6 && !span.some((i) => used.includes(i)) ? span : [];
  });
}

/**
 * The tokens of a fear told after the question's cue, on a card ("preciso falar meu nome? tenho medo" on the
 * environmental report): the same feeling, said last, names no service either.
 */
function fearAfterQuestion(m: Reading, used: readonly number[]): number[] {
  if (used.length === 0) return [];
  const last = Math.max(...used);
  const tail = m.tokens.map((_, i) => i).filter((i) => i > last);
  const words = tail.map((i) => m.tokens[i] ?? '');
  if (words.length > 0 && words.some((w) => FEAR.has(w)) && words.every((w) => FEAR.has(w) || FEAR_GLUE.has(w))) return tail;
  // "precisa pagar pra ver? ela tem medo de golpe": the fear in a clause of its own after the question, with what is
  // feared; the reason for asking, not what is asked (round 2683).
  return fearClauseAfter(m, last);
}

/** Who feels the fear, opening its clause ("*ela tem* medo", "*a gente fica* com receio"). */
const FEELERS: ReadonlySet<string> = new Set([...FEAR_GLUE, 'ela', 'ele', 'elas', 'eles', 'gente', 'a', 'tem', 'temos', 'ta', 'esta', 'fica', 'minha', 'meu', 'mae', 'pai']);

/**
 * The tokens of the message's last clause, after a pause past `from`, when it tells a fear: a word of fear among its
 * first four, only words of who feels it before it ("ela tem medo de golpe", "tenho medo"); none otherwise.
 */
export function fearClauseAfter(m: Reading, from: number): number[] {
  const pause = Math.max(-1, ...[...(m.pauses ?? [])].filter((p) => p >= from && p < m.tokens.length - 1));
  if (pause < 0) return [];
  const clause = m.tokens.map((_, i) => i).filter((i) => i > pause);
  const at = clause.findIndex((i) => FEAR.has(m.tokens[i] ?? ''));
  return at >= 0 && at <= 3 && clause.slice(0, at).every((i) => FEELERS.has(m.tokens[i] ?? '')) ? clause : [];
}

/**
 * "me mandaram uma guia pelo whatsapp, *é seguro*?": whether a thing received may be trusted, asked on a card; "seguro"
 * (safe) there names no insurance, "golpe" no service for scams. The tokens of the verb and the word of trust.
 */
function trustAsked(m: Reading): number[] {
  return m.tokens.flatMap((w, i) => (TRUST_WORDS.has(w) && IS_WORDS.has(m.tokens[i - 1] ?? '') ? [i - 1, i] : []));
}
const TRUST_WORDS: ReadonlySet<string> = new Set(['seguro', 'segura', 'confiavel', 'golpe', 'verdadeiro', 'verdadeira', 'oficial', 'legitimo', 'legitima', 'fraude']);
const IS_WORDS: ReadonlySet<string> = new Set(['e', 'eh', 'ta', 'esta', 'seria', 'sera', 'parece']);

/** The stems of the kinds of person a service says may ask ("Taxista", "Produtor rural pessoa física"), once per service. */
const kindStems = memo((s: Service): ReadonlySet<string> => new Set(s.requesters.flatMap((r) => analyze(r.type))));
/** "Also" ("e taxista *tbm*?"). */
const ALSO_WORDS: ReadonlySet<string> = new Set(['tambem', 'tb', 'tbm']);

/** The stems of what a service says of who may ask and on which conditions. */
export const requirementStems = memo((s: Service): ReadonlySet<string> => new Set(s.requesters.flatMap((r) => analyze(`${r.type} ${r.requirements}`))));

/** At least two thirds of the words (at least one) are in what the service says of who may ask and on which conditions. */
function inRequirements(s: Service, words: readonly string[]): boolean {
  const own = requirementStems(s);
  return words.length > 0 && words.filter((w) => own.has(stemOrSelf(w))).length * 3 >= words.length * 2;
}

const requirementSets = new WeakMap<Service, ReadonlySet<string>>();

/**
 * Every word (at least one) is in what the service says of who may ask, or in a synonym entry one of whose phrases that
 * text holds whole ("cadastro de visitante" holds the entry of "carteirinha de visitante").
 */
function inRequirementsSaid(t: TurnBuilder, s: Service, words: readonly string[]): boolean {
  let set = requirementSets.get(s);
  if (!set) {
    set = withSynonyms(t.ctx.catalogue.synonyms, requirementStems(s), 2);
    requirementSets.set(s, set);
  }
  return everyWordIn(set, words);
}

/** Every word said (glue aside, at least one) has its stem in `stems`. */
export function everyWordIn(stems: ReadonlySet<string>, words: readonly string[]): boolean {
  const said = words.filter((w) => !isGlue(w));
  return said.length > 0 && said.every((w) => stems.has(stemOrSelf(w)));
}

/** Words before a noun saying where or by what something is done ("desconta *no* contracheque", "pago *pelo* app"). */
const PLACE_BEFORE: ReadonlySet<string> = new Set(['no', 'na', 'nos', 'nas', 'pelo', 'pela', 'pelos', 'pelas', 'num', 'numa']);

/**
 * Words for people a requirements question may weigh ("o dono ou quem tava dirigindo?"): the family (core/people.ts),
 * and its own words: who owns, drives or acts for another ("dono", "condutor", "procurador"), people outside the
 * family ("vizinho", "amigo", "namorado") and anyone else ("pessoa", "terceiro", "outro").
 */
export const PEOPLE: ReadonlySet<string> = new Set([
  ...FAMILY,
  'dono', 'dona', 'donos', 'proprietario', 'proprietaria', 'motorista', 'condutor', 'condutora', 'dirigindo', 'dirigia', 'dirigir', 'parente', 'familiar', 'procurador', 'procuradora',
  'vizinho', 'vizinha', 'amigo', 'amiga', 'parceiro', 'parceira', 'namorado', 'namorada',
  'pessoa', 'terceiro', 'outra', 'outro',
]);

/**
 * "precisa contratar engenheiro?" on the fire department's licence: a question whose words are found in what the
 * service says of who may ask (and none names another service) asks for the requirements, though no cue was said.
 */
export function requirementAsked(t: TurnBuilder, m: Reading): TopicHit | undefined {
  const focus = focusOf(t);
  if (!focus || !asksWithoutMark(m)) return undefined;
  // "Preciso explicar por que quero a informação?" on the access to information ("…pode pedir, sem explicar o motivo"):
  // whether one must do what the card says is done without.
  if (mustDoneWithout(focus, m.text)) return { topics: ['requirements'], used: [], strong: true };
  // "Identidade de outro estado?" on the criminal record certificate ("…emitida em Minas Gerais"): a document of the
  // citizen's of another state, on a card that wants it from Minas, asks who may ask (round 6640).
  if (awayDocumentAsked(focus, t.ctx.catalogue.otherStates, m.text)) return { topics: ['requirements'], used: [], strong: true };
  // "sou estrangeiro, moro em bh faz 5 anos, da pra tirar?" on the criminal record certificate, "Sou servidora pública
  // estadual. Posso ser sócia de uma empresa?" on opening a company: a condition told of a person and whether they may (or
  // what it gives them) asks who may ask for the card in view; the condition's words are the question's own and name no
  // service to go to (the foreign licence, the pay slip), unless the other words name another clearly (round 5641).
  const told = conditionTold(m);
  if (told.length > 0 && (MAY_ASKED.test(m.tokens.join(' ')) || m.tokens.some(isPrivilege)) && !privilegeElsewhere(t, m, focus, namingWords(m, told))) {
    const rest = namingWords(m, told).filter((w) => !isPrivilege(w));
    const other = rest.length === 0 ? undefined : serviceOf(t.ctx, t.ctx.search.search(rest.join(' '), 3).hits[0]?.id ?? '');
    if (other === undefined || other.id === focus.id || isOwnWords(focus, rest) || !namesService(t.ctx, other, rest)) return { topics: ['requirements'], used: told, strong: true };
  }
  const naming = namingWords(m, []);
  const own = requirementStems(focus);
  const names = nameStems(focus);
  const condition = naming.filter((w) => { const x = stemOrSelf(w); return own.has(x) && !names.has(x) && t.ctx.search.share(x) <= 0.25; });
  // "e taxista tbm tem?" on the IPVA exemption: a kind of person the card lists among who may ask ("Taxista"), said with
  // "também", asks whether they too may, though the word is among the card's names too (round 6641). Not a word of its
  // title: "moro em juiz de fora, la é cemig tbm?" on the Cemig bill asks of the company ("Cliente da Cemig").
  if (m.tokens.some((w) => ALSO_WORDS.has(w)) && naming.some((w) => !PEOPLE.has(w) && !inTitle(focus, w) && kindStems(focus).has(stemOrSelf(w)) && t.ctx.search.share(stemOrSelf(w)) <= 0.25)) return { topics: ['requirements'], used: [], strong: true };
  if (condition.length === 0) return undefined;
  const result = t.ctx.search.search(naming.join(' '), 3);
  const first = serviceOf(t.ctx, result.hits[0]?.id ?? '');
  // "e pensionista serve? sou viuva de servidor" on the pay slip: another service found first, named by the words no
  // more than the card in view is ("servidor" is in both titles), leaves the question the card's (a tie keeps the focus).
  const tie = first !== undefined && namesService(t.ctx, focus, naming) && namedCount(t.ctx, focus, naming) >= namedCount(t.ctx, first, naming);
  // "minha carteira de lá venceu, serve?" on the foreign licence ("a habilitação vencida não é aceita"): the other
  // service is named only with the condition the card's own requirements speak of; without it, the words name it no
  // more. Asked whether the citizen's case fits, not told a wish ("quero renovar").
  // Without it, the words may still name both alike ("a habilitação dele venceu, ainda vale?": both titles say it).
  const rest = naming.filter((w) => !condition.includes(w));
  const byCondition = first !== undefined && !wishes(m.text) && (!namesService(t.ctx, first, rest) || (namesService(t.ctx, focus, rest) && namedCount(t.ctx, focus, rest) >= namedCount(t.ctx, first, rest)));
  if (first && first.id !== focus.id && namesService(t.ctx, first, naming) && !tie && !byCondition) return undefined;
  // So asked, the condition's words are the question's own, and name no service to go to.
  const moved = byCondition && first.id !== focus.id && namesService(t.ctx, first, naming) && !tie;
  return { topics: ['requirements'], used: moved ? m.tokens.flatMap((w, i) => (condition.includes(w) ? [i] : [])) : [], strong: true };
}

/**
 * A privilege asked (see isPrivilege) that, with the other words, finds first a service the card in view points to, or
 * one the words name whole: "sou pcd, tenho isenção do ipva?" on the vehicle licence, "sou pcd, tenho isenção?" on the
 * IPVA ask for the IPVA exemption, no privilege of the card (round 5642).
 */
function privilegeElsewhere(t: TurnBuilder, m: Reading, focus: Service, naming: readonly string[]): boolean {
  if (!naming.some(isPrivilege)) return false;
  const found = serviceOf(t.ctx, t.ctx.search.search(naming.join(' '), 2).hits[0]?.id ?? '');
  if (found === undefined || found.id === focus.id) return false;
  // "isenção da taxa *da vistoria*" on the vehicle inspection: a word of the card's title, not the other's, says whose.
  if (naming.some((w) => inTitle(focus, w) && !inTitle(found, w))) return false;
  return focus.related.includes(found.id) || namesOtherWhole(t.ctx.catalogue, found, focus, m.text);
}

/** Charges of the card, some paid and some opening with a case free of them ("Gratuita para pessoas de baixa renda…", "Isento para aposentados…"). */
const freeCases = memo((s: Service): boolean => {
  const costs = s.steps.flatMap((st) => st.costs.map((c) => fold(c.description)));
  const free = costs.filter((x) => FREE_CASE.test(x));
  return free.length > 0 && free.length < costs.length;
});
/** A charge's description that opens with being free of it. */
const FREE_CASE = /^(gratuit|isent|isenc)/;

/** The service the words find first, not the card in view, named by the words other than the privilege asked (see isPrivilege). */
function namedBesidesPrivilege(c: TargetCase, focus: Service): boolean {
  const found = serviceOf(c.t.ctx, c.t.ctx.search.search(c.naming.join(' '), 2).hits[0]?.id ?? '');
  return found !== undefined && found.id !== focus.id && namesService(c.t.ctx, found, c.naming.filter((w) => !isPrivilege(w)));
}

/** Being of or living in a place, said of a person ("*sou de* goiás", "ele *mora em* sp"). */
const FROM_PLACE = /^(sou|somos|e|eh|moro|mora|moramos|moram|vivo|vive) (de|do|da|em|no|na)$/;

/**
 * "sou de goiás, to só de passagem, posso fazer o bo aqui online?", "Sou estrangeiro e moro em Minas. Consigo registrar pela
 * Delegacia Virtual?": a condition told of a person, or the other state they are of, with whether they may, asks who may ask
 * too, beside the topic its words ask (the way, the place): being so is what the citizen weighs (round 5646).
 */
export function withWhoForCase(t: TurnBuilder, m: Reading, hit: TopicHit): TopicHit {
  if (focusOf(t) === undefined || inForm(t) || !isAsked(m.text) || hit.topics.some((k) => k === 'requirements' || k === 'minors')) return hit;
  if (!MAY_ASKED.test(m.tokens.join(' '))) return hit;
  const fromOther = [...otherStateAt(t.ctx.catalogue.otherStates, m.tokens)].some((i) => FROM_PLACE.test(`${m.tokens[i - 2] ?? ''} ${m.tokens[i - 1] ?? ''}`));
  return conditionTold(m).length > 0 || fromOther ? { ...hit, topics: [...hit.topics, 'requirements'] } : hit;
}

/** Asking whether one may ("posso", "pode", "dá pra", "consigo", "tem direito"). */
const MAY_ASKED = /\b(posso|pode|podem|consigo|consegue|conseguem|da pra|da para|tem como|tenho direito|tem direito)\b/;

/** What a question with these leftover words is about. */
type Target = { kind: 'service'; service: Service; isNew: boolean; topics?: Topic[] } | { kind: 'list'; query: string } | { kind: 'search' } | { kind: 'ask'; chat?: true } | { kind: 'none' } | { kind: 'elsewhere'; away: Elsewhere };

/** The service in focus, if it is still in the catalogue. */
export function focusOf(t: TurnBuilder): Service | undefined {
  return t.state.focus ? serviceOf(t.ctx, t.state.focus) : undefined;
}

/** The words of the message that may name a service: neither question words, fillers nor generic verbs. */
export function namingWords(m: Reading, used: readonly number[]): string[] {
  // A bare number ("de 8 anos", "2") names no service on its own.
  const words = restWords(m, used);
  // Numbers spelt out in a run ("nove três zero sete") are a phone or a document number, not "0 km".
  const run = inNumberRun(words);
  const told = circumstanceWords(m);
  return words.filter((w, i) => !GENERIC_WORDS.has(w) && !/^\d+$/.test(w) && !HOUR.test(w) && !run[i] && !told.has(w));
}

/** An hour of the day ("17h", "8h30"): a circumstance, naming no service. */
const HOUR = /^\d{1,2}h(\d{2})?$/;
/** Units of a distance ("400 km de BH", "a 50 quilômetros"). */
const DISTANCE_UNITS: ReadonlySet<string> = new Set(['km', 'kms', 'quilometro', 'quilometros', 'kilometro', 'kilometros']);
/** "trabalho" as the citizen's own verb: after a subject or "ainda" ("eu trabalho", "ainda trabalho", "ela trabalha"). */
const WORKER_BEFORE: ReadonlySet<string> = new Set(['eu', 'ainda', 'ja', 'tambem', 'tbm', 'ele', 'ela', 'nos', 'que', 'q']);
/** The citizen's working hours after the verb ("trabalho das 8 às 18", "trabalho até 18h"). */
const HOURS_AFTER: ReadonlySet<string> = new Set(['das', 'de', 'ate', 'as', 'a']);

/**
 * Words of the citizen's circumstances that name no service (round 6180): a distance ("moro a 400 km de bh": the unit
 * after a number other than zero, never the "0 km" of a new vehicle's first plate), and work told as the citizen's own
 * verb ("eu trabalho das 7 às 17h", "tenho 63 anos e ainda trabalho"; "procuro trabalho" still names the job search).
 */
function circumstanceWords(m: Reading): Set<string> {
  const out = new Set<string>();
  m.tokens.forEach((w, i) => {
    const prev = m.tokens[i - 1] ?? '';
    if (DISTANCE_UNITS.has(w) && /^\d+$/.test(prev) && Number(prev) > 0) out.add(w);
    const hours = HOURS_AFTER.has(m.tokens[i + 1] ?? '') && /^\d{1,2}h?$/.test(m.tokens[i + 2] ?? '');
    if (/^trabalh(o|a|amos|am)$/.test(w) && (WORKER_BEFORE.has(prev) || hours)) out.add(w);
  });
  return out;
}

/**
 * True when the words a cue leaves over name nothing the bot knows of, so the cue is what the message
 * says: "não captei, fala de novo" asks to repeat though "captei" is in no cue list. No naming word is
 * left, or each word left is one no service uses (`unknown`), or at least one search finds in no
 * service alone (`unfound`: "nossa, muito bom, foi bem rápido!"), or, with no card in view, the search finds none for
 * the message nor clearly for any word alone (`unfound`; `none`, after a bare hello, not even loosely for any word
 * alone: round 6620); and no follow-up question hides among them
 * ("e depois, pago onde?" asks where). A cue of glue or of a letter or two ("q", "ué") never stretches.
 */
export function namesNothing(t: TurnBuilder, m: Reading, used: readonly number[], mode: 'unknown' | 'unfound' | 'none' = 'unknown'): boolean {
  if (m.tokens.some((w, i) => /\d/.test(w) && !used.includes(i))) return false;
  // Letters of the cue's own words: glue counts only when long ("obrigado", "valeu"), so "o que" never stretches.
  const cueLetters = used.reduce((n, i) => {
    const w = m.tokens[i] ?? '';
    // Laughter, however long, reads as "kkk": a clear cue.
    return n + (isGlue(w) && w.length < 5 ? 0 : w === 'kkk' ? 4 : w.length);
  }, 0);
  if (cueLetters < 4) return false;
  const topics = findTopics(m, false);
  if (topics && topics.used.some((i) => !used.includes(i))) return false;
  // Nor a social turn ("boa tarde novamente" is a greeting, not a request to repeat).
  if (socialCues.findAll(m).some((h) => h.used.some((i) => !used.includes(i)))) return false;
  // Nor a command of another intent ("pode parar, já entendi" leaves the steps; it is no "next").
  // A command made of glue alone ("pra" read as "para", stop) is no command.
  if (commandCues.findAll(m).some((h) => h.used.every((i) => !used.includes(i)) && h.used.some((i) => !isGlue(m.tokens[i] ?? '')))) return false;
  const naming = namingWords(m, used).filter((w) => !isGlue(w));
  if (naming.length === 0) return mode !== 'none';
  // A subject handled elsewhere ("aposentadoria") is something the citizen asks for, though no service has its words.
  if (mentionsElsewhere(naming.join(' '), t.ctx.catalogue.otherStates)) return false;
  // Round 6620: with no card in view, words the search finds no service for in the whole message (but loosely, by a
  // word of many), none of which alone finds one clearly, name nothing either ("Bom dia! Cheguei ontem a BH e ainda
  // estou me adaptando.": "adaptando" alone only loosely): the cue is what the message says. `none` asks only this,
  // and no word alone may find a service but loosely ("boa tarde, o bagulho do detran" is still "not found"). A subject
  // handled elsewhere ("receita de pão de queijo mineiro de verdade") is still that subject's reply.
  const foundNone = (): boolean => mode !== 'unknown' && t.state.focus === undefined && nothingFound(t, m.text) && elsewhere(t, m.text) === undefined && naming.every((w) => (mode === 'none' ? nothingFound(t, w) : !wordFindsOne(t, w)));
  if (naming.length > 3 || mode === 'none') return foundNone();
  // The service in focus's own words name nothing new ("como faz pra fechar? me mostra as etapas" on closing a company).
  const focus = focusOf(t);
  if (focus && isOwnWords(focus, naming)) return !otherNamedWhole(t, focus, naming, m.text);
  return naming.every((w) => !t.ctx.search.knows(w) || (mode === 'unfound' && t.ctx.search.search(w, 2).hits.length === 0)) || foundNone();
}

/**
 * "e pra abrir uma empresa nova depois, como é?" in the steps of closing one: words the card in view uses ("abrir",
 * "empresa") that together name another service whole, and the card not, name something new. Searched only when
 * every naming word is the focus's own (few words, after a cue), so once at most per message.
 */
function otherNamedWhole(t: TurnBuilder, focus: Service, naming: readonly string[], text: string): boolean {
  // Words the search does not know ("ops") would make it find nothing.
  const known = naming.filter((w) => t.ctx.search.knows(w));
  const first = known.length > 0 ? serviceOf(t.ctx, t.ctx.search.search(known.join(' '), 3).hits[0]?.id ?? '') : undefined;
  return first !== undefined && first.id !== focus.id && namesOtherWhole(t.ctx.catalogue, first, focus, text);
}

/** The search finds no service for the text, or only loosely (a word of many, as "adaptando" in a day told). */
function nothingFound(t: TurnBuilder, text: string): boolean {
  const found = t.ctx.search.search(text, 2);
  return found.hits.length === 0 || found.loose === true;
}

/** The search finds one service clearly for the word alone ("desemprego", "pescar"), not loosely. */
function wordFindsOne(t: TurnBuilder, word: string): boolean {
  const found = t.ctx.search.search(word, 2);
  return found.clear && found.loose !== true;
}

/**
 * The cue is all the message says: the rest is glue, or (outside a form, where any word may be an answer)
 * words that name nothing ("não captei, fala de novo"; "e depois, o que vem?"). See namesNothing.
 */
export function saysOnly(t: TurnBuilder, m: Message, used: readonly number[], mode: 'unknown' | 'unfound' | 'none' = 'unknown'): boolean {
  return isWhole(m, used) || (!inForm(t) && !m.freeText && namesNothing(t, m, used, mode));
}

/** The first service of the list of results on screen, if the citizen is looking at one. */
export function firstListed(t: TurnBuilder): Service | undefined {
  if (t.state.view.at !== 'results') return undefined;
  const first = t.state.options.find((o) => o.id.startsWith('svc:'));
  return first ? serviceOf(t.ctx, first.id.slice(4)) : undefined;
}

const documentSets = new WeakMap<Service, ReadonlySet<string>>();

/** The stems of a service's documents, with every synonym of a phrase they hold ("habilitação" holds "cnh"). */
function documentStems(t: TurnBuilder, s: Service): ReadonlySet<string> {
  let set = documentSets.get(s);
  if (!set) {
    set = withSynonyms(t.ctx.catalogue.synonyms, new Set(s.steps.flatMap((st) => st.documents).flatMap((d) => analyze(d))));
    documentSets.set(s, set);
  }
  return set;
}

/**
 * A question, with its mark or without it: dictated by voice, "precisa fazer vistoria" has no "?", but a message
 * that opens with "precisa" (it needs, not "preciso", I need) asks whether the service in view requires something.
 */
function asksWithoutMark(m: Reading): boolean {
  return isAsked(m.text) || m.tokens[m.tokens[0] === 'e' ? 1 : 0] === 'precisa';
}

/** Openings of asking whether something must be brought ("precisa da cnh dele?", "levo a carteira de trabalho?"). */
const BRING = /^(e )?(so |somente |apenas )?(basta|precisa|preciso|levo|levar|tenho que levar|tem que levar|tenho q levar|tem q levar|precisa levar|preciso levar|serve|vale|(tenho|tem) (que|q) fazer)\b/;

/** The same need said after the thing ("e foto precisa?", "certidão é obrigatória?", "o rg tem q levar tb?"). */
const BRING_AFTER = /(^| )(precisa|precisa levar|precisa ter|tem que levar|tem q levar|tem que ter|tem q ter|e obrigatorio|e obrigatoria|e necessario|e necessaria|e preciso|levo|serve|vale)( (tambem|tb|tbm|mesmo|msm))?$/;

/** Which of a thing one sends or brings ("que cópias eu anexo", "quais fotos mando", "qual comprovante eu levo"): the thing. */
const WHICH_SENT = /^(?:e )?(?:que|q|quais|qual) ([a-z]{3,}) (?:que |q )?(?:eu |a gente )?(?:tenho que |tenho q |tem que |tem q |preciso |devo )?(?:anexo|anexar|anexa|mando|mandar|manda|envio|enviar|envia|levo|levar|leva|junto|juntar|apresento|apresentar)$/;

/** Words of such a question that name nothing brought ("precisa da placa *so*?", "tenho q fazer bo *antes*?"). */
const NOT_BROUGHT: ReadonlySet<string> = new Set(['so', 'somente', 'apenas', 'fazer', 'antes', 'primeiro', 'entao', 'ne', 'certo', 'correto', 'mesmo', 'msm']);

/**
 * "precisa da placa so?", "levo a carteira de trabalho?" on a card: a question whose words name one of the service's
 * own documents asks for the documents, though no documents cue was said.
 */
export function documentAsked(t: TurnBuilder, m: Reading, onCondition = false, joinedAt?: number): TopicHit | undefined {
  const focus = focusOf(t);
  // "que cópias eu anexo?", "que foto eu mando": which of a thing to send or bring, the thing one of the card's documents'
  // words, asks for the documents, with its mark or without (round 4024).
  const which = focus === undefined || onCondition ? null : WHICH_SENT.exec(m.tokens.join(' '));
  if (focus !== undefined && which !== null && documentStems(t, focus).has(analyze(which[1] ?? '')[0] ?? '')) return { topics: ['documents'], used: m.tokens.map((_, i) => i), strong: true };
  // "e se o comprovante de endereco n tiver no meu nome? ta no nome da minha mae": a condition on one of its documents.
  // Only with a document's weak cue said (`onCondition`): "e se foi roubado?" after the cost asks the cost again.
  const condition = onCondition && /^(e )?(se|caso)\b/.test(m.tokens.join(' '));
  if (!focus || !asksWithoutMark(m)) return undefined;
  // The whole message, or its last clause after a story ("levaram minha carteira no centro, tenho q fazer bo antes?").
  const lastPause = Math.max(-1, ...[...(m.pauses ?? [])].filter((i) => i < m.tokens.length - 1));
  const from = joinedAt ?? (BRING.test(m.tokens.join(' ')) || condition ? 0 : BRING.test(m.tokens.slice(lastPause + 1).join(' ')) ? lastPause + 1 : -1);
  const named = (used: readonly number[]): string[] => namingWords(m, used).filter((w) => !BRING.test(w) && !NOT_BROUGHT.has(w) && !(condition && (WHO_WORDS.has(w) || isGlue(w))));
  const before = from < 0 ? [] : named(m.tokens.map((_, i) => i).filter((i) => i < from));
  // "e foto precisa?", "e a certidão de nascimento, precisa?": the thing said first, the need after it (round 3161).
  const after = before.length > 0 ? null : BRING_AFTER.exec(m.tokens.join(' '));
  if (before.length === 0 && after === null) return undefined;
  const tail = after === null ? -1 : m.tokens.length - after[0].trim().split(' ').length;
  const naming = after === null ? before : named(m.tokens.map((_, i) => i).filter((i) => i >= tail));
  const docs = documentStems(t, focus);
  if (naming.length === 0 || !naming.every((w) => docs.has(stemOrSelf(w)))) return undefined;
  const used = m.tokens.map((_, i) => i);
  return { topics: ['documents'], used, strong: true };
}

/**
 * "qual o site e precisa de senha?", "quanto custa e precisa levar a certidão?": a second question joined by "e" that
 * asks whether one of the card's documents is needed, after a question of another topic (round 5202). The documents
 * are asked too; the clause from its "e" is read as `documentAsked` reads a last clause.
 */
export function documentJoined(t: TurnBuilder, m: Reading, found: TopicHit): TopicHit | undefined {
  if (found.topics.includes('documents')) return undefined;
  const at = Math.max(-1, ...m.tokens.flatMap((w, i) => (w === 'e' && i > 0 && !found.used.some((u) => u >= i) && BRING.test(m.tokens.slice(i).join(' ')) ? [i] : [])));
  if (at < 1) return undefined;
  const asked = documentAsked(t, m, false, at);
  return asked ? { topics: [...found.topics, 'documents'], used: [...new Set([...found.used, ...asked.used])], strong: true } : undefined;
}

/**
 * A need said in a belief put to confirm ("tem q ter o numero do reds ne?", "preciso ter uma foto dele, não é?", "a
 * certidão de óbito precisa né", "sem o histórico não consigo, não é?", "os prints servem de prova ne"); not a need of
 * doing ("precisa fazer o exame ne?": an act, not a thing brought).
 */
const NEED_BELIEVED = /\b(tem|tenho|temos) (que|q) (ter|levar|apresentar|mostrar|mandar|anexar)\b|\b(preciso|precisa|precisam|precisaria|necessario|obrigatori[oa]s?|basta|bastam)\b(?! (de )?(fazer|ir|pagar|agendar|marcar|passar|esperar|ligar|voltar)\b)|\bsem (o|a|os|as|um|uma|meu|minha) [a-z]+\b.*\b(nao|n) (consigo|da|tem|posso|pode)\b|\b(nao|n) (tiver|tenho)\b.*\b(nao|n) (consigo|da|posso|pode)\b|\b(serve|servem|vale|valem) (de|como)\b/;
/** Words of such a belief that name nothing brought: the need's own verbs and the tags. */
const BELIEF_WORDS: ReadonlySet<string> = new Set([...NOT_BROUGHT, 'ter', 'levar', 'apresentar', 'mostrar', 'mandar', 'anexar', 'preciso', 'precisa', 'precisam', 'precisaria', 'necessario', 'obrigatorio', 'obrigatoria', 'basta', 'bastam', 'sem', 'consigo', 'serve', 'servem', 'vale', 'valem', 'tiver', 'tenho', 'tem', 'pedir', 'emitir', 'qualquer', 'nao', 'n']);

/**
 * "tem q ter o numero do reds ne?", "E preciso ter uma foto dele, não é?", "e a certidão de óbito precisa né": a belief
 * that one of the card's documents is needed, put to confirm by a tag (confirmTagged), is answered with the card's
 * whole list of documents, where the citizen sees whether it holds (round 5980). Half the words that name something at
 * least are words of the card's documents; before, "tem q ter" read the requirements (who may ask) and a bare "precisa"
 * quoted the one sentence.
 */
export function documentBelieved(t: TurnBuilder, m: Reading): TopicHit | undefined {
  const focus = focusOf(t);
  if (!focus || !confirmTagged(m.text) || !NEED_BELIEVED.test(m.tokens.join(' '))) return undefined;
  const naming = namingWords(m, []).filter((w) => !BELIEF_WORDS.has(w) && !isGlue(w));
  const docs = documentStems(t, focus);
  const held = naming.filter((w) => docs.has(stemOrSelf(w)));
  // The card's own thing is no document of it ("não preciso mais da guia" on the GTA): a word of its names counts only
  // with another word of the same document said ("o numero do reds": "Número do REDS").
  const names = nameStems(focus);
  const said = new Set(m.tokens.map(stemOrSelf));
  const ofDocument = (w: string): boolean => !names.has(stemOrSelf(w)) || serviceDocuments(focus).some((d) => { const ds = analyze(d); return ds.includes(stemOrSelf(w)) && ds.some((x) => x !== stemOrSelf(w) && said.has(x)); });
  if (!held.some(ofDocument) || held.length * 2 < naming.length) return undefined;
  return { topics: ['documents'], used: m.tokens.map((_, i) => i), strong: true };
}

/** The stems of a listed item's own name, before its first comma or bracket ("Remoção e diárias de estadia", "Descrição dos bens levados"). */
function headStems(text: string): string[] {
  return analyze(text.split(/[,(;:]/)[0] ?? '');
}

/** An amount asked ("quanto custa", "qual o valor", "que preço"): the thing's own price, not whether it is paid here. */
const AMOUNT_ASKED = /\b(quanto|quantos|quanta|valor|valores|preco|precos)\b/;
/** The stems of the charges a card lists, each by its own name (headStems). */
const costStems = memo((s: Service): ReadonlySet<string> => new Set(s.steps.flatMap((st) => st.costs.flatMap((c) => headStems(c.description)))));
/** The stems of every word of the charges a card lists ("Preço público…, pago por DAE"), round 5401. */
const costWordStems = memo((s: Service): ReadonlySet<string> => new Set(s.steps.flatMap((st) => st.costs.flatMap((c) => analyze(c.description)))));
/** The stems of the documents a card lists, as written (no synonyms, unlike documentStems). */
const writtenDocumentStems = memo((s: Service): ReadonlySet<string> => new Set(s.steps.flatMap((st) => st.documents.flatMap((d) => analyze(d)))));
/** The stems of the documents a card lists, each by its own name (headStems). */
const documentHeadStems = memo((s: Service): ReadonlySet<string> => new Set(s.steps.flatMap((st) => st.documents.flatMap((d) => headStems(d)))));

/** Who fills in or signs a paper ("esse laudo quem preenche?", "quem assina o formulário?"), round 5200. */
export const WHO_FILLS = /\bquem (e que |q )?(preenche|preencher|assina|assinar|carimba)\b/;
/** Whether an amount changes ("esse valor muda?", "a taxa é a mesma todo ano?", "é fixo?"), round 5200; with `lastsAsked`. */
const AMOUNT_CHANGES = /\b(muda|mudam|mudar|aumenta|aumentam|reajust\w*|fix[oa]|(e|eh|sera|fica|continua) (o|a|sempre o|sempre a) mesm[oa])\b/;
/** The nouns of an amount among the cost's weak words (`TOPICS.cost.weak`): the thing whose change is asked. */
const AMOUNT_NOUNS: ReadonlySet<string> = new Set(['valor', 'preco', 'taxa', 'tarifa'].filter((w) => TOPICS.cost.weak.includes(w)));

/**
 * A question about one thing the card lists, not about the service (round 5200): where a paper or a number is found
 * ("esse número da instalação, onde eu encontro?", "e o renavam eu acho onde?"), who fills it in or signs it ("esse
 * laudo quem preenche?"), whether an amount changes ("esse valor muda todo ano?"). The field that lists the thing is the
 * topic (the documents, the costs), and the card's sentence on the question is quoted with it, instead of where the
 * service is done or how long it takes. A paper's words must all be words of the card's documents and none of the
 * words of the service's title alone ("onde pego a carteira?" on the identity card asks where the card itself is
 * collected).
 */
export function thingOfFieldAsked(t: TurnBuilder, m: Reading, found: TopicHit): TopicHit | undefined {
  const focus = focusOf(t);
  if (!focus || !isAsked(m.text)) return undefined;
  const folded = m.tokens.join(' ');
  const all = m.tokens.map((_, i) => i);
  const amount = m.tokens.filter((w) => AMOUNT_NOUNS.has(w));
  if (!found.topics.includes('cost') && amount.length > 0 && (AMOUNT_CHANGES.test(folded) || lastsAsked(m.text))) {
    const asking = new Set(analyze(`${AMOUNT_CHANGES.exec(folded)?.[0] ?? ''} ${amount.join(' ')}`));
    // "o preço do dae muda todo ano?": a word the card's costs say of the amount (how it is paid, "pago por DAE"), or of
    // the service's title ("o valor do dae" on the DAE), names the amount asked about, not another thing (round 5401).
    const said = (w: string): boolean => costWordStems(focus).has(stemOrSelf(w)) || titleStems(focus).has(stemOrSelf(w));
    const rest = namingWords(m, found.used).filter((w) => !asking.has(stemOrSelf(w)) && !said(w));
    return rest.length === 0 ? { topics: ['cost'], used: all, strong: true } : undefined;
  }
  // "essas diárias são por dia?": a charge the card's costs name, pointed at, asks about the costs (the other questions
  // of the message are kept), round 5203. A charge of its own, not an amount's noun ("essa taxa eu pago onde?" asks where).
  const charge = (w: string): boolean => !AMOUNT_NOUNS.has(w) && costStems(focus).has(stemOrSelf(w)) && !titleStems(focus).has(stemOrSelf(w));
  const pointed = m.tokens.findIndex((w, i) => DEMONSTRATIVES.has(w) && charge(m.tokens[i + 1] ?? ''));
  if (!found.topics.includes('cost') && pointed >= 0) return { topics: ['cost', ...found.topics], used: [...new Set([...found.used, pointed, pointed + 1])], strong: true };
  // Found or seen, not fetched: "onde pego o alvará?" asks the office that issues it (its place).
  const where = found.topics.includes('where') ? ASKS_WHERE_THING.exec(folded) : null;
  const asked = (where !== null && !/\bpego\b/.test(where[0]) ? where : null) ?? WHO_FILLS.exec(folded);
  if (asked === null || found.topics.includes('documents')) return undefined;
  const asking = new Set(analyze(asked[0]));
  const thing = namingWords(m, found.used).map((w) => stemOrSelf(w)).filter((w) => !asking.has(w));
  // What the citizen must have: the documents, or what the requirements say to have ("Ter o número do REDS").
  const docs = documentStems(t, focus);
  const required = requirementStems(focus);
  // "e o número do reds eu acho onde?": a word of the title may be part of the paper's name, not all of it (the title
  // only: the popular names hold papers, "número do BO"). Nor a place where it is done that no document's own words
  // name ("onde fica a delegacia?").
  const names = titleStems(focus);
  const places = channelStems(focus);
  const written = writtenDocumentStems(focus);
  // A paper the card lists by name, not a detail inside one ("Descrição dos bens levados (…, IMEI do celular)": "onde
  // fica o imei?" is where the card's sentence says it is, round 1540).
  const heads = documentHeadStems(focus);
  if (thing.length === 0 || !thing.every((w) => docs.has(w) || required.has(w)) || !thing.some((w) => heads.has(w) || required.has(w))) return undefined;
  if (thing.every((w) => names.has(w) || (places.has(w) && !written.has(w)))) return undefined;
  return { topics: ['documents'], used: all, strong: true };
}

/**
 * One of the card's documents told missing, as a statement ("Não tenho mais a notificação.", "não tenho o laudo médico
 * atualizado", "eu não sei o IMEI dele"): the citizen worries about what the service asks, so the card's documents
 * answer (round 3181). The first word named after "não tenho / não sei" (and "mais", "ainda", an article or a
 * possessive) must be one of the card's documents' words and no word of the card's title; in the first clause only
 * ("não tenho os prints, apaguei a conversa"); no question mark (a question is read by the readers of questions).
 */
const LACKING = /^(?:(?:e|mas|ah|so|que|pq|porque) )*(?:eu )?(?:ainda )?nao (?:tenho|tenhu|sei|possuo|achei|acho|encontro) (?:mais |ainda |nenhum |nenhuma )?(?:(?:o|a|os|as|um|uma|meu|minha|meus|minhas|esse|essa|esses|essas|dele|dela) )?/;

export function documentLacked(t: TurnBuilder, m: Reading): TopicHit | undefined {
  const focus = focusOf(t);
  if (!focus || isAsked(m.text)) return undefined;
  const firstPause = Math.min(m.tokens.length - 1, ...[...(m.pauses ?? [])]);
  const clause = m.tokens.slice(0, firstPause + 1).join(' ');
  const lead = LACKING.exec(clause);
  if (lead === null) return undefined;
  const at = lead[0].trim().split(' ').length;
  const thing = namingWords(m, m.tokens.map((_, i) => i).filter((i) => i < at || i > firstPause))[0];
  if (thing === undefined) return undefined;
  const stem = stemOrSelf(thing);
  // The thing the service is about, lacked ("não tenho cnh ainda, é a primeira" on the change of category), is another
  // need, not a document: the correction or the search reads it.
  // A document of one word that is also a name of the service ("Currículo" on the job vacancies, whose names say
  // "cadastrar currículo") is still the document (round 3222).
  const named = nameStems(focus).has(stem) && !focus.steps.some((st) => st.documents.some((d) => analyze(d).join(' ') === stem));
  if (!documentStems(t, focus).has(stem) || named) return undefined;
  return { topics: ['documents'], used: m.tokens.map((_, i) => i), strong: true };
}

/** Verbs of one thing standing in for another ("serve", "vale", "aceitam", "substitui"). */
const STANDS_FOR: ReadonlySet<string> = new Set(['substituida', 'substituido', 'serve', 'servem', 'serviria', 'servir', 'vale', 'valem', 'valeria', 'valer', 'aceita', 'aceitam', 'aceitaria', 'aceitar', 'substitui', 'substituem', 'substituir', 'substituiria']);
/** What opens "ser" as a thing's standing in ("*pode* ser", "da *pra* ser", "tem *que* ser"). */
const MAY_BE: ReadonlySet<string> = new Set(['pode', 'podem', 'podia', 'poderia', 'posso', 'pra', 'para', 'que', 'q']);
/** The words of standing in, never the thing nor the document ("pode ser", "no lugar", "como"). */
const STANDING_WORDS: ReadonlySet<string> = new Set([...STANDS_FOR, ...MAY_BE, 'ser', 'como', 'lugar', 'usar', 'uso', 'apresentar', 'levar', 'levo', 'mandar', 'mando', 'tem', 'tenho', 'da', 'dá', 'ou', 'tambem', 'tb', 'tbm', 'mesmo', 'msm', 'esse', 'essa', 'este', 'esta', 'isso']);

/** Where the message says a thing stands in for another: "*serve*", "*pode ser*", "*conta como*", "*no lugar* do". */
function standingAt(tokens: readonly string[]): number[] {
  return tokens.flatMap((w, i) => {
    if (STANDS_FOR.has(w)) return [i];
    if (w === 'ser' && MAY_BE.has(tokens[i - 1] ?? '')) return [i - 1, i];
    if (w === 'conta' && tokens[i + 1] === 'como') return [i, i + 1];
    return w === 'lugar' && tokens[i - 1] === 'no' ? [i - 1, i] : [];
  });
}

/**
 * What opens each of the card's documents ("*Comprovante* de endereço", "*Certidão* de nascimento"), by stem, with the
 * synonyms of its name ("comprovante de residência"): the document a question names, not a word of its note
 * ("Comprovante de *pagamento* do DAE").
 */
export const documentLines = (t: TurnBuilder, s: Service): readonly { line: string; stems: ReadonlySet<string> }[] => {
  let lines = documentLineSets.get(s);
  if (!lines) {
    lines = serviceDocuments(s).map((line) => ({ line, stems: withSynonyms(t.ctx.catalogue.synonyms, new Set(analyze(line))) }));
    documentLineSets.set(s, lines);
  }
  return lines;
};
const documentLineSets = new WeakMap<Service, readonly { line: string; stems: ReadonlySet<string> }[]>();
const documentHeads = memo((s: Service): ReadonlySet<string> => new Set(serviceDocuments(s).flatMap((d) => analyze(d).slice(0, 1))));

/** A document of the card in view asked whether another thing, that names another service or a subject handled elsewhere, stands in for it. */
export interface StandIn {
  focus: Service;
  /** The card's lines of that document ("Comprovante de endereço"). */
  lines: string[];
  /** The stem of the word opening it ("comprovante"). */
  head: string;
  /** The words naming the other thing ("conta de luz"). */
  thing: string[];
}

/**
 * "o comprovante de residência pode ser conta de luz?", "serve conta de telefone como comprovante?", "aceitam contrato de
 * aluguel no lugar do comprovante de endereço?" on a card: a question naming one of the card's documents (by the word
 * that opens it) and asking whether another thing stands in for it ("pode ser", "serve", "vale", "aceita", "conta
 * como", "no lugar") asks the card, though the other thing is another service's ("conta de luz": the Cemig bill) or a
 * subject handled elsewhere ("telefone": the operator). The other thing must name such a service or subject: "pode ser
 * antigo?", "no nome da minha mãe, serve?" are read as before (round 3000).
 */
export function standInAsked(t: TurnBuilder, m: Reading): StandIn | undefined {
  const focus = focusOf(t);
  if (!focus || t.state.view.at !== 'service' || !isQuestion(m.text)) return undefined;
  const stands = standingAt(m.tokens);
  if (stands.length === 0) return billForProof(t, m, focus);
  // Not the card's own product among its documents ("GTA impressa", the CNH on its transfer): that is the service asked of.
  const heads = new Set([...documentHeads(focus)].filter((x) => !titleStems(focus).has(x)));
  // Nor a place ("vale aqui em minas?", "minha cnh de goiás"): where it holds is asked, no other thing.
  const away = otherStateAt(t.ctx.catalogue.otherStates, m.tokens);
  const content = (i: number): boolean => {
    const w = m.tokens[i] ?? '';
    return !stands.includes(i) && !away.has(i) && !HOME_WORDS.has(w) && !isGlue(w) && !PEOPLE.has(w) && !WHO_WORDS.has(w) && !STANDING_WORDS.has(w) && !GENERIC_WORDS.has(w) && !/^\d+$/.test(w);
  };
  // The document: a word opening one of the card's documents, with what follows it after "de" ("comprovante *de
  // residência*"); the one after "como" or "no lugar de" when several are said ("serve o cartão *como comprovante*?").
  const opening = m.tokens.flatMap((w, i) => (content(i) && heads.has(stemOrSelf(w)) ? [i] : []));
  const head = opening.find((i) => ['como', 'do', 'da'].includes(m.tokens[i - 1] ?? '') && stands.some((k) => k < i)) ?? opening[0];
  if (head === undefined) return billForProof(t, m, focus);
  const of = OF_WORDS.has(m.tokens[head + 1] ?? '') && content(head + 2) ? [head, head + 1, head + 2] : [head];
  const rest = m.tokens.map((_, i) => i).filter((i) => !of.includes(i) && content(i));
  // The other thing stands apart from the document, across the words of standing in ("comprovante *pode ser* conta de
  // luz", "conta de luz *serve como* comprovante"): a word next to the document qualifies it ("documento vencido vale?",
  // "o comprovante antigo serve?"), which the card's documents and sentences answer as before.
  const apart = (i: number): boolean => m.tokens.slice(Math.min(i, head) + 1, Math.max(i, head)).some((w, k) => stands.includes(Math.min(i, head) + 1 + k) || w === 'como');
  if (rest.length === 0 || !apart(rest[0] ?? head)) return undefined;
  // The other thing as said, with the glue inside it ("contrato *de* aluguel", "conta *de* luz").
  const start = Math.min(...rest);
  const said = m.tokens.slice(start, Math.max(...rest) + 1).filter((_, k) => !of.includes(start + k) && !stands.includes(start + k));
  const thing = rest.map((i) => m.tokens[i] ?? '');
  // The card lists that document, its complement said or not ("comprovante de *residência*" is its "Comprovante de
  // endereço", by the synonyms; not its "Comprovante de escolaridade").
  const named = analyze(of.map((i) => m.tokens[i] ?? '').join(' '));
  const lines = documentLines(t, focus).filter((d) => named.every((x) => d.stems.has(x) || (LIVING.has(x) && [...LIVING].some((y) => d.stems.has(y))))).map((d) => d.line);
  if (lines.length === 0) return undefined;
  const found = t.ctx.search.search(thing.join(' '), 3);
  const first = serviceOf(t.ctx, found.hits[0]?.id ?? '');
  const other = first !== undefined && first.id !== focus.id && namesService(t.ctx, first, thing);
  return other || elsewhere(t, said.join(' ')) !== undefined ? { focus, lines, thing, head: analyze(m.tokens[head] ?? '')[0] ?? '' } : undefined;
}
/**
 * "so tenho conta de luz no nome do meu sogro, serve?", "a conta de luz ta no nome da minha esposa, pode?", "moro de
 * aluguel e a conta de luz vem no nome do dono, e agora?" on a card asking a proof of address: a household bill held,
 * asked whether it serves or told in whose name it is, stands in for that proof though the proof is not said (round
 * 6320). Not the bill's own matter ("a segunda via da conta de luz", "cortaram a luz", "a conta de água não chegou",
 * "como passo a conta pro meu nome?"): that is the Cemig's or the Copasa's card. The card's line of the proof answers.
 */
function billForProof(t: TurnBuilder, m: Reading, focus: Service): StandIn | undefined {
  const at = billAt(m.tokens);
  if (at === undefined || m.tokens.some((w) => BILL_MATTERS.has(w))) return undefined;
  const inName = m.tokens.some((w, i) => w === 'nome' && ['no', 'em'].includes(m.tokens[i - 1] ?? ''));
  if (standingAt(m.tokens).length === 0 && !inName) return undefined;
  const lines = documentLines(t, focus).filter((d) => [...LIVING].some((x) => d.stems.has(x))).map((d) => d.line);
  return lines.length > 0 ? { focus, lines, thing: m.tokens.slice(at[0], at[1] + 1).filter((w) => !isGlue(w)), head: analyze('comprovante')[0] ?? '' } : undefined;
}
/** The first and last index of a household bill said ("conta de luz", "conta da água", "fatura de energia"). */
function billAt(tokens: readonly string[]): [number, number] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!BILLS.has(tokens[i] ?? '')) continue;
    const of = OF_WORDS.has(tokens[i + 1] ?? '') ? 2 : 1;
    if (BILLED.has(tokens[i + of] ?? '')) return [i, i + of];
  }
  return undefined;
}
/** What a household bill is called, and what it bills ("conta *de luz*", "fatura *da água*"). */
const BILLS: ReadonlySet<string> = new Set(['conta', 'contas', 'fatura', 'faturas', 'talao']);
const BILLED: ReadonlySet<string> = new Set(['luz', 'agua', 'energia', 'telefone', 'internet', 'gas', 'cemig', 'copasa']);
/** Words of the bill's own matter: its copy, its payment, its cut, its arrival, its holder changed. */
const BILL_MATTERS: ReadonlySet<string> = new Set(['via', '2a', 'segunda', 'pagar', 'pago', 'paguei', 'pagamento', 'atrasada', 'atrasadas', 'atraso', 'vencida', 'venceu', 'vencer', 'chegou', 'chega', 'chegando', 'cortaram', 'cortada', 'corte', 'cortar', 'religar', 'religacao', 'valor', 'alta', 'cara', 'debito', 'debitos', 'parcelar', 'emitir', 'imprimir', 'baixar', 'reclamar', 'errada', 'sumiu', 'perdi', 'passar', 'passo', 'trocar', 'troco', 'transferir', 'titularidade', 'mudar', 'mudo']);
/** The words of where one lives, one complement of a proof ("comprovante de endereço", "de residência", "de moradia"). */
const LIVING: ReadonlySet<string> = new Set(analyze('endereco residencia moradia domicilio'));
/** The prepositions joining a document's name ("comprovante *de* endereço", "carteira *do* trabalho"). */
const OF_WORDS: ReadonlySet<string> = new Set(['de', 'do', 'da', 'dos', 'das']);

/**
 * The service the last clause of a message names, when the question's cue is all in that clause (after the last pause)
 * and something is told before it: the search of that clause's words finds it clearly, its words name it, and it is
 * not the focus.
 */
function askingClause(t: TurnBuilder, m: Reading, used: readonly number[], focus: Service): Service | undefined {
  const lastPause = Math.max(-1, ...[...(m.pauses ?? [])].filter((i) => i < m.tokens.length - 1));
  if (lastPause < 0 || used.length === 0 || Math.min(...used) <= lastPause) return undefined;
  // A condition told of a person in it ("…, estrangeiro pode pedir?") is the case, not what the clause names (round 5641).
  // Nor do words of what may come or of nobody ("como faço pra *voltar* o valor?"), round 6700.
  const clause = namingWords(m, [...used, ...conditionTold(m), ...notHappenedOnCard(t, m), ...m.tokens.map((_, i) => i).filter((i) => i <= lastPause)]);
  if (clause.length === 0) return undefined;
  const result = t.ctx.search.search(clause.join(' '), 3);
  const found = result.clear ? serviceOf(t.ctx, result.hits[0]?.id ?? '') : undefined;
  // "to sem dinheiro, quando cai a primeira parcela?" on the unemployment insurance: a sentence of the card in view holds
  // the clause's words ("a 1ª parcela costuma ser liberada…"): the thing asked is the card's own, though it names a step
  // of another service ("Pagar a primeira parcela" of the IPVA instalments), round 3845.
  if (found && found.id !== focus.id && saidByService(focus, t.ctx.catalogue.nearSynonyms, m.text, clause)) return undefined;
  // "Tenho um contrato que começa em dois meses. Quanto tempo leva a licença?" on the environmental licensing: the clause
  // names the card in view as much as the service found ("licença", both titles' word), so it asks about the card in view
  // (round 4041, r36c).
  if (found && found.id !== focus.id && namesService(t.ctx, focus, clause) && namedCount(t.ctx, focus, clause) >= namedCount(t.ctx, found, clause)) return undefined;
  return found && found.id !== focus.id && namesService(t.ctx, found, clause) ? found : undefined;
}

/**
 * Verbs of a "como …" question kept in the search (next to the person or thing moved) because they are also what is
 * asked for: changing or moving something from one place to another ("como transfiro meu filho de escola", "como
 * troco de escola", "como mudo a moto de nome"). First person, folded. (Not handlers.ts' REQUEST_VERBS, the verbs of
 * asking the bot to take a request.)
 */
const VERBS_KEPT_IN_SEARCH: ReadonlySet<string> = new Set(['transfiro', 'troco', 'mudo',
  // Reporting or complaining names the kind of service asked for ("como denuncio queimada", "como reclamar de um servidor").
  'denuncio', 'denunciar', 'reclamo', 'reclamar',
  // Booking names the booking service, when the place is said ("preciso agendar um horário na UAI": not a service of
  // the UAI's that retired people use).
  'agendar', 'agendo',
]);

/** What targetOf's rules read before the search: the message, what is in view, and the words that name a service. */
interface TargetCase {
  t: TurnBuilder;
  m: Reading;
  used: readonly number[];
  /** The message is clearly a question. */
  strong: boolean;
  topics: readonly Topic[];
  /** The card in view. */
  inFocus: Service | undefined;
  /** The card in view, else the first service of a list in view: a question with no service named is about it ("onde faz?"). */
  focus: Service | undefined;
  /** No card in view: a service the rules give is new. */
  fresh: boolean;
  /** The places left out of the naming words (the cue, reasons, fears, acknowledgements…). */
  skipped: readonly number[];
  naming: readonly string[];
  /** "segunda via", added to the naming words when a loss or theft asks for another one ("como faz outra"). */
  second: readonly string[];
}

/**
 * Verbs of a "como …" question that a service's title names by its noun ("Renovação de matrícula", "Renovação da CNH"):
 * kept in the search when the service the naming words find with the verb is titled by it ("como renovo a matrícula"
 * is the re-enrolment, not the first enrolment the bare "matrícula" finds); round 3102. Stems of the search.
 */
const TITLE_VERBS: ReadonlySet<string> = new Set(['renovo', 'renova', 'renovar', 'renovamos',
  // Printing (round 3103): "Consultar e imprimir boletim de ocorrência". Not instalments: "como parcelar as multas" is the fines' card.
  'imprimo', 'imprime', 'imprimir']);

/** Token `i` is a verb of TITLE_VERBS, and the service found first with it beside the naming words has its stem in the title. */
function titleVerb(t: TurnBuilder, m: Reading, i: number, naming: readonly string[]): boolean {
  const verb = m.tokens[i] ?? '';
  if (!TITLE_VERBS.has(verb)) return false;
  const first = serviceOf(t.ctx, t.ctx.search.search([verb, ...naming].join(' '), 2).hits[0]?.id ?? '');
  const root = analyze(verb)[0];
  return first !== undefined && root !== undefined && analyze(first.title).includes(root);
}

/** What the rules after the search read too: the search of the naming words, and parts worked out when first read. */
interface SearchedCase extends TargetCase {
  /** Places of the question's verbs kept in the search (see VERBS_KEPT_IN_SEARCH). */
  kept: readonly number[];
  query: string;
  result: ReturnType<TurnBuilder['ctx']['search']['search']>;
  hits: ReturnType<TurnBuilder['ctx']['search']['search']>['hits'];
  /** The service found first. */
  first: Service | undefined;
  /** The naming words but people, and those of them not said as where or by what something is done. */
  said: readonly string[];
  subject: readonly string[];
  /** Every naming word is the focus's own. */
  ownWords: () => boolean;
  /** With nothing in focus, the search of the rest of the message whole, verbs included. */
  whole: () => ReturnType<TurnBuilder['ctx']['search']['search']>;
  /** The message as typed, without what someone else did not do (`othersStory`) when that is left out. */
  told: string;
}

/** A rule of targetOf: its name, and the target it gives when its condition holds (`when` gives what the target needs). */
interface TargetRule<C> {
  name: string;
  target(c: C): Target | undefined;
}
/** The maker of the rules read with a case of type C: `when` gives what the target needs (undefined or false: no target). */
function rulesOn<C>() {
  return <V>(name: string, when: (c: C) => V | undefined | false, then: (c: C, found: V) => Target): TargetRule<C> => ({
    name,
    target: (c) => {
      const found = when(c);
      return found === undefined || found === false ? undefined : then(c, found);
    },
  });
}
const before = rulesOn<TargetCase>();
const after = rulesOn<SearchedCase>();
/** The card in view (`inFocusWhen`), or the card or list in view (`focusWhen`), when there is one and the condition holds. */
const inFocusWhen = <C extends TargetCase>(holds: (c: C, inFocus: Service) => boolean) => (c: C): Service | undefined => (c.inFocus && holds(c, c.inFocus) ? c.inFocus : undefined);
const focusWhen = <C extends TargetCase>(holds: (c: C, focus: Service) => boolean) => (c: C): Service | undefined => (c.focus && holds(c, c.focus) ? c.focus : undefined);
/** Targets: the card in view, asked about; the service in view (new when it was only listed); another service, opened. */
const onInFocus = (_: unknown, s: Service): Target => ({ kind: 'service', service: s, isNew: false });
const onFocus = (c: TargetCase, s: Service): Target => ({ kind: 'service', service: s, isNew: c.fresh });
const opened = (_: unknown, s: Service): Target => ({ kind: 'service', service: s, isNew: true });

/**
 * The one service a popular name of which (two words or more) is said in a row, glue aside, holding a word a topic's cue
 * took ("como *tiro o documento da moto*": the licensing's "tirar o documento da moto", where "documento" is the documents
 * cue's). Of several, the longest name said; none when two services tie.
 */
function nameHoldingCue(t: TurnBuilder, m: Reading, used: readonly number[], naming: readonly string[]): Service | undefined {
  if (used.length === 0) return undefined;
  const found = find(t, m, used);
  // A question's verb kept in the search ("como *renovo* a matrícula do meu filho") names the service there.
  if (found === undefined || used.some((i) => VERBS_KEPT_IN_SEARCH.has(m.tokens[i] ?? '') || titleVerb(t, m, i, naming))) return undefined;
  // Nor when the words left clearly find another service, named by a word of its own the name said lacks ("perdi todos
  // os documento, preciso da segunda via do rg": the identity card's "rg", not the loss report's "perdi meus documentos").
  const left = t.ctx.search.search(naming.join(' '), 5);
  const other = left.clear ? serviceOf(t.ctx, left.hits[0]?.id ?? '') : undefined;
  const stems = new Set(analyze(naming.join(' ')));
  return other !== undefined && other.id !== found.id && [...nameStems(other)].some((y) => stems.has(y) && !nameStems(found).has(y)) ? undefined : found;
}

/** The weak words of the topics that ask about a thing of the service (its documents, place, site, contact, body, booking, conditions). */
const THING_CUES: ReadonlySet<string> = new Set((['documents', 'where', 'online', 'link', 'contact', 'agency', 'appointment', 'requirements'] as const).flatMap((k) => TOPICS[k].weak));

/** The service of nameHoldingCue, before the words left are searched. */
function find(t: TurnBuilder, m: Reading, used: readonly number[]): Service | undefined {
  const at = m.tokens.flatMap((w, i) => (isGlue(w) ? [] : [{ i, st: analyze(w)[0] }])).filter((x): x is { i: number; st: string } => x.st !== undefined);
  let best: Service | undefined;
  let length = 0;
  let tied = false;
  for (const s of t.ctx.catalogue.services) {
    for (const p of popularPhrases(s)) {
      if (p.length < length) continue;
      const start = at.findIndex((_, k) => p.every((x, j) => at[k + j]?.st === x));
      // A cue's word that names a thing ("o *documento* da moto"), not whom it is for nor an act ("matricular meu *filho*",
      // "*pagar* IPVA").
      if (start < 0 || !p.some((_, j) => used.includes(at[start + j]?.i ?? -1) && THING_CUES.has(m.tokens[at[start + j]?.i ?? -1] ?? ''))) continue;
      if (p.length > length) {
        best = s;
        length = p.length;
        tied = false;
      } else if (best !== s) tied = true;
    }
  }
  return tied ? undefined : best;
}

/** The topics a message asks once the words of the service's popular name it says whole are left out ("*onde* eu tiro o documento da moto": where). */
function topicsBeside(m: Reading, s: Service): Topic[] {
  const named = new Set(popularPhrases(s).flat());
  const keep = m.tokens.flatMap((w, i) => (isGlue(w) || !named.has(analyze(w)[0] ?? '') ? [i] : []));
  const rest: Reading = { text: keep.map((i) => m.tokens[i]).join(' '), tokens: keep.map((i) => m.tokens[i] ?? ''), stems: keep.map((i) => m.stems[i] ?? '') };
  return findTopics(rest, false)?.topics ?? [];
}

/** Words of working or being open and of the time of day ("vcs *funcionam* ate q horas? ta *tarde* ja"): they name no service. */
const CHAT_HOURS_WORDS: ReadonlySet<string> = new Set(['funciona', 'funcionam', 'atende', 'atendem', 'abre', 'abrem', 'fecha', 'fecham', 'trabalha', 'trabalham', 'respondem', 'responde',
  'aberto', 'aberta', 'abertos', 'tarde', 'noite', 'cedo', 'madrugada', 'agora', 'hoje', 'ja', 'ta', 'esta', 'ainda', 'ai', 'aqui', 'chat']);



/** The verbs of BARE_NEED ("precisa", "exige"…), left out of the words that name what is needed. */
const NEED_VERBS: ReadonlySet<string> = new Set(['preciso', 'tenho', 'vou', 'precisar', 'eu', 'ele', 'ela', 'eles', 'elas', 'voce', 'vc', 'gente', 'precisa', 'precisaria', 'exige', 'exigem', 'pede', 'pedem', 'tem', 'que', 'q', 'e', 'obrigatorio', 'necessario', 'ter', 'fazer', 'de', 'do', 'da', 'um', 'uma']);

/** Asking whether the thing in view is for the one asking ("serve pra mim", "vale pro meu caso", "se aplica a mim"). */
const FOR_ME = /\b(?<!nao )(serve|serviria|vale|valeria|se aplica|aplica) (pra|para|a|ao|pro|no) (mim|meu caso|o meu caso)\b/;

/** Words for people put forward after "e" ("e eu, que…", "e o comprador…"), besides the family and PEOPLE's. */
const PUT_FORWARD: ReadonlySet<string> = new Set([...PEOPLE, ...CHILDREN, 'eu', 'comprador', 'compradora', 'vendedor', 'vendedora', 'cacula', 'primogenito', 'primogenita']);
/** Determiners before the person put forward ("e *o* comprador", "e *meu* filho", "e *a* mais velha"). */
const PERSON_DETERMINERS: ReadonlySet<string> = new Set(['o', 'a', 'os', 'as', 'meu', 'minha', 'meus', 'minhas', 'seu', 'sua']);
/** Children told apart by age ("a mais velha", "o mais novo"): the word after "mais". */
const BY_AGE: ReadonlySet<string> = new Set(['velho', 'velha', 'velhos', 'velhas', 'novo', 'nova', 'novos', 'novas']);
/** What follows the person put forward and opens their case: a relative "que", or a verb of wanting or needing. */
const CASE_OPENERS: ReadonlySet<string> = new Set(['que', 'q', 'quer', 'queria', 'precisa', 'precisaria']);

/**
 * The places of a person put forward at the start ("e eu, que…", "e meu filho, que…", "e a mais velha quer…"): "e", a
 * determiner or none, the person (a family or people word, "eu", or "mais" and an age), then a pause or a CASE_OPENERS.
 */
function personPutForward(m: Reading): number[] | undefined {
  if (m.tokens[0] !== 'e') return undefined;
  let i = 1;
  // "e o meu irmão, que…": up to two determiners.
  while (i < 3 && PERSON_DETERMINERS.has(m.tokens[i] ?? '')) i++;
  const byAge = m.tokens[i] === 'mais' && BY_AGE.has(m.tokens[i + 1] ?? '');
  if (!byAge && !PUT_FORWARD.has(m.tokens[i] ?? '')) return undefined;
  const last = byAge ? i + 1 : i;
  if (!(m.pauses?.has(last) ?? false) && !CASE_OPENERS.has(m.tokens[last + 1] ?? '')) return undefined;
  return Array.from({ length: last + 1 }, (_, k) => k);
}

/** The person put forward's case (their words, the person taken out) finds first a service the card in view points to. */
function otherPersonCase(t: TurnBuilder, m: Reading, focus: Service, topics: readonly Topic[]): Service | undefined {
  const at = personPutForward(m);
  if (at === undefined) return undefined;
  // All the case's words, the topic's cue and the denial too: "não terminei o ensino médio" names the adult education by
  // the words a condition's cue takes ("ensino médio"), and by its "não" ("terminou o ensino médio" is the equivalence).
  const words = namingWords(m, at);
  if (words.length === 0) return undefined;
  // A service the card does not point to counts when the case finds it clearly: "e as crianças, tem que trocar de escola
  // estadual tbm, como faz?" on the licence's address (a move's next need, round 5124).
  const found = t.ctx.search.search(restText(m, at), 2);
  const first = found.hits[0]?.id;
  const other = first !== undefined && first !== focus.id && (focus.related.includes(first) || found.clear) ? serviceOf(t.ctx, first) : undefined;
  // The words name it whole (a popular name, most of its title), or name it and the case asks for it (a wish, or how
  // to do it: "e a mais velha quer mudar de escola, como pede"); "e o meu irmão, que tem carro de táxi, paga?" on the
  // IPVA finds the vehicle licence by "carro", naming it neither whole nor asked for, and stays on the card.
  if (other === undefined) return undefined;
  const whole = namedWhole(t.ctx.catalogue, other, new Set(analyze(words.join(' '))));
  return whole || (namesService(t.ctx, other, words) && (wishes(m.text) || topics.includes('how'))) ? other : undefined;
}

/** Verbs of barring asked of a fact told ("isso atrapalha?", "impede?", "prejudica?"). */
const BARRING: ReadonlySet<string> = new Set(['atrapalha', 'atrapalham', 'impede', 'impedem', 'prejudica', 'prejudicam']);

/**
 * A verb of barring, and after it no word, or words the card in view names first ("isso impede a mudança de
 * categoria?"); not another service named after it ("isso impede o licenciamento?").
 */
function barsAsked(t: TurnBuilder, m: Reading, focus: Service): boolean {
  const at = m.tokens.findIndex((w) => BARRING.has(w));
  if (at < 0) return false;
  const after = namingWords(m, m.tokens.flatMap((_, i) => (i <= at ? [i] : [])));
  if (after.length === 0) return true;
  const first = t.ctx.search.search(after.join(' '), 1).hits[0]?.id;
  return first === undefined || first === focus.id;
}

/** A form of the verb "beber" ("beber", "bebo", "bebi", "bebendo"), not the child's "bebê" ("bebe", "bebes"). */
const DRINKING = /^beb(?!es?$)[a-z]*$/;

/** A thing pointed at, then asked whether it is for the one asking ("esse documento serve pra mim?"): the thing, after the demonstrative. */
const POINTED_FOR_ME = /(?<=\b(?:esse|este|essa|esta|o|a) )[a-z]+(?= (?:serve|serviria|vale|valeria|se aplica) (?:pra|para|a|ao|pro) (?:mim|meu caso|o meu caso)\b)/;

/** Verbs of going somewhere ("ir no detran", "vou na uai", "passar no posto"), and the prepositions after them. */
const GOING: ReadonlySet<string> = new Set(['ir', 'vou', 'vai', 'vamos', 'fui', 'foi', 'passar', 'passo', 'procurar', 'procuro']);
const GOING_TO: ReadonlySet<string> = new Set(['no', 'na', 'ao', 'a', 'pro', 'pra', 'para', 'ate', 'nos', 'nas', 'aos']);

/**
 * Right after a subject handled elsewhere, the words that name nothing new: the reason after "porque" ("preciso saber
 * pq vou viajar" after the weather) and the office gone to ("nao precisa ir no detran ne?" after the CPF).
 */
export function asideOfAway(m: Reading): number[] {
  const because = m.tokens.findIndex((w, i) => i > 0 && BECAUSE.has(w));
  // The office in one or two words ("na policia federal"); sought, after an article too, and of three with a "de" ("vou
  // procurar o posto de saúde", the office the reply named).
  const gone = m.tokens.flatMap((w, i) => (GOING.has(w) && (GOING_TO.has(m.tokens[i + 1] ?? '') || (SEEKING.has(w) && SOUGHT_ARTICLES.has(m.tokens[i + 1] ?? ''))) ? [...(SEEKING.has(w) ? [i] : []), i + 2, i + 3, ...(OF.has(m.tokens[i + 3] ?? '') ? [i + 4] : [])] : []));
  return [...gone, ...channelsAsked(m), ...(because < 0 ? [] : m.tokens.map((_, i) => i).filter((i) => i >= because))];
}

/** Verbs of seeking an office ("vou *procurar* o posto"), which take an article where going takes a preposition. */
const SEEKING: ReadonlySet<string> = new Set(['procurar', 'procuro']);
const SOUGHT_ARTICLES: ReadonlySet<string> = new Set(['o', 'a', 'os', 'as', 'um', 'uma']);
const OF: ReadonlySet<string> = new Set(['de', 'da', 'do']);

/** Words pointing back at what was just talked about ("agendar *isso*", "*essas informações*", "ver *isso*"). */
const BACK_POINTERS: ReadonlySet<string> = new Set(['isso', 'isto', 'disso', 'disto', 'nisso', 'nisto']);
/** The things a demonstrative points back at in general words ("*essas informações*", "*esse assunto*"). */
const POINTED_THINGS: ReadonlySet<string> = new Set(['informacao', 'informacoes', 'assunto', 'caso', 'questao', 'problema', 'processo', 'situacao', 'coisa', 'coisas', 'dado', 'dados']);
/**
 * The State and its channels, asked whether they do what was just talked about ("nem na *UAI* dá pra agendar isso?",
 * "o *Estado* não manda um *fiscal*?", "*vocês* têm *acesso* a essas informações?"): who would do it, not what.
 */
const CHANNELS: ReadonlySet<string> = new Set(['uai', 'uais', 'estado', 'governo', 'voces', 'vcs', 'atende', 'site', 'app', 'aplicativo', 'fiscal', 'fiscalizacao', 'acesso', 'sistema', 'internet', 'online', 'aqui']);

/**
 * Right after a subject handled elsewhere, a question that points back at it ("isso", "essas informações") and names
 * only the State or its channels: those words, with the pointer, name nothing new; the subject is still the one just
 * answered. None when nothing points back.
 */
function channelsAsked(m: Reading): number[] {
  const back = m.tokens.flatMap((w, i) => (BACK_POINTERS.has(w) ? [i] : DEMONSTRATIVES.has(w) && POINTED_THINGS.has(m.tokens[i + 1] ?? '') ? [i, i + 1] : []));
  if (back.length === 0) return [];
  return [...back, ...m.tokens.flatMap((w, i) => (CHANNELS.has(w) ? [i] : []))];
}

const agencySets = new WeakMap<Service, ReadonlySet<string>>();
/**
 * The stems of the name and acronym of the body that runs the service, with the synonyms one of whose phrases they hold
 * ("Secretaria de Estado de Fazenda" holds "secretaria de fazenda", so "receita estadual", "sefaz" count), once per service.
 */
function agencyStems(t: TurnBuilder, s: Service): ReadonlySet<string> {
  let set = agencySets.get(s);
  if (!set) {
    set = withSynonyms(t.ctx.catalogue.synonyms, new Set(analyze(`${s.agency.name} ${s.agency.acronym}`)), 2);
    agencySets.set(s, set);
  }
  return set;
}

/** Rules read top to bottom before the search: the first that holds gives the target. */
const BEFORE_SEARCH: readonly TargetRule<TargetCase>[] = [
  // "ta, voltando no agendamento, toda uai faz tudo?": going back, said as such, to a service visited before that the
  // words gone back to name, though a topic's cue took them ("agendamento") and nothing else is named.
  // "pago o dae antes de agendar a vistoria?" on the first plating: the order of two acts asked with a card in view is asked
  // of that card; the acts' objects are its own steps, no other service named (lead, round 3900).
  before('the order of two acts, a card in view', (c) => c.inFocus && c.topics.includes('how') && orderAsked(c.m) !== undefined && c.inFocus, onInFocus),
  before('nothing named but the one gone back to', (c) => c.naming.length === 0 && c.inFocus && visitedNamed(c.t, backWords(c.m.text), c.inFocus, true), opened),
  // "voltando, da pra pagar no pix?" on the vehicle licence after the IPVA: going back alone, nothing else named.
  before('nothing named, back to the one seen just before', (c) => c.naming.length === 0 && c.inFocus && BARE_BACK.test(fold(c.m.text.split(/[,.;:!?]/)[0] ?? '')) && lastSeen(c.t, c.inFocus), opened),
  before('nothing named, a card or list in view', (c) => c.naming.length === 0 && c.focus, onFocus),
  // "e de bh pra ouro preto? tem horario?" right after the buses to other states: the subject within Minas (see backInMinas).
  before('a subject of another state brought back within Minas', (c) => backInMinas(c.t, c.m), (_, query): Target => ({ kind: 'list', query })),
  // "recebi no whatsapp q tenho uma multa… com link, como eu vejo se tenho multa mesmo": a message received claiming a
  // debt or a fine, asked how to check it before anything was given, is the lookup of that thing (round 6284).
  before('a message received, asked how to check it', (c) => receivedChecked(c.t, c.m.text), opened),
  // "onde tem ajuda de graça pra isso?" right after who handles a subject elsewhere: that subject again (round 331).
  // ("quanto tempo demora pra ficar pronto?" right after the passport's reply: the subject's reply again.)
  // "nao precisa ir no detran ne?" after the CPF: the office gone to names nothing new (asideOfAway).
  before('nothing named, right after a subject handled elsewhere', (c) => (c.t.lastAway !== undefined && (c.naming.length === 0 || (!c.focus && namingWords(c.m, [...c.used, ...asideOfAway(c.m)]).length === 0)) ? (elsewhere(c.t, c.m.text) ?? awayById(c.t.lastAway)) : undefined), (_, away): Target => ({ kind: 'elsewhere', away })),
  // "como denuncio?" with nothing in view: the question's verb is what is asked for (VERBS_KEPT_IN_SEARCH); searched.
  before('nothing named but the request\'s verb', (c) => c.naming.length === 0 && c.fresh && c.used.some((i) => VERBS_KEPT_IN_SEARCH.has(c.m.tokens[i] ?? '')), (): Target => ({ kind: 'search' })),
  // "vcs funcionam ate q horas? ta tarde ja" with no card in view: the hours of the chat itself, asked of "you" with only
  // words of working and of the time of day; answered, then which service's hours are wanted is asked.
  before('the chat\'s own hours', (c) => c.fresh && c.topics.includes('hours') && c.m.tokens.some((w) => YOU_WORDS.has(w)) && c.naming.every((w) => YOU_WORDS.has(w) || CHAT_HOURS_WORDS.has(w)), (): Target => ({ kind: 'ask', chat: true })),
  before('nothing named', (c) => c.naming.length === 0, (): Target => ({ kind: 'ask' })),
  // "e a renovacao, qnto custa?" on the CNH's 2nd copy, "e o licenciamento do taxi esse ano, como faço?" on the IPVA
  // exemption, "Além de indicar o condutor, quero recorrer da multa. Como faço o recurso?": the subject said plainly in a
  // clause of its own (carried over with "e o …", or wished with "quero/preciso …"), then the question after the pause.
  // What that clause names, more than the card in view, is what is asked about, whatever the card also speaks of: the
  // readers below keep the card for a word of another service told as a detail of it (round 6020).
  before('a subject said before the question', (c) => (c.inFocus ? subjectNamed(c.t, c.m, c.used, c.strong, c.topics, c.inFocus) : undefined), opened),
  // "E eu, que não terminei o ensino médio, como volto a estudar?" on the technical course, "e meu filho, que só pesca por
  // lazer, precisa de qual licença?" on the professional fisher's card, "e a mais velha quer mudar de escola" on the
  // school re-enrolment: another person put forward, then their case; when the case's words find first one of the
  // services the card in view points to, that one is asked about (see otherPersonCase).
  before('another person\'s case, a neighbour found', (c) => (c.inFocus && c.naming.length > 0 ? otherPersonCase(c.t, c.m, c.inFocus, c.topics) : undefined), opened),
  // "quero saber quantos médicos trabalham no hospital regional, posso pedir essa informação?", "quanto o Estado gastou
  // com a reforma, quanto custou?": what the State spent or keeps is asked of the access-to-information request,
  // whatever the story names and the topic asked (see publicInfoAsked), unless that request is the card in view.
  // "vou mudar de cidade, como transfiro meu filho pra outra escola estadual?" with nothing in view: a request the
  // story tells (see toldRequest), whatever the topic asked.
  before('a request told by the story', (c) => (c.inFocus ? undefined : toldRequest(c.t, c.m.text)), opened),
  // "paguei o ipva e quero o documento do carro", "abri a empresa, preciso de inscrição estadual?" with nothing in view: the
  // need told after an act already done, not the act's service (round 4000).
  before('a need after an act done', (c) => (c.inFocus ? undefined : actThenNeed(c.t, c.m.text)), opened),
  // "como tiro o documento da moto desse ano" with nothing in view: a popular name said whole holds the topic's own word
  // ("tirar o documento da moto"), so the cue asks nothing of it; the message is searched whole, not the words left
  // without the cue (which find the vehicle pound by "moto … ano"), round 4204.
  before('a name said whole that holds the topic\'s word', (c) => (c.inFocus || c.naming.length === 0 ? undefined : nameHoldingCue(c.t, c.m, c.used, c.naming)), (c, s): Target => ({ kind: 'service', service: s, isNew: true, topics: topicsBeside(c.m, s) })),
  before('what the State spent or keeps', (c) => (publicInfoAsked(c.m.text) ? informationRequest(c.t) : undefined) ?? undefined, (c, s): Target => ({ kind: 'service', service: s, isNew: s.id !== c.inFocus?.id })),
  // "quanto custa esse passo?" in a walkthrough: only the step on screen is named, never the "passe livre" its stem finds.
  before('the step on screen', inFocusWhen((c) => c.t.state.view.at === 'walkthrough' && c.naming.every((w) => STEP_WORDS.has(w))), onInFocus),
  // "voltando no ipva, da pra pagar pelo celular?", "volta no sine, onde fica isso" on another card: going back, said
  // as such, to a service visited before that the words name; that one is asked about (before "isso", which is it).
  // "voltando na carteirinha dele, precisa de foto?" on the bus pass after the Ciptea, "voltando no informe, a senha do
  // portal chega por onde?" on the IPSEMG after the pay slip: the words gone back to (up to the pause), every one a word of
  // the texts of a service visited before, name it there, though they name no service alone ("carteirinha") or the one in
  // view speaks of them too: going back is never to the card in view (round 1961).
  // Said in a clause of its own after a story too ("isso eu vejo depois. voltando no informe, …").
  before('back to one seen before', (c) => c.inFocus && ((BACK_TO.test(fold(c.m.text)) && visitedNamed(c.t, c.naming, c.inFocus)) || visitedNamed(c.t, backWords(c.m.text), c.inFocus, true)), opened),
  // "precisa ir na receita estadual?", "tem que ir na fazenda estadual pessoalmente?" on the ITCD: the body that runs the
  // card in view, named by its name, acronym or their synonyms, is where it is done there, no other service (round 4023).
  before('its own body, named', inFocusWhen((c, f) => everyWordIn(agencyStems(c.t, f), c.naming)), onInFocus),
  // "e esses custos, dá pra pagar parcelado?", "aceita cartão?" on the water-use grant: a way of paying the card's costs is
  // asked of the card (its sentence, or not known), not of the service whose name holds the word ("parcelamento de IPVA"),
  // unless that service is one the card itself points to (round 4155).
  // "sou pcd, tenho isenção da taxa do detran?" on the first licence, "ela é autista, tem prioridade na vaga?" on the school
  // re-enrolment: what a condition told of a person may give (an exemption, priority), asked of the card's own things, is
  // asked of the card in view, not of the service whose name holds the word ("Isenção de IPVA"), round 5642.
  before('a privilege asked for a condition told', inFocusWhen((c, f) => conditionTold(c.m).length > 0 && c.naming.some(isPrivilege) && c.naming.every((w) => isPrivilege(w) || isOwnWords(f, [w])) && !privilegeElsewhere(c.t, c.m, f, c.naming)), onInFocus),
  // "to desempregado sem dinheiro pra taxa, tem isencao?", "Sou de baixa renda. Tenho direito à isenção da taxa?" on the
  // identity card's 2nd copy, whose charges say who is free of them ("Gratuita para pessoas de baixa renda…"): a privilege
  // asked, whatever lack of means is told with it, is asked of the card's charges, not of the service whose title holds the
  // word ("Isenção de IPVA"), unless the other words name that service too ("isenção do ipva", "sou taxista…"), round 6420.
  before('a privilege its charges give', inFocusWhen((c, f) => freeCases(f) && c.naming.some(isPrivilege) && !privilegeElsewhere(c.t, c.m, f, c.naming) && !namedBesidesPrivilege(c, f)), (_, f): Target => ({ kind: 'service', service: f, isNew: false, topics: ['cost'] })),
  before('a way of paying', inFocusWhen((c, f) => c.topics.includes('cost') && c.naming.length > 0 && c.naming.every((w) => PAY_WAYS.has(w)) && !relatedFound(c, f)), onInFocus),
  // "precisa ter terminado o ensino medio?" on the technical course: who may ask, in the words of its own conditions.
  before('in its conditions', inFocusWhen((c, f) => c.topics.some((k) => k === 'requirements' || k === 'minors') && inRequirements(f, c.naming)), onInFocus),
  // "precisa ter a carteirinha de visitante antes?" on the video visit: its conditions say "cadastro … de visitante",
  // which the catalogue's synonyms give as "carteirinha de visitante".
  before('in its conditions by synonyms', inFocusWhen((c, f) => c.topics.includes('requirements') && inRequirementsSaid(c.t, f, c.naming)), onInFocus),
  // "precisa de antecedentes?" on the prison visit card: a question about the documents whose every word is one of the
  // card's own documents (its "Certidão de antecedentes criminais") asks whether this service needs it, though a
  // service of that document's name exists (round 530).
  before('one of its documents', inFocusWhen((c, f) => c.topics.includes('documents') && everyWordIn(documentStems(c.t, f), c.naming)), onInFocus),
  // "e o ipva tb tenho q pagar agora?" on the first plating, whose charges list "IPVA proporcional do ano": a charge the
  // card lists, asked whether it is paid with this request, is a cost of the card in view, though a service of that name
  // exists (round 5441). Not its amount ("e o ipva, quanto custa?" is the IPVA's own), nor asked to be shown, nor with
  // another topic ("e como eu marco esse exame de direção?" on a step of adding a category asks the driving tests).
  before('one of its charges', inFocusWhen((c, f) => c.topics.every((k) => k === 'cost') && isAsked(c.m.text) && !AMOUNT_ASKED.test(c.m.tokens.join(' ')) && everyWordIn(costStems(f), c.naming)), onInFocus),
  // "precisa de curso?" on the professional fisher's card, "tem que ter cnh?" on the GTA: a bare need of a thing,
  // asked impersonally, is a condition of the card in view, not a request for the service that thing names.
  before('a bare need of the card', inFocusWhen((c) => c.topics.some((k) => k === 'documents' || k === 'requirements') && isAsked(c.m.text) && BARE_NEED.test(c.m.tokens.join(' '))), onInFocus),
  // "quem pode registrar, o dono ou quem tava dirigindo?": who may ask, among people named; no other service.
  before('people weighed', inFocusWhen((c) => c.topics.includes('requirements') && c.naming.every((w) => PEOPLE.has(w))), onInFocus),
  // "to desempregado faz 3 mes como q funciona isso ai" on the Sine: a clear question about "this" is about the card in view.
  // "e o sine tb tem vaga de emprego ne? como funciona isso" in the unemployment insurance's steps: "this" is the service
  // the message has just named whole ("vaga de emprego"), not the card in view (round 3660).
  before('about this', inFocusWhen((c, f) => c.strong && c.m.tokens.some((w, i) => THIS_WORDS.has(w) && (i > Math.min(...c.used) || i === 0)) && !namedWholeOver(c, f)), onInFocus),
  // "minha identidade é de sp, da certo mesmo assim?": "mesmo assim" weighs the citizen's case against the card in view.
  before('mesmo assim', inFocusWhen((c) => c.strong && c.used.some((i) => c.m.tokens[i] === 'assim' && c.m.tokens[i - 1] === 'mesmo')), onInFocus),
  // "Quando morei no Paraná fiz pela internet. Aqui também é online?", "Em Goiás paguei taxa. Em Minas é cobrado?": a case
  // told elsewhere or before, compared with the card in view (comparedHere), asks its topic of that card, whatever
  // service the case's words brush ("morei no paraná": the licence's transfer), unless they name one whole (round 6720).
  before('a case compared with the card', inFocusWhen((c, f) => comparedHere(c.t, c.m.text) && !namedWholeOver(c, f)), onInFocus),
  // "tenho medo de demorar e atrasar a abertura da loja" on the fire brigade's licence, "não tenho como ir a um posto de
  // atendimento" on the fishing licence: a worry told as a statement asks its topic of the card in view (round 3180's
  // cues); the words after it tell why ("a abertura da loja"), naming no other service, unless they name one whole (round 3201).
  before('a worry told of the card', inFocusWhen((c, f) => worryTold(c.m) && !namedWholeOver(c, f)), onInFocus),
  // "E se eu não tiver acesso à internet, como faço para registrar?" on the Ouvidoria, "e se eu nao tiver mais o comprovante,
  // quanto tempo demora?": a lack put as a case is the citizen's case on the card in view, whatever service its thing's
  // word brushes ("acesso" is the access-to-information request's), unless the words name one whole (round 5821).
  before('a lack put as a case', inFocusWhen((c, f) => c.strong && LACK_PUT.test(c.m.tokens.join(' ')) && !wishes(c.m.text) && !namedWholeOver(c, f)), onInFocus),
  // "e se o cara tiver batendo na mulher agora, ligo pra esse?" on the Disque-Denúncia, "se ele voltar hoje a noite,
  // ligo pra onde?" on the protective order: danger told or put (see dangerTold: something going on now, the aggressor
  // near) on a card whose own sentences say what to do in danger is asked of that card; the words of the danger
  // ("batendo na mulher", "voltar") name no other service, unless they name one whole (round 3460).
  before('danger, said by the card', inFocusWhen((c, f) => dangerTold(f, c.m.text).length > 0 && !namedWholeOver(c, f)), onInFocus),
  // "sou servidor da prefeitura, esse portal serve pra mim?", "sou do bolsa familia, isso vale pro meu caso?": whether the
  // card in view is for the one who tells a fact about themselves asks its conditions, though the fact is a subject
  // handled elsewhere; who may ask says whom it is for (round 2640).
  before('is it for me', inFocusWhen((c) => c.topics.includes('requirements') && FOR_ME.test(c.m.tokens.join(' '))), onInFocus),
  // "levei uma multa gravíssima, isso atrapalha?" on the change of licence category, "tenho nome sujo, impede?" on a card:
  // whether a fact the citizen tells bars them from the card in view asks its conditions; the fact ("multa") is the
  // story, whatever service it names, unless the words after the verb name another ("isso impede o licenciamento?").
  before('whether a fact told bars it', inFocusWhen((c, f) => c.topics.includes('requirements') && barsAsked(c.t, c.m, f)), onInFocus),
  // "minha cnh é de são paulo, mas moro em minas. posso pedir aqui?" on the CNH's 2nd copy ("Quem tem habilitação de
  // outro estado precisa primeiro transferir…"): another state named, on a card whose texts say what holds for other
  // states, every other word the card's own, is asked of the card, whose sentence answers.
  // So too on a card whose conditions set the thing or the person in Minas, asked whether it is done here ("comprei uma
  // moto 0km mas moro em sp, emplaco aqui?": "residência ou sede em Minas Gerais").
  before('another state, said by the card', inFocusWhen((c, f) => isAsked(c.m.text) && (otherStateSaid(f, c.t.ctx.catalogue.otherStates, c.m.text) || heldInMinasAsked(f, c.t.ctx.catalogue.otherStates, c.m.text)) && ownOrNone(f, statelessWords(c.t, c.m, c.naming))), onInFocus),
  // "como faço para tirar passaporte?": a subject handled elsewhere (unless the service in focus speaks of it:
  // "aposentado paga a taxa?" on the fishing licence); the search says who handles it.
  before('elsewhere', awayOf, (_, away): Target => ({ kind: 'elsewhere', away })),
];

/** How far below the first found a service is still found as much (search scores run from 0 to 1). */
const SUBJECT_TIE = 0.05;
/** Words that open a clause wishing a thing, once "também", "agora", "e" or "eu" are put aside ("também preciso da certidão"). */
const SUBJECT_LEAD: ReadonlySet<string> = new Set(['tambem', 'agora', 'e', 'mas', 'eu', 'so', 'ainda']);

/**
 * The places of a subject said in a clause of its own just before the question clause, which holds every word the topic's
 * cue took: the message's first clause carried over to a thing ("e a inscrição estadual da loja, como eu peço?",
 * THING_CARRIED), or a clause that wishes a thing ("quero recorrer da multa. Como faço o recurso?", "Também preciso da
 * certidão da Junta. Quanto custa?"). None otherwise.
 */
function subjectClause(m: Reading, used: readonly number[]): number[] {
  if (used.length === 0) return [];
  const ends = [...(m.pauses ?? [])].sort((a, b) => a - b);
  const first = Math.min(...used);
  // The clause before the question's: from the pause before it (or the start) to the last pause before the first cue word.
  const end = ends.filter((p) => p < first).at(-1);
  if (end === undefined) return [];
  const start = (ends.filter((p) => p < end).at(-1) ?? -1) + 1;
  const words = m.tokens.slice(start, end + 1);
  let lead = 0;
  while (lead < words.length && SUBJECT_LEAD.has(words[lead] ?? '')) lead++;
  const carried = start === 0 && THING_CARRIED.test(words.join(' '));
  const wished = WANT_OPENERS.has(words[lead] ?? '');
  return carried || wished ? words.map((_, i) => start + i) : [];
}

/**
 * The service a subject said before the question names (see subjectClause), when the card in view is not it: the words
 * known to the search (a story's "bar", "restaurante" unknown to it would sink the rest) find it first and name it, and
 * name the card in view less. Not a bare need asked of a thing ("e o bo, precisa?": whether the card asks for it).
 */
function subjectNamed(t: TurnBuilder, m: Reading, used: readonly number[], strong: boolean, topics: readonly Topic[], focus: Service): Service | undefined {
  const clause = subjectClause(m, used);
  // A subject handled elsewhere ("e o iptu do apartamento, onde pago?") is left to the rule that says who handles it.
  if (clause.length === 0 || elsewhere(t, m.text) !== undefined) return undefined;
  // A question after the subject: a clear one, or one with its question word ("quanto se paga?").
  const wh = m.tokens.some((w, i) => i > Math.max(...clause) && WH_WORDS.has(w));
  if (!(strong || wh) || (topics.every((k) => k === 'documents' || k === 'requirements') && !wh)) return undefined;
  // The words the search finds something for, each alone: a story's "bar" or a "desse" would sink the rest.
  const naming = namingWords(m, m.tokens.map((_, i) => i).filter((i) => !clause.includes(i)));
  const words = naming.filter((w) => t.ctx.search.search(w, 1).hits.length > 0);
  if (words.length === 0) return undefined;
  const result = t.ctx.search.search(words.join(' '), 3);
  // Found clearly or with no other near it; or, of the first found near a tie, the one the card in view points to ("e o
  // cnpj do bar" on the fire licence: the opening of the company, not its closing).
  const top = result.hits[0]?.score ?? 0;
  const near = result.hits.filter((h) => h.score >= top - SUBJECT_TIE);
  const found = serviceOf(t.ctx, (result.clear || near.length === 1 ? result.hits[0] : near.find((h) => focus.related.includes(h.id)))?.id ?? '');
  if (found === undefined || found.id === focus.id || !namesService(t.ctx, found, words)) return undefined;
  // The head of the subject, before its first "de" ("o licenciamento *do táxi*").
  const from = clause.find((i) => naming.includes(m.tokens[i] ?? '')) ?? 0;
  const head = m.tokens.slice(from, clause.find((i) => OF_WORDS.has(m.tokens[i] ?? '') && i > from) ?? (Math.max(...clause) + 1)).filter((w) => naming.includes(w));
  // A head the search knows nothing of ("e o iptu do apartamento…") is no service's.
  if (head.some((w) => !words.includes(w))) return undefined;
  // A part of the card in view is asked of it: one of its steps ("e a vistoria, onde faço?" on the transfer, whose third
  // step is the inspection), one of its charges ("e o icms, tenho q pagar?" on the farmer's invoice), a word of its
  // title or a name of it ("E a alteração do endereço…" on the company's changes and closing).
  const said = analyze(head.join(' '));
  // A charge only when the cost or nothing else is asked: "e o boletim de furto, em quanto tempo chega?" on the CNH's 2nd
  // copy, whose charges hold "Registro do boletim de ocorrência gratuito", asks when the report comes (round 6422).
  const chargeAsked = topics.length === 0 || topics.includes('cost');
  if (said.length === 0 || stepTitleStems(focus).some((st) => said.every((x) => st.includes(x))) || (chargeAsked && said.every((x) => costStems(focus).has(x)))) return undefined;
  // Unless the head says the acronym of the one found, which the card in view's names lack and no other service bears:
  // "E a inscrição na EJA, quando abre?" on the technical course, whose title holds "inscrição" (round 6423).
  const acronym = analyze(found.acronym ?? '');
  const byAcronym = acronym.length === 1 && acronym.every((x) => said.includes(x) && !nameStems(focus).has(x) && acronymTells(t, x));
  if (!byAcronym && (head.every((w) => inTitle(focus, w)) || namesService(t.ctx, focus, head))) return undefined;
  // Of the services the subject may name, one talked about before ("e o bo, consigo pegar pelo celular?" after the lookup
  // of a report): that one.
  const visited = visitedNamed(t, head, focus);
  if (visited !== undefined) return visited;
  if (namedCount(t.ctx, focus, words) < namedCount(t.ctx, found, words)) return found;
  // Named as much: the head names it.
  return namesService(t.ctx, found, head) ? found : undefined;
}

/** Ways of paying ("parcelado", "no pix", "no cartão de crédito", "na lotérica"). */
const PAY_WAYS: ReadonlySet<string> = new Set(['parcelado', 'parcelada', 'parcelados', 'parceladas', 'parcelar', 'parcelo', 'parcela', 'parcelas', 'parcelamento', 'vezes', 'pix', 'cartao', 'credito', 'debito', 'boleto', 'loterica', 'lotericas', 'vista', 'dinheiro', 'especie']);

/** The service the naming words find first is one the card in view points to (its related services). */
function relatedFound(c: TargetCase, focus: Service): boolean {
  const first = c.t.ctx.search.search(c.naming.join(' '), 2).hits[0]?.id;
  return first !== undefined && focus.related.includes(first);
}

/** A lack put as a case, opening the message ("e se eu não tiver…", "caso não tenha…", "se ele nunca tirou…"). */
const LACK_PUT = /^(?:e |mas )?(?:se|caso) (?:eu |ele |ela |a gente )?(?:nao|nunca)\b/;
/** A worry: fear, haste, or what one has not or cannot ("tenho medo", "tenho pressa", "não tenho como ir", "tô sem dinheiro"). */
const WORRY = /\b(?:medo|receio|pressa|preocupado|preocupada|nao tenho como|nao consigo|nao posso|nao tenho (?:mais )?(?:dinheiro|grana|tempo)|(?:to|tou|estou|fiquei) sem)\b/;
/** Verbs of wanting that make a request of a statement ("quero", "gostaria"); "preciso" may tell why ("preciso pro emprego"). */
const WANTING_NOW: ReadonlySet<string> = new Set(['quero', 'queria', 'gostaria', 'desejo']);

/** A worry told as a statement, no question mark ("tenho medo" opens a question by its shape: see isQuestion) and no request ("Tenho pressa, o vendedor quer fechar hoje."). */
function worryTold(m: Reading): boolean {
  return !isAsked(m.text) && WORRY.test(m.tokens.join(' ')) && !m.tokens.some((w) => WANTING_NOW.has(w));
}

/** The service the naming words find first is another, and the message names it whole and the card in view not (see namesOtherWhole). */
function namedWholeOver(c: TargetCase, focus: Service): boolean {
  const first = serviceOf(c.t.ctx, c.t.ctx.search.search(c.naming.join(' '), 3).hits[0]?.id ?? '');
  return first !== undefined && first.id !== focus.id && namesOtherWhole(c.t.ctx.catalogue, first, focus, c.m.text);
}

/** `text` names `other` whole (see namedWhole) and the card in view `focus` not. */
export function namesOtherWhole(catalogue: TurnBuilder['ctx']['catalogue'], other: Service, focus: Service, text: string): boolean {
  const said = new Set(analyze(text));
  return namedWhole(catalogue, other, said) && !namedWhole(catalogue, focus, said);
}

/**
 * The naming words but those naming another state ("são paulo", "sp"), "here" ("aqui", "minas"), the people, the going
 * there and whether it holds there ("vou visitar minha filha em são paulo, vale?"): what is asked of the card.
 */
export function statelessWords(t: TurnBuilder, m: Reading, naming: readonly string[]): string[] {
  const at = otherStateAt(t.ctx.catalogue.otherStates, m.tokens);
  const away = new Set(m.tokens.filter((_, i) => at.has(i)));
  return naming.filter((w) => !away.has(w) && !HOME_WORDS.has(w) && !PEOPLE.has(w) && !GOING_THERE.has(w) && !HOLDS_THERE.has(w));
}
/** Words placing the citizen in Minas ("moro em minas", "posso pedir aqui?"). */
export const HOME_WORDS: ReadonlySet<string> = new Set(['aqui', 'daqui', 'minas', 'gerais', 'mg', 'moro', 'morando', 'mudei', 'estado']);
/** Verbs of going somewhere and what for ("vou *visitar* minha filha em sp", "*viajar* pro rio"). */
const GOING_THERE: ReadonlySet<string> = new Set(['ir', 'vou', 'visitar', 'ver', 'viajar', 'viagem', 'passear', 'voltar']);
/** Verbs asking whether it holds there ("vale?", "serve lá?", "funciona?"). */
export const HOLDS_THERE: ReadonlySet<string> = new Set(['vale', 'valer', 'valido', 'valida', 'serve', 'servir', 'funciona']);
/** No words, or every one the card's own. */
export const ownOrNone = (s: Service, words: readonly string[]): boolean => words.length === 0 || isOwnWords(s, words);

/**
 * The subject handled elsewhere a message asks about. The question's own words ("como agendo", "quanto custa") name no
 * service: "como agendo o passaporte?". Nor when the word of that subject is the focus's own: "pagar pela internet ou
 * no banco?" on the IPVA, paid at banks.
 */
function awayOf(c: TargetCase): Elsewhere | undefined {
  const { t, m, used, strong, topics, inFocus, focus, naming } = c;
  // A service's own acronym said ("…vai me ajudar com o ITCD") is no subject elsewhere (round 3705), unless another state
  // is named: "o IPVA do Paraná" is that state's.
  if (acronymSaid(t, m.tokens) !== undefined && otherStateAt(t.ctx.catalogue.otherStates, m.tokens).size === 0) return undefined;
  // "na escola particular dele era só pedir a transferência, aqui é igual?", "minha amiga que trabalhava em loja teve 120
  // dias, eu tbm tenho?" on a card: the subject handled elsewhere is in the case compared, the question asks of the card
  // (declared round 6682).
  if (focus !== undefined && comparedOnCard(t, m.text)) return undefined;
  const awayWords = naming.filter((w) => mentionsElsewhere(w, t.ctx.catalogue.otherStates));
  const ownAway = focus !== undefined && awayWords.length > 0 && isOwnWords(focus, awayWords);
  // Without the question's words when they are a clear question's ("como tirar passaporte?"): a weak cue may be a
  // word of the service's name ("guia de *taxa* estadual … pagar no banco" is the DAE).
  // A clear question about the card in view whose subject elsewhere is only in the question's own words ("aceita
  // cartão de crédito parcelado?" on the vehicle licence asks how it is paid, not about a bank) stays on the card.
  // A cue word inside a phrase of the synonyms said whole is a word of what is named, and stays: "preciso do
  // *comprovante* de rendimentos pro imposto de renda" asks for the payslip's income statement, no documents.
  const phrased = strong ? inSynonymPhrase(t, m) : new Set<number>();
  const rest = strong ? elsewhere(t, restText(m, used.filter((i) => !phrased.has(i)))) : undefined;
  const payingHere = inFocus !== undefined && strong && rest === undefined && topics.every((k) => k === 'cost');
  const asked = payingHere ? undefined : (elsewhere(t, m.text) ?? rest);
  // Said in a story beside a request that names a service ("minha loja online precisa de inscrição estadual?").
  if (asked !== undefined && namedBeside(t, asked, m.text)) return undefined;
  // "Recebo Bolsa Família. Preciso pagar a taxa?" on the identity card's copy: the federal programme is the citizen's
  // case, told in a sentence of its own before a clear question that names nothing handled elsewhere; the question is
  // the card's. Not a request told first ("Quero tirar passaporte. Quanto custa?") (round 3509).
  if (asked !== undefined && focus !== undefined && strong && caseToldBefore(t, m.text)) return undefined;
  // "precisa de firma reconhecida em cartório?", "tem que autenticar a cópia?" on a card: how a paper of the service
  // must be made ready is asked of the service, not of the civil registry (round 4152).
  if (asked !== undefined && formalityOfFocus(t, asked, m.text)) return undefined;
  // "Como inquilino, sou eu quem faz o pedido ou o proprietário?" on the fire brigade's licence: the subject elsewhere
  // (rental contracts) is only a condition told of the one asking, a clear question of the card in view (round 5645).
  const told = inFocus !== undefined && strong && asked !== undefined ? conditionTold(m) : [];
  if (told.length > 0 && elsewhere(t, restText(m, told)) === undefined) return undefined;
  // "e eu não tenho conta em banco, onde pago a parcela?" on the IPVA's instalments: what the citizen lacks, told up to its
  // pause before a clear question of the card, is their case, not a subject of the bank's (declared round 6381).
  const lacked = inFocus !== undefined && topics.length > 0 && isAsked(m.text) && asked !== undefined ? lackedTold(m) : [];
  if (lacked.length > 0 && elsewhere(t, restText(m, lacked)) === undefined) return undefined;
  // "e o cpf dele, onde faz?" on the identity card, which asks for the CPF: where or how to get a thing the card only
  // speaks of, a subject handled elsewhere, is asked of who handles it (round 6081). A thing must be named besides the
  // verb ("onde compro?" on the intercity buses names none), and not one the card is known by (a keyword): merge review.
  if (asked !== undefined && inFocus !== undefined && strong && topics.length > 0 && topics.every((k) => k === 'where' || k === 'how') && gettingSaid(m) && naming.some((w) => !isGetting(w)) && !keyworded(inFocus, naming)) return asked;
  return focus && (isOwnWords(focus, naming) || ownAway) ? undefined : asked;
}

/** The tokens of a lack told ("não tenho conta em banco", "sem conta bancária"), from its words up to the clause's pause. */
function lackedTold(m: Reading): number[] {
  const at = m.tokens.findIndex((w, i) => (w === 'nao' || w === 'n') && LACK_VERBS.has(m.tokens[i + 1] ?? ''));
  const from = at >= 0 ? at : m.tokens.findIndex((w) => w === 'sem');
  if (from < 0) return [];
  const end = innerPauses(m).find((p) => p >= from);
  if (end === undefined || end - from > 6) return [];
  return Array.from({ length: end - from + 1 }, (_, k) => from + k);
}
/** Verbs of having, after "não", that tell a lack ("não *tenho*", "não *possuo*"). */
const LACK_VERBS: ReadonlySet<string> = new Set(['tenho', 'temos', 'tem', 'possuo', 'possui', 'uso']);

/** A first sentence that tells (no question, no wish) before a question that names nothing handled elsewhere. */
function caseToldBefore(t: TurnBuilder, text: string): boolean {
  const end = text.search(/[.!;]\s/);
  if (end <= 0) return false;
  const told = fold(text.slice(0, end)).split(' ');
  const rest = text.slice(end + 1);
  return isAsked(rest) && !told.some((w) => WANT_OPENERS.has(w) || ASKING_OPENERS.has(w)) && elsewhere(t, rest) === undefined;
}

/**
 * On a card, the words of what may come or of nobody (`notHappened`: "se eu *perder* o período", "*ninguém* me fala"),
 * but those said inside a phrase of the synonyms ("perto de *perder* a cnh" is the suspension of the licence), round 6700.
 */
export function notHappenedOnCard(t: TurnBuilder, m: Reading): number[] {
  const at = notHappened(m);
  if (at.length === 0) return at;
  const phrased = inSynonymPhrase(t, m);
  return at.filter((i) => !phrased.has(i));
}

/** The places of the words said inside a phrase of the synonyms of two words or more ("comprovante de rendimentos"). */
function inSynonymPhrase(t: TurnBuilder, m: Reading): ReadonlySet<number> {
  const kept = m.tokens.flatMap((w, i) => {
    const st = analyze(w);
    return st.length === 1 ? [{ st: st[0], i }] : [];
  });
  return new Set([...inSynonymPhrases(t.ctx.catalogue.synonyms, kept.map((k) => k.st))].map((k) => kept[k]?.i ?? -1));
}

/** Rules read top to bottom after the search: the first that holds gives the target; none, the list of results. */
const AFTER_SEARCH: readonly TargetRule<SearchedCase>[] = [
  // "precisa de laudo médico?" right after the INSS's reply, "quanto custa a taxa da pf?" after the passport's, with no
  // card or list in view: a question whose words name none of the services found as written (a word of a title, acronym
  // or popular name; a keyword such as "laudo médico", or "médico" sharing a stem with "medicamentos", only brushes one)
  // goes on about the subject just answered, whose reply is said again (a list its words brush would change the subject).
  // With nothing found, the rules below read the message further ("kkk brincadeira. como tiro o atestado…").
  after('right after a subject handled elsewhere', (c) => (!c.focus && c.t.lastAway !== undefined && c.hits.length > 0 && !c.hits.slice(0, 3).some((h) => { const s = c.t.ctx.catalogue.byId.get(h.id); return s !== undefined && namedAsWritten(s, c.naming); }) ? awayById(c.t.lastAway) : undefined), (_, away): Target => ({ kind: 'elsewhere', away })),
  // "voltando, tem algum jeito com horario flexivel?" on the technical course after the EJA: going back, said alone
  // before a pause, is going back to the service seen just before the one in view, when the words name no other.
  after('back, to the one seen just before', (c) => {
    const before = c.inFocus && BARE_BACK.test(fold(c.m.text.split(/[,.;:!?]/)[0] ?? '')) ? lastSeen(c.t, c.inFocus) : undefined;
    return before && (c.first === undefined || c.first.id === before.id || !namesService(c.t.ctx, c.first, c.naming)) ? before : undefined;
  }, opened),
  // "a propósito, como eu vejo se meu pai tem multa na carteira dele?": a change of subject, said as such, asks about
  // the service the words name, even when some of them are the focus's too.
  after('change of subject', (c) => c.inFocus && c.first && c.first.id !== c.inFocus.id && SHIFT.test(fold(c.m.text)) && namesService(c.t.ctx, c.first, c.naming) && c.first, opened),
  // "Como declaramos o imposto de herança, o ITCD?" on the tax certificate, "onde vejo o horário do ônibus
  // intermunicipal?" on the free pass: the card in view speaks of it too (it is found), but how or where to do it is
  // asked of a service found that the words name whole (its acronym, a popular name, most of its title) and the card's
  // names they do not: that service is asked about (round 2920).
  after('another named over the focus', (c) => (c.inFocus ? namedOver(c, c.inFocus) : undefined), opened),
  after('focus found', focusWhen((c, f) => c.hits.some((h) => h.id === f.id)), onFocus),
  // "Tenho que pagar IPVA já no primeiro ano?" on the first registration, "que dados preciso pra consultar os débitos?"
  // on the vehicle licence: the words name the service found only by what the card in view itself speaks of (its steps,
  // conditions, documents, costs), so the question is asked of the card. Not "how to do" it ("como faço o boletim?" on
  // the identity card asks for the report), nor a thing carried over ("e a vistoria?").
  after('named only by what it speaks of', inFocusWhen((c, f) => (c.t.state.view.at === 'service' || c.t.state.view.at === 'walkthrough') && !aboutDoing(c) && c.first !== undefined && !THING_CARRIED.test(c.m.tokens.join(' ')) && namedOnlyByFocus(c.t, f, c.first, c.m.text, c.naming) !== undefined), onInFocus),
  // "pera, chegou uma multa aqui em casa, como vejo as multas q tenho?" on the IPVA: a story told before a pause, then
  // the question in a clause of its own; what that clause names clearly, and names by its words, is what is asked.
  // "depois de pedir no Sucem, como fico sabendo pra qual escola ele foi encaminhado?" on the school transfer: how the
  // request made is followed, asked on a card with a step of following it in words of its own (people aside), is asked
  // of that card, though another card's sentence holds them as well (round 6541).
  after('following asked, in its own words', inFocusWhen((c, f) => followingAsked(f, c.m.text) && (c.said.length === 0 || isOwnWords(f, c.said))), onInFocus),
  after('asking clause', (c) => (c.inFocus && c.strong ? askingClause(c.t, c.m, c.used, c.inFocus) : undefined), opened),
  // "e quanto desconta no contracheque" on the IPSEMG, "meu pai é aposentado, paga a taxa?" on the fishing licence: one
  // sentence of the card says what is asked, in the question's words (people aside), and the service found first is
  // not named by them, unless only as where or by what something is done ("*no* contracheque"): "voltando ao IPVA" or
  // "e a carteira de motorista" on another card name what is asked about.
  // "Em quanto tempo o dinheiro é depositado?" on the IPVA refund ("o valor é depositado na conta"): a word of the
  // focus's own texts names the service found first only by its title ("depositado" is no vehicle pound's "depósito").
  after('said by the card', inFocusWhen((c, f) => {
    const notOwn = c.first ? c.subject.filter((w) => (c.first !== undefined && inTitle(c.first, w)) || !isOwnWords(f, [w])) : c.subject;
    return saidByService(f, c.t.ctx.catalogue.nearSynonyms, c.m.text, c.said) && (c.first === undefined || notOwn.length === 0 || !namesService(c.t.ctx, c.first, notOwn));
  }), onInFocus),
  // "fiscal vem qnd" on the environmental report ("…para que a fiscalização encontre o problema"): a topic asked of a word or
  // two of the card's own family (its stem opens a stem of the card's texts) that the search takes to a service foreign to
  // the card (the farmer's invoice, "Nota *Fiscal* Avulsa"), not named whole, is asked of the card in view (round 4902).
  after('its own family, the one found foreign', inFocusWhen((c, f) => {
    if (c.first === undefined || c.first.id === f.id || c.topics.length === 0 || c.naming.length === 0 || c.naming.length > 2) return false;
    // A word of the family only, not of the card's own words ("boletim" on the identity card is left to the rules below).
    return foreignTo(f, c.first) && !namedWhole(c.t.ctx.catalogue, c.first, new Set(analyze(c.naming.join(' ')))) && c.naming.every((w) => ofOwnFamily(f, w)) && !isOwnWords(f, c.naming);
  }), onInFocus),
  // "blz. e aquela da cnh, é online msm?" after a detour to the water bill: a service visited before and named by the
  // words is the one asked about again (the last visited first).
  after('visited before', (c) => (c.inFocus && c.strong ? visitedNamed(c.t, c.naming, c.inFocus) : undefined), opened),
  // "como faz a inscricao?" on the school registration ("O Cadastro Escolar é a inscrição…"): one word left, that the
  // first sentence of the focus's description (what it is) holds and the titles of several services found hold too
  // ("Inscrição em curso técnico", "Inscrição na EJA"), names none of them; a clear question is about the card in view.
  after('one title word many share, its own', inFocusWhen((c, f) => {
    const word = c.naming.length === 1 ? (c.naming[0] ?? '') : undefined;
    if (word === undefined || !c.strong || !definedBy(f, word)) return false;
    return c.hits.filter((h) => {
      const s = serviceOf(c.t.ctx, h.id);
      return s !== undefined && inTitle(s, word);
    }).length >= 2;
  }), onInFocus),
  // A service related to the one in view, found and named as much as the first found: "como faz o boletim" on the
  // identity card's 2nd copy is the report of lost documents, not the lookup of any report.
  after('related named', (c) => {
    if (!aboutDoing(c) || !c.inFocus || !c.first) return undefined;
    const { inFocus, first } = c;
    // Named by words the focus's own names lack ("boletim"; not "carteira" on the Ciptea).
    const notFocus = c.naming.filter((w) => !nameStems(inFocus).has(stemOrSelf(w)));
    const near = c.hits.map((h) => serviceOf(c.t.ctx, h.id)).find((s) => s !== undefined && inFocus.related.includes(s.id) && namesService(c.t.ctx, s, notFocus));
    return near && namedCount(c.t.ctx, near, c.naming) >= namedCount(c.t.ctx, first, c.naming) ? near : undefined;
  }, opened),
  // "e como recorro de uma q ta errada?" on the fines: the question's verb alone clearly finds a related service
  // ("recorro": the appeal), when the words name nothing the search found first ("errada").
  after('related by the verb', (c) => {
    if (!aboutDoing(c) || !c.inFocus || !c.first || namesService(c.t.ctx, c.first, c.naming)) return undefined;
    const { inFocus } = c;
    const alone = (w: string): string | undefined => {
      const r = c.t.ctx.search.search(w, 2);
      return r.clear ? r.hits[0]?.id : undefined;
    };
    // Only the cue's own verb ("como *recorro*"): a word of the story ("to perdido") is no request.
    const words = c.used.map((i) => c.m.tokens[i] ?? '').filter((w) => w.length >= 4 && !isGlue(w) && !nameStems(inFocus).has(stemOrSelf(w)));
    const found = words.map(alone).find((id) => id !== undefined && inFocus.related.includes(id));
    return serviceOf(c.t.ctx, found ?? '');
  }, opened),
  after('where or when, in its own words', focusWhen((c) => c.ownWords() && c.topics.length > 0 && c.topics.every((k) => PLACE_TOPICS.has(k))), onFocus),
  // "Preciso de conta gov.br para isso?" on opening a company ("É preciso ter conta gov.br…"): the one found named only by
  // a thing the card in view names itself, not by its act (see thingTheCardNames), is asked of the card (round 6100).
  // A need asked ("preciso de…", read as the documents) of a thing the card names among who may ask: its conditions.
  // Not how to do something ("como renovo a credencial?"), nor a thing carried over ("e o IPVA?") or wished for.
  after('a thing the card names', (c) => {
    const f = c.inFocus;
    if (f === undefined || THING_CARRIED.test(c.m.tokens.join(' ')) || wishedByAnyone(c.m.text)) return undefined;
    // The words left may find nothing ("que *nivel* de conta gov.br…"): the message as typed, then.
    const other = c.first ?? serviceOf(c.t.ctx, c.t.ctx.search.search(c.m.text, 3).hits[0]?.id ?? '');
    const lines = other === undefined || c.topics.includes('how') ? [] : thingTheCardNames(f, other, c.naming);
    return lines.length > 0 ? { f, lines } : undefined;
  }, (c, { f, lines }): Target => {
    const condition = c.topics.length > 0 && c.topics.every((k) => k === 'documents' || k === 'requirements') && lines.some((x) => f.requesters.some((r) => fold(r.requirements).includes(fold(x))));
    return { kind: 'service', service: f, isNew: false, ...(condition ? { topics: ['requirements'] } : {}) };
  }),
  // Nothing else named: a real question is about the focus; a mere noun ("previsão do tempo") is not a question.
  // "ela trabalha o dia todo, tem algum jeito de horario mais flexivel?" on the EJA: a question (its mark, a topic's
  // word) whose words find no service at all is asked of the card in view too. Not when the topic's word is only a
  // person ("meus filhos podem usar tbm?" is no question about minors).
  after('nothing found', (c) => c.hits.length === 0, (c): Target => {
    const asking = c.inFocus !== undefined && isAsked(c.m.text) && c.used.some((i) => !PEOPLE.has(c.m.tokens[i] ?? '') && !WHO_WORDS.has(c.m.tokens[i] ?? ''));
    return c.focus && (c.strong || c.ownWords() || asking) ? onFocus(c, c.focus) : { kind: 'none' };
  }),
  // "consulta no site msm?" on the intercity buses: a question mark, a topic's word, and only the focus's own words,
  // each a word a quarter of the services use ("consulta"), so none names another.
  after('common words of its own', focusWhen((c) => c.ownWords() && c.topics.length > 0 && isAsked(c.m.text) && c.naming.every((w) => c.t.ctx.search.share(stemOrSelf(w)) >= 0.25)), onFocus),
  // "volta o valor inteiro?" on the IPVA refund, "e o prazo é o mesmo?" on a card: a weak cue ("valor") in a question
  // (its mark) whose words only brush the service found ("inteiro": the Jucemg's "inteiro teor"), none naming it, is
  // asked of the card in view, as a clear question is (the rule 'the one found only brushed' below).
  after('a question, the one found only brushed', inFocusWhen((c, f) => !c.strong && isAsked(c.m.text) && c.first !== undefined && c.first.id !== f.id && !namesService(c.t.ctx, c.first, c.naming)), onInFocus),
  after('no clear question', (c) => !c.strong, (): Target => ({ kind: 'search' })),
  // Every word left is the focus's own and none is in the other service's title ("qual o prazo médio para
  // análise do processo?" on the environmental licence): the question is about the focus.
  // "me pediram informação complementar, tem prazo pra responder?" on the environmental licence: a word in the title found
  // ("informação": the access to information) still asks of the card in view when the card's own sentence holds the case
  // ("responda aos pedidos de informações complementares dentro do prazo") with a word the one found never speaks of.
  after('its own words, none in the title found', focusWhen((c, f) => c.ownWords() && c.first !== undefined && (!c.naming.some((w) => c.first !== undefined && inTitle(c.first, w)) || caseOfCardOnly(c.t, f, c.first, c.naming, c.m.text))), onFocus),
  // "e da cnh tbm, perdi as duas juntas. como faço a da cnh?" on the identity card's 2nd copy: the acronym of a service
  // found ("CNH"), a word the card in view never speaks of (nor its own acronym said), names what is asked, though a word
  // of a loss both share ("perdi") names the card in view as much; of the services found, the first that bears it (round 6421).
  after('an acronym found, foreign to the card', (c) => {
    const f = c.inFocus;
    return f === undefined ? undefined : c.hits.map((h) => serviceOf(c.t.ctx, h.id)).find((s) => s !== undefined && s.id !== f.id && acronymForeign(c.t, c.m, c.naming, s, f));
  }, opened),
  // The words name the focus at least as much as the service found ("e adulto autista tbm pode pedir?" on the
  // Ciptea: "autista" is the focus's, "adulto" the EJA's).
  // Who it is for names neither: "renovar a matrícula do meu filho" on the renewal is not the registration, though
  // "matricular meu filho" is among the registration's popular names.
  after('named as much as the one found', inFocusWhen((c, f) => {
    if (!c.first || c.first.id === f.id) return false;
    const notWho = c.naming.filter((w) => !WHO_WORDS.has(w));
    return namedCount(c.t.ctx, f, notWho) >= Math.max(1, namedCount(c.t.ctx, c.first, notWho));
  }), onInFocus),
  // A clear question about the card in view whose words only brush another service, none of them naming it (not
  // in its title, nor a whole popular name of it, nor a synonym of a title word): "e demora mto pra liberar?" on
  // the high-cost medicines does not open the towed vehicle, "sou contratado, tenho direito?" on the IPSEMG does
  // not open the company registration. "e a CNH?", "e pra carteira de motorista?" name theirs.
  after('the one found only brushed', inFocusWhen((c, f) => c.first !== undefined && c.first.id !== f.id && !namesService(c.t.ctx, c.first, c.naming)), onInFocus),
  // "preciso pagar uma taxa do ief, como gero a guia do estado?", "como gero o boleto da taxa do detran?": with nothing
  // in focus, the question's own words ("taxa", "gero") may be what names the service asked for. The one the message as
  // typed finds clearly, when a word the question took names it (and not the first found), and the words (who it is for
  // aside) name it more than any other found, by either search, is the one asked about.
  after('the message as typed named', (c) => {
    // Not when the words ask for a second copy (`second`): "levaram o rg dela, como tira outro?" is no first issue.
    if (!c.fresh || c.second.length > 0) return undefined;
    // Only when the message as typed finds it clearly: a story's words ("faleceu e deixou um carro… tem q pagar algum
    // imposto?", "a conta dágua sumiu como pego outra") brush other services.
    const found = c.t.ctx.search.search(c.told, 5);
    const lead = found.clear ? serviceOf(c.t.ctx, found.hits[0]?.id ?? '') : undefined;
    if (lead === undefined || lead.id === c.first?.id) return undefined;
    // Named by a word the question took ("gero", "pedir", "renovar") that the names of the first found lack.
    const cueStems = analyze(c.used.map((i) => c.m.tokens[i] ?? '').join(' '));
    const byCue = cueStems.some((x) => nameStems(lead).has(x) && (c.first === undefined || !nameStems(c.first).has(x)));
    const said = c.m.tokens.filter((w) => !WHO_WORDS.has(w)).join(' ');
    const others = [...found.hits.slice(1), ...c.hits.filter((h) => !found.hits.some((x) => x.id === h.id))];
    return byCue && namedLead(c.t, [lead, ...others], said) ? lead : undefined;
  }, opened),
  // "Como faço para renovar a carteira de motorista?": with nothing in focus, the verbs left out of the naming words
  // ("renovar", "tirar") may be what tells the services apart, so the rest of the message is searched whole too.
  after('the whole message clear', (c) => (!c.inFocus && !c.result.clear && c.whole().clear ? serviceOf(c.t.ctx, c.whole().hits[0]?.id ?? '') : undefined), opened),
  // A service the whole message finds first and names more than those the naming words find ("eh pra renovar a
  // matricula do meu filho na escola estadual, como faço": the renewal's title holds "renovar", a word left out).
  after('the whole message named', (c) => {
    if (c.inFocus) return undefined;
    const other = c.whole().hits[0];
    // Not when the words ask for a second copy (`second`): the whole message's "outro" is no other state's.
    return other && c.second.length === 0 && other.id !== c.first?.id && namedLead(c.t, [other, ...c.hits.filter((h) => h.id !== other.id)], c.told) ? serviceOf(c.t.ctx, other.id) : undefined;
  }, opened),
  // With nothing in focus, a service named by more of the words than any other found ("Preciso de atendimento
  // presencial na UAI.") is the one asked about.
  after('named first', (c) => (c.result.clear || c.hits.length === 1 || (!c.inFocus && namedLead(c.t, c.hits, c.told))) && c.first, opened),
  // Some of the words are the focus's own and nothing else is clearly named ("a emissão da carteirinha é gratuita?").
  // Not when the first service found is named and the focus is not ("e pra carteira de motorista?" on the identity card).
  // Only a phrase counts here: a title word ("inscrição", "consultar") is shared by too many services.
  after('some words its own', focusWhen((c, focus) => {
    const elsewhereNamed = c.first !== undefined && namesService(c.t.ctx, c.first, c.naming, true) && !namesService(c.t.ctx, focus, c.naming);
    return !elsewhereNamed && c.naming.some((w) => isOwnWords(focus, [w]));
  }), onFocus),
  // "paguei ontem no boleto, qnd libera o documento?" on the CRLV: one word left that many services share, in
  // none of their titles, names none of them ("quanto custa a identidade?" names the identity cards); a clear
  // question about the card in view is about it.
  after('one shared word', inFocusWhen((c) => {
    const word = c.naming.length === 1 ? (c.naming[0] ?? '') : undefined;
    return word !== undefined && c.hits.length > 1 && !c.hits.some((h) => {
      const s = serviceOf(c.t.ctx, h.id);
      return s !== undefined && inTitle(s, word);
    });
  }), onInFocus),
];

/**
 * The acronym of `other` said, one word ("cnh"), which the texts of `focus` never hold, and the acronym of `focus` not said.
 * An acronym several services bear ("CNH") tells `other` only with another of the naming words in its names ("perdi": "perdi
 * a CNH"); "e a cnh, quanto custa?" says no CNH service, and the list of them is given as before (round 6421).
 */
function acronymForeign(t: TurnBuilder, m: Reading, naming: readonly string[], other: Service, focus: Service): boolean {
  const acronym = analyze(other.acronym ?? '');
  const own = analyze(focus.acronym ?? '');
  const said = new Set(m.stems);
  if (!(acronym.length === 1 && acronym.every((x) => said.has(x) && !vocabularyOf(focus).has(x)) && !own.some((x) => said.has(x)))) return false;
  const rest = analyze(naming.join(' ')).filter((x) => !acronym.includes(x));
  return acronymTells(t, acronym[0] ?? '') || rest.some((x) => nameStems(other).has(x));
}

/** One service only bears this acronym's stem ("eja", not "cnh"). */
function acronymTells(t: TurnBuilder, x: string): boolean {
  return acronymBearers(t.ctx.catalogue.services).get(x) === 1;
}
/** How many services bear each acronym stem, once per catalogue. */
const acronymBearers = memo((services: readonly Service[]): ReadonlyMap<string, number> => {
  const count = new Map<string, number>();
  for (const s of services) for (const x of new Set(analyze(s.acronym ?? ''))) count.set(x, (count.get(x) ?? 0) + 1);
  return count;
});

/** The first sentence of a service's description (what it is) holds the word, by its stem. */
function definedBy(s: Service, word: string): boolean {
  const stemmed = analyze(word)[0];
  const first = s.description.split(/(?<=[.!?])\s+/)[0] ?? '';
  return stemmed !== undefined && analyze(first).includes(stemmed);
}

/**
 * The first service found that the message names, when it names the card in view no such way (see namedWhole) and asks how or where
 * to do something: "Como declaramos o imposto de herança, o ITCD?" on the tax certificate says the inheritance tax's
 * acronym and most of its title. A yes-or-no question on a case ("ja tenho q pagar ipva?" on the first registration,
 * "precisa agendar a vistoria?" on the transfer) stays on the card, which speaks of it.
 */
function namedOver(c: SearchedCase, focus: Service): Service | undefined {
  if (!c.strong || !c.topics.some((k) => DOING_TOPICS.has(k))) return undefined;
  const catalogue = c.t.ctx.catalogue;
  const said = new Set(analyze(c.m.text));
  if (namedWhole(catalogue, focus, said)) return undefined;
  const named = c.hits.flatMap((h) => { const s = h.id === focus.id ? undefined : serviceOf(c.t.ctx, h.id); return s && namedWhole(catalogue, s, said) ? [s] : []; });
  return named[0];
}

/** The topics of how and where to do something. */
const DOING_TOPICS: ReadonlySet<Topic> = new Set(['how', 'where']);

/** At most this many services have a stem in their names for it to tell one of them ("itcd", "herança"; not "cnh", "moto"). */
const TELLING = 2;

/**
 * The stems said name the service as a whole: its acronym, when it tells the service ("ITCD", not "CNH"); a popular name
 * of two words or more, one of which tells it ("imposto de herança"; not "tirar moto"); or two words of its title at
 * least that are more than half of it ("horário do ônibus intermunicipal"; a word alone, "consultar", names too many).
 */
export function namedWhole(catalogue: TurnBuilder['ctx']['catalogue'], s: Service, said: ReadonlySet<string>): boolean {
  const tells = (x: string): boolean => servicesNamedBy(catalogue, x).length <= TELLING;
  const acronym = analyze(s.acronym ?? '');
  if (acronym.length > 0 && acronym.every((x) => said.has(x)) && acronym.some(tells)) return true;
  if (popularPhrases(s).some((p) => p.every((x) => said.has(x)) && p.some(tells))) return true;
  const title = titleStems(s);
  const held = [...title].filter((x) => said.has(x));
  return held.length >= 2 && held.length * 2 > title.size && held.some(tells);
}

/**
 * Only a question of how to do it: not one whose object may be a document or a condition of the focus ("e precisa
 * de bo?"), the place where the focus is done ("A UAI abre no sábado?"), or its time ("e o numero do bo chega quando").
 */
const aboutDoing = (c: SearchedCase): boolean => c.strong && c.topics.length > 0 && c.topics.every((k) => k === 'how');

/** The first target the rules give, read top to bottom. */
function firstTarget<C>(rules: readonly TargetRule<C>[], c: C): Target | undefined {
  for (const r of rules) {
    const target = r.target(c);
    if (target) return target;
  }
  return undefined;
}

/** Once worked out, the same value. */
function once<T>(compute: () => T): () => T {
  let box: { value: T } | undefined;
  return () => (box ??= { value: compute() }).value;
}

/**
 * Decides which service leftover words point to (see the file comment). `strong`: the message is clearly a question.
 * The rules of BEFORE_SEARCH, then the search of the naming words (logged), then those of AFTER_SEARCH, each table
 * read top to bottom; none holding, the list of results.
 */
export function targetOf(t: TurnBuilder, m: Reading, used: readonly number[], strong: boolean, topics: readonly Topic[] = []): Target {
  const inFocus = focusOf(t);
  const focus = inFocus ?? firstListed(t);
  const fresh = inFocus === undefined;
  // "me passa o site oficial pq tenho medo de golpe": after the question, the reason for it names nothing asked about.
  // "blz. e aquela da cnh…": an acknowledgement before a pause names nothing.
  const skipped = [...used, ...reasonAfterQuestion(m, used), ...denied(m), ...ackLead(m), ...ackBeforeCarry(m), ...lossPlace(m), ...lostPrintout(m), ...personalData(m), ...curseSaid(m), ...tripTold(m), ...joblessTold(m, joblessCard(inFocus?.title, topics.length > 0)), ...unreachablePhone(m), ...(inFocus ? timeGone(m) : []), ...(inFocus ? notHappenedOnCard(t, m) : []), ...(inFocus && strong ? comparedTold(t, m) : []), ...(inFocus ? payMeansOf(m, (w) => !inFocus.free || isOwnWords(inFocus, [w])) : []), ...(inFocus ? fearBeforeQuestion(m, used) : []), ...(inFocus ? fearAfterQuestion(m, used) : []), ...(inFocus ? trustAsked(m) : []), ...(inFocus ? (officeGoneTo(m) ?? []).slice(-1) : []), ...(inFocus && strong ? stateClause(m, used) : []), ...(inFocus && strong ? eventBefore(m) : []), ...(inFocus && strong ? workDayTold(m) : []), ...(inFocus ? [] : reasonBeforeQuestion(m, used)), ...(inFocus ? [] : ofThisSaid(m)), ...(inFocus && isAsked(m.text) ? conditionTold(m) : [])];
  // "meu filho foi assaltado e levaram a identidade dele, como faz outra": with nothing in view, whom a loss or theft
  // happened to is whose document it is, not a service for them (the child's first identity card).
  if (!inFocus && lossTold(m)) skipped.push(...m.tokens.flatMap((w, i) => (PEOPLE.has(w) ? [i] : [])));
  // "vendi minha moto e o cara nao transferiu, como aviso o detran…": with nothing in view, what someone else did not do
  // is the story, not the request (as the plain search reads it), when the rest still finds a service.
  // "fui na uai e me mandaram embora": turned away at an office is the story too, not a job lost (round 6123).
  const story = inFocus ? [] : [...othersStory(t, m, skipped), ...turnedAway(m)];
  skipped.push(...story);
  // "espera, e quanto custa?", "perai, onde eu pago?" with nothing in focus: a pause word opening the message, before its
  // pause, names nothing (the search knows "espera" as a wait), round 4266. Not in view of a card or a form, where the
  // words after it may name another service ("Espera, antes eu preciso fazer o boletim…").
  if (!inFocus && PAUSE_WORDS.has(m.tokens[0] ?? '') && (m.pauses?.has(0) ?? false)) skipped.push(0);

  // "manda o site desse portal ai": when all the words left point at the card in view, none is left.
  const pointed = inFocus ? pointedAt(m, inFocus) : [];
  const named = pointed.length > 0 && namingWords(m, [...skipped, ...pointed]).length === 0 ? [] : [...namingWords(m, skipped), ...(fresh ? genericNamed(t, m, skipped) : [])];
  // "levaram a identidade dele, como faz outra": another one of what was lost or taken is its second copy.
  // So too on the card of a loss or theft report ("e a identidade nova como faz" on the report of lost documents).
  const lossInView = inFocus !== undefined && LOSS_TITLE.test(fold(inFocus.title));
  // So too another one of a thing told spoilt ("o cachorro mordeu meu rg, preciso de outro"), round 6083; not a name made
  // of common words (genericNamed: "o registro geral da minha mãe estragou, preciso de outro" is searched as round 5422
  // reads it, merge review).
  const spoilt = !inFocus && spoiltTold(m) && genericNamed(t, m, skipped).length === 0;
  const second = named.length > 0 && ((!inFocus && lossTold(m)) || spoilt || lossInView) && m.tokens.some((w) => ANOTHER.has(w)) ? ['segunda', 'via'] : [];
  // "vou comprar um carro usado, como vejo se tem divida": a purchase to come is what is checked before buying (the
  // vehicle's situation "antes de comprar"), not the transfer of one bought ("comprei um carro usado"), round 6223.
  const ahead = named.length > 0 && buyingAhead(m) && !named.includes('antes') ? ['antes'] : [];
  const c: TargetCase = { t, m, used, strong, topics, inFocus, focus, fresh, skipped, naming: [...named, ...second, ...ahead], second };
  const before = firstTarget(BEFORE_SEARCH, c);
  if (before) return before;
  // "como transfiro meu filho de escola": with no card in view, a question's verb that is the request's own verb
  // (`VERBS_KEPT_IN_SEARCH`) stays in the search, where it meets its phrase ("transferir de escola").
  const kept = fresh && c.naming.length > 0 ? used.filter((i) => VERBS_KEPT_IN_SEARCH.has(m.tokens[i] ?? '') || titleVerb(t, m, i, c.naming)) : [];
  const query = (kept.length > 0 ? [...namingWords(m, skipped.filter((i) => !kept.includes(i))), ...second, ...ahead] : c.naming).join(' ');
  const result = t.ctx.search.search(query, 5);
  const hits = result.hits;
  t.events.push({ type: 'search', query: loggedQuery(restText(m, used), m.text), results: hits.length, ...(hits[0] ? { topId: hits[0].id } : {}) });
  const said = c.naming.filter((w) => !PEOPLE.has(w));
  const searched: SearchedCase = {
    ...c,
    kept,
    query,
    result,
    hits,
    first: serviceOf(t.ctx, hits[0]?.id ?? ''),
    said,
    subject: said.filter((w) => !PLACE_BEFORE.has(m.tokens[m.tokens.indexOf(w) - 1] ?? '')),
    ownWords: once(() => focus !== undefined && isOwnWords(focus, c.naming)),
    whole: once(() => t.ctx.search.search([restText(m, [...used.filter((i) => !kept.includes(i)), ...story]), ...ahead].join(' '), 5)),
    told: story.length > 0 ? m.tokens.filter((_, i) => !story.includes(i)).join(' ') : m.text,
  };
  return firstTarget(AFTER_SEARCH, searched) ?? { kind: 'list', query };
}

/**
 * "Meu registro geral está rasgado, preciso de outro": a phrase of the synonyms said whole whose words alone name nothing
 * (GENERIC_WORDS: "registro", "geral"), no verb among them, names its thing; with nothing in view its words are kept for
 * the search, which else read "rasgado outro" and found the CNH's 2nd copy (round 5422).
 */
function genericNamed(t: TurnBuilder, m: Reading, skipped: readonly number[]): string[] {
  const at = [...inSynonymPhrases(t.ctx.catalogue.synonyms, m.stems)].filter((i) => !skipped.includes(i));
  const generic = at.filter((i) => GENERIC_WORDS.has(m.tokens[i] ?? '') && !/(?:ar|er|ir)$/.test(m.tokens[i] ?? ''));
  return generic.length >= 2 ? generic.sort((a, b) => a - b).map((i) => m.tokens[i] ?? '') : [];
}

/**
 * The clause of what someone else did not do (`othersDenied`), when the words left without it still find a service
 * clearly ("o detran não mandou a cnh, como tiro a segunda via?" needs the clause's "cnh"); none otherwise.
 */
function othersStory(t: TurnBuilder, m: Reading, skipped: readonly number[]): number[] {
  const clause = othersDenied(m).filter((i) => !skipped.includes(i));
  if (clause.length === 0) return [];
  const rest = namingWords(m, [...skipped, ...clause]);
  const found = rest.length > 0 ? t.ctx.search.search(rest.join(' '), 2) : undefined;
  return found?.clear === true ? clause : [];
}

/** Verbs of booking a slot ("agendar", "marco", "reservei"). */
const BOOKING = /^(?:agend|marc|reserv)/;

/** A service's title about a loss or theft ("Boletim de ocorrência de perda ou extravio de documentos"). */
const LOSS_TITLE = /\b(perda|extravio|furto|roubo)\b/;

/** Words that acknowledge what was said ("ah legal", "ok, entendi"), before the message goes on. */
const ACK_LEAD: ReadonlySet<string> = new Set([...ACK_ONLY, 'ah', 'aa', 'legal', 'show', 'massa', 'otimo', 'bacana', 'hmm', 'hum', 'humm', 'uai', 'ta', 'joia', 'sei', 'tendi', 'intendi', 'saquei', 'sla', 'nossa', 'eita', 'mds']);

/** The message's opening clause, up to its first pause, when it only acknowledges ("ah legal."); else none. */
export function ackLead(m: Reading): number[] {
  const pause = Math.min(...[...(m.pauses ?? [])]);
  if (!Number.isFinite(pause) || pause >= m.tokens.length - 1) return [];
  const lead = m.tokens.slice(0, pause + 1);
  return lead.every((w) => ACK_LEAD.has(w) || isGlue(w)) && lead.some((w) => ACK_LEAD.has(w)) ? lead.map((_, i) => i) : [];
}

/**
 * "ah e o site", "ok e o da vistoria": with no pause, the acknowledgements before the "e" that carries the talk over to a
 * thing (an article or a preposition after it; not "ah e tem q pagar…", whose words still read as before), round 4904.
 */
function ackBeforeCarry(m: Reading): number[] {
  const first = ackWordsFirst(m);
  return first > 0 && THING_CARRIED.test(m.tokens.slice(first).join(' ')) ? m.tokens.slice(0, first).map((_, i) => i) : [];
}

/** How many words open the message only acknowledging, pause or not ("ok e o da vistoria": one). */
export function ackWordsFirst(m: Reading): number {
  const n = m.tokens.findIndex((w) => !ACK_LEAD.has(w));
  return n === -1 ? m.tokens.length : n;
}

/** Words that change the subject ("a propósito", "mudando de assunto", "outra coisa:"). */
const SHIFT = /^(a proposito|aproveitando|mudando de assunto|outra coisa|outra duvida|outra pergunta|so mais uma coisa|ah e|alias)\b/;

/**
 * Going back to something said before, opening the message ("voltando no ipva", "volta pro sine", "retomando a cnh"),
 * after words of taking in that may be several ("ok. e voltando no imposto da herança", "ta, mas voltando na gta": round 4020).
 */
const BACK_TO = /^(?:(?:e|ah|ok|blz|beleza|certo|ta|entao|bom|enfim|mas)\s+){0,3}(?:voltando|volta|voltar|retomando|retornando|de volta)\s+(?:a|ao|aos|as|no|na|nos|nas|pro|pra|para|pros|pras|sobre|em|aquele|aquela)\b/;

/** Going back said alone, to nothing named ("voltando", "mas voltando ao assunto", "retomando la"): a clause of its own. */
const BARE_BACK = /^(?:(?:e|ah|ok|blz|beleza|certo|ta|entao|bom|enfim|mas)\s+)?(?:voltando|retomando|retornando|de volta)(?:\s+(?:ao assunto|no assunto|pro assunto|ao anterior|pro anterior|ao outro|pro outro|la|ali|atras|aqui))?$/;

/** The service seen last before the one in view, if any. */
function lastSeen(t: TurnBuilder, focus: Service): Service | undefined {
  const id = [...(t.state.recent ?? [])].reverse().find((x) => x !== focus.id);
  return id === undefined ? undefined : serviceOf(t.ctx, id);
}

/** The words gone back to, up to the first pause ("voltando no *agendamento*, toda uai faz tudo?"). */
function backObject(text: string): string[] {
  const clause = fold(text.split(/[,.;:!?]/).find((x) => BACK_TO.test(fold(x))) ?? '');
  return clause.replace(BACK_TO, ' ').split(' ').filter((w) => w.length > 2);
}

/**
 * A question said after going back ("volta na de água, da pra parcelar as atrasada?"), asked of the service gone back
 * to: the sentences of its texts that answer it, with that service in view; false (nothing said) when none does.
 */
export function sayBackAsked(t: TurnBuilder, s: Service, asked: string): boolean {
  const found = isQuestion(asked) ? passages(s, t.ctx.catalogue, asked, [], true) : [];
  if (found.length === 0) return false;
  t.go({ at: 'service', serviceId: s.id });
  t.events.push({ type: 'service_viewed', serviceId: s.id });
  return sayFound(t, s, found);
}

/** What is said after the words gone back to, from the next pause on ("voltando na de água*, da pra parcelar?*"); none without. */
export function afterBack(text: string): string | undefined {
  const parts = text.split(/(?<=[,.;:!?])/);
  const at = parts.findIndex((x) => BACK_TO.test(fold(x.replace(/[,.;:!?]+$/, '')).trim()));
  const rest = at < 0 ? '' : parts.slice(at + 1).join('').trim();
  return rest === '' ? undefined : rest;
}

/** The words of going back said with `BACK_TO` ("volta pra", "retomando"), which name no service. */
const BACK_TO_WORDS: ReadonlySet<string> = new Set(['voltando', 'volta', 'voltar', 'volte', 'retomando', 'retornando', 'retoma', 'retomar', 'de', 'e', 'ah', 'ok', 'blz', 'beleza', 'certo', 'aquele', 'aquela', 'sobre', 'pra', 'pro', 'pras', 'pros', 'para']);

/**
 * "volta pra certidao", "voltando no ipva" with no question, after a detour to another service: going back, said as
 * such, to a service visited before that the words name (the last visited first); none otherwise.
 */
export function backToSeen(t: TurnBuilder, m: Reading): Service | undefined {
  if (!BACK_TO.test(fold(m.text)) || findTopics(m, false)?.strong === true) return undefined;
  const naming = namingWords(m, []).filter((w) => !isGlue(w) && !BACK_TO_WORDS.has(w));
  if (naming.length === 0) return undefined;
  for (const id of [...(t.state.recent ?? [])].reverse()) {
    const s = id !== t.state.focus ? serviceOf(t.ctx, id) : undefined;
    if (s && (namesService(t.ctx, s, naming) || keyworded(s, naming))) return s;
  }
  return undefined;
}

/** The stems of a service's names and keywords. */
const namesAndKeywords = memo((s: Service): ReadonlySet<string> => new Set([...nameStems(s), ...analyze(s.keywords.join(' '))]));

/** Every word is among the service's names or keywords ("cnh" for the change of the driver's address). */
function keyworded(s: Service, naming: readonly string[]): boolean {
  const own = namesAndKeywords(s);
  const said = analyze(naming.join(' '));
  return said.length > 0 && said.every((x) => own.has(x));
}

/**
 * The last service visited before the focus that the words name (or that has them all among its keywords); `told`: or
 * whose own texts hold them all (see isOwnWords).
 */
function visitedNamed(t: TurnBuilder, naming: readonly string[], focus: Service, told = false): Service | undefined {
  for (const id of [...(t.state.recent ?? [])].reverse()) {
    const s = id !== focus.id ? serviceOf(t.ctx, id) : undefined;
    if (s && (namesService(t.ctx, s, naming) || keyworded(s, naming) || (told && isOwnWords(s, naming)))) return s;
  }
  return undefined;
}

/** The one pointed at among the matters talked about: "o *outro*", "a *outra*"; "o *primeiro*", "a *primeira*". */
const OTHER_ONE: ReadonlySet<string> = new Set(['outro', 'outra']);
const FIRST_ONE: ReadonlySet<string> = new Set(['primeiro', 'primeira']);
/** Articles and prepositions with an article, and far demonstratives, before a pronoun ("e *o* outro", "*daquele* primeiro"). */
const BEFORE_ONE: ReadonlySet<string> = new Set(['o', 'a', 'do', 'da', 'no', 'na', 'pro', 'pra', 'ao', 'pelo', 'pela', ...FAR_DEMONSTRATIVES]);

/**
 * The service this conversation talked about before the card in view that the message points back at (round 6040), one
 * reader for every way of pointing: "o outro", "a outra", "o primeiro" said as a pronoun (after an article, with a pause,
 * the end, a topic's word or a word that names nothing after it; never "outro rg", "a primeira via", "o primeiro passo",
 * which name a thing) is the last service before the card in view, or the first talked about (`talked`; none when that
 * is the card in view); a far demonstrative whose
 * words up to the pause name a service talked about before, or are its own words and not the card's ("*aquele bo*",
 * "naquele siare" after the producer's invoice), is that one. Never the card in view; undefined when nothing points back.
 */
export function pointedBack(t: TurnBuilder, m: Reading, focus: Service): { service: Service; at: number[] } | undefined {
  const used = findTopics(m, false)?.used ?? [];
  const before = (t.state.recent ?? []).filter((id) => id !== focus.id);
  if (before.length === 0) return undefined;
  const ends = (i: number): boolean => {
    const next = m.tokens[i + 1];
    return next === undefined || (m.pauses?.has(i) ?? false) || used.includes(i + 1) || isGlue(next) || GENERIC_WORDS.has(next);
  };
  for (const [i, w] of m.tokens.entries()) {
    if (!BEFORE_ONE.has(m.tokens[i - 1] ?? '') || !ends(i)) continue;
    const id = OTHER_ONE.has(w) ? before.at(-1) : FIRST_ONE.has(w) ? t.state.talked?.[0] : undefined;
    if (id === focus.id) return undefined;
    const service = id === undefined ? undefined : serviceOf(t.ctx, id);
    if (service) return { service, at: [i - 1, i] };
  }
  const far = m.tokens.findIndex((w) => FAR_DEMONSTRATIVES.has(w));
  if (far < 0) return undefined;
  const stop = m.tokens.findIndex((_, i) => i > far && (m.pauses?.has(i) ?? false));
  const at = m.tokens.map((_, i) => i).filter((i) => i > far && (stop < 0 || i <= stop) && !used.includes(i));
  const words = at.map((i) => m.tokens[i] ?? '').filter((w) => !isGlue(w) && !GENERIC_WORDS.has(w) && !PEOPLE.has(w));
  if (words.length === 0) return undefined;
  const service = visitedNamed(t, words, focus) ?? (isOwnWords(focus, words) ? undefined : visitedNamed(t, words, focus, true));
  // The pointer is the demonstrative and the words right after it, up to a glue word ("*aquela nota* eu faço…").
  const end = at.findIndex((i, k) => i !== far + 1 + k || isGlue(m.tokens[i] ?? ''));
  return service && { service, at: [far, ...(end < 0 ? at : at.slice(0, end))] };
}

/** Both matters talked about, taken together: "os *dois*", "das *duas*", "*ambos*" (after an article or a preposition with one, or alone for ambos). */
const BOTH_NUMBER: ReadonlySet<string> = new Set(['dois', 'duas']);
const BOTH_ALONE: ReadonlySet<string> = new Set(['ambos', 'ambas']);
const BEFORE_BOTH: ReadonlySet<string> = new Set(['os', 'as', 'dos', 'das', 'nos', 'nas', 'aos', 'pros', 'pras', 'pelos', 'pelas']);
/**
 * "the same" in the plural, said of the things of both ("os documentos são *os mesmos*?", "as taxas são *as mesmas*?"),
 * after an article or a preposition with one; never the singular ("é no mesmo dia?" is the same as anything).
 */
const SAME: ReadonlySet<string> = new Set(['mesmos', 'mesmas']);
/** Which of the two comes first, asked ("qual dos dois faço *primeiro*?", "por qual *começo*?", "qual vem *antes*?"). */
const FIRST_ASKED: ReadonlySet<string> = new Set(['primeiro', 'primeira', 'antes', 'comeco', 'comecar', 'comeca', 'comecando', 'comecamos']);

/** A question about both services talked about (see bothAsked): the other one, the card in view, the topics or the order asked. */
interface BothAsked {
  other: Service;
  focus: Service;
  topics: Topic[];
  order: boolean;
}

/**
 * A question about both services this conversation talked about last (round 6140), on the card of one of them: "qual dos
 * dois faço primeiro?", "os dois é pela internet?", "ambos precisam de agendamento?", or a thing of both said to be the
 * same ("os documentos são os mesmos?", "é no mesmo site?"). The other one is the last service before the card in view
 * (`recent`). Asked with a topic, or which comes first; never when the rest names a third service ("e o licenciamento,
 * os dois pago no mesmo lugar?" is about the licence too) or nothing is asked. Undefined when the message is about one service only.
 */
export function bothAsked(t: TurnBuilder, m: Reading, focus: Service): BothAsked | undefined {
  const other = serviceOf(t.ctx, (t.state.recent ?? []).filter((id) => id !== focus.id).at(-1) ?? '');
  if (!other) return undefined;
  const at = m.tokens.flatMap((w, i) => {
    const before = m.tokens[i - 1] ?? '';
    if (BOTH_ALONE.has(w)) return [i];
    if (BOTH_NUMBER.has(w) && BEFORE_BOTH.has(before)) return [i - 1, i];
    if (SAME.has(w) && BEFORE_BOTH.has(before)) return [i - 1, i];
    return [];
  });
  if (at.length === 0) return undefined;
  const found = findTopics(m, false);
  const topics = found?.topics ?? [];
  const used = found?.used ?? [];
  const order = m.tokens.some((w, i) => FIRST_ASKED.has(w) && !used.includes(i) && !at.includes(i));
  if (topics.length === 0 && !order) return undefined;
  const rest = namingWords(m, [...used, ...at]).filter((w) => !FIRST_ASKED.has(w));
  if (rest.length > 0 && t.ctx.catalogue.services.some((s) => s.id !== focus.id && s.id !== other.id && namesService(t.ctx, s, rest))) return undefined;
  return { other, focus, topics: order ? [] : topics, order };
}

/**
 * Answers a question about both services (see bothAsked), each named, each with its own card's facts only: the topic
 * asked of each, or, asked which comes first, the first step of each and that neither card says which comes before the
 * other. The card in view stays in view.
 */
export function answerBoth(t: TurnBuilder, both: BothAsked): void {
  const { other, focus } = both;
  if (both.order) {
    const first = (s: Service): string => {
      const step = s.steps[0];
      return step ? `*${s.title}* — 1ª etapa, *${step.title}*: ${step.description.trim()}` : `*${s.title}*`;
    };
    t.events.push({ type: 'follow_up', kind: 'how', serviceId: other.id }, { type: 'follow_up', kind: 'how', serviceId: focus.id });
    t.say(copy.bothFirst([first(other), first(focus)]), relatedLabels(t, cardOptions(focus)), [official(other), official(focus)], { kind: 'follow_up', serviceId: focus.id, topic: 'how' });
    t.answered('how');
    return;
  }
  answerAbout(t, other, both.topics, false);
  answerAbout(t, focus, both.topics, false);
}

/** Acts an ombudsman takes, by their first letters: complaining, praising, suggesting ("reclamar", "queixa", "elogio", "sugiro"). */
const OMBUDSMAN_ACT = /^(reclam|queix|elogi|sugest|suger|sugir)/;
/** The word that names an ombudsman ("ouvidoria", "ouvidor"). */
const OMBUDSMAN_WORD = /^ouvidor/;
/** The stems an ombudsman's name holds. */
const OMBUDSMAN_STEMS = analyze('ouvidoria');

/**
 * A complaint, praise or suggestion made to an ombudsman named by its word, on another service's card (round 6141):
 * "esse ônibus nunca passa, quero fazer uma reclamação na *ouvidoria do estado*", "posso reclamar na *ouvidoria*? como é
 * lá?". Every card names the ombudsman where to complain, so its word is the card's own, and the card answered; the act
 * wished and the ombudsman named say the matter is now the ombudsman's. The ombudsman is the service the word and the
 * (at most two) words after it, up to a pause, find clearly, when an ombudsman by its name ("ouvidoria do sus": the SUS
 * one); never the card in view, nor, on an ombudsman's card, another unless named beyond the bare word.
 */
export function ombudsmanNamed(t: TurnBuilder, m: Reading, focus: Service): { service: Service; at: number[] } | undefined {
  if (!m.tokens.some((w) => OMBUDSMAN_ACT.test(w))) return undefined;
  const i = m.tokens.findIndex((w) => OMBUDSMAN_WORD.test(w));
  if (i < 0) return undefined;
  const at = [i];
  for (let j = i + 1; j <= i + 2 && j < m.tokens.length && !(m.pauses?.has(j - 1) ?? false); j++) at.push(j);
  const found = t.ctx.search.search(at.map((j) => m.tokens[j] ?? '').join(' '), 2);
  const service = found.clear ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
  const ombudsman = (s: Service): boolean => OMBUDSMAN_STEMS.every((x) => nameStems(s).has(x));
  if (!service || service.id === focus.id || !ombudsman(service)) return undefined;
  // On an ombudsman's own card, the bare word is that one ("elogio tbm pode? achava q ouvidoria era so pra xingar"); another
  // is meant only by a word of its own name after it, not the card's ("na ouvidoria do estado" on the SUS one's).
  const beyond = analyze(at.slice(1).map((j) => m.tokens[j] ?? '').join(' '));
  if (ombudsman(focus) && !beyond.some((x) => nameStems(service).has(x) && !nameStems(focus).has(x))) return undefined;
  return { service, at };
}

/** The words gone back to (see backObject), without glue, people ("dele", "da minha mãe") and words of going back. */
function backWords(text: string): string[] {
  return backObject(text).filter((w) => !isGlue(w) && !PEOPLE.has(w) && !BACK_TO_WORDS.has(w));
}

/** Answers the topics about one service, then shows again what the conversation was waiting for. */
export function answerAbout(t: TurnBuilder, s: Service, topics: readonly Topic[], isNew: boolean, keep = true, walk = false): void {
  if (isNew) {
    t.events.push({ type: 'service_viewed', serviceId: s.id });
    t.reach('service_viewed');
  }
  for (const topic of topics) {
    const hint = { kind: 'follow_up', serviceId: s.id, topic } as const;
    // `walk`: "como faço?" is answered with the steps in short, and the walkthrough starts at the first.
    if (walk && topic === 'how') showHowAndWalk(t, s, hint);
    else showTopic(t, s, topic, hint);
    t.events.push({ type: 'follow_up', kind: topic, serviceId: s.id });
  }
  const last = topics[topics.length - 1];
  if (last) t.answered(last);
  const at = t.state.view.at;
  if (keep && (at === 'form' || at === 'confirm')) keepContext(t);
}

const stepByStep = CueSet.of(['passo a passo', 'etapa por etapa', 'em etapas', 'cada etapa', 'cada passo',
  // "me explica por partes", "parte por parte": the steps one at a time.
  'por partes', 'parte por parte',
  // "me explica por etapa", "explica em passos": the steps one at a time, in the singular or the plural.
  'por etapa', 'por etapas', 'por passos', 'em passos', 'passo por passo',
]);

/** Verbs of showing, explaining or seeing, by stem, which ask for what they take ("me *mostra* os passos", "quero *ver* as etapas"). */
export const SHOW_STEMS: ReadonlySet<string> = new Set([...REPEAT_VERBS, 'mostre', 'explique', 'explica', 'ensina', 'ensine', 'ensinar', 'detalha', 'detalhar', 'acompanhar', 'acompanha', 'seguir', 'ver', 'veja', 'descreva', 'descrever', 'descreve', 'procedimento'].map(stem));
/** The steps named as a whole: the plural, or the singular after a plural article as typed ("as etapa"). */
const STEPS_PLURAL: ReadonlySet<string> = new Set(['etapas', 'passos']);
const PLURAL_ARTICLES: ReadonlySet<string> = new Set(['as', 'os']);
/**
 * The steps as a whole, the object of a verb of showing or explaining: "me mostra as etapas", "pode me explicar as
 * etapas?", "vai me mostrando as etapa", "quero ver as etapas". A count ("quantas etapas tem?") or a step of them ("qual
 * o primeiro passo?") is not.
 */
function stepsShown(m: Reading): boolean {
  const steps = m.tokens.some((w, i) => STEPS_PLURAL.has(w) || ((w === 'etapa' || w === 'passo') && PLURAL_ARTICLES.has(m.tokens[i - 1] ?? '')));
  return steps && (m.tokens.some((w) => !STEP_WORD_TOKENS.has(w) && SHOW_STEMS.has(stem(w))) || stepsWanted(m));
}
/** Words before "as etapas" that ask for them ("quais são *as etapas*", "quero saber as etapas"), round 4103. */
/** Verbs of wanting before "as etapas" ("quero as etapas", "preciso dos passos"), round 4541. */
const STEPS_WISHED = ['quero', 'queria', 'preciso', 'precisava', 'gostaria'];
const STEPS_ASKED_BEFORE: ReadonlySet<string> = new Set(['quais', 'sao', 'saber', 'conhecer', 'entender', ...STEPS_WISHED]);
/** "das"/"dos" before the steps after a verb that takes "de" ("preciso das etapas"), round 4541. */
const STEPS_OF: ReadonlySet<string> = new Set(['das', 'dos']);
/**
 * The steps asked for with no verb of showing: "etapas pra abrir processo de isenção do ipva" (the plural opening the
 * message, a "pra"/"de" after it), "quais são as etapas para emplacar…", "quero saber as etapas pra tirar…".
 */
function stepsWanted(m: Reading): boolean {
  return m.tokens.some((w, i) => {
    if (!STEPS_PLURAL.has(w)) return false;
    if (i === 0) return ['pra', 'para', 'de', 'do', 'da', 'pro'].includes(m.tokens[1] ?? '');
    const before = PLURAL_ARTICLES.has(m.tokens[i - 1] ?? '') || STEPS_OF.has(m.tokens[i - 1] ?? '') ? m.tokens[i - 2] : m.tokens[i - 1];
    return STEPS_ASKED_BEFORE.has(before ?? '');
  });
}
/** The step words, which share a stem with some verbs of showing ("passo", "etapa" are REPEAT_VERBS). */
const STEP_WORD_TOKENS: ReadonlySet<string> = new Set(['etapa', 'etapas', 'passo', 'passos', 'parte', 'partes']);

/**
 * The steps asked for by this message where the citizen is: one by one ("passo a passo") anywhere; shown as a whole ("me
 * mostra as etapas") only with nothing in focus, since on a card start_walk reads those with the words of the case.
 */
function stepsAsked(t: TurnBuilder, m: Reading): boolean {
  return t.state.focus === undefined ? asksStepByStep(m) : stepByStep.union(m) !== undefined;
}

/**
 * The message asks to be taken through the steps one by one ("passo a passo", "etapa por etapa", "por partes"), or
 * asks for the steps to be shown ("me mostra as etapas").
 */
export function asksStepByStep(m: Reading): boolean {
  return stepByStep.union(m) !== undefined || stepsShown(m);
}

/**
 * The one related service of the focus that the message names with a word of its names that the focus's names
 * lack, the rest of the message on the same subject ("nao moro perto, queria a visita por video" on the prison
 * visitor registration names the video visit).
 */
export function relatedNamed(t: TurnBuilder, focus: Service, m: Reading): Service | undefined {
  const stems = analyze(namingWords(m, []).join(' '));
  const own = nameStems(focus);
  // The message stays on the subject in view (a word of the focus's names) or names the other one twice.
  const onSubject = stems.some((x) => own.has(x));
  // A word the related service's names only say denied, said here without the denial, names the opposite case ("ele
  // voltou a me ameaçar" on the protective order is no "não voltou para casa").
  const undenied = undeniedStems(m.tokens);
  const named = focus.related.flatMap((id) => {
    const r = serviceOf(t.ctx, id);
    const distinct = r ? stems.filter((x) => !own.has(x) && nameStems(r).has(x) && !(deniedNameStems(r).has(x) && undenied.has(x))).length : 0;
    return r && (distinct >= 2 || (distinct === 1 && (onSubject || stems.length === 1))) ? [r] : [];
  });
  if (named.length <= 1) return named[0];
  // "ele ja tem, so perdeu. é segunda via" on the 1st copy of the CIN names its 2nd copy and the gov.br account (a lost
  // password): the one of the same document, sharing most of the focus's title and named by a word of its own title
  // that the focus's lacks ("segunda"), is meant. A story that brushes several names (a theft told) stays undecided.
  const focusTitle = titleStems(focus);
  const shared = named.map((r) => (stems.some((x) => !own.has(x) && titleStems(r).has(x)) ? [...titleStems(r)].filter((x) => focusTitle.has(x)).length : 0));
  const most = Math.max(...shared);
  return most > 0 && shared.filter((n) => n === most).length === 1 ? named[shared.indexOf(most)] : undefined;
}

/**
 * True for "como faço?" asked alone about the card in view (its other words, if any, from the service's title:
 * "como que eu faço a inscrição" on the EJA): the answer is the walkthrough. Not in a walkthrough, a form or its
 * summary, and not when other words may name something else ("como consulto o bo depois?" on the theft report).
 */
function walksFrom(t: TurnBuilder, m: Reading, hit: TopicHit, s: Service): boolean {
  const at = t.state.view.at;
  if (hit.topics.length !== 1 || hit.topics[0] !== 'how' || s.steps.length < 2) return false;
  // "Como tirar a licença de pesca amadora, passo a passo?": the steps asked for, of the service in focus or of
  // the one named when none is.
  // The steps shown as a whole ("me mostra as etapas") only with nothing in focus: on a card, start_walk reads them, with
  // the words of the citizen's case ("como consulto o bo depois? me mostra as etapas" on the CIN asks of another).
  if (at !== 'form' && at !== 'confirm' && at !== 'walkthrough' && (t.state.focus === undefined || t.state.focus === s.id) && stepsAsked(t, m)) return true;
  if (at !== 'service' || t.state.focus !== s.id) return false;
  // "e como eu evito que bloqueiem de novo?": how to keep it from happening again asks for what the card says of it,
  // not to be walked from the first step, though its words name nothing (round 3621).
  if (ASKS_PREVENT.test(fold(m.text))) return false;
  // "e como eu acompanho?", "como sei em que pé tá?": how the request made is followed asks for the card's step of
  // following it, not to be walked from the first step (round 6540); "como fico sabendo?" asks what the card says of it,
  // on any card (round 6541).
  if (followingAsked(undefined, m.text)) return false;
  // "faço o endereço antes ou depois de renovar?": the order of two acts asks for the steps as a whole, with the card's
  // sentence that tells it, not to be walked from the first step (lead, round 3900).
  if (orderAsked(m) !== undefined) return false;
  return guidanceOnly(t, m, hit.used, s);
}

/** Words of asking to be guided ("me ensina", "instruções detalhadas", "vou anotando"): they name no service. */
const GUIDANCE_WORDS: ReadonlySet<string> = new Set([
  'ensina', 'ensinar', 'ensine', 'instrucao', 'instrucoes', 'detalhada', 'detalhadas', 'detalhado', 'detalhe', 'detalhes', 'orientada', 'orientado', 'orientar',
  'orientacao', 'oriente', 'orienta', 'explica', 'explicar', 'explique', 'primeiro', 'primeira', 'anotando', 'anotar', 'anoto', 'bora', 'fala', 'falar', 'ai', 'entao', 'aqui',
  'vou', 'ser', 'certinho', 'direitinho', 'tudo', 'mostra', 'mostrar', 'mostre', 'manda', 'mande', 'passa', 'passar',
]);

/**
 * True when the words a cue leaves over only ask to be guided through the service in view: none left, or each one
 * of its title, a word no service uses, a word of asking for guidance, or the person it is for ("no cadastro do
 * meu filho"). A word of another service ("como consulto o bo depois?") is not.
 */
export function guidanceOnly(t: TurnBuilder, m: Reading, used: readonly number[], s: Service): boolean {
  const naming = namingWords(m, used);
  if (naming.length === 0) return true;
  return naming.every((w) => inTitle(s, w) || GUIDANCE_WORDS.has(w) || WHO_WORDS.has(w) || !t.ctx.search.knows(w));
}

/** Question words, as the chat spellings of them are read ("qntos", "qnd", "qm"). */
const SPELT_QUESTION: ReadonlySet<string> = new Set(['quanto', 'quantos', 'quanta', 'quantas', 'quando', 'quem', 'que', 'porque', 'onde', 'qual', 'quais', 'como']);

/** Adverbs, as their chat spellings are read ("mt", "mto", "tbm"): unknown to the search as typed, they would sink the rest. */
const SPELT_FILLERS: ReadonlySet<string> = new Set(['muito', 'tambem']);

/**
 * A story told as a first message that tells a thing lost or taken and asks another one (round 5860): "…tinham levado
 * minha bolsa, com a carteira de identidade dentro. O boletim eu já fiz. Agora preciso de outra identidade. Como faço?"
 * is the CIN's 2nd copy, not the theft report the story names; only when the service found points to it.
 */
function storyPick(t: TurnBuilder, m: Reading, found: Service, ask: string | undefined): Service | undefined {
  const copy = ask === undefined ? undefined : secondCopyAsked(t, m.text, ask);
  // Or what the asking sentence alone finds clearly ("Fiz o BO de perda. … Como tiro a segunda via da CNH?": the
  // report's lookup the story finds does not point to the licence's copy the question names), round 6121.
  return copy !== undefined && copy !== found && (found.related.includes(copy.id) || foundClearly(t, ask ?? '', copy)) ? copy : undefined;
}

/** Whether the search finds this service clearly, first, for the sentence alone. */
function foundClearly(t: TurnBuilder, sentence: string, s: Service): boolean {
  const found = t.ctx.search.search(sentence, 3);
  return found.clear && found.hits[0]?.id === s.id;
}

/** Handles a follow-up question: about the focus, another service, a list to choose from, or "which service?". */
export function followUp(t: TurnBuilder, m: Reading, hit: TopicHit): void {
  const target = targetOf(t, m, hit.used, hit.strong, hit.topics);
  // "coloquei kit gás no carro que uso pra rodar de *app*, como regularizo? quero o passo a passo": the steps one at a
  // time asked, with "como faço" or only a topic's ordinary word beside them, ask for the steps.
  const steps = stepsAsked(t, m) && (!hit.strong || hit.topics.every((k) => k === 'how'));
  switch (target.kind) {
    case 'service': {
      // A story told as a first message: the subject handled elsewhere its asking sentence names (round 5600).
      // Its asking sentence read once, for both (round 5860).
      const ask = target.isNew ? storyAsking(t, m.text) : undefined;
      const away = awayOfAsking(t, ask);
      if (away !== undefined) return showElsewhere(t, away, m.text);
      const picked = target.isNew ? (storyPick(t, m, target.service, ask) ?? target.service) : target.service;
      // Picked by its asking sentence, the question is that sentence's: a word of the story or of the text it quotes
      // ("No texto está: 'Documentos extraviados…'") asks nothing (round 6121).
      const askedThere = picked !== target.service && ask !== undefined ? findTopics(readPlain(ask), false)?.topics : undefined;
      if (picked !== target.service) return answerAbout(t, picked, steps ? ['how'] : (askedThere ?? hit.topics), true, true, walksFrom(t, m, hit, picked));
      // "ta, voltando no agendamento, toda uai faz tudo?" after the identity card: the topic's cue is a word gone back
      // to ("agendamento", "reclamação do *posto*"), which names the service, not the question; the question after it
      // is asked of the service gone back to, and its sentence holding the question's words answers (round 1962).
      const back = target.isNew ? backObject(m.text) : [];
      const rest = back.length > 0 && hit.used.every((i) => back.includes(m.tokens[i] ?? '')) ? afterBack(m.text) : undefined;
      if (rest !== undefined && sayBackAsked(t, target.service, rest)) return;
      // "paguei o licenciamento e não baixou o documento": a payment made and not credited, told with the service it was
      // for, opens that service on its sentences on when a payment is credited, not on the topic its words brush (round 4760).
      if (target.isNew && !steps && paymentTroubleTold(m) !== undefined) return openOnPaymentTrouble(t, target.service, m);
      // The topics asked besides a name said whole that holds a cue's word (round 4204): none, the card.
      if (target.topics?.length === 0 && !steps) return showService(t, target.service);
      const given: TopicHit = steps ? { ...hit, topics: ['how'] } : target.topics ? { ...hit, topics: target.topics } : hit;
      // "e se passar desse prazo?" on a card that charges for lateness: what it costs, not the deadline again (round 6162).
      const asked: TopicHit = !steps && given.topics.every((k) => k === 'time') && lateChargeAsked(target.service, m.text) ? { ...given, topics: ['cost'] } : given;
      return answerAbout(t, target.service, asked.topics, target.isNew, true, walksFrom(t, m, asked, target.service));
    }
    case 'list':
      // "Como faço uma nova via da carteira de identidade?" on the first licence: a clear question that names another
      // service answers it there (round 6080).
      runSearch(t, target.query, { said: m.text, ...(t.state.focus !== undefined && hit.strong && isAsked(m.text) ? { topics: steps ? ['how'] : hit.topics } : {}) });
      if (hit.topics[0]) t.answered(hit.topics[0]);
      return;
    case 'search':
    case 'none': {
      // "precisa de foto?" right after the passport's reply, and no word of it names a service as written (the
      // search reads towns and stories further: "e o horário do ônibus de moc pra januária?" is the intercity bus).
      const away = t.state.focus === undefined && t.lastAway !== undefined ? awayById(t.lastAway) : undefined;
      const naming = away ? namingWords(m, hit.used) : [];
      if (away && !t.ctx.catalogue.services.some((s) => namedAsWritten(s, naming))) return showElsewhere(t, away, m.text);
      // "qntos pontos tenho na cnh": the question's own words in chat spelling, unknown to the search, would sink
      // the rest; they are searched as the words they stand for (the rest as typed).
      const typed = fold(m.text).split(' ').filter((w) => w !== '');
      const spelt = typed.length === m.tokens.length ? typed.map((w, i) => ((hit.used.includes(i) && SPELT_QUESTION.has(m.tokens[i] ?? '')) || SPELT_FILLERS.has(m.tokens[i] ?? '') ? (m.tokens[i] ?? w) : w)).join(' ') : fold(m.text);
      // The steps asked with nothing in focus: the service found opens at its first step.
      const walk = t.state.focus === undefined && steps ? { walk: true } : {};
      return spelt === fold(m.text) ? runSearch(t, m.text, walk) : runSearch(t, spelt, { said: m.text, ...walk });
    }
    case 'elsewhere':
      return showElsewhere(t, target.away, m.text);
    case 'ask': {
      // "vlw, falou" then "pera, e qnd abre as inscricao?": a question held back with a pause word, nothing in focus,
      // is about the service that was open last (round 4264).
      const held = PAUSE_WORDS.has(m.tokens[0] ?? '') ? serviceOf(t.ctx, (t.state.recent ?? []).at(-1) ?? '') : undefined;
      if (held !== undefined && !target.chat) return answerAbout(t, held, hit.topics, true);
      const labels = hit.topics.map((k) => topicLabels[k]);
      // The chat asked for its own hours: it is automatic, so it answers whenever it is written to.
      const chat = target.chat ? 'Aqui no chat você pode escrever a qualquer hora, todos os dias. 🙂 ' : '';
      t.say(`${chat}Sobre qual serviço você quer saber ${labels.join(' e ')}? Escreva o nome do serviço, por exemplo "renovar CNH" ou "segunda via do RG".`, t.state.options.length > 0 ? t.state.options : undefined, undefined, { kind: 'notice' });
      if (hit.topics[0]) t.answered(hit.topics[0]);
      return;
    }
  }
}

const topicLabels: Record<Topic, string> = {
  cost: 'o custo',
  documents: 'os documentos',
  where: 'onde fazer',
  time: 'o prazo',
  online: 'se dá para fazer pela internet',
  requirements: 'quem pode pedir',
  appointment: 'o agendamento',
  minors: 'as regras para menores de idade',
  link: 'a página oficial',
  how: 'como fazer',
  contact: 'o telefone de contato',
  hours: 'os dias e horários de atendimento',
  agency: 'qual órgão é responsável',
};

/** Single words of doing among REMOTE_VERBS (cues.ts), and the places and hours away from a desk, as one pattern. */
const REMOTE_VERB_WORDS: ReadonlySet<string> = new Set([...REMOTE_VERBS.filter((v) => !v.includes(' ')), 'pode']);
/** Words apart, only places away from a desk: an hour ("no fim de semana") with the verb apart tells when, not how (round 3701). */
const REMOTE_PLACE = new RegExp(`(?:^| )(?:${REMOTE_WHERE.filter((w) => !REMOTE_HOURS.has(w)).sort((a, b) => b.length - a.length).join('|')})(?= |$)`);

/** The indices of a verb of doing and, after it, a place or hour away from any desk ("da pra pegar o boleto daqui?"). */
function remoteDoing(m: Reading): number[] | undefined {
  if (!isAsked(m.text)) return undefined;
  const joined = m.tokens.join(' ');
  const place = REMOTE_PLACE.exec(joined);
  if (place === null) return undefined;
  const start = joined.slice(0, place.index + (place[0].startsWith(' ') ? 1 : 0)).split(' ').length - 1;
  const length = place[0].trim().split(' ').length;
  const verb = m.tokens.findIndex((w, i) => i < start && REMOTE_VERB_WORDS.has(w));
  if (verb < 0) return undefined;
  return [verb, ...Array.from({ length }, (_, k) => start + k)];
}

/**
 * Being able to, asked in the first person or of anyone ("consigo", "dá pra", "tem como", "posso"), then a verb of getting it
 * done; not "pode registrar agora?", which asks the bot to do it.
 */
const NOW_ABLE = /\b(?:consigo|conseguimos|posso|podemos|da (?:pra|para)|tem como|e possivel)(?: (?:eu|ja|ainda))? (?:fazer|faco|tirar|tiro|pedir|peco|pegar|pego|emitir|emito|imprimir|baixar|resolver|resolvo|solicitar|registrar|retirar|buscar|liberar|receber)\b/;
/** The moment the citizen is in: now, today, tonight ("hj msm", "agora de noite"); not "agora" opening the message ("agora, …"). */
const NOW_SAID = /(?<!^(?:e |mas |ta |ok )?)\b(?:agora|hoje|neste momento|nesse momento|de madrugada|de noite|a noite)\b/;

/** The indices of the ability and the moment in "consigo tirar agora?" (a question only), if both are said. */
function nowAsked(m: Reading): number[] | undefined {
  if (!isAsked(m.text)) return undefined;
  const joined = m.tokens.join(' ');
  const able = NOW_ABLE.exec(joined);
  const when = NOW_SAID.exec(joined);
  if (able === null || when === null) return undefined;
  const from = tokenAt(joined, able.index);
  const moment = tokenAt(joined, when.index);
  return [...able[0].split(' ').map((_, k) => from + k), ...when[0].split(' ').map((_, k) => moment + k)];
}

/** Asked whether the case told is enough ("isso basta?", "tem problema?", "serve assim?", "consigo assinar assim?"). */
const ENOUGH_ASKED = /\b(?:(?:isso |so isso |assim )?(?:basta|bastaria|e suficiente|seria suficiente|da certo|daria certo|tem problema|teria problema|tem algum problema|e problema|serve assim|assim serve|vale assim|funciona assim)(?: (?:pra|para) [a-z]+(?: [a-z]+){0,2})?|(?:consigo|posso|da pra|da para|pode|consegue)(?: [a-z]+){1,4} assim)$/;
/** A condition of the citizen's own told: what they have, lack or use, where they live ("só tenho", "não uso", "moro em"). */
const OWN_CASE = /\b(?:so tenho|so uso|uso so|nao tenho|nao uso|nao possuo|nao tem|so o|so a|so com|so pelo|so pela|venceu|vencid[oa]|moro em|moro na|moro no|sou de)\b/;

/** The indices of the question whether the case told is enough, when a condition of the citizen's own is told before it. */
function enoughAsked(m: Reading): number[] | undefined {
  if (!isAsked(m.text)) return undefined;
  const joined = m.tokens.join(' ');
  const ask = ENOUGH_ASKED.exec(joined);
  if (ask === null) return undefined;
  const told = OWN_CASE.exec(joined);
  if (told === null || told.index >= ask.index) return undefined;
  const from = tokenAt(joined, ask.index);
  // The case told in a clause of its own, before the one that asks: "so a nota basta?" asks whether the thing is enough,
  // no case of the citizen's (merge review).
  const toldAt = tokenAt(joined, told.index);
  if (![...(m.pauses ?? [])].some((p) => p >= toldAt && p < from)) return undefined;
  return ask[0].split(' ').map((_, k) => from + k);
}

/** Words that may close the question after the town ("aqui em bh *mesmo*?", "em contagem *tambem*?"). */
const TOWN_TAIL = /( (mesmo|tambem|entao|ne|ou nao))+$/;

/**
 * "sou de outra cidade, posso fazer aqui em bh msm?": the same question in the message's last part, after a part that
 * tells the citizen's case, and with a word closing it (round 3843).
 */
function townAskedLast(m: Reading): RegExpExecArray | null {
  const last = innerPauses(m).at(-1) ?? -1;
  const part = m.tokens.slice(last + 1).join(' ');
  const bare = part.replace(TOWN_TAIL, '');
  return last < 0 && bare === part ? null : TOWN_ASK.exec(bare);
}

/** The things that open for a period (registrations, enrolment, places, a selection) and the words of being open or opening. */
const PERIOD_THING = '(?:as |a |o |os )?(?:inscricoes|inscricao|matriculas|matricula|periodo de inscricao|periodo de matricula|vagas|selecao|processo seletivo|edital)';
const PERIOD_ASKED = new RegExp(
  `\\b(?:${PERIOD_THING} (?:ja )?(?:esta|estao|ta|tao|sao|ficam|fica|continua|continuam|ainda estao|ainda esta|ainda ta|ainda tao) (?:aberta|abertas|aberto|abertos)` +
    `|(?:ja |ainda )?(?:abriu|abriram|abre|abrem|comecou|comecaram|encerrou|encerraram|fechou|fecharam)${PERIOD_THING.replace('(?:as |a |o |os )?', ' (?:as |a |o |os )?')}` +
    '|(?:entrar|comecar|me inscrever|se inscrever|inscrever|matricular) (?:agora )?(?:no|em) (?:meio do ano|meio do semestre|segundo semestre|meio do periodo))\\b',
);

/** The indices of a question whether a period of asking is open now ("as inscrições estão abertas?"), if one is asked. */
function periodAsked(m: Reading): number[] | undefined {
  return isAsked(m.text) ? tokensMatched(m, PERIOD_ASKED) : undefined;
}

/** Having no credit or balance on the phone ("sem crédito", "sem saldo"). */
const NO_CREDIT = /\bsem (?:credito|saldo)\b/;
/** Words of calling ("ligar", "ligação", "telefonar"). */
const CALL_WORDS: ReadonlySet<string> = new Set(['ligar', 'ligo', 'ligacao', 'telefonar', 'telefono', 'discar']);

/** The topic cue sets, compiled once (the trained fallback of guess.ts learns from them). */
export function topicCueSets(): readonly { topic: Topic; strong: CueSet; weak: CueSet }[] {
  return compiled;
}

/** A new service opened on a payment told made and not credited (see followUp, round 4760). */
function openOnPaymentTrouble(t: TurnBuilder, s: Service, m: Reading): void {
  t.go({ at: 'service', serviceId: s.id });
  t.events.push({ type: 'service_viewed', serviceId: s.id });
  t.reach('service_viewed');
  sayPaymentTrouble(t, s, m);
}
