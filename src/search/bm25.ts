// The token index: BM25F postings over the service fields. A term's weight in a service does not
// depend on the query, so it is computed once here and queries only add weights up.
//
// Built for hot reload of large catalogues. Building has two parts:
// - what one service brings whatever the others hold (its terms per field, counted; its field lengths; its
//   words; the units of its names), which is most of the work (reading and stemming every text). It is remembered
//   per service, by the service's indexed texts, so a reload only reads the services staff changed;
// - the assembly of those into BM25F postings (idf and average lengths depend on every service), done each time
//   over flat typed arrays, which allocates little.
// Terms and words are interned to numbers once per process (per synonym table), so assembling needs no string
// lookups. The result is plain data (PackedTerms), which the start-up cache can keep as is.
import type { Service } from '../catalogue/schema.ts';
import { chunkTable, keptIds, keptIdsOfScan, scanChunkIds, scannedChunks, tokenById, tokenEpoch } from './normalize.ts';
import { concept, type Phrase, type PhraseTable, type Unit } from './synonyms.ts';
import { FIELD_NAMES, FIELDS, T, type FieldName, type FieldSpec } from './tuning.ts';

/** For one term: the services that contain it, its BM25F weight there, and the best field quality. */
export interface Posting {
  docs: ArrayLike<number>;
  weights: ArrayLike<number>;
  qualities: ArrayLike<number>;
  idf: number;
}

/** Postings by term: a term's posting is made (views into the packed arrays) when a query first asks for it. */
export interface Postings {
  get(term: string): Posting | undefined;
  has(term: string): boolean;
}

/** The postings of a catalogue, plus what query analysis needs to know about its words. */
export interface TermIndex {
  /** Postings by term: stems and synonym concept tokens. */
  postings: Postings;
  /**
   * How many services use each folded word: the vocabulary typo correction corrects towards. Made when first asked
   * for (the first word a citizen types that the catalogue may not know), then kept.
   */
  vocabulary: () => ReadonlyMap<string, number>;
  /** The information of a word the catalogue has never seen: as rare as the rarest word. */
  unknownIdf: number;
  /** How many services hold a term (its posting's length), without making its posting. */
  docCount(term: string): number;
}

/** Calls `visit` with every text of one field of a service. */
function forEachText(s: Service, field: FieldName, visit: (text: string) => void): void {
  switch (field) {
    case 'title':
      return visit(s.title);
    case 'popular':
      return s.popularNames.forEach(visit);
    case 'acronym':
      if (s.acronym) visit(s.acronym);
      return;
    case 'keywords':
      return s.keywords.forEach(visit);
    case 'description':
      return visit(s.description);
    case 'meta':
      visit(s.category);
      visit(s.agency.acronym);
      return visit(s.agency.name);
    case 'steps':
      for (const st of s.steps) {
        visit(st.title);
        visit(st.description);
        st.documents.forEach(visit);
      }
  }
}

/**
 * The synonym phrases the index has met, by their first term, as typed arrays: a phrase check is a few array reads
 * (three texts in four start a phrase somewhere, so this runs for most texts).
 */
class Candidates {
  /** Per term id: its phrases, longest first, candidates [from[t], to[t]) (none when equal). */
  from = new Int32Array(INITIAL);
  to = new Int32Array(INITIAL);
  /** Per candidate: its term ids terms[start, start + length), its groups, and its concepts' term ids concepts[conceptStart, + groups.length) (-1 until the phrase is first met: concepts are interned then). */
  start = new Int32Array(INITIAL);
  length = new Int32Array(INITIAL);
  conceptStart = new Int32Array(INITIAL);
  groups: (readonly number[])[] = [];
  terms = new Int32Array(INITIAL);
  concepts = new Int32Array(INITIAL);
  count = 0;
  termCount = 0;
  conceptCount = 0;
}

/** Learns the phrases that start with term `term` (their stems interned now, in order, as the term is first met). */
function learnPhrases(m: Memo, term: number, phrases: readonly Phrase[]): void {
  const c = m.candidates;
  if (term < c.to.length && c.to[term] !== c.from[term]) return;
  if (term >= c.to.length) growCandidateTerms(c, term + 1);
  c.from[term] = c.count;
  let termCount = c.termCount;
  let conceptCount = c.conceptCount;
  for (const p of phrases) {
    termCount += p.stems.length;
    conceptCount += p.groups.length;
  }
  if (c.count + phrases.length > c.start.length || termCount > c.terms.length || conceptCount > c.concepts.length) growCandidates(c, c.count + phrases.length, termCount, conceptCount);
  for (const p of phrases) {
    const at = c.count++;
    c.start[at] = c.termCount;
    c.length[at] = p.stems.length;
    for (const st of p.stems) c.terms[c.termCount++] = m.terms.id(st);
    c.conceptStart[at] = c.conceptCount;
    for (let g = 0; g < p.groups.length; g++) c.concepts[c.conceptCount++] = -1;
    c.groups[at] = p.groups;
  }
  c.to[term] = c.count;
}

/** Room for `size` term ids' candidate ranges (out of line, as growCandidates). */
function growCandidateTerms(c: Candidates, size: number): void {
  c.from = atLeast(c.from, size);
  c.to = atLeast(c.to, size);
}

/** Room for `count` candidates, `terms` term ids and `concepts` concept ids (out of line: learnPhrases stays small to compile). */
function growCandidates(c: Candidates, count: number, terms: number, concepts: number): void {
  c.start = atLeast(c.start, count);
  c.length = atLeast(c.length, count);
  c.conceptStart = atLeast(c.conceptStart, count);
  c.terms = atLeast(c.terms, terms);
  c.concepts = atLeast(c.concepts, concepts);
}

/** Does term `term` start a synonym phrase? */
function startsPhrase(m: Memo, term: number): boolean {
  const c = m.candidates;
  return term < c.to.length && c.to[term] !== c.from[term];
}

/** The longest of the phrases starting with the term at `i` that the term ids `seq[0, length)` spell from `i`, or -1. */
function longestAt(c: Candidates, seq: Int32Array, length: number, i: number): number {
  const first = seq[i] as number;
  if (first >= c.to.length) return -1;
  const end = c.to[first] as number;
  for (let p = c.from[first] as number; p < end; p++) {
    const n = c.length[p] as number;
    if (i + n > length) continue;
    const base = (c.start[p] as number) - i;
    let k = i + 1;
    while (k < i + n && seq[k] === c.terms[base + k]) k++;
    if (k === i + n) return p;
  }
  return -1;
}

/**
 * The first size of the arrays that grow while services are read. Small on purpose: they then grow during the first
 * services, while the code still runs unoptimised, so that the growth branches have run before the reading loops are
 * optimised (a branch first taken in optimised code throws that code away, and it is compiled again).
 */
const INITIAL = 16;

/**
 * Where the services read by one build keep what they bring to the index, end to end: a few large typed arrays
 * rather than several small ones per service (tens of thousands of small buffers slow the garbage collector).
 */
class Pool {
  /** (term, field, count) entries, field by field: term ids of the memo's interner. */
  term: Int32Array<ArrayBuffer>;
  field: Uint8Array<ArrayBuffer>;
  count: Int32Array<ArrayBuffer>;
  entries = 0;
  /**
   * The entries chained by term as they are written (see Chains): per entry the previous entry of its term in this
   * pool, or -1; per term id its last entry and how many of the pool's services hold it (set when reading ends). When
   * a build's records are this pool's services, in order (a first build), the postings are made from these chains.
   */
  prev: Int32Array<ArrayBuffer>;
  last = new Int32Array(0);
  df = new Int32Array(0);
  /** Distinct words (word ids) of each service, in order of first appearance. */
  words: Int32Array<ArrayBuffer>;
  wordCount = 0;
  /** Per service, FIELD_NAMES.length each: words kept of each field, and how many texts each field has. */
  lengths: Int32Array<ArrayBuffer>;
  fieldTexts: Int32Array<ArrayBuffer>;
  /** Per field: the words kept of it in all the pool's services (for the average field lengths of a first build). */
  sums = new Float64Array(FIELD_NAMES.length);
  services = 0;
  /** The indexed texts of every service, end to end, field by field (one array, not one per service): texts[0, textCount). */
  texts: string[];
  textCount = 0;

  /**
   * Room for about `services` services from the start. Growing later is rare, so a growth branch may first run in
   * optimised reading code, and throw it away: V8 gives a function the feedback its optimisation needs only after a
   * few calls, and a growth function is called only a few times (when the pool doubles).
   */
  constructor(services: number) {
    const entries = Math.max(INITIAL, services * ENTRIES_PER_SERVICE);
    this.term = new Int32Array(entries);
    this.field = new Uint8Array(entries);
    this.count = new Int32Array(entries);
    this.prev = new Int32Array(entries);
    this.words = new Int32Array(Math.max(INITIAL, services * WORDS_PER_SERVICE));
    this.lengths = new Int32Array(Math.max(INITIAL, services * FIELD_NAMES.length));
    this.fieldTexts = new Int32Array(Math.max(INITIAL, services * FIELD_NAMES.length));
    this.texts = [];
  }
}

/**
 * Room made per service in a first build's pool: (term, field) entries and distinct words (the 5,000-service bench uses
 * about 165 and 135). With too little room the pool grows near the end of the build, where the growth branch first runs
 * inside optimised reading code and throws that code away.
 */
const ENTRIES_PER_SERVICE = 256;
const WORDS_PER_SERVICE = 192;

/** What one service brings to the index, whatever the other services hold. */
interface ServiceTerms {
  pool: Pool;
  /** The indexed texts it was read from, field by field (with pool.fieldTexts): its identity, pool.texts[textFrom, textTo). */
  textFrom: number;
  textTo: number;
  /** Its number in the pool. */
  at: number;
  /** Its entries [from, to) and words [wordFrom, wordTo) in the pool. */
  from: number;
  to: number;
  wordFrom: number;
  wordTo: number;
  /** The units of each of its names (title, popular names, acronym, in this order), as service names are matched. */
  names: Unit[][];
}

/** Numbers for strings, in order of first appearance. */
class Interner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

/** A typed array at least `size` long, with the same first entries. */
function atLeast<A extends Int32Array | Uint8Array>(a: A, size: number, fill = 0): A {
  if (a.length >= size) return a;
  const bigger = new (a.constructor as new (n: number) => A)(Math.max(size, a.length * 2));
  if (fill !== 0) bigger.fill(fill);
  bigger.set(a);
  return bigger;
}

/**
 * What is remembered between builds, valid for one synonym table: the interners, the term and word of each word
 * token id (normalize.ts; for one token epoch), and the terms of each service of the last build (only those, so it
 * never outgrows one catalogue), found again by place or by their indexed texts.
 */
interface Memo {
  phrases: PhraseTable;
  terms: Interner;
  words: Interner;
  /** The token epoch the token tables below belong to. */
  epoch: number;
  /** Term and word id of each token id; -1 before the token is first met. */
  tokenTerm: Int32Array;
  tokenWord: Int32Array;
  /** The synonym phrases met, by first term. */
  candidates: Candidates;
  /**
   * Per chunk id (normalize.ts; for one token epoch): its kept words' term and word ids, chunkTerms and chunkWords
   * [chunkFrom, chunkTo) (chunkFrom -1 before the chunk is first met), and whether one of them starts a synonym phrase.
   */
  chunkFrom: Int32Array;
  chunkTo: Int32Array;
  chunkPhrase: Uint8Array;
  chunkTerms: Int32Array;
  chunkWords: Int32Array;
  chunkEntries: number;
  conceptIds: Map<number, number>;
  /** The records of the last build, by doc number (only those, so the memo never outgrows one catalogue). */
  previous: ServiceTerms[];
  /**
   * The unit of a name word, per term id, and of a synonym phrase, per candidate: the same in every name that has it,
   * so names share them (tens of thousands of small objects less to allocate and to copy in garbage collection).
   */
  termUnits: (Unit | undefined)[];
  phraseUnits: (Unit | undefined)[];
}

let memo: Memo | undefined;

/** Past this many interned terms (edits over a long run), the memo starts afresh. */
const MEMO_LIMIT = 2_000_000;

function memoFor(phrases: PhraseTable): Memo {
  if (!memo || memo.phrases !== phrases || memo.terms.names.length >= MEMO_LIMIT) {
    memo = {
      phrases,
      terms: new Interner(),
      words: new Interner(),
      epoch: -1,
      tokenTerm: new Int32Array(0),
      tokenWord: new Int32Array(0),
      candidates: new Candidates(),
      chunkFrom: new Int32Array(0),
      chunkTo: new Int32Array(0),
      chunkPhrase: new Uint8Array(0),
      chunkTerms: new Int32Array(0),
      chunkWords: new Int32Array(0),
      chunkEntries: 0,
      conceptIds: new Map(),
      previous: [],
      termUnits: [],
      phraseUnits: [],
    };
  }
  return memo;
}

/** Clears the token tables when the token ids started again (the records of services stay valid: they hold term ids). */
function syncEpoch(m: Memo): void {
  if (m.epoch === tokenEpoch()) return;
  m.epoch = tokenEpoch();
  m.tokenTerm = new Int32Array(INITIAL).fill(-1);
  m.tokenWord = new Int32Array(INITIAL).fill(-1);
  m.chunkFrom = new Int32Array(INITIAL).fill(-1);
  m.chunkTo = new Int32Array(INITIAL);
  m.chunkPhrase = new Uint8Array(INITIAL);
  m.chunkTerms = new Int32Array(INITIAL);
  m.chunkWords = new Int32Array(INITIAL);
  m.chunkEntries = 0;
}

/**
 * Everything a service's terms and names depend on: its indexed texts, field by field, each with its length, so
 * that no text can pass for two and keys put end to end still tell the services apart.
 */
export function serviceKey(s: Service): string {
  let key = '';
  for (const f of FIELD_NAMES) {
    forEachText(s, f, (t) => {
      key += `${t.length}:${t}`;
    });
    key += '|';
  }
  return key;
}

// The indexed texts of the service being looked up, field by field (a scratch array, refilled for each service).
const lookupTexts: string[] = [];
const lookupFieldTexts = new Int32Array(FIELD_NAMES.length);

function collectText(t: string): void {
  lookupTexts.push(t);
}

/** Collects the texts of a service into lookupTexts, and how many each field has into lookupFieldTexts. */
function collectTexts(s: Service): void {
  lookupTexts.length = 0;
  for (let f = 0; f < FIELD_NAMES.length; f++) {
    const before = lookupTexts.length;
    forEachText(s, FIELD_NAMES[f] as FieldName, collectText);
    lookupFieldTexts[f] = lookupTexts.length - before;
  }
}

/**
 * A hash of texts field by field (field f has fieldTexts[base + f] of them). It only picks candidates (a record is
 * reused only when its texts are equal, text by text), so it reads each text's length and a few of its characters.
 */
function hashTexts(texts: readonly string[], from: number, fieldTexts: ArrayLike<number>, base: number): number {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x9747b28c | 0;
  let k = from;
  for (let f = 0; f < FIELD_NAMES.length; f++) {
    const end = k + (fieldTexts[base + f] as number);
    for (; k < end; k++) {
      const t = texts[k] as string;
      const n = t.length;
      h1 = Math.imul(h1 ^ n, 0x01000193);
      h2 = Math.imul(h2 ^ n, 0x5bd1e995);
      // Up to 16 characters, spread over the text.
      const step = n <= 16 ? 1 : Math.floor(n / 16);
      for (let i = 0; i < n; i += step) {
        const c = t.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 15;
      }
    }
    h1 = Math.imul(h1 ^ (0x10001 + f), 0x01000193);
    h2 = Math.imul(h2 ^ (0x10001 + f), 0x5bd1e995);
  }
  return (h1 >>> 0) * 0x200000 + (h2 >>> 11);
}

/** Is `r` the record of the texts just collected by collectTexts? */
function sameTexts(r: ServiceTerms): boolean {
  if (r.textTo - r.textFrom !== lookupTexts.length) return false;
  const base = r.at * FIELD_NAMES.length;
  for (let f = 0; f < FIELD_NAMES.length; f++) if (r.pool.fieldTexts[base + f] !== lookupFieldTexts[f]) return false;
  const texts = r.pool.texts;
  for (let k = 0; k < lookupTexts.length; k++) if (texts[r.textFrom + k] !== lookupTexts[k]) return false;
  return true;
}

/** Records by the hash of their texts. */
function hashTable(records: readonly ServiceTerms[]): Map<number, ServiceTerms[]> {
  const table = new Map<number, ServiceTerms[]>();
  for (const r of records) {
    const hash = hashTexts(r.pool.texts, r.textFrom, r.pool.fieldTexts, r.at * FIELD_NAMES.length);
    const bucket = table.get(hash);
    if (!bucket) table.set(hash, [r]);
    else if (!bucket.includes(r)) bucket.push(r);
  }
  return table;
}

function findRecord(table: ReadonlyMap<number, ServiceTerms[]>, hash: number): ServiceTerms | undefined {
  const bucket = table.get(hash);
  if (bucket) for (const r of bucket) if (sameTexts(r)) return r;
  return undefined;
}

// Scratch of reading one service: the count of each term in the current field, the terms touched there, when
// each word was last seen, and the entries. Reading is synchronous, so one set serves every call.
let counts = new Int32Array(INITIAL);
let wordSeen = new Int32Array(INITIAL).fill(-1);
let serviceStamp = 0;
let touched = new Int32Array(INITIAL);
let touchedCount = 0;
// The words of the service being read: the pool's words array, and how much of it is used.
let serviceWords = new Int32Array(0);
let wordCount = 0;

/**
 * Room in the scratch for every term and word id interned so far: called where ids are made (a token or concept first
 * met), so that counting, which runs for every word read, never checks sizes. `touched` holds at most every term.
 */
function roomFor(m: Memo): void {
  const terms = m.terms.names.length;
  if (terms > counts.length || terms > chainLast.length || m.words.names.length > wordSeen.length) growScratch(m);
}

/** Grows the per-term and per-word scratch to every id interned so far (out of line: roomFor runs at each new token). */
function growScratch(m: Memo): void {
  const terms = m.terms.names.length;
  if (terms > counts.length) {
    counts = atLeast(counts, terms);
    touched = atLeast(touched, counts.length);
  }
  if (m.words.names.length > wordSeen.length) wordSeen = atLeast(wordSeen, m.words.names.length, -1);
  if (terms > chainLast.length) {
    chainLast = atLeast(chainLast, terms, -1);
    chainLastDoc = atLeast(chainLastDoc, chainLast.length, -1);
    chainDf = atLeast(chainDf, chainLast.length);
  }
}

// The chains of the pool being filled, per term id: its last entry, the last service of the pool holding it, and how
// many of its services hold it (new arrays for each pool: an index keeps its pool's).
let chainLast = new Int32Array(0);
let chainLastDoc = new Int32Array(0);
let chainDf = new Int32Array(0);

/** Chains for a new pool, with room for every term id interned so far. */
function startChains(m: Memo): void {
  const size = Math.max(INITIAL, m.terms.names.length);
  chainLast = new Int32Array(size).fill(-1);
  chainLastDoc = new Int32Array(size).fill(-1);
  chainDf = new Int32Array(size);
}

// The pool grows in functions of its own: a branch first taken after its function was optimised throws that code
// away if it does arithmetic or reads properties never seen run, and growing is such a branch.
function growServiceWords(): void {
  serviceWords = atLeast(serviceWords, wordCount + 1);
}

function growServices(pool: Pool, size: number): void {
  pool.lengths = atLeast(pool.lengths, size);
  pool.fieldTexts = atLeast(pool.fieldTexts, size);
}
function growEntries(pool: Pool, used: number, more: number): void {
  pool.term = atLeast(pool.term, used + more);
  pool.field = atLeast(pool.field, used + more);
  pool.count = atLeast(pool.count, used + more);
  pool.prev = atLeast(pool.prev, used + more);
}

/** Counts term `id` in the current field (the scratch has room for it: see roomFor). */
function count(id: number): void {
  if (counts[id] === 0) touched[touchedCount++] = id;
  counts[id] = (counts[id] as number) + 1;
}

/** The term and word ids of a token met for the first time in this epoch. */
function learnToken(m: Memo, id: number): void {
  if (id >= m.tokenTerm.length) {
    m.tokenTerm = atLeast(m.tokenTerm, id + 1, -1);
    m.tokenWord = atLeast(m.tokenWord, id + 1, -1);
  }
  const w = tokenById(id);
  const term = m.terms.id(w.stem);
  m.tokenTerm[id] = term;
  m.tokenWord[id] = m.words.id(w.lower);
  const phrases = m.phrases.get(w.stem);
  // Interned now, as the token is first met (the order of term ids is the order of the packed terms).
  if (phrases) learnPhrases(m, term, phrases);
  roomFor(m);
}

function conceptId(m: Memo, group: number): number {
  let id = m.conceptIds.get(group);
  if (id === undefined) {
    id = m.terms.id(concept(group));
    m.conceptIds.set(group, id);
    roomFor(m);
  }
  return id;
}

/** The term and word ids of the kept words of a chunk met for the first time in this epoch. */
function learnChunk(m: Memo, c: number): void {
  if (c >= m.chunkFrom.length) {
    m.chunkFrom = atLeast(m.chunkFrom, c + 1, -1);
    m.chunkTo = atLeast(m.chunkTo, c + 1);
    m.chunkPhrase = atLeast(m.chunkPhrase, c + 1);
  }
  const { keptFrom, keptTo, kept } = chunkTable;
  const from = keptFrom[c] as number;
  const to = keptTo[c] as number;
  let e = m.chunkEntries;
  if (e + to - from > m.chunkTerms.length) {
    m.chunkTerms = atLeast(m.chunkTerms, e + to - from);
    m.chunkWords = atLeast(m.chunkWords, e + to - from);
  }
  m.chunkFrom[c] = e;
  let phrase = 0;
  for (let k = from; k < to; k++) {
    const id = kept[k] as number;
    if (id >= m.tokenTerm.length || m.tokenTerm[id] === -1) learnToken(m, id);
    const term = m.tokenTerm[id] as number;
    m.chunkTerms[e] = term;
    m.chunkWords[e] = m.tokenWord[id] as number;
    if (startsPhrase(m, term)) phrase = 1;
    e++;
  }
  m.chunkTo[c] = e;
  m.chunkPhrase[c] = phrase;
  m.chunkEntries = e;
}

/** Counts one word (its term and word ids) of the service being read. */
function countWord(term: number, word: number, stamp: number): void {
  // A word counts once per service for the vocabulary (the scratch has room for it: see roomFor).
  if (wordSeen[word] !== stamp) {
    wordSeen[word] = stamp;
    if (wordCount === serviceWords.length) growServiceWords();
    serviceWords[wordCount++] = word;
  }
  count(term);
}

/**
 * Reads one text into the counts of the current field; returns how many words it keeps. Most texts are plain
 * (no filler phrase or "uai"): their words are those of their chunks, whose term and word ids are kept per chunk.
 */
function readText(m: Memo, t: string, stamp: number): number {
  const plain = scanChunkIds(t);
  // Reading may have started the token ids again (the chunk cache is bounded).
  if (m.epoch !== tokenEpoch()) syncEpoch(m);
  if (!plain) {
    keptIdsOfScan();
    return readTokens(m, keptIds.ids, keptIds.count, stamp);
  }
  const chunks = scannedChunks.ids;
  const n = scannedChunks.count;
  let length = 0;
  let marks = 0;
  let seq = textTerms;
  for (let j = 0; j < n; j++) {
    const c = chunks[j] as number;
    if (c >= m.chunkFrom.length || m.chunkFrom[c] === -1) learnChunk(m, c);
    const from = m.chunkFrom[c] as number;
    const to = m.chunkTo[c] as number;
    const terms = m.chunkTerms;
    const words = m.chunkWords;
    if (length + to - from > seq.length) seq = growTextTerms(length + to - from);
    // A chunk with a word that starts a synonym phrase: its terms are where phrases are looked for.
    if (m.chunkPhrase[c] === 1) {
      if (marks * 2 + 2 > phraseMarks.length) growPhraseMarks(marks * 2 + 2);
      phraseMarks[marks * 2] = length;
      phraseMarks[marks * 2 + 1] = length + to - from;
      marks++;
    }
    for (let e = from; e < to; e++) {
      const term = terms[e] as number;
      seq[length++] = term;
      countWord(term, words[e] as number, stamp);
    }
  }
  if (marks > 0) countPhrases(m, seq, length, marks);
  return length;
}

// The term ids of the text being read, in order, for its synonym phrases.
let textTerms: Int32Array = new Int32Array(INITIAL);
function growTextTerms(size: number): Int32Array {
  textTerms = atLeast(textTerms, size);
  return textTerms;
}

/** Reads the kept token ids of a text into the counts of the current field; returns how many. */
function readTokens(m: Memo, ids: Int32Array, length: number, stamp: number): number {
  let phrase = false;
  const seq = length > textTerms.length ? growTextTerms(length) : textTerms;
  for (let j = 0; j < length; j++) {
    const k = ids[j] as number;
    if (k >= m.tokenTerm.length || m.tokenTerm[k] === -1) learnToken(m, k);
    const term = m.tokenTerm[k] as number;
    seq[j] = term;
    countWord(term, m.tokenWord[k] as number, stamp);
    if (startsPhrase(m, term)) phrase = true;
  }
  // These texts are few (8%): phrases are looked for all along them.
  if (phrase) {
    phraseMarks[0] = 0;
    phraseMarks[1] = length;
    countPhrases(m, seq, length, 1);
  }
  return length;
}

/**
 * Where the text being read may start a synonym phrase, in order: stretches [phraseMarks[2k], phraseMarks[2k + 1]) of
 * its term ids (a chunk's, or one term's), `marks` of them. Elsewhere no term starts a phrase.
 */
let phraseMarks = new Int32Array(256);
function growPhraseMarks(size: number): void {
  phraseMarks = atLeast(phraseMarks, size);
}

/**
 * Synonym phrases in the term ids of a text, longest first from the left (as toUnits groups them): each adds its
 * concepts. Only the stretches in phraseMarks are tried (`marks` of them, in order): a term elsewhere starts no phrase,
 * so looking there would only step over it; a phrase may run past the end of its stretch, and what it covers is skipped.
 */
function countPhrases(m: Memo, terms: Int32Array, length: number, marks: number): void {
  const c = m.candidates;
  let next = 0;
  for (let k = 0; k < marks; k++) {
    const end = phraseMarks[k * 2 + 1] as number;
    for (let i = Math.max(phraseMarks[k * 2] as number, next); i < end; ) {
      const p = longestAt(c, terms, length, i);
      if (p < 0) {
        i++;
        continue;
      }
      const from = c.conceptStart[p] as number;
      if (c.concepts[from] === -1) learnConcepts(m, p);
      const to = from + (c.groups[p] as readonly number[]).length;
      for (let g = from; g < to; g++) count(c.concepts[g] as number);
      i += c.length[p] as number;
      next = i;
    }
  }
}

/** The concepts' term ids of phrase candidate `p`, interned when the phrase is first met. */
function learnConcepts(m: Memo, p: number): void {
  const c = m.candidates;
  const groups = c.groups[p] as readonly number[];
  const from = c.conceptStart[p] as number;
  for (let g = 0; g < groups.length; g++) c.concepts[from + g] = conceptId(m, groups[g] as number);
}

// The field being read: how many words it keeps and how many texts it has; and the names of the service being read.
let fieldLength = 0;
let fieldTextCount = 0;
const nameScratch: Unit[][] = [];
let nameCount = 0;

/** Reads one text of the current field into the pool; a name's units are kept too (from the terms just read). */
function readFieldText(m: Memo, pool: Pool, t: string, stamp: number, name: boolean): void {
  pool.texts[pool.textCount++] = t;
  const n = readText(m, t, stamp);
  // The names' units from the terms just read (textTerms), rather than reading the names again.
  if (name) nameScratch[nameCount++] = unitsOf(m, textTerms, n);
  fieldLength += n;
  fieldTextCount++;
}

/** Ends field `f` of the service at `base` in the pool (its number `at`): its counted terms become entries, chained by term. */
function endField(pool: Pool, base: number, at: number, f: number): void {
  let e = pool.entries;
  if (e + touchedCount > pool.term.length) growEntries(pool, e, touchedCount);
  const { term, field, count, prev } = pool;
  const from = e;
  for (let j = 0; j < touchedCount; j++) {
    const id = touched[j] as number;
    term[e] = id;
    field[e] = f;
    count[e] = counts[id] as number;
    e++;
    counts[id] = 0;
  }
  chainRange(term, from, e, from, at, prev, chainLast, chainLastDoc, chainDf);
  pool.entries = e;
  touchedCount = 0;
  pool.lengths[base + f] = fieldLength;
  pool.sums[f] = (pool.sums[f] as number) + fieldLength;
  pool.fieldTexts[base + f] = fieldTextCount;
  fieldLength = 0;
  fieldTextCount = 0;
}

/**
 * Reads one service into the pool: its terms per field, its field lengths, its words and its texts. Its fields are
 * walked as forEachText gives them, in FIELD_NAMES order (title, popular, acronym, keywords, description, meta, steps).
 */
function readService(m: Memo, pool: Pool, s: Service): ServiceTerms {
  const stamp = ++serviceStamp;
  const at = pool.services++;
  const base = at * FIELD_COUNT;
  if (base + FIELD_COUNT > pool.lengths.length) growServices(pool, base + FIELD_COUNT);
  const from = pool.entries;
  const wordFrom = pool.wordCount;
  const textFrom = pool.textCount;
  serviceWords = pool.words;
  wordCount = pool.wordCount;
  nameCount = 0;
  readFieldText(m, pool, s.title, stamp, true);
  endField(pool, base, at, 0);
  const popular = s.popularNames;
  for (let k = 0; k < popular.length; k++) readFieldText(m, pool, popular[k] as string, stamp, true);
  endField(pool, base, at, 1);
  if (s.acronym) readFieldText(m, pool, s.acronym, stamp, true);
  endField(pool, base, at, 2);
  const keywords = s.keywords;
  for (let k = 0; k < keywords.length; k++) readFieldText(m, pool, keywords[k] as string, stamp, false);
  endField(pool, base, at, 3);
  readFieldText(m, pool, s.description, stamp, false);
  endField(pool, base, at, 4);
  readFieldText(m, pool, s.category, stamp, false);
  readFieldText(m, pool, s.agency.acronym, stamp, false);
  readFieldText(m, pool, s.agency.name, stamp, false);
  endField(pool, base, at, 5);
  const steps = s.steps;
  for (let k = 0; k < steps.length; k++) {
    const st = steps[k] as Service['steps'][number];
    readFieldText(m, pool, st.title, stamp, false);
    readFieldText(m, pool, st.description, stamp, false);
    const documents = st.documents;
    for (let j = 0; j < documents.length; j++) readFieldText(m, pool, documents[j] as string, stamp, false);
  }
  endField(pool, base, at, 6);
  pool.words = serviceWords;
  pool.wordCount = wordCount;
  return { pool, textFrom, textTo: pool.textCount, at, from, to: pool.entries, wordFrom, wordTo: wordCount, names: nameScratch.slice(0, nameCount) };
}

/** The fields of FIELD_NAMES, in the order readService walks them. */
const FIELD_COUNT = 7;
if (FIELD_NAMES.join() !== 'title,popular,acronym,keywords,description,meta,steps') throw new Error('readService walks the fields in FIELD_NAMES order');

/** No trust figures: every word of a name is as typed. */
const AS_TYPED = 1;

/**
 * The units of the term ids seq[0, length) of a name, as `toUnits` makes them from its stems: synonym phrases (longest
 * first, from the left) become one unit carrying their concepts, other terms a unit each.
 */
function unitsOf(m: Memo, seq: Int32Array, length: number): Unit[] {
  const c = m.candidates;
  const out = unitScratch;
  let n = 0;
  for (let i = 0; i < length; ) {
    const p = longestAt(c, seq, length, i);
    if (p < 0) {
      const t = seq[i] as number;
      out[n++] = m.termUnits[t] ?? termUnit(m, t);
      i++;
      continue;
    }
    out[n++] = m.phraseUnits[p] ?? phraseUnit(m, p);
    i += c.length[p] as number;
  }
  // An array of the exact size (one grown by push keeps room for 17 units or more: 12,700 names of few words).
  return out.slice(0, n);
}

const unitScratch: Unit[] = [];

/** The unit of term `t` in a name, made once. */
function termUnit(m: Memo, t: number): Unit {
  const unit: Unit = { terms: [m.terms.names[t] as string], concepts: [], trust: AS_TYPED };
  // Filled up to `t` rather than set past the end: an array with gaps would turn into a slow dictionary.
  while (m.termUnits.length < t) m.termUnits.push(undefined);
  m.termUnits[t] = unit;
  return unit;
}

/** The unit of synonym phrase candidate `p` in a name (its terms, then its concepts), made once. */
function phraseUnit(m: Memo, p: number): Unit {
  const c = m.candidates;
  const stems = m.terms.names;
  const from = c.start[p] as number;
  const terms: string[] = [];
  for (let k = from; k < from + (c.length[p] as number); k++) terms.push(stems[c.terms[k] as number] as string);
  const groups = c.groups[p] as readonly number[];
  const concepts: string[] = [];
  for (let g = 0; g < groups.length; g++) concepts.push(concept(groups[g] as number));
  const unit: Unit = { terms, concepts, trust: AS_TYPED };
  while (m.phraseUnits.length < p) m.phraseUnits.push(undefined);
  m.phraseUnits[p] = unit;
  return unit;
}

/** A term index as plain data (strings and typed arrays): what a build produces and the start-up cache keeps. */
export interface PackedTerms {
  /** Indexed terms; term `t` owns the stretch [offsets[t], offsets[t + 1]) of docs, weights and qualities. */
  terms: string[];
  offsets: Int32Array;
  idf: Float64Array;
  docs: Int32Array;
  weights: Float64Array;
  qualities: Float64Array;
  /** The vocabulary: each folded word and how many services use it, in order of first appearance. */
  words: string[];
  wordDocs: Int32Array;
  unknownIdf: number;
}

/**
 * Builds the BM25F postings of the services (doc number = position in `services`), reading only the services not read
 * before, and gives the units of each service's names (see ServiceTerms.names).
 */
export function packTermIndex(services: readonly Service[], phrases: PhraseTable): { terms: PackedTerms; names: readonly (readonly Unit[][])[] } {
  const m = memoFor(phrases);
  const records = readRecords(m, services);
  return { terms: assemble(records, m.terms.names, m.words.names), names: records.map((r) => r.names) };
}

/**
 * As packTermIndex, for an index used in this process: the postings of a term are assembled when a query first asks
 * for it, from the entries of every service chained by term, rather than all of them up front (a query reads a few
 * dozen terms of the tens of thousands). Same postings, to the bit, as packTermIndex's.
 */
export function buildTermIndex(services: readonly Service[], phrases: PhraseTable): { terms: TermIndex; names: readonly (readonly Unit[][])[] } {
  const m = memoFor(phrases);
  const records = readRecords(m, services);
  return { terms: lazyTermIndex(records, m.terms, m.words.names), names: records.map((r) => r.names) };
}

/**
 * The record of each service (doc number = position), reading only the services not read by the last build. A
 * service is first compared with the record at its place (a reload brings the services back in order); the records
 * are hashed only when one is not found there. A first build reads every service and hashes nothing.
 */
function readRecords(m: Memo, services: readonly Service[]): ServiceTerms[] {
  const records: ServiceTerms[] = [];
  const previous = m.previous;
  let byHash: Map<number, ServiceTerms[]> | undefined;
  // A first build reads every service; a rebuild usually a few (its pool then starts small and grows).
  const pool = new Pool(previous.length === 0 ? services.length : 0);
  startChains(m);
  // A first build reads every text: room for them from the start (an array grown by push copies itself as it grows).
  if (previous.length === 0) pool.texts = new Array<string>(textCount(services));
  for (let d = 0; d < services.length; d++) {
    const s = services[d] as Service;
    let r: ServiceTerms | undefined;
    // A first build has no record to compare with.
    if (previous.length > 0) {
      collectTexts(s);
      const there = previous[d];
      r = there !== undefined && sameTexts(there) ? there : undefined;
      if (r === undefined) {
        byHash ??= hashTable(previous);
        r = findRecord(byHash, hashTexts(lookupTexts, 0, lookupFieldTexts, 0));
      }
    }
    records.push(r ?? readService(m, pool, s));
  }
  pool.texts.length = pool.textCount;
  pool.last = chainLast;
  pool.df = chainDf;
  m.previous = records;
  return records;
}

/** How many indexed texts the services have (as forEachText gives them). */
function textCount(services: readonly Service[]): number {
  let n = 0;
  for (let d = 0; d < services.length; d++) {
    const s = services[d] as Service;
    n += 5 + s.popularNames.length + (s.acronym ? 1 : 0) + s.keywords.length;
    for (let k = 0; k < s.steps.length; k++) n += 2 + (s.steps[k] as Service['steps'][number]).documents.length;
  }
  return n;
}

// Assembling runs once per build, in a fresh process too: each loop over the entries is a function of its own, so
// that it is optimised on its own as soon as it runs hot (one long function is optimised at its first loop, then
// falls back to the interpreter at each later loop it has not seen run), and no loop allocates.

/** How many services hold each term (df). */
function countDocs(records: readonly ServiceTerms[], df: Int32Array): void {
  // -1: this term has not been met yet in the current service.
  const seenIn = new Int32Array(df.length).fill(-1);
  for (let d = 0; d < records.length; d++) {
    const r = records[d] as ServiceTerms;
    const term = r.pool.term;
    for (let e = r.from; e < r.to; e++) {
      const t = term[e] as number;
      if (seenIn[t] !== d) {
        seenIn[t] = d;
        df[t] = (df[t] as number) + 1;
      }
    }
  }
}

/** How many services use each word (wordDocs); returns the words in order of first appearance. */
function countWords(records: readonly ServiceTerms[], wordDocs: Int32Array): Int32Array {
  const wordOrder = new Int32Array(wordDocs.length);
  let words = 0;
  for (let d = 0; d < records.length; d++) {
    const r = records[d] as ServiceTerms;
    const pool = r.pool.words;
    for (let k = r.wordFrom; k < r.wordTo; k++) {
      const w = pool[k] as number;
      if ((wordDocs[w] = (wordDocs[w] as number) + 1) === 1) wordOrder[words++] = w;
    }
  }
  return wordOrder.subarray(0, words);
}

/** Per service and field, boost / length normalisation: what one occurrence there adds to a term's combined frequency. */
function fieldWeights(records: readonly ServiceTerms[], specs: readonly FieldSpec[]): Float64Array {
  const n = records.length;
  const fieldCount = specs.length;
  const avg = new Float64Array(fieldCount);
  for (let f = 0; f < fieldCount; f++) {
    let sum = 0;
    for (let d = 0; d < n; d++) {
      const r = records[d] as ServiceTerms;
      sum += r.pool.lengths[r.at * fieldCount + f] as number;
    }
    avg[f] = n === 0 ? 1 : Math.max(1, sum / n);
  }
  const weights = new Float64Array(n * fieldCount);
  for (let d = 0; d < n; d++) {
    const r = records[d] as ServiceTerms;
    const lengths = r.pool.lengths;
    for (let f = 0; f < fieldCount; f++) {
      const spec = specs[f] as FieldSpec;
      const norm = 1 - spec.b + (spec.b * (lengths[r.at * fieldCount + f] as number)) / (avg[f] as number);
      weights[d * fieldCount + f] = norm;
    }
  }
  return weights;
}

/** The postings being filled: per term slot, its stretch [offset[s], offset[s + 1]) and the next free place in it. */
interface Stretches {
  slot: Int32Array;
  cursor: Int32Array;
  docs: Int32Array;
  tf: Float64Array;
  qualities: Float64Array;
  main: Uint8Array;
}

/** Combines the fields of each service per term (BM25F), then writes one entry per term and service. */
function combine(records: readonly ServiceTerms[], norms: Float64Array, specs: readonly FieldSpec[], out: Stretches): void {
  const fieldCount = specs.length;
  const boosts = Float64Array.from(specs, (x) => x.boost);
  const qualities = Float64Array.from(specs, (x) => x.quality);
  const mains = Uint8Array.from(specs, (x) => (x.main ? 1 : 0));
  const termCount = out.slot.length;
  const tf = new Float64Array(termCount);
  const quality = new Float64Array(termCount);
  const main = new Uint8Array(termCount);
  const seenIn = new Int32Array(termCount).fill(-1);
  let terms = new Int32Array(256);
  const { slot, cursor, docs: allDocs, tf: allWeights, qualities: allQualities, main: allMain } = out;
  // One service at a time: combine its fields per term, then write one entry per term.
  for (let d = 0; d < records.length; d++) {
    let count = 0;
    const r = records[d] as ServiceTerms;
    const { term, field, count: counts } = r.pool;
    if (r.to - r.from > terms.length) terms = new Int32Array(Math.max(r.to - r.from, terms.length * 2));
    for (let e = r.from; e < r.to; e++) {
      const t = term[e] as number;
      const f = field[e] as number;
      if (seenIn[t] !== d) {
        seenIn[t] = d;
        tf[t] = 0;
        quality[t] = 0;
        main[t] = 0;
        terms[count++] = t;
      }
      tf[t] = (tf[t] as number) + ((boosts[f] as number) * (counts[e] as number)) / (norms[d * fieldCount + f] as number);
      if ((qualities[f] as number) > (quality[t] as number)) quality[t] = qualities[f] as number;
      if (mains[f] === 1) main[t] = 1;
    }
    for (let j = 0; j < count; j++) {
      const t = terms[j] as number;
      const s = slot[t] as number;
      const at = cursor[s] as number;
      cursor[s] = at + 1;
      allDocs[at] = d;
      allWeights[at] = tf[t] as number;
      allQualities[at] = quality[t] as number;
      allMain[at] = main[t] as number;
    }
  }
}

/** Saturates in place: the tf stretch of each term becomes its BM25F weights; returns each term's idf. */
function saturate(offset: Int32Array, weights: Float64Array, main: Uint8Array, n: number): Float64Array {
  const terms = offset.length - 1;
  const idfs = new Float64Array(terms);
  for (let s = 0; s < terms; s++) {
    const from = offset[s] as number;
    const to = offset[s + 1] as number;
    let dfw = 0;
    for (let j = from; j < to; j++) dfw += main[j] === 1 ? 1 : T.minorDf;
    const idf = Math.log(1 + (n - dfw + 0.5) / (dfw + 0.5));
    idfs[s] = idf;
    for (let j = from; j < to; j++) {
      const v = weights[j] as number;
      weights[j] = (idf * v * (T.k1 + 1)) / (v + T.k1);
    }
  }
  return idfs;
}

/** Combines the services' terms into BM25F postings (doc number = position in `records`). */
function assemble(records: readonly ServiceTerms[], termNames: readonly string[], wordNames: readonly string[]): PackedTerms {
  const n = records.length;
  const specs: FieldSpec[] = FIELD_NAMES.map((f) => FIELDS[f]);
  const termCount = termNames.length;
  const df = new Int32Array(termCount);
  const wordDocs = new Int32Array(wordNames.length);
  countDocs(records, df);
  const wordOrder = countWords(records, wordDocs);
  // BM25F: fields are combined into one weighted term frequency, then saturated once. The length
  // normalisation of each field of each service is computed once, not once per term.
  const norms = fieldWeights(records, specs);

  // The terms some service holds get a stretch each, in interning order: [offset[t], offset[t + 1]).
  const slot = new Int32Array(termCount).fill(-1);
  const terms: string[] = [];
  let held = 0;
  for (let t = 0; t < termCount; t++) if (df[t] !== 0) held++;
  const offset = new Int32Array(held + 1);
  let total = 0;
  for (let t = 0; t < termCount; t++) {
    if (df[t] === 0) continue;
    slot[t] = terms.length;
    terms.push(termNames[t] as string);
    total += df[t] as number;
    offset[terms.length] = total;
  }
  const stretches: Stretches = { slot, cursor: offset.slice(0, held), docs: new Int32Array(total), tf: new Float64Array(total), qualities: new Float64Array(total), main: new Uint8Array(total) };
  combine(records, norms, specs, stretches);
  const idfs = saturate(offset, stretches.tf, stretches.main, n);
  const words: string[] = [];
  for (let k = 0; k < wordOrder.length; k++) words.push(wordNames[wordOrder[k] as number] as string);
  return {
    terms,
    offsets: offset,
    idf: idfs,
    docs: stretches.docs,
    weights: stretches.tf,
    qualities: stretches.qualities,
    words,
    wordDocs: Int32Array.from(wordOrder, (w) => wordDocs[w] as number),
    unknownIdf: Math.log(1 + (n - 0.5) / 1.5),
  };
}

/**
 * Every entry of every service, numbered in doc order (a service's fields in order), with the entry before it of the
 * same term: a term's entries are a chain from its last one, so that its posting can be made when first asked for.
 */
interface Chains {
  /** Field and count of each entry. */
  field: Uint8Array;
  count: Int32Array;
  /** The previous entry of the same term, or -1. */
  prev: Int32Array;
  /** Per doc: its first entry (its entries run to the next doc's first). */
  docStart: Int32Array;
  /** Per term id: its last entry, or -1 when no service holds it. */
  last: Int32Array;
  /** Per term id: how many services hold it. */
  df: Int32Array;
  /** Per doc and field (doc * FIELD_COUNT + field): the words kept of it; and per field, their sum over the docs. */
  lengths: Int32Array;
  sums: Float64Array;
}

/**
 * Chains the entries of the services by term; the writes are in order but for one small array (`last`). When every
 * record is this build's, end to end in one pool (a first build), the chains use the pool's own entries; otherwise
 * the entries are copied end to end first.
 */
function chainEntries(records: readonly ServiceTerms[], termCount: number): Chains {
  const n = records.length;
  const docStart = new Int32Array(n + 1);
  let total = 0;
  let inPlace = n > 0;
  const pool = n > 0 ? (records[0] as ServiceTerms).pool : undefined;
  for (let d = 0; d < n; d++) {
    const r = records[d] as ServiceTerms;
    if (r.pool !== pool || r.from !== total) inPlace = false;
    docStart[d] = total;
    total += r.to - r.from;
  }
  docStart[n] = total;
  // A first build: the records are the pool's services, in order, and it chained their entries as it wrote them.
  if (inPlace && pool !== undefined && pool.services === n && pool.entries === total && pool.last.length >= termCount) {
    let own = true;
    for (let d = 0; d < n && own; d++) own = (records[d] as ServiceTerms).at === d;
    if (own) return { field: pool.field, count: pool.count, prev: pool.prev, docStart, last: pool.last, df: pool.df, lengths: pool.lengths, sums: pool.sums };
  }
  let field: Uint8Array;
  let count: Int32Array;
  if (inPlace && pool !== undefined) {
    field = pool.field;
    count = pool.count;
  } else {
    field = new Uint8Array(total);
    count = new Int32Array(total);
    for (let d = 0; d < n; d++) {
      const r = records[d] as ServiceTerms;
      field.set(r.pool.field.subarray(r.from, r.to), docStart[d] as number);
      count.set(r.pool.count.subarray(r.from, r.to), docStart[d] as number);
    }
  }
  const lengths = new Int32Array(n * FIELD_COUNT);
  const sums = new Float64Array(FIELD_COUNT);
  for (let d = 0; d < n; d++) {
    const r = records[d] as ServiceTerms;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const length = r.pool.lengths[r.at * FIELD_COUNT + f] as number;
      lengths[d * FIELD_COUNT + f] = length;
      sums[f] = (sums[f] as number) + length;
    }
  }
  const out: Chains = { field, count, prev: new Int32Array(total), docStart, last: new Int32Array(termCount).fill(-1), df: new Int32Array(termCount), lengths, sums };
  linkEntries(records, out);
  return out;
}

/** Links each entry to the previous one of its term, and counts each term's services. */
function linkEntries(records: readonly ServiceTerms[], chains: Chains): void {
  const { prev, last, df, docStart } = chains;
  // Per term id: the last service met holding it.
  const lastDoc = new Int32Array(last.length).fill(-1);
  for (let d = 0; d < records.length; d++) {
    const r = records[d] as ServiceTerms;
    chainRange(r.pool.term, r.from, r.to, docStart[d] as number, d, prev, last, lastDoc, df);
  }
}

/**
 * Chains the entries term[from, to) of doc `doc`, numbered from `g` on: each to the previous entry of its term (`last`),
 * counting the docs that hold each term. One function for a first build's reading (endField, per field) and a
 * rebuild's linking (per service), so that a rebuild in the same process runs it already optimised.
 */
function chainRange(term: Int32Array, from: number, to: number, g: number, doc: number, prev: Int32Array, last: Int32Array, lastDoc: Int32Array, df: Int32Array): void {
  for (let e = from; e < to; e++) {
    const t = term[e] as number;
    prev[g] = last[t] as number;
    last[t] = g;
    if (lastDoc[t] !== doc) {
      lastDoc[t] = doc;
      df[t] = (df[t] as number) + 1;
    }
    g++;
  }
}

/** The doc of entry `g`: the last doc whose first entry is at or before it. */
function docOf(docStart: Int32Array, g: number): number {
  let lo = 0;
  let hi = docStart.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((docStart[mid] as number) <= g) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The term index of services read into records, with postings made on demand from chained entries: per term, what
 * combine and saturate compute for it, in the same order of operations (so the same numbers).
 */
function lazyTermIndex(records: readonly ServiceTerms[], terms: Interner, wordNames: readonly string[]): TermIndex {
  const n = records.length;
  const specs: FieldSpec[] = FIELD_NAMES.map((f) => FIELDS[f]);
  const fieldCount = specs.length;
  const boosts = Float64Array.from(specs, (x) => x.boost);
  const qualities = Float64Array.from(specs, (x) => x.quality);
  const mains = Uint8Array.from(specs, (x) => (x.main ? 1 : 0));
  // Terms interned later (by a later build sharing the memo) are not this index's.
  const termCount = terms.names.length;
  const chains = chainEntries(records, termCount);
  // The average length of each field, and its length normalisation per doc, computed where a posting needs it (as
  // fieldWeights computes it, to the bit): a first build makes no per-doc array before its first query.
  const bs = Float64Array.from(specs, (x) => x.b);
  const avg = new Float64Array(fieldCount);
  for (let f = 0; f < fieldCount; f++) avg[f] = n === 0 ? 1 : Math.max(1, (chains.sums[f] as number) / n);
  const made: (Posting | undefined)[] = [];
  let scratch = new Int32Array(256);
  let entryDocs = new Int32Array(256);

  const slotOf = (term: string): number => {
    const t = terms.ids.get(term);
    return t !== undefined && t < termCount && chains.last[t] !== -1 ? t : -1;
  };
  const make = (t: number): Posting => {
    const { field, count, prev, docStart, lengths } = chains;
    // The term's entries, last first; then read in order.
    let k = 0;
    for (let g = chains.last[t] as number; g !== -1; g = prev[g] as number) {
      if (k === scratch.length) scratch = atLeast(scratch, k + 1);
      scratch[k++] = g;
    }
    // Their docs: entries are numbered in doc order, so the docs of the chain, read in order, go up.
    if (entryDocs.length < k) entryDocs = atLeast(entryDocs, k);
    let d = 0;
    for (let j = k - 1; j >= 0; j--) {
      const g = scratch[j] as number;
      if ((docStart[d + 1] as number) <= g) d = docOf(docStart, g);
      entryDocs[j] = d;
    }
    // At most one posting per entry: a service's entries of the term are next to each other, one per field.
    const docs = new Int32Array(k);
    const weights = new Float64Array(k);
    const quality = new Float64Array(k);
    const main = new Uint8Array(k);
    let m = 0;
    for (let j = k - 1; j >= 0; j--) {
      const g = scratch[j] as number;
      const d = entryDocs[j] as number;
      const f = field[g] as number;
      if (m === 0 || docs[m - 1] !== d) {
        docs[m] = d;
        m++;
      }
      const at = m - 1;
      const norm = 1 - (bs[f] as number) + ((bs[f] as number) * (lengths[d * fieldCount + f] as number)) / (avg[f] as number);
      weights[at] = (weights[at] as number) + ((boosts[f] as number) * (count[g] as number)) / norm;
      if ((qualities[f] as number) > (quality[at] as number)) quality[at] = qualities[f] as number;
      if (mains[f] === 1) main[at] = 1;
    }
    let dfw = 0;
    for (let j = 0; j < m; j++) dfw += main[j] === 1 ? 1 : T.minorDf;
    const idf = Math.log(1 + (n - dfw + 0.5) / (dfw + 0.5));
    for (let j = 0; j < m; j++) {
      const v = weights[j] as number;
      weights[j] = (idf * v * (T.k1 + 1)) / (v + T.k1);
    }
    return { docs: docs.subarray(0, m), weights: weights.subarray(0, m), qualities: quality.subarray(0, m), idf };
  };
  const postings: Postings = {
    has: (term) => slotOf(term) !== -1,
    get(term) {
      const t = slotOf(term);
      if (t === -1) return undefined;
      let posting = made[t];
      if (posting === undefined) {
        posting = make(t);
        made[t] = posting;
      }
      return posting;
    },
  };
  const vocabulary = once((): ReadonlyMap<string, number> => {
    const wordDocs = new Int32Array(wordNames.length);
    const wordOrder = countWords(records, wordDocs);
    const words = new Map<string, number>();
    for (let k = 0; k < wordOrder.length; k++) {
      const w = wordOrder[k] as number;
      words.set(wordNames[w] as string, wordDocs[w] as number);
    }
    return words;
  });
  const docCount = (term: string): number => {
    const t = slotOf(term);
    return t === -1 ? 0 : (chains.df[t] as number);
  };
  return { postings, vocabulary, unknownIdf: Math.log(1 + (n - 0.5) / 1.5), docCount };
}

/** The term index of packed terms: posting lists are views into the packed arrays, nothing is copied, and made on demand. */
export function unpackTermIndex(p: PackedTerms): TermIndex {
  const slots = new Map<string, number>();
  for (let s = 0; s < p.terms.length; s++) slots.set(p.terms[s] as string, s);
  const made: (Posting | undefined)[] = [];
  const postings: Postings = {
    has: (term) => slots.has(term),
    get(term) {
      const s = slots.get(term);
      if (s === undefined) return undefined;
      let posting = made[s];
      if (posting === undefined) {
        const from = p.offsets[s] as number;
        const to = p.offsets[s + 1] as number;
        posting = { docs: p.docs.subarray(from, to), weights: p.weights.subarray(from, to), qualities: p.qualities.subarray(from, to), idf: p.idf[s] as number };
        made[s] = posting;
      }
      return posting;
    },
  };
  const vocabulary = once((): ReadonlyMap<string, number> => {
    const words = new Map<string, number>();
    p.words.forEach((w, i) => words.set(w, p.wordDocs[i] as number));
    return words;
  });
  const docCount = (term: string): number => {
    const s = slots.get(term);
    return s === undefined ? 0 : (p.offsets[s + 1] as number) - (p.offsets[s] as number);
  };
  return { postings, vocabulary, unknownIdf: p.unknownIdf, docCount };
}

/** `make`'s value, made at the first call and kept. */
function once<V>(make: () => V): () => V {
  let value: V | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as V;
  };
}
