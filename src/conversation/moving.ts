// Moving house, told in a message: no change of the licence's category (declared round 6480, blind 111).
import { fold } from './text.ts';

/**
 * Moving house told ("o caminhão da mudança", "três dias de mudança", "as pendências da mudança"): no change of the
 * licence's category, whose title says "mudança" (declared round 6480, blind 111). Unless the message speaks of a
 * category, the noun of moving is left out of the message as read (the text as typed, `t.said`, is kept for the replies
 * that quote it). The text as it is otherwise.
 */
export function withoutMovingHouse(text: string): string {
  return CATEGORY_SAID.test(fold(text)) ? text : withoutPhrase(text, MOVING_HOUSE);
}

/**
 * The text with what `phrase` (a global expression) matches left out, its spaces closed up; the text as typed when
 * nothing else is left ("mudança!", "no natal?"). Read by calendar.ts too.
 */
export function withoutPhrase(text: string, phrase: RegExp): string {
  const read = text.replace(phrase, ' ').replace(/[ \t]{2,}/g, ' ').trim();
  return read.replace(/[^\p{L}\p{N}]/gu, '') === '' ? text : read;
}
/** A licence's category spoken of ("categoria", "cat. d", "de b pra c"). */
const CATEGORY_SAID = /\b(categorias?|categ|cat [a-e]|(?:de|da) [a-e] (?:pra|para|pro) (?:a )?[a-e])\b/;
const A = '[aáàâã]';
const O = '[oóôõ]';
const NOUN = `mudan[cç]${A}s?`;
/**
 * Moving house: the noun, with what it comes with (not "mudança de nome/endereço…"). The verbs are left to the readers of
 * where one came from ("mudei de sp pra bh") and to the synonyms ("mudei de casa" is the change of address).
 */
const MOVING_HOUSE = new RegExp(
  [
    `(?:caminh${A}${O}|dias?|semana|pend[eê]ncias|correria|bagun[cç]${A}|caixas) (?:d${A}|de|n${A}) ${NOUN}`,
    // Not a removal firm's or a freight's ("frete de mudança", "empresa de mudança"): subjects handled elsewhere.
    `(?<!(?:frete|fretes|empresa|empresas|transportadora|servi[cç]o) (?:de|d${A}) )${NOUN}(?: (?:de casa|de cidade|pr${A}|para|pro))?(?! (?:de|do|da|d${O}) )`,
  ].map((x) => `(?<![\\p{L}\\p{N}])${x}(?![\\p{L}\\p{N}])`).join('|'),
  'giu',
);
