// Subjects the Governo de Minas does not handle here, and who does ("passaporte" is the Polícia Federal's,
// not the foreigner's driving licence that lists a passport among its documents). Kept by staff in
// data/fora-do-escopo.yaml and read once at start-up, like the município nicknames: reference data.
// A subject counts only when the rest of the message names no service ("cnh de estrangeiro com passaporte"
// is still the licence).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { words } from '../core/normalize.ts';
import { CHILDREN, FAMILY } from '../core/people.ts';
import { ElsewhereFile, type OtherStates, type Service } from '../catalogue/schema.ts';
import { isAsked } from './commands.ts';
import { ACK_ONLY, APOLOGIES, DEMONSTRATIVES, FAR_DEMONSTRATIVES, GENERIC_WORDS, PAUSE_WORDS, WANT_OPENERS } from './cues.ts';
import { nearStemsOf, otherStateAt, passages, saidByService } from './followup.ts';
import { claimStart } from './heard.ts';
import { inTitle, namesService, spokenOf, spokenOfAll, withSynonyms } from './naming.ts';
import { analyze, fold } from '../search/normalize.ts';
import { CARDINAL_WORDS } from './numbers.ts';
import { findMunicipality, namesTownAfterTo, placeNameAt } from './places.ts';
import { clausePositions, clausesAt, CueSet, isGlue, readPlain, restWords, type Reading } from './reading.ts';
import type { TurnBuilder } from './turn.ts';
import { wishVerb } from './wish.ts';

/**
 * Words comparing the case told with the card's ("aqui", "também", "igual", "da outra vez", "da primeira vez"; "em
 * Minas", "ainda é assim?", "continua assim?", round 6720).
 */
const COMPARING = /\b(aqui|aki|tambem|tbm|tb|igual|da outra vez|da primeira vez|da ultima vez|antes|em (minas|mg)|ainda (e|eh) (assim|igual|la)|continua (assim|igual))\b/;

/**
 * Verbs in the past that tell a case ("*era* só pedir", "*foi* de graça", "*teve* 120 dias"), and the first person of
 * "-er" and "-ir" verbs told by the citizen ("da outra vez *perdi* tudo", round 6701; "*resolvi* pela internet",
 * "*consegui* a cópia", round 6720), whose ending alone would take "aqui", "uai"; the first person of "-ar" verbs
 * ("pagu*ei*", "mor*ei*") is PAST_ENDING's.
 */
const PAST_TOLD: ReadonlySet<string> = new Set(['era', 'eram', 'foi', 'fui', 'foram', 'teve', 'tive', 'tinha', 'tinham', 'bastava', 'deu', 'fez', 'fiz', 'pude', 'pode', 'saiu', 'viu', 'veio', 'quis', 'pos',
  'perdi', 'pedi', 'recebi', 'vendi', 'esqueci', 'consegui', 'resolvi', 'vivi', 'abri', 'escolhi', 'preenchi', 'escrevi', 'devolvi', 'sofri', 'bati', 'corri', 'senti', 'decidi',
  'conheci', 'nasci', 'desisti', 'transferi', 'emiti', 'imprimi', 'vim']);
/** The words of COMPARING that set the case told against the card's (a place, a time), not "também". */
const CONTRASTING = /\b(aqui|aki|igual|da outra vez|da primeira vez|da ultima vez|antes)\b/;
/** The endings of the past ("cobr*ou*", "receb*eu*", "consegu*iu*", "pag*ava*"; the first person "busqu*ei*", round 6701). */
const PAST_ENDING = /^[a-z]{3,}(ou|eu|iu|ei|ava|avam)$/;
/** Words with those endings that tell no past ("est*ou*", "s*ou*"). */
const NOT_PAST_TOLD: ReadonlySet<string> = new Set(['estou', 'museu', 'chapeu', 'trofeu', 'europeu']);

/**
 * A question on a card that compares, with a clause told (no "?") beside the clause asked, which names no subject
 * handled elsewhere ("na escola particular dele era só pedir a transferência, aqui é igual?"): whatever subject the whole
 * message brushes is in the case told (declared round 6682).
 */
export function comparedOnCard(t: TurnBuilder, text: string): boolean {
  if (!text.includes('?') || !COMPARING.test(fold(text))) return false;
  const clauses = text.split(/(?<=[?.!,;])\s*/).filter((x) => x.trim() !== '');
  const asked = clauses.filter((x) => x.includes('?'));
  const told = clauses.filter((x) => !x.includes('?'));
  // The clause told is a case that happened: a verb in the past ("era só pedir", "teve 120 dias", "cobrou"), not the
  // subject itself put before the question ("E a declaração do imposto de renda, também é feita por aqui?").
  const happened = told.some((x) => fold(x).split(' ').some((w) => PAST_TOLD.has(w) || (PAST_ENDING.test(w) && !NOT_PAST_TOLD.has(w))));
  if (!happened || asked.length === 0) return false;
  // Nor a question that, alone, clearly finds another service the whole message finds too ("…o posto de saúde do sus aqui
  // não tinha médico, *onde reclamo?*" on the blood donation asks for the SUS ombudsman): the case told and the question
  // agree on another act, not the card's compared (merge of rounds 6701 and 6720).
  const whole = t.ctx.search.search(text, 2).hits.map((h) => h.id);
  const other = (x: string): boolean => {
    const found = t.ctx.search.search(x, 2);
    return found.clear && found.hits.some((h) => h.id !== t.state.focus && whole.includes(h.id)) && !whole.includes(t.state.focus ?? '');
  };
  return asked.every((x) => elsewhere(t, x) === undefined && !other(x));
}

/**
 * "na prefeitura onde eu trabalhava era num app, aqui é onde?" on the pay slip, "E o exame é feito onde? Antes era no
 * próprio Detran." on the licence renewal: the positions of the clauses told beside a question that compares
 * (`comparedOnCard`), which are the case, not what is asked about; none when the clauses do not add up to the message
 * (round 6701).
 */
export function comparedTold(t: TurnBuilder, m: Reading): number[] {
  // Compared with a place or a time ("aqui", "antes", "da outra vez"), not "também", which adds a matter told ("A empresa
  // também pediu a certidão de débitos. Como tiro?": the clause told is what is asked for).
  if (!CONTRASTING.test(fold(m.text)) || !comparedOnCard(t, m.text)) return [];
  return clausesAt(m, true)?.flatMap((c) => (c.text.includes('?') ? [] : clausePositions(c))) ?? [];
}

/**
 * The case compared with the card by place or time ("aqui", "em Minas", "da outra vez", "como antes", "ainda é assim?"),
 * not by "também" alone ("e da cnh tbm, perdi as duas. como faço a da cnh?" asks for another card), nor "aqui em casa".
 */
const HERE_OR_BEFORE = /\b(aqui(?! em casa)|aki|em (minas|mg)|igual|da outra vez|antes|antigamente|ainda (e|eh) (assim|igual|la)|continua (assim|igual))\b/;

/** A case compared on a card (comparedOnCard) by place or time: it asks its topic of the card in view (round 6720). */
export function comparedHere(t: TurnBuilder, text: string): boolean {
  return HERE_OR_BEFORE.test(fold(text)) && comparedOnCard(t, text);
}

/** Where the list lives. */
export const ELSEWHERE_PATH = new URL('../../data/fora-do-escopo.yaml', import.meta.url);

/** "Another state" said as such, not by its name ("pra outro estado", "interestadual"). */
const BETWEEN_STATES = /\b(outro estado|outros estados|entre estados|interestadua(l|is))\b/;

/** Words telling a move already made or a transfer ("mudei", "transferir"): the thing comes into Minas. */
const MOVED_IN: ReadonlySet<string> = new Set(['mudei', 'mudou', 'mudamos', 'mudaram', 'transferir', 'transfiro', 'transferencia', 'transferi', 'trazer', 'trouxe']);

/**
 * Words that share a stem with a subject's term and name another thing: a stall ("banca de tempero", "banca de jornal")
 * is no bank; the CREAS, a town's social assistance centre ("um adolescente que acompanho no CREAS"), is no CREA, the
 * engineers' council (round 6182).
 */
const FALSE_FRIENDS: ReadonlySet<string> = new Set(['banca', 'bancas', 'banquinha', 'creas']);

/** Verbs of losing a thing or having it taken ("perdi", "levaram", "roubaram"). */
const LOST: ReadonlySet<string> = new Set(['perdi', 'perdeu', 'perdemos', 'perderam', 'extraviei', 'extraviou', 'roubaram', 'furtaram', 'levaram']);

/** The places met, without the false friends; none when only those were. */
function trueFriends(m: Reading, met: number[] | undefined): number[] | undefined {
  const kept = met?.filter((i) => !FALSE_FRIENDS.has(m.tokens[i] ?? ''));
  return kept !== undefined && kept.length > 0 ? kept : undefined;
}

/** Words of the bot's own replies about itself ("sou o assistente de *serviços públicos*"): no one the citizen is sent to. */
const SELF_WORDS: ReadonlySet<string> = new Set(['servicos', 'publicos', 'sua', 'seu']);

/** Words that open the theme of something ("uma redação *sobre* o meio ambiente", "o *tema* é…"). */
const THEME_OPENERS: ReadonlySet<string> = new Set(['sobre', 'tema']);

const file = ElsewhereFile.parse(parse(readFileSync(ELSEWHERE_PATH, 'utf8')));
type Subject = (typeof subjects)[number];
const subjects = file.assuntos.map((a) => ({ id: a.id, reply: a.resposta, terms: a.termos, cues: CueSet.of(a.termos), otherState: a.outroEstado, context: new Set(a.contexto.flatMap((w) => words(w))), echo: echoWords(a.resposta), named: namedWords(a.resposta), theme: a.contexto.some((w) => THEME_OPENERS.has(w)) }));

/** Words that qualify a subject without naming a service ("segunda via da conta do celular", "boleto da operadora"). */
const QUALIFIERS = new Set(['segunda', 'via', '2a', 'primeira', 'conta', 'boleto', 'fatura', 'pagar', 'pagamento', 'parcelo', 'parcela', 'parcelado', 'parcelada', 'vender', 'vendem', 'vende', 'viajar', 'viagem', 'venceu', 'vencido', 'vencida', 'vencidos', 'vencidas', 'atrasado', 'atrasada', 'atrasados', 'atrasadas', 'parcelar', 'parcelamento', 'renovar', 'casa', 'perdi', 'perdido', 'perdida', 'perdeu', 'outro', 'outra', 'novo', 'nova',
  // Issuing or printing the subject's own paper ("onde *emito* o boleto do DAS do MEI?", "como *gero* o das"): what is done
  // with the thing, like paying it, never a service's name ("Emitir DAE"), round 5941.
  'emitir', 'emito', 'emite', 'emitem', 'gerar', 'gero', 'gera', 'imprimir', 'imprimo', 'imprime',
  // Asking whom to turn to about the subject ("a quem devo recorrer?", "onde posso reclamar?").
  'recorrer', 'procurar', 'reclamar', 'denunciar', 'devo', 'posso',
  // The nouns of the same ("quero fazer uma denuncia de buraco na rua", "uma reclamação do posto de saúde do bairro").
  'denuncia', 'denuncias', 'reclamacao', 'reclamacoes', 'queixa']);

/** A subject handled elsewhere, with the reply that says where. */
export interface Elsewhere {
  id: string;
  reply: string;
  /**
   * The message's words besides the subject's (its terms, context and qualifiers, the story around it), when its terms
   * are said; none when it is only asked about again, right after its reply.
   */
  rest?: readonly string[];
}

/** Words of wanting or getting a thing ("quero a certidão", "como tiro a certidão", "vcs fazem o cpf?"): the subject itself is asked for. */
const GETTING: ReadonlySet<string> = new Set(['quero', 'queria', 'quiser', 'gostaria', 'tirar', 'tiro', 'tira', 'pedir', 'peco', 'emitir', 'emito', 'solicitar', 'solicito', 'conseguir', 'consigo', 'fazer', 'faco', 'faz', 'fazem', 'emitem', 'tiram', 'comprar', 'compro', 'marcar', 'marco', 'inscrever', 'inscrevo', 'cadastrar']);

/** A word of getting something (GETTING: "onde *tiro*", "como *faço*"). */
export function isGetting(w: string): boolean {
  return GETTING.has(w);
}

/** A verb of getting something said (GETTING). */
export function gettingSaid(m: Reading): boolean {
  return m.tokens.some(isGetting);
}

/** The card in view (a card or its steps), when the message asks nothing of getting something (GETTING). */
function cardAsked(t: TurnBuilder, m: Reading): Service | undefined {
  const focus = t.state.focus !== undefined && (t.state.view.at === 'service' || t.state.view.at === 'walkthrough') ? t.ctx.catalogue.byId.get(t.state.focus) : undefined;
  return focus && !gettingSaid(m) ? focus : undefined;
}

/**
 * On a card in view, a question (no wish, no verb of getting) whose words of a subject handled elsewhere are all words
 * the card itself speaks of (a document it asks for, who receives it, the kind of fraud it reports).
 */
function spokenOfByCard(t: TurnBuilder, m: Reading, at: readonly number[]): boolean {
  const focus = cardAsked(t, m);
  if (!focus) return false;
  return spokenOfAll(t.ctx, focus, at.map((i) => m.tokens[i] ?? ''));
}

/**
 * "qual banco paga?", "recebo por qual banco?" on the unemployment insurance ("O pagamento é feito pela Caixa"): the card
 * in view speaks of the subject's words in other words (data/quase-sinonimos.yaml: "banco", "caixa"), and one of its
 * sentences answers the question, so it is a question about the card (round 3622).
 */
function saidOtherwiseByCard(t: TurnBuilder, m: Reading, at: readonly number[]): boolean {
  const focus = cardAsked(t, m);
  if (!focus) return false;
  const own = spokenOf(t.ctx, focus);
  const near = nearStemsOf(t.ctx.catalogue.nearSynonyms);
  const spoken = at.every((i) => analyze(m.tokens[i] ?? '').every((x) => own.has(x) || (near.get(x) ?? []).some((y) => own.has(y))));
  return spoken && passages(focus, t.ctx.catalogue, m.text).length > 0;
}

/**
 * "E posso comprar a passagem pelo site do governo?" on the intercity buses ("…e compre a passagem"): a question whose verb
 * of getting and words of the subject one sentence of the card in view says together is about the card, how it tells the
 * thing is got (round 4046, r36c). Not a wish ("quero comprar uma passagem de avião").
 */
function doneByCard(t: TurnBuilder, m: Reading, at: readonly number[]): boolean {
  const focus = t.state.focus !== undefined && (t.state.view.at === 'service' || t.state.view.at === 'walkthrough') ? t.ctx.catalogue.byId.get(t.state.focus) : undefined;
  if (!focus || m.tokens.some((w) => WANT_OPENERS.has(w))) return false;
  const getting = m.tokens.filter((w) => GETTING.has(w));
  return getting.length > 0 && saidByService(focus, t.ctx.catalogue.nearSynonyms, m.text, [...getting, ...at.map((i) => m.tokens[i] ?? '')]);
}

/**
 * On a card in view, the subject's words all in a claim someone told the citizen ("o atendente falou q tem q ir *no
 * banco* pra fazer o parcelamento"): the claim is about the card, what someone said of the way it is done or paid, and
 * the card answers it (round 6501); a verb of getting in the claim is the card's thing done ("pra *fazer* o parcelamento").
 * Not with a wish ("quero saber, o gerente falou q o banco empresta"): the citizen asks for something.
 */
function heardOfCard(t: TurnBuilder, m: Reading, at: readonly number[]): boolean {
  const start = claimStart(m.tokens);
  const onCard = t.state.focus !== undefined && (t.state.view.at === 'service' || t.state.view.at === 'walkthrough');
  return onCard && start > 0 && at.every((i) => i >= start) && !m.tokens.some((w) => WANT_OPENERS.has(w));
}

/** A subject handled elsewhere by its id (the one the last reply was about), with its reply. */
export function awayById(id: string): Elsewhere | undefined {
  const s = subjects.find((x) => x.id === id);
  return s ? { id: s.id, reply: s.reply } : undefined;
}

/**
 * A follow-up that brings a subject handled elsewhere only for another state back within Minas ("e pra ouro preto?"
 * right after the buses to other states): a town of Minas named and no other state. The words to search then: the
 * subject's own first term with the message (the State's service of it, the intercity buses); none otherwise.
 */
export function backInMinas(t: TurnBuilder, m: Reading): string | undefined {
  const s = t.lastAway === undefined || t.state.focus !== undefined ? undefined : subjects.find((x) => x.id === t.lastAway);
  if (!s?.otherState || betweenStates(t.ctx.catalogue.otherStates, m.tokens) || !namesTownAfterTo(m.tokens)) return undefined;
  const term = s.terms[0];
  return term === undefined ? undefined : `${term} ${m.tokens.join(' ')}`;
}

/** Verbs of a thing gone astray or not come ("sumiu", "extraviou", "não chegou"). */
const GONE: ReadonlySet<string> = new Set(['sumiu', 'sumiram', 'sumida', 'sumido', 'desapareceu', 'desapareceram', 'extraviou', 'extraviada', 'extraviado', 'extraviaram', 'perdeu', 'perderam', 'chegou', 'chegaram', 'veio', 'vieram']);

/**
 * "minha encomenda *sumiu*", "o pacote *não chegou*": the verb right after the subject's words says what befell that thing,
 * the subject's own matter, never a service of its own ("sumiu" is no missing person), round 4924.
 */
function goneAfter(m: Reading, cued: readonly number[]): number[] {
  const after = Math.max(...cued) + 1;
  const no = m.tokens[after] === 'nao' ? 1 : 0;
  return GONE.has(m.tokens[after + no] ?? '') ? Array.from({ length: no + 1 }, (_, k) => after + k) : [];
}

/** The subject handled elsewhere that this text is about, when the rest of it names no service clearly. */
export function elsewhere(t: TurnBuilder, text: string): Elsewhere | undefined {
  // No typo correction towards these words ("proteção" must never become "promoção"): a reader with no vocabulary.
  const m = readPlain(text);
  // A word of a town's name is no cue ("Juiz de Fora" speaks of no court, its "fora" of no "fórum").
  const town = placeNameAt(m.tokens);
  const told = new Set([...speakers(m.tokens), ...pretended(m.tokens)]);
  // Where another state is named: the same for every subject, looked up once (and only when a subject is met).
  let statesAt: ReadonlySet<number> | undefined;
  let forWhat: ReadonlySet<number> | undefined;
  // Nor when the citizen tells having moved, or asks to transfer ("mudei de sp pra cá", "transferir o carro de sp"): what
  // comes into Minas is Minas's (the transfer services).
  const metOnce = (s: Subject): number[] | undefined => (s.otherState && (!between() || m.tokens.some((w) => MOVED_IN.has(w))) ? undefined : trueFriends(m, s.cues.union(m)));
  // Each subject's cues are read once for the message (the denials, the order by what is said and the loop below each
  // ask), and whether it goes between states once for every subject.
  let betweenRead: boolean | undefined;
  const between = (): boolean => (betweenRead ??= betweenStates(t.ctx.catalogue.otherStates, m.tokens));
  const metRead = new Map<Subject, number[] | undefined>();
  const metOf = (s: Subject): number[] | undefined => {
    if (metRead.has(s)) return metRead.get(s);
    const met = metOnce(s);
    metRead.set(s, met);
    return met;
  };
  // What the citizen says is not ("ele *não é servidor público*, é aposentado do INSS") names no service.
  const denied = deniedAt(m, subjects.flatMap((s) => metOf(s) ?? []));
  for (const s of bySaid(m, subjects, metOf)) {
    // Right after this subject's reply, its context words ask about it again ("e o caixa tem?" after the bank's), and
    // so does doubting that it is not the State's ("nao é com o estado nao?").
    // Who told the citizen of the subject is no subject ("o cartório falou de um tal de itcd").
    // What a service asked for is for is no subject ("preciso do meu contracheque pra apresentar no *banco*"): read
    // once, when a subject's words are met.
    // Terms that count only with another state named ("passagem de ônibus pra São Paulo", not "pra Contagem").
    const met = metOf(s);
    if (met !== undefined && met.length > 0) forWhat ??= purposeOf(t, m);
    const inTown = met?.filter((i) => !town.has(i) && !told.has(i) && !(forWhat?.has(i) ?? false));
    const cued = inTown !== undefined && inTown.length > 0 ? inTown : undefined;
    // Not a subject of another state brought back within Minas ("e de bh pra ouro preto? tem horario?"; see backInMinas).
    const used = cued ?? (t.lastAway === s.id && !(s.otherState && backInMinas(t, m) !== undefined) ? again(m, s) : undefined);
    if (!used) continue;
    // "a certidão de nascimento dele serve?" on the identity card, "e o cartório confere como?" on a certificate: the
    // card in view itself speaks of the subject's words, so the question is about the card, not a subject handled elsewhere.
    // "o atendente falou q tem q ir no banco pra fazer o parcelamento", "ela falou q paga uma taxa no banco antes" on a
    // card: the subject's words are in a claim heard of the card in view, which is what is asked (round 6501).
    if (cued && (spokenOfByCard(t, m, cued) || saidOtherwiseByCard(t, m, cued) || doneByCard(t, m, cued) || heardOfCard(t, m, cued))) continue;
    // "fui mandado embora, como saco meu fgts": a story, then the question about the subject in a clause of its own;
    // the story names a service, the question does not ask for it.
    const story = cued ? storyAround(m, used) : [];
    // Where the citizen comes from is who asks, not what ("*sou da escola estadual* e queremos alugar um salão de festas").
    const member = cued ? memberOf(m.tokens, used, m.pauses) : [];
    // "Sou síndico e preciso da 2ª via da conta de luz do prédio", "síndico aqui, o bombeiro pediu o AVCB": the subject's
    // only word is the citizen's own role, told before what is asked; the rest is asked (round 6181).
    if (cued && cued.every((i) => roleAt(m.tokens, i)) && t.ctx.search.search(restWords(m, roleSpan(m.tokens, cued)).join(' '), 3).clear) continue;
    // Another state named is a place, like a town: no service's name ("passagem de avião para São Paulo").
    statesAt ??= otherStateAt(t.ctx.catalogue.otherStates, m.tokens);
    const rest = restWords(m, [...used, ...story, ...member, ...statesAt, ...denied, ...(cued ? goneAfter(m, cued) : [])]).filter((w) => !GENERIC_WORDS.has(w) && !QUALIFIERS.has(w) && !s.context.has(w));
    // Only words the catalogue itself writes name a service beside the subject: the citizen's own verb forms ("o app
    // de frete nao me *pagou*", "onde *compro* uma moto … pra *trabalhar*") share a stem with a title ("pagar IPVA",
    // the Sine's "trabalho") but name no service.
    const written = (words: readonly string[], svc: Service): boolean => namesService(t.ctx, svc, words) && namesService(t.ctx, svc, words.filter((w) => writtenForm(t, w)));
    // Asked again with words of the subject, or pointing at it ("tem algum lugar pra me ajudar nisso?"): another
    // service is asked for only when its words, the subject's own among them, name the one they find ("e a
    // carteirinha do autismo dele?" after the BPC's is the Ciptea); "o limite ta baixo" after the bank's names none.
    // So does a rest that clearly finds a service it names ("e o atestado de antecedentes, precisa do cpf regular?").
    // A town named beside the subject's words may be where the citizen is going ("e onibus pra montes claros?" after
    // the city bus's reply is the intercity bus).
    // (Only the subject just answered is asked again, so this runs for one subject at most.)
    const places = cued ? [] : m.tokens.filter((w, i) => town.has(i) || (w.length >= 3 && findMunicipality(w) !== undefined));
    if (!cued && (rest.length > 0 || places.length > 0)) {
      // An acknowledgement before it ("Entendi. E para pagar o IPVA?") names nothing either.
      const all = [...restWords(m, [...story, ...themeAt(m, s.theme)]).filter((w) => !GENERIC_WORDS.has(w) && !QUALIFIERS.has(w) && !DOUBT.has(w) && !ACK_ONLY.has(w)), ...places];
      const top = t.ctx.search.search(all.join(' '), 3).hits[0];
      const named = top ? t.ctx.catalogue.byId.get(top.id) : undefined;
      // "Onde posso consultar a situação do título?" after the voter card's: the subject's own thing asked about
      // ("título", a context word) is none of the found service's words ("Consultar situação … do veículo"), so the
      // question is still about the subject (round 5424).
      // Only in a question, only a word of the subject's own terms is its thing, and not when the rest names the service
      // found by a name of it ("e pra trabalhar, tem vaga no sine pra estrangeiro?" after the migrant card's is the Sine).
      const termWords = new Set(s.terms.flatMap((x) => words(x)));
      const thing = used.flatMap((i) => (s.context.has(m.tokens[i] ?? '') && termWords.has(m.tokens[i] ?? '') ? analyze(m.tokens[i] ?? '') : []));
      const foreign = (svc: Service): boolean => thing.length > 0 && isAsked(m.text) && !thing.some((x) => spokenOf(t.ctx, svc).has(x)) && !namesService(t.ctx, svc, all, true);
      if (named && foreign(named)) return { id: s.id, reply: s.reply };
      if (named && written(all, named)) continue;
      // "e o endereço da minha carteira de motorista, dá pra mudar por aqui?": a word that asks where the body is
      // ("endereço") is also a word of the title of the service the rest finds ("Alterar endereço do condutor"): with
      // it, that service is named, and asked (round 4523).
      const titled = named ? [...all, ...m.tokens.filter((w) => DOUBT.has(w) && inTitle(named, w))] : all;
      if (named && titled.length > all.length && written(titled, named)) continue;
      const own = t.ctx.search.search(rest.join(' '), 3);
      const found = own.clear && own.hits[0] ? t.ctx.catalogue.byId.get(own.hits[0].id) : undefined;
      if (found && written(rest, found)) continue;
      // "ah ta, e o ipva? é com vcs?" after the IPTU's reply, "e a identidade da mãe dele, a 2 via vc vê?" after the
      // INSS's: a word beside the request that names nothing ("mãe") leaves the rest's search short of covering
      // it; the message's own first service (its interjections and pauses aside: "ah", "pera"), named by the rest, is
      // asked for all the same (round 6440). Named by the rest's words that the reply just given does not say: "e a
      // carteira de trabalho, é com vcs?" after the FGTS's, which names the Carteira de Trabalho Digital, is its subject again.
      const whole = t.ctx.search.search(m.tokens.filter((w) => !APOLOGIES.has(w) && !PAUSE_WORDS.has(w)).join(' '), 3).hits[0];
      const first = whole ? t.ctx.catalogue.byId.get(whole.id) : undefined;
      if (first && written(all.filter((w) => !s.named.has(w)), first)) continue;
    }
    // A service found for the rest and named by it: the search decides ("plano de saúde do servidor estadual" is
    // the IPSEMG). A service the rest only brushes does not ("boletim de notas do colégio particular").
    // The citizen names, beside the subject, the body its reply sends them to ("paguei o IPTU *à prefeitura* e consta
    // como débito", "a transferência do título de eleitor no *cartório eleitoral*"): a word of a service's texts
    // ("débito", "transferência") is the subject's matter; only a phrase of its names counts (round 4001). Said beside
    // the subject's other words, the body may be among its terms ("a restituição do imposto de renda na receita federal").
    const bodyNamed = cued !== undefined && (m.tokens.some((w, i) => s.echo.has(w) && !used.includes(i)) || (used.some((i) => !s.echo.has(m.tokens[i] ?? '')) && bodyTermSaid(s, m)));
    // "marcar horário na uai pra recuperar a conta gov.br, *me aposentei* e preciso dela": the subject's words tell
    // what happened to the citizen, and another clause asks or wishes: that clause, as typed, is what is asked (even when
    // the story's reading took it for the story before the subject).
    const asked = cued ? askedBeside(m, cued) : [];
    if (cued && (rest.length > 0 || asked.length > 0)) {
      for (const words of [rest, asked].filter((ws) => ws.length > 0)) {
        const top = t.ctx.search.search(words.join(' '), 3).hits[0];
        const named = top ? t.ctx.catalogue.byId.get(top.id) : undefined;
        if (named && written(words, named) && (!bodyNamed || namesService(t.ctx, named, words, true))) return undefined;
      }
    }
    // A loss of several things, the subject's one of them ("perdi a carteira com o rg e o cartão do banco"): a service
    // among the first three found that the rest names (the identity card by "rg") makes the loss the State's too.
    if (cued && rest.length > 0 && m.tokens.some((w) => LOST.has(w))) {
      const found = t.ctx.search.search(rest.join(' '), 3).hits.map((h) => t.ctx.catalogue.byId.get(h.id));
      if (found.some((named) => named !== undefined && written(rest, named))) return undefined;
    }
    // "o posto de saude do meu bairro ta sem medico, onde eu reclamo disso": a complaint about the subject that a
    // service found for the message takes, by a name of it said whole ("reclamação de posto de saúde": the SUS ombudsman).
    // What the message says whole, synonyms included: read once for the services found.
    // Not for a subject that counts only with another state named, and no town of Minas said: "segunda via da conta de
    // luz do Rio" says the Cemig's popular name whole, but the bill is the other state's ("sou da bahia e quero ir de bh
    // pra ouro preto de ônibus" is a trip in Minas).
    let said: ReadonlySet<string> | undefined;
    if (cued && (!s.otherState || town.size > 0) && t.ctx.search.search(m.tokens.join(' '), 3).hits.some((h) => {
      const s = t.ctx.catalogue.byId.get(h.id);
      return s !== undefined && (complaintNamed(s, m.tokens, used) || nameWithCue(s, m.tokens, used, (said ??= withSynonyms(t.ctx.catalogue.synonyms, new Set(analyze(m.tokens.join(' '))), 2))));
    })) return undefined;
    return cued ? { id: s.id, reply: s.reply, rest } : { id: s.id, reply: s.reply };
  }
  return undefined;
}

/**
 * The subjects in the order they are tried: as the file lists them, except that of several subjects whose terms the
 * message says, the one it says most of (its terms' words and its context words) comes first: "minha mãe é aposentada
 * do *inss* e caiu na *malha* fina do *imposto de renda*" asks about the income tax, not the INSS.
 */
function bySaid(m: Reading, all: readonly Subject[], metOf: (s: Subject) => number[] | undefined): readonly Subject[] {
  const said = all.map((s) => {
    const met = new Set(metOf(s) ?? []);
    return met.size === 0 ? 0 : met.size + new Set(m.tokens.filter((w, i) => !met.has(i) && s.context.has(w))).size;
  });
  const most = Math.max(...said);
  if (said.filter((n) => n > 0).length < 2) return all;
  const first = said.indexOf(most);
  return [all[first] as Subject, ...all.filter((_, i) => i !== first)];
}

/** Per subject, its terms that only name the body its reply sends to ("receita federal"), as regular expressions. */
const bodyTerms = new Map(subjects.map((x) => [x.id, x.terms.filter((term) => words(term).every((w) => x.echo.has(w))).map((term) => new RegExp(`\\b${words(term).join(' ')}\\b`))]));
/** The message says one of the subject's terms that only name its body. */
function bodyTermSaid(s: Subject, m: Reading): boolean {
  const text = m.tokens.join(' ');
  return (bodyTerms.get(s.id) ?? []).some((re) => re.test(text));
}

/** Verbs saying what someone or something is ("não *é*", "não *sou*", "não *era*"). */
const COPULAS: ReadonlySet<string> = new Set(['e', 'eh', 'sou', 'era', 'foi', 'somos', 'sao', 'seja', 'eramos']);

/**
 * The places of what the message says someone or something is not: after "não" and a verb of being, up to the next
 * pause or a subject's term ("ele não é *servidor público*, é aposentado do INSS").
 */
function deniedAt(m: Reading, cues: readonly number[]): number[] {
  const out: number[] = [];
  m.tokens.forEach((w, i) => {
    if (w !== 'nao' || !COPULAS.has(m.tokens[i + 1] ?? '') || m.pauses?.has(i)) return;
    for (let k = i + 2; k < m.tokens.length && !cues.includes(k); k++) {
      out.push(k);
      if (m.pauses?.has(k)) break;
    }
  });
  return out;
}

/** Words of a span of time besides its unit and number ("dos *últimos* três meses"). */
const SPAN_WORDS: ReadonlySet<string> = new Set(['ultimo', 'ultimos', 'ultima', 'ultimas', 'proximo', 'proximos', 'proxima', 'proximas']);

/** Words that open what something is for, or why ("*pra* apresentar no banco", "*porque* estou tentando…"). */
const PURPOSE_OPENERS: ReadonlySet<string> = new Set(['para', 'pra', 'pro', 'porque', 'pq']);

/**
 * The places of what a request is for: the words after a purpose opener ("pra", "porque") that follows a verb of
 * wanting whose object, up to that opener, clearly finds a service ("preciso do meu contracheque dos últimos três meses
 * *para apresentar no banco*": the payslip is asked for, the bank is where it goes). None when the object finds no
 * service ("preciso de ajuda pra pagar o boleto do banco" asks about the bank).
 */
function purposeOf(t: TurnBuilder, m: Reading): ReadonlySet<number> {
  // The verb of wanting may have been read already, and left out of the text ("… do meu contracheque pra …"): then
  // the few words before the opener are what is asked for.
  const want = m.tokens.findIndex((w) => WANT_OPENERS.has(w));
  const openers = m.tokens.flatMap((w, i) => (i > want + 1 && i >= 2 && PURPOSE_OPENERS.has(w) ? [i] : []));
  // "como faço *para* abrir um cnpj *para* a minha loja": the first opener may lead to what is asked (how to open the
  // CNPJ); the next one whose object clearly finds a service opens what it is for (the shop).
  for (const opener of openers) {
    // A span of time said with it ("dos últimos três meses") names nothing.
    const words = m.tokens.slice(want >= 0 ? want + 1 : Math.max(0, opener - 6), opener).filter((w) => !CARDINAL_WORDS.has(w) && !SPAN_WORDS.has(w) && !/^\d+$/.test(w));
    const object = words.filter((w) => !GENERIC_WORDS.has(w)).join(' ');
    // A verb most services share may be what makes the object clear ("*abrir* um cnpj", where "cnpj" alone is also
    // the closing of a company's): then the object with it, when it only sharpens what the rest finds first.
    const found = t.ctx.search.search(object, 3);
    const sharpened = found.clear ? undefined : t.ctx.search.search(words.join(' '), 3);
    const clear = found.clear || (sharpened?.clear === true && sharpened.hits[0]?.id === found.hits[0]?.id);
    if (clear) return new Set(m.tokens.flatMap((_, i) => (i > opener ? [i] : [])));
  }
  return new Set();
}

/** Endings of verb forms: infinitives, first person, past tenses, gerunds ("pagou", "compro", "trabalhar"). */
const VERB_ENDING = /(ar|er|ir|ou|eu|iu|ei|o|ando|endo|indo|ava|aram|eram|iram)$/;

/**
 * Is the word written in the catalogue, as typed or as another gender or number of it ("servidora", "alunos")? A
 * verb form the catalogue never writes ("pagou", "trabalhar", "compro": by its ending) is not; a name it does not hold
 * ("argentina") still is.
 */
function writtenForm(t: TurnBuilder, w: string): boolean {
  const forms = [w, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/a(s?)$/, 'o$1'), w.replace(/o(s?)$/, 'a$1'), w.replace(/ora(s?)$/, 'or')];
  return forms.some((f) => t.ctx.search.knows(f)) || !VERB_ENDING.test(w);
}

/** Stems of complaining or reporting ("reclamo", "reclamação", "denúncia", "queixa"). */
const COMPLAINT: ReadonlySet<string> = new Set(analyze('reclamar reclamacao denunciar denuncia queixa'));

/**
 * The service has a popular name of two words or more, said whole, that joins a complaint to the subject's own words
 * ("reclamação de posto de saúde"): the complaint about the subject is that service's. A name the story says apart
 * from the subject ("fui mandado embora, como saco meu fgts") or without a complaint ("comprei um carro usado") does not count.
 */
function complaintNamed(s: Service, tokens: readonly string[], cue: readonly number[]): boolean {
  const said = new Set(analyze(tokens.join(' ')));
  const cueStems = new Set(analyze(cue.map((i) => tokens[i] ?? '').join(' ')));
  return s.popularNames.some((n) => {
    const name = analyze(n);
    return name.length >= 2 && name.every((x) => said.has(x)) && name.some((x) => cueStems.has(x)) && name.some((x) => COMPLAINT.has(x) && !cueStems.has(x));
  });
}

/**
 * The service has a popular name of two words or more that holds the subject's whole cue and another word, said whole
 * (`said`: the message's stems with the synonyms of the phrases it says whole): "to precisando arrumar um serviço de carteira assinada"
 * says the Sine's "vaga de emprego com carteira assinada" ("arrumar serviço" is a synonym of "vaga de emprego").
 * Looking for such a job is that service, not a worker's rights.
 */
function nameWithCue(s: Service, tokens: readonly string[], cue: readonly number[], said: ReadonlySet<string>): boolean {
  const cueStems = new Set(analyze(cue.map((i) => tokens[i] ?? '').join(' ')));
  return s.popularNames.some((n) => {
    const name = analyze(n);
    return name.length >= 2 && name.every((x) => said.has(x)) && [...cueStems].every((x) => name.includes(x)) && name.some((x) => !cueStems.has(x));
  });
}

/** Verbs of telling or sending someone to do something, in the past ("o cartório *falou*", "o fiscal *mandou*"). */
const TELLING: ReadonlySet<string> = new Set(['falou', 'falaram', 'disse', 'disseram', 'mandou', 'mandaram', 'pediu', 'pediram', 'avisou', 'avisaram', 'informou', 'informaram', 'explicou', 'explicaram', 'orientou', 'orientaram', 'exigiu', 'exigiram', 'indicou', 'indicaram']);

/**
 * The places of the words that say who told the citizen something, right before a verb of telling ("o *cartório*
 * falou de um tal de itcd", "no *banco* disseram"): the one who sent them, not what they ask for.
 */
export function speakers(tokens: readonly string[]): ReadonlySet<number> {
  return new Set(tokens.flatMap((w, i) => (TELLING.has(tokens[i + 1] ?? '') && w.length > 2 ? [i] : [])));
}

/** Who a caller or a seller pretended to be: "dizendo que era do", "dizendo ser da", "se passando pelo", "fingindo ser do". */
const PRETENDING = /\b(?:(?:dizendo|falando|disse|disseram|falou|falaram) que (?:era|eram|e|sao)|(?:dizendo|dizia|fingindo|fingiu) ser|se (?:passando|passou|passaram|passava) (?:por|pelo|pela))$/;

/**
 * The places of the words that say who a caller pretended to be, up to the next pause ("ligaram *dizendo que era do
 * banco* e ela passou a senha"): a scam told, not the bank asked about.
 */
function pretended(tokens: readonly string[]): ReadonlySet<number> {
  const out = new Set<number>();
  tokens.forEach((_, i) => {
    if (i < 2 || !PRETENDING.test(tokens.slice(Math.max(0, i - 4), i).join(' '))) return;
    for (let k = i; k < Math.min(tokens.length, i + 3); k++) out.add(k);
  });
  return out;
}

/** Words before a role the citizen tells of themselves ("*sou* síndico", "*como* síndica", "*sou o* síndico"). */
const ROLE_BEFORE: ReadonlySet<string> = new Set(['sou', 'somos', 'como', 'enquanto']);

/** Words of where the role is held, right after it ("síndico *aqui do prédio*", "síndica *do residencial*"). */
const ROLE_PLACE: ReadonlySet<string> = new Set(['aqui', 'do', 'da', 'de', 'deste', 'desse', 'dum', 'num', 'no', 'na', 'predio', 'predios', 'edificio', 'condominio', 'bloco', 'residencial', 'meu', 'nosso']);

/** The role's words with where it is held ("sou o síndico aqui do prédio"): who speaks, none of what is asked. */
function roleSpan(tokens: readonly string[], cued: readonly number[]): number[] {
  const out = [...cued];
  for (const i of cued) for (let k = i + 1; k < tokens.length && ROLE_PLACE.has(tokens[k] ?? ''); k++) out.push(k);
  return out;
}

/** The word at `i` is the citizen's own role: "sou (o/a) X", "como X", or "X aqui" opening the message. */
function roleAt(tokens: readonly string[], i: number): boolean {
  const before = ['o', 'a'].includes(tokens[i - 1] ?? '') ? tokens[i - 2] : tokens[i - 1];
  return ROLE_BEFORE.has(before ?? '') || (i === 0 && tokens[1] === 'aqui');
}

/**
 * The places of the words saying whom the citizen belongs to, when the subject's cue comes after them: "sou da/do …"
 * (or "somos da/do …", "trabalho na/no …") up to the next "e" or pause ("*sou da escola estadual* e queremos alugar
 * um salão": the school asks; the hall is what it asks for).
 */
function memberOf(tokens: readonly string[], cue: readonly number[], pauses?: ReadonlySet<number>): number[] {
  const start = tokens.findIndex((w, i) => MEMBER_VERBS.has(w) && /^(da|do|das|dos|na|no)$/.test(tokens[i + 1] ?? ''));
  if (start < 0 || cue.some((i) => i <= start)) return [];
  const out: number[] = [];
  for (let i = start; i < tokens.length && tokens[i] !== 'e' && !cue.includes(i); i++) {
    out.push(i);
    if (pauses?.has(i)) break;
  }
  return out;
}

/** Verbs of belonging to a place or body ("sou da escola", "trabalho na prefeitura"). */
const MEMBER_VERBS: ReadonlySet<string> = new Set(['sou', 'somos', 'trabalho', 'trabalhamos']);

/** Words of the State itself, in the story before the question. */
const STATE_WORDS: ReadonlySet<string> = new Set(['estado', 'estadual', 'estaduais', 'servidor', 'servidora', 'governo', 'minas', 'mg']);

/** Words that open a clause asking for something ("como tiro…", "quero sacar…"). */
const ASKING_OPENERS: ReadonlySet<string> = new Set(['como', 'onde', 'quero', 'queria', 'preciso', 'gostaria', 'qual', 'quem']);

/**
 * Words that open a clause telling the citizen's own situation, not asking ("*to* desempregada e tenho 3 filhos", "*fui*
 * demitido").
 */
const STORY_OPENERS: ReadonlySet<string> = new Set(['to', 'tou', 'estou', 'tava', 'estava', 'fiquei', 'fui', 'tenho', 'tinha', 'moro', 'estamos', 'ficamos',
  // Where the citizen worked or lived ("como saco meu fgts, *trabalhei* 10 anos numa firma que fechou").
  'trabalhei', 'trabalhava', 'trabalhamos', 'morei', 'morava']);

/** Words that open the reason of a question ("… *pq* fui demitido", "… *q* to desempregado"). */
const REASON_OPENERS: ReadonlySet<string> = new Set(['pq', 'porque', 'porq', 'pois', 'q', 'que']);

/** Who else the story may be about, as its clause's subject ("*ela* ta desempregada", "*ele* foi demitido"). */
const THIRD_PERSONS: ReadonlySet<string> = new Set(['ele', 'ela', 'eles', 'elas']);
/** The same situation told of that other person ("ela *ta* desempregada", "ele *ficou* sem emprego"). */
const THIRD_STORY: ReadonlySet<string> = new Set(['ta', 'tao', 'esta', 'estao', 'tava', 'estava', 'ficou', 'foi', 'tem', 'tinha', 'mora']);
/** Another person's wish, as the request's verb ("minha vizinha *quer* entrar no bolsa família"). */
const THIRD_WANTS: ReadonlySet<string> = new Set(['quer', 'queria', 'precisa', 'precisava', 'gostaria']);
/** Who the citizen asks for, besides kin ("minha *vizinha*", "uma *amiga*"). */
const ASKED_FOR: ReadonlySet<string> = new Set([...FAMILY, ...CHILDREN, 'vizinha', 'vizinho', 'amiga', 'amigo', 'colega', 'conhecida', 'conhecido', ...THIRD_PERSONS]);

/** Whose or which person opens that clause ("*minha* vizinha", "*uma* amiga"). */
const POSSESSIVE_OR_ARTICLE: ReadonlySet<string> = new Set(['meu', 'minha', 'uma', 'um', 'a', 'o']);

/** The clause from `at` opens by asking: "como…", "quero…", or someone else's wish ("minha vizinha quer…", "ela precisa…"). */
function asksFrom(tokens: readonly string[], at: number): boolean {
  if (ASKING_OPENERS.has(tokens[at] ?? '')) return true;
  const who = POSSESSIVE_OR_ARTICLE.has(tokens[at] ?? '') ? at + 1 : at;
  return ASKED_FOR.has(tokens[who] ?? '') && THIRD_WANTS.has(tokens[who + 1] ?? '');
}

/** A verb in the first person of the past ("me aposent*ei*", "cas*ei*", "mud*ei*"): the citizen tells what happened. */
const PAST_FIRST = /^[a-z]{3,}ei$/;

/** Where each clause of the message starts: the first word, after a pause, and after an "e" that opens asking. */
function clauseStarts(m: Reading): number[] {
  const n = m.tokens.length;
  return [...new Set([0, ...[...(m.pauses ?? [])].filter((p) => p < n - 1).map((p) => p + 1), ...m.tokens.flatMap((w, i) => (w === 'e' && ASKING_OPENERS.has(m.tokens[i + 1] ?? '') ? [i + 1] : []))])].sort((a, b) => a - b);
}

/**
 * The words of the clauses that ask or wish ("quero…", "como…", "*marcar* horário…"), when the subject's words lie in a
 * clause of their own that tells what happened to the citizen and asks nothing ("marcar horário na uai pra recuperar a
 * conta gov.br, *me aposentei* e preciso dela", "*me divorciei e voltei a usar o nome de solteira*, quero pré-agendar a
 * 2ª via da identidade"). None otherwise.
 */
function askedBeside(m: Reading, used: readonly number[]): string[] {
  const starts = clauseStarts(m);
  const endOf = (start: number): number => starts.find((s) => s > start) ?? m.tokens.length;
  const asking = (at: number): boolean => asksFrom(m.tokens, at) || wishVerb(m.stems[at] ?? '');
  const first = Math.min(...used);
  const own = Math.max(...starts.filter((s) => s <= first));
  const ownEnd = endOf(own);
  if (asking(own) || !used.every((i) => i < ownEnd)) return [];
  const told = tellsFrom(m.tokens, own) || m.tokens.slice(own, ownEnd).some((w) => PAST_FIRST.test(w));
  if (!told) return [];
  return starts.filter((s) => s !== own && asking(s)).flatMap((s) => m.tokens.slice(s, endOf(s)));
}

/** A clause from `at` telling the citizen's situation, or that of the person asked for ("ela ta desempregada"). */
function tellsFrom(tokens: readonly string[], at: number): boolean {
  return STORY_OPENERS.has(tokens[at] ?? '') || (THIRD_PERSONS.has(tokens[at] ?? '') && THIRD_STORY.has(tokens[at + 1] ?? '')) || happenedFrom(tokens, at);
}

/** A verb in the past, said of someone or something ("fech*ou*", "fal*iu*", "morr*eu*"). */
const PAST_THIRD = /^[a-z]{2,}(ou|eu|iu)$/;
/**
 * A clause telling what happened to someone or something, by its subject and a verb in the past ("como saco meu fgts,
 * *a firma fechou*", "*minha loja faliu*", "*o patrão sumiu*"): the citizen's situation, not what is asked (round 2841).
 */
function happenedFrom(tokens: readonly string[], at: number): boolean {
  return POSSESSIVE_OR_ARTICLE.has(tokens[at] ?? '') && !ASKED_FOR.has(tokens[at + 1] ?? '') && PAST_THIRD.test(tokens[at + 2] ?? '');
}

/**
 * The places of the story told around the question about the subject: the clause holding the subject's cue opens by
 * asking ("como…", "quero…"), after a pause or after "e" ("fui demitido *e quero* sacar meu fgts"); what comes before
 * it is the story, and so is a clause after it that tells the citizen's situation ("como coloco minha família no bolsa
 * família, *to desempregada e tenho 3 filhos*"). None when there is no such clause: the whole message is read.
 */
function storyAround(m: Reading, used: readonly number[]): number[] {
  const n = m.tokens.length;
  const pauses = m.pauses ?? new Set<number>();
  // "quero sacar meu fgts *q fui mandado embora*": a "because" that opens the citizen's situation starts a clause too.
  const reason = (i: number): boolean => REASON_OPENERS.has(m.tokens[i] ?? '') && tellsFrom(m.tokens, i + 1);
  const starts = [...new Set([0, ...[...pauses].filter((p) => p < n - 1).map((p) => p + 1), ...m.tokens.flatMap((w, i) => (w === 'e' && ASKING_OPENERS.has(m.tokens[i + 1] ?? '') ? [i + 1] : [])), ...m.tokens.flatMap((_, i) => (i > 0 && reason(i) ? [i] : []))])].sort((a, b) => a - b);
  const first = Math.min(...used);
  const start = Math.max(...starts.filter((s) => s <= first));
  const end = starts.find((s) => s > start) ?? n;
  // The clause asks, or opens with the subject's own words ("vai chover amanhã? tenho mudança pra fazer", round 2841).
  if (!(asksFrom(m.tokens, start) || used.includes(start)) || !used.every((i) => i >= start && i < end)) return [];
  const story = m.tokens.flatMap((_, i) => (i < start ? [i] : []));
  // The clauses after it, while they tell the citizen's situation.
  for (let at = end; at < n; ) {
    const next = starts.find((s) => s > at) ?? n;
    if (!tellsFrom(m.tokens, at) && !reason(at)) break;
    for (let i = at; i < next; i++) story.push(i);
    at = next;
  }
  // "Sou servidor estadual aposentado. Como incluo … no plano de saúde?": a story of the State's makes it the State's.
  if (story.some((i) => STATE_WORDS.has(m.tokens[i] ?? ''))) return [];
  return story;
}

/** Words doubting that a subject is handled elsewhere ("não é com o estado?", "vocês não fazem aqui?"). */
const DOUBT = new Set(['estado', 'governo', 'minas', 'voces', 'vcs', 'vc', 'voce', 'aqui', 'fazem', 'faz', 'certeza', 'mesmo', 'reclamo', 'reclamar', 'reclamacao', 'recorrer', 'procurar', 'procuro', 'orientacao', 'prefeitura',
  // Other verbs of the State taking the subject on ("vcs nao cuidam?", "voces nao atendem isso?").
  'cuidam', 'cuida', 'atendem', 'resolvem', 'tratam', 'mexem',
  // Where the subject is attended to ("E o atendimento é feito onde?", "onde atende?"): the body just named, asked again.
  'atendimento', 'atende', 'atender', 'local', 'endereco',
  // Pointing at the subject just answered ("me ajudar *nisso*"), or asking who else may help with it ("posso chamar
  // *alguem*?", "tem algum *lugar* de graça?").
  'isso', 'disso', 'nisso', 'alguem', 'ajuda', 'ajudar', 'ajude', 'lugar', 'chamar', 'chamo']);

/**
 * The State's own service desk asked for the subject just answered ("é na uai?", "nao da pra fazer na uai?"): the reply
 * again, when the message says nothing else but whether it is done there (DESK_ASKED); a request made there ("quero
 * agendar na uai") is searched (round 2300).
 */
const STATE_DESK: ReadonlySet<string> = new Set(['uai']);
/** The words of asking whether a thing is done at a place ("*é* na uai?", "*nao da pra fazer* na uai?"). */
const DESK_ASKED: ReadonlySet<string> = new Set(['e', 'eh', 'fica', 'faz', 'fazer', 'feito', 'feita', 'tira', 'tirar', 'pode', 'posso', 'da', 'nao', 'n', 'mas', 'nem', 'sim']);

/** The message only asks whether the subject just answered is done at the State's desk ("é na uai?"). */
function askedAtDesk(m: Reading, context: ReadonlySet<string>): boolean {
  return m.tokens.some((w) => STATE_DESK.has(w)) && m.tokens.every((w) => STATE_DESK.has(w) || DESK_ASKED.has(w) || DOUBT.has(w) || context.has(w) || isGlue(w));
}

/**
 * Pleading for an answer anyway, right after being told who handles a subject ("nem uma dica?", "ah conta ai vai",
 * "me ajuda vai, por favor"): the same subject asked again, not a service its words brush ("conta", "dica").
 */
const PLEA = CueSet.of([
  // Insisting, right after the reply ("ah vai, só uma", "só essa vez", "vai, por favorzinho").
  'ah vai', 'so uma', 'so um', 'so essa', 'so essa vez', 'so dessa vez', 'so mais uma', 'vai por favor', 'por favorzinho', 'custa nada', 'nao custa nada',
  'nem uma dica', 'so uma dica', 'uma dica', 'alguma dica', 'me da uma dica', 'da uma dica', 'conta ai', 'me conta', 'fala ai', 'me fala', 'diz ai', 'me diz', 'me ajuda vai', 'ajuda ai', 'por favor', 'quebra esse galho', 'quebra um galho']);

/**
 * Pointing back at what the reply just said ("e onde posso obter *essa informação*?", "onde vejo *isso*?", "quem cuida
 * *disso*?"): right after a subject's reply, the same subject asked again (round 1340).
 */
const BACK_AT = CueSet.of([
  'essa informacao', 'essas informacoes', 'dessa informacao', 'dessas informacoes', 'nessa informacao', 'essa info',
  'isso', 'disso', 'nisso', 'isso ai', 'isso entao', 'esse assunto', 'desse assunto', 'nesse assunto', 'esse caso', 'desse caso',
  // The person of the story just told, pointed at again ("o dono da casa não devolve a caução" … "posso processar *ele*?",
  // round 2400): a service its other words name still wins, below.
  'ele', 'ela', 'eles', 'elas', 'dele', 'dela', 'deles', 'delas', 'nele', 'nela']);

/**
 * The words of whom a reply sends the citizen to, as it writes them in bold ("*Polícia Federal*", "*Receita Federal*",
 * "*Meu INSS*"): said back right after it to confirm ("é pela Polícia Federal, então?"), they ask about that subject again.
 */
function echoWords(reply: string): ReadonlySet<string> {
  const bold = [...reply.matchAll(/\*([^*]+)\*/g)].flatMap((b) => words(b[1] ?? ''));
  return new Set(bold.filter((w) => w.length > 2 && !/^\d+$/.test(w) && !GENERIC_WORDS.has(w) && !SELF_WORDS.has(w)));
}

/** The words of a reply, whatever their type ("*Consulta* de crédito … é feita direto nessas empresas"), besides the generic ones. */
function namedWords(reply: string): ReadonlySet<string> {
  return new Set(words(reply).filter((w) => w.length > 3 && !/^\d+$/.test(w) && !GENERIC_WORDS.has(w) && !SELF_WORDS.has(w)));
}

/** The demonstratives, with their plural and "aquele" forms ("*nessas* empresas", "*daquele* site"). */
const POINTING: ReadonlySet<string> = new Set([...DEMONSTRATIVES, 'desses', 'dessas', 'nesses', 'nessas', ...FAR_DEMONSTRATIVES]);

/**
 * "entao quem faz *essa consulta*?" right after "Consulta de crédito … é feita direto nessas empresas": a demonstrative
 * before a word of the reply just given points at its subject (round 5301). The places of both.
 */
function pointedBack(m: Reading, named: ReadonlySet<string>): number[] {
  return m.tokens.flatMap((w, i) => (i > 0 && named.has(w) && POINTING.has(m.tokens[i - 1] ?? '') ? [i - 1, i] : []));
}

/**
 * "pode ser sobre desmatamento também" after the homework's reply: for a subject with a theme opener among its context
 * words (`theme`), the places of the opener and what follows it (up to a pause): the theme of the subject, not a service.
 */
function themeAt(m: Reading, theme: boolean): number[] {
  const at = theme ? m.tokens.findIndex((w) => THEME_OPENERS.has(w)) : -1;
  const out: number[] = [];
  if (at >= 0) for (let i = at; i < m.tokens.length && (i === at || !(m.pauses?.has(i - 1) ?? false)); i++) out.push(i);
  return out;
}

/** Words that make a message a check of what was just said ("é pela PF, *então*?", "é na receita *né*"). */
const CONFIRMING: ReadonlySet<string> = new Set(['entao', 'ne', 'neh', 'certo', 'correto', 'mesmo', 'msm']);
/** Words asking where or how to reach someone ("*onde* fica a Receita?", "*como* falo com a PF?"). */
const REACHING: ReadonlySet<string> = new Set(['onde', 'aonde', 'como', 'endereco', 'telefone', 'site']);
/** "*é pela* Polícia Federal?", "*é na* receita": the verb "é" (folded to "e") then where or by whom. */
const IS_BY = /^e (pela|pelo|na|no|com|da|do|nos|nas)\b/;

/**
 * "Não é com a Receita Estadual?", "nem na polícia civil?", "mas não seria no cartório?": right after a subject's reply, a
 * short question doubting it with another body ("não é com", "nem na"): the subject again, whatever body is named
 * (round 5306). A clause after the body ("não é na uai *que* renova a cnh?") asks for a service, and is searched.
 */
const OTHER_BODY_DOUBT = /^(?:mas |ue |ah )?(?:nao|nem)(?: (?:e|eh|seria|era|fica|faz|faria|resolve))?(?: (?:com|na|no|pela|pelo|em))\b/;
/** The most words such a doubt has ("nao e com a receita estadual de minas"). */
const DOUBT_WORDS = 8;

/** Words that open a clause after the body ("não é na uai *que* renova…", "*pra* tirar…"): a request, no doubt. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['que', 'q', 'pra', 'para', 'pro', 'onde', 'quando', 'se']);

/** The places of every word of such a doubt (OTHER_BODY_DOUBT); none when the message is not one. */
function otherBodyDoubted(m: Reading): number[] {
  if (m.tokens.length > DOUBT_WORDS || !isAsked(m.text) || !OTHER_BODY_DOUBT.test(m.tokens.join(' '))) return [];
  return m.tokens.some((w) => CLAUSE_OPENERS.has(w)) ? [] : m.tokens.map((_, i) => i);
}

/**
 * The places of the words that ask again about the last subject: its context words, doubt, a plea, or (in a message
 * checking what was said) the words of whom its reply sends the citizen to; none if no such word.
 */
function again(m: Reading, { context, echo, named, theme }: Pick<Subject, 'context' | 'echo' | 'named' | 'theme'>): number[] | undefined {
  // Asking where or how to reach whom the reply sends to ("e onde agenda a Polícia Federal?") asks about it too.
  const confirms = m.tokens.some((w) => CONFIRMING.has(w) || REACHING.has(w)) || IS_BY.test(m.tokens.join(' '));
  const desk = askedAtDesk(m, context);
  const used = m.tokens.flatMap((w, i) => (context.has(w) || DOUBT.has(w) || (desk && STATE_DESK.has(w)) || (confirms && echo.has(w)) ? [i] : []));
  used.push(...(PLEA.union(m) ?? []));
  used.push(...(BACK_AT.union(m) ?? []));
  used.push(...pointedBack(m, named));
  used.push(...otherBodyDoubted(m));
  used.push(...themeAt(m, theme));
  return used.length > 0 ? [...new Set(used)].sort((a, b) => a - b) : undefined;
}

/** Does the text speak of a subject handled elsewhere at all, whatever else it names? */
export function mentionsElsewhere(text: string, states: OtherStates): boolean {
  const m = readPlain(text);
  const town = placeNameAt(m.tokens);
  return subjects.some((s) => (!s.otherState || betweenStates(states, m.tokens)) && (s.cues.union(m) ?? []).some((i) => !town.has(i)));
}

/** Does the message name another state, or say "another state" as such? */
function betweenStates(states: OtherStates, tokens: readonly string[]): boolean {
  return otherStateAt(states, tokens).size > 0 || BETWEEN_STATES.test(tokens.join(' '));
}
