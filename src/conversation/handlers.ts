// Recognisers and handlers of the intent table that are too long to sit in the table itself.
import type { OtherStates, Service } from '../catalogue/schema.ts';
import { analyze, fold, stem, words as searchWords, stemOrSelf } from '../search/normalize.ts';
import { isAsked } from './commands.ts';
import { ADDRESS_TERMS, APOLOGIES, ASKED_WORDS, WH_WORDS, BOT_BLAME, BOT_PRAISE, YOU_WORDS, DEFINITE_ARTICLES, DEMONSTRATIVES, HERE_WORDS, WANT_OPENERS, INTERJECTIONS, PAUSE_WORDS, REQUEST_WORDS, SOCIAL, SOCIAL_OBJECTS, type SocialKind, WHAT_CHANGES } from './cues.ts';
import { awayById, backInMinas, comparedHere, elsewhere } from './elsewhere.ts';
import { channelStems, DENIALS, inTitle, memo, namedAsWritten, foreignTo, namedCount, nameKeywordWords, nameStems, namesService, namingWordsOf, spokenOfAll, synonymStems, titleStems, withSynonyms } from './naming.ts';
import { answerTopic, asksProxy, COUNT_TOLD, splitSentences, caseSentences, official, quotable, rarePassages, speltOut, thingSentence, otherStateAt, passages, surePassages, deadlines, namedThingSentences, onlyNameAsked } from './followup.ts';
import type { Topic } from './types.ts';
import { answerField, askField, offerLeave, startForm, takeAnswers } from './form.ts';
import { answersGiven } from './amend.ts';
import { formOf, inForm, type FormAt, type Hit, type Message } from './message.ts';
import { CueSet, isGlue, isWhole, readPlain, type Reading } from './reading.ts';
import { ackLead, agesSaid, chatWay, tokensMatched, answerAbout, asideOfAway, BECAUSE, everyWordIn, FEAR, findTopics, focusOf, isOwnWords, namedOnlyByFocus, namedWhole, namesNothing, namingWords, othersDenied, THING_CARRIED, relatedNamed, saysOnly, THIS_WORDS, type TopicHit } from './topics.ts';
import { offeredServices, type Searcher, serviceOf, type TurnBuilder } from './turn.ts';
import { findMunicipality, isPlaceWord } from './places.ts';
import { dataAsked } from './privacy-asked.ts';
import { introduced } from './introduced.ts';
import { curseSaid, helpsOthers, homeViolenceTold, joblessTold, type JoblessCard, ofThisSaid, personalData, piousSaid, professionalRole, stateAsked, tripTold } from './story.ts';
import { copy, stepLines } from './text.ts';
import { FAMILY } from '../core/people.ts';
import { socialReply } from './social.ts';
import { ABOUT_IT, isQuestion, namedLead, plainOfKin, runSearch, sayFound, sayQuoted, showService, WHO_WORDS } from './views.ts';
import { TELLING } from './heard.ts';

const socialCues = (Object.keys(SOCIAL) as SocialKind[]).map((kind) => ({ kind, cues: CueSet.of(SOCIAL[kind]) }));
/**
 * "Tudo bem? Espero não estar atrapalhando.": a topic's words that lie inside a longer social cue ("atrapalhando" in
 * the courtesy of not disturbing) are that cue's, even where a "?" elsewhere makes the message a question (round 4920).
 */
export function insideSocialCue(m: Message, used: readonly number[]): boolean {
  return used.length > 0 && socialCues.some(({ cues }) => {
    const hit = cues.union(m);
    return hit !== undefined && used.every((i) => hit.includes(i)) && hit.filter((i) => !used.includes(i)).length >= 2;
  });
}
/** What the citizen calls the bot by ("bom dia *flor do dia*"): rides along with a social cue. */
const addressCues = CueSet.of(ADDRESS_TERMS);

/** Whether the chat is safe or to be trusted ("isso aqui é *seguro*?"), round 4721. */
const SAFE_WORDS: ReadonlySet<string> = new Set(['seguro', 'segura', 'confiavel']);
/** "de *graça*": the words of free of charge, which share a stem with the thanks' "gracias". */
const FREE_OF_CHARGE: ReadonlySet<string> = new Set(['graca', 'gracas', 'gratis']);
/** Helping told as going on or to come ("tô *ajudando* minha avó", "vou *ajudar* meu pai"): the thanks' stem, no thanks. */
const HELPING_NOW = /^ajud(ando|ar|arei|o|amos)$/;
/**
 * "ele pode ser *obrigado a* sair?": the participle of an obligation, after a verb of being or before "a" and a verb,
 * though spelt as the thanks. (The noun and the verb's other forms, "obrigações", "obriga", have a stem of their own:
 * reading.ts, SHARED_STEMS.)
 */
const OBLIGED = /^obrigad[oa]s?$/;
const BEING_SO: ReadonlySet<string> = new Set(['ser', 'sou', 'fica', 'ficar', 'sao', 'somos', 'seja', 'sera']);
const obligation = (tokens: readonly string[], i: number): boolean =>
  OBLIGED.test(tokens[i] ?? '') && (BEING_SO.has(tokens[i - 1] ?? '') || (tokens[i + 1] === 'a' && /(ar|er|ir)$/.test(tokens[i + 2] ?? '')));

/** Verbs of having to ("tenho que", "precisa", "devo"), before a verb they govern. */
const MUST_WORDS: ReadonlySet<string> = new Set(['tem', 'tenho', 'temos', 'preciso', 'precisa', 'precisamos', 'devo', 'deve', 'devemos', 'terei', 'teria', 'precisarei', 'precisaria']);

const WEAK_SOCIAL: ReadonlySet<SocialKind> = new Set(['greeting', 'howAreYou', 'ack', 'declined', 'surprise', 'dismay']);

/** Words of an "ok" that, asked after a hello, ask how one is ("oi, *beleza*?", "eae *suave*?", "opa, *tranquilo*?"). */
const ASKED_HOW: ReadonlySet<string> = new Set(['beleza', 'suave', 'tranquilo', 'joia', 'show', 'de', 'boa', 'tudo', 'esta']);

/**
 * Verbs telling what someone said, right before the words of waiting ("comentou que demora"): a report, no impatience.
 * The hearsay reader's verbs of being told (heard.ts), with a few of explaining and the present tense.
 */
const REPORTED: ReadonlySet<string> = new Set([...TELLING, 'explicou', 'afirmou', 'falam', 'fala']);
/** Words that put the wait on the chat ("vcs", "você", "ninguém", "aqui", "atendente"). */
const AT_THE_CHAT: ReadonlySet<string> = new Set(['vc', 'vcs', 'voce', 'voces', 'ce', 'ces', 'ninguem', 'ngm', 'aqui', 'atendente', 'atendimento', 'bot', 'robo', 'chat', 'hein', 'aff', 'affs']);
/** A message opening with a case put ("e se …", "mas se …", "caso …"). */
const CASE_OPENING = /^(?:(?:e|mas|ta|ok|ai)\s+){0,2}(?:se|caso)\b/;

/** Interjections that are also a place's name: "uai" after an article or preposition is the UAI ("agendar *na uai* 🙏"). */
const PLACE_INTERJECTIONS: ReadonlySet<string> = new Set(['uai']);
/** Articles and prepositions before a place's name ("na", "pra", "numa"…). */
const BEFORE_PLACE: ReadonlySet<string> = new Set(['a', 'na', 'da', 'pra', 'para', 'pela', 'uma', 'numa', 'duma', 'nessa', 'dessa', 'essa', 'sua']);

/** Social kinds whose cues together make up what the message says ("bom dia, tudo bem?"; "nossa, muito bom, foi bem rápido!"). */
function social(t: TurnBuilder, m: Message, also: readonly number[], blocked: readonly number[]): Hit | undefined {
  const kinds = new Set<SocialKind>();
  const used = new Set<number>(also);
  let acked: number[] = [];
  const hits = new Map<SocialKind, readonly number[]>();
  // "acabei de me mudar da…" tells where from: its "acabei" is no "done" (ack).
  const moved = movedFrom(t, m);
  for (const { kind, cues } of socialCues) {
    const hit = cues.union(m);
    if (hit && hit.some((i) => !used.has(i) && !blocked.includes(i) && !moved.includes(i))) {
      kinds.add(kind);
      hits.set(kind, hit);
      for (const i of hit) used.add(i);
      if (kind === 'ack') acked = hit;
    }
  }
  // "vc é muito educada", "você é lerdo demais": what the citizen says the bot is, praise or blame by the adjective.
  const said = youAre(m);
  if (said && !said.at.some((i) => blocked.includes(i) || moved.includes(i))) {
    kinds.add(said.kind);
    hits.set(said.kind, said.at);
    for (const i of said.at) used.add(i);
  }
  // "isso aqui é seguro?", "é confiável?": whether the chat is safe asks what becomes of the data too (round 4721).
  if (hits.get('bot')?.some((i) => SAFE_WORDS.has(m.tokens[i] ?? '')) === true) kinds.add('privacy');
  // "quero um advogado de graça": "graça" shares its stem with the thanks' "gracias"; free of charge is no thanks.
  if (hits.get('thanks')?.every((i) => FREE_OF_CHARGE.has(m.tokens[i] ?? '') || HELPING_NOW.test(m.tokens[i] ?? '') || obligation(m.tokens, i))) kinds.delete('thanks');
  // "tenho que voltar lá depois?", "precisa voltar outro dia?": whether one must come back, a step of the service,
  // asked; not the talk put off ("volto depois"). A verb of having to right before the cue, in a question (round 2941).
  const later = hits.get('later');
  if (later !== undefined && isAsked(m.text) && MUST_WORDS.has(m.tokens[Math.min(...later) - 1] === 'que' ? (m.tokens[Math.min(...later) - 2] ?? '') : (m.tokens[Math.min(...later) - 1] ?? ''))) kinds.delete('later');
  // "e se passar disso e ninguém responder?", "caso ninguém responda": waiting put as a case is a question about the
  // service's answer, never the bot told it is slow (round 3649, r34c).
  if (hits.has('waiting') && CASE_OPENING.test(m.tokens.join(' '))) kinds.delete('waiting');
  // "demora pra responder?" asked on a card, "ele também comentou que demora um mês": the service's time asked or
  // reported, not the chat told it is slow; a word for the chat ("vcs demoram pra responder", "ninguém responde") keeps
  // the wait (declared round 6481, blind 111 and 112).
  const wait = hits.get('waiting');
  if (wait !== undefined && (REPORTED.has(m.tokens[Math.min(...wait) - 1] ?? '') || (isAsked(m.text) && t.state.focus !== undefined)) && !m.tokens.some((w) => AT_THE_CHAT.has(w))) kinds.delete('waiting');
  // "primeiro dia de aula dele, precisa de uniforme?": news told before a question asks the question (round 5940).
  if (isAsked(m.text)) kinds.delete('news');
  // "ngm me ajuda": a kind whose words all lie inside a longer cue of another ("me ajuda", read as the thanks' "me
  // ajudou", inside "ninguém me ajuda") is that other's word, not a kind of its own.
  for (const [kind, hit] of hits) {
    if ([...hits].some(([other, longer]) => other !== kind && longer.length > hit.length && hit.every((i) => longer.includes(i)))) kinds.delete(kind);
  }
  // "oi, beleza?", "eae mano suave?": after a hello, such a word asked is how the bot is, not an "ok".
  if (kinds.has('greeting') && kinds.has('ack') && isAsked(m.text) && acked.every((i) => ASKED_HOW.has(m.tokens[i] ?? ''))) {
    kinds.delete('ack');
    kinds.add('howAreYou');
  }
  // Surprise said with another social cue only colours it ("nossa, muito bom": praise; "eita, foi mal": an apology).
  if (kinds.size > 1) kinds.delete('surprise');
  // "aff demorou": a sigh with the wait is annoyance at the wait, no insult (round 4262).
  if (kinds.has('waiting') && hits.get('insult')?.every((i) => INTERJECTIONS.has(m.tokens[i] ?? '')) === true) kinds.delete('insult');
  // Interjections ("uai", "nossa") and what the turn is about ("pela ajuda") ride along with a social cue, never stand for one.
  m.tokens.forEach((w, i) => {
    if ((INTERJECTIONS.has(w) && !(PLACE_INTERJECTIONS.has(w) && BEFORE_PLACE.has(m.tokens[i - 1] ?? ''))) || SOCIAL_OBJECTS.has(w)) used.add(i);
    // How many times the citizen tried ("já tentei 3 vezes").
    if (/^\d{1,2}$/.test(w) && (m.tokens[i + 1] === 'vezes' || m.tokens[i + 1] === 'vez')) used.add(i).add(i + 1);
    // The time of day ("3 da manhã aqui", "plantão de 12h").
    for (const n of timeOfDay(m, i)) used.add(n);
  });
  // What the citizen thanks for, after "pelo"/"pela" up to the pause ("vlw *pelo aviso*", "obrigada *pela orientação
  // sobre o exame*"): a thing the bot gave, never a request.
  for (const i of thankedFor(m, hits.get('thanks'))) used.add(i);
  // A letter's signature after its closing ("Atenciosamente, Roberto Lima, secretário escolar."): who signs, at most
  // seven words to the end (round 4150).
  const closing = m.tokens.findIndex((w) => LETTER_CLOSINGS.has(w));
  if (closing >= 0 && m.tokens.length - closing <= 8) for (let i = closing + 1; i < m.tokens.length; i++) used.add(i);
  // Whom the bot is compared with, in praise, thanks or a complaint ("você explica muito bem, *melhor que o atendente
  // do posto*", "me ajudou *mais que o povo da agencia*", "obrigado, foi *melhor do que ir no detran*").
  if (kinds.has('compliment') || kinds.has('thanks') || kinds.has('insult')) for (const i of comparedWith(m)) used.add(i);
  // Who asks through the citizen ("minha avó quer saber rs").
  for (const i of askedBy(m)) used.add(i);
  // How this chat reached the citizen, told with a fear of a scam ("Meu neto me mandou este contato. Isto aqui é
  // golpe?"): the story of the chat, no request (round 6062).
  if (kinds.has('scam') || kinds.has('bot')) for (const i of chatReached(m, new Set(used))) used.add(i);
  // The message received that the citizen would send or paste, told beside asking to ("posso te mandar o audio q
  // minha vo recebeu?", "tirei print da mensagem do detran, da pra mandar print aqui?"): what it is and who sent it,
  // no request; text is read, so the reply invites pasting or typing what it says (round 6120).
  if (kinds.has('voice') || kinds.has('attachment') || kinds.has('paste')) {
    const told = receivedTold(m);
    if (told.length > 0) kinds.add('paste');
    for (const i of told) used.add(i);
  }
  // What the citizen calls the bot by ("oi querida", "bom dia flor do dia").
  for (const i of addressCues.union(m) ?? []) used.add(i);
  // Who the citizen is and how old ("aqui é a dona maria, tenho 78 anos"). Not where the form asks for the name: there
  // the introduction is the answer ("ah beleza. meu nome é Ana Clara Mendes"), the "ok" before it only opens it.
  const f = formOf(t);
  const asksName = f?.form.fields[f.field]?.type === 'name';
  for (const i of [...(asksName ? [] : introduction(m)), ...age(m)]) used.add(i);
  // The citizen's trade ("bom dia pessoal, sou despachante aqui de divinópolis"): who they are, no request (round 4150).
  for (const i of professionalRole(m)) used.add(i);
  // And what that trade does for others ("…e às vezes ajudo as famílias com os serviços do governo"), round 6266.
  for (const i of helpsOthers(m)) used.add(i);
  // "brigadão, fui": a last "fui" after a social cue is leaving ("I'm off"), not "fui demitido".
  const lastAt = m.tokens.length - 1;
  if (kinds.size > 0 && lastAt > 0 && m.tokens[lastAt] === 'fui') used.add(lastAt);
  if (kinds.size === 0) return undefined;
  // "Desculpe, eu sou o comprador, quero passar o carro para o meu nome": an apology alone, then a clause that asks for
  // something with words after the asking verb: the request is the message, the apology only opens it.
  if (kinds.size === 1 && kinds.has('sorry') && apologyOpens(m)) return undefined;
  // Thanks, praise, a goodbye… said with words that name no service ("nossa, muito bom, foi bem rápido!") are still
  // small talk. Not a greeting or a bare "ok": the words after them may be the request they open ("oi, quero um
  // passaporte", "ah tá, e ela tá vencida também").
  const clear = [...kinds].some((k) => !WEAK_SOCIAL.has(k));
  // Where the citizen has just come from, told with a clear social cue ("você fala espanhol? acabei de me mudar da
  // argentina"): context, not a request. Not with a bare hello: "oi, me mudei de sp" may open a transfer.
  if (clear) for (const i of moved) used.add(i);
  // "já tentei e meu bo não aparece na consulta" on the report lookup: worn out by trying, and what fails told in the
  // negative in the card's own words; the card's sentence on it answers ("Se o boletim não aparecer…"), not patience.
  // Its "não" is no "no, thanks" (declined).
  if (kinds.has('struggling') && [...kinds].every((k) => k === 'struggling' || k === 'declined') && failsOnCard(t, m, [...used])) return undefined;
  // "sou idosa e meu genro me bate": violence at home told beside who the citizen is is the need, never small talk (round 6004).
  if (homeViolenceTold(m.text)) return undefined;
  // A hello or a sigh with words of the citizen's day that find no service at all ("Bom dia! Cheguei ontem a BH e ainda
  // estou me adaptando.", "nossa q frio q faz aqui"): small talk, not "no service found" (round 6620).
  const greeted = kinds.has('greeting') || kinds.has('howAreYou') || kinds.has('surprise');
  if (!(clear ? saysOnly(t, m, [...used], 'unfound') || botAskedInForm(t, m, kinds, [...used]) : isWhole(m, [...used]) || (greeted && saysOnly(t, m, [...used], 'none')))) return undefined;
  return { used: [...used], social: kinds };
}

/**
 * In a form, a question to the bot itself or about what it keeps ("vc é robo? so pra saber", "alguém de verdade vai ler
 * isso?", "vocês guardam o que eu escrevo aqui?"), the rest naming nothing: asked of the bot, not the field's answer
 * (a free-text field took it as the account). Only with its question mark: an answer is no question.
 */
function botAskedInForm(t: TurnBuilder, m: Message, kinds: ReadonlySet<SocialKind>, used: readonly number[]): boolean {
  return inForm(t) && isAsked(m.text) && (kinds.has('bot') || kinds.has('privacy')) && namesNothing(t, m, used, 'unfound');
}

/** Beside the cue, a denial ("não", "nunca") and words of the card in focus, every one its own: what fails on it told. */
function failsOnCard(t: TurnBuilder, m: Message, used: readonly number[]): boolean {
  const focus = focusOf(t);
  if (focus === undefined || !m.tokens.some((w, i) => i > 0 && DENIALS.has(w))) return false;
  const naming = namingWords(m, used).filter((w) => !isGlue(w));
  return naming.length > 0 && isOwnWords(focus, naming);
}

/** "você"/"vc" and the verb saying what it is ("vc *é*", "você *tá*", "vc *foi*"). */
const YOU_ARE: ReadonlySet<string> = new Set(['e', 'eh', 'ta', 'esta', 'foi']);
/** Words that only strengthen the adjective after them ("muito", "tão", "super"). */
const STRENGTHENERS: ReadonlySet<string> = new Set(['muito', 'mt', 'mto', 'tao', 'super', 'bem', 'mo', 'bastante', 'demais', 'um', 'uma', 'meio', 'mesmo', 'sempre', 'ate']);

/**
 * "vc é muito educada", "você foi super atenciosa", "vc é lerdo demais": the bot said to be something, by the words of
 * BOT_PRAISE or BOT_BLAME after "você é" (with words that strengthen it between): its tokens and whether it is praise.
 */
function youAre(m: Message): { kind: 'compliment' | 'insult'; at: number[] } | undefined {
  // Asked ("vc é rápido?"), it is a question about the chat, not praise.
  if (isAsked(m.text)) return undefined;
  for (let i = 0; i + 2 < m.tokens.length; i++) {
    if (!YOU_WORDS.has(m.tokens[i] ?? '') || !YOU_ARE.has(m.tokens[i + 1] ?? '')) continue;
    let j = i + 2;
    while (STRENGTHENERS.has(m.tokens[j] ?? '') && j < m.tokens.length - 1) j++;
    const word = m.tokens[j] ?? '';
    const kind = BOT_PRAISE.has(word) ? 'compliment' : BOT_BLAME.has(word) ? 'insult' : undefined;
    if (kind === undefined) continue;
    let end = j;
    while (STRENGTHENERS.has(m.tokens[end + 1] ?? '')) end++;
    return { kind, at: m.tokens.map((_, k) => k).filter((k) => k >= i && k <= end) };
  }
  return undefined;
}

/** Words that open what one thanks for ("obrigado *pelo* aviso", "valeu *pela* força", "grato *por* tudo"). */
const THANKED_FOR: ReadonlySet<string> = new Set(['pelo', 'pela', 'pelos', 'pelas', 'por']);

/**
 * The words of what the citizen thanks for: right after a thanks cue, "pelo"/"pela" and up to four words to the next
 * pause ("vlw pelo aviso", "obrigado pelas informações do ipva"); none otherwise.
 */
function thankedFor(m: Message, thanks: readonly number[] | undefined): number[] {
  if (!thanks || thanks.length === 0) return [];
  const at = Math.max(...thanks) + 1;
  if (!THANKED_FOR.has(m.tokens[at] ?? '')) return [];
  const out = [at];
  for (let i = at + 1; i < m.tokens.length && i <= at + 4; i++) {
    if (m.pauses?.has(i - 1) ?? false) break;
    out.push(i);
  }
  const closes = out.length > 1 && (out[out.length - 1] === m.tokens.length - 1 || (m.pauses?.has(out[out.length - 1] ?? -1) ?? false));
  return closes ? out : [];
}

/** Words of a comparison in praise ("*melhor que* o atendente", "*mais rápido do que* o posto"). */
const BETTER: ReadonlySet<string> = new Set(['melhor', 'mais', 'pior']);

/**
 * In praise, the clause that compares the bot with someone, from "melhor que"/"mais … que" to the end of its clause,
 * five words at most ("melhor que o atendente do posto"); none otherwise.
 */
function comparedWith(m: Message): number[] {
  const at = m.tokens.findIndex((w, i) => BETTER.has(w) && (m.tokens[i + 1] === 'que' || m.tokens[i + 2] === 'que' || (m.tokens[i + 1] === 'do' && m.tokens[i + 2] === 'que')));
  if (at < 0) return [];
  const out: number[] = [];
  for (let i = at; i < m.tokens.length; i++) {
    out.push(i);
    if (m.pauses?.has(i) ?? false) break;
  }
  return out.length <= 8 ? out : [];
}

/**
 * "Desculpe, eu sou o comprador, quero passar o carro para o meu nome": the apology that opens a message, up to its
 * pause, when a request follows (a verb of wanting with words after it); undefined otherwise. It corrects like "não,".
 */
export function apologyOpens(m: Reading): number[] | undefined {
  let end = 0;
  while (APOLOGIES.has(m.tokens[end] ?? '') && !(m.pauses?.has(end) ?? false)) end++;
  if (!APOLOGIES.has(m.tokens[end] ?? '') || !(m.pauses?.has(end) ?? false)) return undefined;
  const wants = m.tokens.findIndex((w, i) => i > end && WANT_OPENERS.has(w));
  return wants > 0 && m.tokens.slice(wants + 1).some((x) => !isGlue(x)) ? m.tokens.slice(0, end + 1).map((_, i) => i) : undefined;
}

const DAY_PARTS: ReadonlySet<string> = new Set(['manha', 'tarde', 'noite', 'madrugada']);

/** The tokens of a time of day starting at `i` ("12h", "3 horas", "3 da manhã", "da madrugada"), or none. */
function timeOfDay(m: Message, i: number): number[] {
  const w = m.tokens[i] ?? '';
  if (/^\d{1,2}(h|hs|hrs)$/.test(w)) return [i];
  const next = m.tokens[i + 1] ?? '';
  if (/^\d{1,2}$/.test(w) && (next === 'h' || next === 'hs' || next === 'horas' || next === 'hrs')) return [i, i + 1];
  if (/^\d{1,2}$/.test(w) && next === 'da' && DAY_PARTS.has(m.tokens[i + 2] ?? '')) return [i, i + 1, i + 2];
  if (w === 'da' && DAY_PARTS.has(next)) return [i, i + 1];
  return [];
}

/** Verbs of having just moved or arrived, said before where from ("acabei de me mudar da…", "vim do…", "cheguei de…"). */
const MOVED: readonly (readonly string[])[] = [['acabei', 'de', 'me', 'mudar'], ['acabei', 'de', 'chegar'], ['me', 'mudei'], ['cheguei'], ['vim'], ['acabei', 'de', 'vir']];
/** Words saying where something comes from ("*de* sp", "*do* rj"). */
const FROM: ReadonlySet<string> = new Set(['de', 'do', 'da']);
/** Words that lead to a place of origin ("da argentina", "do peru", "de portugal", "dos estados unidos"). */
const FROM_WORDS: ReadonlySet<string> = new Set([...FROM, 'das', 'dos']);

/**
 * The tokens of a clause saying where the citizen has just come from ("acabei de me mudar da argentina"): the place,
 * one to three words that end the clause, is a name the search does not know ("argentina", not "casa" nor "bh").
 */
function movedFrom(t: TurnBuilder, m: Message): number[] {
  for (const verb of MOVED) {
    const at = m.tokens.findIndex((_, i) => verb.every((w, k) => m.tokens[i + k] === w));
    if (at < 0) continue;
    const from = at + verb.length;
    if (!FROM_WORDS.has(m.tokens[from] ?? '')) continue;
    let end = from + 1;
    while (end < m.tokens.length && end - from <= 3 && !(m.pauses?.has(end - 1) ?? false)) end++;
    const place = m.tokens.slice(from + 1, end);
    const closes = end >= m.tokens.length || (m.pauses?.has(end - 1) ?? false);
    if (closes && place.length > 0 && place.every((w) => !isGlue(w) && !t.ctx.search.knows(w))) return m.tokens.map((_, k) => k).filter((k) => k >= at && k < end);
  }
  return [];
}

/** A letter's closing words, before the signature. */
const LETTER_CLOSINGS: ReadonlySet<string> = new Set(['atenciosamente', 'cordialmente']);

/** Openings of a citizen saying who they are ("aqui é…", "meu nome é…", "me chamo…", "quem fala é…"). */
const INTRODUCTIONS: readonly (readonly string[])[] = [['aqui', 'e'], ['aqui', 'eh'], ['aqui', 'quem', 'fala', 'e'], ['quem', 'fala', 'e'], ['meu', 'nome', 'e'], ['meu', 'nome', 'eh'], ['me', 'chamo'], ['eu', 'me', 'chamo']];
/** Titles before a name ("a *dona* maria", "o *seu* joão"). */
const HONORIFICS: ReadonlySet<string> = new Set(['dona', 'seu', 'sr', 'sra', 'senhor', 'senhora', 'doutor', 'doutora', 'dr', 'dra']);

/**
 * The tokens of an introduction ("aqui é a dona maria,", "meu nome é joão da silva"): the opening, an article, a
 * title, and a name of one to three words that ends the message or its clause. None when the words after the opening
 * are no name ("aqui é pra tirar o rg?": a word of the catalogue, without a title before it).
 */
function introduction(m: Message): number[] {
  // Where an age said in the message starts ("tenho 71 anos"), read once: it ends a name.
  let ageStart: number | undefined | null = null;
  const ageAt = (): number | undefined => (ageStart === null ? (ageStart = age(m)[0]) : ageStart);
  for (const opening of INTRODUCTIONS) {
    const at = m.tokens.findIndex((_, i) => opening.every((w, k) => m.tokens[i + k] === w));
    if (at < 0 || (at > 0 && !(m.pauses?.has(at - 1) ?? false) && !SOCIAL.greeting.some((g) => g === m.tokens[at - 1]))) continue;
    let i = at + opening.length;
    if (m.tokens[i] === 'a' || m.tokens[i] === 'o') i++;
    const titled = HONORIFICS.has(m.tokens[i] ?? '');
    if (titled) i++;
    const name = i;
    // The name runs to the clause's end (a pause or the message's), at most three words.
    while (i < m.tokens.length && i - name < 3) {
      const w = m.tokens[i] ?? '';
      if (/\d/.test(w) || (isGlue(w) && w !== 'da' && w !== 'de' && w !== 'do') || (!titled && NOT_NAMES.test(w)) || ageAt() === i) break;
      i++;
      if (m.pauses?.has(i - 1)) break;
    }
    // "meu nome é Geralda tenho 71 anos": the age said right after the name closes it as a pause would.
    const ends = i >= m.tokens.length || (m.pauses?.has(i - 1) ?? false) || ageAt() === i;
    if (i > name && ends) return m.tokens.map((_, k) => k).filter((k) => k >= at && k < i);
  }
  return [];
}

/** Words that, after "aqui é", ask about the place rather than say a name ("aqui é o site do detran?"). */
const NOT_NAMES = /^(site|pagina|canal|lugar|onde|atendimento|governo|detran|uai|pra|para)$/;

/** The tokens of the citizen's age ("tenho 78 anos", "com 70 anos"), or none. */
function age(m: Message): number[] {
  const a = agesSaid(m).find((x) => x.figures !== undefined && (x.next === 'anos' || x.next === 'ano'));
  if (a === undefined) return [];
  return a.prev === 'tenho' || a.prev === 'com' || a.prev === 'fiz' ? [a.at - 1, a.at, a.at + 1] : [a.at, a.at + 1];
}

/** Verbs of someone else wanting to know ("quer saber", "perguntou", "mandou perguntar"). */
const ASKING_FOR: readonly (readonly string[])[] = [['quer', 'saber'], ['queria', 'saber'], ['perguntou'], ['mandou', 'perguntar'], ['pediu', 'pra', 'perguntar'], ['esta', 'perguntando'], ['ta', 'perguntando']];

/** The tokens of a last clause saying who wants to know ("…? minha avó quer saber rs"), if the message ends with one. */
function askedBy(m: Message): number[] {
  const at = m.tokens.findIndex((w) => WHO_WORDS.has(w));
  if (at < 0 || !(at === 0 || m.pauses?.has(at - 1) || m.pauses?.has(at - 2))) return [];
  const from = at > 0 && (m.tokens[at - 1] === 'minha' || m.tokens[at - 1] === 'meu') ? at - 1 : at;
  for (const verb of ASKING_FOR) {
    if (!verb.every((w, k) => m.tokens[at + 1 + k] === w)) continue;
    const end = at + 1 + verb.length;
    if (m.tokens.slice(end).every((w) => isGlue(w) || INTERJECTIONS.has(w) || /^(k{2,}|(rs)+|(ha){2,})$/.test(w))) return m.tokens.map((_, i) => i).filter((i) => i >= from);
  }
  return [];
}

/** Verbs of handing the chat's address on ("meu neto me *mandou* este contato", "*recebi* esse número"). */
const PASSED_ON: ReadonlySet<string> = new Set(['mandou', 'mandaram', 'passou', 'passaram', 'enviou', 'enviaram', 'deu', 'deram', 'indicou', 'indicaram', 'recebi', 'recebemos', 'achei', 'encontrei', 'peguei']);
/** The chat's address ("este *contato*", "esse *número*", "o *link*"). */
const CHAT_ADDRESS: ReadonlySet<string> = new Set(['contato', 'numero', 'link', 'endereco', 'zap', 'whatsapp', 'site', 'canal', 'chat', 'atendimento']);
/** Words such a clause may hold besides its verb and the address: who passed it on and to whom. */
const PASSED_AROUND: ReadonlySet<string> = new Set([...WHO_WORDS, 'me', 'pra', 'mim', 'alguem', 'amigo', 'amiga', 'vizinho', 'vizinha', 'conhecido', 'conhecida', 'pessoa', 'aqui', 'hoje', 'ontem', 'agora']);

/**
 * The tokens of a sentence telling how this chat reached the citizen ("Meu neto me mandou este contato.", "recebi esse
 * numero de uma amiga"): a verb of handing on and the chat's address, nothing else that names but the social cues
 * already read. Any sentence of the message, not only the first: "Bom dia. Recebi o link deste atendimento de um
 * conhecido e fiquei desconfiada." (round 6740).
 */
function chatReached(m: Message, cued: ReadonlySet<number>): number[] {
  const ends = [...(m.pauses ?? []), m.tokens.length - 1].sort((a, b) => a - b);
  const found: number[] = [];
  let from = 0;
  for (const end of ends) {
    if (end < from) continue;
    const at = m.tokens.map((_, i) => i).slice(from, end + 1);
    from = end + 1;
    const clause = at.map((i) => m.tokens[i] ?? '');
    if (!clause.some((w) => PASSED_ON.has(w)) || !clause.some((w) => CHAT_ADDRESS.has(w))) continue;
    if (at.every((i) => cued.has(i) || PASSED_ON.has(m.tokens[i] ?? '') || CHAT_ADDRESS.has(m.tokens[i] ?? '') || PASSED_AROUND.has(m.tokens[i] ?? '') || isGlue(m.tokens[i] ?? ''))) found.push(...at);
  }
  return found;
}

/** A social turn, where a topic's ordinary word said without a question ("foi bem rápido!") is part of the praise. */
export function socialTurn(t: TurnBuilder, m: Message): Hit | undefined {
  // Asked up to three times per message (follow-up, correction, small talk), in the same turn: read once.
  const memo = m.memo === undefined ? socialRead.get(m) : m.memo.social;
  if (memo !== undefined) return memo ?? undefined;
  const hit = socialTurnOnce(t, m);
  if (m.memo === undefined) socialRead.set(m, hit ?? null);
  else m.memo.social = hit ?? null;
  return hit;
}

const socialRead = new WeakMap<Message, Hit | null>();

/** What one receives and may forward or paste ("a mensagem", "o audio", "o print", "o e-mail"). */
const RECEIVED_THINGS: ReadonlySet<string> = new Set(['mensagem', 'mensagens', 'msg', 'audio', 'audios', 'print', 'prints', 'texto', 'email', 'sms', 'recado', 'torpedo', 'foto', 'video', 'imagem', 'carta', 'notificacao']);
/** Words telling how it was received and from whom ("que minha vó recebeu", "que me mandaram no zap", "que chegou"). */
const RECEIVED_HOW: ReadonlySet<string> = new Set(['que', 'q', 'eu', 'me', 'minha', 'meu', 'ela', 'ele', 'a', 'o', 'uma', 'um', 'no', 'na', 'pelo', 'pela', 'por', 'aqui', 'hoje', 'ontem', 'agora', 'vo', 'vovo', ...FAMILY,
  'recebi', 'recebeu', 'recebemos', 'receberam', 'recebido', 'recebida', 'mandou', 'mandaram', 'enviou', 'enviaram', 'chegou', 'chegaram', 'veio', 'encaminhou', 'encaminharam', 'repassou', 'repassaram', 'whatsapp', 'grupo', 'celular', 'telefone', 'email', 'sms']);
/** The verbs of receiving or sending a message. */
const SENDING = /^(receb|mand|envi|cheg|veio|encaminh|repass)/;
/** The sender after "do"/"da" ("a mensagem *do detran*", "o e-mail *da receita*"): one word. */
const SENT_BY: ReadonlySet<string> = new Set(['do', 'da', 'de', 'dum', 'duma']);
/** Taking a print ("*tirei* print"), before the thing. */
const TOOK: ReadonlySet<string> = new Set(['tirei', 'tirou', 'peguei', 'copiei', 'salvei', 'gravei']);
/** What the bot is asked to do with it ("pra você me *explicar*", "para vc *ver*"). */
const DO_WITH_IT: ReadonlySet<string> = new Set(['explicar', 'ver', 'ler', 'olhar', 'conferir', 'analisar', 'entender', 'traduzir', 'checar', 'avaliar']);

/**
 * A message received that the citizen asks to send or paste: the thing (RECEIVED_THINGS), a verb of taking it before
 * ("tirei print"), its sender after "do"/"da" (one word), how and from whom it came (RECEIVED_HOW, with at least one
 * verb of receiving or a sender), and what the bot is asked to do with it ("pra você me explicar"). Its tokens; none
 * when no such thing is told.
 */
function receivedTold(m: Message): number[] {
  const at = new Set<number>();
  m.tokens.forEach((w, i) => {
    if (!RECEIVED_THINGS.has(w)) return;
    const words = [i];
    if (TOOK.has(m.tokens[i - 1] ?? '')) words.push(i - 1);
    let j = i + 1;
    if (SENT_BY.has(m.tokens[j] ?? '') && m.tokens[j + 1] !== undefined) {
      words.push(j, j + 1);
      j += 2;
    }
    const how: number[] = [];
    // "que a receita me mandou": one word of the sender before the verb.
    while (RECEIVED_HOW.has(m.tokens[j] ?? '') || (how.length > 0 && SENDING.test(m.tokens[j + 1] === 'me' ? (m.tokens[j + 2] ?? '') : (m.tokens[j + 1] ?? '')))) how.push(j++);
    // With a verb of receiving or sending, up to the last word that is no glue ("que veio *no whatsapp*", "que minha vó
    // recebeu"); without one, nothing: "que" alone may open the question ("o audio que eu mando…").
    const verb = how.some((k) => SENDING.test(m.tokens[k] ?? ''));
    let last = how.length;
    while (last > 0 && isGlue(m.tokens[how[last - 1] ?? 0] ?? '')) last--;
    if (verb) words.push(...how.slice(0, last));
    // Nothing said of it but its name ("posso mandar audio?"): nothing to take here.
    if (words.length > 1) for (const k of words) at.add(k);
  });
  m.tokens.forEach((w, i) => {
    if (!['pra', 'para', 'p'].includes(w) || !YOU_WORDS.has(m.tokens[i + 1] ?? '')) return;
    const verb = m.tokens[i + 2] === 'me' ? i + 3 : i + 2;
    if (at.size > 0 && DO_WITH_IT.has(m.tokens[verb] ?? '')) for (let k = i; k <= verb; k++) at.add(k);
  });
  return [...at];
}

/**
 * "posso colar aqui uma mensagem que recebi para você me explicar?": a topic's words ("explicar") that lie inside the
 * message received told beside asking to send or paste it ask nothing of a service (round 6120).
 */
export function insideReceivedTold(m: Message, used: readonly number[]): boolean {
  if (used.length === 0 || !socialCues.some(({ kind, cues }) => (kind === 'voice' || kind === 'attachment' || kind === 'paste') && cues.union(m) !== undefined)) return false;
  const told = receivedTold(m);
  return used.every((i) => told.includes(i));
}

/** Not understanding in the present ("não *entendo* nada de…"): knowing a subject, where "não entendi" is not following the reply. */
const UNDERSTAND_NOW: ReadonlySet<string> = new Set(['entendo', 'entende', 'entendemos', 'entendem', 'manjo', 'manja']);
/** "de", "sobre", "em" and their forms with an article, before the subject not known. */
const OF_SUBJECT: ReadonlySet<string> = new Set(['de', 'do', 'da', 'dos', 'das', 'sobre', 'em', 'no', 'na', 'nos', 'nas']);
/** Words after "de" that point back at the reply or at no subject ("do que você diz", "da sua explicação", "de nada"). */
const NO_SUBJECT: ReadonlySet<string> = new Set(['que', 'q', 'oq', 'voce', 'vc', 'sua', 'seu', 'tua', 'teu', 'explicacao', 'resposta', 'mensagem', 'mensagens', 'parte', 'etapa', 'passo', 'texto', 'isso', 'disso', 'nada', 'esse', 'essa', 'negocio', 'coisa', 'trem', 'tudo']);
/** The one spoken to, before the verb ("*você* não entende nada de…" is said of the bot, not of the citizen's case). */
const TO_THE_BOT: ReadonlySet<string> = new Set(['voce', 'vc', 'ce', 'tu', 'bot', 'robo']);
/**
 * "não entendo nada de estudos ambientais", "minha mãe não entende de internet": not knowing a subject, said with
 * "não" and a verb of understanding in the present, then "de"/"sobre" and a word of four letters or more that is no
 * word of the reply: the citizen's case (the card may say who does it for them), not that the reply was unclear nor an
 * insult to the bot (round 3221).
 */
export function knowsNothingOf(m: Message): boolean {
  return m.tokens.some((w, i) => {
    if (!UNDERSTAND_NOW.has(w) || (m.tokens[i - 1] !== 'nao' && m.tokens[i - 1] !== 'n') || TO_THE_BOT.has(m.tokens[i - 2] ?? '')) return false;
    const of = m.tokens[i + 1] === 'nada' || m.tokens[i + 1] === 'muito' ? i + 2 : i + 1;
    const subject = m.tokens[of + 1] ?? '';
    return OF_SUBJECT.has(m.tokens[of] ?? '') && subject.length >= 4 && !NO_SUBJECT.has(subject);
  });
}

/** The wait told as past or going on ("demorou", "demorando"): of the chat when nothing is asked (round 4262). */
const IMPATIENT: ReadonlySet<string> = new Set(['demorou', 'demorando']);
/** What may come with it and nothing else ("aff, *como* demorou *hein*", "*ta* demorando *muito*"). */
const IMPATIENT_AROUND: ReadonlySet<string> = new Set(['ta', 'esta', 'tao', 'como', 'que', 'q', 'muito', 'mto', 'demais', 'hein', 'ein', 'ne', 'viu', 'mas', 'ai', 'ah', 'pqp', 'kkk', 'ja', 'bastante']);

function socialTurnOnce(t: TurnBuilder, m: Message): Hit | undefined {
  if (knowsNothingOf(m)) return undefined;
  const topics = findTopics(m, false);
  // "aff demorou", "tá demorando": the wait told of the chat, with no question, is no question of time (round 4262).
  const impatient = !isAsked(m.text) && m.tokens.some((w) => IMPATIENT.has(w)) && m.tokens.every((w) => IMPATIENT.has(w) || IMPATIENT_AROUND.has(w) || INTERJECTIONS.has(w));
  const tokens = (topics?.used ?? []).filter((i) => !impatient || !IMPATIENT.has(m.tokens[i] ?? ''));
  // A topic's word never makes a social cue on its own ("isso é grátis?" is not "grato"); inside a longer one it may ("foi mal a demora").
  return awayTold(t, m) ?? social(t, m, topics && !topics.strong && !isAsked(m.text) ? tokens : [], tokens) ?? laughedStory(t, m, topics !== undefined) ?? exclaimedRemark(m) ?? dataAskedHit(t, m) ?? introducedHit(t, m);
}

/** Words of an apology ("desculpa a demora"); not the interjections APOLOGIES also holds. */
const SORRY_WORDS: ReadonlySet<string> = new Set(['desculpa', 'desculpe', 'perdao', 'sorry']);
/** The citizen back in the chat, closing the message ("pronto, voltei", "to de volta"). */
const BACK_AT_THE_END = /(?:^|\s)(?:pronto |ok |bom )?(?:voltei|to de volta|estou de volta|ja voltei|cheguei de volta)$/;
/** Where the citizen is, opening the message ("to no onibus", "estou na fila do banco", "tô no serviço"). */
const WHERE_I_AM = /^(?:(?:ah|ai|oi|opa|ixi|eita) )?(?:to|tou|estou|ta|eu to|eu estou) (?:no|na|num|numa|em) /;
/** Reading it later, closing the message ("depois eu leio direitinho", "leio com calma depois", "olho mais tarde"). */
const LATER_AT_THE_END = /(?:^|\s)(?:(?:depois|dps|mais tarde|com calma) (?:eu )?(?:leio|vejo|olho)|(?:leio|vejo|olho) (?:isso |tudo )?(?:depois|dps|mais tarde|com calma))(?: (?:direitinho|direito|com calma|melhor|isso|tudo|tudo isso|ta|blz|ok))*$/;

/**
 * "desculpa a demora, tive que correr pra tirar o feijao do fogo senao queimava. pronto, voltei", "to no onibus agora,
 * depois eu leio direitinho": a message that ends with the citizen back in the chat, or opens with where they are and
 * ends with reading it later, with no question and no want, tells where the citizen is or was; whatever that story names
 * ("fogo", "onibus"), it asks for no service: small talk ('sorry' when back or sorry, 'later' otherwise), the card in
 * view stays (round 6563).
 */
function awayTold(t: TurnBuilder, m: Message): Hit | undefined {
  if (inForm(t) || isAsked(m.text) || m.tokens.some((w) => WANT_OPENERS.has(w))) return undefined;
  const folded = m.tokens.join(' ');
  const back = BACK_AT_THE_END.test(folded);
  // Reading later counts after where the citizen is ("to no onibus agora"), not after a need told ("perdi a
  // identidade, depois eu vejo"), which the search reads.
  if (!back && !(LATER_AT_THE_END.test(folded) && WHERE_I_AM.test(folded))) return undefined;
  const sorry = m.tokens.some((w) => SORRY_WORDS.has(w)) || /\bfoi mal\b/.test(folded);
  return { used: m.tokens.map((_, i) => i), social: new Set<SocialKind>([back || sorry ? 'sorry' : 'later']) };
}

/** "Muito prazer. Sou Dona Geralda, de Serro.": a greeting back (introduced.ts, round 4725). */
function introducedHit(t: TurnBuilder, m: Message): Hit | undefined {
  if (inForm(t)) return undefined;
  const used = introduced(t, m);
  return used === undefined ? undefined : { used, social: new Set<SocialKind>(['greeting']) };
}

/** "vcs vendem os dados da gente?", "passei meu telefone sem querer": the privacy reply (privacy-asked.ts, round 4721). */
function dataAskedHit(t: TurnBuilder, m: Message): Hit | undefined {
  if (inForm(t)) return undefined;
  const used = dataAsked(t, m);
  return used === undefined ? undefined : { used, social: new Set<SocialKind>(['privacy']) };
}

/** Words that say what something looks like to the citizen ("que nome *comprido*", "que processo *complicado*"). */
const REMARK_WORDS: ReadonlySet<string> = new Set(['comprido', 'comprida', 'grande', 'longo', 'longa', 'enorme', 'complicado', 'complicada', 'dificil', 'chato', 'chata', 'confuso', 'confusa',
  'estranho', 'estranha', 'engracado', 'engracada', 'doido', 'doida', 'louco', 'louca', 'loucura', 'burocracia', 'burocratico', 'burocratica', 'trabalhoso', 'trabalhosa', 'pesado', 'pesada']);
/** What may ride along such a remark ("kkk", "hein", "viu", "demais"). */
const REMARK_AROUND: ReadonlySet<string> = new Set(['kkk', 'hein', 'ein', 'viu', 'ne', 'mesmo', 'demais', 'muito', 'mto', 'ai', 'ah', 'oh', 'nossa', 'eita', 'uai', 'credo', 'gente', 'rapaz', 'cara', 'mano']);

/**
 * "hahaha q nome comprido", "que processo complicado, hein": an exclamation of what the citizen sees, "que" and at most
 * one word before a word of how it looks, with laughs and interjections around it and no question: small talk (a "pois
 * é"), not a search for its noun ("nome" opened the vehicle transfer), round 4265.
 */
function exclaimedRemark(m: Message): Hit | undefined {
  if (isAsked(m.text)) return undefined;
  const at = m.tokens.findIndex((w) => w === 'que' || w === 'q');
  const adj = m.tokens.findIndex((w, i) => i > at && REMARK_WORDS.has(w));
  if (at < 0 || adj < 0 || adj - at > 2) return undefined;
  const rest = m.tokens.filter((w, i) => (i < at || i > adj) && !REMARK_AROUND.has(w));
  if (rest.length > 0) return undefined;
  const kinds = new Set<SocialKind>(['surprise']);
  if (m.tokens.includes('kkk')) kinds.add('laugh');
  return { used: m.tokens.map((_, i) => i), social: kinds };
}

/**
 * "kkkkk minha mulher disse q eu desmaio so de ver agulha": a laugh, then a story with no question that the search
 * finds no service for, is the laugh's small talk (the card in view stays).
 */
function laughedStory(t: TurnBuilder, m: Message, asks: boolean): Hit | undefined {
  if (asks || isAsked(m.text) || !/^(k{2,}|(rs){1,}|(ha){2,}|(he){2,}|kkk)$/.test(m.tokens[0] ?? '') || inForm(t) || m.tokens.length < 3) return undefined;
  const rest = m.tokens.slice(1).join(' ');
  // Words that name a service ("quero FECHAR a empresa") make it a request, whatever the search makes of the whole;
  // the people in the story ("minha mulher") name none.
  if (namingWordsOf(t.ctx, namingWords(m, [0]).filter((w) => !WHO_WORDS.has(w))).length > 0 || elsewhere(t, rest) || t.ctx.search.search(rest, 2).hits.length > 0) return undefined;
  return { used: m.tokens.map((_, i) => i), social: new Set(['laugh']) };
}

/** Every cue found (their tokens together), or undefined: "ops, na verdade…" drops both fillers. */
export function allCues(m: Reading, cues: CueSet): Hit | undefined {
  const used = cues.union(m);
  return used ? { used } : undefined;
}

/** A standalone "não," at the start, after an interjection or two ("ah não, …"). */
export const LEADING_NO = /^\s*((ah|ai|oh|opa|puts|eita|ih|ixi|poxa|putz)[\s,!.]+){0,2}(n[aã]o|nn)\s*[,.!;-]/i;

/**
 * The same "não" dictated, with no pause typed (round 4109): said twice or more ("não não não é da cnh…"), or "não é X
 * … é Y" ("não é matrícula nova não, … é só pra renovar").
 */
const SPOKEN_NO = /^\s*(?:(?:n[aã]o\s+){2,}|n[aã]o\s+(?:é|eh|era)\s+.{1,60}?\s(?:é|eh|era)\s+(?:a|o|da|do|de|pra|pro|para|s[oó])\s)/i;

/**
 * "Não a de identidade, a carteira de motorista.", "não o carro, a moto": the thing denied with its article, a pause, and
 * the thing meant with its own (round 6562). The article is needed: "não dá, o site caiu" denies nothing of the card.
 */
const CONTRAST_NO = /^\s*n[aã]o\s+(?:a|o|as|os)\s+[^,;.!?]{1,40}[,;]\s*(?:(?:e|é|eh|mas)\s+)?(?:a|o|as|os|da|do|de)\s+\S/i;

/** A message starting with a standalone "não," followed by what was meant ("não, a primeira via"). */
export function leadingNo(t: TurnBuilder, m: Message): Hit | undefined {
  if (t.state.view.at === 'form') return undefined;
  const plainNo = LEADING_NO.test(m.text) || SPOKEN_NO.test(m.text);
  const contrast = !plainNo && CONTRAST_NO.test(m.text);
  if (!plainNo && !contrast) return undefined;
  // The "não" and the interjections before it ("ah não, eu que vendi o carro"); the thing denied with it, up to the pause
  // ("não a de identidade, …").
  const pause = contrast ? Math.min(...(m.pauses ?? [])) : -1;
  const used = m.tokens.slice(0, Math.max(m.tokens.indexOf('nao'), pause) + 1).map((_, i) => i);
  return used.length > 0 && namingWords(m, used).length > 0 ? { used } : undefined;
}

/** Verbs of asking the bot to take the request, by stem, so every form counts ("marca", "registra", "abre", "agende"). */
const REQUEST_VERBS: ReadonlySet<string> = new Set(
  ['agendar', 'agenda', 'agende', 'marcar', 'marca', 'marque', 'marcacao', 'separar', 'separa', 'separe', 'registrar', 'registra', 'registre', 'abrir', 'abre', 'abra', 'solicitar', 'solicita', 'solicite', 'inscrever', 'inscreve', 'inscreva', 'cadastrar', 'cadastra', 'cadastre', 'reservar', 'reserva', 'reserve', 'preencher', 'preenche', 'preencha', 'agendamento', 'preagendamento', 'fazer', 'faz', 'faca', 'mandar', 'manda', 'mande', 'enviar', 'envia', 'envie'].map(stem),
);
/** The places of the request verbs in a message. */
const requestVerbs = (m: Message): number[] => m.stems.flatMap((st, i) => (REQUEST_VERBS.has(st) ? [i] : []));

/** Saying what one wants ("gostaria de agendar"): a request, not a question. */
const WANTING: ReadonlySet<string> = new Set([...WANT_OPENERS,
  // The formal written request ("desejo agendar um atendimento presencial", "venho solicitar o agendamento").
  'desejo', 'venho',
]);
/**
 * "cheguei de goias agora e quero agendar na uai": what comes before "(e) quero agendar" tells the citizen's story.
 * The index of that "quero" (-1 when there is none): the request starts there.
 */
function storyEnd(m: Message, verbs: readonly number[]): number {
  return m.tokens.findIndex((w, i) => WANTING.has(w) && verbs.some((v) => v > i && v <= i + 2));
}

/** When the citizen would like it ("pra segunda", "sexta de manhã"): a date, not a service (not "segunda via"). */
const WHEN_WORDS: ReadonlySet<string> = new Set(['segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado', 'domingo', 'feira', 'amanha', 'semana', 'manha', 'cedo', 'proxima', 'mes']);
/** Words of a request that name no other service ("um horário", "o atendimento", "agora"). */
const REQUEST_OBJECTS = new Set(['deixar', 'deixa', 'deixe', 'pre', 'canal', 'por', 'vou', 'la', 'este', 'esse', 'consigo', 'consegue', 'posso', 'msm', 'mesmo', 'horario', 'hora', 'atendimento', 'vaga', 'data', 'dia', 'agora', 'hoje', 'desejo', 'gostaria', 'queria', 'quero', 'favor', 'aqui', 'ja', 'logo', 'entao', 'atraves', 'deste', 'desse', 'neste', 'nesse', 'via', 'pelo', 'pela', 'presencial', 'trem', 'bom', 'boa', 'tarde', 'noite', 'venho', 'sera']);

/**
 * "marca um horário pra mim", "abre a manifestação pra mim", "desejo registrar uma manifestação agora": a verb
 * of requesting, with only words of asking, glue, or the service's own words around it, on a service with a form.
 */
export function requestInOwnWords(t: TurnBuilder, m: Message): Hit | undefined {
  const focus = focusOf(t);
  // A real question is not a request ("quem pode fazer a inscrição?", "posso fazer o pedido pela internet ou preciso
  // ir à delegacia?"); "consigo marcar um horário por aqui?" is.
  // "Gostaria de agendar um atendimento presencial": wanting it, the way it is done is said of the request.
  const question = findTopics(m, false);
  const verbs = requestVerbs(m);
  // A message that opens with the request verb ("agendar atendimento presencial") asks for it, like "quero".
  const wants = verbs.includes(0) || m.tokens.some((w) => WANTING.has(w));
  if (!focus?.form || (question?.strong && !(wants && question.topics.every((k) => k === 'online' || k === 'appointment')))) return undefined;
  if (verbs.length === 0) return undefined;
  // A town ('na uai de contagem') says where, not which service.
  // The number of the title ("agenda a 2 via pra mim" on the CIN 2ª via) is the service's own.
  const wantAt = storyEnd(m, verbs);
  const until = reasonOfRequest(t, m, verbs[0] ?? m.tokens.length, focus);
  const rest = m.tokens.filter((w, i) => i >= wantAt && i < until && !verbs.includes(i) && !isGlue(w) && !WHEN_WORDS.has(w) && !REQUEST_WORDS.has(w) && !REQUEST_OBJECTS.has(w) && !isPlaceWord(w) && findMunicipality(w) === undefined && !(/^\d+$/.test(w) && focus.title.includes(w)));
  // "agendar pra minha mae", "marca pro meu pai": the person it is for names no service.
  const forWhom = rest.filter((w) => !WHO_WORDS.has(w) && !POSSESSIVES.has(w));
  return forWhom.length === 0 || isOwnWords(focus, forWhom) || actRequested(t, m, focus, verbs) ? { used: m.tokens.map((_, i) => i) } : undefined;
}

/**
 * Where the reason given after a request starts ("marca logo *pq* ja fui la 3 vezes e nada", "marca pra mim *pq* eu
 * trabalho o dia todo"): what follows "porque" after the request word at `after` is why it is asked, not the service
 * named, unless it names another one clearly ("quero agendar pq perdi a cnh" on the CIN card). The message's length
 * when there is no such reason.
 */
function reasonOfRequest(t: TurnBuilder, m: Message, after: number, focus: Service): number {
  const reason = m.tokens.findIndex((w, i) => i > after && BECAUSE.has(w));
  if (reason < 0) return m.tokens.length;
  const why = namingWords(m, m.tokens.map((_, i) => i).filter((i) => i < reason));
  const found = why.length > 0 ? t.ctx.search.search(why.join(' '), 1) : undefined;
  const other = found?.clear === true ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
  return other !== undefined && other.id !== focus.id && namesService(t.ctx, other, why) ? m.tokens.length : reason;
}

/** What a service's form does, by stem: the words of its choices ("Reclamação", "Denúncia", "Furto ou roubo"). */
export const formActs = memo((s: Service): ReadonlySet<string> => new Set((s.form?.fields ?? []).flatMap((f) => (f.options ?? []).flatMap((o) => analyze(o))).filter((x) => x.length >= 4)));

/**
 * "Gostaria de registrar uma reclamação formal na Ouvidoria", "quero fazer uma denúncia de um servidor da escola
 * estadual": the object of the request verb is the form's own act (a word of one of its choices); the words after it
 * tell what the request is about (the form asks for that account), unless with them the search puts another service first.
 */
function actRequested(t: TurnBuilder, m: Message, focus: Service, verbs: readonly number[]): boolean {
  const acts = formActs(focus);
  const object = (v: number): number => {
    let i = v + 1;
    while (i < m.tokens.length && isGlue(m.tokens[i] ?? '')) i++;
    return i;
  };
  const at = verbs.map(object).find((i) => acts.has(m.stems[i] ?? ''));
  if (at === undefined) return false;
  // The act with what it is about is searched: "reclamação do hospital do SUS" finds the health ombudsman first.
  const top = t.ctx.search.search(m.tokens.slice(at).join(' '), 2).hits[0];
  return top === undefined || top.id === focus.id;
}

/** The imperative of a request verb ("*faz* meu pré-agendamento", "*registra* uma manifestação", "*marca* uai"). */
const IMPERATIVES: ReadonlySet<string> = new Set(['marca', 'marque', 'agenda', 'agende', 'faz', 'faca', 'registra', 'registre', 'solicita', 'solicite', 'manda', 'mande', 'envia', 'envie', 'preenche', 'preencha', 'inscreve', 'inscreva', 'cadastra', 'cadastre', 'reserva', 'reserve']);
/** Words a message opens with before an order ("ai, marca…", "por favor, faz…", "uai, registra…"). */
const BEFORE_ORDER: ReadonlySet<string> = new Set(['ai', 'uai', 'por', 'favor', 'pf', 'pfv', 'pfvr', 'moco', 'moca', 'ei', 'oi', 'ola', 'entao', 'so', 'me', 'pra', 'mim']);
/** What follows "faz" when it says how long ago ("faz *uma* semana", "faz *tempo*", "faz *3* dias"). */
const AGO_NEXT = /^(?:\d+|um|uma|dois|duas|tres|quatro|cinco|tempo|mais|muito|muitos|muitas|quanto|anos|meses|dias|semanas)$/;
/** A request verb in the past ("mandei", "enviou", "marcaram"): something told as done. */
const DONE_FORM = /(?:ei|ou|aram)$/;

/**
 * With nothing in focus, the bot itself asked to make a request, in any order: "marca uai pra mim", "faz meu
 * pré-agendamento da segunda via do rg", "quero que você marque um atendimento na uai", "registra uma manifestação na
 * ouvidoria pra mim". A request verb, and either words that address the bot ("pra mim", "você", "pode") or the verb
 * given as an order at the start. The words of asking are returned; the rest names the service (see requestHere).
 * A question ("vc sabe onde faz a identidade?") is no order.
 */
export function orderToTheBot(m: Message): Hit | undefined {
  // "faz uma semana", "faz tempo": how long ago, not an order.
  const performed = performative(m);
  // "eu mandei um áudio, você não escutou": a verb in the past tells what was done, no order (round 4262).
  // "registro que este é meu primeiro contato", "informo e registro que…": a verb in the first person before "que" says
  // what the citizen notes, no order (round 6442).
  const verbs = [...new Set([...requestVerbs(m).filter((i) => !(m.tokens[i] === 'faz' && AGO_NEXT.test(m.tokens[i + 1] ?? '')) && !DONE_FORM.test(m.tokens[i] ?? '') && !notedThat(m, i)), ...performed])].sort((a, b) => a - b);
  // "agendar uai pelo zap": the chat named as the way is no question of a contact (round 4101).
  const chat = chatWay(m);
  // In a letter's request, topic words said besides the request ("na qualidade de *secretária* escolar") ask nothing.
  const topics = findTopics(m, false);
  const asideWords = performed.length > 0 && topics !== undefined ? asideOrRequest(m) : undefined;
  const aside = asideWords !== undefined && topics !== undefined && topics.used.every((i) => asideWords.has(i));
  if (verbs.length === 0 || m.tokens.some((w) => ASKED_WORDS.has(w)) || (!aside && topics?.topics.some((k) => k !== 'appointment' && k !== 'online' && !(chat && k === 'contact')))) return undefined;
  const opening = m.tokens.findIndex((w) => !BEFORE_ORDER.has(w));
  const ordered = verbs.some((v) => v === opening && IMPERATIVES.has(m.tokens[v] ?? ''));
  // "aqui" addresses the bot only as "por aqui" ("ele tá aqui do lado" is a place).
  const addressed = m.tokens.flatMap((w, i) => (ASKS_THE_BOT.has(w) && (w !== 'aqui' || m.tokens[i - 1] === 'por') ? [i] : []));
  // "quero fazer o pré-agendamento da 2ª via", "quero pré-agendar a identidade": the pre-booking named is the act the
  // bot's own form does, asked for (lead, round 3904).
  const preBooking = m.tokens.flatMap((w, i) => (w === 'pre' && /^agend/.test(m.tokens[i + 1] ?? '') ? [i, i + 1] : /^preagend/.test(w) ? [i] : []));
  addressed.push(...preBooking, ...(chat ?? []), ...performed);
  if (!ordered && addressed.length === 0) return undefined;
  // "pra mim", "que você": the little words tied to the bot go with it.
  const tied = addressed.flatMap((i) => [i, ...(['pra', 'para', 'por', 'que', 'q'].includes(m.tokens[i - 1] ?? '') ? [i - 1] : [])]);
  const asking = m.tokens.flatMap((w, i) => (REQUEST_WORDS.has(w) || WANTING.has(w) || (i < opening && BEFORE_ORDER.has(w)) ? [i] : []));
  return { used: [...new Set([...verbs, ...tied, ...asking])].sort((a, b) => a - b) };
}

/** A verb in the first person followed by "que" ("*registro que* este é meu primeiro contato"): what is noted, not requested. */
function notedThat(m: Message, i: number): boolean {
  const next = m.tokens[i + 1] ?? '';
  return (m.tokens[i] ?? '').endsWith('o') && (next === 'que' || next === 'q');
}

/** Verbs that make the request in saying it, in a letter's first person ("*solicito* o agendamento", "*desejo* agendar", "*venho* solicitar"). */
const PERFORMATIVES: ReadonlySet<string> = new Set(['solicito', 'requeiro', 'peco', 'desejo', 'venho']);
/** Verbs that lodge a complaint or the like in saying it ("*registro* reclamação junto à Ouvidoria", "*apresento* denúncia"). */
const LODGING: ReadonlySet<string> = new Set(['registro', 'apresento', 'encaminho', 'formalizo', 'apresentar', 'encaminhar', 'formalizar']);
/** Request verbs that make only what they name ("solicitar informações", "fazer uma pergunta"). */
const VAGUE_VERBS: ReadonlySet<string> = new Set(['fazer', 'faz', 'faca', 'solicitar', 'solicita', 'solicite', 'mandar', 'manda', 'mande', 'enviar', 'envia', 'envie']);
/** What such a verb makes: a booking, an enrolment, a manifestation of one of the Ouvidoria's kinds. */
const REQUESTED: ReadonlySet<string> = new Set(['agendamento', 'preagendamento', 'marcacao', 'reclamacao', 'denuncia', 'sugestao', 'elogio', 'manifestacao']);

/**
 * "Solicito o pré-agendamento da segunda via", "Desejo agendar atendimento presencial na UAI", "registro reclamação
 * junto à Ouvidoria", "Desejo apresentar denúncia à Ouvidoria-Geral": the formal first person that makes the request
 * by saying it (round 4151). The places of those verbs, when what they make (a request verb or noun) follows within
 * a few words; none otherwise ("solicito informações sobre…" asks to be told).
 */
function performative(m: Message): number[] {
  return m.tokens.flatMap((w, i) => {
    if (!PERFORMATIVES.has(w) && !LODGING.has(w)) return [];
    const next = m.tokens.slice(i + 1, i + 6);
    // A verb after it that makes a thing by itself ("desejo *agendar*", "venho *registrar*"); not "solicitar" or "fazer",
    // which make only what they name ("venho solicitar informações").
    const made = next.some((x, k) => REQUESTED.has(x) || (x === 'pre' && /^agend/.test(next[k + 1] ?? '')) || (PERFORMATIVES.has(w) && (REQUEST_VERBS.has(stem(x)) || LODGING.has(x)) && !VAGUE_VERBS.has(x)));
    return made ? [i] : [];
  });
}

/** Whom a request made for someone is for ("para um *idoso*", "da minha *cliente*", "de uma *senhora* que acompanho"). */
const CLIENTS: ReadonlySet<string> = new Set([...WHO_WORDS, 'idoso', 'idosa', 'senhora', 'senhor', 'cliente', 'clientes', 'aluno', 'aluna', 'beneficiaria', 'beneficiario', 'familia', 'colaborador', 'colaboradora',
  'funcionario', 'funcionaria', 'usuario', 'usuaria', 'requerente', 'assistido', 'assistida', 'paciente', 'cidada', 'cidadao', 'pessoa', 'morador', 'moradora', 'herdeiro', 'herdeiros', 'empregado', 'empregada']);
/** Words between "para"/"de" and whom it is for ("para *um* idoso", "da *minha* cliente"). */
const BEFORE_CLIENT: ReadonlySet<string> = new Set(['um', 'uma', 'a', 'o', 'minha', 'meu', 'nosso', 'nossa', 'sua', 'seu']);
/** Before the UAI named as a place ("*na* UAI", "em *uma* UAI"). */
const AT_UNIT: ReadonlySet<string> = new Set(['na', 'em', 'uma', 'a', 'numa', 'da']);
/** Words that open what a manifestation is about ("reclamação *sobre*…", "denúncia *referente* a…"). */
const SUBJECT_OPENS: ReadonlySet<string> = new Set(['sobre', 'acerca', 'referente', 'relativa', 'relativo', 'contra']);
/** A letter's greeting, and its "por meio desta". */
const LETTER_WORDS: ReadonlySet<string> = new Set(['prezados', 'prezadas', 'prezado', 'prezada', 'senhores', 'equipe', 'meio', 'desta']);

/** What a letter's request says besides the request (formalAside), what it is about, and the words of the request itself. */
function asideOrRequest(m: Message): ReadonlySet<number> {
  const out = [...formalAside(m), ...requestVerbs(m), ...performative(m), ...m.tokens.flatMap((w, i) => (REQUESTED.has(w) || w === 'pre' ? [i] : []))];
  // What a manifestation is about, to the pause ("uma reclamação *sobre a demora na resposta…*"): its words ask nothing,
  // though they may tell which ombudsman, so they stay in the search.
  const about = m.tokens.findIndex((w, i) => SUBJECT_OPENS.has(w) && m.tokens.slice(0, i).some((x) => REQUESTED.has(x)));
  if (about >= 0) for (let n = about; n < m.tokens.length && !(n > about && (m.pauses?.has(n - 1) ?? false)); n++) out.push(n);
  return new Set(out);
}

/**
 * What a letter's request says besides the request (round 4151): its greeting ("Prezados"), "por meio desta", the
 * writer's trade (story.ts professionalRole), its closing and signature, and whom it is for, from "para"/"de" to the
 * pause ("para um idoso acompanhado pelo nosso serviço", "de uma senhora que acompanho").
 */
function formalAside(m: Message): number[] {
  const out = [...professionalRole(m), ...m.tokens.flatMap((w, i) => (LETTER_WORDS.has(w) ? [i] : []))];
  // Its closing and signature ("Atenciosamente, Márcia").
  const closing = m.tokens.findIndex((w) => LETTER_CLOSINGS.has(w));
  if (closing >= 0 && m.tokens.length - closing <= 8) for (let i = closing; i < m.tokens.length; i++) out.push(i);
  m.tokens.forEach((w, i) => {
    if (!['para', 'pra', 'de', 'da', 'do'].includes(w)) return;
    let k = i + 1;
    while (BEFORE_CLIENT.has(m.tokens[k] ?? '') && k - i <= 2) k++;
    if (!CLIENTS.has(m.tokens[k] ?? '')) return;
    let end = k + 1;
    while (end < m.tokens.length && end - i < 12 && !(m.pauses?.has(end - 1) ?? false)) end++;
    for (let n = i; n < end; n++) out.push(n);
  });
  return out;
}

/**
 * A letter's request (a performative verb: "solicito o agendamento", "registro reclamação"), no question, whose topic
 * words (`used`) all fall in what it says besides the request (formalAside): the request is the message (round 4151).
 */
export function letterRequest(m: Message, used: readonly number[]): boolean {
  if (isAsked(m.text) || performative(m).length === 0) return false;
  const aside = asideOrRequest(m);
  return used.length > 0 && used.every((i) => aside.has(i)) && orderToTheBot(m) !== undefined;
}

/**
 * "agendar uai pelo zap", "quero pré agendar a 2ª via aqui pelo whatsapp": a request made in so many words, in the
 * chat, with no question: the topics the chat's own words brush ("whatsapp" as a contact, "celular" as online) are
 * not asked (round 4101).
 */
export function orderedInTheChat(m: Message, used: readonly number[]): boolean {
  const chat = chatWay(m);
  if (!chat || isAsked(m.text) || used.length === 0) return false;
  return used.every((i) => chat.includes(i)) && orderToTheBot(m) !== undefined;
}

/** The search of the naming words with the numbers said among them put back ("2 via do rg"), when it is clear. */
function withNumbers(t: TurnBuilder, m: Message, used: readonly number[], naming: readonly string[]): ReturnType<Searcher['search']> | undefined {
  const numbers = m.tokens.filter((w, i) => /^\d+$/.test(w) && !used.includes(i));
  if (numbers.length === 0) return undefined;
  const r = t.ctx.search.search([...numbers, ...naming].join(' '), 5);
  return r.clear ? r : undefined;
}

/** Possessives before the person a request is for ("pra *minha* mãe", "pro *meu* avô"). */
const POSSESSIVES: ReadonlySet<string> = new Set(['meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa']);

/**
 * The search for a request: the whole text ("quero agendar atendimento na uai"), or, when it finds nothing, the
 * words that name the service without the asking around them ("quero me inscrever num curso técnico").
 */
function searchRequest(t: TurnBuilder, m: Message, naming: readonly string[]): void {
  if (naming.length === 0 || t.ctx.search.search(m.text, 2).hits.length > 0) return runSearch(t, m.text);
  runSearch(t, naming.join(' '), { said: m.text });
}

/** The ids of the services listed, on a list of results. */
const listedServices = (t: TurnBuilder): string[] =>
  t.state.view.at === 'results' ? t.state.options.flatMap((o) => (o.id.startsWith('svc:') ? [o.id.slice(4)] : [])) : [];

/** The stems of what a service's form says (title, intro, labels, prompts, options), kept per service. */
const formStems = memo((s: Service): ReadonlySet<string> => {
  const f = s.form;
  const texts = f ? [f.title, f.intro ?? '', ...f.fields.flatMap((x) => [x.label, x.prompt ?? '', ...(x.options ?? [])])] : [];
  return new Set(texts.flatMap((x) => analyze(x)));
});

/** Is the word one the service's form says? */
export const inFormText = (s: Service, word: string): boolean => formStems(s).has(stemOrSelf(word));

/**
 * Words of how a request is made, not of what is requested: "vc consegue agendar pra mim ou tenho q entrar no site?"
 * asks for the form of the service in focus.
 */
const CHANNEL_WORDS: ReadonlySet<string> = new Set(['site', 'internet', 'online', 'app', 'aplicativo', 'entrar', 'acessar', 'pessoalmente', 'presencial', 'ir', 'la', 'sozinho', 'sozinha', 'naquele', 'naquela', 'nesse', 'nessa']);

/** Words that ask the bot itself to make the request ("pode marcar pra mim?", "consegue agendar por aqui?"). */
const ASKS_THE_BOT: ReadonlySet<string> = new Set([...HERE_WORDS, 'pode', 'podemos', 'consegue', 'bora', 'vamos']);

/**
 * "vc consegue ver pra mim?": the bot sees no one's data; how the citizen looks it up, the card kept in focus. Also
 * "gera o dae pra mim" (`what`: "fazer isso"): the bot issues, pays and files nothing (round 5900).
 */
export function consultForMe(t: TurnBuilder, what = 'consultar', act?: Message): void {
  const focus = focusOf(t);
  if (!focus) return;
  t.say(`Não tenho acesso aos seus dados nem aos sistemas do Estado, então não consigo ${what} por você. Mas explico como você mesmo faz.`, undefined, undefined, { kind: 'notice' });
  answerAbout(t, focus, ['how'], false);
  // "gera o boleto da cemig pra mim", "tira a 2 via pra mim", "gere o DAE da taxa": the step that does the act ordered,
  // in full with where it is done ("Cemig Atende… telefone 116", "Emissão do DAE no site da Secretaria de Fazenda"), so the
  // citizen knows where to do it themselves (round 6243).
  // Not when the answer already quoted all the step says (the card's sentences on it answered).
  const at = act === undefined ? undefined : actStepAt(focus, act);
  const step = at === undefined ? undefined : focus.steps[at];
  const told = splitSentences([step?.description ?? '']);
  const quoted = told.length > 0 && told.every((x) => t.replies.some((r) => r.text.includes(x)));
  if (at !== undefined && step !== undefined && !quoted) t.say([`*Etapa ${at + 1}, ${step.title.trim()}*`, ...stepLines(step)].join('\n'), undefined, undefined, { kind: 'notice' });
}

/** Verbs of issuing a paper ordered to the bot ("gera", "emite", "tira", "imprime", "baixa", "puxa"), by how they begin. */
const ISSUE_ORDER = /^(ger[aeo]|emit|emi[st]|tir[aeo]|imprim|baix[aeo]|pux[aeo])/;
/** A step's words of issuing a paper ("Emitir a 2ª via", "Emissão do DAE…", "gerar a guia", "baixar o CRLV-e"). */
const ISSUING = /\b(emit\w*|emita|emissao|gerar|gere|gera|gerad[oa]s?|baixar|baixe|imprim\w*|tirar|tire)\b/;
/** Verbs of paying ordered ("paga", "pague") and a step's title of paying ("Pagar a conta"). */
const PAY_ORDER = /^pag(a|ue|ar)$/;
const PAYING_TITLE = /^pag(ar|ue)\b/;

/**
 * The step that does what the bot is ordered to do (an act of issuing or of paying, ACT): of the steps whose title, text or
 * channels say that act, the one holding most of the message's other words ("a guia da *taxa*": "Pagar IPVA, *taxa* de
 * licenciamento…", whose channel is "Emissão das guias…"); undefined when none says it, or two tie.
 */
function actStepAt(s: Service, m: Message): number | undefined {
  const used = actOrdered(m) ?? [];
  const verb = used.map((i) => m.tokens[i] ?? '').find((w) => ISSUE_ORDER.test(w) || PAY_ORDER.test(w));
  if (verb === undefined) return undefined;
  const issuing = ISSUE_ORDER.test(verb);
  const thing = [...new Set(analyze(m.tokens.filter((w, i) => !used.includes(i) && w.length >= 3).join(' ')))];
  const scores = s.steps.map((st) => {
    const text = fold([st.title, st.description, ...st.channels.map((c) => c.description)].join(' '));
    if (issuing ? !ISSUING.test(text) : !PAYING_TITLE.test(fold(st.title))) return -1;
    const own = new Set(analyze(text));
    return thing.filter((x) => own.has(x)).length;
  });
  const best = Math.max(-1, ...scores);
  return best < 0 || scores.filter((n) => n === best).length !== 1 ? undefined : scores.indexOf(best);
}

/** Verbs of handing a paper in, in a card's sentence ("anexe os documentos", "entregue os originais", "leve as informações à delegacia"). */
const HANDED_IN = /\b(anex\w*|entreg\w*|leve|levar|apresent\w*|digitaliz\w*|envi(e|em|ar|a)|pdf|com os documentos)\b/g;
/** Papers said to be the originals ("os documentos originais"): how they are handed in, weighed below a verb of it. */
const ORIGINALS = /\boriginai?s?\b/;
/** What is handed in ("os documentos", "as provas", "as fotos"). */
const PAPERS = /\b(documentos?|provas?|fotos?|arquivos?|laudos?|informacoes)\b/;

/**
 * The card's sentence on how papers are handed in (round 5920): among its steps' titles, texts and channels, the one with
 * the most verbs of handing in ("entregue os documentos originais", "anexe os documentos e envie", "Digitalize tudo em
 * PDF para anexar ao pedido"), a sentence naming the papers first; else the channel where the request is filled in online.
 */
export function handingInSentence(s: Service): string | undefined {
  let best: string | undefined;
  let top = 0;
  s.steps.forEach((st, i) => {
    // A sentence of a step's text comes under its step's title, which says where ("Fazer o cadastro presencialmente").
    const texts = [st.title, ...splitSentences([st.description ?? '']).map((x) => `*Etapa ${i + 1}, ${st.title.trim()}:* ${x}`), ...(st.channels ?? []).map((c) => c.description)];
    for (const x of texts) {
      const folded = fold(x.replace(/^\*[^*]*\* /, ''));
      const verbs = new Set(folded.match(HANDED_IN) ?? []).size;
      const score = verbs === 0 && !ORIGINALS.test(folded) ? 0 : verbs * 2 + (ORIGINALS.test(folded) ? 1 : 0) + (PAPERS.test(folded) ? 1 : 0);
      if (score > top) [best, top] = [x, score];
    }
  });
  // None: the channel where the request is filled in online ("Formulário de denúncia ambiental no site da Semad").
  return best ?? s.steps.flatMap((st) => st.channels ?? []).find((c) => c.type === 'web-preencher')?.description;
}

/** Verbs of sending ("posso mandar", "enviar", "anexar"). */
const SEND_VERB = /^(mand|envi|anex)/;
/** Papers one may send ("a foto", "os prints", "o laudo", "o pdf"). */
const SENT_PAPERS: ReadonlySet<string> = new Set(['foto', 'fotos', 'print', 'prints', 'arquivo', 'arquivos', 'pdf', 'laudo', 'laudos', 'documento', 'documentos', 'doc', 'docs', 'video', 'videos', 'imagem', 'imagens', 'comprovante', 'comprovantes', 'copia', 'copias', 'scan', 'relatorio', 'audio']);
/** The citizen as the sender ("posso mandar", "consigo enviar", "vou mandar", "da pra mandar"). */
const I_SEND: ReadonlySet<string> = new Set(['posso', 'consigo', 'vou', 'podemos', 'da', 'pode', 'eu']);
/** The chat as where the paper goes ("aqui", "pra vc", "no chat", "no zap"), or the paper's form ("em foto", "por foto"). */
const TO_THE_CHAT: ReadonlySet<string> = new Set([...HERE_WORDS, 'vcs', 'voces', 'zap', 'whatsapp', 'whats']);

/**
 * A paper offered to the chat, on a card: "posso mandar o laudo dele aqui pra vc?", "posso enviar as fotos do rio por
 * aqui?", "posso mandar o laudo em foto?" (round 5920). Not the bot asked to send ("me manda os documentos aqui").
 */
export function paperOffered(m: Message): boolean {
  const toks = m.tokens;
  const verb = toks.findIndex((w) => SEND_VERB.test(w));
  if (verb < 0 || toks[verb - 1] === 'me' || !toks.slice(Math.max(0, verb - 3), verb).some((w) => I_SEND.has(w))) return false;
  const after = toks.slice(verb + 1);
  const chat = after.some((w, i) => TO_THE_CHAT.has(w) || (['em', 'por'].includes(w) && /^fotos?$/.test(after[i + 1] ?? '')));
  return chat && after.some((w) => SENT_PAPERS.has(w));
}

/**
 * "posso mandar a foto do CRV por aqui?" on a card: the chat takes no file; the card's sentence on how the papers are
 * handed in (the originals at the unit, the system they are attached in), else the official page's word (round 5920).
 */
export function paperHere(t: TurnBuilder): void {
  const focus = focusOf(t);
  const way = focus ? handingInSentence(focus) : undefined;
  if (focus === undefined || way === undefined) return socialReply(t, new Set(['attachment']));
  t.say('Por aqui eu só recebo texto: não consigo receber fotos, vídeos nem arquivos. 🙂', undefined, undefined, { kind: 'small_talk' });
  sayFound(t, focus, [way]);
}

/**
 * Verbs of what a card's service does, asked of the bot ("gera o dae", "emite ele", "me inscreve", "dá baixa", "comunica a
 * venda", "parcela em 10x"). Not booking ("marca pra mim"): that is the forms' (start_form), and the UAI booking's.
 */
const ACT_VERB = /^(ger(a|e|ar)|emit(a|e|ir)|tir(a|e|ar)|fa(z|zer|ca)|inscrev(a|e|er)|cadastr(a|e|ar)|comunic(a|e|ar)|parcel(a|e|ar)|pag(a|ue|ar)|pe(de|ca|dir)|registr(a|e|ar)|solicit(a|e|ar)|renov(a|e|ar)|inclu(a|i|ir)|abr(a|e|ir)|preench(a|e|er)|da|de|dar)$/;
/** What "dar" does as an act of a service: "dá baixa no cnpj", "dá entrada no seguro" (round 6161). */
const DAR_WHAT: ReadonlySet<string> = new Set(['baixa', 'entrada']);
/** Of those, the acts no form of the bot does (issuing a guia, paying): asked on a card with a form too. */
export const ACT_NO_FORM = /^(ger|emit|pag|parcel)/;
/** The bot addressed ("vc pode…", "o senhor poderia…"), with a verb of being able. */
const BOT_ADDRESSED: ReadonlySet<string> = new Set(['vc', 'voce', 'ce', 'senhor', 'senhora', 'tu']);
const BOT_ABLE: ReadonlySet<string> = new Set(['pode', 'poderia', 'podia', 'consegue', 'conseguiria']);
/** Words that ask something of the act rather than order it ("como faço pra tirar", "posso pedir por mim?"). */
const ACT_ASKED: ReadonlySet<string> = new Set(['como', 'quanto', 'quanta', 'onde', 'quando', 'qual', 'quais', 'posso', 'devo', 'preciso', 'precisa', 'quem', 'se', 'nao']);

/**
 * An act of the card's service ordered to the bot, for the citizen: "gera o dae pra mim", "emite ele pra mim ai", "me
 * inscreve no detran", "você pode emitir a certidão agora?", "da baixa no cnpj pra mim". The positions of the verb and of
 * the words tying it to the bot, or undefined (round 5900).
 */
export function actOrdered(m: Message, verbs = ACT_VERB, opening = false): number[] | undefined {
  const toks = m.tokens;
  if (toks.some((w) => ACT_ASKED.has(w))) return undefined;
  // "da/dar baixa", "dá entrada": the verb only before "baixa" or "entrada" ("a guia *da* taxa" is the preposition).
  // "faz 8 meses": how long ago, no order.
  const verb = toks.findIndex((w, i) => verbs.test(w) && (!/^d[ae]r?$/.test(w) || DAR_WHAT.has(toks[i + 1] ?? '')) && !(w === 'faz' && AGO_NEXT.test(toks[i + 1] ?? '')));
  if (verb < 0) return undefined;
  // "pra eu pagar" after the act; never "dá pra eu pedir?" (whether the citizen may).
  const forMe = toks.flatMap((w, i) => (['pra', 'para', 'por'].includes(w) && (toks[i + 1] === 'mim' || (toks[i + 1] === 'eu' && i > verb && !['da', 'dava'].includes(toks[i - 1] ?? ''))) ? [i, i + 1] : []));
  const before = toks.slice(0, verb);
  const addressed = before.some((w) => BOT_ADDRESSED.has(w)) && before.some((w) => BOT_ABLE.has(w)) ? before.flatMap((w, i) => (BOT_ADDRESSED.has(w) || BOT_ABLE.has(w) ? [i] : [])) : [];
  const me = verb <= 1 && toks[verb - 1] === 'me' ? [verb - 1] : [];
  // `opening`: the imperative opening the message is the order itself ("agenda a visita pra domingo"); never the
  // infinitive ("agendar atendimento na UAI" is a button's label typed).
  const opens = opening && !/r$/.test(toks[verb] ?? '') && (verb === 0 || (verb === 1 && OPENING_AROUND.has(toks[0] ?? ''))) && !ARTICLES_BEFORE.has(toks[verb - 1] ?? '');
  if (forMe.length === 0 && addressed.length === 0 && me.length === 0 && !opens) return undefined;
  return [...new Set([verb, ...forMe, ...addressed, ...me])].sort((a, b) => a - b);
}

/** Words that may come before an order opening the message ("entao marca", "ja agenda", "ai marca"). */
const OPENING_AROUND: ReadonlySet<string> = new Set(['entao', 'ja', 'ai', 'so', 'pode', 'agora', 'e']);
const ARTICLES_BEFORE: ReadonlySet<string> = new Set(['a', 'minha', 'sua', 'na', 'da']);
/** Verbs of booking ordered ("marca", "agende", "você pode agendar"), never the participle ("já está marcado"). */
const BOOK_VERB = /^(marc(a|ar|e)|agend(a|ar|e)|reserv(a|ar|e))$/;

/**
 * A booking ordered to the bot on a card without a form, of the card's own things: "marca na uai pra mim amanhã" on the
 * first identity card, "você pode agendar o atendimento no Detran para mim?" on the foreign licence, "agenda a visita pra
 * domingo" on the prison visits (round 5921). The positions of the order's words, or undefined; never when the words
 * name what the card does not speak of (another service: its form, as before).
 */
export function bookedForMe(t: TurnBuilder, m: Message): number[] | undefined {
  const focus = focusOf(t);
  if (focus === undefined || focus.form !== undefined) return undefined;
  const used = actOrdered(m, BOOK_VERB, true);
  if (used === undefined) return undefined;
  const naming = namingWords(m, used).filter((w) => !WHEN_WORDS.has(w) && !REQUEST_OBJECTS.has(w) && !isGlue(w));
  // With nothing named ("marca pra mim amanhã"), start_form's own decline on a card without a form answers (the steps).
  return naming.length > 0 && isOwnWords(focus, naming) ? used : undefined;
}

/** "marca na uai pra mim": the bot books nothing; how the card says it is booked, the card kept (round 5921). */
export function bookForMe(t: TurnBuilder): void {
  const focus = focusOf(t);
  if (!focus) return;
  t.say('Não tenho acesso aos sistemas de agendamento, então não consigo agendar por você. Mas explico como você mesmo agenda.', undefined, undefined, { kind: 'notice' });
  answerAbout(t, focus, ['appointment', 'how'], false);
}

/** Verbs and nouns of a notice or reminder asked of the bot ("me avisa", "pode me lembrar", "um lembrete", "me notifica"). */
const NOTICE_WORD = /^(avis(a|ar|e|am|em)|lembr(a|ar|e|am|ete|etes)|notific(a|ar|ae|am)|alert(a|ar|e))$/;
/** Who is asked for the notice: the bot ("você pode…", "vcs me avisam", "o senhor pode…"). */
const NOTICE_ASKED: ReadonlySet<string> = new Set([...BOT_ADDRESSED, ...BOT_ABLE, 'vcs', 'voces', 'me']);
/** Words of a date or an appointment the reminder is of ("a data da prova", "no dia anterior", "o horário"). */
const DATE_WORDS: ReadonlySet<string> = new Set(['data', 'dia', 'horario', 'hora', 'agendamento', 'marcado', 'marcada', 'agendado', 'agendada']);

/**
 * A notice or a reminder asked of the bot, on a card: "me avisa quando a Junta deferir", "pode me lembrar da data da
 * prova?", "você pode me mandar um lembrete no dia anterior?" (round 5922). Not a question of who tells ("quem me
 * avisa?", "como fico sabendo?"), nor the card's own sentence quoted back ("avise o banco").
 */
export function noticeAsked(m: Message): boolean {
  const toks = m.tokens;
  // "quando" tells the event awaited ("me avisa quando sair"); "se" a case ("vcs me avisam se a polícia achar ele?").
  if (toks.some((w) => ACT_ASKED.has(w) && w !== 'quando')) return false;
  const at = toks.findIndex((w) => NOTICE_WORD.test(w));
  return at >= 0 && toks.slice(Math.max(0, at - 4), at).some((w) => NOTICE_ASKED.has(w));
}

/**
 * "me avisa quando sair": the bot sends nothing after the talk; what the card says of when and how the result comes (its
 * time, or, for a date, how it is booked), the card kept (round 5922). No line of its own before: the card's answer says
 * who tells and how (a line more made the next "resume"/"repete" fall short of the answer: b100-fu-211).
 */
export function noticeForMe(t: TurnBuilder, m: Message): void {
  const focus = focusOf(t);
  if (!focus) return;
  answerAbout(t, focus, [m.tokens.some((w) => DATE_WORDS.has(w)) ? 'appointment' : 'time'], false);
}

/** "pode marcar pra mim?": the form of the service in focus (or of the one named), here and now. */
export function requestHere(t: TurnBuilder, m: Message, hit: Hit): void {
  const focus = focusOf(t);
  const verbs = requestVerbs(m);
  // On a card with a form only: elsewhere the story may be what names the service.
  const story = focus?.form ? Math.max(0, storyEnd(m, verbs)) : 0;
  // On a card with a form, the reason given after the request is not searched either (see reasonOfRequest).
  const reason = focus?.form && hit.used.length > 0 ? reasonOfRequest(t, m, Math.min(...hit.used), focus) : m.tokens.length;
  // "pelo chat", "aqui pelo zap": the chat named as the way names no service (round 4101).
  // A letter's request ("Prezados, solicito o agendamento … para um idoso que acompanhamos"): its greeting, the writer's
  // trade and whom it is for name no service either (round 4151).
  const letter = performative(m).length > 0;
  const formal = letter ? formalAside(m) : [];
  const naming = namingWords(m, [...hit.used, ...(chatWay(m) ?? []), ...formal, ...m.tokens.map((_, i) => i).filter((i) => i < story || i >= reason)]);
  // "em uma UAI": the unit named as the place of the booking is the service's name, not the interjection "uai".
  if (letter && !naming.includes('uai') && m.tokens.some((w, i) => w === 'uai' && AT_UNIT.has(m.tokens[i - 1] ?? ''))) naming.push('uai');
  // "já chegou tudo, agora quero agendar na uai" on a card without a form: the story before the wish is not searched when
  // the request's own words name, by its title alone, another service with a form (round 5122).
  const told = focus && !focus.form ? storyEnd(m, verbs) : -1;
  if (focus && told > 0) {
    const own = namingWords(m, [...hit.used, ...m.tokens.map((_, i) => i).filter((i) => i < told)]);
    const found = own.length > 0 ? t.ctx.search.search(own.join(' '), 3) : undefined;
    const first = found?.clear === true ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
    if (first?.form && first.id !== focus.id && own.every((w) => isGlue(w) || inTitle(first, w))) return startForm(t, first);
  }
  // "quero agendar o atendimento" on the UAI card: the words are the service's own, or its form's ("a identidade da
  // minha bebe": the form asks which service, the identity card among its examples), or say for whom.
  if (focus?.form && naming.length > 0 && naming.every((w, i) => WHO_WORDS.has(w) || WHO_WORDS.has(naming[i - 1] ?? '') || CHANNEL_WORDS.has(w) || isOwnWords(focus, [w]) || inFormText(focus, w))) return startForm(t, focus);
  if (naming.length > 0) {
    // "quero agendar a 2 via do rg": the number the naming words leave out tells the first copy from the second.
    const plain = t.ctx.search.search(naming.join(' '), 5);
    const result = plain.clear ? plain : (withNumbers(t, m, hit.used, naming) ?? plain);
    if (result.hits.length > 0 && !result.hits.some((h) => h.id === focus?.id)) {
      const first = serviceOf(t.ctx, result.hits[0]?.id ?? '');
      // With nothing in focus, "quero marcar horario na uai" says what the citizen wants: its card first, which tells
      // what the service is and offers the form; "marca pra mim na uai" asks the bot to do it, and starts the form.
      // "faz meu pré-agendamento da segunda via": an order to the bot, like "marca pra mim".
      const ordered = orderToTheBot(m) !== undefined;
      const wishOnly = !focus && !m.tokens.some((w) => ASKS_THE_BOT.has(w)) && !ordered;
      // "registra uma manifestação na ouvidoria geral": every naming word in the first one's title names it, though a
      // sibling (the SUS ombudsman) comes close.
      // ("registra minha reclamação na ouvidoria geral": a word of its form, one of its choices, names it too.)
      const named = first !== undefined && naming.every((w) => isGlue(w) || inTitle(first, w) || inFormText(first, w));
      if (first && (result.clear || result.hits.length === 1 || named) && !wishOnly) {
        if (first.form) return startForm(t, first);
        // "agenda pra mim a doação de sangue": asked to do what the chat cannot; said so, and the card tells how. Only
        // for an order that the whole message finds too ("marcar na uai pro meu pai" finds the UAI, not the Ciptea).
        if (!ordered || t.ctx.search.search(m.text, 1).hits[0]?.id !== first.id) return searchRequest(t, m, naming);
        t.say(`Por aqui não consigo registrar o pedido de *${first.title}*, mas explico como fazer.`, undefined, undefined, { kind: 'notice' });
        return showService(t, first);
      }
      return searchRequest(t, m, naming);
    }
  }
  if (!focus) {
    // "consegue agendar pra mim?" on a list of results: the service listed that the words find first, if it has a form.
    const listed = listedServices(t);
    const top = listed.length > 0 ? serviceOf(t.ctx, t.ctx.search.search(m.text, 5).hits[0]?.id ?? '') : undefined;
    if (top?.form && listed.includes(top.id)) return startForm(t, top);
    return searchRequest(t, m, naming);
  }
  if (focus.form) return startForm(t, focus);
  // "vc consegue marcar pra mim?" on a card without a form (the Ciptea, reached by "marcar horário na UAI pra fazer a
  // carteirinha"): asked of the bot with a request verb, the service the card offers whose form that verb finds first
  // (the UAI booking) is the one to fill in.
  const offered = offeredServices(t).filter((x) => x.form !== undefined);
  if (offered.length > 0 && verbs.length > 0 && m.tokens.some((w) => ASKS_THE_BOT.has(w))) {
    const found = t.ctx.search.search(verbs.map((i) => m.tokens[i] ?? '').join(' '), 10).hits.map((h) => offered.find((x) => x.id === h.id)).find((x) => x !== undefined);
    if (found) return startForm(t, found);
  }
  t.say(`Por aqui não consigo registrar o pedido de *${focus.title}*, mas explico como fazer.`, undefined, undefined, { kind: 'notice' });
  answerAbout(t, focus, ['how'], false);
}

/**
 * In a form, a question about the service being requested in its own words ("quanto custa a segunda via?"
 * while booking the 2nd copy of the CIN): every word left after the question is one of the service's own.
 * Only a clear question (a strong cue or a "?") outside free-text fields: a name stays a name.
 */
export function ownQuestionInForm(t: TurnBuilder, m: Message): TopicHit | undefined {
  // On the summary too ("pera, e quanto custa a segunda via?"): the question is answered, and the summary stays.
  const view = t.state.view;
  const f = formOf(t) ?? (view.at === 'confirm' ? { s: serviceOf(t.ctx, view.serviceId) } : undefined);
  if (!f?.s || (m.freeText && !opensWithQuestion(m))) return undefined;
  // "e esse agendamento é de graça mesmo? o rapaz da lan house cobrou 20 reais": the question closes at its "?", and
  // what follows tells why it is asked; only the question's own clause is read.
  const q = m.text.indexOf('?');
  const clause: Message = q > 0 && q < m.text.trimEnd().length - 1 ? { ...readPlain(m.text.slice(0, q + 1)), freeText: m.freeText } : m;
  const hit = findTopics(clause, false);
  if (!hit || !(hit.strong || isAsked(m.text))) return undefined;
  // "minha mae consegue marcar sozinha pelo celular?": the person it is for names no service.
  // "peraí, quanto custa a segunda via mesmo?": a pause before the question names nothing.
  const naming = namingWords(clause, hit.used).filter((w) => !PAUSE_WORDS.has(w));
  const rest = naming.filter((w) => !WHO_WORDS.has(w) && !isGlue(w));
  if ((naming.length === 0 && clause !== m) || isOwnWords(f.s, naming) || (rest.length < naming.length && (rest.length === 0 || isOwnWords(f.s, rest)))) return hit;
  // A question from its first word in a free-text field ("Quanto tempo a Ouvidoria leva para responder?"): asked of the
  // form's service unless its words clearly name another one.
  if (!m.freeText) return undefined;
  if (rest.length === 0) return hit;
  const other = t.ctx.search.search(rest.join(' '), 2);
  return !other.clear || other.hits[0]?.id === f.s.id ? hit : undefined;
}

/**
 * A free-text field takes what is typed as its answer, unless the message is a question to the bot from its first word
 * to its "?" ("Quanto tempo a Ouvidoria leva para responder?" asked for the body): a clear topic cue opens it, at the
 * start or after "e"/"mas", and nothing follows the "?" (a story that ends on a question stays the answer).
 */
function opensWithQuestion(m: Message): boolean {
  const hit = findTopics(m, false);
  const first = m.tokens[0] === 'e' || m.tokens[0] === 'mas' ? 1 : 0;
  return hit !== undefined && hit.strong && hit.used.includes(first) && m.text.trimEnd().endsWith('?') && m.text.indexOf('?') === m.text.trimEnd().length - 1;
}

/** Words that ask to leave what is under way ("*sai* disso", "quero *sair*", "*larga* isso"). */
const LEAVE_NOW: ReadonlySet<string> = new Set(['sai', 'sair', 'larga', 'largar', 'esquece', 'esquecer']);

/**
 * Words of a time that is not yet a date ("semana que vem", "mês que vem", "na próxima sexta", "em janeiro"): in a
 * date field, a try at it; the date is asked again, no other service searched for ("semana que vem" is no enrolment).
 */
const DATE_TRY: ReadonlySet<string> = new Set(['semana', 'semanas', 'mes', 'meses', 'amanha', 'proxima', 'proximo', 'terca', 'quarta', 'quinta', 'sexta', 'sabado', 'domingo', 'feira',
  'janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro']);

/**
 * Right after a subject handled elsewhere, with nothing in focus: a message whose words, as written, name no service
 * goes on with that subject (as a follow-up question does, topics.ts) ("preciso saber pq vou viajar" after the weather). A word
 * that names one as written ("e a identidade dele?") is a new search.
 */
function storyGoesOn(t: TurnBuilder, m: Message): ReturnType<typeof awayById> {
  // "e pra ouro preto?" after the buses to other states is back within Minas (see backInMinas), no story.
  if (t.lastAway === undefined || t.state.focus !== undefined || backInMinas(t, m) !== undefined) return undefined;
  // "preciso saber pq vou viajar": the reason after "porque" tells why it is asked; it names no new subject.
  const naming = namingWords(m, asideOfAway(m));
  return t.ctx.catalogue.services.some((s) => namedAsWritten(s, naming)) ? undefined : awayById(t.lastAway);
}

/** In a form, a message that is neither a command nor a valid answer. */
export function formFallback(t: TurnBuilder, m: Message): void {
  const f = formOf(t);
  if (!f) return;
  // "meu nome é Fulano de Tal e meu CPF é …": each answer given is taken, and the next field still missing asked.
  const given = m.freeText ? undefined : answersGiven(t, f, m.text);
  if (given) return takeAnswers(t, f.s, f.form, f.answers, given);
  // Another service, asked for by name: offer to leave the form. Not for free text (always an answer),
  // nor for what looks like a try at this field (digits, an e-mail, a single word for a name).
  const field = f.form.fields[f.field];
  // Digits try a field of digits (a CPF, a date, a phone) or make up a short answer ("Jo4o Silva"); in a longer message
  // at a town or a choice they are the other request's own ("e a cnh, como tiro a 2 via dela?").
  const digitsTry = /\d/.test(m.text) && (field?.type === 'cpf' || field?.type === 'date' || field?.type === 'phone' || m.tokens.length <= 3);
  const attempt = digitsTry || m.text.includes('@') || (field?.type === 'name' && m.tokens.length < 2) || (field?.type === 'date' && m.tokens.some((w) => DATE_TRY.has(w)));
  if (!m.freeText && !attempt) {
    // A question about another service ("qnto ta o ipva do meu carro?"): the words that name it, without the question.
    const topics = findTopics(m, false);
    // A pause before the question ("espera, quanto custa?") names nothing.
    const naming = topics ? namingWords(m, topics.used).filter((w) => !PAUSE_WORDS.has(w)) : [];
    // "e a cnh? perdi ela tbm" in the identity card's form: a question naming the service found first (the CNH's 2nd
    // copy, before the loss report) is about it; a statement may be an answer, and needs the search to be clear.
    // "sai disso, quero ver a conta de água" before any answer: leaving is asked for, and nothing is lost.
    const leaving = Object.keys(f.answers).length === 0 && m.tokens.some((w) => LEAVE_NOW.has(w));
    // A question whose other words are all generic ("quanto vai custar isso?") names no other service: the whole
    // message is not searched (its question word alone may brush one, "custar" a service "sem custo").
    const queries = naming.length > 0 ? [naming.join(' '), m.text] : topics && !leaving ? [] : [m.text];
    // "com o bo fica de graça?", "sem o comprovante eu pago?" in the identity card's form: a question whose naming words
    // all come as a condition ("com"/"sem" before them) that the form's own card speaks of is about the request under
    // way, not about the thing ("onde faço o bo?" is); answered, the field asked again.
    if (topics && naming.length > 0 && isAsked(m.text) && !leaving && conditionOnly(m, naming) && spokenOfAll(t.ctx, f.s, naming)) return answerAbout(t, f.s, topics.topics, false);
    // "O atendimento é na UAI ou na delegacia?" in the ID card's form: where it is done, asked between places, one of
    // them a channel of the form's own card; answered there, the field asked again (no other service offered).
    if (!leaving && placeChoiceOf(f.s, m.text)) return answerAbout(t, f.s, ['where'], false);
    if (leaveForAnother(t, f, queries, topics, naming, isAsked(m.text), leaving)) return;
    if (topics && naming.length === 0) return answerAbout(t, f.s, topics.topics, false);
    // "e se eu não puder ir no dia?" while the name is asked: a case put in the negative as a question, no topic, that
    // the card's sentences quoted for it put in the negative too ("Se não puder ir, cancele para liberar a vaga"), is
    // asked of the service, not the field's answer: the sentence is quoted and the field asked again.
    const folded = fold(m.text);
    const quoted = !topics && isAsked(m.text) && CONDITION.test(folded) && m.tokens.some((w) => DENIALS.has(w)) ? passages(f.s, t.ctx.catalogue, m.text, [], true) : [];
    if (quoted.length > 0 && quoted.every((x) => NEGATED_CASE_LEAD.test(fold(x)))) return quotedInForm(t, f, quoted);
  }
  answerField(t, f.s, f.form, f.field, f.answers, m.text);
}

/**
 * A question about the service asked in the middle of its form: the card's sentences on it (or, with none, that the
 * card does not say it), as a notice, then the same field again (formFallback, place_asked_in_field).
 */
export function quotedInForm(t: TurnBuilder, f: FormAt, quoted: readonly string[]): void {
  t.say(quoted.length > 0 ? [ABOUT_IT, ...quoted].join('\n') : copy.notOnCardInForm(f.s.title), undefined, undefined, { kind: 'notice' });
  askField(t, f.s, f.form, f.field, f.answers);
}

/** Two places offered as a choice ("na UAI ou na delegacia", "no detran ou na uai"): the words of each. */
const PLACE_CHOICE = /\b(?:na|no|em|pela|pelo) ([a-z]+(?: [a-z]+)?) ou (?:na|no|em|pela|pelo) ([a-z]+(?: [a-z]+)?)/;

/** A question choosing between places, one of which a channel of `s` names (see PLACE_CHOICE). */
function placeChoiceOf(s: Service, text: string): boolean {
  if (!isAsked(text)) return false;
  const choice = PLACE_CHOICE.exec(fold(text));
  if (!choice) return false;
  const channels = channelStems(s);
  return [choice[1] ?? '', choice[2] ?? ''].some((place) => { const stems = analyze(place); return stems.length > 0 && stems.every((x) => channels.has(x)); });
}

/** Prepositions of a condition ("*com* o bo", "*sem* comprovante"). */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['com', 'sem']);

/** Every one of `naming` said in the message right after "com"/"sem" (an article or possessive between them allowed). */
function conditionOnly(m: Message, naming: readonly string[]): boolean {
  return naming.every((w) => m.tokens.some((x, i) => x === w && (CONDITION_WORDS.has(m.tokens[i - 1] ?? '') || (isGlue(m.tokens[i - 1] ?? '') && CONDITION_WORDS.has(m.tokens[i - 2] ?? '')))));
}

/** The request for `s` set aside at once (nothing in it worth keeping, or the citizen said no to it), and `target` shown. */
export function setAside(t: TurnBuilder, s: Service, target: Service): void {
  t.say(`Tudo bem, deixei o pedido de *${s.title}* de lado.`, undefined, undefined, { kind: 'notice' });
  showService(t, target);
}

/**
 * In a form, the other service that the first of `queries` to find one asks about: found clearly, alone, or (when the
 * citizen is `asking`) named by more words than the others found. A question about it is answered first ("qual o
 * valor do ipva?"); then leaving the form is offered. False when no query finds another service so.
 */
export function leaveForAnother(t: TurnBuilder, f: FormAt, queries: readonly string[], topics: TopicHit | undefined, naming: readonly string[], asking: boolean, direct = false): boolean {
  for (const query of queries) {
    const found = t.ctx.search.search(query, 3);
    // "quero ver o ipva" at a field: a wish that names the plain service of a subject by its whole name (views.ts
    // plainOfKin), not a kin of it, asks for that service as it would with nothing in view (round 6520).
    const result = (WANT_OPENERS.has(fold(query).split(' ')[0] ?? '') ? plainOfKin(t, query, found, true) : undefined) ?? found;
    const target = serviceOf(t.ctx, result.hits[0]?.id ?? '');
    if (!target || target.id === f.s.id) continue;
    if (result.clear || result.hits.length === 1 || (asking && namedLead(t, result.hits, query))) {
      // "pera, na verdade eu quero a 2ª via da CNH" before any answer: nothing is lost, so the other service at once.
      if (direct && !(topics && naming.length > 0)) {
        setAside(t, f.s, target);
        return true;
      }
      if (topics && naming.length > 0) answerAbout(t, target, topics.topics, true, false);
      offerLeave(t, f.s, f.field, f.answers, target);
      return true;
    }
  }
  return false;
}

/** Connectors that ask the last question again about another service ("e a CNH?", "e pra moto?"). */
const CARRY = /^(e|e a|e o|e as|e os|e pra|e para|e pro|e no|e na|e do|e da|e de|da|do|de|pra|para|e se for)\b/;

/** A condition added to the last question ("e se for…", "e caso…"). */
const CONDITION = /^(e )?(se|caso|e se|e caso)\b/;
/** A sentence opening with a case put in the negative ("Se não puder ir, …", "Caso não tenha…", "Quem não…"). */
const NEGATED_CASE_LEAD = /^(se|caso|quando|quem|onde) (\w+ )?(nao|nunca)\b/;

/**
 * True when every word (at least one) is in the answer of `topic` about the service, or in a synonym entry one of
 * whose phrases that answer holds whole ("bo" for "boletim de ocorrência").
 */
function inAnswer(t: TurnBuilder, s: Service, topic: Topic, words: readonly string[]): boolean {
  return everyWordIn(withSynonyms(t.ctx.catalogue.synonyms, new Set(analyze(answerTopic(s, topic).lines.join(' ')))), words);
}

/** True when every word (at least one) is in the answer of `topic` about the service or in the service's own texts. */
function ownOrAnswered(t: TurnBuilder, s: Service, topic: Topic, words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => isOwnWords(s, [w]) || inAnswer(t, s, topic, [w]));
}

/** A case put as a condition anywhere in the message ("tem multa se atrasar?", "e caso eu perca o prazo"), not "se for X". */
const CASE_CLAUSE = /\b(se|caso)\b(?! (for|fosse|forem)\b)/;

/**
 * The words of "another state" said as such ("outro estado", "entre estados", "interestadual"), and the verbs asking
 * whether the service holds there ("vale", "serve", "funciona").
 */
const STATE_WORDS: ReadonlySet<string> = new Set(['outro', 'outra', 'outros', 'estado', 'estados', 'entre', 'interestadual', 'interestaduais', 'vale', 'valer', 'valido', 'valida', 'serve', 'servir', 'funciona', 'usar']);

/** Asking whether it is the same ("é a mesma?", "é o mesmo?", "é igual?", "mesma coisa?"). */
/**
 * Asking whether the thing in view is good for a use ("serve pro seguro?", "vale pra licitação?", "da pra usar no
 * banco?", "aceitam no processo?"), opening the message; what follows is the use.
 */
const USE_ASKED = /^(e )?(isso |ela |ele |essa |esse |a |o )?(serve|servem|serviria|vale|valem|funciona|da pra usar|da para usar|posso usar|pode ser usad[oa]|aceita|aceitam|e aceit[oa]) (pra|para|pro|pros|pras|p|na|no|nos|nas|em|como|de)\b/;
const SAME_ASKED = /\b(a mesma|o mesmo|mesma coisa|mesmo esquema|e igual)\b/;
const SAME_WORDS: ReadonlySet<string> = new Set(['mesma', 'mesmo', 'coisa', 'igual', 'esquema']);

/**
 * The card in view compared with another thing: "qual a diferença disso pra rematrícula?", "diferença entre ser MEI e
 * abrir empresa?", "esse registro já vale como o RGP?", "é a mesma coisa que o Encceja?", "a empresa pediu o federal, é
 * esse mesmo?", "e o ipva eu pago por esse dae tb?", "tiro a guia por aqui tbm?" (whether this one covers it too), "eu
 * já tenho o rgp, ele não serve?" (whether what the citizen holds counts). Not "mesmo que" (even if), nor "faz diferença?" with nothing compared (what the case changes).
 */
const COMPARED = /\b(diferencas?|diferentes?) (entre|disso|dessa|desse|deste|desta|do|da|dos|das|de|pra|para|pro|pros|com)\b|\b(e|eh|sao|seria|seriam) (o|a|os|as) mesm[oa]s? (coisa |documento |registro |cadastro )?(que|q|do|da)\b|\b(e|eh|seria) igual (a|ao|as|aos)\b|\b(vale|valer|valeria|serve|servir|serviria|conta|contaria) como\b|\bsubstitu(i|em|ir|iria)\b|\b(e|eh|seria) (esse|essa|este|esta|isso) mesm[oa]\b|\b(esse|essa|este|esta|desse|dessa|nesse|nessa|pelo mesmo|pela mesma|no mesmo|na mesma) \w+ (tb|tbm|tambem)\b|\b(por|daqui|aqui) (aqui )?(tb|tbm|tambem)\b|\bja (tenho|tem|tinha|fiz|tirei|possuo)\b.*\b(serve|vale|valeria|serviria|substitui|conta)\b/;
/**
 * "aqui também?", "por aqui tbm?": the card compared with a case told elsewhere or before ("Em São Paulo paguei uma taxa
 * para recorrer. Aqui também é cobrado?"), not with another thing; the topic asked or told answers it (round 6720).
 */
const HERE_TOO = /\b(por|daqui|aqui) (aqui )?(tb|tbm|tambem)\b/;
/** A closing tag of checking ("…, é isso mesmo ne?"), no comparison. */
const CHECK_SAME = /\b(?:e|eh) isso (?:mesmo|msm)(?: (?:ne|neh|certo|correto))?$/;
/** The words of a comparison itself ("diferença", "mesmo", "vale como"), never the thing compared. */
const COMPARING: ReadonlySet<string> = new Set(['diferenca', 'diferencas', 'diferente', 'diferentes', 'entre', 'mesmo', 'mesma', 'mesmos', 'mesmas', 'coisa', 'igual', 'vale', 'valer', 'valeria',
  'serve', 'servir', 'serviria', 'conta', 'contaria', 'como', 'substitui', 'substituem', 'substituir', 'substituiria', 'ja', 'tambem', 'tb', 'tbm', 'aqui', 'daqui',
  'tenho', 'tinha', 'possuo']);

/** What a comparison asked on the card in view is answered with: the card's own sentences, or what each service is. */
export interface Comparison {
  lines: string[];
  other?: Service;
}

/**
 * The card in view compared with another thing (COMPARED): the thing is the words left besides the comparison's, the
 * card's title (an acronym of it only when the card spells it out: "diferença entre o avcb e o clcb?") and the word a
 * demonstrative points at the card with ("*esse registro* vale como o rgp?"). What the card
 * says of it: the sentence spelling it out ("Ele não substitui o Registro Geral da Atividade Pesqueira (RGP), que é
 * federal."), else, when the words name another service by a phrase of its names, what each of the two is (the first
 * sentence of each description: "…quer continuar na mesma escola"), else the card's sentences holding them ("O atestado
 * federal é outro documento…"). Undefined when the card says nothing of it.
 */
export function comparisonAsked(t: TurnBuilder, m: Message): Comparison | undefined {
  const focus = focusOf(t);
  // "abrir empresa agora é de graça, é isso mesmo ne?": a closing "é isso mesmo" is the tag that puts a belief to confirm,
  // no "is it this same one" (round 5982); "é esse mesmo?" still compares.
  const folded = m.tokens.join(' ').replace(CHECK_SAME, '');
  if (focus === undefined || t.state.view.at !== 'service' || !isQuestion(m.text) || !COMPARED.test(folded)) return undefined;
  // Only "aqui também" compares a case told ("paguei uma taxa em SP", comparedHere), and a topic is read: the way, the
  // cost, the time of the case told, asked of the card; "o IPVA eu pago por aqui também?" still compares a subject.
  if (HERE_TOO.test(folded) && !COMPARED.test(folded.replace(HERE_TOO, ' ')) && findTopics(m, false) !== undefined && comparedHere(t, m.text)) return undefined;
  const pointed = m.tokens.flatMap((w, i) => (DEMONSTRATIVES.has(w) ? [i + 1] : []));
  const thing = namingWords(m, pointed).filter((w) => !isGlue(w) && !COMPARING.has(w) && !DEMONSTRATIVES.has(w) && (!inTitle(focus, w) || speltOut(focus, w) !== undefined));
  if (thing.length === 0) return undefined;
  // Not the acronym of the card's own body beside other words of the thing ("o cadastro do *IEF* é o mesmo que o registro
  // da atividade pesqueira federal?"): the body says whose the card is; the other words say what is compared (round 4045, r36c).
  const ownBody = (w: string): boolean => thing.length > 1 && w === fold(focus.agency.acronym);
  const spelt = [...new Set(thing.filter((w) => !ownBody(w)).flatMap((w) => speltOut(focus, w) ?? []))];
  if (spelt.length > 0) return { lines: spelt };
  const found = t.ctx.search.search(thing.join(' '), 3);
  const first = found.clear || found.hits.length === 1 ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
  if (first !== undefined && first.id !== focus.id && namesService(t.ctx, first, thing)) {
    // "e o ipva eu pago por esse dae tb?": what the card says of the other's own name words ("O IPVA tem guia própria").
    const own = nameStems(focus);
    const others = nameStems(first);
    const told = passages(focus, t.ctx.catalogue, thing.filter((w) => others.has(stemOrSelf(w)) && !own.has(stemOrSelf(w))).join(' '), [], true);
    return told.length > 0 ? { lines: told } : { lines: [whatItIs(focus), whatItIs(first)], other: first };
  }
  // "a empresa pediu o federal, é esse mesmo?": the word one or two sentences hold says which, past the citizen's story.
  const said = passages(focus, t.ctx.catalogue, thing.join(' '), [], true);
  const lines = said.length > 0 ? said : rarePassages(focus, t.ctx.catalogue, thing.join(' '));
  return lines.length > 0 ? { lines } : undefined;
}

/** The first sentence of the service's description: what it is. */
const whatItIs = (s: Service): string => s.description.split(/(?<=[.!?])\s+/)[0] ?? s.description;

/** Says what the comparison found (see comparisonAsked); with another service, each one's sentence under its title, and a way to it. */
export function sayComparison(t: TurnBuilder, c: Comparison): void {
  const focus = focusOf(t);
  if (focus === undefined) return;
  const other = c.other;
  if (other === undefined) return sayQuoted(t, focus, ABOUT_IT, c.lines);
  t.events.push({ type: 'follow_up', kind: 'passage', serviceId: focus.id });
  t.say(copy.compared(focus.title, c.lines[0] ?? '', other.title, c.lines[1] ?? ''), [{ id: `svc:${other.id}`, label: `↪️ ${other.title}` }, ...t.state.options.filter((o) => o.id !== `svc:${other.id}`)], [official(focus)], { kind: 'passage', serviceId: focus.id });
}

/** Every word (at least one) is in the first sentence of the service's description (what it is), by its stem. */
function whatItIsSays(s: Service, words: readonly string[]): boolean {
  const first = new Set(analyze(whatItIs(s)));
  return words.length > 0 && words.every((w) => first.has(stemOrSelf(w)));
}


/** A step's title that is a condition ("Se o veículo for recuperado", "Em caso de risco, ligar 190"). */
const CONDITION_TITLE = /^(se|caso|em caso de|quando)\b/;

/** The one step of the service titled as a condition that shares a word of the message other than glue and generic words. */
function conditionStep(s: Service, m: Message): Service['steps'][number] | undefined {
  const said = new Set(analyze(namingWords(m, []).join(' ')));
  const found = s.steps.filter((st) => CONDITION_TITLE.test(fold(st.title)) && analyze(st.title).some((x) => said.has(x)));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The card's own sentence as the default answer (round 1400): a question on the card in view that no topic asks
 * clearly ("precisa mesmo fazer autoescola ou posso aprender com instrutor autonomo?" on the first licence, "e na prova
 * teorica posso entrar com o celular no bolso?" on the Detran exams), whose words two of the card's sentences' words
 * hold at least (`passages`), is answered by that sentence, before the card is shown again, a weak topic is answered
 * or the search opens a service the words only brush ("celular": the theft report). Not when the words name the
 * service the search finds first (beyond a word both titles hold), nor a subject handled elsewhere, nor someone acting
 * for the citizen (who may ask answers that).
 */
export function cardSentenceAsked(t: TurnBuilder, m: Message): boolean {
  const focus = focusOf(t);
  if (focus === undefined || t.state.view.at !== 'service' || !isQuestion(m.text) || findTopics(m, false) !== undefined) return false;
  const folded = m.tokens.join(' ');
  // "E se eu quiser reclamar da empresa?" after where it is done: a case put carries the last topic, whose answer comes
  // with the sentence (showTopic) and with the channels the sentence does not give (the Ouvidoria's 162).
  if (t.state.topic !== undefined && CONDITION.test(folded)) return false;
  // Or asked the name of a thing that one of its sentences names ("qual é o nome do formulário?", round 4022).
  if (asksProxy(m.text) || (surePassages(focus, t.ctx.catalogue, m.text).length === 0 && namedThingSentences(focus, m.text).length === 0) || elsewhere(t, m.text)) return false;
  if (onlyNameAsked(m.text) && namedThingSentences(focus, m.text).length > 0) return true;
  const first = serviceOf(t.ctx, t.ctx.search.search(searchText(m, t.ctx.catalogue.otherStates), 3).hits[0]?.id ?? '');
  return first === undefined || first.id === focus.id || strayFind(t, focus, first, m);
}

/** Quotes the card's sentences that answer the question surely (see cardSentenceAsked). */
export function sayCardSentence(t: TurnBuilder, m: Message): void {
  const focus = focusOf(t);
  if (focus === undefined) return;
  // "tem q reservar a passagem antes?": the deadline the texts give, before any other sentence (as sayPassage does).
  const due = deadlines(focus, m.text);
  const named = namedThingSentences(focus, m.text);
  if (named.length > 0) return void sayFound(t, focus, named);
  sayFound(t, focus, [...due, ...surePassages(focus, t.ctx.catalogue, m.text).filter((x) => !due.some((d) => d.includes(x)))]);
}

/**
 * The service found is reached only through a stray word of its texts: on a card, the words do not name it (title,
 * popular name, synonym). "e depois que sai a outorga ela vence?" on the water-use permit found the prison visits;
 * the question stays on the card.
 */
function strayFind(t: TurnBuilder, focus: Service | undefined, found: Service, m: Message): boolean {
  if (focus === undefined || found.id === focus.id || t.state.view.at !== 'service') return false;
  const naming = namingWords(m, []);
  // "e se a conta vier muito alta?" on the water bill: a word both titles hold ("conta") names neither over the other;
  // only the other words may name the one found ("e a baixa do carro?" on closing a company names the vehicle's),
  // unless the message carries the talk over to a thing it names ("e a ouvidoria geral?").
  return !namesService(t.ctx, found, THING_CARRIED.test(m.tokens.join(' ')) ? naming : beyondShared(focus, found, naming));
}

/** Words of asking, which make a question of a message typed (or dictated) without "?" ("o bo chega como"). */
const ASKING: ReadonlySet<string> = new Set([...WH_WORDS, 'pode', 'posso', 'da', 'consigo', 'precisa', 'preciso']);

/** A question: a "?" or a word of asking. */
const asksSomething = (m: Message): boolean => isAsked(m.text) || m.tokens.some((w) => ASKING.has(w));

/** Every word (at least one) is the card's own, and none is in the title, or a phrase of the names, of the service the search finds first. */
function askedInOwnWords(t: TurnBuilder, focus: Service, m: Message, query: string): boolean {
  const words = namingWords(m, []);
  if (words.length === 0 || !isOwnWords(focus, words)) return false;
  const first = serviceOf(t.ctx, t.ctx.search.search(query, 3).hits[0]?.id ?? '');
  // "a concessionaria nao faz isso por mim?": someone acting for the citizen asks who may ask (left to that answer).
  // "e o cpf dele, vcs fazem tbm?" on the identity card: a subject handled elsewhere says who handles it.
  if (asksProxy(m.text) || elsewhere(t, m.text)) return false;
  return first === undefined || first.id === focus.id || (!words.some((w) => inTitle(first, w)) && !namesService(t.ctx, first, words, true));
}

/**
 * A thing carried over ("e o ipva?", "e o bo tem q ser de quando?") that the card in view speaks of, in words none of
 * which is in its title, held by the card's answer to the topic carried, while the search finds another service first:
 * the card's sentences that answer the question and hold the thing, else the one that names it (see thingSentence). None when the card says nothing of it, or the
 * words are the card's own title's (round 2862).
 */
function carriedOwnThing(t: TurnBuilder, focus: Service, m: Message, naming: readonly string[], topic: Topic): string[] {
  const thing = naming.filter((w) => !inTitle(focus, w));
  if (thing.length === 0 || thing.length > 2 || thing.length < naming.length || !spokenOfAll(t.ctx, focus, thing) || elsewhere(t, m.text)) return [];
  const first = serviceOf(t.ctx, t.ctx.search.search(searchText(m, t.ctx.catalogue.otherStates), 3).hits[0]?.id ?? '');
  if (first === undefined) return [];
  // "bo" is held by a sentence as "boletim de ocorrência": the thing, or a whole phrase of a synonym entry naming it.
  const own = analyze(thing.join(' '));
  const phrases = [own, ...synonymStems(t.ctx.catalogue.synonyms).flatMap((names) => (names.some((n) => n.length === own.length && n.every((x, i) => x === own[i])) ? names : []))].filter((n) => n.length > 0);
  const holds = (line: string): boolean => { const held = new Set(analyze(line)); return phrases.some((n) => n.every((x) => held.has(x))); };
  // Only a thing the card's answer to the topic carried holds ("IPVA proporcional do ano" among the first registration's
  // costs): "e o licenciamento?" after the IPVA's cost, which its costs do not hold, asks the licensing's cost.
  // Or one the search takes to a service foreign to the card (round 4900): "e a nota fiscal?" after the cost of the theft
  // report ("Nota fiscal dos bens") is no farmer's invoice; "e a passagem?" after the bus times is the card's own word
  // (a keyword of it, whole), not the free pass's.
  const ownName = nameKeywordWords(focus).some((n) => analyze(n.join(' ')).join(' ') === own.join(' '));
  // Not when the thing names the one found whole ("e o IPVA?", "e a CNH?": its acronym): that one is asked about.
  const foreign = foreignTo(focus, first) && !namedWhole(t.ctx.catalogue, first, new Set(own));
  const answered = answerTopic(focus, topic).lines.some(holds);
  // The foreign and own-name cases only for a thing carried over as such ("e a …"; not "e se a polícia achar…", a case put).
  const carried = THING_CARRIED.test(m.tokens.join(' '));
  // The card in view found itself: the same topic again would say nothing of the thing ("e a matrícula?" after the school
  // registration's documents); its steps' sentences on the thing answer, unless that answer holds it (round 4908).
  if (first.id === focus.id ? answered || !carried : !answered && !(carried && (foreign || ownName))) return [];
  const inSteps = first.id === focus.id ? stepSentencesHolding(focus, holds) : [];
  if (inSteps.length > 0) return inSteps;
  const answering = passages(focus, t.ctx.catalogue, m.text, [], true, topic).filter(holds);
  if (answering.length > 0) return answering;
  return [...new Set(thing.flatMap((w) => thingSentence(focus, w) ?? []))];
}

/**
 * A sentence saying a thing has its own way, apart from the card ("O IPVA tem guia própria, na área do IPVA", "Cada edição
 * tem calendário próprio"): the card itself points elsewhere for it.
 */
const OWN_WAY = /\b(?:tem|possui|possuem|segue|seguem) (?:(?:seu|sua|seus|suas|um|uma) )?(?:\w+ )?propri[oa]s?\b|\b(?:a parte|em separado|separadamente)\b/;

/**
 * "E o IPVA?" on the DAE ("O IPVA tem guia própria, na área do IPVA"): a thing carried over, with or without a topic just
 * answered, that the card in view says has its own way apart from it: the card's sentences saying so answer, and the focus
 * stays (the card names where to go; its related services are its buttons). None when no sentence of the card holds the
 * thing with such a word, so "e a CNH?" on a card silent about it still moves (round 5141).
 */
function carriedPointedOut(t: TurnBuilder, focus: Service, m: Message): string[] {
  if (!THING_CARRIED.test(m.tokens.join(' ')) || elsewhere(t, m.text)) return [];
  const thing = namingWords(m, []).filter((w) => !inTitle(focus, w));
  if (thing.length === 0 || thing.length > 2 || !spokenOfAll(t.ctx, focus, thing)) return [];
  const own = analyze(thing.join(' '));
  const pointsOut = (x: string): boolean => {
    const held = new Set(analyze(x));
    return own.every((w) => held.has(w)) && OWN_WAY.test(fold(x));
  };
  return quotable(focus).filter(pointsOut).slice(0, STEP_SENTENCES);
}

/** At most this many sentences of the steps answer a thing carried over (see stepSentencesHolding). */
const STEP_SENTENCES = 2;

/**
 * The titles and sentences of the card's steps that hold the thing, in order, at most STEP_SENTENCES: asked of a thing or
 * a place of the card, what the citizen does with it ("Fazer a matrícula na escola indicada"; "…agende gratuitamente em
 * uma UAI e leve os documentos"), rounds 4907 and 4908.
 */
function stepSentencesHolding(focus: Service, holds: (line: string) => boolean): string[] {
  return focus.steps.flatMap((st) => [st.title, ...st.description.trim().split(/(?<=[.!?])\s+/)]).filter(holds).slice(0, STEP_SENTENCES);
}

/** "e na uai?", "e pelo app?": the talk carried over to a place or a way of doing it (round 4907). */
const PLACE_CARRIED = /^(?:e|mas|e ai) (?:na|no|nas|nos|pela|pelo|numa|num|em)\b/;

/**
 * "e na uai?" on the Ciptea ("…agende gratuitamente em uma UAI e leve os documentos"): a place or way carried over, of a
 * word or two that the card's own texts speak of, asks how it goes there on the card in view, not for the place's own
 * service (the UAI booking): the card's sentences that hold it. None when the card says nothing of it (round 4907).
 */
function placeCarriedOwn(t: TurnBuilder, focus: Service, m: Message): string[] {
  if (!PLACE_CARRIED.test(m.tokens.join(' ')) || elsewhere(t, m.text)) return [];
  const thing = namingWords(m, []).filter((w) => !inTitle(focus, w));
  if (thing.length === 0 || thing.length > 2 || !spokenOfAll(t.ctx, focus, thing)) return [];
  const own = analyze(thing.join(' '));
  const holds = (line: string): boolean => { const held = new Set(analyze(line)); return own.every((x) => held.has(x)); };
  // A step's sentence first: asked of a place, how it goes there ("agende … em uma UAI e leve os documentos").
  const steps = stepSentencesHolding(focus, holds);
  const said = steps.length > 0 ? steps : passages(focus, t.ctx.catalogue, m.text, [], true).filter(holds);
  return said.length > 0 ? said : [...new Set(thing.flatMap((w) => thingSentence(focus, w) ?? []))];
}

/** The search of the question finds first another service, named only by what the card in view speaks of (see namedOnlyByFocus). */
function spokenOfByFocus(t: TurnBuilder, focus: Service, m: Message): string[] | undefined {
  if (elsewhere(t, m.text) || asksProxy(m.text)) return undefined;
  const first = serviceOf(t.ctx, t.ctx.search.search(searchText(m, t.ctx.catalogue.otherStates), 3).hits[0]?.id ?? '');
  return first === undefined ? undefined : namedOnlyByFocus(t, focus, first, m.text, namingWords(m, []));
}

/** The search of the question finds no service clearly nor by its names, and a sentence of the card answers it (see searchWithTopic). */
function answeredNotNamed(t: TurnBuilder, focus: Service, m: Message, query: string): boolean {
  const result = t.ctx.search.search(query, 5);
  if (result.clear || result.hits.length === 0) return false;
  const first = serviceOf(t.ctx, result.hits[0]?.id ?? '');
  if (first === undefined || first.id === focus.id) return false;
  // Words naming the service found ("carro no meu nome": the transfer; "renovar": the renewal) still ask the card, when
  // the sentence quoted speaks of the case the citizen tells ("mesmo que ele não dirija": "para quem não dirige").
  // A word both titles hold names neither over the other ("as dividas somem depois da baixa?" on closing a company finds
  // the vehicle's write-off by "baixa", the word of both titles): only the other words may name the service found.
  const naming = namingWords(m, []);
  if (namesService(t.ctx, first, CARRY.test(m.tokens.join(' ')) ? naming : beyondShared(focus, first, naming))) return caseSentences(focus, t.ctx.catalogue, m.text).length > 0;
  return passages(focus, t.ctx.catalogue, m.text, [], false).length > 0;
}

/** The words but those both services' titles hold: such a word names neither over the other (see answeredNotNamed). */
function beyondShared(focus: Service, other: Service, words: readonly string[]): string[] {
  return words.filter((w) => !(inTitle(focus, w) && inTitle(other, w)));
}

/** Every word of a dated thing told ("o *bo* é de 3 meses atrás") but the time and the verb is one the card speaks of. */
function datedOwnThing(t: TurnBuilder, focus: Service, m: Message): boolean {
  const thing = namingWords(m, []).filter((w) => !TIME_WORDS.test(w) && !DID.has(w));
  return thing.length > 0 && thing.length <= 3 && spokenOfAll(t.ctx, focus, thing);
}
/** The time gone by in a dated thing told: numbers, units and "atrás", "faz", "há". */
const TIME_WORDS = new RegExp(`^(?:${COUNT_TOLD}|dias?|semanas?|mes|meses|anos?|atras|faz|ha|quase|mais|uns|umas|feito|feita|registrado|registrada)$`);

/** Verbs of what the citizen has done themselves ("*fiz* bo", "*registrei* o boletim"): what follows is done, not asked for. */
const DID: ReadonlySet<string> = new Set(['fiz', 'fizemos', 'registrei', 'registramos']);

/** "fiz o registro", "já fiz o boletim": only a verb of DID and its object, every word of which the card speaks of. */
function didOwnThing(t: TurnBuilder, focus: Service, m: Message): boolean {
  const done = doneObject(m);
  return done.length > 0 && m.tokens.every((w, i) => done.includes(i) || DID.has(w) || isGlue(w) || w === 'ja') && spokenOfAll(t.ctx, focus, done.map((i) => m.tokens[i] ?? ''));
}

/** The places of the object of a verb of DID (up to three words, to a pause or an "e"), articles aside; none without one. */
function doneObject(m: Message): number[] {
  const at = m.tokens.findIndex((w) => DID.has(w));
  if (at < 0) return [];
  const out: number[] = [];
  for (let i = at + 1; i < m.tokens.length && out.length < 3; i++) {
    const w = m.tokens[i] ?? '';
    if (w === 'e' || w === 'mas' || w === 'pq' || w === 'porque') break;
    if (!DEFINITE_ARTICLES.has(w) && w !== 'um' && w !== 'uma') out.push(i);
    if (m.pauses?.has(i)) break;
  }
  return out;
}

/** Openings of asking whether one may do something ("posso", "da pra", "consigo"). */
const CAN_DO: ReadonlySet<string> = new Set(['posso', 'pode', 'podemos', 'da', 'pra', 'para', 'consigo', 'tem', 'problema', 'eu', 'e', 'ainda']);
/** Words of the case as it is ("assim", "desse jeito"). */
const AS_IT_IS: ReadonlySet<string> = new Set(['assim', 'desse', 'dessa', 'deste', 'desta', 'jeito', 'forma', 'mesmo']);

/** Asking what the citizen's case changes ("muda alguma coisa?", "faz diferença?"). */
const whatChanges = CueSet.of(WHAT_CHANGES);

/** "posso dirigir assim?", "da pra viajar desse jeito": whether one may do something in the case as it is. */
function asksAsItIs(m: Reading): boolean {
  const w = m.tokens;
  const opens = CAN_DO.has(w[0] ?? '') && w[0] !== 'e' && w[0] !== 'pra' && w[0] !== 'para';
  const last = w.slice(-2).join(' ');
  return opens && w.length <= 6 && (w[w.length - 1] === 'assim' || /^(desse|dessa|deste|desta) (jeito|forma)$/.test(last));
}

/** Words of who the citizen is or wants to be ("eu *sou* mei", "quero *ser*"), which name nothing. */
const BEING: ReadonlySet<string> = new Set(['sou', 'somos', 'ser', 'virar', 'quero', 'queria', 'mas', 'porem']);

/** Share of the services up to which a word of the citizen's case is the card's rather than everyone's ("mei", not "carro"). */
const UNCOMMON_SHARE = 1 / 5;

/**
 * The citizen's case, told on a card in words all of which the card's own texts use, one of them uncommon (used by
 * one service in five at most): no other service the search finds is named by them, and none is found clearly (the
 * search would list them), unless a sentence of the card holds the case surely ("e eu sou de baixa renda tbm" on the
 * identity card's 2nd copy: "Pessoas de baixa renda também são isentas…"; the free pass found clearly is named by
 * none of the words).
 */
function ownCase(t: TurnBuilder, focus: Service, m: Message, query: string): boolean {
  const naming = namingWords(m, []).filter((w) => !isGlue(w) && !BEING.has(w) && !INTERJECTIONS.has(w) && !APOLOGIES.has(w));
  if (naming.length === 0 || naming.length > 3 || !isOwnWords(focus, naming) || !naming.some((w) => t.ctx.search.share(stemOrSelf(w)) <= UNCOMMON_SHARE)) return false;
  const result = t.ctx.search.search(query, 5);
  if (result.clear && surePassages(focus, t.ctx.catalogue, m.text).length === 0) return false;
  return result.hits.every((h) => {
    const s = serviceOf(t.ctx, h.id);
    return s === undefined || s.id === focus.id || !namesService(t.ctx, s, naming);
  });
}

/** Verbs that open a request to see or have something ("ver minhas multas", "consultar meus pontos"). */
const SEEING: ReadonlySet<string> = new Set(['ver', 've', 'consultar', 'consulta', 'olhar', 'checar', 'conferir', 'mostra', 'mostrar', 'quero', 'queria', 'gostaria']);

/**
 * The message without the clause in which someone else did not do something ("e o cara nao transferiu"), from that
 * someone to the next pause (`othersDenied`); undefined when there is none.
 */
function withoutOthersDenial(m: Message): string | undefined {
  const clause = new Set(othersDenied(m));
  if (clause.size === 0) return undefined;
  const kept = m.tokens.filter((_, i) => !clause.has(i));
  return kept.length > 0 ? kept.join(' ') : undefined;
}

/** The words before a word of fear (topics.ts's FEAR: "ela *tem* medo", "e eu *to com* receio"). */
const FEARING: ReadonlySet<string> = new Set(['tem', 'tenho', 'temos', 'to', 'tou', 'estou', 'esta', 'ta', 'fico', 'fica', 'com', 'sinto', 'e', 'ela', 'ele', 'eu', 'mas', 'a', 'gente', 'um', 'pouco', 'muito', 'mt', 'mto']);

/**
 * The message without a fear told after something else (from the words before "medo"/"receio" to the next pause or
 * the end): "… nao chegou esse mes e ela tem medo de cortarem" is "… nao chegou esse mes". Undefined when there is
 * none, or when too little is left (at least two words before it).
 */
function withoutFear(m: Message): string | undefined {
  const at = m.tokens.findIndex((w, i) => i >= 3 && FEAR.has(w) && FEARING.has(m.tokens[i - 1] ?? ''));
  if (at < 0) return undefined;
  let from = at;
  while (from > 0 && FEARING.has(m.tokens[from - 1] ?? '') && !(m.pauses?.has(from - 1) ?? false)) from--;
  const end = [...(m.pauses ?? [])].filter((p) => p >= at).sort((a, b) => a - b)[0] ?? m.tokens.length - 1;
  const kept = m.tokens.filter((_, i) => i < from || i > end);
  return from >= 2 ? kept.join(' ') : undefined;
}

/** Words that choose what to see first ("a inscrição primeiro", "começa por ela"). */
const FIRST_WORDS: ReadonlySet<string> = new Set(['primeiro', 'comeca', 'comecar', 'comece', 'comecemos']);

/**
 * A clause after a pause that opens with a wish ("não quero consultar, *quero recorrer* porque…") and whose words, up
 * to the next pause or reason, are all the focus's own: the citizen asks for the card in view.
 */
function wishesFocus(t: TurnBuilder, m: Message, focus: Service): boolean {
  const wished = wishedClause(m);
  return wished !== undefined && isOwnWords(focus, wished.words) && wishedOther(t, wished.words, focus) === undefined;
}

/** The naming words of a later clause that opens with a wish ("…, *quero recorrer* dela"), up to the next pause or reason. */
function wishedClause(m: Message): { start: number; words: string[] } | undefined {
  const at = m.tokens.findIndex((w, i) => i > 0 && WANT_OPENERS.has(w) && (m.pauses?.has(i - 1) ?? false));
  if (at < 0) return undefined;
  let end = at + 1;
  while (end < m.tokens.length && !BECAUSE.has(m.tokens[end] ?? '') && !(m.pauses?.has(end - 1) ?? false)) end++;
  const outside = m.tokens.flatMap((_, i) => (i <= at || i >= end ? [i] : []));
  return { start: at, words: namingWords(m, outside) };
}

/**
 * The service other than the focus that the wished clause alone finds clearly and names ("não quero ver não, já sei
 * que tenho, quero recorrer dela" on the fines' lookup: "recorrer" is the appeal's), though the card speaks of it too.
 */
function wishedOther(t: TurnBuilder, wished: readonly string[], focus: Service): Service | undefined {
  if (wished.length === 0) return undefined;
  const found = t.ctx.search.search(wished.join(' '), 3);
  const top = found.clear ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
  return top !== undefined && top.id !== focus.id && namesService(t.ctx, top, wished) ? top : undefined;
}

/** The service clearly found and named by the words before "sobre" (or "a respeito de"), if two or more words precede it. */
function namedBeforeAbout(t: TurnBuilder, m: Message): Service | undefined {
  const at = m.tokens.findIndex((w, i) => w === 'sobre' || (w === 'respeito' && m.tokens[i - 1] === 'a'));
  if (at < 2) return undefined;
  const before = searchWords(m.tokens.slice(0, m.tokens[at] === 'respeito' ? at - 1 : at).join(' '));
  if (before.length === 0) return undefined;
  const result = t.ctx.search.search(before.join(' '), 3);
  const top = result.clear ? serviceOf(t.ctx, result.hits[0]?.id ?? '') : undefined;
  // Named by a word of its own title ("ouvidoria"), not only by a verb its synonyms share ("quero reclamar sobre o hospital").
  return top && namesService(t.ctx, top, before) && before.some((w) => inTitle(top, w)) ? top : undefined;
}

/**
 * "e a do rg?" on the 2nd copy of the CNH, which the search alone finds no clear answer to: of the services the
 * words name, the one whose title shares the most words with the focus's title, the words said excepted. None when
 * two are as close, or none shares a word (the list of results is then the honest answer).
 */
function sameKind(t: TurnBuilder, focus: Service, m: Message): Service | undefined {
  // "é o cadastro escolar msm" says what it is, not "and the…".
  if (/^\s*é/i.test(m.text)) return undefined;
  const words = namingWords(m, []);
  if (words.length === 0 || words.length > 4) return undefined;
  // Words that name the focus itself ask about it, not about another of its kind.
  const own = namedCount(t.ctx, focus, words);
  // Without the other states: "de sp" read as "outro estado" makes this guess by title words reach far ("e a carteira
  // do rj?" on the Cemig bill opened the CIN, "e o carro de sp?" on the CNH category the fines); the list is honest.
  const result = t.ctx.search.search(searchText(m), 8);
  if (result.clear) return undefined;
  // "e o ipva dela como fica?" on the first registration of a new vehicle: a service related to the focus and named
  // by the words (the IPVA) is meant, rather than the one whose title shares most with the focus's (the IPVA refund
  // of a stolen "veículo").
  const near = relatedNamed(t, focus, m);
  if (near) return near;
  const said = new Set(analyze(words.join(' ')));
  const carried = THING_CARRIED.test(m.tokens.join(' '));
  const kind = [...titleStems(focus)].filter((w) => !said.has(w));
  let best: Service | undefined;
  let most = 0;
  let tie = false;
  for (const hit of result.hits) {
    const s = serviceOf(t.ctx, hit.id);
    if (!s || s.id === focus.id || namedCount(t.ctx, s, words) <= own) continue;
    const stems = titleStems(s);
    const shared = kind.filter((w) => stems.has(w)).length;
    if (shared > most) [best, most, tie] = [s, shared, false];
    else if (shared === most && shared > 0) tie = true;
  }
  // "e se acharem a moto depois?" on the IPVA refund: a case put, whose words name the one guessed only by what the card
  // in view speaks of ("moto": its vehicle), is the card's, no other of its kind; "e a do rg?" carries the talk over.
  if (best !== undefined && !carried && namedOnlyByFocus(t, focus, best, m.text, words) !== undefined) return undefined;
  return tie ? undefined : best;
}

/**
 * The words of the message are all the focus's own, do not name `other` (by its title, a whole popular name or a
 * synonym), and a sentence of the focus's texts holds them: the thing asked about is the card's.
 */
function ownThingOf(t: TurnBuilder, focus: Service, other: Service, m: Message): boolean {
  const naming = namingWords(m, []);
  return isOwnWords(focus, naming) && !namesService(t.ctx, other, naming) && passages(focus, t.ctx.catalogue, m.text, [], true).length > 0;
}

/** "a empresa pediu isso pra minha contratacao": the statement is about what is in view. */
const pointsAtFocus = (m: Message): boolean => m.tokens.some((w) => THIS_WORDS.has(w));


/**
 * The service a question names right after a demonstrative, when the word is one of the focus's own (said in its
 * steps or card) and names one other service by its title or acronym: "esse DAE é tipo um boleto?" on the CIN steps.
 */
function termOfFocus(t: TurnBuilder, focus: Service, m: Message): Service | undefined {
  if (!isAsked(m.text)) return undefined;
  const at = m.tokens.findIndex((w) => DEMONSTRATIVES.has(w));
  const word = at < 0 ? undefined : m.tokens[at + 1];
  if (word === undefined || !isOwnWords(focus, [word])) return undefined;
  const named = t.ctx.catalogue.services.filter((s) => s.id !== focus.id && (fold(s.acronym ?? '') === word || inTitle(s, word)));
  return named.length === 1 && (named[0]?.acronym !== undefined && fold(named[0].acronym) === word) ? named[0] : undefined;
}

/**
 * Which thing of the card is meant, pointed back at: "que certificado é esse?", "qual taxa seria essa", "o que é essa
 * guia?", "essa vistoria é o que?". The thing's word, when it is one of the focus's own texts, or undefined.
 */
const WHICH_THING = /^(?:e |mas |entao |ta |ok )?(?:(?:que|q|qual|quais) (?<a>[a-z]{3,}) (?:e|eh|seria|sao|seriam) (?:esse|essa|esses|essas|este|esta|ai)|(?:o que|oq|oque|o q) (?:e|eh|seria|sao) (?:esse|essa|esses|essas|este|esta) (?<b>[a-z]{3,})|(?:esse|essa|esses|essas) (?<c>[a-z]{3,}) (?:e|eh|seria|sao) (?:o que|oq|oque|o q|qual))\b/;
function thingOfFocusAsked(focus: Service, m: Message): string | undefined {
  const said = WHICH_THING.exec(m.tokens.join(' '));
  const thing = said?.groups?.a ?? said?.groups?.b ?? said?.groups?.c;
  // Not the card's own title word ("essa licença seria o que?" on the licence asks what the card is).
  return thing !== undefined && !isGlue(thing) && isOwnWords(focus, [thing]) && !inTitle(focus, thing) ? thingSentence(focus, thing) : undefined;
}

/** Words that open a question typed without "?" ("como recupero entao"): no statement. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['como', 'quando', 'onde', 'qual', 'quais', 'quanto', 'quanta', 'quem', 'pode', 'posso', 'tem', 'da', 'e', 'o', 'precisa', 'preciso', 'quero', 'queria']);

/** The words name the focus (its title or popular names), and no service the search finds more (a tie keeps the focus). */
function aboutFocus(t: TurnBuilder, focus: Service, m: Message, query: string): boolean {
  const words = namingWords(m, []);
  const own = namedCount(t.ctx, focus, words);
  if (own === 0) return false;
  const hits = t.ctx.search.search(query, 3).hits;
  return hits.every((h) => {
    const s = serviceOf(t.ctx, h.id);
    return s === undefined || s.id === focus.id || namedCount(t.ctx, s, words) <= own;
  });
}

/**
 * Interjections that may also be content ("meu", "cara", "gente"): searchText keeps them. "uai" too: search's own
 * reading tells the Minas interjection ("uai, como faço?") from the UAI after an article or preposition ("agendar na
 * uai pro meu avô", "tem uai perto de casa?"), which the folded tokens alone cannot (round 2301).
 */
const CONTENT_INTERJECTIONS = new Set(['velho', 'cara', 'deus', 'gente', 'meu', 'so', 'uai']);

/**
 * The text to search for a typed message: chat spellings read as words ("ta" is "está", "tbm" is "também")
 * and interjections left out ("ah", "eita"), so they do not count against the search's confidence as
 * words no service explains. Unknown words that may be content stay: they are what makes a question out of scope.
 */
/** Words before a decade said as when ("*nos* anos 70", "*na* década de 80"). */
const DECADE_LEADS: ReadonlySet<string> = new Set(['nos', 'dos', 'nas', 'na', 'da', 'em']);
/** Decades by name ("nos anos *setenta*"), besides their figures ("nos anos 70", "anos 80"). */
const DECADE_NAMES: ReadonlySet<string> = new Set(['cinquenta', 'sessenta', 'setenta', 'oitenta', 'noventa']);

/**
 * The tokens of a decade said as when something happened ("estudou *nos anos 70*", "*na década de 80*", "*nos anos
 * oitenta*"): when, never what, so never searched ("anos" would find the services told by age).
 */
function decadeSaid(m: Message): number[] {
  const isDecade = (w: string): boolean => /^[1-9]0$/.test(w) || /^(19|20)[0-9]0s?$/.test(w) || DECADE_NAMES.has(w);
  return m.tokens.flatMap((w, i) => {
    if (w !== 'anos' && w !== 'decada') return [];
    // "na década de 80": the "de" between.
    const end = isDecade(m.tokens[i + 1] ?? '') ? i + 1 : w === 'decada' && m.tokens[i + 1] === 'de' && isDecade(m.tokens[i + 2] ?? '') ? i + 2 : -1;
    if (end < 0) return [];
    const from = DECADE_LEADS.has(m.tokens[i - 1] ?? '') ? i - 1 : i;
    return Array.from({ length: end - from + 1 }, (_, k) => from + k);
  });
}

/**
 * The tokens with another state's two letters (staff's list, everyday ones aside) said as where something or someone
 * comes from ("minha cnh é *de sp*") read as "outro estado", as a state's name is (a synonym of search).
 */
export function withOtherStateRead(states: OtherStates, tokens: readonly string[]): string[] {
  const state = otherStateAt(states, tokens);
  return tokens.map((w, i) => (state.has(i) && w.length === 2 && FROM.has(tokens[i - 1] ?? '') ? 'outro estado' : w));
}

/** The text searched for a message: without who the citizen is, acknowledgements, and the other words that name nothing (`untold`: given by the caller). */
function searchText(m: Message, states?: OtherStates, unfocused = false, card: JoblessCard = {}, untold: readonly number[] = []): string {
  // Who the citizen is ("meu nome é aparecida", "meu cpf é …"), told unasked, is not searched.
  // "Certo. Quero saber sobre o cadastro escolar": an opening clause that only acknowledges names nothing either (a
  // typo reading would turn "certo" into "perto", a word of the school transfer).
  const own = [...personalData(m), ...ackLead(m), ...decadeSaid(m), ...piousSaid(m), ...curseSaid(m), ...tripTold(m), ...joblessTold(m, card), ...stateAsked(m), ...(unfocused ? ofThisSaid(m) : []), ...untold];
  // "minha cnh é de sp", "mudei de sp": another state's two letters (staff's list, everyday ones aside) said as where
  // something or someone comes from ("de", "do", "da") are searched as "outro estado", as a state's name is (a synonym
  // of search). Not where someone is ("ele mora em sp"): that names no service.
  const kept = (states ? withOtherStateRead(states, m.tokens) : m.tokens)
    .filter((w, i) => !APOLOGIES.has(w) && !(INTERJECTIONS.has(w) && !CONTENT_INTERJECTIONS.has(w)) && !own.includes(i));
  const raw = fold(m.text).split(' ').filter((w) => w !== '');
  const changed = kept.length !== raw.length || kept.some((w, i) => w !== raw[i]);
  return changed ? kept.join(' ') : m.text;
}

// What the search's readers (search-readers.ts) read with: kept here, by the other readers of this file that share
// their word lists and patterns.
export {
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
};
