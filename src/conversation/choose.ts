// Choosing one of the options shown by typing: its number ("2", "opção 2", "a segunda"), or its label in
// the citizen's own spelling ("documetos", "paso a passo", "furto" for "Furto ou roubo").
import { editDistance } from '../search/typo.ts';
import { CARDINAL_WORDS as NUMBER_WORDS, ORDINAL_WORDS } from './numbers.ts';
import { isGlue, type Reading } from './reading.ts';
import { fold } from './text.ts';
import type { Option } from './types.ts';

/** Words around a number that do not change which option is meant ("quero a opção 2"). */
const AROUND = new Set(['quero', 'escolho', 'vou', 'de', 'pode', 'ser', 'a', 'o', 'e', 'opcao', 'numero', 'n', 'item', 'no', 'na', 'esse', 'essa', 'isso', 'ai', 'la', 'mesmo']);

/** Verbs of having or reaching, said right before a number, make it an age or an amount, not a choice. */
const HAVING: ReadonlySet<string> = new Set(['tem', 'tenho', 'temos', 'tinha', 'tiver', 'completou', 'completa', 'completei', 'fez', 'faz', 'fiz', 'idade']);
/** Units said right after a number do the same. */
const UNITS: ReadonlySet<string> = new Set(['anos', 'ano', 'meses', 'mes', 'dias', 'reais', 'vezes']);

/** "tem 16", "fez 18", "2 anos": a number held by a verb of having or followed by a unit. */
function isQuantity(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => /^\d+$/.test(t) && (HAVING.has(tokens[i - 1] ?? '') || UNITS.has(tokens[i + 1] ?? '')));
}

/** The 1-based position a message names ("2", "opção 2", "a segunda", "o último"), if that is all it says. */
export function positionIn(m: Reading, count: number): number | undefined {
  return positionOf(m.tokens, count);
}

/** As positionIn, on folded words: a form's choice field reads its answer as text. */
export function positionOf(tokens: readonly string[], count: number): number | undefined {
  // "ela tem 16, pode?", "completou 18", "faz 2 anos": a number someone has or has reached is an age or an amount.
  // Only the number's neighbours count: "a 2, tem?" still chooses.
  if (isQuantity(tokens)) return undefined;
  const rest = tokens.filter((t) => !AROUND.has(t) && !isGlue(t));
  if (rest.length !== 1) return undefined;
  const word = rest[0] as string;
  if (/^\d{1,3}$/.test(word)) return Number(word);
  if (word === 'ultima' || word === 'ultimo') return count;
  return ORDINAL_WORDS.get(word) ?? (tokens.some((t) => t === 'opcao' || t === 'numero') ? NUMBER_WORDS.get(word) : undefined);
}

const folded = new Map<string, { whole: string; words: string[] }>();

/** A label folded, and its significant words (emoji, punctuation and glue out); labels are few, so kept. */
function labelOf(label: string): { whole: string; words: string[] } {
  let f = folded.get(label);
  if (!f) {
    const whole = fold(label);
    f = { whole, words: [...new Set(whole.split(' ').filter((w) => w.length >= 2 && !isGlue(w)))] };
    if (folded.size >= 5000) folded.clear();
    folded.set(label, f);
  }
  return f;
}

/** Does a typed word stand for a label word (its start, or one typo away; two from 8 letters)? */
function fits(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (typed.length >= 3 && word.startsWith(typed)) return true;
  if (typed.length < 4) return false;
  const max = typed.length >= 8 ? 2 : 1;
  return editDistance(typed, word, max) <= max;
}

/** Acknowledgements that may open a typed label that leaves ("ok sair", "blz, cancelar"). */
const ACK_LEAD: ReadonlySet<string> = new Set(['ok', 'okay', 'okey', 'ta', 'blz', 'beleza', 'certo', 'entao', 'pronto', 'show', 'joia']);

/**
 * Words that turn a label into its opposite, or say which way it goes: an option holding one is chosen only when it is
 * typed. "etapas" alone in the steps asks for the steps, not the "Próxima etapa" button (round 6363).
 */
const TURNING_WORDS: ReadonlySet<string> = new Set(['sair', 'nao', 'cancelar', 'parar', 'voltar', 'desistir', 'proxima', 'anterior']);

/**
 * The option whose label the message spells: every significant word typed fits a word of the label,
 * the words typed cover at least half of the label, and no other option fits as well.
 */
export function optionByLabel(m: Reading, options: readonly Option[]): Option | undefined {
  const typed = m.tokens.filter((t) => !isGlue(t));
  if (typed.length === 0) return undefined;
  const typedWhole = m.tokens.join(' ');
  const exact = options.find((o) => labelOf(o.label).whole === typedWhole);
  if (exact) return exact;
  const chosen = spelt(typed, options);
  if (chosen) return chosen;
  // "ok sair", "blz, cancelar": an acknowledgement before a label that leaves chooses it no less (round 6363). Not
  // "ok, próximo", which the steps' own reading takes.
  const lead = m.tokens.findIndex((t) => !ACK_LEAD.has(t) && !isGlue(t));
  const rest = lead > 0 ? m.tokens.slice(lead).filter((t) => !isGlue(t)) : [];
  const left = rest.length > 0 ? spelt(rest, options) : undefined;
  return left && labelOf(left.label).words.some((w) => LEAVING_WORDS.has(w) && rest.some((t) => fits(t, w))) ? left : undefined;
}

/** Words of a label that leave where the citizen is ("Sair do passo a passo", "Cancelar"). */
const LEAVING_WORDS: ReadonlySet<string> = new Set(['sair', 'cancelar', 'parar', 'desistir']);

/** The one option whose label the words typed spell (see optionByLabel). */
function spelt(typed: readonly string[], options: readonly Option[]): Option | undefined {
  const candidates = options.filter((o) => {
    const words = labelOf(o.label).words;
    if (words.length === 0 || !typed.every((t) => words.some((w) => fits(t, w)))) return false;
    // "passo a passo por favor" asks for the steps: the label "Sair do passo a passo" without its "sair" is not chosen.
    if (words.some((w) => TURNING_WORDS.has(w) && !typed.some((t) => fits(t, w)))) return false;
    const covered = words.filter((w) => typed.some((t) => fits(t, w))).length;
    return covered * 2 >= words.length;
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Every word of the option's label is typed ("consultar e pagar ipva?" spells the IPVA's button whole; "a consulta é paga?" does not). */
export function spellsWhole(m: Reading, option: Option): boolean {
  const typed = m.tokens.filter((t) => !isGlue(t));
  return labelOf(option.label).words.every((w) => typed.some((t) => fits(t, w)));
}
