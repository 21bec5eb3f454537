// Brazilian Portuguese text preparation, shared by the search index, its queries, the conversation's word
// matching and the catalogue checks that predict what search will do: one fold, so they always agree.
// Order matters: strip accents first, then stem (stemming accented text splits one word into two stems).
import { stemPortuguese } from './stem-pt.ts';

/**
 * Words that carry no meaning for finding a service: articles, prepositions, pronouns, greetings and
 * the fillers citizens type around a request. Hand-kept on purpose: generic lists drop "segunda",
 * "primeira" or "estado", which matter here. Never add rg, bo, via, ordinals, "segunda", "primeira", "nova".
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  `
  a o as os um uma uns umas e ou nem nao mas se que q ja so cada
  de do da dos das em no na nos nas num numa nuns numas ao aos pelo pela pelos pelas
  para pra pro pras pros p por com sem sobre ate entre apos desde
  eu me mim comigo meu minha meus minhas
  tu te ti teu tua teus tuas voce voces vc vcs ce oce
  ele ela eles elas lhe lhes seu sua seus suas dele dela deles delas
  nosso nossa nossos nossas
  este esta estes estas esse essa esses essas aquele aquela aqueles aquelas isto isso aquilo
  aqui ai ali la ca
  oi ola opa oie ei alo hello hi eai uai ue
  obrigado obrigada obg brigado valeu vlw grato grata
  pf pfv pfvr favor gentileza
  como onde quando qual quais quanto quanta quantos quantas quem porque pq porq
  quero queria queremos gostaria gostava desejo desejava preciso precisava precisamos necessito
  qro kero qria keria qer quer
  posso poderia pode podem consigo consegue conseguir
  saber sei sabe diga dizer falar fala explica explicar
  faco faz fazer fazem
  tenho tem temos tinha ter tiver tiverem tivesse tenha ha
  sou e era sao foi ser estou esta estava estamos
  ta tava
  vou vai vamos ir va
  tipo ne hein entao tambem tb tbm ainda agora hoje ontem amanha
  muito muita pouco pouca mais menos
  algum alguma alguns algumas nenhum nenhuma todo toda todos todas
  ajuda ajudar ajudem socorro urgente duvida duvidas
  coisa gente senhor senhora sr sra moco moca cara
  kkk kkkk rs cade pera
  zoeira zueira zoera zuera zoando zuando zoado brinks brincadeira brincando
  quiero quisiera necesito necesita tengo puedo mi mis el los una del hola gracias
  `
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Towns citizens mention ("sou de Contagem"): they say nothing about the service, so search ignores them. */
const PLACES: ReadonlySet<string> = new Set(
  `
  bh beaga contagem uberlandia betim uberaba ipatinga divinopolis ibirite sabara varginha barbacena
  itabira araguari muriae ituiutaba lavras vespasiano itajuba paracatu caratinga manhuacu curvelo
  alfenas vicosa itauna unai januaria
  `
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Greetings and politeness that are only fillers as a whole phrase ("bom dia", not "bom" alone). */
const FILLER_PHRASES: readonly (readonly string[])[] = [
  ['bom', 'dia'],
  ['boa', 'tarde'],
  ['boa', 'noite'],
  ['tudo', 'bem'],
  ['tudo', 'bom'],
  ['por', 'gentileza'],
  ['por', 'favor'],
  // "queria tirar uma dúvida sobre a cnh": the question announced, not a licence to get ("tirar").
  ['tirar', 'uma', 'duvida'],
  ['tirar', 'duvida'],
  ['tirar', 'umas', 'duvidas'],
  ['tirar', 'duvidas'],
  // "quero informações sobre o IPVA": what is asked about follows; the information asked for is no service of its own
  // ("acesso à informação" keeps the word: only the phrase with "sobre" is dropped).
  ['informacoes', 'sobre'],
  ['informacao', 'sobre'],
  // "caso eu vá assim, aceitam?": "caso" opening a condition, as "se" does, is no case to find ("Em caso de risco").
  ['caso', 'eu'],
  ['caso', 'ele'],
  ['caso', 'ela'],
  ['caso', 'eles'],
  ['caso', 'elas'],
  ['caso', 'voce'],
  ['caso', 'vc'],
  ['caso', 'a', 'gente'],
  ['caso', 'nao'],
  ['caso', 'seja'],
  // Places in several words (single-word towns are in PLACES).
  ['minas', 'gerais'],
  ['belo', 'horizonte'],
  ['juiz', 'de', 'fora'],
  ['montes', 'claros'],
  ['ribeirao', 'das', 'neves'],
  ['governador', 'valadares'],
  ['sete', 'lagoas'],
  ['santa', 'luzia'],
  ['pocos', 'de', 'caldas'],
  ['patos', 'de', 'minas'],
  ['pouso', 'alegre'],
  ['teofilo', 'otoni'],
  ['conselheiro', 'lafaiete'],
  ['nova', 'lima'],
  ['ouro', 'preto'],
  ['joao', 'monlevade'],
  ['tres', 'coracoes'],
  ['sao', 'joao', 'del', 'rei'],
  ['para', 'de', 'minas'],
  // Not the other states ("sao paulo", "rio de janeiro"): search reads their names as "outro estado" (the catalogue's
  // data/outros-estados.yaml, through the synonyms), so "tenho cnh de sao paulo" finds the transfer from another state.
];

/** Ordinal numerals typed as "2ª", "2a" or "2º" become words, so "2ª via" and "segunda via" meet. */
const ORDINALS: readonly (readonly [string, string])[] = [
  ['primeira', 'primeiro'],
  ['segunda', 'segundo'],
  ['terceira', 'terceiro'],
  ['quarta', 'quarto'],
  ['quinta', 'quinto'],
  ['sexta', 'sexto'],
  ['setima', 'setimo'],
  ['oitava', 'oitavo'],
  ['nona', 'nono'],
  ['decima', 'decimo'],
];

/** Articles and prepositions after which "uai" is the UAI (a place), not the Minas interjection. */
const BEFORE_PLACE: ReadonlySet<string> = new Set(['a', 'na', 'da', 'uma', 'numa', 'pela', 'para', 'pra', 'ate', 'no', 'do', 'posto', 'unidade', 'agendar', 'agendamento',
  // The other verbs of booking, in their chat forms ("marcar uai", "agenda uai pra mim"): one books a place, never "uai sô".
  'marcar', 'marca', 'marque', 'marquei', 'agenda', 'agende', 'agendei']);

/** Accents out, case and punctuation kept: "B.O." and "2ª" are resolved here, before lower-casing. */
function stripMarks(text: string): string {
  // ASCII has nothing for NFKD to take apart (isAscii is declared below, with the stemmer's cache).
  const plain = isAscii(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  // Most texts hold no dot and no digit: they skip the expression that needs one.
  const dotted = plain.includes('.') ? plain.replace(/\b([bB])\s*\.\s*([oO])\b\.?/g, '$1$2') : plain;
  return hasDigit(dotted) ? dotted.replace(/(\d)([A-Za-z]{2,})/g, '$1 $2') : dotted;
}

/** Accents and punctuation out, case kept. */
function strip(text: string): string {
  return stripMarks(text)
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim();
}

/**
 * Names of several words, one of them a stopword, kept whole: every word of theirs, the stopword too, so that "sao
 * paulo" (a state, data/outros-estados.yaml) is never read as "paulo", a citizen's name. Read where filler phrases are.
 */
const KEPT_PHRASES: readonly (readonly string[])[] = [['sao', 'paulo']];

/** Filler phrases (and phrases kept whole) by their first word, so that each token costs one lookup. */
const FILLERS_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const map = new Map<string, (readonly string[])[]>();
  for (const p of [...KEPT_PHRASES, ...FILLER_PHRASES]) {
    const first = p[0] as string;
    map.set(first, [...(map.get(first) ?? []), p]);
  }
  return map;
})();

/**
 * Folds text to a comparable form: accents stripped (NFKD, so "2ª" becomes "2a"), lower case,
 * punctuation turned into spaces, digits kept, "2via" split into "2 via". Returns single-spaced text.
 */
export function fold(text: string): string {
  // The card's sentences are folded again for every question weighed against them (the sentence ranking reads each
  // one per message): short texts are kept folded, so many and no more, since citizens' messages pass through here too
  // (a flood of long messages must not fill the memory).
  const known = foldedTexts.get(text);
  if (known !== undefined) return known;
  const folded = strip(text).toLowerCase();
  if (text.length > FOLDED_LONGEST) return folded;
  if (foldedTexts.size >= FOLDED_KEPT) foldedTexts.clear();
  foldedTexts.set(text, folded);
  return folded;
}

/** Texts already folded (see `fold`): at most FOLDED_KEPT of them, none longer than FOLDED_LONGEST characters (~10 MB at most). */
const foldedTexts = new Map<string, string>();
const FOLDED_KEPT = 20_000;
const FOLDED_LONGEST = 500;

const IGNORED: ReadonlySet<string> = new Set([...STOPWORDS, ...PLACES]);

/** Every single word search ignores (folded): stopwords, fillers and towns. */
export function stopwords(): ReadonlySet<string> {
  return IGNORED;
}

/** True when the (folded) word is a stopword or filler that search ignores. */
export function isStopword(word: string): boolean {
  if (IGNORED.has(word)) return true;
  // Laughter ("kkkk", "haha", "rsrs"): only words starting with k, h or r can be.
  const c = word.charCodeAt(0);
  return (c === 107 || c === 104 || c === 114) && /^(k{3,}|(ha){2,}|(rs){2,})$/.test(word);
}

/** Is this character code a digit? */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Does the word hold a digit? */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDigit(word.charCodeAt(i))) return true;
  return false;
}

function ordinal(token: string): string {
  // Only "2a", "10os"…: most words do not start with a digit.
  if (!isDigit(token.charCodeAt(0))) return token;
  const m = /^(\d{1,2})(a|o)s?$/.exec(token);
  const n = m ? Number(m[1]) : 0;
  const pair = n >= 1 && n <= ORDINALS.length ? ORDINALS[n - 1] : undefined;
  if (!m || !pair) return token;
  return m[2] === 'a' ? pair[0] : pair[1];
}

/** A year ("2026") says nothing about which service is meant: "ipva 2026" is "ipva". */
const YEAR = /^(19|20)\d\d$/;

/**
 * "uai" is the Minas interjection ("uai, como faço?", "uai sô") unless written as the acronym,
 * used after an article or preposition ("na uai"), or followed by a place ("uai contagem").
 */
function isPlaceUai(raw: string, prev: string | undefined, next: string | undefined, pause: boolean): boolean {
  if (raw === 'UAI') return true;
  if (prev !== undefined && BEFORE_PLACE.has(prev)) return true;
  if (prev === undefined && next === undefined) return true;
  return !pause && next !== undefined && (PLACES.has(next) || !isStopword(next));
}

/** One word as typed (case kept) and as search reads it; shared by every text that contains it. */
interface Token extends WordToken {
  /** Its place in tokenList. */
  id: number;
  raw: string;
  /** Lower case, ordinals spelt out ("2a" → "segunda"). */
  lower: string;
  /** Snowball stem of `lower`. */
  stem: string;
  /** Not a stopword, filler or year. */
  kept: boolean;
  /** Some filler phrase starts with this word. */
  fillerStart: boolean;
}

/** The tokens of a stretch of text, with the punctuation that follows each. */
interface Tokens {
  /** The tokens, tokens[0, count) (the arrays are refilled, never shrunk). */
  tokens: Token[];
  /** Punctuation follows the word: a pause tells an interjection from a noun. */
  pause: boolean[];
  count: number;
  /** Punctuation before the first word (it ends the word before this stretch). */
  lead: boolean;
  /** No token here starts a filler phrase or is "uai": what search keeps of it does not depend on its neighbours. */
  plain: boolean;
  /** The ids of the tokens kept when `plain`, kept[0, keptCount). */
  kept: number[];
  keptCount: number;
}

/**
 * The first size of the arrays that grow as text is read. Small on purpose: they then grow while the code still runs
 * unoptimised, so that the growth branches have run before the reading loops are optimised (a branch first taken in
 * optimised code throws that code away, and it is compiled again).
 */
const INITIAL = 16;

// Every token read from a chunk (or a text read whole), by id: the index works on these numbers. The ids start
// again, under a new epoch, when the chunk cache is cleared.
let tokenList: Token[] = [];
/** Per token id: KEPT, FILLER_START and UAI bits (what reading a text with filler phrases looks at), and a pause after it. */
let tokenFlags = new Uint8Array(INITIAL);
const KEPT = 1;
const FILLER_START = 2;
const UAI = 4;
const PAUSE = 8;
let epoch = 0;
/** Past this many tokens, the chunk cache starts afresh (texts read whole add tokens each time). */
const TOKEN_LIMIT = 400_000;

/** Is this character code an ASCII letter or digit? */
const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** Is this character code one of , . ! ? ; : (a pause)? */
const isPause = (c: number): boolean => c === 44 || c === 46 || c === 33 || c === 63 || c === 59 || c === 58;

/** What tokenize gives, refilled by each call (its callers read it at once): no arrays to allocate per chunk. */
const tokenized: Tokens = { tokens: [], pause: [], count: 0, lead: false, plain: true, kept: [], keptCount: 0 };

/** The words ([A-Za-z0-9]+) of a stripped text, each with whether punctuation (, . ! ? ; :) follows it; valid until the next call. */
function tokenize(stripped: string): Tokens {
  const out = tokenized;
  out.count = 0;
  out.keptCount = 0;
  out.lead = false;
  out.plain = true;
  const n = stripped.length;
  for (let i = 0; i < n; ) {
    const c = stripped.charCodeAt(i);
    if (isAlnum(c)) {
      const start = i;
      while (++i < n && isAlnum(stripped.charCodeAt(i)));
      addToken(out, stripped.slice(start, i));
      continue;
    }
    if (isPause(c)) {
      if (out.count > 0) out.pause[out.count - 1] = true;
      else out.lead = true;
    }
    i++;
  }
  return out;
}

/** A new token (the next id), with its flags. */
function newToken(raw: string): Token {
  const lower = ordinal(raw.toLowerCase());
  const tok: Token = { raw, lower, stem: stem(lower), kept: !isStopword(lower) && !(isDigit(lower.charCodeAt(0)) && YEAR.test(lower)), fillerStart: FILLERS_BY_FIRST.has(lower), id: tokenList.length };
  tokenList.push(tok);
  if (tok.id >= tokenFlags.length) tokenFlags = grown(tokenFlags, tok.id + 1);
  tokenFlags[tok.id] = (tok.kept ? KEPT : 0) | (tok.fillerStart ? FILLER_START : 0) | (lower === 'uai' ? UAI : 0);
  return tok;
}

function addToken(out: Tokens, raw: string): void {
  const tok = newToken(raw);
  out.tokens[out.count] = tok;
  out.pause[out.count] = false;
  out.count++;
  if (tok.fillerStart || tok.lower === 'uai') out.plain = false;
  if (tok.kept) out.kept[out.keptCount++] = tok.id;
}

/** Only ASCII letters, or only digits: stripping marks leaves it as it is, and it is one word. */
function isOneWord(chunk: string): boolean {
  let letters = false;
  let digits = false;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) letters = true;
    else if (c >= 48 && c <= 57) digits = true;
    else return false;
  }
  return !(letters && digits);
}


// Tokens of each whitespace-separated chunk, cached: catalogue texts and queries reuse a small vocabulary
// (9,000 distinct chunks in the 770,000 of a 5,000-service catalogue), and accent stripping and stemming
// are the costliest part of reading a text. The cache is an open-addressing table keyed by a hash of the
// chunk's characters, computed while scanning the text, so that finding a chunk allocates nothing (no
// substring, no string hashing) and reads typed arrays only: a chunk is cut out of its text only the first
// time it is met.
const CHUNK_LIMIT = 100_000;
/**
 * The slots, two numbers each: a chunk id (-1 for a free slot) and the chunk's hash, side by side so that a probe reads
 * one place in memory (the table is too large for the fastest caches, and finding a chunk is the hottest step).
 */
let chunkSlots = new Int32Array(INITIAL * 2 * 2).fill(-1);
/** How many chunks the cache holds (chunk ids are 0 to chunkCount - 1). */
let chunkCount = 0;
/**
 * Per chunk id, META numbers each: where its characters start in chunkChars, how many, its flags (PLAIN_CHUNK, DOT_CHUNK),
 * its hash.
 */
let chunkMeta = new Int32Array(INITIAL * 4);
const META = 4;
/** The chunk's words keep no filler phrase or "uai": what search keeps of it does not depend on its neighbours. */
const PLAIN_CHUNK = 1;
/** The chunk holds a dot: a text may hold "B. O." only if one of its chunks does. */
const DOT_CHUNK = 2;
/** Per chunk id: its kept token ids [keptFrom, keptTo) in chunkKept. */
let chunkKeptFrom = new Int32Array(INITIAL);
let chunkKeptTo = new Int32Array(INITIAL);
/** Per chunk id: its tokens, ids [chunkTokFrom, chunkTokTo) (a chunk's tokens are made one after the other), and punctuation before its first word. */
let chunkTokFrom = new Int32Array(INITIAL);
let chunkTokTo = new Int32Array(INITIAL);
let chunkLead = new Uint8Array(INITIAL);
let chunkChars = new Uint16Array(INITIAL);
let charCount = 0;
let chunkKept = new Int32Array(INITIAL);
let keptCount = 0;

/** FNV-1a, one step per UTF-16 unit. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Forgets every chunk (the cache is bounded: query words are open-ended). */
function clearChunks(): void {
  tokenList = [];
  epoch++;
  chunkSlots = new Int32Array(INITIAL * 2 * 2).fill(-1);
  chunkCount = 0;
  charCount = 0;
  keptCount = 0;
}

/** A copy of `a` with room for at least `size` entries. */
function grown<A extends Int32Array | Uint8Array | Uint16Array>(a: A, size: number): A {
  if (a.length >= size) return a;
  const bigger = new (a.constructor as new (n: number) => A)(Math.max(size, a.length * 2));
  bigger.set(a);
  return bigger;
}

// Growing in functions of their own: a branch first taken after its function was optimised throws that code away
// if it does arithmetic never seen run there, and growing is such a branch.
function doubled<A extends Int32Array>(a: A): A {
  return grown(a, a.length + 1);
}
function grownBy<A extends Int32Array>(a: A, used: number, to: number, from: number): A {
  return grown(a, used + to - from);
}

/** Doubles the slot table when it is half full. */
function growChunkSlots(): void {
  const slots = new Int32Array(chunkSlots.length * 2).fill(-1);
  const mask = (slots.length >> 1) - 1;
  for (let id = 0; id < chunkCount; id++) {
    const h = chunkMeta[id * META + 3] as number;
    let at = h & mask;
    while (slots[at * 2] !== -1) at = (at + 1) & mask;
    slots[at * 2] = id;
    slots[at * 2 + 1] = h;
  }
  chunkSlots = slots;
}

/** Room for `size` chunks in the per-chunk arrays (rarely: out of line, so that it is not compiled into addChunk). */
function growChunks(size: number): void {
  chunkMeta = grown(chunkMeta, size * META);
  chunkKeptFrom = grown(chunkKeptFrom, size);
  chunkKeptTo = grown(chunkKeptTo, size);
  chunkTokFrom = grown(chunkTokFrom, size);
  chunkTokTo = grown(chunkTokTo, size);
  chunkLead = grown(chunkLead, size);
}

/**
 * Reads and caches a new chunk, text[from, to) with hash `h` (its characters in textChars[from, to)), in free slot
 * `at`; returns its id. One function for all of it, the one-word case written in: at more than 460 bytes of bytecode
 * V8 never inlines it, so the scanning loop, which calls it for 1% of the chunks, stays small (quicker to optimise, in
 * the background, and no tokenizer or stemmer compiled into it), and it is optimised once, on its own.
 */
function addChunk(text: string, from: number, to: number, h: number, at: number): number {
  const chunk = from === 0 && to === text.length ? text : text.slice(from, to);
  const id = chunkCount++;
  if (id >= chunkKeptFrom.length) growChunks(id + 1);
  // The chunk's tokens are the next token ids, kept as ranges and flags (no object per chunk: the cache holds
  // thousands, and small arrays cost memory and garbage collection).
  chunkTokFrom[id] = tokenList.length;
  if (isOneWord(chunk)) {
    // One plain word (most chunks): its token, its kept id, plain unless a filler phrase may start with it, no punctuation.
    const tok = newToken(chunk);
    chunkLead[id] = 0;
    chunkMeta[id * META + 2] = tok.fillerStart || tok.lower === 'uai' ? 0 : PLAIN_CHUNK;
    if (keptCount + 1 > chunkKept.length) chunkKept = grown(chunkKept, keptCount + 1);
    chunkKeptFrom[id] = keptCount;
    if (tok.kept) chunkKept[keptCount++] = tok.id;
    chunkKeptTo[id] = keptCount;
  } else {
    addTokensChunk(id, tokenize(stripMarks(chunk)));
    if (chunk.includes('.')) chunkMeta[id * META + 2] = (chunkMeta[id * META + 2] as number) | DOT_CHUNK;
  }
  chunkTokTo[id] = tokenList.length;
  chunkSlots[at * 2] = id;
  chunkSlots[at * 2 + 1] = h;
  if (charCount + chunk.length > chunkChars.length) chunkChars = grown(chunkChars, charCount + chunk.length);
  chunkMeta[id * META] = charCount;
  chunkMeta[id * META + 1] = chunk.length;
  chunkMeta[id * META + 3] = h;
  const copy = textChars;
  for (let k = from; k < to; k++) chunkChars[charCount++] = copy[k] as number;
  if (chunkCount * 4 > chunkSlots.length) growChunkSlots();
  return id;
}

/** The tokens of a new chunk read through the full tokenizer (accents, punctuation, digits). */
function addTokensChunk(id: number, t: Tokens): void {
  chunkLead[id] = t.lead ? 1 : 0;
  for (let k = 0; k < t.count; k++) {
    const tid = (t.tokens[k] as Token).id;
    if (t.pause[k] === true) tokenFlags[tid] = (tokenFlags[tid] as number) | PAUSE;
  }
  chunkMeta[id * META + 2] = t.plain ? PLAIN_CHUNK : 0;
  if (keptCount + t.keptCount > chunkKept.length) chunkKept = grown(chunkKept, keptCount + t.keptCount);
  chunkKeptFrom[id] = keptCount;
  for (let k = 0; k < t.keptCount; k++) chunkKept[keptCount++] = t.kept[k] as number;
  chunkKeptTo[id] = keptCount;
}

/**
 * The id of the chunk text[from, to) with hash `h`, read and cached the first time. Its characters were copied into
 * textChars[from, to) as it was hashed: comparing two typed arrays is several times faster than reading the text
 * again with charCodeAt (which checks the string's representation at every character).
 */
function chunkId(text: string, from: number, to: number, h: number): number {
  // Module bindings copied into locals: the loops below then read typed arrays without reloading them.
  const slots = chunkSlots;
  const mask = (slots.length >> 1) - 1;
  const len = to - from;
  let at = h & mask;
  for (;;) {
    const id = slots[at * 2] as number;
    if (id === -1) return addChunk(text, from, to, h, at);
    if (slots[at * 2 + 1] === h && chunkMeta[id * META + 1] === len) {
      const chars = chunkChars;
      const copy = textChars;
      const base = (chunkMeta[id * META] as number) - from;
      let k = from;
      while (k < to && chars[base + k] === copy[k]) k++;
      if (k === to) return id;
    }
    at = (at + 1) & mask;
  }
}

/** The characters of the text being scanned, copied as they are hashed (room for a long text from the start). */
let textChars = new Uint16Array(4096);

/** Room in textChars for a text of `n` characters (rarely: out of line, so that it is not compiled into scanChunks). */
function growTextChars(n: number): void {
  textChars = new Uint16Array(Math.max(n, textChars.length * 2));
}

// The chunk ids of the text being read, with their count, and whether all of them are plain; when they are,
// keptIdsFromPlainChunks gives the text's kept token ids, each chunk's own in turn.
// Room for the chunks of a long text from the start: it grows seldom, so its growth would first run in optimised code.
let textChunks = new Int32Array(1024);
let textChunkCount = 0;
let textPlain = true;
/** Whether one of the chunks holds a dot. */
let textDot = false;

/** Is this character white space, as `\s` in a regular expression? */
function isSpace(c: number): boolean {
  if (c === 32) return true;
  if (c < 128) return c >= 9 && c <= 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Fills `textChunks` with the chunks (runs of non-space characters) of a text, and `textPlain`. */
function scanChunks(text: string): void {
  let chunks = textChunks;
  let count = 0;
  let plain = true;
  let dot = false;
  const n = text.length;
  if (n > textChars.length) growTextChars(n);
  const copy = textChars;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    // Printable ASCII is never space: the full test only for the rest.
    if ((c <= 32 || c >= 127) && isSpace(c)) {
      i++;
      continue;
    }
    // One chunk: hashed and copied as it is scanned, up to the next space or the end.
    const start = i;
    let h = FNV_OFFSET;
    for (;;) {
      h = Math.imul(h ^ c, FNV_PRIME);
      copy[i] = c;
      if (++i === n) break;
      c = text.charCodeAt(i);
      if ((c <= 32 || c >= 127) && isSpace(c)) break;
    }
    // May add a chunk, which may replace the chunk arrays: they are read after it.
    const id = chunkId(text, start, i, h);
    if (count === chunks.length) chunks = doubled(chunks);
    chunks[count++] = id;
    const flags = chunkMeta[id * META + 2] as number;
    if ((flags & PLAIN_CHUNK) === 0) plain = false;
    if ((flags & DOT_CHUNK) !== 0) dot = true;
  }
  textChunks = chunks;
  textChunkCount = count;
  textPlain = plain;
  textDot = dot;
  scannedChunks.ids = chunks;
  scannedChunks.count = count;
}

/** Puts in `keptIds` the kept token ids of the chunks `scanChunks` just read, all plain: each chunk's own, in turn. */
function keptIdsFromPlainChunks(): void {
  let kept = keptIds.ids;
  let keptN = 0;
  const from = chunkKeptFrom;
  const to = chunkKeptTo;
  const pool = chunkKept;
  for (let j = 0; j < textChunkCount; j++) {
    const id = textChunks[j] as number;
    const a = from[id] as number;
    const b = to[id] as number;
    if (keptN + b - a > kept.length) kept = grownBy(kept, keptN, b, a);
    for (let k = a; k < b; k++) kept[keptN++] = pool[k] as number;
  }
  keptIds.ids = kept;
  keptIds.count = keptN;
}

/** "B. O." spans chunks: a text that may hold it is read whole. */
const BO = /[bB]\s*\.\s*[oO]/;
const mayHoldBo = (text: string): boolean => text.includes('.') && BO.test(text);

// Scratch arrays of the text being read, with their used length: reading is synchronous, so one pair
// serves every call, and it is never shrunk (refilling a kept array allocates nothing).
const seq: Token[] = [];
const seqPause: boolean[] = [];
let seqLength = 0;

/**
 * Fills `seq`/`seqPause` with the tokens of a whole text. Stripping accents never joins or splits words
 * across white space, so the text is read chunk by chunk from the cache; only "B. O.", which spans
 * chunks, takes the long way.
 */
function readText(text: string): void {
  seqLength = 0;
  if (chunkCount >= CHUNK_LIMIT || tokenList.length >= TOKEN_LIMIT) clearChunks();
  if (mayHoldBo(text)) {
    const all = tokenize(stripMarks(text));
    for (let k = 0; k < all.count; k++) append(all.tokens[k] as Token, all.pause[k] === true);
    return;
  }
  scanChunks(text);
  seqFromChunks();
}

/** Fills `seq`/`seqPause` from `textChunks`. */
function seqFromChunks(): void {
  seqLength = 0;
  for (let j = 0; j < textChunkCount; j++) {
    const c = textChunks[j] as number;
    if (chunkLead[c] === 1 && seqLength > 0) seqPause[seqLength - 1] = true;
    const to = chunkTokTo[c] as number;
    for (let k = chunkTokFrom[c] as number; k < to; k++) append(tokenList[k] as Token, ((tokenFlags[k] as number) & PAUSE) !== 0);
  }
}

function append(tok: Token, pause: boolean): void {
  seq[seqLength] = tok;
  seqPause[seqLength] = pause;
  seqLength++;
}

/** The (folded) word at `i` of the text last read, if any. */
const lowerAt = (i: number): string | undefined => (i >= 0 && i < seqLength ? (seq[i] as Token).lower : undefined);

/** Does the filler phrase start at `i` of the text last read? */
function spells(phrase: readonly string[], i: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (lowerAt(i + k) !== phrase[k]) return false;
  return true;
}

/** The filler phrase that starts at `i` (token `tok`) of the text last read, if any. */
function fillerAt(tok: Token, i: number): readonly string[] | undefined {
  const candidates = FILLERS_BY_FIRST.get(tok.lower);
  if (candidates) for (const p of candidates) if (spells(p, i)) return p;
  return undefined;
}

/** The tokens search keeps from the text last read, put in `out` from 0: filler phrases, stopwords and years removed, in order. Returns how many. */
function keptTokensInto(out: Token[]): number {
  let n = 0;
  for (let i = 0; i < seqLength; i++) {
    const tok = seq[i] as Token;
    if (tok.fillerStart) {
      const phrase = fillerAt(tok, i);
      if (phrase) {
        if (KEPT_PHRASES.includes(phrase)) for (let k = 0; k < phrase.length; k++) out[n++] = seq[i + k] as Token;
        i += phrase.length - 1;
        continue;
      }
    }
    if (tok.lower === 'uai') {
      if (isPlaceUai(tok.raw, lowerAt(i - 1), lowerAt(i + 1), seqPause[i] === true)) out[n++] = tok;
      continue;
    }
    if (tok.kept) out[n++] = tok;
  }
  return n;
}

/** The tokens search keeps from the text last read (see keptTokensInto). */
function keptTokens(): Token[] {
  const out: Token[] = [];
  keptTokensInto(out);
  return out;
}

// Kept tokens of whole texts, cached: a hot reload re-reads the same texts from the YAML files (equal
// strings, new objects), so rebuilding the index only tokenizes the texts staff changed. The tokens of
// all texts sit end to end in one array, so the cache is a few large objects rather than one small
// array per text (100,000 survivors slowed every young-generation collection of the first build).
// Bounded, since queries pass through here too.
const textIds = new Map<string, number>();
let tokenStore: Token[] = [];
let textStart = new Int32Array(1024);
let textLength = new Int32Array(1024);

/** The tokens search keeps from a text (filler phrases, stopwords and years removed), in order. */
function kept(text: string): readonly Token[] {
  const id = textIds.get(text);
  if (id !== undefined) {
    const from = textStart[id] as number;
    return tokenStore.slice(from, from + (textLength[id] as number));
  }
  readText(text);
  const found = keptTokens();
  if (textIds.size >= 200_000) {
    textIds.clear();
    tokenStore = [];
  }
  const next = textIds.size;
  if (next === textStart.length) {
    const starts = new Int32Array(next * 2);
    starts.set(textStart);
    textStart = starts;
    const lengths = new Int32Array(next * 2);
    lengths.set(textLength);
    textLength = lengths;
  }
  textStart[next] = tokenStore.length;
  textLength[next] = found.length;
  for (const tok of found) tokenStore.push(tok);
  textIds.set(text, next);
  return found;
}

/** Folded words of a text, with filler phrases, stopwords and years removed, in order. */
export function words(text: string): string[] {
  return kept(text).map((t) => t.lower);
}

/** A word search keeps, with its stem. Identical words in identical chunks share one instance and id (until the cache is cleared). */
export interface WordToken {
  /** Folded word, as `words` returns it. */
  readonly lower: string;
  /** Its stem, as `analyze` returns it. */
  readonly stem: string;
}

/** The ids of the words search keeps from the last text given to readKeptIds: `ids[0, count)`. */
export const keptIds = { ids: new Int32Array(INITIAL), count: 0 };

const scratchTokens: Token[] = [];

// The token ids of the text being read and the pause after each, for keptIdsFromChunks.
let seqIds = new Int32Array(INITIAL);
let seqPauses = new Uint8Array(INITIAL);

/** The folded word of token `i` of seqIds[0, n), if any. */
const lowerOfSeq = (i: number, n: number): string | undefined => (i >= 0 && i < n ? (tokenList[seqIds[i] as number] as Token).lower : undefined);

/**
 * keptTokensInto for the chunks `scanChunks` just read when they are not all plain, on token ids and flags: fills
 * `keptIds` with the ids of the words search keeps (filler phrases, stopwords and years removed, "uai" as a place only).
 */
function keptIdsFromChunks(): void {
  let n = 0;
  for (let j = 0; j < textChunkCount; j++) {
    const c = textChunks[j] as number;
    if (chunkLead[c] === 1 && n > 0) seqPauses[n - 1] = 1;
    const to = chunkTokTo[c] as number;
    if (n + to - (chunkTokFrom[c] as number) > seqIds.length) {
      seqIds = grown(seqIds, n + to - (chunkTokFrom[c] as number));
      seqPauses = grown(seqPauses, seqIds.length);
    }
    for (let k = chunkTokFrom[c] as number; k < to; k++) {
      seqIds[n] = k;
      seqPauses[n] = (tokenFlags[k] as number) & PAUSE ? 1 : 0;
      n++;
    }
  }
  const out = (keptIds.ids = grown(keptIds.ids, n));
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const id = seqIds[i] as number;
    const flags = tokenFlags[id] as number;
    if (flags & FILLER_START) {
      const phrase = fillerAtSeq((tokenList[id] as Token).lower, i, n);
      if (phrase) {
        if (KEPT_PHRASES.includes(phrase)) for (let k = 0; k < phrase.length; k++) out[kept++] = seqIds[i + k] as number;
        i += phrase.length - 1;
        continue;
      }
    }
    if (flags & UAI) {
      if (isPlaceUai((tokenList[id] as Token).raw, lowerOfSeq(i - 1, n), lowerOfSeq(i + 1, n), seqPauses[i] === 1)) out[kept++] = id;
      continue;
    }
    if (flags & KEPT) out[kept++] = id;
  }
  keptIds.count = kept;
}

/** The filler phrase that starts at `i` of seqIds[0, n) (its first word `lower`), if any. */
function fillerAtSeq(lower: string, i: number, n: number): readonly string[] | undefined {
  const candidates = FILLERS_BY_FIRST.get(lower);
  if (candidates)
    outer: for (const p of candidates) {
      // Words past the end of the text spell nothing (compared as strings only: an `undefined` met in optimised
      // code where only strings were seen throws that code away).
      if (i + p.length > n) continue;
      for (let k = 0; k < p.length; k++) if ((tokenList[seqIds[i + k] as number] as Token).lower !== p[k]) continue outer;
      return p;
    }
  return undefined;
}

/**
 * Puts in `keptIds` the ids of the words search keeps from a text (as `words`): what the index needs of each
 * text (see tokenById). Not through the text cache: the index remembers each service's terms itself, and most
 * texts are read once.
 */
export function readKeptIds(text: string): void {
  if (chunkCount >= CHUNK_LIMIT || tokenList.length >= TOKEN_LIMIT) clearChunks();
  if (mayHoldBo(text)) readText(text);
  else {
    scanChunks(text);
    if (textPlain) keptIdsFromPlainChunks();
    else keptIdsFromChunks();
    return;
  }
  const n = keptTokensInto(scratchTokens);
  keptIds.ids = grown(keptIds.ids, n);
  for (let k = 0; k < n; k++) keptIds.ids[k] = (scratchTokens[k] as Token).id;
  keptIds.count = n;
}

/** The chunk ids of the last text given to scanChunkIds: `ids[0, count)` (valid while tokenEpoch() is unchanged). */
export const scannedChunks = { ids: new Int32Array(0), count: 0 };

/**
 * Per chunk id: its kept token ids, `kept[keptFrom[id], keptTo[id])`, what search keeps of the chunk when read among
 * plain chunks. The arrays are replaced as they grow: read them from this object after each scan.
 */
export const chunkTable = { keptFrom: new Int32Array(0), keptTo: new Int32Array(0), kept: new Int32Array(0) };

/** The text last given to scanChunkIds when it may hold "B. O." (not scanned then), else undefined. */
let unscanned: string | undefined;

/**
 * Finds the chunks of a text (scannedChunks), reading only the chunks never met before. Returns true when what search
 * keeps of the text is the kept token ids of each chunk in turn (chunkTable): no filler phrase, "uai" or "B. O." in
 * it. Else keptIdsOfScan gives the kept ids of the text. For the index, which keeps what it derives per chunk.
 */
export function scanChunkIds(text: string): boolean {
  if (chunkCount >= CHUNK_LIMIT || tokenList.length >= TOKEN_LIMIT) clearChunks();
  scanChunks(text);
  // Scanned first: the chunks tell whether the text holds a dot, as mayHoldBo's `includes` would (one call per text
  // less; 365 of the 98,000 texts of a 5,000-service catalogue hold one).
  if (textDot && BO.test(text)) {
    unscanned = text;
    scannedChunks.count = 0;
    return false;
  }
  unscanned = undefined;
  chunkTable.keptFrom = chunkKeptFrom;
  chunkTable.keptTo = chunkKeptTo;
  chunkTable.kept = chunkKept;
  return textPlain;
}

/** Puts in `keptIds` the ids of the words search keeps from the text last given to scanChunkIds (as readKeptIds). */
export function keptIdsOfScan(): void {
  if (unscanned !== undefined) readKeptIds(unscanned);
  else if (textPlain) keptIdsFromPlainChunks();
  else keptIdsFromChunks();
}

/** A word token by its id (from readKeptIds, valid while tokenEpoch() is unchanged). */
export function tokenById(id: number): WordToken {
  return tokenList[id] as Token;
}

/** Changes when token ids start again: what an index remembers by token id is then void. */
export function tokenEpoch(): number {
  return epoch;
}

const stemCache = new Map<string, string>();

/** Only ASCII characters (nothing for NFKD to take apart)? */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * The common accented endings put back (the stemmer knows accented suffixes only): -oes/-aes → -ão, -cao → -ção,
 * -ao → -ão, -encia(s) → -ência(s), -ancia(s) → -ância(s). Most words end otherwise and are returned as they are.
 */
function accentedEnding(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  // Every ending below ends in "o", "a" or "s".
  if (last !== 111 && last !== 97 && last !== 115) return word;
  let w = word;
  if (w.endsWith('oes') || w.endsWith('aes')) w = `${w.slice(0, -3)}ao`;
  if (w.endsWith('cao')) return `${w.slice(0, -3)}ção`;
  if (w.endsWith('ao')) return `${w.slice(0, -2)}ão`;
  if (w.endsWith('encia') || w.endsWith('ancia')) return `${w.slice(0, -5)}${w.charAt(w.length - 5) === 'e' ? 'ê' : 'â'}ncia`;
  if (w.endsWith('encias') || w.endsWith('ancias')) return `${w.slice(0, -6)}${w.charAt(w.length - 6) === 'e' ? 'ê' : 'â'}ncias`;
  return w;
}

/**
 * Forms of "casar" (to marry), which the stemmer cuts to the stem of "casa" (home): "minha filha casou" is about a
 * marriage ("casamento"), not about someone who left home. ("caso" and "case" are left out: "em caso de".)
 */
const MARRYING: ReadonlySet<string> = new Set(['casar', 'casou', 'casei', 'casaram', 'casamos', 'casada', 'casado', 'casadas', 'casados', 'casando', 'casarem', 'casarei', 'casaria']);

/**
 * Snowball Portuguese stem of one folded word. The stemmer knows accented suffixes only, so the
 * common ones are put back first ("habilitacao" → "habilitação" → "habilit", like "habilitar"),
 * and plurals in -ões/-ães are made singular. Digits and short words are kept as they are.
 */
export function stem(word: string): string {
  if (word.length <= 3 || hasDigit(word)) return word;
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stemmed = MARRYING.has(word) ? 'casament' : stemPortuguese(accentedEnding(word));
  let result = isAscii(stemmed) ? stemmed : stemmed.normalize('NFKD').replace(/\p{M}/gu, '');
  // Verb forms in -guei/-gue keep a "u" the stemmer does not remove: "paguei" → "pag", like "pagar".
  if (result.length >= 4 && result.endsWith('gu')) result = result.slice(0, -1);
  // Keep the cache bounded: query words are open-ended.
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, result);
  return result;
}

/** Full pipeline for index and query text: fold, drop stopwords and fillers, stem. */
export function analyze(text: string): string[] {
  return kept(text).map((t) => t.stem);
}

/**
 * One word's stem as the search reads it ("placas" → "plac"), or the word itself when the search drops it (a stopword or
 * a filler): how the conversation compares a citizen's word with a card's stems.
 */
export function stemOrSelf(word: string): string {
  return analyze(word)[0] ?? word;
}
