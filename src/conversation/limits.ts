// A count told or asked against a limit the card in view sets ("foi engavetamento de 6 carros, dá pra fazer por aqui?",
// "bateram sete carros", "até quantos veículos pode?"): the card's sentence that sets the limit on that thing ("com até 5
// veículos") answers it, not a request to register nor a topic its other words brush (round 4763). Time limits ("até 30
// dias") are deadlines, read elsewhere.
import type { Service } from '../catalogue/schema.ts';
import { fold } from '../core/normalize.ts';
import { analyze } from '../search/normalize.ts';
import type { Message } from './message.ts';
import { quotable } from './followup.ts';
import { memo } from './naming.ts';
import { SPELT_NUMBERS } from './numbers.ts';

/** A count in words (numbers.ts), two at least. */
const NUMBER_WORDS = [...SPELT_NUMBERS, 'onze'].join('|');
/** Units of time: a limit in them is a deadline ("até 30 dias do fato"), not a count. */
const TIME_UNITS: ReadonlySet<string> = new Set(['dia', 'dias', 'mes', 'meses', 'ano', 'anos', 'hora', 'horas', 'semana', 'semanas', 'minuto', 'minutos', 'uteis', 'corridos', 'vezes', 'reais', 'pontos']);
/** Things counted that are one kind to a citizen and to a card ("carros" against "veículos"). */
const KINDS: ReadonlyMap<string, string> = new Map(
  [['veiculo', ['carro', 'carros', 'veiculo', 'veiculos', 'moto', 'motos', 'caminhao', 'caminhoes', 'automovel', 'automoveis', 'onibus', 'carreta', 'carretas']]].flatMap(([k, ws]) => (ws as string[]).map((w): [string, string] => [w, k as string])),
);
/** What a counted word stands for: its kind, else its stem. */
function thingOf(word: string): string | undefined {
  if (TIME_UNITS.has(word)) return undefined;
  return KINDS.get(word) ?? analyze(word)[0];
}

/** A limit a card's sentence sets: "até 5 veículos", "no máximo 2 acompanhantes", "limite de 3 pessoas". */
const LIMIT_SET = new RegExp(String.raw`\b(?:ate|no maximo|maximo de|limite de) (?:\d+|${NUMBER_WORDS}) (\w+)`, 'g');
/** Each sentence of the card that sets a limit on a thing counted, with that thing. */
const limitsOf = memo((s: Service): readonly { sentence: string; thing: string }[] =>
  quotable(s).flatMap((sentence) => [...fold(sentence).matchAll(LIMIT_SET)].flatMap((x) => {
    const thing = thingOf(x[1] ?? '');
    return thing === undefined ? [] : [{ sentence, thing }];
  })),
);

/** A count told ("6 carros", "sete carros", "com 4 veículos"), two at least. */
const COUNT_TOLD = new RegExp(String.raw`\b(?:\d+|${NUMBER_WORDS}) (\w+)`, 'g');
/** A limit asked ("até quantos veículos", "quantos carros no máximo", "qual o limite de carros"). */
const COUNT_ASKED = /\b(?:ate quant[oa]s|quant[oa]s|limite de|maximo de|numero maximo de|quantidade maxima de) (\w+)/g;

/** The card's sentences setting a limit on the thing the message counts or asks the limit of; none when it sets none. */
export function limitSentences(focus: Service, m: Pick<Message, 'tokens'>): string[] {
  const limits = limitsOf(focus);
  if (limits.length === 0) return [];
  const text = m.tokens.join(' ');
  const things = new Set([...text.matchAll(COUNT_TOLD), ...text.matchAll(COUNT_ASKED)].flatMap((x) => thingOf(x[1] ?? '') ?? []));
  return [...new Set(limits.filter((l) => things.has(l.thing)).map((l) => l.sentence))];
}
