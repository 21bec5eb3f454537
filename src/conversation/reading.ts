// Reading a message for intents: the same folding and stemming as search, so "documentos", "documento"
// and "Documentos?" meet, plus typo correction towards the words of the intent cues ("documetos",
// "qunto"). A cue is a short phrase; it matches when its words appear in order in the message, with at
// most one glue word between two of them ("quanto que custa" matches "quanto custa").
import { fold, stem, words as searchWords } from '../search/normalize.ts';
import { editDistance } from '../search/typo.ts';
import { WHOLE_WORDS } from './cues.ts';
import type { Hit } from './message.ts';
import type { TopicHit } from './topics.ts';

/** Longest text the engine reads; the rest of a huge message is ignored. */
export const MAX_INPUT = 1000;

/** A message as the intent table reads it. */
export interface Reading {
  /** The text, without control characters, at most MAX_INPUT characters, trimmed. */
  text: string;
  /** Folded words, stopwords included, in order. */
  tokens: readonly string[];
  /** Stem of each token, after typo correction towards cue words. */
  stems: readonly string[];
  /** Tokens followed by a pause (a comma, "?", "!"…): a cue phrase never runs across one ("não, quero continuar"). */
  pauses?: ReadonlySet<number>;
  /** What the table works out once per message, kept with it (and gone with it): see ReadingMemo. */
  memo?: ReadingMemo;
}

/**
 * Work done once per message and asked for many times in its turn. Kept on the message itself: a WeakMap keyed by
 * the message costs more to fill than some of this work, and nothing here outlives the message.
 */
export interface ReadingMemo {
  /** The number of each stem in `firstIds` (-1: no cue starts with it), and how many numbers there were then. */
  ids?: Int32Array;
  known?: number;
  /** The topics found (topics.ts), with the question words in part of the message or as all of it. */
  topics?: { part?: TopicHit | undefined; whole?: TopicHit | undefined };
  /** The social turn read (handlers.ts); null: none. */
  social?: Hit | null;
}

/** Where a cue matched: the positions of the tokens it used. */
export interface CueMatch {
  used: readonly number[];
}

/** A cue phrase, compiled: the stems to find. */
export interface Cue {
  phrase: string;
  /** The folded words, slang expanded. */
  words: readonly string[];
  stems: readonly string[];
  /** Whether each word is one of WHOLE_WORDS, met by a token only as itself or its plural; absent when none is. */
  whole?: readonly boolean[];
}

/**
 * Small words that may sit between the words of a cue, or around a whole-message cue, without changing
 * what the message asks: articles, "que", pronouns, and the politeness people add to anything.
 */
const GLUE: ReadonlySet<string> = new Set(
  `a o as os um uma e que de do da dos das em no na num numa pra pro para por ao aos pras pros eu me mim meu minha seu sua teu tua vc voce voces vcs ce isso isto esse essa ele ela
   ai entao ne so mesmo la aqui agora ja tambem tb tbm muito mt mto bem demais bastante tudo foi tem ter senhorita
   obrigado obrigada obg brigado valeu vlw por favor pf pfv pfvr moco moca senhor senhora amigo amiga
   viu hein ha han ta tah esta estou favor gentileza oh ah ahn hmm hum opa oi ola disso disto nisso pode poderia
   desse dessa deste desta nesse nessa neste nesta este aquele aquela daquele daquela naquele naquela`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** True for a word that may be ignored around or inside a cue. */
export function isGlue(token: string): boolean {
  return GLUE.has(token);
}

/** Emoji that carry a whole message's meaning: read as the words they stand for. */
const EMOJI_WORDS: readonly [RegExp, string][] = [
  [/👍|👌|✅|🆗/gu, ' ok '],
  [/🙏/gu, ' obrigado '],
  [/😂|🤣|😆|😅/gu, ' kkk '],
  [/❤️|❤|😍|🥰|👏/gu, ' adorei '],
  [/😡|🤬|👎/gu, ' ruim '],
];

/** Words of chat that may be said twice in a row for emphasis ("ok ok", "sim sim", "valeu valeu"). */
const REPEATABLE: ReadonlySet<string> = new Set(['ok', 'okay', 'sim', 'nao', 'obrigado', 'obrigada', 'valeu', 'beleza', 'certo', 'isso', 'oi', 'ola', 'tchau', 'kkk', 'adorei', 'ruim', 'bom', 'otimo', 'show', 'top', 'proxima', 'proximo', 'vai', 'volta', 'para', 'pronto', 'entendi', 'perfeito']);

/** Hands held together: "please" in a question, "thank you" otherwise (EMOJI_WORDS). */
const PLEASE = /🙏/gu;

/** Chat spellings read as the word they stand for, before stemming ("qnto" is "quanto", "vc" is "voce"). */
// A Map, not an object: a typed word such as "constructor" must never meet an object's built-ins.
const SLANG: ReadonlyMap<string, string> = new Map(Object.entries({
  qnto: 'quanto', qto: 'quanto', qnt: 'quanto', qnta: 'quanta', qtos: 'quantos', qntos: 'quantos', qts: 'quantos', qnts: 'quantos', qtas: 'quantas', qntas: 'quantas', q: 'que', oq: 'o que', vc: 'voce', vcs: 'voces', ce: 'voce',
  pq: 'porque', porq: 'porque', tb: 'tambem', tbm: 'tambem', td: 'tudo', hj: 'hoje', msm: 'mesmo', obg: 'obrigado', brigado: 'obrigado', qro: 'quero', kero: 'quero',
  qria: 'queria', keria: 'queria', nd: 'nada', dps: 'depois', prox: 'proxima', proxm: 'proxima', cmg: 'comigo', vdd: 'verdade', mt: 'muito', mto: 'muito',
  pfv: 'por favor', pfvr: 'por favor', pf: 'por favor', vlw: 'valeu', flw: 'falou', tmj: 'obrigado', blz: 'beleza', nn: 'nao', n: 'nao', s: 'sim', ss: 'sim',
  docs: 'documentos', doc: 'documento', agd: 'agendar', info: 'informacao', infos: 'informacoes', msg: 'mensagem', tava: 'estava', ta: 'esta', to: 'estou', eh: 'e', pra: 'para',
  i: 'e', tendi: 'entendi', dispois: 'depois', dipois: 'depois', despois: 'depois', qm: 'quem', passoapasso: 'passo a passo', pap: 'passo a passo', intendi: 'entendi', vota: 'volta', vorta: 'volta', agr: 'agora', agra: 'agora', dnv: 'de novo', qnd: 'quando', qdo: 'quando', qndo: 'quando', tmb: 'tambem', tbem: 'tambem', ngm: 'ninguem', hm: 'hmm', cel: 'celular', net: 'internet', zap: 'whatsapp', zapzap: 'whatsapp', wpp: 'whatsapp',
  // A young person's chat ("link pls", "qual teu nome", "sorry era pra outra pessoa", "mds", "vou começar facul",
  // "quero add moto"), round 5940: the word each stands for.
  pls: 'por favor', plz: 'por favor', plis: 'por favor', pliz: 'por favor', teu: 'seu', tua: 'sua', teus: 'seus', tuas: 'suas', sorry: 'desculpa',
  mds: 'meu deus', facul: 'faculdade', add: 'adicionar',
  // Hours shortened in chat ("sai na hr?", "umas 2 hrs").
  hr: 'hora', hrs: 'horas',
  // Topic words shortened in chat ("tel?", "qual o fone", "vlr?", "pgto por pix"), round 4903.
  tel: 'telefone', tels: 'telefones', fone: 'telefone', vlr: 'valor', pgto: 'pagamento',
  // Question words with a letter dropped or run together ("e ond fica?", "ql o valor?", "oque levo?").
  ond: 'onde', ondi: 'onde', aond: 'aonde', ql: 'qual', qls: 'quais', oque: 'o que',
  // Spanish speakers living in Minas write their question words and verbs of wanting in Spanish ("cuanto cuesta?",
  // "donde queda?", "necesito la siguiente", "gracias"): read as the Portuguese word they stand for. Only words no
  // Portuguese message uses otherwise ("si" is the Portuguese "si mesmo", so it is left out).
  quiero: 'quero', quisiera: 'queria', necesito: 'preciso', necesita: 'precisa', cuanto: 'quanto', cuantos: 'quantos', cuanta: 'quanta',
  cuantas: 'quantas', cuesta: 'custa', cuestan: 'custam', donde: 'onde', cual: 'qual', cuales: 'quais', cuando: 'quando', quien: 'quem',
  gracias: 'obrigado', hola: 'ola', siguiente: 'proximo', tengo: 'tenho', puedo: 'posso', hacer: 'fazer', ayuda: 'ajuda',
  manana: 'amanha', tambien: 'tambem', tiempo: 'tempo', pasos: 'passos', pregunta: 'pergunta', entiendo: 'entendo',
}));

/**
 * The text with its chat spellings written out, word by word, its punctuation and every other word kept as typed ("a
 * certidao vale qnts dias?" → "a certidao vale quantos dias?", "e dps q deferir?" → "e depois que deferir?"): what the
 * card's sentences are weighed against, as the intent table reads the tokens (round 3120). A word typed in capitals in a
 * message that has small letters is an abbreviation ("moro no CE", "vim do TO"), no chat spelling.
 */
export function spelledOut(text: string): string {
  const shouted = text === text.toUpperCase();
  return text.replace(/[\p{L}\p{N}]+/gu, (w) => (!shouted && w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase() ? w : (SLANG.get(fold(w)) ?? w)));
}

/**
 * Families of chat spellings, read as one word: every spelling of a thanks ("obgd", "obrigadão",
 * "brigadinho", "vlww"), of a laugh ("kkkkk", "hahaha", "rsrs") and letters held for emphasis ("oiii",
 * "simmm", "proximooo"), so a new spelling of a known word needs no new entry.
 */
const FAMILIES: readonly [RegExp, string][] = [
  [/^(obg\w*|obrigad\w*|brigad\w*|obgd\w*)$/, 'obrigado'],
  [/^(v+a+l+e+u+\w*|v+l+w+|vlew|valew)$/, 'valeu'],
  [/^(k{2,}|(ha){2,}h?|(he){2,}|(rs){2,}|(hua){2,})$/, 'kkk'],
  [/^af{2,}$/, 'aff'],
];

/** The first letters of the words FAMILIES can match: other words skip its expressions. */
const FAMILY_INITIALS = new Set(['o', 'b', 'v', 'k', 'h', 'r', 'a']);

/** Does the word hold a letter typed three times in a row (what the held-letters rule collapses)? */
function holdsLetter(w: string): boolean {
  for (let i = 2; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122 && c === w.charCodeAt(i - 1) && c === w.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** One typed word as the word it stands for: slang, families, then letters held for emphasis collapsed. */
function wordOf(w: string): string {
  const slang = SLANG.get(w);
  if (slang !== undefined) return slang;
  if (FAMILY_INITIALS.has(w.charAt(0))) for (const [re, word] of FAMILIES) if (re.test(w)) return word;
  // "oiii", "simmm", "proximooo": a letter typed three times or more is one letter; "oii" too at the end of a short word.
  const held = holdsLetter(w) ? w.replace(/([a-z])\1{2,}/g, '$1') : w;
  const short = held.length <= 4 ? held.replace(/([aeiou])\1$/, '$1') : held;
  // "proxx", "vcc", "pqq": no Portuguese word ends in a doubled letter; a slang word with its last letter held is that word.
  const ending = short.length >= 3 && short.charCodeAt(short.length - 1) === short.charCodeAt(short.length - 2) ? SLANG.get(short.slice(0, -1)) : undefined;
  if (ending !== undefined) return ending;
  return short === w ? w : (SLANG.get(short) ?? short);
}

/** Folded words, slang expanded. */
function toTokens(text: string): string[] {
  const out: string[] = [];
  for (const w of fold(text).split(' ')) {
    if (w === '') continue;
    const word = wordOf(w);
    for (const x of word.includes(' ') ? word.split(' ') : [word]) {
      // A word of chat said twice in a row ("ok ok", "👍👍", "sim sim") is said once, louder. Not a name ("Thaís Thaís").
      // "o cara", "um cara" is a man, read as "ele" ("e o cara nao transferiu"), never "caro" (expensive).
      if (x === 'cara' && GUY_BEFORE.has(out[out.length - 1] ?? '')) out.push('ele');
      // "uns 30 conto", "cinquenta pila": money in slang after an amount is "reais", never the "conta" of a bill (round 4542).
      else if (MONEY_SLANG.has(x) && isAmount(out[out.length - 1] ?? '')) out.push('reais');
      else if (x !== out[out.length - 1] || !REPEATABLE.has(x)) out.push(x);
    }
  }
  // "num foi furto nao", "num sei", "num tenho cnh": the spoken "não" before a verb ("num lugar", "num posto" are "em um").
  for (let i = 0; i < out.length - 1; i++) if (out[i] === 'num' && NUM_NEGATES.has(out[i + 1] ?? '')) out[i] = 'nao';
  return out;
}

/** Verbs after which "num" is the spoken "não", never "em um" (no noun is spelled so). */
const NUM_NEGATES: ReadonlySet<string> = new Set(['foi', 'e', 'era', 'sou', 'tenho', 'tem', 'tinha', 'sei', 'sabia', 'quero', 'queria', 'consigo', 'consegui', 'posso', 'pode', 'vou', 'vai', 'estou', 'esta', 'estava', 'precisa', 'preciso', 'deu', 'da', 'fiz', 'fez', 'recebi', 'achei', 'acho', 'entendi', 'lembro', 'chegou', 'fui', 'perdi', 'roubaram', 'furtaram', 'levaram']);

/** Money in slang, read as "reais" after an amount ("uns 30 conto", "50 pila"), round 4542. */
const MONEY_SLANG: ReadonlySet<string> = new Set(['conto', 'contos', 'pila', 'pilas', 'pratas']);
/** Amounts said in words before money in slang ("trinta conto", "cem pila"). */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['dez', 'quinze', 'vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'setenta', 'oitenta', 'noventa', 'cem', 'duzentos', 'trezentos', 'quatrocentos', 'quinhentos', 'mil']);
/** A number or an amount in words. */
function isAmount(w: string): boolean {
  return AMOUNT_WORDS.has(w) || (w !== '' && /^\d+$/.test(w));
}

/** Articles before "cara" that make it a man. */
const GUY_BEFORE: ReadonlySet<string> = new Set(['o', 'um', 'esse', 'aquele', 'do', 'pro', 'ao', 'pelo', 'desse', 'daquele', 'num']);

/** Punctuation that marks a pause between two parts of a message (not the dots of "529.982.247-25", nor the colon of "10:30"). */
const PAUSE = /[,;!?…]+|:(?=\s)|\.+(?=\s|$)|\s[-–—]\s/;

/** The pauses that close a part before the message's end, in order (the last token's own mark is no pause between parts). */
export function innerPauses(m: Reading): number[] {
  return [...(m.pauses ?? [])].filter((p) => p < m.tokens.length - 1).sort((a, b) => a - b);
}

/** The tokens after which the citizen paused; none when the parts do not add up to the whole (odd input). */
function pausesOf(text: string, count: number): ReadonlySet<number> {
  // No pause at all: the one part is the whole text (read again below, it would add nothing).
  if (!PAUSE.test(text)) return new Set();
  const out = new Set<number>();
  let at = 0;
  for (const part of text.split(PAUSE)) {
    at += toTokens(part).length;
    if (at > 0 && at < count) out.add(at - 1);
  }
  return at === count ? out : new Set();
}

/** Only ASCII characters? */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Cleans raw input: control characters out, at most MAX_INPUT characters, trimmed. */
export function clean(raw: string): string {
  return spokenMarks(raw.slice(0, MAX_INPUT).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').trim());
}

/**
 * Punctuation dictated by voice-to-text, written as the mark it names: "quanto custa ponto de interrogação", "o ipva
 * do carro vírgula a placa é final 4 ponto". "ponto" only at the very end (a bus stop or the CNH's points stay words),
 * "vírgula" only between words (a number dictated as "1 vírgula 5" stays one).
 */
function spokenMarks(text: string): string {
  if (!/p[o0]nto|v[ií]rgula/i.test(text)) return text;
  return text
    .replace(/\s*\bponto\s+de\s+interroga[çc][ãa]o\b/giu, '?')
    .replace(/\s*\bponto\s+de\s+exclama[çc][ãa]o\b/giu, '!')
    .replace(/\s*\bponto\s+final\b/giu, '.')
    .replace(/(\p{L})\s+v[ií]rgula(?=\s+\p{L}|\s*$)/giu, '$1,')
    .replace(/(\S+)\s+ponto\s*$/iu, (all, before: string) => (NOUN_BEFORE.has(fold(before)) ? all : `${before}.`))
    .trim();
}

/** Words after which a last "ponto" is the noun ("ver meus ponto", "bater o ponto", "no ponto"), not a full stop. */
const NOUN_BEFORE: ReadonlySet<string> = new Set(['o', 'os', 'um', 'uns', 'meu', 'meus', 'seu', 'seus', 'teu', 'nosso', 'no', 'nos', 'do', 'dos', 'de', 'ao', 'pelo', 'num', 'esse', 'este', 'nesse', 'neste', 'desse', 'deste', 'qual', 'que', 'quantos', 'cada', 'mesmo', 'bater', 'bate', 'bato', 'bati', 'batendo', 'primeiro', 'ultimo']);

/** Compiles cue phrases ("quanto custa", "qnto custa") into stems. */
export function compileCues(phrases: readonly string[]): Cue[] {
  return phrases.map((phrase) => {
    const words = fold(phrase).split(' ').flatMap((w) => (w === '' ? [] : wordOf(w).split(' ')));
    const whole = words.map((w) => WHOLE_WORDS.has(w));
    // A cue's words stem as the message's do (ownStem first): "falar *com* atendente" keeps its preposition.
    const stems = words.map((w) => ownStem(w) ?? stem(w));
    return whole.includes(true) ? { phrase, words, stems, whole } : { phrase, words, stems };
  });
}

/**
 * Token `i` stands for the cue's word `k`: same stem, except that a glue word only stands for itself, so
 * the preposition "para" is never the verb "pare" (both stem to "par") and "e" is never "é"; and a word of
 * WHOLE_WORDS only for itself or its plural ("gostaria" is not "gostei").
 */
function wordAt(m: Reading, cue: Cue, k: number, i: number): boolean {
  if (m.stems[i] !== cue.stems[k]) return false;
  const token = m.tokens[i] ?? '';
  if (cue.whole?.[k] === true) return token === cue.words[k] || token === `${cue.words[k] ?? ''}s`;
  return !GLUE.has(token) || token === cue.words[k];
}

/**
 * Stems two families of words share, and the forms of the family a cue means: the thanks "obrigado/obrigada" and the
 * duty ("tenho mais *obrigações*?", "a lei *obriga*?") both stem to "obrig", and a duty was thanked for ("De nada!").
 */
const SHARED_STEMS: ReadonlyMap<string, RegExp> = new Map([
  ['obrig', /^obrigad[oa]s?$/],
  // "como" and the preposition "com" both stem to "com": "o cara me ameaçou *com uma faca*" read as "como (eu) faço"
  // (round 2409).
  ['com', /^como$/],
  // "procuração" (power of attorney, a cue of who may ask) and "procurar" (to look for) both stem to "procur": "quero
  // procurar emprego pelo sine" asked who may ask (round 2904).
  ['procur', /^procura(cao|coes|dor|dora|dores|doras)$/],
  // Round 3094: "taxa" (a fee) and "táxi" stem to "tax" ("e pra taxi?" asked the cost); "prazo" and "prazer" to "praz"
  // ("muito prazer" asked how long); "aplicativo"/"se aplica" and "a multa foi aplicada" to "aplic" (asked whether it is
  // online); "posto" (a desk) and "poste" to "post" ("bati num poste" asked where).
  ['tax', /^tax(a|as)$/],
  ['praz', /^prazos?$/],
  ['aplic', /^(aplicativos?|aplica)$/],
  ['post', /^postos?$/],
]);

/**
 * A stem of its own for a word that shares its stem with a cue's family it is not of (`SHARED_STEMS`), as typed (so
 * "obrigacao" is not corrected into "obrigado" either); undefined for every other word.
 */
function ownStem(word: string): string | undefined {
  const s = stem(word);
  const family = SHARED_STEMS.get(s);
  return family === undefined || family.test(word) ? undefined : `${s}-`;
}

/** Reads messages against a fixed cue vocabulary (every word of every cue of the intent table). */
export class Reader {
  private readonly vocabulary: readonly string[];
  private readonly known: ReadonlySet<string>;
  private readonly corrections = new Map<string, string>();

  constructor(cuePhrases: Iterable<string>) {
    const words = new Set<string>();
    for (const p of cuePhrases) for (const w of fold(p).split(' ')) if (w !== '') for (const x of wordOf(w).split(' ')) words.add(x);
    this.known = words;
    this.vocabulary = [...words].filter((w) => w.length >= 4 && !/\d/.test(w));
  }

  /** Reads a message. `catalogueKnows` protects catalogue words from being "corrected" into cue words. */
  read(raw: string, catalogueKnows: (word: string) => boolean): Reading {
    const text = clean(raw);
    let withEmoji = text;
    // Emoji are never ASCII: most messages skip the replacements.
    if (!isAscii(text)) {
      // 🙏 after a question asks nicely ("da pra pedir pelo celular? 🙏"); alone, it thanks.
      if (text.includes('?')) withEmoji = withEmoji.replace(PLEASE, ' por favor ');
      for (const [re, word] of EMOJI_WORDS) withEmoji = withEmoji.replace(re, word);
    }
    const tokens = toTokens(withEmoji);
    const stems = tokens.map((w) => ownStem(w) ?? stem(this.correct(w, catalogueKnows)));
    return { text, tokens, stems, pauses: pausesOf(withEmoji, tokens.length), memo: {} };
  }

  /** The cue word a misspelt word most likely is (one edit, two from 8 letters), or the word itself. */
  private correct(word: string, catalogueKnows: (word: string) => boolean): string {
    if (word.length < 4 || /\d/.test(word) || this.known.has(word) || catalogueKnows(word)) return word;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    const best = this.nearest(word);
    // Bounded: words typed by citizens are open-ended.
    if (this.corrections.size >= 10_000) this.corrections.clear();
    this.corrections.set(word, best);
    return best;
  }

  /** The closest cue word within the allowed edits, or the word itself. */
  private nearest(word: string): string {
    const max = word.length >= 8 ? 2 : 1;
    let best = word;
    let bestEdits = max + 1;
    // A doubled letter typed once ("paso", "pasa") is the likeliest slip.
    const single = undoubled(word);
    for (const cand of this.vocabulary) {
      if (cand.length === word.length + 1 && undoubled(cand) === single) return cand;
    }
    for (const cand of this.vocabulary) {
      const d = editDistance(word, cand, max);
      if (d < bestEdits || (d === bestEdits && d <= max && Math.abs(cand.length - word.length) < Math.abs(best.length - word.length))) {
        best = cand;
        bestEdits = d;
      }
    }
    return bestEdits <= max ? best : word;
  }
}

/** A reader with no vocabulary: the plain words of a text, never corrected towards cue words. */
const plainReader = new Reader([]);
/** The texts read plainly lately: the story's and the elsewhere table's readers read one message again and again in its turn. */
const plainReadings = new Map<string, Reading>();

/** A clause of a message and where its tokens start among the message's (see `clausesAt`). */
export interface ClauseAt {
  readonly text: string;
  readonly words: readonly string[];
  readonly from: number;
}

/**
 * The clauses of a message, cut after ".", "!", "?" and ";" (and "," with `commas`), each read plainly with the place
 * of its first token in the message; undefined when the clauses, read alone, do not add up to the message's tokens.
 */
export function clausesAt(m: Reading, commas: boolean): ClauseAt[] | undefined {
  const out: ClauseAt[] = [];
  let from = 0;
  for (const text of m.text.split(commas ? /(?<=[?.!,;])\s*/ : /(?<=[?.!;])\s*/)) {
    const words = readPlain(text).tokens;
    out.push({ text, words, from });
    from += words.length;
  }
  return from === m.tokens.length ? out : undefined;
}

/** The positions in the message of a clause's tokens. */
export function clausePositions(c: ClauseAt): number[] {
  return c.words.map((_, k) => c.from + k);
}

/**
 * A text read with no typo correction (as `new Reader([]).read(text, () => true)`), each text read once while it is
 * among the last ones read; a fresh memo each time, as a message read anew.
 */
export function readPlain(text: string): Reading {
  let m = plainReadings.get(text);
  if (m === undefined) {
    m = plainReader.read(text, () => true);
    if (plainReadings.size >= 64) plainReadings.clear();
    plainReadings.set(text, m);
  }
  return { ...m, memo: {} };
}

/** The word with each doubled letter written once ("passo" → "paso"). */
function undoubled(word: string): string {
  return word.replace(/(.)\1/g, '$1');
}

/** Matches the cue's stems starting at token `i`, at most one glue word apart. */
function matchAt(m: Reading, cue: Cue, i: number): CueMatch | undefined {
  if (!wordAt(m, cue, 0, i)) return undefined;
  const used = [i];
  let at = i;
  const pauses = m.pauses;
  for (let k = 1; k < cue.stems.length; k++) {
    if (pauses?.has(at)) return undefined;
    if (wordAt(m, cue, k, at + 1)) at += 1;
    else if (wordAt(m, cue, k, at + 2) && isGlue(m.tokens[at + 1] ?? '') && !pauses?.has(at + 1)) at += 2;
    else return undefined;
    used.push(at);
  }
  return { used };
}

/** Finds the first place where the cue's stems appear in order, at most one glue word apart. */
function findCue(m: Reading, cue: Cue): CueMatch | undefined {
  const first = cue.stems[0];
  if (first === undefined) return undefined;
  for (let i = 0; i < m.stems.length; i++) {
    if (m.stems[i] !== first) continue;
    const hit = matchAt(m, cue, i);
    if (hit) return hit;
  }
  return undefined;
}

/** Every stem that starts a cue of any cue set, numbered: a message's stems are looked up here once, not once per set. */
const firstIds = new Map<string, number>();

/** The number of each stem of a message in `firstIds` (-1: no cue starts with it), by the message's stems, with the count of numbers then. */
const stemIds = new WeakMap<readonly string[], { known: number; ids: Int32Array }>();

/** The numbers of a message's stems; worked out on the first cue set that reads it (a message meets about thirty). */
function idsOf(m: Reading): Int32Array {
  const memo = m.memo;
  if (memo !== undefined && memo.ids !== undefined && memo.known === firstIds.size) return memo.ids;
  let entry = memo === undefined ? stemIds.get(m.stems) : undefined;
  if (entry === undefined || entry.known !== firstIds.size) {
    const ids = new Int32Array(m.stems.length);
    for (let i = 0; i < m.stems.length; i++) ids[i] = firstIds.get(m.stems[i] as string) ?? -1;
    entry = { known: firstIds.size, ids };
    // A reading made elsewhere than Reader.read (tests) has no memo: its numbers are kept by its stems.
    if (memo === undefined) stemIds.set(m.stems, entry);
    else {
      memo.ids = ids;
      memo.known = entry.known;
    }
  }
  return entry.ids;
}

/**
 * A list of cues, indexed by their first stem: a message is matched from its own words, so checking a
 * message against hundreds of cues costs a few lookups, not hundreds of scans.
 */
export class CueSet {
  private readonly byFirst = new Map<string, Cue[]>();
  /** `byFirst` by the number of the first stem (see `firstIds`), built when first read. */
  private byId: (Cue[] | undefined)[] = [];

  constructor(readonly cues: readonly Cue[]) {
    for (const cue of cues) {
      const first = cue.stems[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(cue);
      this.byFirst.set(first, list);
      if (!firstIds.has(first)) firstIds.set(first, firstIds.size);
    }
  }

  /** The cues by the number of their first stem, for every number given so far. */
  private cuesById(): (Cue[] | undefined)[] {
    if (this.byId.length !== firstIds.size) {
      const byId: (Cue[] | undefined)[] = [];
      for (let id = 0; id < firstIds.size; id++) byId.push(undefined);
      for (const [first, list] of this.byFirst) byId[firstIds.get(first) as number] = list;
      this.byId = byId;
    }
    return this.byId;
  }

  /** Compiles phrases into a cue set. */
  static of(phrases: readonly string[]): CueSet {
    return new CueSet(compileCues(phrases));
  }

  /** Every match of every cue (one per cue: its first place), in message order. */
  findAll(m: Reading): CueMatch[] {
    const out: CueMatch[] = [];
    // Most messages match no cue of a set: nothing is allocated for them but the empty answer.
    let done: Set<Cue> | undefined;
    const ids = idsOf(m);
    const byId = this.cuesById();
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      const cues = id >= 0 ? byId[id] : undefined;
      if (cues === undefined) continue;
      for (const cue of cues) {
        if (done?.has(cue)) continue;
        const hit = matchAt(m, cue, i);
        if (hit) {
          (done ??= new Set()).add(cue);
          out.push(hit);
        }
      }
    }
    return out;
  }

  /** The tokens used by all the matches together (those `keep` keeps, if given), or undefined when no cue matches. */
  union(m: Reading, keep?: (hit: CueMatch) => boolean): number[] | undefined {
    const all = keep === undefined ? this.findAll(m) : this.findAll(m).filter(keep);
    if (all.length === 0) return undefined;
    // One match: its positions already rise one by one (see matchAt).
    if (all.length === 1) return [...(all[0] as CueMatch).used];
    return [...new Set(all.flatMap((h) => h.used))].sort((a, b) => a - b);
  }
}

/** True when every token is used by the match or is glue: the cue is the whole message. */
export function isWhole(m: Reading, used: readonly number[]): boolean {
  const set = new Set(used);
  return m.tokens.length > 0 && m.tokens.every((t, i) => set.has(i) || GLUE.has(t));
}

/** The words a match leaves over, as search reads them (stopwords and fillers out): what may name a service. */
export function restWords(m: Reading, used: readonly number[]): string[] {
  const set = new Set(used);
  return searchWords(m.tokens.filter((_, i) => !set.has(i)).join(' '));
}

/** The tokens a match leaves over, in order (for the search text of the rest). */
export function restText(m: Reading, used: readonly number[]): string {
  const set = new Set(used);
  return m.tokens.filter((_, i) => !set.has(i)).join(' ');
}
