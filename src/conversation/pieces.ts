// A question sent in pieces, one bubble each ("e quanto" / "custa?", "precisa" / "de foto?", "qual o prazo" / "pra
// pedir?"): the first piece is kept for one turn and the next message, when it only ends the question, is read with it
// (lead, round 5702). Only words of the catalogue and of the chat are ever kept: never a name, a number or an address.
import { fold, isStopword, stemOrSelf } from '../search/normalize.ts';
import { redact } from '../privacy/redact.ts';
import { editDistance } from '../search/typo.ts';
import { WH_WORDS } from './cues.ts';
import { NEGATIONS } from './fields.ts';
import { isGlue, readPlain } from './reading.ts';
import type { EngineContext } from './turn.ts';

/** The most words a piece may have: a question's opening ("quem faz o projeto", "e quanto tempo"). */
const MAX_PIECE = 5;
/** The longest piece kept, in characters (the state's bound); a longer message is read alone, and never read twice. */
const MAX_PIECE_CHARS = 80;
/** The most words of the message that ends a piece ("eles têm para responder?", "pra passar pro meu nome?"). */
const MAX_END = 6;
/** Question words (the cues' WH_WORDS, with "que" and "aonde"): a message holding one asks on its own, it ends no piece. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([...WH_WORDS, 'que', 'aonde']);
/** Words that ask: a question word, or a verb a question opens with ("precisa", "tem", "demora", "consigo"). */
const ASKING: ReadonlySet<string> = new Set([
  ...QUESTION_WORDS, 'porque',
  'precisa', 'preciso', 'precisam', 'tem', 'demora', 'demoram', 'consigo', 'consegue', 'posso', 'pode', 'podem', 'custa', 'paga', 'pago', 'vale', 'serve', 'aceita', 'aceitam',
]);
/**
 * Words an end of a question starts with, which start no question of their own: a preposition ("de foto?", "pra
 * pedir?"), a degree ("muito?"), the one it is about ("eles têm para responder?", "eu mesmo?", "minha esposa?"), a verb in
 * the first person with no question word ("faço?"). "dá número de protocolo?", "na piracema pode?", "e a 2ª via?" (whose
 * topic the last answer's carries, views.ts) ask on their own; "da" is left out, since it is also "dá".
 */
const CONTINUERS: ReadonlySet<string> = new Set(['de', 'do', 'dos', 'das', 'pra', 'para', 'pro', 'pros', 'pras', 'com', 'sem', 'muito', 'mt', 'mto', 'mesmo', 'eles', 'elas', 'ele', 'ela', 'eu', 'minha', 'meu', 'meus', 'minhas', 'faco', 'tiro', 'levo', 'marco', 'peco']);
/** Verbs of asking that make a message a question of its own wherever they are ("na piracema pode?"). */
const ASKS_ITSELF: ReadonlySet<string> = new Set(['pode', 'podem', 'posso', 'consigo', 'consegue', 'precisa', 'preciso', 'precisam', 'paga', 'pago', 'custa', 'vale', 'serve', 'aceita', 'aceitam']);
/** A question mark closing the message, before any emoji or spaces ("muito? 🤔", "minha esposa? 🙏"). */
const ASKED_AT_END = /\?[^\p{L}\p{N}]*$/u;

/**
 * The words of a message that opens a question and leaves it for the next message: no mark closes it, up to five words,
 * one of them asking (ASKING), none a number, each a word of the catalogue's vocabulary or of the chat (glue), so that
 * nothing of the citizen's own (a name, a number, an address) is ever kept in the state.
 */
export function pieceOf(ctx: EngineContext, text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_PIECE_CHARS || /[?.!…:;]\s*$/u.test(trimmed) || /[\d@]/.test(trimmed)) return undefined;
  const { tokens } = readPlain(trimmed);
  if (tokens.length === 0 || tokens.length > MAX_PIECE || !tokens.some((w) => ASKING.has(w))) return undefined;
  const piece = tokens.join(' ');
  if (piece.length > MAX_PIECE_CHARS || !tokens.every((w) => isGlue(w) || ASKING.has(w) || ctx.search.share(stemOrSelf(w)) > 0)) return undefined;
  // Nothing the privacy reader finds (a name told) is ever kept (see typedOf); read last, on the few messages left.
  return redact(trimmed) === trimmed ? piece : undefined;
}

/**
 * The message read with the piece before it, when the message only ends a question: a question mark closes it, it is
 * short, it starts as an end does (CONTINUERS) and holds no question word nor verb of asking of its own ("paga?",
 * "precisa de bo?", "na piracema pode?" are questions of their own after any answer): "de foto?", "faço?", "muito? 🤔",
 * "eles têm para responder?".
 */
export function withPiece(piece: string | undefined, text: string): string | undefined {
  if (piece === undefined || text.length > 2 * MAX_PIECE_CHARS || !ASKED_AT_END.test(text)) return undefined;
  const { tokens } = readPlain(text);
  const first = tokens[0] ?? '';
  if (tokens.length === 0 || tokens.length > MAX_END || !CONTINUERS.has(first)) return undefined;
  if (tokens.some((w) => QUESTION_WORDS.has(w) || ASKS_ITSELF.has(w))) return undefined;
  return `${piece} ${text.trim()}`;
}

/** The most words of a message kept for a fix on the next bubble ("perdi minha CNN ontem no onibus"). */
const MAX_TYPED = 12;
/** A word kept in place of one not of the catalogue nor of the chat (never kept itself): a fix may replace it. */
const UNKNOWN = '_';
/** A number, kept in place of its figures (never kept itself): no fix replaces it, and it is dropped from the fixed text. */
const NUMBER = '#';

/**
 * The words of a message, kept for one turn so that a fix on the next bubble ("*amador", "quis dizer IPVA", "identidade
 * kkk esse corretor") can replace the word it fixes: words of the catalogue and of the chat only, each other word kept as
 * UNKNOWN and each number as NUMBER, so that nothing of the citizen's own (a name, a number, an address) is ever kept.
 */
export function typedOf(ctx: EngineContext, text: string, redacted: string): string | undefined {
  // A name, an e-mail, a number or an address the privacy reader finds (`redacted`: the text as it leaves it) is a number
  // here (kept as NUMBER, never itself): "quem fala é márcia" would keep "marcia", whose stem is the catalogue's "marcar".
  const words = fold(redacted.replace(/\[[a-z_]+\]/g, ' 0 ')).split(/[^a-z0-9]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > MAX_TYPED || text.includes('@')) return undefined;
  const kept = words.map((w) => (/\d/.test(w) ? NUMBER : isGlue(w) || isStopword(w) || ctx.search.share(stemOrSelf(w)) > 0 ? w : UNKNOWN));
  const typed = kept.join(' ');
  return typed.length <= MAX_PIECE_CHARS && kept.some((w) => w !== UNKNOWN && w !== NUMBER && !isGlue(w)) ? typed : undefined;
}

/** A fix marked by a star before or after it ("*amador", "amador*, é só lazer"): the clause the star marks. */
const STARRED = /^\s*\*\s*([^,.;!?*]+)|^\s*([^,.;!?*]+?)\s*\*\s*(?:[,.;!?]|$)/u;
/**
 * A fix said ("quis dizer IPVA", "digo, 2ª via", "ou melhor, a CNH"): the words after, up to a pause. Not "corrigindo, …",
 * which opens a correction told ("corrigindo, ele nunca teve RG, é a primeira"), read by the correction intent.
 */
const SAID = /^(?:(?:eu\s+)?(?:quis|queria)\s+dizer|digo|ou melhor)\b[\s,:;]*(?:(?:é|e|era|eh|seria)\s+)?([^,.;!?]+)/u;
/** A fix owned with a pause ("errei, é licenciamento", "escrevi errado: era CNH"), not "errei a declaração" (a slip told). */
const OWNED = /^(?:errei|escrevi errado|digitei errado)\s*[,:;]\s*(?:(?:é|e|era|eh|seria)\s+)?([^,.;!?]+)/u;
/** A fix blamed on the phone's corrector ("a carteira de motorista kkk o corretor trocou", "identidade kkkkk esse corretor"). */
const BLAMED = /^([^,.;!?]+?)[\s,.;!]+(?:(?:k{2,}|(?:ha){2,}|(?:rs){2,})\s*)*(?:(?:o|esse|este|maldito|meu|droga de)\s+)?(?:auto)?corretor\b/u;
/** Words a fix may begin with that fix nothing themselves: an article before the thing ("a carteira de motorista"). */
const FIX_ARTICLES: ReadonlySet<string> = new Set(['a', 'o', 'as', 'os', 'e', 'era', 'eh']);
/** The most words of a fix: a name of a thing ("carteira de motorista"), not a sentence. */
const MAX_FIX = 4;

/**
 * A fix on its own bubble: the words it puts in place of a word of the previous message, whether a star marks it, and
 * whether words follow it ("*amador, é só lazer no fim de semana").
 */
function fixOf(text: string): { words: string[]; star: boolean; more: boolean } | undefined {
  const lower = text.toLowerCase().trim();
  const star = STARRED.exec(lower);
  const said = star ?? SAID.exec(lower) ?? OWNED.exec(lower) ?? BLAMED.exec(lower);
  if (!said) return undefined;
  const words = fold(said[1] ?? said[2] ?? '').split(/[^a-z0-9]+/).filter((w) => w !== '');
  while (words.length > 1 && FIX_ARTICLES.has(words[0] ?? '')) words.shift();
  const more = /[\p{L}\p{N}]/u.test(lower.slice(said.index + said[0].length));
  const named = words.length > 0 && words.length <= MAX_FIX && words.some((w) => !isGlue(w)) && !words.some((w) => NEGATIONS.has(w) || QUESTION_WORDS.has(w));
  return named ? { words, star: star !== null, more } : undefined;
}

/** Is the previous message's word the one the fix's word mends ("iptu" → "ipva", "idade" → "identidade")? */
function mends(word: string, fix: string): boolean {
  if (word === fix || isGlue(word) || word === UNKNOWN || word === NUMBER || word.length < 3 || fix.length < 3) return false;
  const shorter = Math.min(word.length, fix.length);
  if (shorter >= 4 && (fix.includes(word) || word.includes(fix))) return true;
  return word.charAt(0) === fix.charAt(0) && editDistance(word, fix, 2) <= Math.min(2, Math.floor(shorter / 2));
}

/**
 * The previous message with a fix sent on the next bubble put in place of the word it fixes (round 5840): "quero parcelar
 * o iptu atrasado" then "quis dizer IPVA 🤦" is "quero parcelar o ipva atrasado"; "perdi minha CNN ontem" then "a
 * carteira de motorista kkk o corretor trocou" is "perdi minha carteira de motorista ontem". The word fixed is one the fix
 * is a typo or two from, or contains ("idade" → "identidade"), else the one run of words unknown to the catalogue ("CNN",
 * "tra balho"); a question after the fix is read with it (`replaced`). When neither is there, a starred fix with words
 * after it is read as the star alone ("*amador, é só lazer no fim de semana" is "*amador", which the correction reads),
 * and any other message as it is (undefined).
 */
export function withFix(typed: string | undefined, text: string): { text: string; replaced: boolean } | undefined {
  if (typed === undefined || text.length > MAX_PIECE_CHARS) return undefined;
  const found = fixOf(text);
  if (found === undefined) return undefined;
  const fix = found.words;
  const before = typed.split(' ');
  const near = before.findIndex((w) => fix.some((f) => mends(w, f)));
  const runs = before.flatMap((w, i) => (w === UNKNOWN && before[i - 1] !== UNKNOWN ? [i] : []));
  const from = near >= 0 ? near : runs.length === 1 ? (runs[0] ?? -1) : -1;
  if (from < 0) return found.star && found.more ? { text: `*${fix.join(' ')}`, replaced: false } : undefined;
  let to = from + 1;
  while (near < 0 && before[to] === UNKNOWN) to += 1;
  const fixed = [...before.slice(0, from), ...fix, ...before.slice(to)].filter((w) => w !== UNKNOWN && w !== NUMBER).join(' ');
  const asked = /\?/.test(text) ? text.slice(text.search(/[,.;!]/u) + 1).trim() : '';
  return { text: asked === '' || asked === text.trim() ? fixed : `${fixed}, ${asked}`, replaced: true };
}
