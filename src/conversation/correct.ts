// Corrections: "na verdade é da moto", "não, a primeira via", "errei, é CNH e não RG". The filler and the
// part said "no" to are dropped; what is left is searched, and the services related to the one in focus
// come first (the citizen is correcting that one, so its neighbours are the likely answer).
import type { Service } from '../catalogue/schema.ts';
import { analyze, words as searchWords, stemOrSelf } from '../search/normalize.ts';
import { editDistance } from '../search/typo.ts';
import { isAsked } from './commands.ts';
import { APOLOGIES, BEFORE_NO, IN_THE_CHAT, INTERJECTIONS, WANT_OPENERS } from './cues.ts';
import { answerField, explainField, fieldsNamed, askField, isValidAnswer, offerLeave } from './form.ts';
import { leaveForAnother, setAside, withOtherStateRead } from './handlers.ts';
import { clean, isGlue, type Reading } from './reading.ts';
import { copy, fold } from './text.ts';
import { SPELT_NUMBERS } from './numbers.ts';
import { namedCount, namesService, namingWordsOf, spokenOfAll, titleStems } from './naming.ts';
import { lossPlace, piousSaid, vocative } from './story.ts';
import { BECAUSE, findTopics, firstListed, focusOf, namesOtherWhole, namingWords, othersDenied, type TopicHit } from './topics.ts';
import { FAMILY } from '../core/people.ts';
import { serviceOf, type TurnBuilder } from './turn.ts';
import { loggedQuery, runSearch, searchOrKnown, showService, WHO_WORDS } from './views.ts';

/**
 * Sounds of hesitation ("hmm", "humm", "ahn", "eee", "ehh"): never what was meant. Not a lone "e": folded, it is "é"
 * (or "and"), which ends the part said "no" to ("não é denúncia de crime, é desmatamento").
 */
const HESITATION = /^(h+u*m+|u*m+|ah+n*|ee+h*|eh+|a+h+|hu+m+)$/;
/** Hedges around what was meant ("acho q eu perdi msm"): how sure the citizen is, not what they meant. */
const HEDGES: ReadonlySet<string> = new Set(['acho', 'mesmo', 'talvez', 'provavelmente']);

/** Verbs of knowing that a "não"/"nem" before them turns into doubt ("nem sei se tenho multa"), not a denial. */
const UNSURE: ReadonlySet<string> = new Set(['sei', 'lembro']);

/** Verbs of having or having done, which "ainda não" before them turns into a lack ("ainda não tenho o cadastro"). */
const LACKING: ReadonlySet<string> = new Set(['tenho', 'tem', 'temos', 'possuo', 'fiz', 'tirei', 'fizemos']);

/** Adverbs of order that end a clause ("quero consultar primeiro"), not "primeiro" of a first issue. */
const ORDER_ADVERBS: ReadonlySet<string> = new Set(['primeiro', 'antes']);
/** Words before "primeiro" that make it a noun's ("o primeiro", "meu primeiro"): then it is kept. */
const DETERMINERS: ReadonlySet<string> = new Set(['o', 'a', 'um', 'uma', 'meu', 'minha', 'seu', 'sua', 'do', 'da', 'no', 'na', 'pelo', 'pela', 'pro', 'pra']);

/** Words that end the part said "no" to ("não RG, é CNH": the comma and "é" end it). */
const ENDS_NEGATION = new Set(['e', 'mas', 'sim', 'era', 'quero', 'queria', 'seria', 'eh']);

/**
 * The words the citizen meant, from the tokens the cue left: a leading standalone "não," is dropped,
 * and so is each "não X" stretch (up to "e", "mas", "é"…, once it has named something).
 */
export function correctionWords(m: Reading, used: readonly number[], story: readonly number[] = []): string[] {
  // "acho que perdi na rodoviária": where it happened is the story, not what is meant.
  // "ele está vivo, graças a Deus, e quer doar a casa": an exclamation of faith is no part of what is meant.
  // "Não, minha filha, é a carteira de motorista": the one spoken to is no part of what is meant (round 6061).
  const skip = new Set([...used, ...lossPlace(m), ...piousSaid(m), ...vocative(m), ...story]);
  // "consultar eu ja consultei, oq eu quero é recorrer": what comes after "o que eu quero é" is all that is meant.
  const wants = m.tokens.findIndex((w, i) => WANT_OPENERS.has(w) && skip.has(i) && skip.has(i + 1) && (m.tokens[i + 1] === 'e' || m.tokens[i + 1] === 'era'));
  if (wants >= 0) for (let i = 0; i < wants; i++) skip.add(i);
  // A "não" just before the cue ("não, pera…", "nao pera, é a da cnh") answers the bot; it negates nothing.
  // So does one right before an apology ("nao desculpa, escrevi errado, quero fechar…").
  m.tokens.forEach((w, i) => {
    if ((w === 'nao' || w === 'nn') && (skip.has(i + 1) || SORRY.has(m.tokens[i + 1] ?? ''))) skip.add(i);
  });
  // "não é isso não": after a cue that says "não" itself, the "não" right after it closes it (the Brazilian double
  // negative); it negates nothing. After "errei", a "não" opens a denial ("errei, não perdi não").
  const cueSaysNo = used.some((i) => m.tokens[i] === 'nao');
  m.tokens.forEach((w, i) => {
    if (cueSaysNo && (w === 'nao' || w === 'nn') && skip.has(i - 1) && !skip.has(i)) skip.add(i);
  });
  // Apologies around the correction ("desculpa, na verdade…") say nothing about what was meant. A pause after
  // something named ends the part said "no" to ("não foi furto, foi golpe no pix"): marked by an empty token.
  // A word left out keeps its pause ("não é sucata não, quis dizer o carro…": the closing "não" before the cue is left
  // out, and the comma after it still ends the denial).
  const tokens = m.tokens.flatMap((w, i) => (skip.has(i) || APOLOGIES.has(w) || HEDGES.has(w) || HESITATION.test(w) ? (m.pauses?.has(i) ? [''] : []) : m.pauses?.has(i) ? [w, ''] : [w]));
  while (tokens[0] === '') tokens.shift();
  // "não, a primeira via": a "não" followed by a pause answers the bot; it does not negate what follows.
  // So after an apology or interjection before it ("ops nao, e do posto de saude…", round 4984).
  if (NO_ANSWERING.test(clean(m.text)) && (tokens[0] === 'nao' || tokens[0] === 'nn' || tokens[0] === 'n')) tokens.shift();
  const kept: string[] = [];
  let negated = false;
  let namedSince = false;
  // "ninguem levou nada nao, …, quando voltei nao tava mais, foi perda mesmo": a denial that said something (though it
  // named nothing: "tava mais") ends at its pause; only a bare "não," runs on ("não não, é a cnh").
  let saidSince = false;
  for (const [i, tok] of tokens.entries()) {
    // "eu nem sei se tenho multa", "não sei se perdi": doubt about the thing, not its denial; the thing is still meant.
    if ((tok === 'nao' || tok === 'nem') && UNSURE.has(tokens[i + 1] ?? '')) continue;
    // "ainda não tenho cadastro de visitante, preciso fazer primeiro": not having it yet is needing it; the thing is meant.
    if (tok === 'nao' && LACKING.has(tokens[i + 1] ?? '') && (tokens[i - 1] === 'ainda' || tokens[i + 2] === 'ainda')) continue;
    if (LACKING.has(tok) && tokens[i - 1] === 'nao' && (tokens[i - 2] === 'ainda' || tokens[i + 1] === 'ainda')) continue;
    if (UNSURE.has(tok) && (tokens[i - 1] === 'nao' || tokens[i - 1] === 'nem')) continue;
    // "quero consultar primeiro", "ver isso antes": an adverb of order ending the clause says when, not a first issue.
    if (ORDER_ADVERBS.has(tok) && (tokens[i + 1] ?? '') === '' && !DETERMINERS.has(tokens[i - 1] ?? '')) continue;
    if (tok === 'nao' || tok === 'nem' || tok === 'ninguem') {
      // "não perdi não": the second "não" closes the same denial, it does not open a new one.
      if (!(negated && namedSince)) namedSince = false;
      if (!negated) saidSince = false;
      negated = true;
      continue;
    }
    if (tok === '') {
      if (negated && (namedSince || saidSince)) negated = false;
      continue;
    }
    if (negated) {
      saidSince = true;
      if (ENDS_NEGATION.has(tok) && namedSince) negated = false;
      else if (searchWords(tok).length > 0) namedSince = true;
      continue;
    }
    // "queria a visita por video chamada pq moro longe": once something is named, the reason after "pq" is why, not what.
    if (BECAUSE.has(tok) && searchWords(kept.join(' ')).length > 0) break;
    kept.push(tok);
  }
  return searchWords(kept.filter((w) => w !== '').join(' '));
}

/** The service the clause right after the correction cue clearly finds and names, when a pause follows that clause. */
function firstClause(t: TurnBuilder, m: Reading, used: readonly number[]): string | undefined {
  const from = Math.max(-1, ...used) + 1;
  const end = [...(m.pauses ?? [])].filter((p) => p >= from).sort((a, b) => a - b)[0];
  if (end === undefined || end === m.tokens.length - 1) return undefined;
  const words = searchWords(m.tokens.slice(from, end + 1).join(' '));
  if (words.length < 2) return undefined;
  const result = t.ctx.search.search(words.join(' '), 3);
  const top = serviceOf(t.ctx, result.hits[0]?.id ?? '');
  return result.clear && top && namesService(t.ctx, top, words) ? top.id : undefined;
}

/**
 * "ops, fechar, não abrir kkk" on opening a company: the words the message denies alone find the service in focus
 * first; the citizen says "not this one", whatever laughter or apology comes with it.
 */
export function deniesFocus(t: TurnBuilder, m: Reading): boolean {
  const focus = focusOf(t);
  const denied = focus ? deniedWords(m) : [];
  if (!focus || denied.length === 0) return false;
  return t.ctx.search.search(denied.join(' '), 2).hits[0]?.id === focus.id;
}

/** The words a message denies ("ninguém *roubou*", "não foi *furto*", "nem *era eu*"), each up to the next pause. */
export function deniedWords(m: Reading): string[] {
  const out: string[] = [];
  let negated = false;
  m.tokens.forEach((w, i) => {
    if (w === 'nao' || w === 'nn' || w === 'ninguem' || w === 'nem') negated = true;
    else if (negated) out.push(w);
    if (m.pauses?.has(i)) negated = false;
  });
  return searchWords(out.join(' '));
}

/**
 * When the words a correction denies do not name the service in focus (they tell what happened: "nem era eu
 * dirigindo"), the service the whole message (its cue left out) clearly finds, when a neighbour of the focus (related,
 * or of its category).
 */
function toldWhole(t: TurnBuilder, m: Reading, used: readonly number[], focus: Service): string | undefined {
  const denied = deniedWords(m);
  if (denied.length === 0 || namesService(t.ctx, focus, denied)) return undefined;
  const skip = new Set(used);
  const whole = searchWords(m.tokens.filter((w, i) => !skip.has(i) && !APOLOGIES.has(w)).join(' '));
  return clearNeighbour(t, whole.join(' '), focus, true);
}

/**
 * Of the focus's related services, the only one whose card speaks of every new thing the correction names (its words
 * in some service's names that the focus's card does not speak of, people aside), when the correction also holds, said
 * or denied, a word the focus's card speaks of and that names something (the act or thing corrected); else undefined.
 */
function kinForThing(t: TurnBuilder, focus: Service, m: Reading, meant: readonly string[], leapt: Service | undefined): string | undefined {
  const words = meant.filter((w) => !WHO_WORDS.has(w));
  const fresh = namingWordsOf(t.ctx, words).filter((w) => !spokenOfAll(t.ctx, focus, [w]));
  if (fresh.length === 0) return undefined;
  const kept = namingWordsOf(t.ctx, [...words, ...deniedWords(m)].filter((w) => !WHO_WORDS.has(w))).filter((w) => spokenOfAll(t.ctx, focus, [w]));
  // Not when the service the thing finds alone speaks of what is kept too ("nao e o rg que perdi nao, foi o celular que
  // furtaram": the theft report speaks of the RG): that service takes the correction whole.
  if (kept.length === 0 || (leapt !== undefined && kept.some((w) => spokenOfAll(t.ctx, leapt, [w])))) return undefined;
  const kin = focus.related.flatMap((id) => serviceOf(t.ctx, id) ?? []).filter((r) => spokenOfAll(t.ctx, r, fresh));
  return kin.length === 1 ? kin[0]?.id : undefined;
}

/**
 * The service a search clearly finds first, when it is not the focus and is one of its related services (or, with
 * `sameCategory`, of its category too).
 */
function clearNeighbour(t: TurnBuilder, query: string, focus: Service, sameCategory: boolean): string | undefined {
  const found = t.ctx.search.search(query, 3);
  const top = serviceOf(t.ctx, found.hits[0]?.id ?? '');
  const near = top !== undefined && top.id !== focus.id && (focus.related.includes(top.id) || (sameCategory && top.category === focus.category));
  return found.clear && near ? top.id : undefined;
}

/**
 * The service found clearly by the correction read with the focus's title less the words of it the message denies
 * ("não é a *primeira*" drops the "1ª" of "Carteira de Identidade Nacional (CIN) – 1ª via"), when it is not the focus
 * and is one of the focus's related services. Undefined when nothing of the title is denied.
 */
function withoutDenied(t: TurnBuilder, focus: Service, m: Reading, query: string): string | undefined {
  const denied = new Set(analyze(deniedWords(m).join(' ')));
  const title = focus.title.split(/\s+/);
  const kept = title.filter((w) => !analyze(w).some((x) => denied.has(x)));
  if (kept.length === title.length) return undefined;
  return clearNeighbour(t, `${query} ${kept.join(' ')}`, focus, false);
}

/**
 * When the message denies what the focus's card speaks of ("ela não foi *perdida*" on the CNH's 2nd copy), the first
 * clause after the denial whose naming words (the story's other words out: "reparei", "março") find first one of the
 * focus's related services, ahead of the focus ("venceu" finds the renewal); undefined otherwise.
 */
function caseAfterDenial(t: TurnBuilder, focus: Service, m: Reading): string | undefined {
  const denied = namingWordsOf(t.ctx, deniedWords(m));
  if (denied.length === 0 || !spokenOfAll(t.ctx, focus, denied)) return undefined;
  const firstNo = m.tokens.findIndex((w) => w === 'nao' || w === 'ninguem' || w === 'nem');
  const ends = [...(m.pauses ?? [])].filter((p) => p > firstNo).sort((a, b) => a - b);
  for (const [k, end] of ends.entries()) {
    const clause = m.tokens.slice(end + 1, (ends[k + 1] ?? m.tokens.length - 1) + 1);
    if (clause.some((w) => w === 'nao' || w === 'ninguem' || w === 'nem')) continue;
    const words = namingWordsOf(t.ctx, searchedWords(clause));
    if (words.length === 0) continue;
    const ids = t.ctx.search.search(words.join(' '), 3).hits.map((h) => h.id);
    const top = ids[0];
    if (top !== undefined && top !== focus.id && focus.related.includes(top)) return top;
  }
  return undefined;
}

/** Texting spellings of "mesmo" ("msm", "mermo"), an aside like the word itself. */
const MESMO: ReadonlySet<string> = new Set(['msm', 'mermo', 'memo',
  // "quero apenas imprimir o boletim": words of "only" limit what is wanted; they name nothing.
  'apenas', 'somente', 'soh',
]);

/**
 * The service the message's last clause clearly names, when that clause opens with "quero" and it is not `not`.
 * `after` (the correction cue's last place): without a pause, the last "quero" said past the cue once a story is told
 * between them ("aliás é pra mim mesmo q parei na 7 serie quero terminar os estudos").
 */
function wantedClause(t: TurnBuilder, m: Reading, not: string, after?: number, named = false): string | undefined {
  const wants = after === undefined ? [] : m.tokens.flatMap((w, i) => (i > after + 1 && i < m.tokens.length - 1 && WANT_OPENERS.has(w) ? [i] : []));
  const lastWant = wants[wants.length - 1] ?? -1;
  const told = lastWant >= 0 && m.tokens.slice((after ?? 0) + 1, lastWant).filter((w) => !isGlue(w)).length >= 2;
  // The last clause that opens with the wish, not only the very last clause: "…, acabou mes passado. agora eu quero é
  // arrumar um emprego mesmo, com carteira assinada" (a detail of the wish may follow it after a pause).
  const pauses = told ? [lastWant - 1] : [...(m.pauses ?? [])].filter((p) => p < m.tokens.length - 2).sort((a, b) => b - a);
  const opened = (p: number): number => {
    // "…, *só* quero o licenciamento do ano", "…, *eu* quero fechar": words that limit the wish may open the clause.
    let at = p;
    while (at >= 0 && ONLY_WORDS.has(m.tokens[at + 1] ?? '')) at++;
    return at;
  };
  const paused = pauses.find((p) => WANT_OPENERS.has(m.tokens[opened(p) + 1] ?? '')) ?? -1;
  const pause = opened(paused);
  if (paused < 0) return undefined;
  // "quero so ver vaga de emprego msm": the glue and asides around what is wanted are not searched.
  const wanted = searchedWords(m.tokens.slice(pause + 2));
  const result = t.ctx.search.search(wanted.join(' '), 3);
  const top = result.hits[0]?.id;
  // `named`: the service found must be one the clause's words name (its title, a popular name), not one they brush.
  // Two words at least, an adverb of order aside ("quero consultar antes" says when, and one verb names no service clearly).
  const s = named && top !== undefined ? serviceOf(t.ctx, top) : undefined;
  if (named && (s === undefined || wanted.filter((w) => !ORDER_ADVERBS.has(w)).length < 2 || !namesService(t.ctx, s, wanted))) return undefined;
  // "nao é multa nao, quero o ipva dessa placa": the search hesitates between the IPVA and the vehicle's records (which
  // speak of IPVA and plates), but the clause names only the first by its name: that one is meant.
  const onlyNamed = named && s !== undefined && namedByThing(t, s, wanted) && othersUnnamed(t, result.hits, wanted);
  return (result.clear || onlyNamed) && top !== undefined && top !== not ? top : undefined;
}

/** A clause's words as searched: the glue and asides ("só", "mesmo", "msm", "uai") out, since a search must find every word it is given. */
function searchedWords(tokens: readonly string[]): string[] {
  return tokens.filter((w) => !isGlue(w) && !INTERJECTIONS.has(w) && !MESMO.has(w));
}

/** Named by a thing, not by an act ("preciso renovar o cadastro" names no renewal of a licence): the words, infinitives aside, name `s`. */
function namedByThing(t: TurnBuilder, s: Service, words: readonly string[]): boolean {
  return namesService(t.ctx, s, words.filter((w) => !INFINITIVE.test(w)));
}

/** No service the search found after the first is named by the words: though the search hesitates, the first is meant. */
function othersUnnamed(t: TurnBuilder, hits: readonly { id: string }[], words: readonly string[]): boolean {
  return hits.slice(1).every((h) => {
    const o = serviceOf(t.ctx, h.id);
    return o === undefined || !namesService(t.ctx, o, words);
  });
}

/** The verb of a cleft sentence ("o que eu paguei *foi* o licenciamento", "o que eu quero *é* a CNH"). */
const CLEFT_VERBS: ReadonlySet<string> = new Set(['foi', 'era', 'e', 'eh']);

/**
 * "o q eu paguei foi o licenciamento", "o que eu perdi era a CNH": after "que" and a verb, "foi/era/é" opens the thing
 * meant; the service those words find first, when it is not `not` and they name it by a thing (not an act), and no other
 * service found is named by them.
 */
function cleftClause(t: TurnBuilder, m: Reading, not: string): string | undefined {
  const toks = m.tokens;
  const at = toks.findIndex((w, i) => i >= 2 && i < toks.length - 1 && CLEFT_VERBS.has(w) && toks.slice(Math.max(0, i - 4), i - 1).some((x) => x === 'que' || x === 'q'));
  if (at < 0) return undefined;
  const words = searchedWords(toks.slice(at + 1));
  if (words.every((w) => INFINITIVE.test(w))) return undefined;
  const result = t.ctx.search.search(words.join(' '), 3);
  const top = result.hits[0]?.id;
  const s = top === undefined || top === not ? undefined : serviceOf(t.ctx, top);
  if (s === undefined || !namedByThing(t, s, words)) return undefined;
  return result.clear || othersUnnamed(t, result.hits, words) ? s.id : undefined;
}

/** A verb's infinitive ("renovar", "fazer", "tirar"). */
const INFINITIVE = /(?:ar|er|ir)$/;

/** Words of asking pardon ("não *desculpa*, …"); not "foi mal", whose "foi" a denial may take ("não foi furto"). */
const SORRY: ReadonlySet<string> = new Set(['desculpa', 'desculpe', 'perdao', 'sorry']);

/** Words before a wish that limit it ("*só* quero", "*eu* queria", "*agora* preciso"). */
const ONLY_WORDS: ReadonlySet<string> = new Set(['so', 'apenas', 'somente', 'eu', 'agora', 'mas', 'entao']);

/**
 * "ele e brasileiro mas a carteira e de outro estado, de sp": in a correction, what follows the last "mas" is what is
 * the case; the service it finds first, when not `not`, of `not`'s category and named by its words (another state's
 * letters after "de" read as "outro estado", as the search reads a state's name).
 */
function contrastClause(t: TurnBuilder, m: Reading, not: string): string | undefined {
  const but = m.tokens.lastIndexOf('mas');
  if (but < 0) return undefined;
  const words = withOtherStateRead(t.ctx.catalogue.otherStates, m.tokens)
    .slice(but + 1)
    .filter((w) => !isGlue(w) && !INTERJECTIONS.has(w) && !MESMO.has(w));
  if (searchWords(words.join(' ')).length < 2) return undefined;
  const top = serviceOf(t.ctx, t.ctx.search.search(words.join(' '), 3).hits[0]?.id ?? '');
  // Of the same category as the card corrected: the clause read alone has lost what it is about ("ja renovei mas perdi
  // a carteira" on the renewal is the CNH's 2nd copy, not the loss report "perdi a carteira" finds alone).
  const same = top !== undefined && top.category === serviceOf(t.ctx, not)?.category;
  return top !== undefined && same && top.id !== not && namesService(t.ctx, top, words) ? top.id : undefined;
}

/** Words that open what an "é" says a thing is ("é *da* identidade", "é *a* de água", "é *só* pra renovar"). */
const AFFIRMED_OPENERS: ReadonlySet<string> = new Set(['a', 'o', 'da', 'do', 'de', 'pra', 'pro', 'para', 'so']);
/** Most words a denied thing takes between its "não é" and the "é" that says what is meant. */
const MAX_DENIED = 8;

/**
 * "não é da cnh é da identidade", "nao é matricula nova nao, é só pra renovar": a "não … é X" and then "é Y": the
 * service Y names, of the focus's category, other than the focus: Y alone when it finds it clearly, else the focus's
 * title with X's words left out and Y's put in.
 */
function affirmedAfterDenial(t: TurnBuilder, focus: Service, m: Reading): string | undefined {
  const no = m.tokens.findIndex((w) => w === 'nao' || w === 'nn' || w === 'n');
  if (no < 0) return undefined;
  const isCopula = (w: string | undefined): boolean => w === 'e' || w === 'eh' || w === 'era';
  const first = m.tokens.findIndex((w, i) => i > no && isCopula(w));
  if (first < 0) return undefined;
  const second = m.tokens.findIndex((w, i) => i > first + 1 && i - first - 1 <= MAX_DENIED && isCopula(w) && AFFIRMED_OPENERS.has(m.tokens[i + 1] ?? ''));
  if (second < 0) return undefined;
  const denied = new Set(analyze(m.tokens.slice(first + 1, second).join(' ')));
  const said = m.tokens.slice(second + 1).filter((w) => !isGlue(w) && !INTERJECTIONS.has(w) && !MESMO.has(w));
  if (said.length === 0 || denied.size === 0) return undefined;
  // "não é do carro, é da moto" on the IPVA: what is said opens with a qualifier and the card in view speaks of it (the
  // IPVA is a motorbike's too): a detail of the same service, which stays (as isDetail), round 4403.
  // Not when the thing is in another service's title ("não é do sus, é do ipsemg", "não é da cnh, é da identidade").
  const alone = t.ctx.search.search(said.join(' '), 5);
  const saidStems = said.flatMap((w) => analyze(w));
  const namedElse = alone.hits.slice(0, 3).some((h) => { const s = serviceOf(t.ctx, h.id); const title = s === undefined ? undefined : titleStems(s); return s !== undefined && s.id !== focus.id && title !== undefined && saidStems.some((x) => title.has(x)); });
  if (QUALIFIERS.has(m.tokens[second + 1] ?? '') && !namedElse && spokenOfAll(t.ctx, focus, said)) return focus.id;
  const fits = (id: string | undefined): id is string => id !== undefined && id !== focus.id && serviceOf(t.ctx, id)?.category === focus.category;
  if (alone.clear && fits(alone.hits[0]?.id)) return alone.hits[0]?.id;
  // "é da carteira de motorista" on the identity card's 2nd copy: of those Y finds, the one whose title shares most of
  // the focus's title beyond what is denied and said (the act kept: "2ª via").
  const shared = titleSharing(t, focus, [...said, ...denied]);
  const scored = alone.hits.filter((h) => h.id !== focus.id).map((h) => ({ id: h.id, n: shared(h.id) }));
  const best = Math.max(0, ...scored.map((x) => x.n));
  const top = scored.filter((x) => x.n === best);
  return best > 0 && top.length === 1 ? top[0]?.id : undefined;
}

/**
 * The one service found, other than the focus, that an act said as a purpose names ("é *pra denunciar* o fazendeiro"):
 * "pra/para" and an infinitive whose word names that service and not the focus; else undefined (round 4983).
 */
function purposeNamed(t: TurnBuilder, focus: Service, m: Reading, ids: readonly string[]): string | undefined {
  const acts = m.tokens.flatMap((w, i) => ((w === 'para' || w === 'pra') && INFINITIVE.test(m.tokens[i + 1] ?? '') ? [m.tokens[i + 1] ?? ''] : []));
  for (const act of acts) {
    if (namesService(t.ctx, focus, [act])) continue;
    // In the title itself ("denunciar" in "Denúncia ambiental"), not by a synonym ("dirigir" is said of the driver named).
    const stem = stemOrSelf(act);
    const named = ids.filter((id) => id !== focus.id).filter((id) => { const s = serviceOf(t.ctx, id); return s !== undefined && titleStems(s).has(stem); });
    if (named.length === 1) return named[0];
  }
  return undefined;
}

/** "não," opening the message, maybe after apologies and interjections ("ops nao, …"): it answers the bot. */
const NO_ANSWERING = new RegExp(`^\\s*(?:(?:${BEFORE_NO.join('|')})[\\s,!.]+)*(?:n[aã]o|nn|n)\\s*[,.!;:-]`, 'i');

/** Prepositions that open a qualifier ("da moto", "pro meu filho"), not a service's name. */
const QUALIFIERS = new Set(['de', 'da', 'do', 'das', 'dos', 'pra', 'pro', 'pras', 'pros', 'para', 'no', 'na', 'nos', 'nas', 'com', 'sem']);
/** Words that may come between the correction cue and what it says ("na verdade é da moto"). */
const COPULA = new Set(['e', 'eh', 'era', 'foi', 'seria', 'sim']);

/** The correction qualifies what was asked: its first word after the cue (and "é") is a preposition. */
function isDetail(m: Reading, used: readonly number[]): boolean {
  const skip = new Set(used);
  const rest = m.tokens.filter((_, i) => !skip.has(i));
  const first = rest.find((w) => !COPULA.has(w));
  return first !== undefined && QUALIFIERS.has(first);
}

/**
 * The words of a detail's first clause ("na verdade é da *moto*, o carro ta em dia"): after the cue, "é" and the
 * preposition, up to the first pause; empty when the correction is no detail.
 */
function detailWords(m: Reading, used: readonly number[]): string[] {
  if (!isDetail(m, used)) return [];
  const last = Math.max(...used);
  const end = [...(m.pauses ?? [])].filter((p) => p > last).reduce((a, b) => Math.min(a, b), m.tokens.length - 1);
  return searchWords(m.tokens.slice(last + 1, end + 1).filter((w) => !COPULA.has(w) && !QUALIFIERS.has(w) && !isGlue(w)).join(' '));
}

/**
 * A detail the focus's card speaks of that names none of the services found, or names so many of them that it names
 * no one ("na verdade é da moto" on the IPVA's instalments: the card speaks of the vehicle, of which a motorbike is
 * one, and "moto" names every vehicle service alike): the focus still fits it. Not "é da identidade" or "é do rg" on
 * the CNH's copy: they name the identity card's two services.
 */
function detailOfFocus(t: TurnBuilder, focus: Service, m: Reading, used: readonly number[], ids: readonly string[]): boolean {
  const words = detailWords(m, used);
  if (words.length === 0 || !spokenOfAll(t.ctx, focus, words)) return false;
  const named = ids.filter((id) => {
    const s = serviceOf(t.ctx, id);
    return s !== undefined && namesService(t.ctx, s, words);
  });
  return named.length === 0 || named.length > MANY_NAMED;
}

/** Most words a name of the focus said in a correction may have ("a carteira de motorista"); more tell a story. */
const NAME_WORDS_MAX = 3;

/**
 * The correction's meant words are a name of the focus by a phrase, all spoken of by its card, naming it as much as the
 * service found first ("carteira de motorista": every CNH card alike; "carteirinha de visitante" names the visitor
 * registration more than the virtual visit), and another thing, not the focus, is denied.
 */
function focusNamed(t: TurnBuilder, focus: Service, m: Reading, meant: readonly string[], first: Service | undefined): boolean {
  if (meant.length === 0 || meant.length > NAME_WORDS_MAX || !spokenOfAll(t.ctx, focus, meant)) return false;
  if (!namesService(t.ctx, focus, meant, true)) return false;
  if (first !== undefined && first.id !== focus.id && namedCount(t.ctx, first, meant) > namedCount(t.ctx, focus, meant)) return false;
  // Only with another thing denied beside it ("é a carteira de motorista, *não a identidade*"): said alone, a name of the
  // focus may be the thing kept while another is meant ("foi o rg q eu perdi, *a cnh ta aqui*"), merge review.
  const denied = deniedWords(m);
  return denied.length > 0 && !namesService(t.ctx, focus, denied);
}

/**
 * "na verdade quero fechar, ta dando prejuizo" on opening a company: a word the search does not know ("prejuizo") makes
 * it find nothing; when it did, the words it knows are read alone ("fechar"), if any were left out (round 3666).
 */
function knownOnly(t: TurnBuilder, meant: readonly string[], found: ReturnType<TurnBuilder['ctx']['search']['search']>): ReturnType<TurnBuilder['ctx']['search']['search']> {
  if (found.hits.length > 0) return found;
  const known = meant.filter((w) => t.ctx.search.knows(w));
  return known.length > 0 && known.length < meant.length ? t.ctx.search.search(known.join(' '), 8) : found;
}

/** More services than this named by one detail: it names none of them in particular. */
const MANY_NAMED = 2;

/** Cues that say "no" to the service in focus ("não é isso", "era outro"), not only correct a word. */
const REJECTIONS = ['nao e isso', 'nao era isso', 'nao e esse', 'nao e essa', 'nao era esse', 'nao era essa', 'era outro', 'era outra', 'outra coisa', 'outro servico', 'outra opcao', 'nao e bem isso', 'nao era bem isso'];

/** The cue said "no" to the service in focus. */
function rejects(m: Reading, used: readonly number[]): boolean {
  const cue = used.map((i) => m.tokens[i] ?? '').join(' ');
  return REJECTIONS.some((r) => cue.includes(r));
}

/**
 * How many stems of the focus's title a service's title shares, beyond the correction's own words: the focus's
 * stems and the words said are read once per correction, each candidate's title once.
 */
function titleSharing(t: TurnBuilder, focus: Service, meant: readonly string[]): (id: string) => number {
  const said = new Set(meant.flatMap((w) => analyze(w)));
  const mine = [...titleStems(focus)].filter((x) => !said.has(x));
  return (id) => {
    const s = serviceOf(t.ctx, id);
    const theirs = s ? titleStems(s) : new Set<string>();
    return mine.filter((x) => theirs.has(x)).length;
  };
}

/**
 * Of the services a correction found, the one of the same kind as the focus: its title shares the most stems
 * with the focus's title beyond the correction's own words ("2ª via" of the CNH for "a da cnh" on the RG's 2nd
 * copy); none when no title shares any, or two share as many, or the correction is more than two words.
 */
function sameKind(focus: Service, ids: readonly string[], meant: readonly string[], shared: (id: string) => number): string | undefined {
  // Only a short correction swaps one thing for another; a longer one says in full what was meant.
  if (meant.length > 2) return undefined;
  const scored = ids.filter((id) => id !== focus.id).map((id) => ({ id, n: shared(id) }));
  const best = Math.max(0, ...scored.map((x) => x.n));
  const top = scored.filter((x) => x.n === best);
  return best > 0 && top.length === 1 ? top[0]?.id : undefined;
}

/**
 * "é a carteira de identidade dela, não a de motorista" on the CNH's 2nd copy: the thing swapped, the act kept. Of the
 * services the correction finds (the first three), the one of the same kind as the focus (its title shares the most
 * with the focus's, beyond the words said: the identity card's 2nd copy), when the correction names it as well as the
 * one found first and shares two title stems with the focus at least; undefined when that is the one found first, or
 * nothing is in focus.
 */
function kinOfClear(t: TurnBuilder, focus: Service | undefined, ids: readonly string[], meant: readonly string[]): string | undefined {
  if (focus === undefined) return undefined;
  const found = ids.slice(0, 3);
  const shared = titleSharing(t, focus, meant);
  const kind = sameKind(focus, found, meant, shared);
  const s = kind === undefined || kind === found[0] ? undefined : serviceOf(t.ctx, kind);
  return s !== undefined && shared(s.id) >= KIND_SHARED && shared(s.id) > shared(found[0] ?? '') && namesService(t.ctx, s, meant) ? s.id : undefined;
}

/** Title stems a service must share with the focus to be of its kind over a clear find: an act of two words ("2ª via"), not one stray word ("veículo"). */
const KIND_SHARED = 2;

/** The request with one of its words replaced by a one-word fix that is a typo or two away from it ("cnj" → "cnh"). */
function fixedQuery(query: string, meant: readonly string[]): string | undefined {
  const fix = meant.length === 1 ? meant[0] : undefined;
  if (fix === undefined) return undefined;
  const words = fold(query).split(' ');
  const at = words.findIndex((w) => w !== fix && w.length >= 2 && editDistance(w, fix, 2) <= (fix.length >= 5 ? 2 : 1));
  return at < 0 ? undefined : words.map((w, i) => (i === at ? fix : w)).join(' ');
}

/** An answer and its correction in one message ("Sabara, *digo*, Santa Luzia", "Maria, *quer dizer*, Mariana"). */
const SELF_CORRECTION = /\S[\s,;]+(digo|quer dizer|ou melhor|melhor dizendo|alias|aliás)\b/i;
const SELF_CORRECTION_SPLIT = /[\s,;]+(?:digo|quer dizer|ou melhor|melhor dizendo|alias|aliás)\b[\s,;:]*/i;

/**
 * "pera, dá pra ver meus pontos da cnh por aqui?" in a form: whether the other thing is done here, in the chat, asks
 * whether it is done online; the words of the chat are the topic's.
 */
function doneHereAsked(m: Reading): TopicHit | undefined {
  const chat = IN_THE_CHAT.exec(m.tokens.join(' '));
  if (!chat || !isAsked(m.text)) return undefined;
  const from = m.tokens.join(' ').slice(0, chat.index).split(' ').filter((w) => w !== '').length;
  const size = chat[0].split(' ').length;
  return { topics: ['online'], used: m.tokens.map((_, i) => i).slice(from, from + size), strong: true };
}

/** Words opening a clause that tells the citizen's situation ("*moro* longe", "*tenho* problema na perna", "*to* sem carro"). */
const SITUATION_OPENERS: ReadonlySet<string> = new Set(['moro', 'tenho', 'to', 'tou', 'estou', 'sou', 'trabalho', 'fico', 'ando']);

/**
 * "na verdade queria falar com ele por vídeo, *moro longe e tenho problema na perna*": after the first clause, the
 * clauses that open with the citizen's situation are why, not what is meant; their places (read apart only when the
 * rest finds a service clearly, see `correct`).
 */
function situationTold(m: Reading): number[] {
  const pauses = [...(m.pauses ?? [])].sort((a, b) => a - b);
  const first = pauses[0];
  if (first === undefined || !SITUATION_OPENERS.has(m.tokens[first + 1] ?? '')) return [];
  return m.tokens.flatMap((_, i) => (i > first ? [i] : []));
}

/**
 * "não, é a cnh do meu marido" on the ID's copy: whose the thing is ("do meu marido", "da minha mãe") says for whom, not
 * what; read with it, "marido" pulls the protective measure. The indices of such a phrase (a family word after
 * "do/da meu/minha"), left out when the rest still finds a service clearly (see `correct`).
 */
function ownerTold(m: Reading): number[] {
  return m.tokens.flatMap((w, i) => (FAMILY_WORDS.has(w) && OWNER_OF.has(m.tokens[i - 1] ?? '') && (m.tokens[i - 2] === 'do' || m.tokens[i - 2] === 'da') ? [i - 2, i - 1, i] : []));
}
/** The family's words, as a set. */
const FAMILY_WORDS: ReadonlySet<string> = new Set(FAMILY);
/** "do *meu* marido", "da *minha* mãe". */
const OWNER_OF: ReadonlySet<string> = new Set(['meu', 'minha', 'mew', 'mnha']);

/** Handles a correction: in a form, the field or service meant; elsewhere, a search of what was meant. */
/** Verbs telling a document was lost, taken or spoilt ("ele *perdeu* a carteira", "mas *rasgou*"). */
const GONE_OR_SPOILT: ReadonlySet<string> = new Set([
  'perdi', 'perdeu', 'perdemos', 'perderam', 'roubaram', 'roubou', 'furtaram', 'furtou', 'levaram', 'rasgou', 'rasgada', 'rasgado', 'rasgaram',
  'estragou', 'estragada', 'estragado', 'molhou', 'quebrou', 'sumiu', 'extraviou', 'extraviada', 'danificada', 'danificado',
  // "o cachorro mordeu meu rg", "meu filho rabiscou a cnh", "molhei a identidade", "tá toda apagada" (lead, round 6766).
  'mordeu', 'morderam', 'mordida', 'mordido', 'roeu', 'roeram', 'rabiscou', 'rabiscaram', 'rabiscada', 'rabiscado', 'riscou', 'manchou',
  'manchada', 'manchado', 'queimou', 'queimei', 'queimada', 'queimado', 'desbotou', 'desbotada', 'desbotado', 'amassou', 'amassada',
  'molhei', 'molhada', 'molhado', 'rasguei', 'estraguei', 'estragaram', 'quebrei', 'lavei', 'ilegivel', 'apagada', 'apagado',
]);
/** Words that point at the document the card is about without naming it ("já *tenho*", "*ela* rasgou", "tenho *uma*"). */
const OWN_THING_WORDS: ReadonlySet<string> = new Set(['tenho', 'tinha', 'ela', 'ele', 'uma', 'um', 'dela', 'dele']);
/** Words for the document itself, as citizens say it ("a *carteira*", "o *rg*"). */
const DOCUMENT_WORDS: ReadonlySet<string> = new Set(['carteira', 'cnh', 'habilitacao', 'rg', 'identidade', 'cin', 'documento']);
/** The words for a document that name none in particular. */
const ANY_DOCUMENT: ReadonlySet<string> = new Set(['carteira', 'documento']);
/** Other things lost with it, which make the loss a report's ("a carteira *com os documentos*", "a *bolsa*"). */
const OTHER_THINGS: ReadonlySet<string> = new Set(['documentos', 'bolsa', 'mochila', 'celular', 'tudo', 'todos', 'cartoes', 'cartao', 'dinheiro', 'pertences', 'carro', 'moto']);
/** The stems of the words of a via ("2ª via", "1ª via"), which every copy's title holds. */
const VIA_STEMS: ReadonlySet<string> = new Set(analyze('1ª 2ª 1a 2a primeira segunda via da de do'));
/** A title of a second copy ("2ª via da CNH"). */
const COPY_TITLE = /\b(2ª|2a|segunda) via\b/i;

/**
 * "ele perdeu a carteira" on the CNH's renewal, "ela já tem identidade de Minas, mas rasgou" on the CIN's 1st copy: the
 * document the focus is about, told lost, taken or spoilt, asks for its copy: the one related service whose title is a
 * 2nd copy and that the document's words name (round 3861). Not when other things went with it ("perdi a carteira com
 * os documentos": the loss report).
 */
export function copyOfOwnDocument(t: TurnBuilder, focus: Service, m: Reading, unnamed = false): string | undefined {
  if (COPY_TITLE.test(focus.title) || !m.tokens.some((w) => GONE_OR_SPOILT.has(w)) || m.tokens.some((w) => OTHER_THINGS.has(w))) return undefined;
  const docs = m.tokens.filter((w) => DOCUMENT_WORDS.has(w));
  // `unnamed`: "ja tenho uma mas rasgou" on the 1st copy of the ID: the document is the card's own, said by "já tenho"
  // or a pronoun, not by its name.
  if (docs.length === 0 && !(unnamed && m.tokens.some((w) => OWN_THING_WORDS.has(w)))) return undefined;
  // "a carteira", "o documento" are whatever document the focus is about; a name ("rg", "cnh") must be the copy's.
  const named = docs.filter((w) => !ANY_DOCUMENT.has(w));
  // The copy of the focus's own document: their titles name the same thing ("CNH"), beyond the words of a via.
  const own = new Set([...titleStems(focus)].filter((x) => !VIA_STEMS.has(x)));
  const copies = focus.related.flatMap((id) => serviceOf(t.ctx, id) ?? []).filter((r) => COPY_TITLE.test(r.title) && [...titleStems(r)].some((x) => own.has(x)) && (named.length === 0 || namesService(t.ctx, r, named)));
  return copies.length === 1 ? copies[0]?.id : undefined;
}

/** A value a detail of a request is given in: a number (a year, an age, a count) or a letter named ("a letra O"). */
const VALUE = `(\\d+|letra [a-z]|zero|${SPELT_NUMBERS.join('|')})`;
/** Words that may stand before a value ("em 2020", "de 15", "com zero", "é 2015", "tenho 51"), one or two of them. */
const BEFORE_VALUE = '(?:(?:em|de|do|da|no|na|com|o|a|os|as|pra|para|ate|final|tenho|tem|sao|e|eh|foi|era) ){0,2}';
/** "2020, não em 2019", "a letra O e não zero" (the new value first), "não é 2019, é 2020" (the old one first). Folded text. */
const VALUE_RIGHTED = new RegExp(`\\b${VALUE} (?:e )?(?:nao|n) ${BEFORE_VALUE}${VALUE}\\b|\\b(?:nao|n) ${BEFORE_VALUE}${VALUE} (?:mas )?${BEFORE_VALUE}${VALUE}\\b`);

/**
 * "na verdade o roubo foi em 2020, não em 2019" on the IPVA refund, "corrigindo, o carro é 2015 e não 2012" on the IPVA:
 * a value put right in place of another, every other word one the focus's card speaks of (or none): a detail of the same
 * request, not another service. Not when a value is the focus's title's own ("não é 2, é 1" of a 2nd copy names the
 * service). Gives the new value and the old one.
 */
/** Where a value stands in the thing ("a placa *começa* com a letra O", "o número *termina* em 5"): no word of a service. */
const VALUE_AT: ReadonlySet<string> = new Set(['comeca', 'comecam', 'termina', 'terminam', 'acaba', 'acabam', 'inicia', 'letra', 'numero', 'digito']);
/** The text sets one value right in place of another (VALUE_RIGHTED): "a letra O e não zero", "não é 2019, é 2020". */
export function valueSetRight(text: string): boolean {
  return VALUE_RIGHTED.test(fold(text));
}

function valueRighted(t: TurnBuilder, focus: Service, m: Reading, meant: readonly string[]): { now: string; was: string } | undefined {
  const hit = VALUE_RIGHTED.exec(fold(m.text));
  if (!hit) return undefined;
  const [now, was] = hit[1] !== undefined ? [hit[1], hit[2] ?? ''] : [hit[4] ?? '', hit[3] ?? ''];
  if (now === was) return undefined;
  const title = new Set(searchWords(`${focus.title} ${focus.popularNames.join(' ')}`));
  if ([now, was].some((v) => title.has(v))) return undefined;
  const values = new Set([...now.split(' '), ...was.split(' ')]);
  const rest = meant.filter((w) => !values.has(w) && !/^\d/.test(w) && w !== 'nao' && w !== 'n' && !isGlue(w) && !WANT_OPENERS.has(w) && !VALUE_AT.has(w));
  return spokenOfAll(t.ctx, focus, rest) ? { now, was } : undefined;
}

export function correct(t: TurnBuilder, m: Reading, used: readonly number[]): void {
  // "eu que vendi, o comprador até agora não passou pro nome dele…": what someone else did not do is the story, not what
  // is meant, when the words left without it still find a service clearly.
  const story = [...othersDenied(m), ...situationTold(m)];
  const lessStory = story.length > 0 ? correctionWords(m, used, story) : [];
  // Whose it is ("do meu marido") is left out whenever the rest still finds something.
  const owners = ownerTold(m);
  const lessOwner = owners.length > 0 ? correctionWords(m, used, [...story, ...owners]) : [];
  const meant =
    lessStory.length > 0 && t.ctx.search.search(lessStory.join(' '), 2).clear
      ? lessStory
      : lessOwner.length > 0 && t.ctx.search.search(lessOwner.join(' '), 2).hits.length > 0
        ? lessOwner
        : correctionWords(m, used);
  const view = t.state.view;
  if (view.at === 'form') {
    const s = serviceOf(t.ctx, view.serviceId);
    const form = s?.form;
    if (!s || !form) return;
    // "Sabara, digo, Santa Luzia": an answer corrected as it is given; what follows the last word of self-correction
    // answers the field asked, when it is a valid answer (outside free text, where it may be part of an account).
    const asked = form.fields[view.field];
    const own = SELF_CORRECTION.exec(m.text) ? m.text.split(SELF_CORRECTION_SPLIT).pop()?.trim() ?? '' : '';
    if (asked && asked.type !== 'text' && own !== '' && isValidAnswer(t, asked, own)) return answerField(t, s, form, view.field, view.answers, own);
    // "errei o CPF": ask that field again; "na verdade quero a CNH": offer to leave; "errei": the previous field.
    const field = fieldsNamed(form, m.text)[0] ?? -1;
    if (field >= 0 && field <= view.field) return askField(t, s, form, field, view.answers, 'Tudo bem, vamos corrigir.');
    if (meant.length > 0) {
      // "pera, onde vejo as multas do meu carro?": a question about another service; its naming words are searched.
      const topics = findTopics(m, false) ?? doneHereAsked(m);
      const naming = topics ? namingWords(m, [...used, ...topics.used]) : [];
      // "pera, qual o valor do ipva?": the question is answered, then leaving is offered. A clear question names the
      // service found first ("pera ai, e pra mudar minha cnh pra categoria E como faz?": the change of category leads,
      // the transfer of a licence follows close).
      const f = { s, form, field: view.field, answers: view.answers };
      const nothingAnswered = Object.keys(view.answers).length === 0;
      if (leaveForAnother(t, f, naming.length > 0 ? [naming.join(' '), meant.join(' ')] : [meant.join(' ')], topics, naming, topics?.strong === true, nothingAnswered)) return;
      // "na verdade é a cnh que eu perdi" while booking the RG's 2nd copy: no service found clearly, but of those found,
      // one of the same kind as the form's (its title shares most with it: the CNH's 2nd copy); leaving is offered.
      const kind = topics ? undefined : sameKind(s, t.ctx.search.search(meant.join(' '), 5).hits.map((h) => h.id), meant, titleSharing(t, s, meant));
      const other = kind !== undefined ? serviceOf(t.ctx, kind) : undefined;
      // "…, não a identidade": the form's own service said "no" to; the form has no point, so the other service at once.
      const denied = deniedWords(m);
      if (other && denied.length > 0 && namesService(t.ctx, s, denied)) {
        return setAside(t, s, other);
      }
      if (other) return offerLeave(t, s, view.field, view.answers, other);
    }
    if (view.field > 0) return askField(t, s, form, view.field - 1, view.answers, 'Tudo bem, vamos corrigir a resposta anterior.');
    return explainField(t, s, form, view.field, view.answers, m.text);
  }
  // "na verdade o roubo foi em 2020, não em 2019" on the IPVA refund: a value of the same request put right; the card
  // stays and the new value is taken (round 5240).
  const held = focusOf(t);
  const righted = held && !rejects(m, used) ? valueRighted(t, held, m, meant) : undefined;
  if (held && righted) return t.say(copy.toldAboutFocus(held.title, `Certo, anotei: *${righted.now}*, e não ${righted.was}.`), t.state.options, undefined, { kind: 'notice' });
  if (meant.length === 0) {
    t.say('Sem problemas! Escreva o nome do serviço que você procura, por exemplo "renovar CNH".', t.state.options.length > 0 ? t.state.options : undefined, undefined, { kind: 'notice' });
    return;
  }
  const focus = focusOf(t);
  // "não é isso", "era outro": the service in focus (on a list, the first one listed) is the one said "no" to; it
  // is never the answer.
  const refused = focus ?? firstListed(t);
  const rejected = refused !== undefined && rejects(m, used) ? refused.id : undefined;
  const query = meant.join(' ');
  // Read again without the people it is for when nothing is found ("remédio de alto custo pro meu pai").
  const result = knownOnly(t, meant, searchOrKnown(t, query, 8));
  const ids = result.hits.map((h) => h.id).filter((id) => id !== rejected);
  const at = focus && !rejected ? ids.indexOf(focus.id) : -1;
  const open = (id: string | undefined): void => {
    const s = serviceOf(t.ctx, id ?? '');
    if (!s) return runSearch(t, query, { said: m.text });
    t.events.push({ type: 'search', query: loggedQuery(query, m.text), results: ids.length, topId: s.id });
    showService(t, s);
  };
  const copied = focus && !rejected ? copyOfOwnDocument(t, focus, m) : undefined;
  if (copied !== undefined) return open(copied);
  // "não não não é da cnh é da identidade que eu perdi", dictated with no pause: what is said after the second "é" is
  // meant, in place of what the first one denies (round 4109).
  const affirmed = focus ? affirmedAfterDenial(t, focus, m) : undefined;
  if (affirmed !== undefined) return open(affirmed);

  // "nao, a moto é usada, só quero o licenciamento do ano": a clause of its own that opens with what is wanted says what is
  // meant, when it clearly finds a service it names; the clauses before it tell the case.
  const wanted = wantedClause(t, m, focus?.id ?? '', undefined, true);
  if (wanted !== undefined && wanted !== rejected) return open(wanted);
  // "pera, confundi tudo, o q eu paguei foi o licenciamento": what the citizen did or meant, said as "o que … foi/era X".
  const cleft = cleftClause(t, m, focus?.id ?? '');
  if (cleft !== undefined && cleft !== rejected) return open(cleft);
  // A detail of the same service ("na verdade é da moto", on the vehicle licence): the words that follow start
  // with "de/pra/no…", so they qualify what was asked rather than name something else; when the service in
  // focus still fits them, it stays first.
  // Not when the detail clearly finds another service first and names it whole ("nao, é pra parcelar o atrasado do ano
  // passado" on the IPVA: "Parcelamento de IPVA em atraso"); that one is meant (round 3664).
  const other = result.clear && ids[0] !== focus?.id ? serviceOf(t.ctx, ids[0] ?? '') : undefined;
  const namedOther = focus !== undefined && other !== undefined && namesOtherWhole(t.ctx.catalogue, other, focus, meant.join(' '));
  // "não, num é pra mim, é pra denunciar o fazendeiro…" on the water-use grant: "pra" with an act that names one other
  // service found (the environmental report), and not the focus, is what it is for; no detail of the focus (round 4983).
  const purpose = focus !== undefined && !rejected ? purposeNamed(t, focus, m, ids) : undefined;
  if (purpose !== undefined) return open(purpose);
  if (focus && at >= 0 && isDetail(m, used) && !namedOther) return open(focus.id);
  // Not found with the focus, but naming no service either ("é da moto" on the IPVA's instalments): the focus again.
  if (focus && at < 0 && !rejected && !result.clear && detailOfFocus(t, focus, m, used, ids)) return open(focus.id);
  // "não é hospital, é a escola estadual do meu filho" on the SUS ombudsman: the correction keeps the card's act (a word
  // of its own, said or denied: "hospital", "reclamar") and changes only the thing it is about; the one related service
  // whose card speaks of that thing is meant (the general ombudsman speaks of schools), not what the thing finds alone.
  // Only when the thing alone leaps out of the focus's field (to a service neither related to it nor of its category),
  // or finds nothing at all.
  const leapt = serviceOf(t.ctx, ids[0] ?? '');
  const leaps = focus !== undefined && (leapt === undefined ? ids.length === 0 : leapt.category !== focus.category && !focus.related.includes(leapt.id));
  const kin = focus && leaps && !rejected ? kinForThing(t, focus, m, meant, leapt) : undefined;
  if (kin !== undefined) return open(kin);
  // "Não, minha filha, é a carteira de motorista, não a identidade." on the CNH's renewal: what is meant is a name of the
  // service in focus said by a phrase ("carteira de motorista" is the CNH), every word of it spoken of by its card, and
  // what is denied is not it: the bot had it right, the focus stays (not the CNH's other card the phrase finds first).
  if (focus && !rejected && focusNamed(t, focus, m, meant, serviceOf(t.ctx, ids[0] ?? ''))) return open(focus.id);
  // Clearly another service ("ops, na verdade é a conta de água").
  if (result.clear && ids[0] !== undefined && ids[0] === result.hits[0]?.id && ids[0] !== focus?.id) return open(kinOfClear(t, focus, ids, meant) ?? ids[0]);
  // "ah nao, nem era eu dirigindo, era meu filho" on the fine's appeal: the "não" tells what happened (someone else drove),
  // it denies nothing of the service in focus; read whole, the message clearly finds a neighbour of the focus.
  const told = focus && !result.clear ? toldWhole(t, m, used, focus) : undefined;
  if (told !== undefined) return open(told);
  // "não é isso, eu só quero a carteira de pesca pra pescar no fim de semana" on the environmental licence: the focus
  // said "no" to, the service found first is what the words name, even when the story after them blurs the search.
  const firstFound = serviceOf(t.ctx, ids[0] ?? '');
  if (rejected !== undefined && firstFound && ids[0] === result.hits[0]?.id && namesService(t.ctx, firstFound, meant)) return open(firstFound.id);
  // "nao, eu q vendi o carro, o comprador nao passou pro nome dele": the clause right after the cue says what it is;
  // the rest is the story (the buyer did not transfer it).
  const said = focus ? firstClause(t, m, used) : undefined;
  // "na verdade queria a visita por video, moro em outro estado": when the whole message finds nothing clearly, the
  // story after the pause muddles it; the first clause, which clearly names a service, is what is meant.
  if (said !== undefined && said !== focus?.id && (ids.includes(said) || !result.clear)) return open(said);
  // On a list of results, the correction amends the request the list answered ("quero transferir o carro…",
  // then "na real é uma moto"): the two read together, when they lead to a service the correction also finds.
  const list = t.state.view;
  // "carteirinha do ispemg" found nothing, then "*ipsemg": the request again with the word fixed.
  const fixed = list.at === 'results' && list.query !== '' ? fixedQuery(list.query, meant) : undefined;
  if (fixed !== undefined) return runSearch(t, fixed, { said: m.text });
  if (list.at === 'results' && list.query !== '') {
    // "Na verdade eu perdi, ninguém levou" on a list led by the theft report: of the services listed, the one of the
    // same kind as the first (the loss report), before the request is read again with its wrong half.
    const listed = new Set(t.state.options.filter((o) => o.id.startsWith('svc:')).map((o) => o.id.slice(4)));
    // "eu perdi, ninguém roubou": the kind is that of the listed service the denied words find (the theft report).
    const denial = deniedWords(m);
    const anchor = denial.length > 0 ? t.ctx.search.search(denial.join(' '), 5).hits.find((h) => listed.has(h.id)) : undefined;
    const first = serviceOf(t.ctx, anchor?.id ?? '') ?? firstListed(t);
    const kind = first && !rejected ? sameKind(first, ids.filter((id) => listed.has(id)), meant, titleSharing(t, first, meant)) : undefined;
    if (kind !== undefined) return open(kind);
    // The service of that kind may be one the list had no room for ("furtaram meus documento", then "acho q eu perdi,
    // ninguem roubou": the loss report came fifth): when the denial names a listed service, of all the correction finds.
    const beyond = anchor !== undefined && first !== undefined && !rejected ? sameKind(first, ids, meant, titleSharing(t, first, meant)) : undefined;
    if (beyond !== undefined) return open(beyond);
    const amended = t.ctx.search.search(`${list.query} ${query}`, 3).hits[0]?.id;
    if (amended !== undefined && ids.includes(amended)) return open(amended);
  }
  // "não é a primeira não, já tive uma e perdi" on the 1st copy of the ID: a word of the focus's title said "no" to
  // ("primeira" is its "1ª"); the title without it, read with the correction, finds the service meant (the 2nd copy).
  const otherwise = focus ? withoutDenied(t, focus, m, query) : undefined;
  if (otherwise !== undefined) return open(otherwise);
  if (focus) {
    // The same kind of service for another thing ("queria a da cnh" on the RG's 2nd copy: the CNH's 2nd copy): of
    // the services the correction finds, the one whose title shares most with the focus's, beyond the words said.
    const shared = titleSharing(t, focus, meant);
    const kind = sameKind(focus, ids, meant, shared);
    if (kind && at < 0) return open(kind);
    // The correction read with the focus's title names one other service clearly.
    const withTitle = t.ctx.search.search(`${query} ${focus.title}`, 3);
    const top = withTitle.hits[0]?.id;
    if (withTitle.clear && top !== undefined && top !== focus.id && ids.includes(top)) return open(top);
    // A neighbour of the service in focus that fits the correction better than the focus itself ("não, a primeira via").
    const neighbour = ids.find((id, i) => focus.related.includes(id) && (at < 0 || i < at));
    // "na real é uma moto", on the transfer of a car: read with the title it is still the focus, clearly; a
    // neighbour then wins only if it is of the same kind ("furtados, não perdidos" on the loss report: the theft report).
    // Back to the focus, but the last clause says what is wanted ("nao, ja terminei o ensino medio, quero curso
    // tecnico" on the EJA): that clause alone, when it clearly names another service.
    const wanted = at >= 0 ? wantedClause(t, m, focus.id) ?? contrastClause(t, m, focus.id) : undefined;
    if (wanted) return open(wanted);
    // "nao pera, nem sei se tenho multa, quero consultar primeiro" on the appeal: a neighbour whose title holds more of
    // the words said than the focus's title ("Consultar multas…" holds "consultar" too) is what the correction asks for.
    const meantStems = new Set(meant.flatMap((w) => analyze(w)));
    const holds = (s: Service | undefined): number => [...(s ? titleStems(s) : [])].filter((x) => meantStems.has(x)).length;
    const closer = neighbour !== undefined && holds(serviceOf(t.ctx, neighbour)) > holds(focus);
    if (at >= 0 && withTitle.clear && top === focus.id && !(neighbour !== undefined && (shared(neighbour) > 0 || closer))) return open(focus.id);
    if (neighbour) return open(neighbour);
    // A detail of the same service ("na verdade é da moto", on IPVA): the same service, again.
    if (at >= 0) return open(focus.id);
    // The correction alone names nothing, but its last clause does ("nao, moro longe, quero a visita por video chamada"),
    // said with no pause after a story ("aliás é pra mim mesmo q parei na 7 serie quero terminar os estudos" on the
    // technical course: the EJA) (round 533).
    const wantedAlone = ids.length === 0 ? wantedClause(t, m, focus.id, Math.max(...used)) : undefined;
    if (wantedAlone) return open(wantedAlone);
    // "Ela não foi perdida, está aqui na minha mão. O problema é que venceu em março e eu só reparei agora…" on the
    // CNH's 2nd copy: the focus's case denied, then a clause of the story naming a neighbour's case (round 5663).
    const toldCase = ids.length === 0 && !rejected ? caseAfterDenial(t, focus, m) : undefined;
    if (toldCase) return open(toldCase);
    // The correction alone names nothing: read it with the service being corrected.
    if (ids.length === 0 && !rejected) return runSearch(t, `${focus.title} ${query}`, { prefer: [focus.id, ...focus.related], said: m.text });
  }
  // Otherwise the neighbours first: the related services, then those of the same category ("carteira" on a CNH card is the driving licence).
  const sameCategory = focus ? ids.filter((id) => id !== focus.id && serviceOf(t.ctx, id)?.category === focus.category) : [];
  runSearch(t, query, { prefer: [...(focus?.related ?? []), ...sameCategory], said: m.text, ...(rejected ? { exclude: rejected } : {}) });
}
