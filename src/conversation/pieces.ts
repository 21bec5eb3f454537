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
/** Words that ask: a question word, or a verb a question opens with ("precisa", "tem", "demora", "consigo"). */
const ASKING: ReadonlySet<string> = new Set([
  'como', 'que', 'quanto', 'quanta', 'quantos', 'quantas', 'onde', 'aonde', 'qual', 'quais', 'quando', 'quem', 'porque',
  'precisa', 'preciso', 'precisam', 'tem', 'demora', 'demoram', 'consigo', 'consegue', 'posso', 'pode', 'podem', 'custa', 'paga', 'pago', 'vale', 'serve', 'aceita', 'aceitam',
]);
/** Question words: a message holding one asks on its own, it ends no piece. */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['como', 'que', 'quanto', 'quanta', 'quantos', 'quantas', 'onde', 'aonde', 'qual', 'quais', 'quando', 'quem']);
/**
 * Words that open a question of its own on what was just answered ("e a 2ª via?", "mas e pra moto?"): the topic of the
 * last answer carries to it (views.ts), and no piece is needed.
 */
const OWN_OPENERS: ReadonlySet<string> = new Set(['e', 'mas', 'tambem', 'ou']);
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
 * short, it holds no question word of its own and does not open one ("e a 2ª via?", "paga?", "precisa de bo?": each a
 * question of its own after any answer): "de foto?", "faço?", "muito? 🤔", "eles têm para responder?".
 */
export function withPiece(piece: string | undefined, text: string): string | undefined {
  if (piece === undefined || text.length > 2 * MAX_PIECE_CHARS || !ASKED_AT_END.test(text)) return undefined;
  const { tokens } = readPlain(text);
  const first = tokens[0] ?? '';
  if (tokens.length === 0 || tokens.length > MAX_END || OWN_OPENERS.has(first) || ASKING.has(first) || tokens.some((w) => QUESTION_WORDS.has(w))) return undefined;
  return `${piece} ${text.trim()}`;
}
