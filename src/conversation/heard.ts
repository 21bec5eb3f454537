// Hearsay with a number, checked against the card in view ("basta ter 18 anos, né?", "li q vale 6 meses, confere?",
// "meu colega disse q tenho só 30 dias pra dar entrada, é vdd?"): the quantity the citizen heard is of a kind (an age,
// a deadline, a validity, a wait, how long it takes), and the card's sentence that gives a quantity of the same kind
// answers, confirming or correcting; where the card gives none, its sentence on that kind ("dentro do prazo indicado
// na notificação", "A data de validade vem impressa"); where it has none either, that it does not say. The rumour is
// never backed: only the card's own sentences are quoted (round 4240).
import type { Service, SynonymEntry } from '../catalogue/schema.ts';
import { analyze } from '../search/normalize.ts';
import { isAsked } from './commands.ts';
import { GENERIC_WORDS } from './cues.ts';
import { splitSentences } from './followup.ts';
import { memo, nameStems, withSynonyms } from './naming.ts';
import { SPELT_NUMBERS } from './numbers.ts';
import { fold } from './text.ts';

/** The kinds of quantity a heard claim is about. */
type Heard = 'age' | 'validity' | 'wait' | 'took' | 'deadline' | 'count';

/** A number in digits or in the words cards and citizens spell small ones with. */
const NUM = `(?:\\d+(?:o|º|ª)?|${['um', 'uma', ...SPELT_NUMBERS, 'quarenta', 'sessenta', 'noventa'].join('|')})`;
/** A span of time after its number ("18 anos", "24h", "7 dias uteis", "120º dia"). */
const SPAN = `${NUM}\\s*(?:anos?|mes|meses|semanas?|dias?|horas?|h|minutos?|min)\\b`;
/** A span in a message or sentence; not a school year ("parei no 9 ano", "do 1º ano"). */
const HAS_SPAN = new RegExp(`\\b(?!${NUM} ano\\b)${SPAN}|(?<!\\b(?:no|do|o|ao|pro|pra|para o) )\\b${NUM} ano\\b`);
/**
 * A span told as the citizen's own fact, not heard ("ele tem 6 anos", "perdi faz 2 meses", "tenho 52 anos"): not when
 * a purpose follows it ("tenho só 30 dias pra dar entrada" is the claim).
 */
const FACT = new RegExp(`\\b(?:tenho|tem|temos|fiz|faz|fazem|fez|ha|completa|completou|completei)\\s+(?:uns |umas |quase |mais de |menos de )?${SPAN}(?!\\s+(?:pra|para|pro)\\b)`, 'g');

/**
 * A count of things after its number ("mais de dois carros", "3 acompanhantes"), round 4242: not an ordinal ("2ª via"),
 * a span of time, money, nor a copy ("a 2 via").
 */
const COUNT = /\b(?:\d+|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez)\s+([a-z]{4,})\b/g;
const NOT_COUNTED: ReadonlySet<string> = new Set(['via', 'vias', 'anos', 'meses', 'dias', 'horas', 'semanas', 'reais', 'conto', 'contos', 'pila', 'serie', 'minutos']);
/** The stems of the things counted in a folded text, in order. */
const countedIn = (folded: string): string[] => [...folded.matchAll(COUNT)].map((g) => g[1] ?? '').filter((w) => !NOT_COUNTED.has(w)).flatMap((w) => analyze(w).slice(0, 1));

/** Verbs of being told or of reading ("disse", "ouvi", "li", "vi"). */
export const TELLING: readonly string[] = ['ouvi', 'li', 'vi', 'disse', 'disseram', 'falou', 'falaram', 'dizem', 'diz', 'contou', 'contaram', 'comentou', 'comentaram', 'garantiu', 'garantiram', 'informou', 'informaram', 'avisou', 'avisaram'];
/** A verb of being told or of reading, then what was told ("meu colega disse q …", "ouvi que …", "vi no youtube q …"). */
const TOLD = new RegExp(`\\b(?:${TELLING.join('|')})\\b(?:\\s+[a-z]+){0,4}?\\s+(?:que|q)\\s+(.+)$`);
/**
 * The places of the words up to the verb of telling ("a moça *do sine falou* q …", "*vi no youtube* q …"): who told or
 * where it was read, not what is asked about.
 */
export function tellerPlaces(tokens: readonly string[]): number[] {
  const verb = tokens.findIndex((w) => TELLING.includes(w));
  return verb < 0 ? [] : tokens.slice(0, verb + 1).map((_, i) => i);
}
/** The clause a verb of telling reports, folded ("meu cunhado disse que *só se denuncia indo à delegacia*"); undefined when none. */
function heardClause(text: string): string | undefined {
  return TOLD.exec(fold(text))?.[1];
}

/**
 * The way a thing is done, as a claim heard says it (round 6500): in person ("presencialmente", "pessoalmente"), only on
 * the internet or not ("só pela internet", "forma eletrônica"), or by going to a public office ("indo à delegacia",
 * "emitida no escritório do IMA", "pegando na delegacia", "ir à repartição fazendária"). Not a notary's or a bank's
 * ("reconhecer firma no cartório", "pagar no banco"): what is done there is a document or a payment, not the way.
 */
const WAY_HEARD = /\b(?:presencia\w*|pessoalmente|eletronic\w*|online|on line|(?:pela|pelo|na|no) (?:internet|net|site|aplicativo|app)|(?:ir|indo|vai|vou|va|pegando|buscando|entregando|emitid[ao]s?|feit[ao]s?|marcad[ao]s?|pedid[ao]s?|registrad[ao]s?) (?:ate |la )?(?:a |ao |na |no |numa |num |em )?(?:delegacia|escritorio|reparticao|agencia|posto|uai|escola|balcao|unidade|sede|orgao|detran|prefeitura|secretaria|superintendencia|ciretran|forum)s?)\b/;
/** A fee, as a claim heard says it ("paga uma taxa no banco", "o governo cobra", "é de graça"), round 6500. */
const COST_HEARD = /\b(?:paga|pagar|pagam|pago|cobra|cobram|cobrar|cobrad[ao]|taxas?|custa|custam|de graca|gratis|gratuit\w*)\b/;

/**
 * Who may, as a claim heard says it (round 6500): only someone may ("só a concessionária pode emplacar", "só advogado
 * consegue fazer esse pedido", "só pode quem já terminou"), or someone may not ("estrangeiro não pode pedir").
 */
const WHO_HEARD = /\b(?:(?:so|somente|apenas) (?:(?:o|a|os|as|um|uma) )?[a-z]{3,}(?: (?:ou|e) (?:(?:o|a|os|as) )?[a-z]{3,})? (?:pode|podem|consegue|conseguem)|(?:so|somente|apenas) (?:pode|podem) quem|(?:nao|ninguem) (?:pode|podem|consegue|conseguem) (?:pedir|fazer|solicitar|tirar))\b/;

/**
 * What to bring, as a claim heard says it (round 6500): only one thing is enough ("só precisa levar a identidade", "é só
 * mandar uma foto do crv", "só o CPF basta").
 */
const PAPERS_HEARD = /\b(?:so|somente|apenas|basta)\b.*\b(?:levar|leva|mandar|manda|apresentar|identidade|rg|cpf|cnh|documentos?|foto|copia|xerox|crv|certidao)\b/;

/**
 * It happens by itself, as a claim heard says it (round 6502): "a isenção é automática, nem precisa pedir", "a renovação
 * é automática e não é preciso fazer nada": how it is asked for, which the card's steps say.
 */
const BY_ITSELF_HEARD = /\b(?:automatic\w*|nem precisa (?:pedir|solicitar|fazer nada)|nao (?:precisa|e preciso) (?:pedir|solicitar|fazer nada))\b/;

/**
 * The topic a claim heard is about, when it is the way the service is done, its cost, who may or what to bring (round
 * 6500), or that it happens by itself (round 6502): the question the citizen checks ("meu cunhado disse que só se denuncia indo à delegacia, é assim?" asks whether it is
 * done online). Not with a number ("li q se tiver mais de dois carros na batida nao da pra fazer online"): the case
 * counted is what the card's sentence answers (round 4242); nor a claim of both.
 */
export function topicHeard(text: string): 'online' | 'cost' | 'requirements' | 'documents' | 'how' | undefined {
  const clause = heardClause(text);
  if (clause === undefined || HAS_SPAN.test(clause) || countedIn(clause).length > 0) return undefined;
  const found = ([['online', WAY_HEARD], ['cost', COST_HEARD], ['requirements', WHO_HEARD], ['documents', PAPERS_HEARD], ['how', BY_ITSELF_HEARD]] as const).filter(([, re]) => re.test(clause));
  return found.length === 1 ? found[0]?.[0] : undefined;
}

/**
 * The place of the first word of the claim a verb of telling reports, in a message's tokens ("ela falou q *paga uma taxa
 * no banco antes*": 3), the "que/q" at most five words after the verb; -1 when none (round 6501).
 */
export function claimStart(tokens: readonly string[]): number {
  const verb = tokens.findIndex((w) => TELLING.includes(w));
  if (verb < 0) return -1;
  const that = tokens.findIndex((w, i) => i > verb && i <= verb + 5 && (w === 'que' || w === 'q'));
  return that < 0 ? -1 : that + 1;
}

/** A check of what was said, closing the message ("confere?", "procede?", "é isso?", "eh vdd?", "né?"). */
const CHECK = /\b(?:confere|procede|(?:e|eh) (?:isso|assim|verdade|vdd|mesmo)(?: mesmo| msm)?|verdade|vdd|ne|certo|correto|isso mesmo)\s*$/;

/** A conclusion drawn from what the bot said ("então tenho…", "ah entao…", "quer dizer que…", "ou seja…"), r40c. */
const CONCLUDED = /^(?:(?:ah|a|ok|blz|hum|ta|entendi|show|certo)\s+)?(?:entao|quer dizer que|ou seja)\b/;

/** What the claim says of its quantity, in the order tried: how long it is valid, an age, a wait, how long it takes; else a deadline. */
const CLAIM_KINDS: readonly (readonly [Heard, RegExp])[] = [
  ['validity', /\b(?:vale|valem|valendo|valida|valido|validade|dura|duram)\b/],
  ['age', new RegExp(`\\b(?:ter|tenha|tem|idade de|maior(?:es)? de|menor(?:es)? de|acima de|abaixo de|a partir d[oa]s?|depois dos|antes dos|aos|com) ${NUM} anos\\b|\\b${NUM} anos de idade\\b`)],
  ['wait', /\b(?:esperar|espera|aguardar|aguarda|carencia)\b/],
  ['took', /\b(?:sai|saem|leva|levam|demora|demoram|fica pronto|fica pronta|ficar pronto|ficar pronta|chega|chegam)\b/],
];

/** What a sentence of the card says of a quantity of each kind. */
const SAYS: Readonly<Record<Exclude<Heard, 'count'>, RegExp>> = {
  validity: /\b(?:vale|valem|validade|valid[oa]s?|vence\w*|vencimento)\b/,
  age: new RegExp(`\\b(?:ter|tem|de|entre|acima de|abaixo de|maior(?:es)? de|menor(?:es)? de|a partir dos|dos|menos de|mais de) ${NUM}(?: (?:e|a) ${NUM})? anos\\b`),
  wait: /\b(?:esper\w*|aguard\w*|antecedencia|carencia)\b/,
  took: /\b(?:costuma\w*|leva|levam|demora\w*|em cerca de|na hora|imediat\w*|fica pronto|fica pronta)\b/,
  deadline: new RegExp(`\\b(?:prazo|dentro de|em ate|ate ${NUM}|entre o ${NUM}|do ${NUM} ao|${NUM} dias a partir|tem ate|tem ${NUM} dias)\\b`),
};

/** A claim heard with a number: its kind and the stems of its words that name something (not the number, not the service). */
export interface QuantityHeard {
  kind: Heard;
  stems: readonly string[];
  unit: string;
}

/**
 * A claim heard and checked, holding a span of time ("ouvi que basta ter 18 anos, confere?"); undefined when the message
 * checks nothing heard, or its claim holds no number with a unit of time.
 */
export function quantityHeard(text: string): QuantityHeard | undefined {
  const folded = fold(text);
  const check = CHECK.exec(folded);
  const told = TOLD.exec(folded);
  // Asked, and checked by a closing tag ("…, né?") or heard ("ouvi que … 24 horas?"); or drawn from what was said, a
  // conclusion opening with "então" ("entao tenho 120 dias pra pedir ne", no mark needed), r40c.
  const concluded = CONCLUDED.test(folded);
  if ((!isAsked(text) && !concluded) || (check === null && told === null && !concluded)) return undefined;
  const clause = (told?.[1] ?? folded).replace(CHECK, '').replace(FACT, ' ');
  const span = HAS_SPAN.exec(clause);
  const counted = span === null ? countedIn(clause)[0] : undefined;
  if (counted !== undefined) return { kind: 'count', stems: analyze(clause).filter((x) => !/^\d/.test(x) && !GENERIC_WORDS.has(x) && x !== counted), unit: counted };
  if (span === null) return undefined;
  const kind = CLAIM_KINDS.find(([, re]) => re.test(clause))?.[0] ?? 'deadline';
  const unit = analyze(span[0].replace(/^\S+\s*/, ''))[0] ?? '';
  const stems = analyze(clause.replace(span[0], ' ')).filter((x) => !/^\d/.test(x) && !GENERIC_WORDS.has(x));
  return { kind, stems, unit };
}

/** A sentence of the card as a claim heard reads it: folded, its stems, the unit of its first span of time, the things it counts. */
interface CardSentence {
  sentence: string;
  folded: string;
  stems: ReadonlySet<string>;
  span: string | undefined;
  counts: readonly string[];
}
/** Every sentence of the card's own texts (description, who may ask, steps, time), and each step's title, once per service. */
const cardSentences = memo((s: Service): readonly CardSentence[] =>
  [...new Set([...splitSentences([s.description, ...s.requesters.map((r) => r.requirements), ...s.steps.map((st) => st.description), s.estimatedTime.description ?? '']), ...s.steps.map((st) => st.title.trim()).filter((x) => x !== '')])].map((sentence) => {
    const folded = fold(sentence);
    const span = HAS_SPAN.exec(folded)?.[0];
    return { sentence, folded, stems: new Set(analyze(folded)), span: span === undefined ? undefined : analyze(span.replace(/^\S+\s*/, ''))[0], counts: countedIn(folded) };
  }));

/**
 * The card's sentences answering a claim heard: those giving a span of time said as the claim's kind ("para D, ter 21
 * anos" for "basta ter 18 anos"); else those saying the kind without a number ("dentro do prazo indicado na
 * notificação"). Weighed by the kind (2), the same unit (1) and each word of the claim held (1); two at least. The best
 * one, or none: then the card does not say. `took` (how long it takes) is answered by the time topic when no sentence
 * gives its span: undefined then, as for a claim the card's sentences do not meet at all.
 */
export function heardAnswer(s: Service, heard: QuantityHeard, synonyms: readonly SynonymEntry[]): { lines: string[]; time?: true } | undefined {
  const own = nameStems(s);
  const words = heard.stems.filter((x) => !own.has(x));
  const all = cardSentences(s);
  const held = (a: CardSentence): number => words.filter((x) => a.stems.has(x)).length;
  // A count is answered by the sentence counting the same thing, or a thing of the same meaning ("mais de dois carros" /
  // "até 5 veículos"), the one holding most of the claim's words (round 4242).
  if (heard.kind === 'count') {
    const things = withSynonyms(synonyms, new Set([heard.unit]));
    const counting = all.filter((a) => a.counts.some((c) => things.has(c)));
    const top = counting.reduce<CardSentence | undefined>((b, a) => (b === undefined || held(a) > held(b) ? a : b), undefined);
    return top === undefined ? undefined : { lines: [top.sentence] };
  }
  const says = SAYS[heard.kind];
  const weigh = (a: CardSentence): number => (says.test(a.folded) ? 2 : 0) + (a.span !== undefined && a.span.slice(0, 3) === heard.unit.slice(0, 3) ? 1 : 0) + held(a);
  const best = (pool: readonly CardSentence[]): string | undefined => {
    let top: string | undefined;
    let most = 1;
    for (const a of pool) {
      const w = weigh(a);
      if (w > most) [top, most] = [a.sentence, w];
    }
    return top;
  };
  const spanned = best(all.filter((a) => a.span !== undefined && says.test(a.folded)));
  if (spanned !== undefined) return { lines: [spanned] };
  // How long it takes, where no sentence gives a span of it: the card's time ("costuma sair em poucos dias úteis"),
  // round 4243.
  if (heard.kind === 'took') return { lines: [], time: true };
  const said = best(all.filter((a) => says.test(a.folded)));
  return said === undefined ? undefined : { lines: [said] };
}
