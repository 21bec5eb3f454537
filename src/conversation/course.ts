// A yes-or-no question on a card about the course any request runs (a deadline missed, a fine for it, a document
// that has expired, giving up, living in another state), asked of the card in view: those words are every service's,
// so a service that one of them finds ("multa": the fines' lookup; "vencido": the licence renewal; "outro estado":
// the licence's transfer) is not named by them (round 2720).
import type { Service } from '../catalogue/schema.ts';
import type { Catalogue } from '../catalogue/load.ts';
import { analyze, fold, stemOrSelf } from '../search/normalize.ts';
import { isAsked } from './commands.ts';
import { WH_WORDS } from './cues.ts';
import { asksProxy, awayDocumentAsked, otherStatesTold, passages } from './followup.ts';
import type { Message } from './message.ts';
import { HOLDS_THERE, HOME_WORDS, isOwnWords, namingWords, PEOPLE, THING_CARRIED, focusOf } from './topics.ts';
import { serviceOf, type TurnBuilder } from './turn.ts';
import { memo, namesService } from './naming.ts';

/** A document expired, or a request given up or undone: a case said in a word a sentence answering it holds too. */
const EXPIRED_OR_UNDONE = ['vencido', 'vencida', 'vencidos', 'vencidas', 'venceu', 'expirado', 'expirada', 'desistir', 'desisto', 'desisti', 'cancelar', 'cancela', 'cancelo', 'cancelamento', 'desfazer'];
/** What a case may bring about, named ("multa", "juros"): the words a sentence answering it holds. */
const CONSEQUENCES = ['multa', 'multas', 'juros', 'penalidade', 'punicao'];

/**
 * Words of a case of the course: a deadline passed or missed, a document's validity ("vencido", "vale"), giving up or
 * undoing ("desistir", "cancelar"). One of them, or another state said as such (OTHER_STATE), makes the question a
 * case put to the card.
 */
const CASE_WORDS: ReadonlySet<string> = new Set([
  ...HOLDS_THERE,
  'prazo', 'prazos', 'atrasar', 'atrasei', 'atraso', 'atrasado', 'atrasada',
  ...EXPIRED_OR_UNDONE, 'valendo', 'aceita', 'aceitam',
]);

/** The words of another state, a case when said as such ("outro estado", "fora de Minas"): see OTHER_STATE. */
const STATE_WORDS: ReadonlySet<string> = new Set(['outro', 'outra', 'outros', 'estado', 'estados', 'uf', 'fora', 'minas']);

/** What the case may bring about, asked whether there is any ("tem multa?", "pago juros?", "há penalidade?"). */
const CONSEQUENCE_WORDS: ReadonlySet<string> = new Set([...CONSEQUENCES, 'ha', 'pago', 'pagar', 'cobra', 'cobram', 'gera']);

/** The doing of the request itself, which names nothing ("resolver", "fazer", "consigo", "pedir"). */
const DOING_WORDS: ReadonlySet<string> = new Set([...HOME_WORDS, 'la', 'fora', 'perder', 'passar', 'passe', 'passei', 'passa', 'resolver', 'resolvo', 'fazer', 'faco', 'consigo', 'conseguir', 'pedir', 'peco', 'pedido', 'depois', 'antes', 'msm', 'mesmo', 'documento', 'documentos']);

/** Wishing or asking to be shown: what follows is asked for ("quero ver minhas multas"). */
const WISH_WORDS: ReadonlySet<string> = new Set(['quero', 'queria', 'gostaria', 'mostra', 'mostre', 'ver', 'consultar', 'consulto']);

/**
 * The card in view, when the message is a yes-or-no question ("?") that puts a case of the course to it ("se passar do
 * prazo tem multa?", "documento vencido vale?", "mudei pra outro estado, dá pra resolver de lá?", "se eu desistir dá
 * pra cancelar?"): every naming word is a word of such a case, of what it brings about, of the doing itself, or the
 * card's own. Not a thing carried over ("e a multa?"), a wish ("quero ver as multas") or a wh-question.
 */
export function courseAsked(t: TurnBuilder, m: Message): { focus: Service; rest: string[] } | undefined {
  const focus = focusOf(t);
  if (focus === undefined || t.state.view.at !== 'service' || !isAsked(m.text)) return undefined;
  // A question asking which, how, where or when (cues.ts WH_WORDS) is not a yes-or-no question about a case.
  if (THING_CARRIED.test(m.tokens.join(' ')) || asksProxy(m.text) || m.tokens.some((w) => WH_WORDS.has(w) || WISH_WORDS.has(w))) return undefined;
  // The case said in any word ("se passar do *prazo*"), and the words of the course left to name a service.
  const elsewhere = OTHER_STATE.test(fold(m.text));
  if (!elsewhere && !m.tokens.some((w) => CASE_WORDS.has(w))) return undefined;
  // "Identidade de outro estado?" on a card that wants the identity issued in Minas: who may ask settles it (round 6640).
  if (elsewhere && awayDocumentAsked(focus, t.ctx.catalogue.otherStates, m.text)) return undefined;
  const naming = namingWords(m, []).filter((w) => !PEOPLE.has(w));
  const course = naming.filter((w) => CASE_WORDS.has(w) || CONSEQUENCE_WORDS.has(w) || (elsewhere && STATE_WORDS.has(w)));
  const rest = naming.filter((w) => !course.includes(w) && !DOING_WORDS.has(w));
  // A case the card itself speaks of ("e se eu atrasar?" on the IPVA) is left to the readers of its sentences.
  // Another state, by the card's sentences that say it ("Para viagens entre estados…", "habilitação de outro estado").
  const ownCase = elsewhere ? otherStatesTold(focus, m.text).length > 0 || OTHER_STATE.test(cardText(focus)) : course.every((w) => isOwnWords(focus, [w]));
  if (ownCase || (rest.length > 0 && !isOwnWords(focus, rest))) return undefined;
  // Only when those words find another service first, which the rest does not name: the card would be left for it.
  const other = serviceOf(t.ctx, t.ctx.search.search(course.join(' '), 3).hits[0]?.id ?? '');
  return other !== undefined && other.id !== focus.id && !namesService(t.ctx, other, rest) ? { focus, rest } : undefined;
}

/** The words a sentence must hold to answer such a case: what it brings about, or else the case itself. */
const CONSEQUENCE_NOUNS: ReadonlySet<string> = new Set(CONSEQUENCES);
const CASE_NOUNS: ReadonlySet<string> = new Set(EXPIRED_OR_UNDONE);
/** Another state said in a sentence ("de outro estado", "outros estados", "fora de Minas"). */
const OTHER_STATE = /\b(outros? estados?|outra uf|fora de minas)\b/;

/**
 * The card's sentences that answer the case asked (`courseAsked`): those the question's words find that also hold what
 * the case brings about ("multa"), else the case itself ("vencido", "cancelar", "outro estado"). A sentence holding only
 * the doing or the deadline ("O prazo para pedir é…") does not answer whether there is a fine.
 */
export function courseSentences(focus: Service, words: Pick<Catalogue, 'nearSynonyms' | 'otherStates'>, m: Message): string[] {
  const consequence = m.tokens.filter((w) => CONSEQUENCE_NOUNS.has(w));
  const keys = consequence.length > 0 ? consequence : m.tokens.filter((w) => CASE_NOUNS.has(w));
  const stems = keys.map((w) => stemOrSelf(w));
  const elsewhere = keys.length === 0 && OTHER_STATE.test(fold(m.text));
  if (stems.length === 0 && !elsewhere) return [];
  return passages(focus, words, m.text, [], true).filter((line) => {
    const held = analyze(line);
    return elsewhere ? OTHER_STATE.test(fold(line)) : stems.every((x) => held.includes(x));
  });
}

/** A card's texts, whole and folded: its title, names, description and steps (worked out once per service). */
const cardText = memo((s: Service): string =>
  fold([s.title, ...s.popularNames, s.description, ...s.steps.flatMap((st) => [st.title, st.description, ...st.documents])].join(' ')));
