// What the citizen tells of what happened rather than asks for: where something was lost or taken ("perdi minha
// cnh *no ônibus*"). Left out of what a message names, in corrections, follow-up questions and searches.
import { WANT_OPENERS } from './cues.ts';
import { SPELT_NUMBERS } from './numbers.ts';
import { findMunicipality } from './places.ts';
import { clausesAt, clausePositions, readPlain, type Reading } from './reading.ts';
import { fold } from './text.ts';

/**
 * Verbs of losing, forgetting or leaving behind something oneself ("*perdi* a cnh", "*esqueci* a senha", "*deixei* o
 * número em casa"): both lists below build on them.
 */
const LOSING: readonly string[] = ['perdi', 'perdeu', 'perdemos', 'perderam', 'esqueci', 'esqueceu', 'deixei'];
/** Verbs of losing something or having it taken: where it happened, said after them, is the story. */
const LOSS_VERBS: ReadonlySet<string> = new Set([...LOSING,
  // Dropping it ("*caiu* na rua").
  'caiu',
  // Having it taken, a place too ("*roubaram* na rodoviária").
  'roubaram', 'furtaram', 'levaram', 'roubou', 'furtou', 'levou',
]);
/** Being robbed or having something taken, said of the person ("meu filho *foi assaltado*", "ela *foi roubada*"). */
const ROBBED: ReadonlySet<string> = new Set(['assaltado', 'assaltada', 'assaltaram', 'roubado', 'roubada', 'furtado', 'furtada']);

/** True when the message tells of something lost or taken ("levaram a identidade dele", "meu filho foi assaltado"). */
export function lossTold(m: Reading): boolean {
  return m.tokens.some((w) => LOSS_VERBS.has(w) || ROBBED.has(w));
}

/** Verbs and states of a thing spoilt ("o cachorro *mordeu*", "*molhou*", "tá *rasgada*"). */
const SPOILT: ReadonlySet<string> = new Set(['rasgou', 'rasgaram', 'rasgada', 'rasgado', 'estragou', 'estragada', 'estragado', 'molhou', 'molhada', 'molhado', 'quebrou', 'quebrada', 'quebrado', 'mordeu', 'roeu', 'danificada', 'danificado', 'desbotou', 'apagou', 'queimou', 'queimada', 'queimado', 'manchou']);

/** True when the message tells of something spoilt ("o cachorro mordeu meu rg", "a cnh molhou"), round 6083. */
export function spoiltTold(m: Reading): boolean {
  return m.tokens.some((w) => SPOILT.has(w));
}

/** Another one of a thing ("como faz *outra*", "preciso de *uma nova*"). */
export const ANOTHER: ReadonlySet<string> = new Set(['outra', 'outro', 'nova', 'novo']);
/** A thing told as taken ("tinham *levado* minha carteira", "a bolsa *foi levada*"), besides the verbs of `lossTold`. */
const TAKEN = /\b(?:tinham|tinha|haviam|foi|foram) levad[oa]s?\b/;

/**
 * A story that tells a thing lost or taken, whose asking sentence asks another one ("…levaram celular, carteira e
 * documentos. O boletim já fiz. Agora preciso de *outra* identidade."): its 2nd copy is asked for (round 5860).
 */
export function anotherOfLost(text: string, ask: string): boolean {
  const folded = fold(text);
  const lost = folded.split(' ').some((w) => LOSS_VERBS.has(w) || ROBBED.has(w) || LOSS_NAMED.has(w)) || TAKEN.test(folded);
  return lost && (fold(ask).split(' ').some((w) => ANOTHER.has(w)) || COPY_ASKED.test(fold(ask)));
}

/** The loss named, by the report made of it or its text ("fiz o BO de *perda*", "o boletim de *furto*", "documentos *extraviados*"), round 6121. */
const LOSS_NAMED: ReadonlySet<string> = new Set(['perda', 'furto', 'roubo', 'assalto', 'extravio', 'extraviado', 'extraviada', 'extraviados', 'extraviadas']);
/** A 2nd copy asked by its name ("como tiro a *segunda via* da cnh", "agr como tiro a *2 via*"), round 6121. */
const COPY_ASKED = /\b(segunda|2|2a) via\b/;

/** Prepositions that open where something happened ("na rodoviária", "no ônibus", "em casa"). */
const IN_PLACE: ReadonlySet<string> = new Set(['na', 'no', 'em', 'num', 'numa', 'nas', 'nos',
  // "dentro do ônibus", "dentro da loja" (round 3503).
  'dentro']);
/**
 * What one falls for ("caiu *num golpe* de Pix", "caí no conto do bilhete"): after "cair em", a trick, not a place
 * where something was dropped (round 4980).
 */
const TRICKS: ReadonlySet<string> = new Set(['golpe', 'golpes', 'conto', 'fraude', 'armadilha', 'cilada', 'esquema', 'papo', 'labia']);
/** Words that end the place where something was lost ("no ônibus *com* os documentos"). */
const PLACE_ENDS: ReadonlySet<string> = new Set(['com', 'e', 'mas', 'pq', 'porque', 'quando', 'que', 'q']);

/**
 * The tokens of where something was lost or taken ("perdeu a identidade *na escola*", "perdi *na rodoviária*"): from
 * the first "na/no/em" after a verb of losing, in the same clause, to the next pause or a word that ends the place.
 * It names no service asked for.
 */
export function lossPlace(m: Reading): number[] {
  const out: number[] = [];
  let lost = false;
  let place = false;
  m.tokens.forEach((w, i) => {
    // "minha identidade foi furtada dentro do ônibus": taken, said of the thing, a place too (round 3503).
    if (LOSS_VERBS.has(w) || ROBBED.has(w)) lost = true;
    else if (lost && !place && IN_PLACE.has(w)) place = !TRICKS.has(m.tokens[i + 1] ?? '') && !(m.tokens[i + 1] === 'um' && TRICKS.has(m.tokens[i + 2] ?? ''));
    // "…no onibus com os documentos": what was lost, said after the place, is no place.
    else if (place && PLACE_ENDS.has(w)) lost = place = false;
    if (place) out.push(i);
    if (m.pauses?.has(i)) lost = place = false;
  });
  return out;
}

/**
 * The text up to where something was lost or taken, when it says where ("perdi minha cnh ontem no onibus" → "perdi
 * minha cnh ontem"); undefined otherwise. Everything from the place to the next pause goes: a search retried on the request alone.
 */
export function withoutLossPlace(text: string): string | undefined {
  const m = readPlain(text);
  const start = lossPlace(m)[0];
  if (start === undefined) return undefined;
  // A clause of its own after the place is no part of the story: "perdi meu rg no onibus, *preciso fazer bo?*" asks
  // for the report.
  const end = [...(m.pauses ?? [])].filter((p) => p >= start).sort((a, b) => a - b)[0];
  return [...m.tokens.slice(0, start), ...(end === undefined ? [] : m.tokens.slice(end + 1))].join(' ');
}

/** Forms of "esquecer" telling of having forgotten ("esqueci", "esqueceu", "esquecemos"). */
const FORGOT = /^esquec(i|eu|emos|eram)$/;

/**
 * The places of a verb of forgetting followed by what was not done, an infinitive ("*esqueci* de renovar a matrícula",
 * "ela *esqueceu* de pagar o ipva"): the forgetting is the story, the act forgotten the request ("esqueci a senha do
 * gov.br" forgets a thing, and keeps its verb).
 */
export function forgotToDo(m: Reading): number[] {
  return m.tokens.flatMap((w, i) => {
    const next = m.tokens[i + 1] === 'de' ? m.tokens[i + 2] : m.tokens[i + 1];
    return FORGOT.test(w) && next !== undefined && next.length > 3 && /(ar|er|ir)$/.test(next) ? [i] : [];
  });
}

/** The text without its verbs of forgetting to do something ("esqueci de renovar a matrícula" → "de renovar a matrícula"); undefined when it has none. */
export function withoutForgetting(text: string): string | undefined {
  const m = readPlain(text);
  const forgot = forgotToDo(m);
  return forgot.length === 0 ? undefined : m.tokens.filter((_, i) => !forgot.includes(i)).join(' ');
}

/** What identifies a request or an account rather than being a document ("o *número* do reds", "a *senha* do portal"). */
const DETAILS: ReadonlySet<string> = new Set(['numero', 'senha', 'protocolo', 'codigo', 'login', 'usuario', 'chave',
  // The message or receipt the number came in ("perdi o *email* com o número", "perder o *comprovante* do agendamento").
  'email', 'comprovante']);
/**
 * Verbs of having lost or forgotten a detail ("*perdi* o número", "*esqueci* a senha"). Not the thefts of LOSS_VERBS: a
 * number or a paper taken by a thief is a theft to report, no detail the citizen mislaid.
 */
const LOST_DETAIL_VERBS: ReadonlySet<string> = new Set([...LOSING,
  // Deleting a number or a message ("*apaguei* o protocolo").
  'apaguei', 'apagou',
  // A loss put as a case ("e se eu *perder* o comprovante?", "se ela *esquecer* a senha").
  'perder', 'perderem', 'esquecer', 'esquecerem',
]);

/**
 * The places of a verb of losing or forgetting followed, within two words, by a detail that identifies something
 * ("*perdi* o número do reds", "esqueci minha senha"): the citizen lost a number or a password, not a document.
 */
export function lostDetail(m: Reading): number[] {
  return m.tokens.flatMap((w, i) => (LOST_DETAIL_VERBS.has(w) && m.tokens.slice(i + 1, i + 3).some((x) => DETAILS.has(x)) ? [i] : []));
}

/** Verbs of getting back what was lost ("como *recupero*?"): asked of the lost detail, they name no service. */
const GETTING_BACK = /^(recuper\w*|reaver|resgat\w*)$/;

/**
 * "perdi o número do protocolo, como recupero?", "ela esqueceu a senha": a detail of the card's own request lost or
 * forgotten (`lostDetail`), the detail words said (each place in `details`), and the places of the words that tell the
 * loss and its getting back, which name no service; undefined when no detail is lost.
 */
export function lostDetailTold(m: Reading): { details: number[]; told: number[] } | undefined {
  const verbs = lostDetail(m);
  if (verbs.length === 0) return undefined;
  const details = m.tokens.flatMap((w, i) => (DETAILS.has(w) ? [i] : []));
  const told = [...verbs, ...details, ...m.tokens.flatMap((w, i) => (GETTING_BACK.test(w) ? [i] : []))];
  return { details, told };
}

/** What the request itself brings back ("a *resposta* vem como?"): awaited, like a detail of it. */
const AWAITED: ReadonlySet<string> = new Set([...DETAILS, 'resposta', 'respostas']);
/** Verbs of receiving or arriving ("como *recebo* o número?", "a resposta *vem* como?", "o protocolo *chega* onde?"). */
const ARRIVING = /^(receb\w*|chega|chegam|chegar|chegou|vem|vir|veio|vao vir)$/;

/**
 * "como eu recebo o número do boletim?", "e a resposta vem como?": how a detail of the card's own request (`AWAITED`)
 * reaches the citizen, a verb of receiving or arriving within two words of it; the detail words (`details`) and the
 * words that tell its arrival (`told`), which name no service; undefined when none is awaited.
 */
export function awaitedDetailTold(m: Reading): { details: number[]; told: number[] } | undefined {
  const details = m.tokens.flatMap((w, i) => (AWAITED.has(w) ? [i] : []));
  const verbs = m.tokens.flatMap((w, i) => (ARRIVING.test(w) && details.some((d) => Math.abs(d - i) <= 3) ? [i] : []));
  return verbs.length === 0 ? undefined : { details, told: [...verbs, ...details] };
}

/** A printed copy of something ("o *papel* do bo", "a *folha*", "o *impresso*"): lost, it is printed again. */
const PRINTOUTS: ReadonlySet<string> = new Set(['papel', 'papelzinho', 'folha', 'impresso', 'impressao', 'xerox']);

/**
 * The places of a verb of losing followed, within two words, by a printed copy ("preciso imprimir o BO de novo,
 * *perdi o papel*"): the citizen lost the printout of something, not a document; it names no service.
 */
export function lostPrintout(m: Reading): number[] {
  return m.tokens.flatMap((w, i) => {
    if (!LOST_DETAIL_VERBS.has(w)) return [];
    const at = m.tokens.slice(i + 1, i + 3).findIndex((x) => PRINTOUTS.has(x));
    return at < 0 ? [] : m.tokens.slice(i, i + 2 + at).map((_, k) => i + k);
  });
}

/** The means of paying a fee ("pix", "boleto", "cartão"), and the verbs of taking or using one ("aceita pix", "nao *uso* pix"). */
const PAY_MEANS: ReadonlySet<string> = new Set(['pix', 'boleto', 'boletos', 'cartao', 'credito', 'debito', 'loterica']);
const USING: ReadonlySet<string> = new Set(['uso', 'usa', 'usar', 'tenho', 'tem', 'aceita', 'aceitam', 'gera', 'sai']);
const PAID_BY: ReadonlySet<string> = new Set(['no', 'na', 'com', 'por', 'pelo', 'pela', 'via', 'em']);
const PAYING_VERB = /^pag(a|o|ar|amos|am|amento|ando)$/;
/** Paying in instalments ("parcelar", "parcela", "parcelado"): with a means after it, how the fee is paid ("parcelar *no cartão*"). */
const INSTALMENT_VERB = /^parcel(a|o|ar|amos|am|amento|ado|ada|ando)$/;
/** The kind of card said after "cartão" ("cartão *de débito*", "cartão *de crédito*"): part of the means. */
const CARD_KINDS: ReadonlySet<string> = new Set(['credito', 'debito']);
/** The verbs of taking a means ("aceita", "aceitam"), which alone make "débito" a means of paying. */
const TAKING: ReadonlySet<string> = new Set(['aceita', 'aceitam']);

/**
 * The places of a means of paying asked as one ("a taxa tem boleto? nao *uso pix*", "da pra *pagar com pix*?", "aceita
 * *cartão de débito*?", "pode *parcelar* a taxa *no cartão*?") on a card whose fee is to be paid or whose own texts speak
 * of the means (`own`): how the card's fee is paid, not another service (the DAE, whose keywords hold "Pix"; the
 * vehicle's debts, "débito"; the IPVA's instalments, "parcelar"). Not a means told in a story ("o banco devolve o
 * dinheiro do pix?"): no verb takes or pays with it (rounds 2602, 3001).
 */
export function payMeansOf(m: Reading, own: (word: string) => boolean): number[] {
  return m.tokens.flatMap((w, i) => {
    if (!PAY_MEANS.has(w) || !own(w)) return [];
    const kind = w === 'cartao' && m.tokens[i + 1] === 'de' && CARD_KINDS.has(m.tokens[i + 2] ?? '') ? [i + 1, i + 2] : [];
    const before = m.tokens[i - 1] ?? '';
    // "débito", "crédito" alone are a debt or a balance when had ("esse carro *tem débito*?"); taken, a means ("aceita débito?").
    if (CARD_KINDS.has(w) && USING.has(before) && !TAKING.has(before)) return [];
    if (USING.has(before)) return [i - 1, i, ...kind];
    if (!PAID_BY.has(before)) return [];
    const lead = m.tokens.slice(Math.max(0, i - 4), i - 1);
    // The verb of paying in instalments goes with the means: "parcelar" alone asks for the IPVA's instalments.
    const instalment = lead.findIndex((x) => INSTALMENT_VERB.test(x));
    if (instalment >= 0) return [Math.max(0, i - 4) + instalment, i, ...kind];
    return lead.some((x) => PAYING_VERB.test(x)) ? [i, ...kind] : [];
  });
}

/** Words of anger put before a noun as a curse ("a *droga* da polícia", "essa *porcaria* de sistema", "o *maldito* radar"). */
const CURSE_WORDS: ReadonlySet<string> = new Set(['droga', 'porcaria', 'merda', 'bosta', 'desgraca', 'joca', 'praga', 'porra', 'coisa', 'maldita', 'maldito', 'desgracada', 'desgracado']);
/** What opens such a curse ("*a* droga", "*essa* porcaria", "*que* merda de"). */
const CURSE_OPENERS: ReadonlySet<string> = new Set(['a', 'o', 'essa', 'esse', 'esta', 'este', 'que', 'q', 'uma', 'um', 'aquela', 'aquele']);
/** "de" and its forms with an article, between the curse and the noun it is said of. */
const CURSE_OF: ReadonlySet<string> = new Set(['de', 'da', 'do', 'das', 'dos']);
const CURSED_ADJECTIVES: ReadonlySet<string> = new Set(['maldita', 'maldito', 'desgracada', 'desgracado']);

/**
 * The tokens of a curse said of a noun ("*a droga da* polícia apreendeu minha moto", "*essa porcaria de* site", "*o
 * maldito* radar"): anger at the thing, never what is asked, so never searched ("droga" found the report of drug
 * dealing), round 4923. "tráfico de droga" has no opener before it, and "a droga" said alone is the drug.
 */
export function curseSaid(m: Reading): number[] {
  return m.tokens.flatMap((w, i) => {
    if (!CURSE_WORDS.has(w) || !CURSE_OPENERS.has(m.tokens[i - 1] ?? '')) return [];
    if (CURSED_ADJECTIVES.has(w)) return m.tokens[i + 1] !== undefined ? [i - 1, i] : [];
    // "coisa" only with "essa/que": "a coisa da multa" says which thing.
    if (w === 'coisa' && !['essa', 'que', 'q'].includes(m.tokens[i - 1] ?? '')) return [];
    return CURSE_OF.has(m.tokens[i + 1] ?? '') && m.tokens[i + 2] !== undefined ? [i - 1, i, i + 1] : [];
  });
}

/** The citizen's own trip, told ("*viajo* sexta", "*vou viajar* amanhã", "*tenho uma viagem* semana que vem"). */
const TRIP: readonly (readonly string[])[] = ['viajo', 'viajamos', 'vou viajar', 'vamos viajar', 'vou viajar pra', 'to viajando', 'estou viajando', 'tenho viagem', 'tenho uma viagem', 'vou pegar estrada', 'vou pegar a estrada'].map((p) => p.split(' '));
/** How the trip is made ("de *carro*", "de *ônibus*"). */
const TRIP_MEANS: ReadonlySet<string> = new Set(['carro', 'moto', 'onibus', 'aviao', 'caminhao', 'van', 'carona']);
/** When the trip is ("*sexta*", "*amanhã*", "*semana que vem*", "*dia 12*"). */
const TRIP_WHEN: ReadonlySet<string> = new Set(['hoje', 'amanha', 'depois', 'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado', 'domingo', 'feira', 'semana', 'que', 'vem', 'mes', 'proxima', 'proximo', 'essa', 'esse', 'nessa', 'nesse', 'na', 'no', 'dia', 'fim', 'de', 'ja', 'agora', 'logo', 'cedo']);

/**
 * The tokens of the citizen's own trip told beside the need, with how or when it is ("minha habilitação venceu e
 * *viajo de carro sexta*"): why it is urgent, never what is asked ("carro" found the vehicle's services, "segunda" the
 * second copies), round 4922. Only with its means or a day, and only in the first person: "idoso pode viajar de
 * ônibus?" asks of the trip.
 */
export function tripTold(m: Reading): number[] {
  for (const phrase of TRIP) {
    const at = m.tokens.findIndex((_, i) => phrase.every((w, k) => m.tokens[i + k] === w));
    if (at < 0) continue;
    let end = at + phrase.length;
    const means = m.tokens[end] === 'de' && TRIP_MEANS.has(m.tokens[end + 1] ?? '');
    if (means) end += 2;
    let when = end;
    while (when < m.tokens.length && !(m.pauses?.has(when - 1) ?? false) && (TRIP_WHEN.has(m.tokens[when] ?? '') || /^\d{1,2}$/.test(m.tokens[when] ?? ''))) when++;
    // "viajo amanhã *de avião*": the means after the day.
    if (m.tokens[when - 1] === 'de' && TRIP_MEANS.has(m.tokens[when] ?? '')) when++;
    // A day said: its words up to the pause; "de" alone, or "que" with no "vem", is no day.
    const day = m.tokens.slice(end, when).some((w) => !['de', 'na', 'no', 'essa', 'esse', 'nessa', 'nesse', 'que', 'ja', 'agora', 'logo'].includes(w));
    if (!means && !day) continue;
    return Array.from({ length: (day ? when : end) - at }, (_, k) => at + k);
  }
  return [];
}

/** Being out of work, said of oneself ("*estou desempregado*", "*tô desempregada*", "*fiquei desempregado*"). */
const JOBLESS_BE: ReadonlySet<string> = new Set(['estou', 'to', 'tou', 'sou', 'fiquei', 'ando', 'continuo', 'sigo', 'eu']);
const JOBLESS = /^desempregad[oa]s?$/;
/** How long, after it ("há oito meses", "faz 1 ano", "a 6 meses", "desde março"); its numbers are the shared spelt ones (numbers.ts). */
const JOBLESS_FOR: ReadonlySet<string> = new Set(['ha', 'faz', 'a', 'desde', 'mais', 'de', 'uns', 'umas', 'quase', 'meses', 'mes', 'ano', 'anos', 'semanas', 'semana', 'tempo', 'muito', 'ja', 'um', 'uma', 'onze', ...SPELT_NUMBERS]);
/** The job sought ("arrumar *serviço*", "outro *emprego*", "o *Sine* ajuda?"): with it, being out of work is the story. */
const JOB_SOUGHT: ReadonlySet<string> = new Set(['emprego', 'empregos', 'trabalho', 'trabalhar', 'servico', 'vaga', 'vagas', 'sine', 'curriculo', 'assinada']);
/** What the unemployment benefit asks by ("seguro", "parcela", "benefício"): with it, being out of work is the case. */
const BENEFIT_WORDS: ReadonlySet<string> = new Set(['seguro', 'parcela', 'parcelas', 'beneficio', 'auxilio', 'demitido', 'demitida', 'mandado', 'mandada', 'dispensado', 'dispensada', 'rescisao', 'fgts']);

/** Words before a purchase that put it ahead ("*vou* comprar", "*pretendo* comprar"); not a purpose ("pro pronaf *pra* comprar trator"). */
const AHEAD_BEFORE: ReadonlySet<string> = new Set(['vou', 'vamos', 'vai', 'quero', 'queria', 'pretendo', 'planejo', 'ia']);
/** Two words before it that do ("*to pra* comprar", "*pensando em* comprar"). */
const AHEAD_PAIRS = /^(?:(?:to|tou|estou|tamo|estamos) pra|(?:penso|pensando) em)$/;

/** A purchase told as to come ("vou comprar um carro usado", "to pra comprar uma moto"), not one made ("comprei"), round 6223. */
export function buyingAhead(m: Reading): boolean {
  return m.tokens.some((w, i) => w === 'comprar' && (AHEAD_BEFORE.has(m.tokens[i - 1] ?? '') || AHEAD_PAIRS.test(`${m.tokens[i - 2] ?? ''} ${m.tokens[i - 1] ?? ''}`)));
}

/** The card in view, for `joblessTold`: its title names a job sought (the Sine); a topic is asked of it, not the benefit's. */
export interface JoblessCard {
  seeksJob?: boolean;
  asked?: boolean;
}

/** The card in view (its title), with a topic asked of it or not, as `joblessTold` reads it; none in view, nothing. */
export function joblessCard(title: string | undefined, asked: boolean): JoblessCard {
  if (title === undefined) return {};
  const words = fold(title).split(/[^a-z]+/);
  return { seeksJob: words.some((w) => JOB_SOUGHT.has(w)), asked: asked && !words.some((w) => JOBLESS_STEM.test(w)) };
}
/** The benefit's title word ("seguro-*desemprego*"). */
const JOBLESS_STEM = /^desempreg/;

/**
 * The tokens of being out of work told as the citizen's state, with how long ("*estou desempregado há oito meses* e já
 * não sei onde procurar. O Sine ainda ajuda?"), when the message seeks a job and names no benefit: the story of the
 * job search, not the unemployment benefit its word finds first (round 4927).
 */
export function joblessTold(m: Reading, onCard: JoblessCard = {}): number[] {
  const at = m.tokens.findIndex((w) => JOBLESS.test(w));
  if (at < 0 || m.tokens.some((w) => BENEFIT_WORDS.has(w))) return [];
  const told = JOBLESS_BE.has(m.tokens[at - 1] ?? '');
  // The job sought may be the card in view ("Estou desempregado há oito meses…" on the Sine); told as the citizen's state
  // ("to desempregado, paga?" on the criminal record certificate), it is the case of a topic asked of another card
  // (round 6222).
  if (!m.tokens.some((w) => JOB_SOUGHT.has(w)) && !onCard.seeksJob && !(told && onCard.asked === true)) return [];
  const from = told ? at - 1 : at;
  let end = at + 1;
  while (end < m.tokens.length && !(m.pauses?.has(end - 1) ?? false) && (JOBLESS_FOR.has(m.tokens[end] ?? '') || /^\d{1,2}$/.test(m.tokens[end] ?? ''))) end++;
  return Array.from({ length: end - from }, (_, k) => from + k);
}

/** Words that end a name told unasked ("meu nome é aparecida *tenho* 72 anos", "… *quero* a carteirinha"). */
const NAME_ENDS: ReadonlySet<string> = new Set(['tenho', 'quero', 'queria', 'preciso', 'precisava', 'gostaria', 'sou', 'moro', 'meu', 'minha', 'to', 'estou', 'tou', 'e', 'eh', 'com', 'aqui', 'vim', 'venho']);

/** Phrases of faith said as an exclamation: thanks, hope or alarm, never what is asked ("graças" is no "de graça"). */
const PIOUS: readonly (readonly string[])[] = ['gracas a deus', 'graca a deus', 'se deus quiser', 'pelo amor de deus', 'deus me livre', 'deus o livre', 'gloria a deus', 'deus e mais', 'deus e bom', 'ai meu deus', 'meu deus do ceu', 'nossa senhora', 'valha me deus', 'vixe maria', 'ave maria', 'deus abencoe', 'fica com deus', 'vai com deus'].map((p) => p.split(' '));

/** The tokens of phrases of faith said as an exclamation ("ele está vivo, *graças a Deus*, e quer doar a casa…"). */
export function piousSaid(m: Reading): number[] {
  return m.tokens.flatMap((_, i) => {
    const phrase = PIOUS.find((p) => p.every((w, k) => m.tokens[i + k] === w));
    return phrase === undefined ? [] : phrase.map((_, k) => i + k);
  });
}

/** How an older citizen may call the bot at the start of a message, before a pause ("Minha filha, pode repetir?"). */
const VOCATIVES: readonly (readonly string[])[] = [['minha', 'filha'], ['meu', 'filho'], ['minha', 'querida'], ['meu', 'querido'], ['meu', 'bem'], ['moco'], ['moca'], ['menina'], ['menino'], ['fia'], ['fio']];

/**
 * The tokens of a vocative opening the message ("minha filha, repete"), or closing it after the request ("pode
 * continuar minha filha"); not one that follows a preposition ("repete pra minha filha" is for her).
 */
export function vocative(m: Reading): number[] {
  const n = m.tokens.length;
  for (const v of VOCATIVES) {
    if (v.every((w, i) => m.tokens[i] === w) && m.pauses?.has(v.length - 1)) return v.map((_, i) => i);
    const from = n - v.length;
    if (from >= 1 && v.every((w, i) => m.tokens[from + i] === w) && !NOT_BEFORE_VOCATIVE.has(m.tokens[from - 1] ?? '')) return v.map((_, i) => from + i);
  }
  // "NAO ENTENDI NADA MINHA FILHA, EXPLICA DE NOVO": in the middle, closing a clause (a pause right after it).
  for (const v of VOCATIVES) {
    for (let from = 1; from + v.length < n; from++) {
      if (v.every((w, i) => m.tokens[from + i] === w) && m.pauses?.has(from + v.length - 1) && !NOT_BEFORE_VOCATIVE.has(m.tokens[from - 1] ?? '')) return v.map((_, i) => from + i);
    }
  }
  return [];
}
/**
 * Words after which "minha filha" is no vocative but the person meant ("pra minha filha", "e minha filha?"); verbs of
 * being too ("nem era eu dirigindo, *era meu filho*": who it was), merge review.
 */
const NOT_BEFORE_VOCATIVE: ReadonlySet<string> = new Set(['pra', 'para', 'pro', 'por', 'de', 'da', 'do', 'com', 'sem', 'a', 'o', 'e', 'que', 'q', 'se', 'tirar', 'levar', 'trazer', 'inscrever', 'colocar', 'incluir', 'era', 'foi', 'eh', 'sou', 'seria', 'sera', 'eram', 'foram', 'sao']);

/**
 * Phrases asking whether the thing named is the State's to handle, said after it ("e o ipva do carro? *esse é do estado*
 * né", "a identidade dela *é feita aqui em Minas*?", "o licenciamento *é estadual*?"): after hearing that another subject is
 * handled elsewhere, the citizen checks that this one is handled here. Who handles it, never which service: not searched.
 */
const STATE_ASKED: readonly (readonly string[])[] = [
  'e do estado', 'eh do estado', 'e com o estado', 'e coisa do estado', 'e do governo do estado', 'e do governo de minas', 'e com o governo',
  'e estadual', 'eh estadual', 'e feito aqui em minas', 'e feita aqui em minas', 'e feito em minas', 'e feita em minas', 'e aqui em minas', 'e feito aqui', 'e feita aqui',
  'sao do estado', 'sao estaduais', 'e estadual ou federal', 'e federal ou estadual',
].map((p) => p.split(' '));

/** The tokens of a question whether the thing named is the State's ("esse *é do estado* né?"), longest phrase first. */
export function stateAsked(m: Reading): number[] {
  const out: number[] = [];
  for (let i = 0; i < m.tokens.length; i++) {
    let best: readonly string[] | undefined;
    for (const p of STATE_ASKED) if ((best === undefined || p.length > best.length) && p.every((w, k) => m.tokens[i + k] === w)) best = p;
    if (best === undefined) continue;
    for (let k = 0; k < best.length; k++) out.push(i + k);
    i += best.length - 1;
  }
  return out;
}

/** "Of this" contracted ("o ipva *desse* carro"): pointing at a thing named beside it, never a service's word. */
const OF_THIS: ReadonlySet<string> = new Set(['desse', 'dessa', 'desses', 'dessas', 'deste', 'desta', 'destes', 'destas']);
/** Words of a time after "of this" ("o *desse ano*", "a parcela *deste mês*"): when, which the search reads (the year's IPVA). */
const OF_THIS_TIME: ReadonlySet<string> = new Set(['ano', 'anos', 'mes', 'meses', 'semana', 'vez', 'exercicio', 'periodo', 'semestre']);

/** The tokens of "of this" before a thing that is no time ("aff, e o ipva *desse* carro?"): not searched. */
export function ofThisSaid(m: Reading): number[] {
  return m.tokens.flatMap((w, i) => (OF_THIS.has(w) && !OF_THIS_TIME.has(m.tokens[i + 1] ?? 'ano') ? [i] : []));
}

/**
 * The places of a name told before asking ("*meu nome é aparecida* tenho 72 anos meu cpf é 287…, quero a carteirinha
 * de pescar"): the name after "meu nome é" (up to four words, to a pause, a number or a word that goes on with the
 * message). Who the citizen is names no service asked for. Not a CPF said so: "meu cpf é …, quero saber se tenho
 * multa" asks what is looked up by it.
 */
export function personalData(m: Reading): number[] {
  const out: number[] = [];
  m.tokens.forEach((w, i) => {
    if (w !== 'meu' && w !== 'minha') return;
    const next = m.tokens[i + 1] ?? '';
    const verb = m.tokens[i + 2] === 'e' || m.tokens[i + 2] === 'eh' ? i + 2 : -1;
    if (next === 'nome' && verb > 0) {
      let j = verb + 1;
      while (j < m.tokens.length && j - verb <= 4 && !NAME_ENDS.has(m.tokens[j] ?? '') && !/\d/.test(m.tokens[j] ?? '')) {
        j++;
        if (m.pauses?.has(j - 1)) break;
      }
      if (j > verb + 1) for (let k = i; k < j; k++) out.push(k);
    }
  });
  return [...out, ...homeTown(m)];
}

/** Verbs of where one lives ("*moro* em itabirito", "a gente *mora* aqui em betim"). */
const LIVING: ReadonlySet<string> = new Set(['moro', 'mora', 'moramos', 'moram', 'resido', 'reside', 'residimos', 'vivo', 'vive']);
/** Words between the verb of living and the town ("moro *aqui em* contagem", "moro *no* serro"). */
const TO_TOWN: ReadonlySet<string> = new Set(['em', 'no', 'na', 'aqui', 'ai', 'la', 'perto', 'de', 'do', 'da', 'cidade', 'municipio']);

/**
 * The places of where the citizen says they live, when it is a town of Minas Gerais ("bom dia, *moro em itabirito*,
 * meu menino perdeu a identidade"): a verb of living, the words leading to the town, and its name (up to four words).
 * Where one lives names no service asked for (a town's name is unknown to the search and would sink the request).
 * Not another state ("moro em outro estado", "moro em sp"), which some services speak of.
 */
export function homeTown(m: Reading): number[] {
  const out: number[] = [];
  m.tokens.forEach((w, i) => {
    if (!LIVING.has(w)) return;
    let at = i + 1;
    while (at < m.tokens.length && at - i <= 3 && TO_TOWN.has(m.tokens[at] ?? '')) at++;
    if (at === i + 1) return;
    // "moro na rua pouso alegre, 45, bairro santa efigênia, em bh": a street or a neighbourhood, and the town after it.
    const address = homeAddressEnd(m, at);
    if (address !== undefined) {
      for (let k = i; k <= address; k++) out.push(k);
      return;
    }
    for (let n = 4; n >= 1; n--) {
      const name = m.tokens.slice(at, at + n);
      if (name.length === n && findMunicipality(name.join(' ')) !== undefined) {
        for (let k = i; k < at + n; k++) out.push(k);
        return;
      }
    }
  });
  return out;
}

/** Words of a place inside a town ("*rua* das flores", "*bairro* santa efigênia", "*distrito* de são gonçalo"), round 4722. */
const IN_TOWN: ReadonlySet<string> = new Set(['rua', 'r', 'avenida', 'av', 'travessa', 'alameda', 'praca', 'rodovia', 'estrada', 'bairro', 'distrito', 'povoado', 'comunidade', 'vila', 'conjunto', 'condominio', 'zona', 'setor', 'jardim', 'residencial']);
/** Words that end an address told and go on with the message ("moro na rua x *e preciso*…", "*qual* a uai mais perto"). */
const ADDRESS_ENDS: ReadonlySet<string> = new Set(['e', 'mas', 'ai', 'entao', 'quero', 'queria', 'preciso', 'precisava', 'gostaria', 'qual', 'quais', 'onde', 'como', 'quando', 'tem', 'pode', 'posso', 'que', 'q', 'eu', 'minha', 'meu', 'perdi', 'to', 'estou', 'sou']);
/** Words leading to a town after an address ("*em* belo horizonte", "*no* serro"). */
const TO_PLACE: ReadonlySet<string> = new Set(['em', 'no', 'na', 'de', 'aqui']);

/**
 * The last place of an address told after a verb of living ("moro *na rua pouso alegre, 45, bairro santa efigênia, em
 * belo horizonte*. qual é a uai mais perto?"), from its first word at `at`: a word of a place inside a town, then its
 * name, through pauses while the next part is more of the address (a number, another such word, a town); undefined when
 * no such word opens it. Where the citizen lives names no service asked for (round 4722).
 */
function homeAddressEnd(m: Reading, at: number): number | undefined {
  if (!IN_TOWN.has(m.tokens[at] ?? '')) return undefined;
  const n = m.tokens.length;
  const townAt = (k: number): boolean => [4, 3, 2, 1].some((len) => k + len <= n && findMunicipality(m.tokens.slice(k, k + len).join(' ')) !== undefined);
  let end = at + 1;
  while (end < n - 1) {
    const next = m.tokens[end + 1] ?? '';
    if (m.pauses?.has(end)) {
      const more = IN_TOWN.has(next) || /^\d+$/.test(next) || (TO_PLACE.has(next) && (IN_TOWN.has(m.tokens[end + 2] ?? '') || townAt(end + 2))) || townAt(end + 1);
      if (!more) break;
    } else if (ADDRESS_ENDS.has(next)) break;
    end++;
  }
  return end;
}

/** Words for a phone ("não atende o *celular*"). */
const PHONES: ReadonlySet<string> = new Set(['celular', 'telefone', 'fone', 'zap', 'whatsapp', 'whats', 'cel']);
/** Verbs of answering ("não *atende* o celular", "não *responde* no zap"). */
const ANSWERING: ReadonlySet<string> = new Set(['atende', 'atendeu', 'atendendo', 'atender', 'responde', 'respondeu', 'respondendo', 'responder', 'liga', 'ligou']);
/** A phone out of reach ("celular *desligado*", "telefone *fora* de área"). */
const OUT_OF_REACH: ReadonlySet<string> = new Set(['desligado', 'desligou', 'fora', 'caixa']);

/**
 * The places of a phone that someone does not answer ("minha irmã sumiu, não atende o *celular*", "o telefone dele tá
 * desligado"): it tells that a person is out of reach, not that a phone was lost or stolen.
 */
export function unreachablePhone(m: Reading): number[] {
  return m.tokens.flatMap((w, i) => {
    if (!PHONES.has(w)) return [];
    const before = m.tokens.slice(Math.max(0, i - 4), i);
    const answered = before.findIndex((x) => ANSWERING.has(x));
    const denied = answered > 0 && before.slice(0, answered).some((x) => x === 'nao' || x === 'n' || x === 'nem');
    const after = m.tokens.slice(i + 1, i + 4);
    return denied || after.some((x) => OUT_OF_REACH.has(x)) ? [i] : [];
  });
}

/** The text without a phone that someone does not answer; undefined when it has none. */
export function withoutUnreachablePhone(text: string): string | undefined {
  const m = readPlain(text);
  const phone = unreachablePhone(m);
  return phone.length === 0 ? undefined : m.tokens.filter((_, i) => !phone.includes(i)).join(' ');
}

/** Saying that someone has gone missing ("meu neto *sumiu*", "minha mãe *desapareceu*", "ele tá *sumido*"). */
const DISAPPEARED: ReadonlySet<string> = new Set(['sumiu', 'sumida', 'sumido', 'sumiram', 'sumidos', 'sumidas', 'desapareceu', 'desaparecida', 'desaparecido', 'desapareceram']);
/** Of whom: "do meu filho" says whose thing it is ("o celular *do* meu filho sumiu"), not who went missing. */
const OWNER_OF: ReadonlySet<string> = new Set(['do', 'da', 'dos', 'das', 'de']);

/**
 * A person who has gone missing, said person first ("meu neto sumiu desde ontem, não atende o celular", "meu avô sumiu,
 * ele tem alzheimer", "meu colega de república sumiu faz dois dias"): the verb, which names the case by itself (staff
 * list it among the synonyms); who it is and what follows (the phone, the illness, the days) are the story. `people`
 * are the words for persons; at most three words between the person and the verb ("minha filha de 15 anos sumiu").
 * Undefined when no person is said missing ("meu cachorro sumiu", "o celular do meu filho sumiu", "o cara sumiu").
 */
export function missingPerson(text: string, people: ReadonlySet<string>): string | undefined {
  const all = fold(text).split(' ');
  for (let i = 0; i < all.length; i++) {
    if (!people.has(all[i] ?? '') || OWNER_OF.has(all[i - 1] ?? '') || OWNER_OF.has(all[i - 2] ?? '')) continue;
    const verb = all.slice(i + 1, i + 5).find((w) => DISAPPEARED.has(w));
    if (verb !== undefined) return verb;
  }
  return undefined;
}

/** What things are carried in ("a bolsa", "a mochila"): taken or lost, what the citizen asks about is what was inside. */
const CONTAINERS = /\b(?:(?:minha|meu|a|o|uma|um)\s+)?(?:bolsa|bolsinha|mochila|pochete|mala|sacola|necessaire)\s+(?=\S)/;

/**
 * The text without the bag that held what was lost or taken, after a verb of losing ("roubaram minha bolsa com o rg
 * dentro" → "roubaram com o rg dentro"); undefined when it names none, or nothing follows it ("roubaram minha
 * bolsa" is the theft report). The bag is the story (it finds the theft
 * report), the document inside it the request.
 */
export function withoutContainer(text: string): string | undefined {
  const m = readPlain(text);
  const at = m.tokens.findIndex((w) => LOSS_VERBS.has(w));
  if (at < 0) return undefined;
  const after = m.tokens.slice(at + 1).join(' ');
  const kept = after.replace(CONTAINERS, '');
  return kept === after ? undefined : [...m.tokens.slice(0, at + 1), kept].join(' ');
}

/**
 * Verbs of someone else asking the citizen for something, a document most often ("a firma *tá pedindo* o nada consta",
 * "a escola *pediu* o histórico", "o banco *exige* a certidão"): what follows is what the citizen needs.
 */
const DEMANDING: ReadonlySet<string> = new Set(['pedindo', 'pediu', 'pediram', 'pede', 'pedem', 'exigindo', 'exigiu', 'exigiram', 'exige', 'exigem', 'solicitou', 'solicitaram', 'solicitando']);

/**
 * What someone else asks the citizen for: the words after a verb of asking said of another (not the message's first
 * word), up to the next pause; undefined otherwise. Who asks, and why the citizen got there, is the story.
 */
export function demanded(text: string): string | undefined {
  const m = readPlain(text);
  const at = m.tokens.findIndex((w, i) => i > 0 && DEMANDING.has(w));
  if (at < 0) return undefined;
  const end = [...(m.pauses ?? [])].filter((p) => p > at).reduce((a, b) => Math.min(a, b), m.tokens.length - 1);
  const object = m.tokens.slice(at + 1, end + 1);
  // "a firma pediu nada consta *pra eu começar segunda*": what it is asked for ends where its purpose begins.
  const purpose = object.findIndex((w, i) => i > 0 && (FOR_OPENERS.has(w) || BECAUSE_WORDS.has(w)));
  if (purpose > 0) object.length = purpose;
  // "a faculdade está pedindo *para a matrícula*": what it is for, not what is asked.
  return object.length > 0 && !PURPOSE.has(object[0] ?? '') ? object.join(' ') : undefined;
}

/** Openings of what something is for or why, not of a thing ("pra matrícula", "porque…", "que eu…"). */
const PURPOSE: ReadonlySet<string> = new Set(['para', 'pra', 'pro', 'pros', 'pras', 'por', 'pelo', 'pela', 'que', 'q', 'se', 'pq', 'porque', 'quando', 'de', 'desde']);

/** A verb of living, said anywhere in a text: the cheap test before reading it for a home town. */
const LIVING_SAID = /\b(?:moro|mora|moramos|moram|resido|reside|residimos|vivo|vive)\b/i;

/** The text without where the citizen says they live (see homeTown); undefined when it says no such town. */
export function withoutHomeTown(text: string): string | undefined {
  if (!LIVING_SAID.test(text)) return undefined;
  const m = readPlain(text);
  const home = homeTown(m);
  return home.length === 0 ? undefined : m.tokens.filter((_, i) => !home.includes(i)).join(' ');
}

/** Openers of what a request is for, before a verb ("*pra* arrumar emprego", "*para* vender doce"). */
const FOR_OPENERS: ReadonlySet<string> = new Set(['pra', 'para']);
/** A verb in the infinitive ("arrumar", "vender", "abrir"). */
const INFINITIVE = /^[a-z]{2,}(?:ar|er|ir)$/;

/**
 * The request without what it is for: the words up to "pra"/"para" and a verb in the infinitive, when a verb of
 * wanting or needing comes before them ("preciso do nada consta *pra arrumar emprego*", "quero abrir uma firma *pra
 * vender doce de leite*"); undefined otherwise. What the citizen will do with it is the story, not the service.
 */
export function withoutPurpose(text: string): string | undefined {
  const m = readPlain(text);
  const want = m.tokens.findIndex((w) => WANT_OPENERS.has(w));
  if (want < 0) return undefined;
  const at = m.tokens.findIndex((w, i) => i > want + 1 && FOR_OPENERS.has(w) && (INFINITIVE.test(m.tokens[i + 1] ?? '') || purposeAfter(m.tokens, i + 1)));
  return at < 0 ? undefined : m.tokens.slice(0, at).join(' ');
}

/** Who will do what the request is for ("pra *eu* começar", "pra *ela* estudar"), before the verb. */
const DOERS: ReadonlySet<string> = new Set(['eu', 'ele', 'ela', 'eles', 'elas', 'mim', 'nos', 'gente']);
/** Things a request is wanted for, that no service is: a job, a post, an interview (round 4202). */
const PURPOSE_NOUNS: ReadonlySet<string> = new Set(['vaga', 'emprego', 'trabalho', 'servico', 'entrevista', 'concurso', 'estagio', 'firma', 'empresa', 'banco', 'financiamento', 'viagem']);

/**
 * After "pra/para", what the request is for told otherwise than by a bare infinitive: one who does it, then the verb ("pra
 * eu começar segunda"), or a thing it is wanted for ("pra vaga de porteiro", "pra uma entrevista").
 */
function purposeAfter(tokens: readonly string[], at: number): boolean {
  const first = tokens[at] ?? '';
  const second = tokens[at + 1] ?? '';
  if (DOERS.has(first) && INFINITIVE.test(second === 'a' ? (tokens[at + 2] ?? '') : second)) return true;
  return PURPOSE_NOUNS.has(ARTICLES.has(first) ? second : first);
}

/** Articles before a noun ("a vaga", "uma entrevista"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'o', 'as', 'os', 'um', 'uma']);

/** Words that open the reason for what was said before them ("guincharam meu carro *pq* o licenciamento venceu"). */
const BECAUSE_WORDS: ReadonlySet<string> = new Set(['porque', 'pq', 'porq', 'pois']);

/**
 * What happened, without why it happened: the words before "porque/pq" ("guincharam meu carro ontem *pq o licenciamento
 * tava vencido*"), when two words or more come before it and some after; undefined otherwise. The cause told is the
 * story; what it caused is what the citizen needs handled.
 */
export function withoutReason(text: string): string | undefined {
  const m = readPlain(text);
  const at = m.tokens.findIndex((w) => BECAUSE_WORDS.has(w));
  return at < 2 || at >= m.tokens.length - 1 ? undefined : m.tokens.slice(0, at).join(' ');
}

/** Words that open a twist on what was said before them ("chegou multa no meu nome *mas* era meu genro dirigindo"). */
const BUT_WORDS: ReadonlySet<string> = new Set(['mas', 'porem', 'entretanto']);

/**
 * The twist of a story: the words after its last "mas/porém" ("chegou multa de radar no meu nome *mas era meu genro q
 * tava dirigindo*"), when two words or more come before it and two or more after; undefined otherwise. What is told
 * first sets the scene; the twist is what sets this citizen's case apart.
 */
export function butClause(text: string): string | undefined {
  const m = readPlain(text);
  let at = -1;
  m.tokens.forEach((w, i) => {
    if (BUT_WORDS.has(w) || (w === 'so' && (m.tokens[i + 1] === 'que' || m.tokens[i + 1] === 'q'))) at = w === 'so' ? i + 1 : i;
  });
  return at < 2 || at >= m.tokens.length - 2 ? undefined : m.tokens.slice(at + 1).join(' ');
}

/** Words of complaining ("reclamar", "reclamação", "reclamo"), and of praising and suggesting ("elogio", "sugerir"): what an ombudsman takes; folded. */
const COMPLAINING = /^(reclam(ar|o|ei|ou|acao|acoes)|elogi(o|os|ar|ei|ou)|sugest(ao|oes)|suger(ir|i|iu)|sugiro)$/;
/** Words before a complaint that make it a request ("quero reclamar", "fazer uma reclamação", "como reclamo"). */
const MAKING: ReadonlySet<string> = new Set([...WANT_OPENERS, 'fazer', 'faco', 'registrar', 'abrir', 'como', 'onde', 'tenho', 'deixar', 'mandar', 'dar']);

/**
 * The clause of a message that makes a complaint ("quero fazer reclamação da escola estadual do meu filho", up to its
 * pause), with the complaint's word; undefined when no complaint is asked for (a verb of wanting or making, or "como",
 * before the word, in the same clause).
 */
export function complaintClause(text: string): { clause: string; word: string } | undefined {
  for (const clause of text.split(/[,;.!?]+/)) {
    const m = readPlain(clause);
    const at = m.tokens.findIndex((w) => COMPLAINING.test(w));
    if (at > 0 && m.tokens.slice(0, at).some((w) => MAKING.has(w))) return { clause: m.tokens.join(' '), word: m.tokens[at] ?? '' };
  }
  return undefined;
}

/** Verbs of time going by ("já *passou* mais de um mês", "*faz* 2 meses", "*ha* uns dias"), before how long. */
const TIME_PASSING: ReadonlySet<string> = new Set(['passou', 'passaram', 'passaram-se', 'faz', 'fazem', 'ha', 'tem', 'vai', 'fazer', 'completou', 'completa']);
/** Words of how long, between such a verb and the unit ("mais de um", "uns", "quase 2"). */
const HOW_LONG: ReadonlySet<string> = new Set(['mais', 'menos', 'de', 'um', 'uma', 'uns', 'umas', 'quase', 'dois', 'duas', 'tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'quinze', 'vinte', 'trinta', 'quarenta', 'sessenta', 'noventa', 'alguns', 'algumas', 'poucos', 'poucas', 'o', 'a']);
/** Units of time. */
const TIME_UNITS: ReadonlySet<string> = new Set(['dia', 'dias', 'semana', 'semanas', 'mes', 'meses', 'ano', 'anos', 'prazo']);

/**
 * "e se ja passou mais de um mes, ainda da pra fazer pela internet?": the words saying how much time went by (a verb of
 * time passing, how long, and a unit of time) name no service; "passou" is no "passe livre" (round 1162). The
 * positions of those words.
 */
export function timeGone(m: Reading): number[] {
  const out: number[] = [];
  m.tokens.forEach((w, i) => {
    if (!TIME_PASSING.has(w)) return;
    let j = i + 1;
    while (j < m.tokens.length && j - i <= 4 && (HOW_LONG.has(m.tokens[j] ?? '') || /^\d+$/.test(m.tokens[j] ?? ''))) j++;
    if (TIME_UNITS.has(m.tokens[j] ?? '')) for (let k = i; k <= j; k++) out.push(k);
  });
  return out;
}

/**
 * Words of a happening that the names of a report speak of in the past ("*perdi* a cnh", "meu filho *sumiu*", "*não
 * voltou* pra casa", "*ninguém* sabe dele"), said of what may come or of nobody: the infinitive ("se eu *perder* o
 * período", "demora pra *sumir*?", "como faço pra *voltar*?") and "ninguém" ("ninguém me fala", "não achar ninguém em
 * casa"). On a card, they tell the citizen's case, not a loss or a disappearance to report.
 */
const NOT_HAPPENED: ReadonlySet<string> = new Set(['perder', 'sumir', 'voltar', 'ninguem', 'ngm']);

/**
 * "qnto tempo tenho q esperar pra marcar de novo? ninguem me fala" on the driving tests, "Se eu perder o período de
 * inscrição, terei de esperar muito?" on the EJA: the positions of such words (`NOT_HAPPENED`), which name no service
 * asked about (round 6700).
 */
export function notHappened(m: Reading): number[] {
  return m.tokens.flatMap((w, i) => (NOT_HAPPENED.has(w) ? [i] : []));
}

/** What a driver drives ("quem tava com *a moto*", "pegou meu *caminhão*"). */
const VEHICLES: ReadonlySet<string> = new Set(['carro', 'moto', 'caminhao', 'caminhonete', 'veiculo', 'van', 'carreta', 'motoca']);
/** Articles and possessives before the vehicle ("com *o* carro", "pegou *meu* carro"). */
const VEHICLE_LEADS: ReadonlySet<string> = new Set(['o', 'a', 'meu', 'minha', 'seu', 'sua', 'nosso', 'nossa', 'um', 'uma']);
/** Forms of "estar" before who had the vehicle ("quem *tava* com o carro", "quem *estava* dirigindo"). */
const WAS: ReadonlySet<string> = new Set(['ta', 'tava', 'estava', 'esta']);
/** Words of a fine or its points: the story of who drove is told about one. */
const FINE_WORDS = /^(multa|multas|multado|multada|ponto|pontos|radar|autuacao|infracao|notificacao)$/;

/** The position after a vehicle said at `i` ("o carro", "meu caminhão", "carro"), or -1. */
function vehicleEnd(tokens: readonly string[], i: number): number {
  const at = VEHICLE_LEADS.has(tokens[i] ?? '') ? i + 1 : i;
  return VEHICLES.has(tokens[at] ?? '') ? at + 1 : -1;
}

/**
 * A fine's story telling that someone else had the vehicle, read as the synonym's "outra pessoa dirigindo" (the driver
 * indication): "quem dirigia o carro era o meu filho", "quem tava com a moto era meu cunhado", "meu irmão tava com meu
 * carro", "meu amigo pegou meu carro emprestado", "emprestei o carro pro vizinho". Only with a word of a fine or its
 * points in the message; not when the citizen had it ("eu tava com o carro"). The tokens otherwise unchanged.
 */
function anotherDriverRead(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((w) => FINE_WORDS.test(w))) return tokens;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i] ?? '';
    let end = -1;
    if (w === 'quem') {
      // "quem (tava) dirigia/dirigindo/com o carro … era": who, then who it was.
      const v = WAS.has(tokens[i + 1] ?? '') ? i + 2 : i + 1;
      const verb = tokens[v] ?? '';
      const after = verb === 'dirigia' || verb === 'dirigindo' || verb === 'guiava' ? v + 1 : verb === 'com' || verb === 'no' ? vehicleEnd(tokens, v + 1) : -1;
      const era = after < 0 ? -1 : tokens.indexOf('era', after);
      if (era >= 0 && era - after <= 4) end = era + 1;
    } else if (i > 0 && tokens[i - 1] !== 'eu' && ((WAS.has(w) && tokens[i + 1] === 'com') || w === 'pegou')) {
      // "meu irmão tava com meu carro", "meu filho pegou minha moto (emprestada)".
      end = vehicleEnd(tokens, w === 'pegou' ? i + 1 : i + 2);
      if (end > 0 && /^emprestad[oa]$/.test(tokens[end] ?? '')) end++;
    } else if (w === 'emprestei') {
      end = vehicleEnd(tokens, i + 1);
    }
    if (end > 0) return [...tokens.slice(0, i), 'outra', 'pessoa', 'dirigindo', ...tokens.slice(end)];
  }
  return tokens;
}

/** The text with a fine's story of someone else at the wheel read as "outra pessoa dirigindo" (see anotherDriverRead); else the text as it is. */
export function withAnotherDriverRead(text: string): string {
  const tokens = fold(text).split(' ').filter((w) => w !== '');
  const read = anotherDriverRead(tokens);
  return read === tokens ? text : read.join(' ');
}

/** Paying, in the present or wished ("pagar", "paga", "pago"): not a payment made ("paguei", "pagou"). */
const PAYING: ReadonlySet<string> = new Set(['pagar', 'paga', 'pagam', 'pago', 'pagamos', 'pagaria']);

/** Taxes and fees one may be exempt from ("ipva", "taxa", "imposto"): not a fare nor a person ("sem pagar ninguém"). */
const CHARGES: ReadonlySet<string> = new Set(['ipva', 'imposto', 'impostos', 'taxa', 'taxas', 'icms', 'itcd', 'itcmd']);

/**
 * "neto tem autismo. carro da familia nao paga ipva?", "tem como nao pagar ipva do carro?": not paying a charge, asked,
 * is being exempt from it, not its payment (the IPVA's "Consultar e pagar", whose title the words held twice); "não" or
 * "sem" right before paying, a tax or fee within the three words after, is read as "isento" (round 6322). Not a payment made ("não paguei o ipva": late), nor one
 * the citizen cannot make ("não consigo pagar": the words between). The text as it is otherwise.
 */
export function withUnpaidRead(text: string): string {
  const tokens = fold(text).split(' ').filter((w) => w !== '');
  const at = tokens.findIndex((w, i) => PAYING.has(w) && (tokens[i - 1] === 'nao' || tokens[i - 1] === 'sem') && tokens.slice(i + 1, i + 4).some((x) => CHARGES.has(x)));
  return at < 0 ? text : [...tokens.slice(0, at - 1), 'isento', ...tokens.slice(at + 1)].join(' ');
}

/** Documents a citizen may say have vanished ("minha *cnh* sumiu", "os *documentos* sumiram"). */
const DOCUMENTS_GONE: ReadonlySet<string> = new Set(['cnh', 'rg', 'cin', 'cpf', 'carteira', 'identidade', 'habilitacao', 'documento', 'documentos', 'crlv', 'crv', 'passaporte']);
/** Verbs of vanishing ("sumiu", "desapareceu"). */
const VANISHED: ReadonlySet<string> = new Set(['sumiu', 'sumiram', 'desapareceu', 'desapareceram']);

/**
 * "minha cnh sumiu na mudança": a document that vanished is a document lost, not a person gone missing (the missing
 * person's "sumiu"); the verb right after a document's word is read as "perdi" before it ("perdi minha cnh"). The text as it is otherwise.
 */
export function withDocumentGoneRead(text: string): string {
  const tokens = fold(text).split(' ').filter((w) => w !== '');
  const at = tokens.findIndex((w, i) => VANISHED.has(w) && DOCUMENTS_GONE.has(tokens[i - 1] ?? ''));
  if (at < 0) return text;
  // "perdi minha cnh": the verb before the document and its possessive or article, as a loss is told.
  const start = VEHICLE_LEADS.has(tokens[at - 2] ?? '') || tokens[at - 2] === 'os' || tokens[at - 2] === 'as' || tokens[at - 2] === 'meus' || tokens[at - 2] === 'minhas' ? at - 2 : at - 1;
  return [...tokens.slice(0, start), 'perdi', ...tokens.slice(start, at), ...tokens.slice(at + 1)].join(' ');
}

/** Forgetting, said of something left behind ("esqueci *no táxi*"), and what no one leaves behind in a place (a password). */
const LEFT_BEHIND: ReadonlySet<string> = new Set(['esqueci', 'esqueceu', 'esquecemos', 'esqueceram']);
const NOT_LEFT: ReadonlySet<string> = new Set(['senha', 'senhas', 'login', 'acesso', 'email', 'codigo']);
const ITS_OWNER: ReadonlySet<string> = new Set(['meu', 'minha', 'meus', 'minhas', 'o', 'a', 'os', 'as', 'seu', 'sua']);

/**
 * "meu rg foi junto com a mochila q esqueci no taxi", "esqueci minha bolsa no ônibus": forgetting, with the place it was
 * left in right after it (or after what was left), is a loss, not a forgotten password (the gov.br account's "esqueci");
 * it is read as "perdi". The text as it is otherwise (round 3503).
 */
export function withLeftBehindRead(text: string): string {
  const tokens = fold(text).split(' ').filter((w) => w !== '');
  const at = tokens.findIndex((w, i) => {
    if (!LEFT_BEHIND.has(w)) return false;
    if (IN_PLACE.has(tokens[i + 1] ?? '') && tokens[i + 1] !== 'em') return true;
    return ITS_OWNER.has(tokens[i + 1] ?? '') && !NOT_LEFT.has(tokens[i + 2] ?? '') && IN_PLACE.has(tokens[i + 3] ?? '') && tokens[i + 3] !== 'em';
  });
  return at < 0 ? text : [...tokens.slice(0, at), 'perdi', ...tokens.slice(at + 1)].join(' ');
}

/** Buying a vehicle still ahead ("vou comprar", "to pra comprar", "antes de fechar negócio"), in folded text. */
const BUYING_AHEAD = /\b(vou|vamos|vai|to pra|tou pra|estou pra|estou para|quero|queria|pretendo|penso em|antes de) comprar\b|\bantes de fechar (o )?negocio\b/;
/** A vehicle, or one bought used ("um gol usado", "a moto seminova"), in folded words. */
const BOUGHT_VEHICLE = new Set([...VEHICLES, 'usado', 'usada', 'seminovo', 'seminova']);
/**
 * Asking how to see whether a thing is so ("como vejo se ela tem dívida", "quero conferir se está tudo em ordem"): a verb
 * of looking or knowing, "se", and what it has or how it is (not "se precisa de vistoria", a need of its own).
 */
const CHECK_ASKED = /\b(vejo|ver|sei|saber|consulto|consultar|confiro|conferir|verifico|verificar|checo|checar) se( (ele|ela|o carro|a moto|o veiculo|tem|ta|esta|possui|tiver|consta)){1,2}\b/;

/**
 * "vou comprar uma moto usada, como vejo se ela tem dívida", "to pra comprar um carro, antes de fechar negócio como vejo
 * se tem multa": a vehicle to be bought, and how to see how it stands, is the look-up of a vehicle's situation before
 * buying it (the catalogue's own "situação do carro antes de comprar"), not the transfer that the purchase's words name,
 * nor the debts' payment its "dívida" names. Read as that look-up; the text as it is otherwise (round 6521).
 */
export function withPurchaseCheckRead(text: string): string {
  const folded = fold(text);
  const buying = BUYING_AHEAD.exec(folded);
  if (buying === null || !CHECK_ASKED.test(folded)) return text;
  const after = folded.slice(buying.index).split(/[^a-z0-9]+/);
  return after.some((w) => BOUGHT_VEHICLE.has(w)) ? 'consultar situacao do veiculo antes de comprar' : text;
}

/**
 * Asking what the State spent, paid or keeps, which the access-to-information request answers: "quero saber quanto o
 * Estado pagou pela ponte", "quanto foi gasto na reforma", "quantos médicos trabalham no hospital regional", "posso
 * pedir essa informação pro governo?", "como solicitar ao Estado informações sobre os gastos". Folded text; each a
 * clause of its own (`PUBLIC_INFO`).
 */
const PUBLIC_INFO: readonly RegExp[] = [
  // The State, the government or a public body as the one who spent or paid.
  /\bquanto (o|a) (estado|governo|prefeitura|secretaria|poder publico)\b[^,.;!?]{0,30}\b(gast|pag|invest|repass|destin)\w*/,
  // Spent or paid, said in the passive: no one of the citizen's own.
  /\bquanto (foi|ja foi|esta sendo|vai ser|foram) (gasto|gastos|pago|pagos|investido|repassado|destinado|gastado)\b/,
  // How many people work somewhere.
  /\bquant(os|as) \w+( \w+)? trabalham\b/,
  // Asking the State for the information ("that" information alone may be any subject's: "onde obtenho essa informação?").
  /\b(pedir|peco|solicitar|solicito|requerer|obter) (ao|para o|do|pro) (estado|governo)( \w+){0,2} informac(ao|oes)\b/,
  /\b(pedir|peco|solicitar|solicito|requerer|obter) (essa |esta |a |uma |as |essas |estas )?informac(ao|oes) (ao|para o|pro|do|junto ao) (estado|governo)\b/,
];

/** The place in PUBLIC_INFO of a sum spent or paid said in the passive, which the citizen's own words make theirs. */
const PASSIVE_SUM = 1;
/** The citizen's own, in the clause of a sum spent or paid ("quanto foi pago *no meu* ipva"): their bill, not the State's. */
const OWN_WORDS = /\b(meu|minha|meus|minhas|eu|paguei|gastei|pago eu)\b/;

/** True when the message asks what the State spent, paid or keeps (see PUBLIC_INFO). */
export function publicInfoAsked(text: string): boolean {
  return text.split(/[,.;!?:]+/).some((said) => {
    const clause = fold(said).replace(/\bpro\b/g, 'para o');
    return PUBLIC_INFO.some((re, i) => re.test(clause) && (i !== PASSIVE_SUM || !OWN_WORDS.test(clause)));
  });
}

/** Verbs of changing where a pupil studies, as asked for (not told as done: "ele mudou de escola"). */
const CHANGE_SCHOOL = '(mudar|mudo|muda|trocar|troco|troca|transferir|transfiro|transfere|passar|passo|colocar|coloco|botar|levar|levo)';
/**
 * A pupil moved to another school, asked for: "preciso mudar minha filha pra outra estadual", "como transfiro meu filho
 * pra outra escola estadual", "quero trocar meu filho de escola", "quero tirar ele de lá e passar pra outra escola";
 * or a move of home after which the children must go on studying ("nos mudamos de Uberaba para Araxá e meus filhos
 * precisam continuar estudando na rede estadual"). Folded text, clause by clause.
 */
/** The change of school as the purpose of something else ("… *pra mudar de escola*", "… para transferir ela"). */
const CHANGE_AS_PURPOSE = new RegExp(`\\b(pra|para|p)( \\w+)? ${CHANGE_SCHOOL}\\b`);
const SCHOOL_CHANGE: readonly RegExp[] = [
  new RegExp(`\\b${CHANGE_SCHOOL}\\b.*\\b(outra|outro) (escola|estadual|colegio)\\b`),
  new RegExp(`\\b${CHANGE_SCHOOL}( \\w+){0,3} de (escola|colegio)\\b`),
];
/** Moving home, told ("nos mudamos", "vamos mudar de cidade"), and going on studying, in one message. */
const MOVED_HOME = /\b(mudamos|mudei|mudou|mudaram|mudar|mudando|mudanca)\b/;
/** Words that add a second request ("e também", "e tbm", "além disso"). */
const ALSO = /\b(e tambem|e tbm|e tb|alem disso)\b/;
const GO_ON_STUDYING = /\bcontinuar (estudando|a estudar|na escola|na rede|matriculad)/;

/** True when the message asks for a pupil to be moved to another school (see SCHOOL_CHANGE). */
export function schoolChangeAsked(text: string): boolean {
  const folded = fold(text);
  // "preciso transferir meu filho de escola … e tbm pegar o histórico dele": two requests, which the search lists.
  if (ALSO.test(folded)) return false;
  // "precisa do historico escolar pra mudar de escola": the change is what a paper asked for is for, not the request.
  if (CHANGE_AS_PURPOSE.test(folded)) return false;
  if (MOVED_HOME.test(folded) && GO_ON_STUDYING.test(folded)) return true;
  return text.split(/[,.;!?:]+/).some((said) => SCHOOL_CHANGE.some((re) => re.test(fold(said))));
}

/** A police report's words ("bo", "boletim", "reds", "ocorrência"). */
const REPORT = '(bo|b o|boletim|reds|ocorrencia)';
/** Words of a copy of a document asked for ("cópia", "imprimir", "baixar", "segunda via"). */
const COPY = '(copia|copias|imprimir|imprimo|imprime|reimprimir|baixar|baixo|segunda via|2 via|outra via)';
/**
 * A police report already made, asked for again: a copy word right before or after the report ("cópia do bo", "baixar o
 * bo", "o boletim, como imprimo"), or the report told as made ("a pm fez o bo", "fizeram o boletim") with a copy, the
 * paper lost, or the insurer asking for it. Folded text.
 */
const REPORT_COPY: readonly RegExp[] = [
  new RegExp(`\\b${COPY} (d[oa] |o |a |meu |minha |um |uma )?(\\w+ )?${REPORT}\\b`),
  // Not across "e"/"ou": "quero fazer o bo e a segunda via" asks for two things.
  new RegExp(`\\b${REPORT}( (?!e\\b|ou\\b)\\w+){0,2} ${COPY}\\b`),
];
/**
 * The citizen's report said to be of their case ("o REDS 2026-… *é do furto*", "meu boletim é da batida", "o bo que tenho
 * é de perda"): it is made already; its number, read out before (engine.ts), was what showed it (round 4723).
 */
const REPORT_OF_CASE = `\\b(o|meu|esse|este|um) ${REPORT}( (que|q) (eu )?(tenho|fiz|registrei))? (e|eh|foi) (d[oa]|de|referente|sobre)\\b`;
/** The report told as made, and what shows it is wanted again. */
const REPORT_MADE = new RegExp(`\\b(fez|fizeram|fiz|fizemos|registrou|registraram|registrei|feito|lavrou|lavrado) (o |a |um |uma )?${REPORT}\\b|${REPORT_OF_CASE}`);
const WANTED_AGAIN = new RegExp(`\\b(${COPY.slice(1, -1)}|perdi o papel|perdi a folha|seguradora|seguro (pede|pediu|pedindo|ta pedindo|quer))\\b`);

/** True when the message asks again for a police report already made (see REPORT_COPY). */
export function reportCopyAsked(text: string): boolean {
  const folded = fold(text);
  return REPORT_COPY.some((re) => re.test(folded)) || (REPORT_MADE.test(folded) && WANTED_AGAIN.test(folded));
}

/** One of the household or a partner, present or past ("meu marido", "o pai deles", "meu ex", "meu filho que mora comigo"). */
const HOUSEHOLD = /\b(marido|esposo|companheiro|companheira|namorado|namorada|ex|exmarido|ex marido|pai|mae|filho|filha|genro|nora|neto|neta|irmao|irma|cunhado|cunhada|padrasto|madrasta|enteado|enteada|sogro|sogra)\b/;
/**
 * Violence or threats done to the citizen, their home or their work ("me agrediu", "me ameaça", "mandando ameaça",
 * "rondando a casa", "rondando o meu trabalho").
 */
const DONE_TO_ME = /\b(me (bateu|bate|batendo|agrediu|agride|agredindo|agredir|ameaca|ameacou|ameacando|ameacar|espancou|espanca|machucou|machuca|empurrou|enforcou|xinga e ameaca)|(mandando|manda|mandou|fazendo|faz|fez) ameacas?|ameacas? de morte|ameacando (a gente|nos|meus filhos|minha familia|de morte)|rondando (a|minha|nossa) casa|rondando (o )?meu (trabalho|servico|emprego)|rondando a gente)\b/;

/**
 * Violence or threats at home told by the one who suffers them, by one of the household or a partner: "meu marido me
 * agrediu ontem à noite", "o pai deles não aceita a separação, fica rondando a casa e mandando ameaça", "meu filho que
 * mora comigo me ameaça". Folded text.
 */
export function homeViolenceTold(text: string): boolean {
  const folded = fold(text);
  return DONE_TO_ME.test(folded) && HOUSEHOLD.test(folded);
}

/** Money sent by the citizen ("paguei", "mandei 1500 reais", "fiz um pix", "transferi"). */
const MONEY_SENT = /\b(paguei|pagamos|transferi|depositei|(mandei|enviei|fiz|passei|fizemos|mandamos) (um |o |uma |a )?(pix|\d+|dinheiro|reais|transferencia|deposito|pagamento)|pix)\b/;
/**
 * A deceit told: someone who pretended to be another ("se passou pelo meu sobrinho", "pensando que era ele", "clonaram o
 * zap"), or a seller gone once paid ("o cara sumiu", "me bloqueou", "não entregou").
 */
const DECEIT = /\b(se passou por|se passou pelo|se passou pela|se passando por|se passando pelo|se passando pela|fingiu ser|fingindo ser|pensando que era|achando que era|clonaram|clonado|clonada|clonou|(o cara|a pessoa|o vendedor|a vendedora|o sujeito|a mulher|o homem|a loja|o rapaz|a moca) (sumiu|desapareceu|me bloqueou|bloqueou)|me bloqueou|bloqueou meu (numero|contato|whats|zap)|(nao|nunca) (entregou|entregaram|mandou o produto|recebi o produto|chegou o produto))\b/;

/** True when the message tells of money sent and a deceit (see MONEY_SENT, DECEIT). Folded text. */
export function scamTold(text: string): boolean {
  const folded = fold(text);
  return MONEY_SENT.test(folded) && DECEIT.test(folded);
}

/** Having a thing ("tenho", "só tem", "ainda tenho") and asking whether it serves ("serve?", "basta?", "vale?", "dá pra … com a xerox?"). */
const HELD = new Set(['tenho', 'tem', 'temos', 'possuo', 'possui']);
const SERVES = /\b(serve|servem|basta|bastam|vale|valem|aceita|aceitam|aceito|suficiente|da pra fazer com|posso usar|pode ser com|com a xerox|com a copia)\b/;

/** The citizen says what they hold and asks whether it serves (round 6283, the search's reader 'paper_held_serves'). */
export function heldServes(tokens: readonly string[]): boolean {
  // Not an obligation ("tem que ser a original?", "tenho q autenticar?"): that asks what the card requires.
  return tokens.some((w, i) => HELD.has(w) && !['que', 'q', 'de'].includes(tokens[i + 1] ?? '')) && SERVES.test(tokens.join(' '));
}

/** A message received ("recebi no whatsapp…", "chegou um sms…"), by what way it came. */
const RECEIVED = /\b(recebi|recebemos|chegou|chegaram|mandaram)\b/;
const RECEIVED_BY = /\b(sms|whatsapp|whats|zap|mensagem|email|link|torpedo)\b/;
/** Asking how to check it on one's own ("como eu vejo se…", "como confiro se é verdade", "quero confirmar"). */
const CHECKING = /\b(como (eu )?(vejo|confiro|confirmo|consulto|verifico|checo)|(quero|queria|preciso) (ver|conferir|confirmar|consultar|verificar|checar)|e verdade)\b/;
/** Money or data already given: then the scam's report is what is asked (scamTold, the fraud report's readers). */
const GIVEN = /\b(paguei|passei|cai|transferi|depositei|mandei|fiz o pix|fiz um pix|fiz pix|saiu um pix|sumiu)\b/;
/** The message's own words, and the claim it makes, that name nothing the citizen asks for. */
const RECEIVED_WORDS: ReadonlySet<string> = new Set(['recebi', 'recebemos', 'chegou', 'chegaram', 'mandaram', 'sms', 'whatsapp', 'whats', 'zap', 'mensagem', 'email', 'link', 'torpedo',
  'dizendo', 'falando', 'diz', 'fala', 'falou', 'disse', 'avisando', 'informando', 'pagar', 'pra', 'para', 'com', 'um', 'uma', 'no', 'na', 'pelo', 'pela', 'q', 'que', 'como', 'eu', 'vejo', 'confiro',
  'confirmo', 'consulto', 'verifico', 'checo', 'ver', 'conferir', 'confirmar', 'consultar', 'verificar', 'checar', 'quero', 'queria', 'preciso', 'se', 'e', 'isso', 'certo', 'mesmo', 'msm', 'verdade',
  'tenho', 'tem', 'ta', 'esta', 'atrasado', 'atrasada', 'pendente', 'pendentes', 'vencido', 'vencida', 'aberto', 'em', 'de', 'meu', 'minha', 'o', 'a', 'os', 'as']);

/**
 * "recebi no whatsapp q tenho uma multa de transito pra pagar com link, como eu vejo se tenho multa mesmo", "chegou um sms
 * falando q meu ipva ta atrasado com um link pra pagar, como eu vejo isso certo": a message received that claims a debt
 * or a fine, and the citizen asking how to check it, before giving anything, is a consultation of that thing on the
 * official channel, not the fraud report nor the instalments the claim's words find. The thing to look up ("consultar
 * multa"), or undefined (round 6284).
 */
export function receivedToCheck(text: string): string | undefined {
  const folded = fold(text);
  if (!RECEIVED.test(folded) || !RECEIVED_BY.test(folded) || !CHECKING.test(folded) || GIVEN.test(folded)) return undefined;
  const rest = [...new Set(folded.split(/[^a-z0-9]+/).filter((w) => w !== '' && !RECEIVED_WORDS.has(w)))];
  return rest.length === 0 || rest.length > 4 ? undefined : `consultar ${rest.join(' ')}`;
}

/** Words opening a clause of when ("*depois de* pagar o DAE, …", "*após* a vistoria, …", "*assim que* sair, …"). */
const AFTER_OPENERS: ReadonlySet<string> = new Set(['depois', 'dps', 'apos']);
/** Words that may come before the opener ("*e* depois de…", "*mas* após…"). */
const AFTER_LEADS: ReadonlySet<string> = new Set(['e', 'mas', 'ai', 'entao', 'ta', 'ok']);
/** Words linking "depois" to its event ("depois *de* pagar", "depois *da* vistoria", "depois *que* sair"). */
const EVENT_LINKS: ReadonlySet<string> = new Set(['de', 'do', 'da', 'dos', 'das', 'que', 'q']);

/**
 * "Depois de pagar o DAE, a nova via chega por onde?" on the CNH's 2nd copy: a clause opening with "depois"/"após" up to
 * the first pause, before the clause that asks, says when, not what is asked about; its words name no service (the DAE
 * paid is a step of the card in view). The positions of that clause; none when nothing follows the pause (round 4042,
 * r36c).
 */
export function eventBefore(m: Reading): number[] {
  const lead = AFTER_LEADS.has(m.tokens[0] ?? '') ? 1 : 0;
  const opener = m.tokens[lead] ?? '';
  // "depois" opening an event ("depois *de* pagar", "dps *que* sair"); not "e depois a segunda via, quanto custa?" (and
  // then, the next thing asked about).
  const event = opener === 'apos' || (AFTER_OPENERS.has(opener) && EVENT_LINKS.has(m.tokens[lead + 1] ?? ''));
  const opens = event || (opener === 'assim' && m.tokens[lead + 1] === 'que');
  if (!opens) return [];
  const pause = Math.min(...[...(m.pauses ?? [])]);
  if (!Number.isFinite(pause) || pause >= m.tokens.length - 2) return [];
  return m.tokens.slice(0, pause + 1).map((_, i) => i);
}

/**
 * The trades of those who write for others or for work (a *despachante*, an accountant, a social worker, an HR
 * clerk): who the citizen is at work, said before the need, is no word of the service (round 4150). Not the roles a
 * service may ask about (a civil servant, a student, a retiree, a teacher, a guardian, a MEI): those stay in the search.
 */
const TRADES: ReadonlySet<string> = new Set([
  'despachante', 'contador', 'contadora', 'advogado', 'advogada', 'assistente', 'secretario', 'secretaria', 'corretor', 'corretora', 'engenheiro', 'engenheira', 'consultor', 'consultora', 'gestor', 'gestora',
  'coordenador', 'coordenadora', 'analista', 'estagiario', 'estagiaria', 'auxiliar', 'agente', 'rh', 'dp', 'recursos', 'departamento', 'setor',
]);
/** Where one works, after "trabalho no/na/em" ("trabalho *no rh* de uma empresa", "trabalho *num escritório* de contabilidade"). */
const WORKPLACES: ReadonlySet<string> = new Set(['rh', 'dp', 'recursos', 'departamento', 'setor', 'escritorio', 'prefeitura', 'empresa', 'contabilidade', 'imobiliaria', 'despachante']);
/** What one is responsible for at work ("responsável *pela frota*", "responsável pelo *setor* de compras"). */
const IN_CHARGE_OF: ReadonlySet<string> = new Set(['frota', 'setor', 'departamento', 'area', 'empresa', 'escritorio', 'rh', 'dp', 'financeiro', 'administrativo']);
/** Words that end the role's clause: the need or the story that follows it ("sou despachante *e preciso*…"). */
const ROLE_ENDS: ReadonlySet<string> = new Set(['e', 'mas', 'que', 'q', 'preciso', 'gostaria', 'quero', 'queria', 'solicito', 'desejo', 'venho', 'tenho', 'estou', 'to', 'recebi', 'recebemos', 'pra', 'para', 'porque', 'pq',
  // The one the need is for, where the story starts when the pause before it is lost ("sou despachante *cliente meu*
  // levou uma multa…"), round 6265.
  'cliente', 'clientes', 'meu', 'minha', 'meus', 'minhas', 'usuario', 'usuaria', 'assistido', 'assistida']);

/**
 * The tokens of the citizen's trade said as who they are ("sou despachante aqui de divinópolis", "trabalho no rh de
 * uma empresa", "na qualidade de secretária escolar,", "sou responsável pela frota de uma transportadora"): the opening,
 * the trade, and what follows it up to a pause or the need; none when no trade is said.
 */
export function professionalRole(m: Reading): number[] {
  const t = m.tokens;
  for (let i = 0; i < t.length; i++) {
    let at = -1;
    if (t[i] === 'sou' || t[i] === 'atuo') {
      let k = i + 1;
      if (t[i] === 'atuo' && t[k] === 'como') k++;
      if (['o', 'a', 'um', 'uma', 'do', 'da'].includes(t[k] ?? '')) k++;
      const w = t[k] ?? '';
      if (TRADES.has(w) || (w === 'responsavel' && (t[k + 1] === 'pela' || t[k + 1] === 'pelo') && IN_CHARGE_OF.has(t[k + 2] ?? ''))) at = k;
    } else if (t[i] === 'trabalho' && ['no', 'na', 'num', 'numa', 'em', 'como'].includes(t[i + 1] ?? '')) {
      const k = ['uma', 'um'].includes(t[i + 2] ?? '') ? i + 3 : i + 2;
      if (WORKPLACES.has(t[k] ?? '') || (t[i + 1] === 'como' && TRADES.has(t[k] ?? ''))) at = k;
    } else if (t[i] === 'na' && (t[i + 1] === 'qualidade' || t[i + 1] === 'condicao') && t[i + 2] === 'de') {
      at = i + 3;
    }
    if (at < 0) continue;
    const start = t[i - 1] === 'eu' ? i - 1 : i;
    let end = at + 1;
    while (end < t.length && end - start < 12 && !(m.pauses?.has(end - 1) ?? false) && !ROLE_ENDS.has(t[end] ?? '')) end++;
    if (end - start >= 12) continue;
    return t.map((_, k) => k).filter((k) => k >= start && k < end);
  }
  return [];
}

/** Verbs of what a trade does for others ("*ajudo* as famílias com os serviços do governo"), round 6266. */
const HELPING: ReadonlySet<string> = new Set(['ajudo', 'atendo', 'oriento', 'acompanho', 'auxilio', 'assessoro', 'cuido', 'encaminho', 'ajudamos', 'atendemos', 'orientamos', 'acompanhamos']);
/** The words around such a verb that name no service: whom, with what in general, how often. */
const HELPED_WORDS: ReadonlySet<string> = new Set(['as', 'os', 'a', 'o', 'e', 'eu', 'tambem', 'sempre', 'vezes', 'muitas', 'varias', 'algumas', 'muito', 'com', 'nos', 'nas', 'no', 'na', 'em', 'de', 'do', 'da', 'dos', 'das', 'pra', 'para',
  'familias', 'pessoas', 'clientes', 'idosos', 'idosas', 'moradores', 'usuarios', 'usuarias', 'populacao', 'comunidade', 'gente', 'povo', 'assistidos', 'todo', 'mundo', 'aqui', 'la', 'bairro', 'regiao', 'cidade',
  'servicos', 'coisas', 'documentos', 'documentacao', 'papeis', 'papelada', 'tramites', 'pedidos', 'governo', 'publicos', 'publico', 'estado', 'estaduais', 'internet', 'celular']);

/**
 * What the trade said does for others, after it ("sou agente comunitária de saúde *e às vezes ajudo as famílias com
 * os serviços do governo*"): who the citizen is, no request; only beside a trade said, and only of words that name
 * no service (round 6266).
 */
export function helpsOthers(m: Reading): number[] {
  if (professionalRole(m).length === 0) return [];
  const t = m.tokens;
  const at = t.findIndex((w) => HELPING.has(w));
  if (at < 0) return [];
  let start = at;
  while (start > 0 && HELPED_WORDS.has(t[start - 1] ?? '') && !(m.pauses?.has(start - 1) ?? false)) start--;
  let end = at + 1;
  while (end < t.length && HELPED_WORDS.has(t[end] ?? '')) end++;
  if (end < t.length && !(m.pauses?.has(end - 1) ?? false)) return [];
  return t.map((_, k) => k).filter((k) => k >= start && k < end);
}

/** The text without the citizen's trade said as who they are (see professionalRole); undefined when none is said. */
export function withoutRole(text: string): string | undefined {
  if (!/\b(?:sou|trabalho|atuo|qualidade|condi[cç][aã]o)\b/i.test(text)) return undefined;
  const m = readPlain(text);
  const role = professionalRole(m);
  if (role.length === 0 || role.length === m.tokens.length) return undefined;
  return m.tokens.filter((_, i) => !role.includes(i)).join(' ');
}

/**
 * Conditions a citizen tells of a person, themselves or the one the request is for: a disability, a foreign nationality,
 * being a civil servant, in prison, pregnant, a student. Said of a person on a card in view, they are the case weighed
 * against that card, never a service to go to ("sou estrangeiro, dá pra tirar?" on the criminal record certificate is no
 * foreign driver's licence; "ela é autista, tem prioridade?" on the school re-enrolment is no Ciptea), round 5641.
 */
const CONDITIONS: ReadonlySet<string> = new Set([
  'pcd', 'deficiente', 'deficientes', 'deficiencia', 'cadeirante', 'surdo', 'surda', 'cego', 'cega', 'autista', 'autistas',
  'estrangeiro', 'estrangeira', 'estrangeiros', 'estrangeiras', 'imigrante', 'refugiado', 'refugiada', 'venezuelano', 'venezuelana', 'haitiano', 'haitiana',
  'boliviano', 'boliviana', 'colombiano', 'colombiana', 'peruano', 'peruana', 'paraguaio', 'paraguaia', 'cubano', 'cubana', 'angolano', 'angolana',
  'servidor', 'servidora', 'preso', 'presa', 'detento', 'detenta', 'gravida', 'gestante', 'estudante', 'estudantes', 'inquilino', 'inquilina',
]);
/** Words that say a condition of the person before it: a verb of being ("sou", "ela é", "ele tá"), "com" ("pessoa com deficiência"), "para" ("para estudantes"), "como" ("como inquilino"). */
const CONDITION_BEFORE: ReadonlySet<string> = new Set(['como', 'sou', 'e', 'eh', 'ta', 'esta', 'estou', 'to', 'tou', 'era', 'for', 'fosse', 'seja', 'sendo', 'com', 'para', 'pra', 'pros', 'pras', 'eu', 'ele', 'ela']);
/** What a condition is said with after it ("servidora *pública estadual*", "deficiência *física*"). */
const CONDITION_AFTER: ReadonlySet<string> = new Set(['publico', 'publica', 'estadual', 'municipal', 'federal', 'fisica', 'visual', 'auditiva', 'intelectual', 'mental', 'motora']);
/** Asking whether one may, right after a bare condition ("estrangeiro *pode*?", "pessoa com deficiência *tem* isenção?"). */
const MAY_AFTER: ReadonlySet<string> = new Set(['pode', 'podem', 'tem', 'consegue', 'conseguem', 'paga', 'pagam']);

/**
 * The tokens of a condition told of a person (see CONDITIONS), with the words that say it is one (before it) and qualify
 * it (after it): "*sou pcd*", "*ela é autista*", "pessoa *com deficiência física*", "*estrangeiro* pode?", "isenção *para
 * estudantes*". A condition word with none of these around it ("quero a carteira de estrangeiro") is no condition told.
 */
export function conditionTold(m: Reading): number[] {
  return m.tokens.flatMap((w, i) => {
    if (!CONDITIONS.has(w)) return [];
    const before = CONDITION_BEFORE.has(m.tokens[i - 1] ?? '');
    if (!before && !MAY_AFTER.has(m.tokens[i + 1] ?? '')) return [];
    let end = i + 1;
    while (CONDITION_AFTER.has(m.tokens[end] ?? '')) end++;
    return Array.from({ length: end - i }, (_, k) => i + k);
  });
}

/**
 * What a condition may give a person, as a word or as the stem a card's vocabulary holds: an exemption, a discount,
 * priority ("isenção", "isento", "descontos", "prioridade", "preferencial", "gratuidade"; "isenc", "prioridad").
 */
const PRIVILEGE = /^(isenc|isent|descont|prioridad|prioritar|preferen|gratuidad)/;

/** A word, or a stem, of what a condition may give (PRIVILEGE). */
export function isPrivilege(w: string): boolean {
  return PRIVILEGE.test(w);
}

/**
 * A sentence told as done or settled ("o seguro-desemprego eu *já dei* entrada, isso está *resolvido*", "*já tiramos*
 * a CIN", "ela *já tem* a identidade nova"): what the citizen has, not what they ask for (round 5600).
 */
const SETTLED = /\b(?:ja (?:\w+ )?(?:\w{2,}(?:ei|ou|eu|iu|emos|amos|imos|aram|eram|iram)|fiz|fez|tem|tenho|temos|tinha)|resolvid[oa]s?)\b/;
/** Words that ask for something: a wish, a need, a question word ("quero", "preciso", "como", "onde", "tem como"). */
const ASKING = /\b(?:quero|queria|preciso|precisava|precisa|precisamos|gostaria|como|onde|qual|quais|quanto|quando|ajuda|orientar|agora)\b/;

/** Words of wishing or needing that state a need ("quero", "preciso", "ele precisa"). */
const NEED_WORDS: ReadonlySet<string> = new Set([...WANT_OPENERS, 'precisa', 'precisamos']);

/**
 * A message that tells a story, in two sentences or more, read for its need (round 5600): the asking sentence (the last
 * one with a "?", else the last with a word of asking, never one told as settled), with the sentence before it when
 * that one states the need itself (a word of wishing or needing: "Agora preciso tirar outra identidade … Como faço?")
 * or when the asking sentence alone says nothing but asks ("Agora falta o passaporte. Como fazemos?"; `bare` tells).
 * The need's text; undefined for a message of one sentence or with no asking sentence.
 */
export function needOfStory(text: string, bare: (sentence: string) => boolean): string | undefined {
  const sentences = text.split(/(?<=[.!?…])\s+|\n+/).map((s) => s.trim()).filter((s) => s !== '');
  if (sentences.length < 2) return undefined;
  const settled = (s: string): boolean => !s.includes('?') && SETTLED.test(fold(s));
  const asks = sentences.map((s, i) => ({ s, i })).filter(({ s }) => !settled(s));
  const at = [...asks].reverse().find(({ s }) => s.includes('?'))?.i ?? [...asks].reverse().find(({ s }) => ASKING.test(fold(s)))?.i;
  if (at === undefined) return undefined;
  const before = sentences[at - 1];
  const joined = before !== undefined && !settled(before) && (fold(before).split(' ').some((w) => NEED_WORDS.has(w)) || bare(sentences[at] ?? ''));
  return joined ? `${before} ${sentences[at] ?? ''}` : sentences[at];
}

/**
 * Words of the citizen's working day ("*trabalho* por diária", "chego do *trabalho*", "sou *pedreiro*", "vou perder a
 * *diária*", "pego no *serviço* cedo"): told as the reason of a question about the card in view, never a service asked
 * for (declared round 6780, from blind 118, "a tight budget and a tight life").
 */
const WORK_DAY: ReadonlySet<string> = new Set(['trabalho', 'trabalhar', 'trabalhando', 'trabalhei', 'trampo', 'emprego', 'empregos', 'diaria', 'diarias', 'diarista',
  'pedreiro', 'servente', 'faxineira', 'faxina', 'costureira', 'motoboy', 'entregador', 'plantao', 'turno', 'expediente', 'patrao', 'patroa', 'folga', 'bico', 'bicos']);
/** "serviço" as the workplace ("pego *no* serviço", "saio *do* serviço"), not a service of the State. */
const AT_WORK: ReadonlySet<string> = new Set(['no', 'do', 'pro', 'pelo', 'meu']);

/**
 * On a card, the tokens of each clause told (no "?") that speaks of the citizen's working day, beside a clause that asks
 * ("Funciona à noite? Só tenho tempo depois que chego do trabalho.", "Trabalho por diária e não posso faltar muitos
 * dias. Quanto tempo demora…?"); none when no clause asks, or when the clauses do not add up to the message.
 */
export function workDayTold(m: Reading): number[] {
  if (!m.text.includes('?') || !m.tokens.some((w, i) => ofWorkDay(m.tokens, w, i))) return [];
  return clausesAt(m, false)?.flatMap((c) => (!c.text.includes('?') && c.words.some((w, i) => ofWorkDay(c.words, w, i)) ? clausePositions(c) : [])) ?? [];
}
/** A word of the working day at `i` of `words` (WORK_DAY, or "serviço" after AT_WORK). */
function ofWorkDay(words: readonly string[], w: string, i: number): boolean {
  return WORK_DAY.has(w) || (w === 'servico' && AT_WORK.has(words[i - 1] ?? ''));
}
