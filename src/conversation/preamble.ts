// Messages whose question comes after a preamble: "Um parente passou por isso no ano passado e teve problemas, então
// quero me informar bem. Quando abre a inscrição?", "Desculpe, não compreendi. Ela sai na hora?", "Tenho uma dúvida:
// precisa de agendamento?", or before thanks ("pode ser xerox? obrigado!"). The sentences around the question that
// only tell why the citizen asks (a story that points back at what is in view with "isso"), that the last answer was
// not understood, that a question comes, or thank, carry nothing the question needs; read with it, their words pull
// the search and the card's sentences away from what is asked. They are left out, and the question is read alone.
import { fold, words as searchWords } from '../search/normalize.ts';
import { isAsked } from './commands.ts';
import { HELP, MENU, REPHRASE, SOCIAL, WANT_OPENERS } from './cues.ts';
import { inForm } from './message.ts';
import { DENIALS, namesService } from './naming.ts';
import { spelledOut } from './reading.ts';
import { focusOf, THIS_WORDS } from './topics.ts';
import { serviceOf, type TurnBuilder } from './turn.ts';
import { isQuestion } from './views.ts';

/** A sentence's end: ".", "!", "?", "…" or ":" before a space (inside a token, "gov.br" or "1.500", it goes on). */
const SENTENCE_END = /(?<=[.!?…:])\s+/;

/** Words of excuse that may open the notice of not understanding ("*desculpe*, não compreendi"). */
const EXCUSE: ReadonlySet<string> = new Set(['desculpe', 'desculpa', 'perdao', 'perdoa', 'foi', 'mal', 'ops', 'opa', 'mas', 'e', 'eu', 'ainda']);

/** The notices of not understanding the last answer (REPHRASE's of two words or more: "não entendi", "como assim"). */
const NOT_UNDERSTOOD: readonly string[] = REPHRASE.filter((p) => p.includes(' ') && p !== 'o que');

/** "Desculpe, não compreendi.": a notice of not understanding, maybe excused, and nothing else. */
function notUnderstood(words: readonly string[]): boolean {
  const rest = words.filter((w) => !EXCUSE.has(w)).join(' ');
  return NOT_UNDERSTOOD.includes(rest);
}

/**
 * "Um parente passou por isso e teve problemas, então quero me informar bem.", "Trabalho o dia todo e tenho pouco
 * tempo pra resolver isso.": a sentence that points back at what is in view ("isso") tells the citizen's case of the
 * service already in view, not another thing to answer; with a number ("tenho 17 anos e quero fazer isso") it may
 * hold what the answer hangs on, and stays.
 */
function storyOfThis(t: TurnBuilder, words: readonly string[]): boolean {
  return focusOf(t) !== undefined && words.some((w) => THIS_WORDS.has(w)) && !words.some((w) => /\d/.test(w));
}

/** A sentence's folded words. */
const wordsOf = (s: string): string[] => fold(s).split(/[^a-z0-9]+/).filter((w) => w !== '');

/** A set of phrases, and how many words its longest has. */
interface Phrases {
  set: ReadonlySet<string>;
  longest: number;
}
const phrases = (list: readonly string[]): Phrases => ({ set: new Set(list), longest: Math.max(...list.map((p) => p.split(' ').length)) });

/** The words are these phrases one after the other, and nothing else. */
function onlyPhrases(words: readonly string[], p: Phrases): boolean {
  let at = 0;
  while (at < words.length) {
    let n = Math.min(p.longest, words.length - at);
    while (n > 0 && !p.set.has(words.slice(at, at + n).join(' '))) n--;
    if (n === 0) return false;
    at += n;
  }
  return words.length > 0;
}

/** "Bom dia.", "Boa tarde, tudo bem?": a hello. */
const HELLO = phrases([...SOCIAL.greeting, ...SOCIAL.howAreYou]);

/**
 * "Tenho uma dúvida:", "queria tirar uma dúvida.": the announcement of a question (HELP's phrases of a doubt, and the
 * same with "pergunta"), which the question after it says.
 */
const ANNOUNCED = phrases(HELP.filter((p) => p.includes('duvida')).flatMap((p) => [p, p.replace('duvida', 'pergunta')]));

/** "obrigado!", "desde já agradeço", "valeu": thanks closing the message after its question. */
const THANKS = phrases([...SOCIAL.thanks, 'desde ja', 'muito', 'antecipadamente', 'de antemao']);

/** "Ufa, que bom saber.", "Ah, entendi.": relief or taking in what was said, and nothing else. */
const RELIEF = phrases([...SOCIAL.surprise, ...SOCIAL.thanks, 'que bom', 'que bom saber', 'bom saber', 'ainda bem', 'menos mal', 'ah', 'entendi', 'ok', 'certo', 'ta', 'sim']);

/**
 * In a form, "Ufa, que bom saber. A segunda via é gratuita nesse caso?": a sentence of relief before a question says
 * nothing the question needs, and is no answer to the field; the question is read alone (round 4263).
 */
function withoutRelief(raw: string): string {
  const sentences = raw.trim().split(SENTENCE_END);
  if (sentences.length !== 2 || !(sentences[1] ?? '').trimEnd().endsWith('?')) return raw;
  return onlyPhrases(wordsOf(sentences[0] ?? ''), RELIEF) ? (sentences[1] ?? raw) : raw;
}

/**
 * "o problema é que eu perdi ela", "acontece que a moto é do meu pai", "a questão é q": the words that only announce the
 * matter (a noun of "the matter", "é que") say nothing of it; read with it, "problema" pulls the search towards the
 * services of trouble. They are left out, wherever they stand.
 */
const MATTER_OPENER = /(?<![\p{L}\d])(?:(?:o|a) (?:problema|caso|neg[oó]cio|lance|quest[aã]o|verdade|detalhe|situa[cç][aã]o) (?:[eé]|eh|era|foi)|acontece|aconteceu) (?:que|q)(?![\p{L}\d])\s*/giu;

function withoutMatterOpener(raw: string): string {
  if (!MATTER_OPENER.test(raw)) return raw;
  MATTER_OPENER.lastIndex = 0;
  const rest = raw.replace(MATTER_OPENER, '');
  return /[\p{L}\d]/u.test(rest) ? rest : raw;
}

/**
 * "ah outra coisa, e vaga na creche?", "outra dúvida: abre sábado?": "outra coisa" opening the message, before a pause or
 * an "e", turns to a new matter; read with the question, it is taken for "it was something else" (a correction) and its
 * "outra" for the card's "outro estado". Left out when a question follows (round 5305); "era outra coisa, o
 * licenciamento" and "nao, outra coisa, quero…" still correct.
 */
const ASIDE_OPENER = /^\s*(?:(?:ah|ahh|a|ai|e|s[oó]|mais|uma|opa)[\s,]+)*outra (?:coisa|d[uú]vida|pergunta)(?:\s*[,:;.!\-–]+\s*|\s+(?=e\s))/iu;

function withoutAsideOpener(t: TurnBuilder, raw: string): string {
  // Right after a subject handled elsewhere, "outra coisa" is kept: read as a correction, the rest is searched anew,
  // away from that subject ("outra coisa, a rua nova tem uma boca de fumo…" after the IPTU's town hall).
  if (t.lastAway !== undefined) return raw;
  const rest = raw.replace(ASIDE_OPENER, '');
  return rest !== raw && /[\p{L}\d]/u.test(rest) && isAsked(rest) ? rest : raw;
}

/**
 * "Perdão, estou confusa.", "Ai, to tão cansada.", "Nossa, estou meio perdido.": a sentence that only tells the
 * citizen's state of mind (with excuses and interjections around it), before what the message says (round 4982).
 */
const MOOD: ReadonlySet<string> = new Set(['confuso', 'confusa', 'perdido', 'perdida', 'cansado', 'cansada', 'nervoso', 'nervosa', 'atrapalhado', 'atrapalhada', 'desorientado', 'desorientada', 'aflito', 'aflita', 'agoniado', 'agoniada', 'ansioso', 'ansiosa', 'esgotado', 'esgotada']);
/** The words around a state of mind: excuses, interjections, being, and how much. */
const AROUND_MOOD: ReadonlySet<string> = new Set([...EXCUSE, 'ai', 'ui', 'nossa', 'gente', 'affe', 'aff', 'estou', 'to', 'tou', 'ando', 'fiquei', 'tao', 'meio', 'muito', 'mto', 'bem', 'um', 'pouco', 'super', 'toda', 'todo']);

/** The sentence only tells a state of mind ("Perdão, estou confusa."): a mood word, and only words around it. */
function onlyStateOfMind(words: readonly string[]): boolean {
  return words.some((w) => MOOD.has(w)) && words.every((w) => MOOD.has(w) || AROUND_MOOD.has(w));
}

/** "o que eu quero é", "o que eu preciso mesmo é": the cleft of wanting that opens a sentence. */
const WANT_CLEFT = /^(?:mas |e )?(?:o )?(?:que|q) (?:eu )?(?:quero|queria|preciso|precisava)(?: mesmo| de verdade)? (?:e|eh|era)\b/;
/** Words that deny or set aside ("eu *nem* tenho direito", "não foi isso"): the shared denials and a few of the chat's. */
const DENYING: ReadonlySet<string> = new Set([...DENIALS, 'nem', 'nn', 'ninguem']);

/**
 * "Esqueça, eu nem tenho direito. O que eu quero é conseguir outro emprego." on the unemployment insurance: sentences
 * that set the service in focus aside (a denial, no question) and then a last sentence of wanting ("quero …", "o que
 * eu quero é …") that clearly finds another service: that sentence is the request; the denial before it is why, and
 * read with it its words ("direito") are taken for a question about the card (round 4981). Undefined otherwise.
 */
function wishAfterDenial(t: TurnBuilder, sentences: readonly string[]): string | undefined {
  const focus = focusOf(t);
  const last = (sentences.at(-1) ?? '').trim();
  if (focus === undefined || sentences.length < 2 || last === '' || isAsked(last)) return undefined;
  const before = sentences.slice(0, -1);
  if (before.some((s) => isAsked(s))) return undefined;
  if (!before.some((s) => wordsOf(s).some((w) => DENYING.has(w)))) return undefined;
  const folded = fold(last).trim();
  const opener = wordsOf(last)[0] ?? '';
  // "Quero saber se ele pode ser isento": a question said as a wish is asked, not wanted.
  const cleft = WANT_CLEFT.test(folded);
  if (!cleft && (!WANT_OPENERS.has(opener) || isQuestion(last))) return undefined;
  // "agora nao, depois eu vejo o resto. quero ver o menu": the menu wanted is no service's request, whatever a verb of
  // looking ("ver", a synonym of "consultar") finds; the menu's own reader takes the message (round 6520).
  const lastWords = ` ${wordsOf(last).join(' ')} `;
  if (MENU.some((cue) => lastWords.includes(` ${cue} `))) return undefined;
  // "eu não comprei, eu vendi o carro. quero avisar o detran…": what the denial is corrected by, in a clause after it,
  // is the event the wish hangs on, and is read with it when both find a service clearly (round 5123).
  const instead = correctedBy(before.at(-1) ?? '');
  const withEvent = instead === undefined ? undefined : `${instead} ${last}`;
  // Found clearly, or first and named by the sentence's own words (its title's "emprego" in "outro emprego"); chat
  // spellings written out ("quero é vaga de emprego *msm*").
  for (const text of withEvent === undefined ? [last] : [withEvent, last]) {
    const found = t.ctx.search.search(spelledOut(text), 3);
    const top = serviceOf(t.ctx, found.hits[0]?.id ?? '');
    if (top === undefined || top.id === focus.id) continue;
    if (found.clear || namesService(t.ctx, top, searchWords(text))) return text;
  }
  return undefined;
}

/**
 * "pera, eu nao comprei, *eu vendi o carro*": the clauses after the last one that denies, in a sentence that denies, when
 * they deny nothing and ask nothing. Undefined when there are none.
 */
function correctedBy(sentence: string): string | undefined {
  const clauses = sentence.split(/,\s*/);
  const denying = clauses.map((c) => wordsOf(c).some((w) => DENYING.has(w)));
  const denial = denying.lastIndexOf(true);
  const after = clauses.slice(denial + 1).filter((c) => wordsOf(c).length > 0);
  if (denial < 0 || after.length === 0 || after.some((c) => isAsked(c))) return undefined;
  return after.join(', ').replace(/[.!…:]+\s*$/, '');
}

/**
 * The message without the sentences of preamble before its question and the thanks after it (see the file's head),
 * or the message itself when it holds none, when its last sentence is no question, or on a form (where every word is
 * an answer).
 */
export function withoutPreamble(t: TurnBuilder, said: string): string {
  if (inForm(t)) return withoutRelief(said);
  const raw = withoutAsideOpener(t, withoutMatterOpener(said));
  if (!SENTENCE_END.test(raw.trim())) return raw;
  const sentences = raw.trim().split(SENTENCE_END);
  // The state of mind told first says nothing of what follows, question or not (round 4982).
  const calm = sentences.findIndex((s) => !onlyStateOfMind(wordsOf(s)));
  if (calm > 0) return withoutPreamble(t, sentences.slice(calm).join(' '));
  // "posso levar a cnh? obrigado!": the thanks after the question closes the message, it is no part of what is asked.
  let thanked = false;
  while (sentences.length >= 2 && (sentences.at(-2) ?? '').trimEnd().endsWith('?') && onlyPhrases(wordsOf(sentences.at(-1) ?? ''), THANKS)) {
    sentences.pop();
    thanked = true;
  }
  // A wish after a denial, before the question's test ("o que eu quero é…" reads as one).
  const wish = wishAfterDenial(t, sentences);
  if (wish !== undefined) return wish;
  // The question, with its mark or dictated without it ("…quero saber direito. como faço").
  if (!isQuestion(sentences.at(-1) ?? '')) return raw;
  const words = sentences.slice(0, -1).map(wordsOf);
  const told = words.map((w, i) => !isAsked(sentences[i] ?? '') && (notUnderstood(w) || onlyPhrases(w, ANNOUNCED) || storyOfThis(t, w)));
  if (!told.some(Boolean)) return thanked ? sentences.join(' ') : raw;
  // Once a preamble is left out, so is a hello before it ("Bom dia. <story>. <question>"): the question then opens
  // the message, where the readers of a case put ("e se…") look for it.
  const kept = sentences.slice(0, -1).filter((_, i) => !told[i] && !onlyPhrases(words[i] ?? [], HELLO));
  return [...kept, sentences.at(-1) ?? ''].join(' ');
}
