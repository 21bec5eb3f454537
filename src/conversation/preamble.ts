// Messages whose question comes after a preamble: "Um parente passou por isso no ano passado e teve problemas, então
// quero me informar bem. Quando abre a inscrição?", "Desculpe, não compreendi. Ela sai na hora?", "Tenho uma dúvida:
// precisa de agendamento?", or before thanks ("pode ser xerox? obrigado!"). The sentences around the question that
// only tell why the citizen asks (a story that points back at what is in view with "isso"), that the last answer was
// not understood, that a question comes, or thank, carry nothing the question needs; read with it, their words pull
// the search and the card's sentences away from what is asked. They are left out, and the question is read alone.
import { fold } from '../search/normalize.ts';
import { HELP, REPHRASE, SOCIAL } from './cues.ts';
import { inForm } from './message.ts';
import { focusOf, THIS_WORDS } from './topics.ts';
import type { TurnBuilder } from './turn.ts';
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
  return onlyPhrases(fold(sentences[0] ?? '').split(/[^a-z0-9]+/).filter((w) => w !== ''), RELIEF) ? (sentences[1] ?? raw) : raw;
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
 * The message without the sentences of preamble before its question and the thanks after it (see the file's head),
 * or the message itself when it holds none, when its last sentence is no question, or on a form (where every word is
 * an answer).
 */
export function withoutPreamble(t: TurnBuilder, said: string): string {
  if (inForm(t)) return withoutRelief(said);
  const raw = withoutMatterOpener(said);
  if (!SENTENCE_END.test(raw.trim())) return raw;
  const sentences = raw.trim().split(SENTENCE_END);
  const wordsOf = (s: string): string[] => fold(s).split(/[^a-z0-9]+/).filter((w) => w !== '');
  // "posso levar a cnh? obrigado!": the thanks after the question closes the message, it is no part of what is asked.
  let thanked = false;
  while (sentences.length >= 2 && (sentences.at(-2) ?? '').trimEnd().endsWith('?') && onlyPhrases(wordsOf(sentences.at(-1) ?? ''), THANKS)) {
    sentences.pop();
    thanked = true;
  }
  // The question, with its mark or dictated without it ("…quero saber direito. como faço").
  if (!isQuestion(sentences.at(-1) ?? '')) return raw;
  const words = sentences.slice(0, -1).map(wordsOf);
  const told = words.map((w, i) => !(sentences[i] ?? '').includes('?') && (notUnderstood(w) || onlyPhrases(w, ANNOUNCED) || storyOfThis(t, w)));
  if (!told.some(Boolean)) return thanked ? sentences.join(' ') : raw;
  // Once a preamble is left out, so is a hello before it ("Bom dia. <story>. <question>"): the question then opens
  // the message, where the readers of a case put ("e se…") look for it.
  const kept = sentences.slice(0, -1).filter((_, i) => !told[i] && !onlyPhrases(words[i] ?? [], HELLO));
  return [...kept, sentences.at(-1) ?? ''].join(' ');
}
