// A citizen often asks by telling the bot what to do: "me passa o número", "manda o link", "fala o valor aí", "diga
// quais documentos são necessários", "me explica como faz". Before the readers see such a message, the command is
// written as the question it stands for ("qual o número?", "qual o link?", "quais documentos são necessários?"), so
// every reader (topics, walkthrough, search) reads it as it reads the question. Without this, the verb itself was read:
// "me passa" opened the Passe Livre card by "passe", and "diga" was taken for the correction cue "digo".

import { BEFORE_NO } from './cues.ts';

/** Words that may come before the command ("ah, me passa…", "por favor, manda…", "só me fala…"). */
const OPENERS = String.raw`(?:(?:ah|ok|okay|blz|beleza|entao|então|agora|so|só|por favor|pfv|pfvr|pf|ta|tá|e|certo)[\s,!.:]+)*`;
/** Verbs that are a command to the bot on their own ("manda o link", "lista os documentos"). */
const VERBS = 'manda|mande|envia|envie|fala|fale|diz|diga|informa|informe|mostra|mostre|explica|explique|lista|liste|indica|indique|escreve|escreva';
/** Verbs that are one only after "me" ("me passa o número", "me dá o endereço"): alone they are the citizen's own act. */
const CLITIC_VERBS = 'passa|passe|da|dá|dê|de';
/** What follows the command: a question word, or a definite article or demonstrative before the thing asked for. */
const ASKED = String.raw`(como|quanto|quanta|quantos|quantas|qual|quais|onde|aonde|quando|que|o que|se|pra que|para que|por que|porque|quem)\b`;
const THING = String.raw`(o|a|os|as|esse|essa|esses|essas|este|esta|estes|estas|aquele|aquela|aqueles|aquelas|seu|sua|seus|suas)\s`;
/** "aí", "pra mim", "por favor", "logo" between the verb and the thing ("me passa aí o número", "fala logo o preço"). */
const FILLER = String.raw`(?:(?:a[ií]|ae|pra mim|para mim|por favor|pfv|rapidinho|certinho|logo|de uma vez|direto)[\s,]+)*`;

/** Verbs of showing ("mostra o 1 de novo", "me explica as etapas"). */
const SHOW = /^(mostra|mostre|explica|explique|lista|liste)$/iu;

const COMMAND = new RegExp(
  String.raw`^\s*${OPENERS}(?:(me|nos)\s+(${VERBS}|${CLITIC_VERBS})|(${VERBS}))\s+${FILLER}(?=${ASKED}|${THING})`,
  'iu',
);
const STARTS_ASKED = new RegExp(`^${ASKED}`, 'iu');
const PLURAL = /^(os|as|esses|essas|estes|estas|aqueles|aquelas|seus|suas)\s/iu;

/**
 * A last clause that only urges the bot on ("…, fala logo", "…, responde aí", "…, anda logo"): the pressure of an
 * impatient citizen, no part of what is asked.
 */
const URGING = /[,;!]+\s*(?:(?:me\s+)?(?:fala|fale|diz|diga|responde|responda|conta|conte)\s+(?:logo|a[ií]|ae|rapido|rápido|de uma vez)(?:\s+(?:a[ií]|ae|por favor|pfv))?|anda logo|vai logo)[\s.!]*$/iu;

/** The message without its urging clause, asked ("aposentado paga ou não paga, fala logo" → "… paga?"); else as typed. */
function withoutUrging(text: string): string {
  const m = URGING.exec(text);
  const rest = m ? text.slice(0, m.index).trim() : '';
  if (rest === '') return text;
  return rest.endsWith('?') ? rest : `${rest}?`;
}

/**
 * The tags that put a statement to the bot to confirm, one list for every reader of them (rounds 4986, 5100): "levo só o
 * cpf né", "é de graça, certo", "a prova é online, não é", "a foto eles tiram lá, correto?", "…, confere?". `after` says
 * where one is read:
 * - `word`: after any word, anywhere ("…cpf né");
 * - `pause`: closing a message, after a comma ("deu certo", "ta certo" are said, not asked); closing a belief's clause,
 *   after any word;
 * - `belief`: only closing a belief's clause (CONFIRM_TAG); closing a message it is said as often as asked ("…, é isso":
 *   that is all; "tentei, não foi": it did not work);
 * - `comma`: after a comma only (after a word a bare "não" denies: "pago não").
 */
type TagPlace = 'word' | 'pause' | 'belief' | 'comma';
const CONFIRMING_TAGS: readonly { tag: string; after: TagPlace }[] = [
  { tag: 'n[eé]h?', after: 'word' },
  { tag: 'n[eé] n[aã]o', after: 'word' },
  { tag: 'n[aã]o (?:[eé]|eh) mesmo', after: 'word' },
  { tag: 'certo', after: 'pause' },
  { tag: 'correto', after: 'pause' },
  { tag: 'n[aã]o (?:[eé]|eh)', after: 'pause' },
  { tag: 'n[aã]o (?:s[aã]o|sou|posso|pode|tem|foi|vai|precisa)', after: 'belief' },
  { tag: '[eé] isso', after: 'belief' },
  { tag: 'isso mesmo', after: 'belief' },
  { tag: 'confere', after: 'belief' },
  { tag: 'procede', after: 'belief' },
  { tag: '[eé] verdade', after: 'belief' },
  { tag: 'n[aã]o', after: 'comma' },
];

/** The tags of CONFIRMING_TAGS read where `places` say, as one alternation. */
function tagsAfter(...places: readonly TagPlace[]): string {
  return CONFIRMING_TAGS.filter((x) => places.includes(x.after)).map((x) => x.tag).join('|');
}

/**
 * A statement closed by a tag (CONFIRMING_TAGS), with two words or more before it and no question mark: it is asked
 * (round 4986), so the readers that need a question read it as one. "ta certo" alone is an acknowledgement, and stays one.
 */
const TAG_ASKED = new RegExp(`^(?=(?:\\S+\\s+){2,})[\\s\\S]*?(?:\\s(?:${tagsAfter('word')})|,\\s*(?:${tagsAfter('word', 'pause', 'comma')}))[\\s.!]*$`, 'iu');

/**
 * A belief put to the bot to confirm, closed by a tag (CONFIRMING_TAGS) at the end of any clause ("a foto eles tiram lá,
 * correto?", "ele já fica matriculado ne", "quem decide é o delegado, não é?", "…, é isso?", "…, confere?").
 */
const CONFIRM_TAG = new RegExp(`(?:(?:^|[\\s,])(?:${tagsAfter('word', 'pause', 'belief')})|,\\s*(?:${tagsAfter('comma')}))\\s*(?:[?!.,;]|$)`, 'iu');

/** A clause of the message closes on a tag that puts a belief to confirm (see CONFIRM_TAG). */
export function confirmTagged(text: string): boolean {
  return CONFIRM_TAG.test(text);
}

/** A message opening with a "não" (after apologies and interjections at most, BEFORE_NO): a correction, not a statement to confirm. */
const OPENS_WITH_NO = new RegExp(`^\\s*(?:(?:${BEFORE_NO.join('|')})[\\s,!.]+)*n[aã]o\\b`, 'iu');
/**
 * "é na receita federal né", "é com a prefeitura né": where or with whom it is done, said back; the readers of a place
 * or of a subject handled elsewhere already read it without a mark (round 740), and a mark would make it a question
 * about the card in view.
 */
const PLACE_SAID_BACK = /^\s*(?:entao |então |ah |ta |tá )?(?:[eé]|eh) (?:na|no|em|com|pela|pelo)\b/iu;

/** The message opens with a "não" (after apologies or an interjection, BEFORE_NO): it answers the bot, it corrects. */
export function opensWithNo(text: string): boolean {
  return OPENS_WITH_NO.test(text);
}

/**
 * A statement closed by a tag that asks for it to be confirmed (see TAG_ASKED), with no question mark. Not a message
 * opening with a "não" ("ah nao, … acho q é o supletivo q fala ne": it corrects, its tag asks nothing new), nor a place
 * said back (PLACE_SAID_BACK).
 */
function tagAsks(text: string): boolean {
  return !text.includes('?') && !opensWithNo(text) && !PLACE_SAID_BACK.test(text) && TAG_ASKED.test(text);
}

/**
 * Whether the citizen asks: the one reading of "is this a question?" that the readers share, of a message, a sentence
 * or a clause: a "?", or a statement closed by a tag ("levo só o cpf né", "é de graça, certo"). Outside forms the tag
 * of a whole message is already written as a "?" (asQuestion); this reading lets it count where no mark is written: in
 * a form's field, in the text as typed, and in one sentence or clause of a longer message (round 5160).
 */
export function isAsked(text: string): boolean {
  return text.includes('?') || tagAsks(text);
}

/** The statement closed by a tag, asked (see TAG_ASKED); else as typed. */
function taggedAsked(text: string): string {
  if (!tagAsks(text)) return text;
  return `${text.replace(/[\s.!]+$/u, '')}?`;
}

/**
 * The command as a question, or the text as it was. A command without "me" that already ends in "?" is left as typed:
 * "manda o documento pelo correio?" asks whether the State sends it.
 */
export function asQuestion(typed: string): string {
  const text = withoutUrging(taggedAsked(typed));
  const m = COMMAND.exec(text);
  if (!m) return laterClause(text);
  const rest = text.slice(m[0].length).replace(/[\s.!]+$/u, '');
  if (rest === '') return text;
  if (m[1] === undefined && rest.endsWith('?')) return text;
  const asked = STARTS_ASKED.test(rest);
  // "me explica as etapas", "mostra o 1 de novo": every reader already reads a thing shown; only a question after
  // the verb is freed of it ("me explica como faz").
  if (SHOW.test(m[2] ?? m[3] ?? '') && !asked) return text;
  const question = asked ? rest : `${PLURAL.test(rest) ? 'quais' : 'qual'} ${rest}`;
  return question.endsWith('?') ? question : `${question}?`;
}

/** Where a clause starts after a pause ("como faço, |me passa os passos", "entendi. |me manda o link"). */
const CLAUSE_START = /[,.;:!?]\s+/gu;

/**
 * The command that opens a later clause, as its question, the clauses before it kept: "como faço, me passa os passos"
 * → "como faço, quais os passos?", "entendi, me fala o prazo" → "entendi, qual o prazo?" (round 3422). Before, "passa"
 * named the Passe Livre there as it did at the start.
 */
function laterClause(text: string): string {
  for (const p of text.matchAll(CLAUSE_START)) {
    const at = (p.index ?? 0) + p[0].length;
    const rest = text.slice(at);
    if (!COMMAND.test(rest)) continue;
    // "nao quero a 2, manda a 3" in the steps: a step sent by its number is no question (merge review of round 3422).
    if (/^(?:(?:a|o|as|os)\s+)?(?:etapa\s+|passo\s+|parte\s+)?\d+\b/iu.test(rest.replace(COMMAND, '').trim())) continue;
    const asked = asQuestion(rest);
    return asked === rest ? text : `${text.slice(0, at)}${asked}`;
  }
  return text;
}
