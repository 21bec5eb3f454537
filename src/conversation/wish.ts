// The bare wish to book or register (r39a): "quero agendar atendimento na UAI", "quero registrar uma manifestação na
// ouvidoria do estado", said with nothing in focus. The card opens as before (what the service is, its buttons), and the
// form starts in the same turn, when the words place one service clearly and say a wish of booking or registering.
import { isAsked } from './commands.ts';
import { startForm } from './form.ts';
import type { Message } from './message.ts';
import { fold, stem, words as searchWords } from '../search/normalize.ts';
import { ASKED_WORDS, IN_THE_CHAT, WANT_OPENERS, YOU_WORDS } from './cues.ts';
import { inTitle } from './naming.ts';
import { isGlue } from './reading.ts';
import { isPlaceWord, placeNameAt } from './places.ts';
import { chatWay, findTopics } from './topics.ts';
import type { Catalogue } from '../catalogue/load.ts';
import type { Service } from '../catalogue/schema.ts';
import { serviceOf, type TurnBuilder } from './turn.ts';
import { isQuestion, showService, synonymNamed, WHO_WORDS } from './views.ts';

/** Verbs of booking or registering, by stem ("agendá", "marcar", "registrar", "pré-agendar"). */
const WISH_VERBS: ReadonlySet<string> = new Set(['agendar', 'agenda', 'agende', 'marcar', 'marca', 'marque', 'registrar', 'registra', 'registre', 'preagendar', 'reclamar', 'denunciar', 'elogiar',
  // "registar", as Portugal and the Portuguese-speaking countries of Africa write it ("Quero registar uma manifestação").
  'registar', 'regista', 'registe',
  // "quero preencher uma manifestação", "quero abrir uma manifestação" (a noun of the wish must follow: see `bareWish`).
  'preencher', 'abrir'].map(stem));
/** A verb of booking or registering, by stem, that wishes alone ("*marcar* horário na uai…"; not "abrir"). */
export function wishVerb(st: string): boolean {
  return WISH_VERBS.has(st) && !WITH_NOUN_ONLY.has(st);
}
/** Verbs that wish only with a noun of the wish after them ("abrir *uma manifestação*", not "abrir empresa"). */
const WITH_NOUN_ONLY: ReadonlySet<string> = new Set(['preencher', 'abrir'].map(stem));
/** What a wish asks to be made ("fazer *uma denúncia*", "mandar *uma manifestação*", "preciso de *um horário*"). */
const WISH_NOUNS: ReadonlySet<string> = new Set(['agendamento', 'preagendamento', 'marcacao', 'horario', 'reclamacao', 'denuncia', 'sugestao', 'elogio', 'manifestacao',
  // "deixar um recado na ouvidoria" (round 5143).
  'recado',
  // "Quero usar o formulário da Ouvidoria do Estado" (declared round 5502).
  'formulario'].map(stem));
/**
 * Addressing the body itself ("quero *falar com* a ouvidoria do estado", "*escrever* pra ouvidoria", "mandar uma
 * *mensagem* à ouvidoria"), by stem: a wish only for a service whose form is a message to that body (see `messageForm`),
 * never a booking ("falar com a UAI" asks for no appointment), round 5224.
 */
const ADDRESS_WORDS: ReadonlySet<string> = new Set(['falar', 'fala', 'fale', 'escrever', 'escreve', 'escreva', 'contatar', 'contato', 'mensagem', 'mensagens'].map(stem));
/** A form that sends the body a message: it asks for no date to be served on (the Ouvidoria's, not a booking's). */
function messageForm(s: Service): boolean {
  return s.form !== undefined && s.form.fields.every((f) => f.type !== 'date');
}
/** The place of the first word addressing the body, or -1. */
function addressAt(m: Message): number {
  return m.stems.findIndex((st) => ADDRESS_WORDS.has(st));
}
/**
 * The place of the first word of wishing (a verb or noun of booking or registering), else of addressing the body, or -1.
 * A wish word told done comes only when no other is left: "a identidade foi furtada e já *registramos* o boletim. Quero o
 * *pré-agendamento*." wishes the booking (round 5500).
 */
function wishAt(m: Message): number {
  // "quero falar com a ouvidoria do estado, *pelo formulário*": the form named as the way, after a word of the way, is
  // no wish of its own; the wish is the clause before it (lead, round 6762).
  const wished = m.stems.flatMap((st, i) => ((WISH_VERBS.has(st) || WISH_NOUNS.has(st)) && !(WAY_WORDS.has(m.tokens[i - 1] ?? '') && m.tokens[i] === 'formulario') ? [i] : []));
  const candidates = wished.length > 0 ? wished : m.stems.flatMap((st, i) => (ADDRESS_WORDS.has(st) ? [i] : []));
  return candidates.find((i) => !toldDone(m, i)) ?? candidates[0] ?? -1;
}

/** Words that say the way before "formulário" ("*pelo* formulário", "*via* formulário"). */
const WAY_WORDS: ReadonlySet<string> = new Set(['pelo', 'pela', 'por', 'via', 'no', 'num', 'com']);

/** Words that ask the bot to do it, which make a "?" a request ("ocê pode marcá pra mim?"). */
const ASKS_THE_BOT: ReadonlySet<string> = new Set(['pode', 'podia', 'poderia', 'podem', 'poderiam', 'consegue', 'conseguem', 'agenda', 'marca', 'mim']);
/** Question words, and asking whether it is needed or how long: with one, the message asks something, whatever it wishes. */
const ASKING: ReadonlySet<string> = new Set([...ASKED_WORDS, 'precisa', 'preciso', 'demora']);

/**
 * "preciso registrar…", "(e) preciso fazer uma reclamação…": the need said before a verb of the wish, or a light verb and
 * a noun of it, with no "?": the places of "preciso" (and of the "e" before it, which reads "é preciso"), round 5143.
 */
function needSaidAt(m: Message): number[] {
  if (isAsked(m.text)) return [];
  // "preciso *de um* agendamento", "preciso de um horário na uai": the thing of the wish needed (lead, round 6660).
  const wishAfter = (i: number): boolean => WISH_VERBS.has(m.stems[i + 1] ?? '') || ADDRESS_WORDS.has(m.stems[i + 1] ?? '') || ((LIGHT_VERBS.has(m.stems[i + 1] ?? '') || m.tokens[i + 1] === 'de') && m.stems.slice(i + 2, i + 5).some((st) => WISH_NOUNS.has(st)));
  return m.tokens.flatMap((w, i) => (w === 'preciso' && wishAfter(i) ? (m.tokens[i - 1] === 'e' ? [i - 1, i] : [i]) : []));
}

/** Light verbs of the wish in the first person past ("*fiz* uma reclamação", "*mandei* uma denúncia"): the act told done. */
const DONE_LIGHT: ReadonlySet<string> = new Set(['fiz', 'fizemos', 'mandei', 'mandamos', 'enviei', 'enviamos', 'deixei', 'dei', 'abri']);

/**
 * "Registrei uma reclamação na Ouvidoria … e não tive retorno", "fiz uma denúncia na ouvidoria": the first wish word told
 * as done, in the first person past, is the citizen's story, not a wish (round 5143's merge check: b77-fu-003).
 */
function wishDone(m: Message): boolean {
  const at = wishAt(m);
  return at >= 0 && toldDone(m, at);
}

/** The wish word at `at` told done: its verb in the first person past, or a light verb so told just before it. */
function toldDone(m: Message, at: number): boolean {
  // "falei com a ouvidoria e nada": addressing the body told done too (round 5224).
  const pastVerb = (i: number): boolean => (WISH_VERBS.has(m.stems[i] ?? '') || ADDRESS_WORDS.has(m.stems[i] ?? '')) && /(ei|amos)$/.test(m.tokens[i] ?? '');
  // "*registrei* uma reclamação": the noun after a wish verb told done is that act's (round 5500).
  return pastVerb(at) || m.tokens.slice(Math.max(0, at - 3), at).some((w, k) => DONE_LIGHT.has(w) || pastVerb(Math.max(0, at - 3) + k));
}

/** A wish to book or register, with no question asked beside it (addressing the body counts for a message form). */
function bareWish(m: Message, s: Service): boolean {
  if (!m.stems.some((st) => wishVerb(st) || WISH_NOUNS.has(st)) && !(messageForm(s) && addressAt(m) >= 0)) return false;
  if (wishDone(m)) return false;
  const topics = findTopics(m, false);
  // "to desesperada sem documento nenhum, quero pre agendar…": a topic's word in a clause of its own before the wish,
  // with no "?", tells the citizen's state, it asks nothing.
  const clause = wishClause(m);
  // "quero marcar atendimento na UAI *para a carteira de identidade do meu recém-nascido*": nor does what the booking is
  // for, up to its pause; nor "preciso" before the wish (round 5143).
  const purpose = purposeAfter(m, clause);
  const need = needSaidAt(m);
  // "…da identidade de minha cliente, *cujo documento* foi furtado": nor a relative clause after the wish's (round 5500).
  const relative = relativeAfter(m, clause);
  // "aqui mesmo pelo zap": the chat named as the way brushes a topic ("zap" as a contact), it asks nothing (round 5500).
  const chat = chatWay(m) ?? [];
  // "quero um horário na uai, *é pro meu filho*": a clause of its own after the wish's saying only whom it is for (lead,
  // round 6661).
  const whom = whomAfter(m, clause);
  const told = !isAsked(m.text) && topics !== undefined && topics.used.every((i) => i < clause.from || purpose.has(i) || relative.has(i) || need.includes(i) || chat.includes(i) || whom.has(i));
  // "tem como marcar na uai por aqui?", "dá pra agendar aqui mesmo?": the wish's verb asked of the chat, a request
  // made here whatever else the question brushes (lead, round 6662).
  if (chatAsked(m)) return true;
  if (topics?.strong === true && !told && topics.topics.some((k) => k !== 'appointment' && k !== 'online')) return false;
  // "pode marcar pra mim?" is a request; "como agenda?", "precisa agendar?" ask.
  const asksBot = m.tokens.some((w) => ASKS_THE_BOT.has(w));
  // "…, me aposentei e *preciso* dela": with no "?", needing said in a clause of its own after the wish's asks nothing.
  const toldNeed = (w: string, i: number): boolean => NEEDING.has(w) && !isAsked(m.text) && i > clause.to && [...(m.pauses ?? [])].some((p) => p >= clause.to && p < i);
  // "sou assistente social e preciso registrar…": "preciso" before the wish, with no "?", says the need (round 5143).
  // "quero pré-agendar a segunda via *para quando* ele vier aqui": with no "?", a question word in what the wish is for
  // asks nothing (round 5500).
  const inPurpose = (i: number): boolean => !isAsked(m.text) && purpose.has(i);
  if (m.tokens.some((w, i) => ASKING.has(w) && !(w === 'preciso' && (i <= 2 || need.includes(i))) && !toldNeed(w, i) && !inPurpose(i))) return false;
  // "preciso agendar a segunda via do RG", "preciso fazer uma reclamação…", with no "?": a need said, not "do I need to book?".
  const needSaid = !isAsked(m.text) && WANT_OPENERS.has(m.tokens[0] ?? '') && (WISH_VERBS.has(m.stems[1] ?? '') || need.includes(0));
  return !isQuestion(m.text) || asksBot || needSaid;
}

/** Light verbs a wish's noun goes with ("*fazer* uma denúncia", "*mandar* uma manifestação", "*dar* uma sugestão"). */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['fazer', 'faz', 'mandar', 'manda', 'enviar', 'dar', 'deixar', 'quero', 'queria',
  // "quero *adiantar* o pré-agendamento", "*solicito* o pré-agendamento da segunda via" (round 5500).
  'adiantar', 'adianto', 'solicitar', 'solicito',
  // "quero *usar* o formulário" (declared round 5502).
  'usar'].map(stem));

/**
 * Words that end the wish's clause: what the booking is for ("agendar na uai *pra* fazer a identidade"), why ("*porque*
 * …"), and what is said besides ("*e* é coisa séria").
 */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['pra', 'para', 'pro', 'porque', 'pq', 'e',
  // What the complaint or suggestion is about ("reclamar na ouvidoria *sobre* o atendimento…", "*contra* o hospital"), round 5143.
  'sobre', 'contra']);
/** For whom the wish is made ("registrar uma sugestão *em nome da* associação"): it ends the wish's clause too (round 5143). */
const ON_BEHALF = /^em nome (d[aoe]s?|de)$/;
/** Words that name nothing in a wish ("registrar *algo* na ouvidoria", "*pre* agendar"). */
const VAGUE: ReadonlySet<string> = new Set(['algo', 'coisa', 'alguma', 'pre', 'um', 'uma',
  // "registrar *um negócio* na ouvidoria", "*um trem*" (Minas' word for a thing), round 5500.
  'negocio', 'trem',
  // "registrar uma solicitação na ouvidoria": the kind of request, as a word (not a wish alone: "venho solicitar
  // informações" asks to be told), round 5143.
  'solicitacao']);

/** "segunda"/"primeira" said of a title written "2ª"/"1ª". */
function ordinalOfTitle(s: Service, word: string): boolean {
  const n = ORDINALS.get(word);
  return n !== undefined && s.title.includes(`${n}ª`);
}
const ORDINALS: ReadonlyMap<string, number> = new Map([['primeira', 1], ['segunda', 2], ['1a', 1], ['2a', 2]]);

/** Words of needing, which ask only with a "?" or in the wish's own clause ("precisa agendar?"). */
const NEEDING: ReadonlySet<string> = new Set(['precisa', 'preciso']);
/** Words that open what the booking is for ("agendar na uai *pra* fazer a identidade"). */
const PURPOSE_OPENERS: ReadonlySet<string> = new Set(['pra', 'para', 'pro']);

/** Words that open a relative clause ("…de minha cliente, *cujo* documento foi furtado"). */
const RELATIVES: ReadonlySet<string> = new Set(['cujo', 'cuja', 'cujos', 'cujas', 'que', 'onde']);

/** The places of a relative clause right after the wish's, after its pause, up to the next pause. */
function relativeAfter(m: Message, clause: ReturnType<typeof wishClause>): ReadonlySet<number> {
  const at = clause.to + 1;
  return (m.pauses?.has(clause.to) ?? false) && RELATIVES.has(m.tokens[at] ?? '') ? untilPause(m, at) : new Set();
}

/** The places from `at` up to the next pause (or the end). */
function untilPause(m: Message, at: number): ReadonlySet<number> {
  const out = new Set<number>();
  for (let i = at; i < m.tokens.length; i++) {
    out.add(i);
    if (m.pauses?.has(i) ?? false) break;
  }
  return out;
}

/** The places of what the wish is for: from a purpose opener right after its clause up to the next pause. */
function purposeAfter(m: Message, clause: ReturnType<typeof wishClause>): ReadonlySet<number> {
  const at = clause.to + 1;
  return PURPOSE_OPENERS.has(m.tokens[at] ?? '') ? untilPause(m, at) : new Set();
}

/** Words a clause of whom a booking is for holds besides whom ("*é pro* meu filho", "*e é pra* minha mãe"). */
const WHOM_AROUND: ReadonlySet<string> = new Set(['e', 'eh', 'pro', 'pra', 'para', 'o', 'a', 'do', 'da', 'no', 'na', 'pros', 'pras']);

/**
 * The places of a clause after the wish's, past a pause, that says only whom the booking is for ("…na uai, é pro meu
 * filho", "…, é pra minha mãe"): whom, after a possessive, and the little words around it. None otherwise.
 */
function whomAfter(m: Message, clause: ReturnType<typeof wishClause>): ReadonlySet<number> {
  if (!(m.pauses?.has(clause.to) ?? false) || clause.to + 1 >= m.tokens.length) return new Set();
  const rest = m.tokens.slice(clause.to + 1);
  const named = rest.some((w, k) => forWhomWord(w) && POSSESSIVES.has(rest[k - 1] ?? ''));
  return named && rest.every((w) => WHOM_AROUND.has(w) || POSSESSIVES.has(w) || forWhomWord(w)) ? new Set(rest.map((_, k) => clause.to + 1 + k)) : new Set();
}

/** Openers asking whether a thing can be done ("*tem como* marcar…", "*dá pra* agendar…"). */
const CAN_IT_BE = /^(tem como|teria como|da pra|da para|daria pra|daria para|consigo|posso|e possivel)$/;

/**
 * "tem como marcar na uai por aqui?", "dá pra agendar aqui mesmo?": a question opening on whether it can be done, a verb
 * of the wish right after, and the chat named as where: the bot asked to make the request here.
 */
function chatAsked(m: Message): boolean {
  const opener = canItBe(m.tokens);
  return opener > 0 && wishVerb(m.stems[opener] ?? '') && IN_THE_CHAT.test(m.tokens.join(' '));
}

/** How many words open the message asking whether it can be done ("tem como", "dá pra"), or 0. */
function canItBe(tokens: readonly string[]): number {
  return [2, 1].find((n) => CAN_IT_BE.test(tokens.slice(0, n).join(' '))) ?? 0;
}

/** The clause of the message that holds its first wish word (between pauses), as tokens and their stems. */
function wishClause(m: Message): { tokens: readonly string[]; stems: readonly string[]; from: number; to: number } {
  const at = wishAt(m);
  let from = at;
  // "fiz 18 anos *e* quero agendar na uai", "sou assistente social *e* preciso registrar…": what is told before an "e" (or
  // a "porque") is no part of the wish (rounds 5120, 5143).
  while (from > 0 && !(m.pauses?.has(from - 1) ?? false) && !CLAUSE_ENDS.has(m.tokens[from - 1] ?? '')) from--;
  let to = at;
  // "escrever *pra* ouvidoria", "mandar uma mensagem *para* a ouvidoria": after a word addressing the body, "pra" says to
  // whom, not what for (round 5224).
  const ends = (i: number): boolean => CLAUSE_ENDS.has(m.tokens[i] ?? '') && !(PURPOSE_OPENERS.has(m.tokens[i] ?? '') && ADDRESS_WORDS.has(m.stems[i - 1] ?? ''));
  while (to < m.tokens.length - 1 && !(m.pauses?.has(to) ?? false) && !ends(to + 1) && !ON_BEHALF.test(m.tokens.slice(to + 1, to + 4).join(' '))) to++;
  return { tokens: m.tokens.slice(from, to + 1), stems: m.stems.slice(from, to + 1), from, to };
}

/** A word of the wish itself: wanting, asking the bot, the verbs and nouns of booking ("quero", "poderia", "agendar"). */
function wishWord(w: string, st: string): boolean {
  return WANT_OPENERS.has(w) || ASKS_THE_BOT.has(w) || YOU_WORDS.has(w) || WISH_VERBS.has(st) || WISH_NOUNS.has(st) || LIGHT_VERBS.has(st) || ADDRESS_WORDS.has(st);
}

/**
 * Every word of the wish's clause is glue, the wish's own, where to be served, or a word of the service's title (or of a
 * name staff listed for it, `listed`).
 */
function namedInClause(clause: ReturnType<typeof wishClause>, s: Service, listed: ReadonlySet<string> = new Set(), bodies: ReadonlySet<string> = new Set()): boolean {
  const town = placeNameAt(clause.tokens);
  // "falar *com* a ouvidoria": the "com" of addressing the body is the wish's own (round 5224).
  const addressed = (w: string, i: number): boolean => w === 'com' && ADDRESS_WORDS.has(clause.stems[i - 1] ?? '');
  // "aqui mesmo pelo celular", "pelo zap": the chat named as the way; "da identidade *de minha cliente*", "*do meu avô*":
  // whom it is for (round 5500).
  const chat = new Set(chatWay(clause) ?? []);
  const forWhom = (w: string, i: number): boolean => forWhomWord(w) && POSSESSIVES.has(clause.tokens[i - 1] ?? '');
  // "*tem como* registrar … por aqui?": the opener asking whether it can be done is the wish's own (lead, round 6662).
  const opener = clause.from === 0 ? canItBe(clause.tokens) : 0;
  // "quero reclamar na ouvidoria *do detran*", "…*da polícia civil*": on a form that sends the body a message, a state
  // body the catalogue names is what the message is about (lead, round 6762).
  const body = (w: string): boolean => messageForm(s) && bodies.has(w);
  // "…*pelo* formulário": the word of the way before the form named.
  const way = (w: string, i: number): boolean => WAY_WORDS.has(w) && clause.tokens[i + 1] === 'formulario';
  return clause.tokens.every((w, i) => i < opener || isGlue(w) || VAGUE.has(w) || town.has(i) || isPlaceWord(w) || wishWord(w, clause.stems[i] ?? '') || addressed(w, i) || chat.has(i) || forWhom(w, i) || POSSESSIVES.has(w) || inTitle(s, w) || listed.has(w) || ordinalOfTitle(s, w) || body(w) || way(w, i));
}

/** Words of the names the catalogue's state bodies go by, that name no kind of body ("detran", "policia", "civil", "sine"). */
const GENERIC_BODY: ReadonlySet<string> = new Set(['secretaria', 'estado', 'estadual', 'minas', 'gerais', 'mg', 'departamento', 'instituto', 'vinculado', 'vinculada', 'meio', 'por', 'parceria', 'governo', 'federal', 'unidades', 'unidade', 'beneficio', 'regionais', 'regional', 'superintendencia', 'superintendencias', 'saude', 'ouvidoria', 'geral']);
const bodyWordsOf = new WeakMap<Catalogue, ReadonlySet<string>>();
/** The words of the catalogue's bodies (acronyms and names), built once per catalogue. */
function bodyWords(catalogue: Catalogue): ReadonlySet<string> {
  let out = bodyWordsOf.get(catalogue);
  if (out === undefined) {
    const all = catalogue.services.flatMap((s) => searchWords(`${s.agency.acronym.replace(/-/g, ' ')} ${s.agency.name.replace(/-/g, ' ')}`));
    out = new Set(all.filter((w) => w.length > 2 && !isGlue(w) && !GENERIC_BODY.has(w)));
    bodyWordsOf.set(catalogue, out);
  }
  return out;
}

/** Whom a booking may be for, after a possessive ("*meu avô*", "*minha cliente*"): built on first use (views.ts imports
 * this module's importers, so its sets are not ready when this module loads). */
let forWhom: ReadonlySet<string> | undefined;
function forWhomWord(w: string): boolean {
  forWhom ??= new Set([...WHO_WORDS, 'cliente', 'paciente', 'esposa', 'marido', 'neto', 'neta', 'sogra', 'sogro']);
  return forWhom.has(w);
}
/** Possessives before whom it is for. */
const POSSESSIVES: ReadonlySet<string> = new Set(['meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa', 'seu', 'sua', 'dele', 'dela', 'deles', 'delas']);

/** Some word of the wish's clause, not glue, is the service's title's. */
function titledInClause(clause: ReturnType<typeof wishClause>, s: Service): boolean {
  return clause.tokens.some((w) => !isGlue(w) && (inTitle(s, w) || ordinalOfTitle(s, w)));
}

/**
 * "quero agendar na UAI de Montes Claros pra resolver a conta do gov.br", "eu poderia agendar um atendimento na UAI
 * para tirar minha identidade nova?": the card the search opened is what the booking is for, and the wish's own clause
 * names another service with a form by its title, with nothing else in it: that is the service wished (round 4921).
 */
function wishedByClause(t: TurnBuilder, m: Message, opened: Service): Service | undefined {
  const clause = wishClause(m);
  if (clause.tokens.length === m.tokens.length) return undefined;
  return t.ctx.search.search(clause.tokens.join(' '), 3).hits
    .map((h) => serviceOf(t.ctx, h.id))
    .find((s): s is Service => s !== undefined && s.id !== opened.id && s.form !== undefined && namedInClause(clause, s, HURRY, bodyWords(t.ctx.catalogue)) && clause.tokens.some((w, i) => !isGlue(w) && ((!wishWord(w, clause.stems[i] ?? '') && inTitle(s, w)) || (kindOfMessage(s, w) && !takesKind(opened, w)))));
}

/**
 * "quero dar uma *sugestão* pro governo sobre os ônibus": on a form that sends the body a message, a kind of message the
 * form itself offers (its choice "Reclamação, Denúncia, Sugestão, Elogio, Solicitação") names that form (lead, round 6765).
 */
function kindOfMessage(s: Service, w: string): boolean {
  return messageForm(s) && (s.form?.fields.some((f) => f.type === 'choice' && (f.options ?? []).some((o) => fold(o) === w)) ?? false);
}

/** The card opened takes that kind of message itself ("A Ouvidoria do SUS recebe *reclamações*, denúncias…"). */
function takesKind(opened: Service, w: string): boolean {
  const st = stem(w);
  return searchWords(opened.description).some((x) => stem(x) === st);
}

/**
 * The service placed clearly by the wish: the message, or the clause of the wish alone ("preciso agendar a segunda via
 * do RG, o ônibus só passa quinta"), finds it clearly first; or every word of that clause but the wish's own is in its
 * title ("quero registrar uma manifestação na ouvidoria do estado", though the SUS ombudsman comes close).
 */
function placedClearly(t: TurnBuilder, m: Message, s: Service): boolean {
  const whole = t.ctx.search.search(m.text, 2);
  if (whole.hits[0]?.id === s.id && whole.clear) return true;
  const clause = wishClause(m);
  // "na UAI de *Sete Lagoas*": the town where to be served names no service; "a *segunda* via" is the title's "2ª".
  const town = placeNameAt(clause.tokens);
  const named = namedInClause(clause, s, HURRY, bodyWords(t.ctx.catalogue));
  // Found first by the whole message, or, when the rest of it finds another (the gov.br password the booking is for), named
  // in the wish's clause by a word of its title ("quero agendar na UAI de Sete Lagoas para recuperar a senha do gov.br").
  const titled = titledInClause(clause, s);
  if (named && (whole.hits[0]?.id === s.id || titled)) return true;
  // "quiero mandar un mensaje a la ouvidoria del gobierno de minas": a name staff listed for it, said whole in the clause,
  // stands for its title.
  const listed = synonymNamed(t, searchWords(clause.tokens.join(' ')), 2);
  if (listed?.found.hits[0]?.id === s.id && titled && namedInClause(clause, s, listed.words)) return true;
  if (whole.hits[0]?.id !== s.id || clause.tokens.length === m.tokens.length) return false;
  const part = t.ctx.search.search(clause.tokens.join(' '), 2);
  return part.clear && part.hits[0]?.id === s.id;
}

/**
 * "agendar uai urgente, roubaram meus documentos", "Sou do RH de uma empresa e preciso agendar atendimento na UAI para um
 * funcionário…": a list came from the story's words, while the wish's own clause, a verb of booking or registering with
 * nothing asked, names a service with a form by its title and finds it clearly alone: that card opens and its form
 * starts (lead, round 6764).
 */
function wishedOverList(t: TurnBuilder, m: Message): void {
  if (isAsked(m.text) || wishDone(m)) return;
  const clause = wishClause(m);
  if (!clause.stems.some((st) => wishVerb(st))) return;
  // "Quero tirar a primeira identidade da minha filha *e agendar na UAI*": another need wished before, the list of both stays.
  if (m.tokens.slice(0, clause.from).some((w) => WANT_OPENERS.has(w))) return;
  const found = t.ctx.search.search(clause.tokens.join(' '), 2);
  const s = found.clear ? serviceOf(t.ctx, found.hits[0]?.id ?? '') : undefined;
  if (s?.form === undefined || !titledInClause(clause, s) || !namedInClause(clause, s, HURRY, bodyWords(t.ctx.catalogue))) return;
  if (m.tokens.some((w, i) => ASKING.has(w) && !(NEEDING.has(w) && i >= clause.from && i <= clause.to))) return;
  t.replies = t.replies.filter((r) => r.hint?.kind !== 'results');
  showService(t, s);
  startForm(t, s);
}
/** Words of hurry in a wish's clause ("agendar uai *urgente*"): they name nothing. */
const HURRY: ReadonlySet<string> = new Set(['urgente', 'urgencia', 'rapido', 'rapidinho', 'logo', 'hoje', 'amanha', 'agora', 'ja', 'pfv', 'pf', 'favor', 'por']);

/**
 * After a message read with nothing in focus: when it opened the card of a service with a form, the wish to book or
 * register said in it, and the message alone finds that service clearly, the form starts too (the card stays above).
 */
export function wishStartsForm(t: TurnBuilder, m: Message, focusBefore: string | undefined): void {
  if (focusBefore !== undefined) return;
  const view = t.state.view;
  if (view.at === 'results') return wishedOverList(t, m);
  if (view.at !== 'service') return;
  const s = serviceOf(t.ctx, view.serviceId);
  if (!s || !bareWish(m, s)) return;
  if (s.form && placedClearly(t, m, s)) return startForm(t, s);
  // A booking for another service's sake (the product decision of round 4501: a wish to book starts the form): the
  // booking's card replaces the one the purpose opened, and its form starts.
  const wished = wishedByClause(t, m, s);
  if (wished === undefined) return;
  t.replies = t.replies.filter((r) => r.hint === undefined || !('serviceId' in r.hint) || r.hint.serviceId !== s.id);
  showService(t, wished);
  startForm(t, wished);
}
