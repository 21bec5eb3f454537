// A question sent in pieces, one bubble each ("e quanto" / "custa?", "precisa" / "de foto?", "qual o prazo" / "pra
// pedir?"): the first piece is kept for one turn and the next message, when it only ends the question, is read with it
// (lead, round 5702). Only words of the catalogue and of the chat are ever kept: never a name, a number or an address.
import { stemOrSelf } from '../search/normalize.ts';
import { isGlue, readPlain } from './reading.ts';
import type { EngineContext } from './turn.ts';

/** The most words a piece may have: a question's opening ("quem faz o projeto", "e quanto tempo"). */
const MAX_PIECE = 5;
/** The longest piece kept, in characters (the state's bound); a longer message is read alone, and never read twice. */
const MAX_PIECE_CHARS = 80;
/** The most words of the message that ends a piece ("eles têm para responder?", "pra passar pro meu nome?"). */
const MAX_END = 6;
/** Question words: a message holding one asks on its own, it ends no piece. */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['como', 'que', 'quanto', 'quanta', 'quantos', 'quantas', 'onde', 'aonde', 'qual', 'quais', 'quando', 'quem']);
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
  if (piece.length > MAX_PIECE_CHARS) return undefined;
  return tokens.every((w) => isGlue(w) || ASKING.has(w) || ctx.search.share(stemOrSelf(w)) > 0) ? piece : undefined;
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
